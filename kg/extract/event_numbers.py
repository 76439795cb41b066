"""Which channel a numbered meeting belongs to, when the text does not say at once.

"the ninth meeting, held in Seoul last year" is a meeting of the release's own
channel; "the second forum" is the forum named last before it; "It held its first
meeting in 2003" is the channel named in the sentence before; "its third plenary
meeting" of a body that is no channel belongs to none; "last year's meeting" is the
channel's meeting of that year.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event, MechanismMention
from kg.extract.dates import DateMention
from kg.extract.event_cues import HOLD, new_event
from kg.extract.event_when import pairs_in
from kg.extract.lexicon import fold
from kg.extract.ordinals import ORDINAL, ordinal_value
from kg.namespaces import KGO

#: a verb of being held right after a noun-less ordinal ("the fifth will be held in A")
_HELD_NEXT = (r"\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|are|were)\s+"
              r"(?:also\s+|now\s+|tentatively\s+)?(?:held|scheduled|planned|slated|set\s+for|"
              r"due|hosted|convened|to\s+take\s+place|to\s+be\s+held)\b|"
              r"\s+(?:took|takes|will\s+take)\s+place\b")
_BARE_ORDINAL = re.compile(rf"\b(?P<det>the|its|their|(?:[Ll]ast|[Tt]his|[Nn]ext)\s+"
                           r"(?:year|month|week)['’]s)\s+"  # "Last month's second forum in X"
                           r"(?:(?:next|previous|last),?\s+)?"
                           rf"(?P<o>{ORDINAL})(?:,?\s+"
                           r"(?:such\s+)?"
                           r"(?:plenary\s+|general\s+|expert\s+|experts['’]\s+|working-level\s+|"
                           r"technical\s+|high-level\s+)?(?:round\s+of\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:negotiations|talks|consultations)|meeting|session|round|event|"
                           r"edition|forum|talks|conference|seminar|symposium)\b"
                           r"(?!\s+(?:of(?!\s+the\s+(?:commission|committee|sub-?committee|forum|"
                           r"dialogue|council|working group)\b)|since|between|with)\b)|"
                           # "The fifth is scheduled to take place in A": the noun left out
                           rf"(?:\s+one)?(?={_HELD_NEXT}))", re.I)


_YEARS_MEETING = re.compile(r"\b(?P<rel>last|this|next) year['’]s\s+(?:meeting|session|round|"
                            r"dialogue|forum)\b", re.I)


def years_meeting(ctx: Context, sent, primary: MechanismMention | None) -> list[Event]:
    """"after last year's meeting had to take place by video conference": the channel's
    meeting of that year."""
    m = _YEARS_MEETING.search(sent.text)
    if m is None or primary is None or ctx.year is None:
        return []
    named = [mm for mm in ctx.mechanisms if sent.start <= mm.span[0] < sent.end]
    mechanism = nearest_full(ctx, named[0]) if named else primary
    year = ctx.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    at = sent.start + m.start()
    date = DateMention(at, sent.start + m.end(), str(year), precision="year")
    kind = KGO.ForumRound if mechanism.head.endswith("forum") else KGO.Meeting
    return [new_event(ctx, mechanism, None, date, None, (at, sent.start + m.end()), sent.index,
                   kind)]


_YEARS_OWN = re.compile(rf"\b(?P<rel>last|this|next)\s+year['’]s\s+(?:(?:{ORDINAL})\s+)?"
                        r"(?:annual\s+|joint\s+|regular\s+)*$", re.I)


def years_own(ctx: Context, start: int) -> DateMention | None:
    """"last year's eighth conference": the year the mention at ``start`` is told of."""
    m = _YEARS_OWN.search(ctx.text, max(0, start - 50), start)
    if m is None or ctx.year is None:
        return None
    year = ctx.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return DateMention(m.start(), m.end(), str(year), precision="year")


#: "It first met in Moscow in November 2012": the channel's first meeting, told in passing
_FIRST_MET = re.compile(r"^\W*(?:It|The\s+(?:[\w-]+\s+){0,2}?(?:group|committee|commission|"
                        r"council|forum|dialogue|channel|body))\s+(?:first\s+met|"
                        r"met\s+for\s+the\s+first\s+time|was\s+first\s+(?:held|convened)|"
                        r"first\s+convened)\b|"
                        # "Statistics Korea and Rosstat launched the meeting of heads in 2011"
                        r"^[^,;]{3,80}?\b(?:launched|inaugurated|started)\s+the\s+(?:meeting|"
                        r"meetings|dialogue|consultations?|forum|talks)(?:\s+of\s+[\w-]+)?"
                        r"(?=\s+(?:in|on)\b)", re.I)


def first_meetings(ctx: Context, sent, primary: MechanismMention | None) -> list[Event]:
    """The first meeting of the channel the sentence before named (or the release's own),
    with the date and place this sentence gives it."""
    from kg.extract.event_when import event_dates, venues

    m = _FIRST_MET.match(sent.text)
    if m is None or primary is None:
        return []
    before = [mm for mm in ctx.mechanisms if mm.span[0] < sent.start and not mm.venue_only]
    mechanism = nearest_full(ctx, before[-1]) if before else primary
    dates = event_dates(ctx, sent, sent.start + m.end(), sent.end)
    places = venues(ctx, sent.start + m.end(), sent.end)
    if not dates:
        return []
    span = (sent.start + m.start(), sent.start + m.end())
    return [new_event(ctx, mechanism, 1, dates[0], places[0].id if places else None, span,
                      sent.index, KGO.Meeting)]


def primary_mechanism(ctx: Context) -> MechanismMention | None:
    """The release's own channel: the first mechanism named with an ordinal, else the first."""
    for m in ctx.mechanisms:
        if m.venue_only:
            continue  # "on the sidelines of the ARF": a backdrop, not the release's channel
        before = ctx.text[max(0, m.span[0] - 40) : m.span[0]]
        if re.search(rf"(?:{ORDINAL})\s+(?:meeting|session|round)?\s*(?:of\s+)?(?:the\s+)?$",
                     before, re.I):
            return m
    own = [m for m in ctx.mechanisms if not m.venue_only]
    return own[0] if own else None


def bare_ordinal_events(ctx: Context, sent, primary: MechanismMention | None) -> list[Event]:
    """"the ninth meeting, held in Seoul last year": a meeting of the release's own channel;
    with no channel named ("the first round of the talks is to be held in Seoul"), a
    numbered round of talks that belongs to none."""
    both = _BOTH_ORDINALS.search(ctx.text, sent.start, sent.end)
    if both is not None:
        return _respective(ctx, sent, primary, both)
    m = next((m for m in _BARE_ORDINAL.finditer(ctx.text, sent.start, sent.end)
              if not _DOCUMENT_OF.search(ctx.text, max(sent.start, m.start() - 30), m.start())),
             None)  # "signed the Minutes of the second round": a paper of the round told
    if m is None or _REMARK.match(sent.text):
        return []
    of = re.match(r"\s+of\s+the\s+([\w -]+?)\b(?:\s|,|\.|$)", ctx.text[m.end() : m.end() + 40])
    if of and (primary is None or not _same_kind(fold(of.group(1)), primary.head)):
        return []  # "the third meeting of the working group": not the release's committee
    ordinal = ordinal_value(m.group("o"))
    pairs = pairs_in(ctx, sent, sent.start, sent.end)
    own = m.group("det").lower() in ("its", "their")  # "the committee ... at its third
    # plenary meeting"; "last year's eighth conference" is the channel's, like "the eighth"
    if primary is not None and _OTHER_TALKS.search(m.group(0)) and \
            not primary.head.endswith(("talks", "negotiations", "consultations")):
        primary = None  # "the first round of negotiations on an FTA": no round of a conference
    if re.search(r"\bsuch\b", m.group(0)) and _GENERIC.search(ctx.text, sent.start, m.start()):
        primary, own = None, True  # "an annual meeting of a joint working group; the first
        # such meeting is planned for Suwon": a meeting of no named channel
    elif own:
        primary = _it_refers_to(ctx, sent) or _subject_channel(ctx, sent)
        own = primary is None
    if own or primary is None:
        if not pairs or not (own or HOLD.search(sent.text)):
            return []
        return [new_event(ctx, None, ordinal if i == 0 else None, d, p, (m.start(), m.end()),
                          sent.index, KGO.Talks) for i, (p, d) in enumerate(pairs)]
    kind = KGO.ForumRound if primary.head.endswith("forum") else KGO.Meeting
    # "the first such event took place in A in 2016, and the previous one in B": the number
    # is the first occasion's; "its first meeting in A, the second in B and the third in C":
    # each its own
    told = [ordinal_value(o) for o in re.findall(rf"\b(?:the|its)\s+({ORDINAL})\b",
                                                 ctx.text[m.start() : sent.end], re.I)]
    numbers = told if len(told) == len(pairs) > 1 else [ordinal] + [None] * len(pairs)
    if 1 < len(told) < len(pairs):  # "its first meeting in A that month and its second in
        from kg.extract.series import numbered_in_turn  # B in November, before the one
        # planned for 2020": each number to the occasion whose date follows it
        numbers = numbered_in_turn(ctx, sent, m.end(), pairs, numbers[: len(pairs)])
    return [new_event(ctx, primary, numbers[i], d, p, (m.start(), m.end()),
                      sent.index, kind) for i, (p, d) in enumerate(pairs or [(None, None)])]


_OTHER_TALKS = re.compile(r"\b(?:negotiations|talks|consultations)\b", re.I)
_DOCUMENT_OF = re.compile(r"\b(?:[Mm]inutes|[Pp]rotocol|[Rr]ecord|[Rr]esults|[Oo]utcomes?)"
                          r"\s+of\s+$")


#: a channel told of in general, not by name
_GENERIC = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}(?:working group|committee|council|commission|"
                      r"meeting|forum)\b", re.I)
_BOTH_ORDINALS = re.compile(rf"\b(?:the|its|their)\s+(?P<a>{ORDINAL})\s+and\s+(?P<b>{ORDINAL})"
                            r"\s+(?:meetings|sessions|rounds|editions|forums)\b", re.I)


def _respective(ctx: Context, sent, primary: MechanismMention | None,
                m: re.Match) -> list[Event]:
    """"The fifth and sixth rounds took place in Seoul in 2015 and in Moscow in 2017,
    respectively": one numbered meeting of the channel per place and date, in order; with
    no channel, numbered rounds of talks."""
    pairs = pairs_in(ctx, sent, m.end(), sent.end)
    if len(pairs) != 2:
        return []
    kind = KGO.Talks if primary is None else \
        KGO.ForumRound if primary.head.endswith("forum") else KGO.Meeting
    numbers = (ordinal_value(m.group("a")), ordinal_value(m.group("b")))
    return [new_event(ctx, primary, n, d, p, (m.start(), m.end()), sent.index, kind)
            for n, (p, d) in zip(numbers, pairs, strict=True)]


#: "It was their second meeting this year": a remark on the meeting just told
_REMARK = re.compile(r"\W*(?:It|This|That)\s+(?:was|is|marked|will be)\s+(?:also\s+)?"
                     r"(?:the|their)\s+", re.I)


def earlier_editions(ctx: Context, sent, mention: MechanismMention,
                     ordinal: int | None) -> list[Event] | None:
    """"The K-Fair was held in Tomsk on May 3-4. It was the third such fair in the city,
    following ones in 2017 and 2018": the number is the occasion just told, and each date
    in the remark an earlier edition in the same place. None when no such remark."""
    from kg.extract.event_when import event_dates, venues

    if ordinal is None or not _REMARK.match(sent.text):
        return None
    told = [ev for ev in ctx.events if ev.mechanism is not None and ev.ordinal is None
            and ev.mechanism.iri == mention.iri and ev.sentence < sent.index]
    if not told:
        return None
    told[-1].ordinal = ordinal
    places = venues(ctx, mention.span[1], sent.end)
    place = places[0].id if places else told[-1].place_id
    return [new_event(ctx, mention, None, d, place, mention.span, sent.index, told[-1].kind)
            for d in event_dates(ctx, sent, mention.span[1], sent.end)]


def _same_kind(head: str, channel_head: str) -> bool:
    """"the commission" may name the channel whose reference name is a committee."""
    def norm(h: str) -> str:
        return h.replace("commission", "committee")
    return norm(channel_head).endswith(norm(head))


def _it_refers_to(ctx: Context, sent) -> MechanismMention | None:
    """"The Sub-committee is ... It held its first meeting in 2003" / "Its first meeting took
    place in Moscow": the channel named in the sentence before, when the sentence opens
    with "It" or "Its"."""
    if not re.match(r"\W*(?:(?:Since|After|At|In|With)\s+)?(?:It|Its|Their|its|their)\b",
                    sent.text) or sent.index == 0:
        return None  # "Its first meeting ...", "Since its inaugural meeting in 1992, ..."
    prev = ctx.sentences[sent.index - 1]
    named = [m for m in ctx.mechanisms if prev.start <= m.span[0] < prev.end and not m.venue_only]
    return nearest_full(ctx, min(named, key=lambda m: m.span[0])) if named else None


def _subject_channel(ctx: Context, sent) -> MechanismMention | None:
    """"The forum, launched in 2010 ..., will hold its 10th session in Seoul": the channel
    the sentence opens with owns the "its"."""
    named = [m for m in ctx.mechanisms if sent.start <= m.span[0] < sent.start + 12
             and not m.venue_only and fold(ctx.text[m.span[0] : m.span[1]]) == m.head
             and ctx.text.startswith(",", m.span[1])]  # "The forum, ...": named in short
    return nearest_full(ctx, named[0]) if named else None


def nearest_full(ctx: Context, mention: MechanismMention,
                 own: MechanismMention | None = None) -> MechanismMention:
    """"the second forum": the release's own forum, else the forum named last before it
    (not merely the first one named)."""
    s, e = mention.span
    if fold(re.sub(rf"^(?:{ORDINAL})\s+", "", ctx.text[s:e], flags=re.I)) != mention.head:
        return mention
    if _next_of_own(ctx, mention, own):
        return MechanismMention(own.iri, own.name, mention.span, mention.head)
    if any(m.iri == mention.iri and m.span[1] <= s < m.span[1] + 300 and
           fold(ctx.text[m.span[0] : m.span[1]]) != m.head for m in ctx.mechanisms):
        return mention  # named in full just before: "X, a civil forum ... the forum"
    if own is not None and own.head == mention.head:
        return MechanismMention(own.iri, own.name, mention.span, mention.head)
    full = [m for m in ctx.mechanisms if m.span[1] <= s and m.head == mention.head
            and fold(ctx.text[m.span[0] : m.span[1]]) != m.head]
    if not full:
        return mention
    last = max(full, key=lambda m: m.span[0])
    return MechanismMention(last.iri, last.name, mention.span, mention.head)


def _next_of_own(ctx: Context, mention: MechanismMention,
                 own: MechanismMention | None) -> bool:
    """"The third forum is planned for 2020": the round after the one the release tells
    continues the release's own series, though another forum was named just before."""
    s, e = mention.span
    m = re.search(rf"\b({ORDINAL})\s+(?:\S+\s+)?$", ctx.text[max(0, s - 20) : s], re.I) or \
        re.match(rf"(?:the\s+)?({ORDINAL})\s", ctx.text[s:e], re.I)
    if m is None or own is None or own.head != mention.head or own.iri == mention.iri:
        return False
    number = ordinal_value(m.group(1))
    return number is not None and any(
        e.mechanism is not None and e.mechanism.iri == own.iri and e.ordinal == number - 1
        for e in ctx.events)


_NEXT_MEETING = re.compile(r"\b(?:the|its|their|our)\s+(?:next|previous|preceding|prior|last)"
                           # "The previous, second, ...", "the previous (10th) meeting"
                           rf"(?:,\s*(?P<o>{ORDINAL}),|\s*\((?P<po>{ORDINAL})\))?\s+"
                           r"(?:(?:annual|regular|ministerial|high-level|[a-z]+s['’])\s+)?"
                           r"(?:meeting|session|round|one)\b|"
                           r"\b(?P<again>(?:agreed|decided|plan|plans|planned)\s+to\s+meet\s+again)\b",
                           re.I)


#: "The next round is scheduled for November in Vladivostok"
_SET_FOR = re.compile(r"\b(?:is|are|was|were)\s+(?:scheduled|slated|planned|set|due)\s+"
                      r"(?:for|to\s+take\s+place|in)\b")
#: "the next meeting of the partners": people or firms meeting, not the channel's session
_OF_OTHERS = re.compile(r"\s+of\s+the\s+(?:partners|companies|firms|businesses|two\s+companies|"
                        r"two\s+firms|investors|shipbuilders)\b", re.I)


def next_meeting_events(ctx: Context, sent, primary: MechanismMention | None) -> list[Event]:
    """"The next meeting will take place in Vladivostok in July", "the previous meeting, held
    in Seoul on November 6, 2019": the release's own channel meeting again, or before; with
    no channel named, a meeting that belongs to none."""
    m = _NEXT_MEETING.search(sent.text)
    if m is None or not (HOLD.search(sent.text) or m.group("again") or
                         _SET_FOR.search(sent.text, m.end()) or
                         _SUBMITTED_TO.search(sent.text, 0, m.start())):
        return []
    pairs = pairs_in(ctx, sent, sent.start + m.end(), sent.end)
    if not pairs:
        return []
    span = (sent.start + m.start(), sent.start + m.end())
    of = [c for c in ctx.mechanisms if span[1] <= c.span[0] <= span[1] + 12 and not
          c.venue_only and re.fullmatch(r"\s+of\s+(?:the\s+)?", ctx.text[span[1] : c.span[0]])]
    primary = nearest_full(ctx, of[0]) if of else _just_named(ctx, sent) or primary  # "the
    # next meeting of the Intergovernmental Commission": the channel it is of
    talks = re.match(r"\s+of\s+(?:(?:those|these|the|their)\s+)?(?P<n>talks|consultations|"
                     r"negotiations)\b", sent.text[m.end():])
    if talks and primary is not None and not talks.group("n").startswith(primary.head):
        primary = None  # "the next round of consultations": the consultations told, not the
        # working group recalled before
    if _OF_OTHERS.match(sent.text, m.end()) or m.group(0).lower().startswith("our ") or \
            re.match(r"\s+of\s+(?:those|these|the|their)\s+talks\b", sent.text[m.end():]):
        primary = None  # "the next meeting of the partners", "our previous meeting", "the
        # next round of those talks": the companies', the speakers' or the talks' own
    kind = KGO.Talks if primary is None else (
        KGO.ForumRound if primary.head.endswith("forum") else KGO.Meeting)
    told = re.match(rf",\s+the\s+({ORDINAL}),", sent.text[m.end() :], re.I)  # "The next
    # meeting, the 20th, will be held ..."
    number = ordinal_value(told.group(1)) if told and len(pairs) == 1 else None
    if (m.group("o") or m.group("po")) and len(pairs) == 1:
        number = ordinal_value(m.group("o") or m.group("po"))
    return [new_event(ctx, primary, number, d, p, span, sent.index, kind) for p, d in pairs]


#: "a protocol, which will be submitted to the next meeting of the Commission"
_SUBMITTED_TO = re.compile(r"\b(?:submitted|presented|reported|referred)\s+to\s+$")


def _just_named(ctx: Context, sent) -> MechanismMention | None:
    """"The consultations followed the previous round ... The sides agreed to hold the next
    round in Seoul": the channel the sentence before is about, named in short."""
    if not sent.index:
        return None
    prev = ctx.sentences[sent.index - 1]
    named = [m for m in ctx.mechanisms if prev.start <= m.span[0] < prev.start + 20
             and not m.venue_only]
    return nearest_full(ctx, named[0]) if named else None


_ELLIPTIC = re.compile(rf"\bthe\s+(?P<o>{ORDINAL})\s+"
                       # "following the second round, which is to take place in X"
                       r"(?:(?:one|round|meeting|session|edition)(?:,\s+which)?\s+)?"
                       r"(?:(?:is|are|was|will|would)\s+"
                       r"(?:to\s+)?(?:be\s+)?(?:held|take\s+place|took\s+place|convened?|"
                       # "and the 10th is set for Moscow next autumn"
                       r"(?:set|scheduled|slated|planned|due)\s+(?:for|in)\b)|"
                       r"took\s+place)\b", re.I)


def elliptic_rounds(ctx: Context, sent, made: list[Event]) -> list[Event]:
    """"Vladivostok hosted its second session in September, and the third is to be held in
    Ulsan next year": a number standing alone is another round of the channel just told."""
    told = [e for e in made if e.mechanism is not None and e.ordinal is not None]
    m = _ELLIPTIC.search(ctx.text, told[-1].span[1], sent.end) if told else None
    if m is None:
        return []
    pairs = pairs_in(ctx, sent, m.start(), sent.end)
    venue, date = pairs[0] if pairs else (None, None)
    last = told[-1]
    return [new_event(ctx, last.mechanism, ordinal_value(m.group("o")), date, venue,
                      (m.start(), m.end()), sent.index, last.kind)]
