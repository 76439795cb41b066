"""Occasions a sentence tells with no one named in it.

A news lead tells the talks before it names anyone ("the trade minister held talks with
his Russian counterpart on Wednesday"); a sentence may speak of "the two ministers" named
before, of "he" travelling on, of two bodies meeting, of a ceremony whose guests the next
sentence names, or of "the delegation" touring a plant. Each shape finds who took part in
the sentences around it.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.event_settings import NEXT_DAY
from kg.extract.meetings import MEET, one_event
from kg.namespaces import KGO


def unnamed_events(ctx: Context, sent) -> list[Event]:
    """The occasion a sentence naming no one tells, if any."""
    return _the_two_met(ctx, sent) or _pronoun_trip(ctx, sent) or \
        _unnamed_lead(ctx, sent) or _bodies_met(ctx, sent) or _delegation_visit(ctx, sent) or \
        _bodies_signed(ctx, sent)


_THE_TWO_MET = re.compile(r"\W*(?:(?:On|At|During|Later|Afterwards|After)\b[^,]{0,60}?"
                          r"(?:,\s*|\s+(?=[Tt]he\s|Both\s)))?"  # "On Thursday the ministers"
                          r"(?:[Tt]he two|Both|[Tt]he)\s+(?:top\s+|foreign\s+|vice\s+|deputy\s+)?"
                          r"(?:diplomats|ministers|leaders|presidents|officials|envoys|men|women|chiefs|"
                          r"vice ministers|heads|mayors|governors|ambassadors)\s+"
                          r"(?:(?:also|last|first|previously|had|have)\s+)?"
                          r"(?:met|held talks|had talks|"
                          r"talked|spoke|(?:agreed|plan|planned|will|are to)\s+(?:to\s+)?meet)\b")


_LEAD_TALKS = re.compile(r"\b(?:minister|president|governor|mayor|premier|leader|envoy|"
                         r"chairman|chief)\s+(?:held talks|met|had talks|sat down|talked)\b"
                         r"[^.;]{0,40}?\bcounterpart\b", re.I)


_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*")


_CAPTION = re.compile(r"\W*(?:Photo|Image|Caption|Video)\s*[:(]", re.I)


def _unnamed_lead(ctx: Context, sent) -> list[Event]:
    """"South Korea's trade minister held talks with his Russian counterpart on Wednesday":
    a news lead tells the talks before it names anyone; who met is told in the sentences
    after, where the two first appear together at a meeting."""
    body = [s for s in ctx.sentences if s.start >= ctx.body_start and len(s.text) > 60
            and s.text.rstrip().endswith(".") and not _CAPTION.match(s.text)]  # the story's
    # first sentence, not a headline nor a photo caption
    if not body or sent.index > body[0].index + 1:
        return []
    m = _LEAD_TALKS.search(sent.text)
    if m is None:
        return _ceremony_lead(ctx, sent)
    ev = one_event(ctx, sent, KGO.Talks, m, None)
    for later in ctx.sentences[sent.index + 1 : sent.index + 5]:
        aside = [m.span() for m in _ASIDE.finditer(ctx.text, later.start, later.end)]
        named = [p for p in ctx.persons
                 if any(later.start <= s < later.end and not any(a <= s < b for a, b in aside)
                        for s, _ in p.spans)]
        if len(named) >= 2 and MEET.search(later.text):
            ev.participants = named
            break
    return [ev]


_AT_A_MEETING = re.compile(r"\b(?:at|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+"
                           r"(?:on the sidelines of|in|at|held)\b", re.I)
_REPRESENTED = re.compile(r"\b(?:side|delegation)\s+was\s+(?:represented|led|headed)\s+by\b",
                          re.I)


def _bodies_met(ctx: Context, sent) -> list[Event]:
    """"Gazprom and KOGAS discussed ... at a meeting on the sidelines of the forum on
    Thursday. The Russian side was represented by X, and the Korean side by Y": a meeting
    of two bodies, its people named after it."""
    m = _AT_A_MEETING.search(sent.text)
    if m is None:
        return []
    ev = one_event(ctx, sent, KGO.Talks, m, None)
    if sent.index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[sent.index + 1]
        if _REPRESENTED.search(nxt.text):
            ev.participants = [p for p in ctx.persons
                               if any(nxt.start <= s < nxt.end for s, _ in p.spans)]
    return [ev]


_LEAD_CEREMONY = re.compile(r"\b(?:with|held|at)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:ceremony|"
                            r"reception|gala|concert)\b|\blaid\s+(?:a\s+)?wreaths?\b|"
                            # "X on Monday launched production at its plant": the ceremony the
                            # next sentence says was attended by ...
                            r"\b(?:launched|opened|inaugurated|unveiled|commissioned)\b", re.I)
_ATTENDED = re.compile(r"\b(?:attended|took part in|were present at|was present at|joined)\s+"
                       r"the\s+(?:event|ceremony|reception|gala|concert|celebration)\b|"
                       r"\b[Tt]he\s+(?:event|ceremony|reception|gala|concert|celebration)\s+"
                       r"(?:was|were)\s+(?:also\s+)?attended\s+by\b|\bcut\s+the\s+(?:ribbon|tape)\b|"
                       r"\b[Tt]he\s+(?:ribbon|tape)\s+was\s+cut\s+by\b",
                       re.I)


def _ceremony_lead(ctx: Context, sent) -> list[Event]:
    """"Korea and Russia on Dec. 13 closed the Year ... with a ceremony at the X Theater in
    Seoul." / "Minister A and Minister B attended the event ...": the occasion is the lead's,
    who was there the next sentence's."""
    m = _LEAD_CEREMONY.search(sent.text)
    if m is None or sent.index + 1 >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[sent.index + 1]
    if not _ATTENDED.search(nxt.text):
        return []
    named = [p for p in ctx.persons if any(nxt.start <= s < nxt.end for s, _ in p.spans)]
    if not named:
        return []
    ev = one_event(ctx, sent, KGO.Meeting, m, None)
    if ev.date is not None and ctx.doc_date and ev.date.value[:4] < ctx.doc_date[:4]:
        ev.recalled = True  # "the plant, which opened in September 2006. The ceremony was
        # attended by ...": the guests are at the news of the day, not at what is recalled;
        # the plant is the one just told, where it stands
        before = [e for e in ctx.events if e.sentence == sent.index - 1 and e.place_id]
        ev.place_id = ev.place_id or (before[-1].place_id if before else None)
        return [ev]
    ev.participants = named
    return [ev]


def _the_two_met(ctx: Context, sent) -> list[Event]:
    """"The two top diplomats met on the sidelines of the forum in Bangkok": the talks of
    the two officials last named together."""
    m = _THE_TWO_MET.match(sent.text)
    if m is None or sent.index == 0:
        return []
    noun = re.search(r"(\w+?)s?\s+(?:(?:also|last|first|previously|had|have)\s+)?"
                     r"(?:met|held|had|talked|spoke|agreed|plan|planned|will|are)\b", m.group(0))
    post = noun.group(1).lower() if noun else ""  # "the two vice ministers": ministers

    def titled(people: list) -> list:
        return [p for p in people if any(post in t.lower() for t in p.titles)]

    two: list = []
    for prev in reversed(ctx.sentences[max(0, sent.index - 8) : sent.index]):
        two = [p for p in ctx.persons if any(prev.start <= s < prev.end for s, _ in p.spans)]
        two = titled(two) if len(titled(two)) == 2 else two
        if len(two) >= 2:
            break
    first = next((e.participants for e in ctx.events
                  if e.mechanism is None and len(e.participants) == 2), [])
    if len(titled(two)) < 2 and titled(first):
        two = first  # "the two ministers": the pair first told at talks, a minister there
    if len(two) != 2:
        return []
    ev = one_event(ctx, sent, KGO.Talks, re.search(r"\b(?:met|held talks|had talks|talked|spoke|"
                                               r"meet)\b", sent.text), None)
    ev.participants = two
    return [ev]


#: "The two sides agreed to hold the next vice-ministerial talks in Moscow next year"
_AGREED_TO_HOLD = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:sides|parties|countries|"
                             r"delegations|ministries|governments|ministers|leaders|mayors|"
                             r"governors)\s+(?:also\s+)?(?:agreed|decided|planned|plan|intend|"
                             r"will|are\s+to)\s+(?:to\s+)?hold\s+(?:the|a|an|their)\s+"
                             r"(?:next\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|consultations|"
                             r"round|session|dialogue)\b")


def agreed_to_hold(ctx: Context, sent) -> list[Event]:
    """"The two sides agreed to hold the next talks in Moscow in the second half of next
    year": an occasion to come, where and when the sentence says; who will attend is not
    told yet."""
    m = _AGREED_TO_HOLD.search(sent.text)
    if m is None or not ctx.dates_in(sent):
        return []
    ev = one_event(ctx, sent, KGO.Talks, m, None)
    d = ev.date
    if d is not None and d.end_value and d.precision != "day":  # "in the second half of
        ev.date = DateMention(d.start, d.end, d.value[:4], precision="year")  # next year"
    return [ev]


_PRONOUN_TRIP = re.compile(r"\W*(?:(?:On|In|Later|Then|Afterwards|Next)\b[^,]{0,30},\s*)?"
                           r"(?:he|she)\s+(?:(?:will|also|then|is to|is set to|is due to)\s+)*"
                           r"(?:travel(?:l?ed|s)?|fl(?:y|ew|ies)|head(?:ed|s)?|went|go(?:es)?)"
                           r"\s+to\s+(?:the\s+)?")


def _pronoun_trip(ctx: Context, sent) -> list[Event]:
    """"On March 15, he will travel to Saint Petersburg": a trip by the one who led the
    sentence before (its first named official)."""
    m = _PRONOUN_TRIP.match(sent.text)
    if m is None or sent.index == 0:
        return []
    prev = ctx.sentences[sent.index - 1]
    named = [(min(s for s, _ in p.spans if prev.start <= s < prev.end), p) for p in ctx.persons
             if any(prev.start <= s < prev.end for s, _ in p.spans)]
    if not named:
        return []
    ev = one_event(ctx, sent, KGO.Visit, m, m)
    if ev.place_id is None:
        return []
    ev.participants = [min(named, key=lambda t: t[0])[1]]
    return [ev]


_DELEGATION_VISITS = re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,3}delegation\s+(?:will\s+|also\s+|"
                                r"then\s+|is\s+to\s+)*(?:visit(?:ed|s)?|toured|tour|"
                                r"travel(?:s|l?ed)?\s+to)\s+",
                                re.I)


def _delegation_visit(ctx: Context, sent) -> list[Event]:
    """"On April 17 the Korean delegation will visit the aviation plant": a day of the trip
    with no one named, where and when it says."""
    m = _DELEGATION_VISITS.search(sent.text)
    if m is None or not (ctx.dates_in(sent) or NEXT_DAY.search(sent.text)):
        return []  # "The following day the delegation visited X": the day after the last
    ev = one_event(ctx, sent, KGO.Visit, m, m)
    if ev.place_id is None and re.search(r"travel", m.group(0), re.I):
        return []  # "will travel to X" says only where it goes: no X known, no visit told
    return [ev]


#: "K-water said it had signed an MOU with X in Khabarovsk on Thursday", "VGTRK and KBS
#: first signed a memorandum in Moscow in November 2013": two bodies signing, no one named
_BODIES_SIGNED = re.compile(r"\b(?P<first>first\s+|previously\s+|earlier\s+)?signed\s+"
                            r"(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?(?:memorandum|MOU|MoU|"
                            r"agreement|contract|protocol)\b")
#: "grew out of the memorandum signed by the X Foundation and Y in Moscow on 22 June 2018":
#: a paper of two bodies, signed where and when the clause says (kept only with both)
_PAPER_SIGNED_BY = re.compile(r"\b(?:memorandum|MOU|MoU|agreement|contract|protocol)"
                              r"(?:\s+(?:of|on)\s+[\w\s-]{3,40}?)?,?\s+(?P<first>signed)\s+by\s+"
                              r"(?:the\s+)?[A-Z][^.;]{2,80}?\s+in\s+(?=[A-Z])")
#: "The signing was attended by X, Y and Z": who was there, told next
_SIGNING_ATTENDED = re.compile(r"\W*(?:The|This)\s+(?:signing(?:\s+ceremony)?|ceremony)\s+"
                               r"(?:was|were)\s+(?:also\s+)?attended\s+by\b")


def _bodies_signed(ctx: Context, sent) -> list[Event]:
    """A signing by bodies: one long past with its own place and date, or one whose
    guests the next sentence names."""
    m = _BODIES_SIGNED.search(sent.text) or _PAPER_SIGNED_BY.search(sent.text)
    if m is None:
        return []
    nxt = ctx.sentences[sent.index + 1] if sent.index + 1 < len(ctx.sentences) else None
    told_next = nxt is not None and _SIGNING_ATTENDED.match(nxt.text)
    if nxt is not None and _IT_WAS_SIGNED.match(nxt.text) and not _SIGNED_BY.search(nxt.text) \
            and nxt.index + 1 < len(ctx.sentences):
        nxt = ctx.sentences[nxt.index + 1]  # "The memorandum was signed in Moscow on the
        # sidelines of the forum. The document was signed by X and Y": the signers come next
    signers_next = nxt is not None and _SIGNED_BY.search(nxt.text) and not m["first"]
    if not (m["first"] or told_next or signers_next):
        return []  # (a paper "signed by A and B in X on <day>" is one long past: "first")
    ev = one_event(ctx, sent, KGO.Signing, m, None, sent.start + m.start())
    if ev.date is None or ev.place_id is None and not (
            signers_next and len(ev.date.value) == 10 and _recent(ctx, ev)):
        return []  # "A and B signed an MOU on Friday, 22 June. It was signed by X and Y":
        # the news of the day, where the next sentences or the dateline say
    if signers_next and not told_next and (len(ev.date.value) < 10 or not _recent(ctx, ev)):
        return []
    ev.recalled = bool(m["first"])  # a paper signed long ago: nobody named signed it then
    if signers_next:  # "X and Y signed an MOU in Seoul on Tuesday. Under the deal, signed
        ev.participants = [p for p in ctx.persons  # by A and B, ...": who signed it
                           if any(nxt.start <= a < nxt.end for a, _ in p.spans)]
        ev.participants += _witnesses(ctx, nxt.index + 1)
    return [ev]


_IT_WAS_SIGNED = re.compile(r"\W*(?:The|This|That)\s+(?:memorandum|MOU|MoU|agreement|document|"
                            r"contract|protocol)\s+(?:was|were)\s+signed\s+(?:in|at|on|during)\b")
_WITNESSED = re.compile(r"\b(?:signing|ceremony)\s+was\s+(?:also\s+)?(?:witnessed|attended)\s+by\b")


def _witnesses(ctx: Context, index: int) -> list:
    """"The signing was witnessed by X and Y", told right after who signed: there too."""
    if index >= len(ctx.sentences) or not _WITNESSED.search(ctx.sentences[index].text):
        return []
    sent = ctx.sentences[index]
    return [p for p in ctx.persons if any(sent.start <= a < sent.end for a, _ in p.spans)]


#: "Under the deal, signed by KRX Chairman X and Y, ...": the signers, told next
_SIGNED_BY = re.compile(r"\bsigned\s+by\b")


def _recent(ctx: Context, ev: Event) -> bool:
    """A signing within a week of the release's own date: the news it reports."""
    if not ctx.doc_date or len(ctx.doc_date) != 10:
        return False
    import datetime as dt

    gap = dt.date.fromisoformat(ctx.doc_date) - dt.date.fromisoformat(ev.date.value[:10])
    return 0 <= gap.days <= 7


#: "In April, the two countries' shipping authorities held working-level consultations ...
#: in Saint Petersburg": talks of bodies, no one named
_BODIES_HELD_TALKS = re.compile(r"\b(?:held|holds|hold)\s+(?:(?:their|the|a|an)\s+)?"
                                r"(?:[\w-]+\s+){0,3}?(?:talks|consultations|negotiations)\b")


def bodies_held_talks(ctx: Context, sent) -> list[Event]:
    """Talks two bodies held, told with both where and when (so an occasion, not a habit)."""
    m = _BODIES_HELD_TALKS.search(sent.text)
    if m is None or not ctx.dates_in(sent) or any(
            sent.start <= s < sent.end for p in ctx.persons for s, _ in p.spans):
        return []  # named people's talks are told by the shapes that know them
    ev = one_event(ctx, sent, KGO.Talks, m, None)
    finer = [d for d in ctx.dates_in(sent) if ev.date is not None and
             len(d.value) > len(ev.date.value) and d.value.startswith(ev.date.value)]
    ev.date = finer[0] if finer else ev.date  # "Earlier this year, in April": April
    return [ev] if ev.place_id is not None and ev.date is not None else []


#: "The following day the delegation held talks with T'way Air", "Today in Seoul, GAZ Group
#: held a business round table": a body or a delegation holding a gathering of its own
_GATHERING_HELD = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|staged|conducted|had)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:talks|meetings|round ?table|business\s+session|presentation|"
    r"seminar|webinar|workshop|B2B\s+meetings|business\s+forum|business\s+meeting)\b|"
    r"\b(?:delegation|sides|parties)\s+(?:also\s+)?(?:met|visited)\s+with\b|"
    # "announced on Tuesday at an online kick-off session attended by 300 participants"
    r"\bat\s+an?\s+(?:[\w-]+\s+){0,3}?(?:session|conference|webinar|seminar|ceremony|"
    r"round ?table|presentation|briefing)\s+(?:attended|held|hosted|organi[sz]ed)\b|"
    # "a three-day workshop, \"From A to B\", held in Moscow from October 17 to 19"
    r"\b(?:workshop|seminar|webinar|conference|symposium|round ?table|business\s+session|"
    r"master\s+class)\b[^.;]{0,60}?\s(?:held|organi[sz]ed|hosted)\s+(?:in|at|on|from)\s")
#: the sentence tells its day: a date, "the following day", "today", "on Monday"
_DAY_TOLD = re.compile(r"\b(?:[Tt]oday|[Yy]esterday|[Tt]his\s+morning|[Oo]n\s+(?:Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def day_gathering(ctx: Context, sent) -> list[Event]:
    """A gathering held on a day the sentence tells, with no one named in it: who spoke
    there is named in the next sentence ("X of GAZ Group presented ..."). The last resort
    of a sentence no other shape reads."""
    if any(sent.start <= s < sent.end for p in ctx.persons for s, _ in p.spans):
        return []
    m = _GATHERING_HELD.search(sent.text)
    if m is None or not (ctx.dates_in(sent) or NEXT_DAY.search(sent.text) or
                         _DAY_TOLD.search(sent.text)):
        return []
    if _HOSTING.search(sent.text, 0, m.start()):
        return []  # "signed during a banking conference held from 14 to 16 April": the
        # gathering only hosts what the sentence tells
    ev = one_event(ctx, sent, KGO.Talks, m, None)
    ev.participants = _speakers_after(ctx, sent.index)
    return [ev]


_HOSTING = re.compile(r"\b(?:during|amid|within|on\s+the\s+(?:sidelines|margins)\s+of|"
                      r"as\s+part\s+of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _speakers_after(ctx: Context, index: int) -> list:
    """Who the sentences right after a gathering name, one after another ("Opening the
    session, X said ... Y noted ... Z presented ..."), until one names nobody."""
    out: list = []
    for nxt in ctx.sentences[index + 1 : index + 6]:
        named = [p for p in ctx.persons if any(nxt.start <= s < nxt.end for s, _ in p.spans)]
        if not named:
            break
        out += [p for p in named if p not in out]
    return out
