"""Events: numbered meetings of mechanisms, forum rounds, talks, visits.

An event is found where a mechanism is mentioned with an ordinal ("the 13th
meeting of ...") or with a verb of holding ("took place", "to be held"), or
where officials meet or visit. One sentence may hold several events
("took place in A in September 2018 and in B in September 2019"). Events of
one mechanism with the same ordinal, or compatible date and place, merge.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event, MechanismMention
from kg.extract.event_cues import (
    HOLD,
    NOT_PRESENT,
    VIRTUAL,
    main_event,  # noqa: F401  (agreement_when.py asks us)
    new_event,
    told_by_others,
)
from kg.extract.event_day_places import containers_of_told, places_of_days
from kg.extract.event_emit import (
    _date_literal,  # noqa: F401  (agreements.py asks us)
    emit_events,
)
from kg.extract.event_factbox import factbox_rounds
from kg.extract.event_invited import invited_visits
from kg.extract.event_its_ordinal import its_ordinal, its_ordinal_at
from kg.extract.event_launches import launch_attendees
from kg.extract.event_merge import (
    also_that_day,
    ceremonies_of_gatherings,
    fold_captions,
    gathering_opened_before,
    merge,
    one_telling_people,
    talks_within_session,
)
from kg.extract.event_numbers import (
    bare_ordinal_events,
    earlier_editions,
    elliptic_rounds,
    first_meetings,
    nearest_full,
    next_meeting_events,
    primary_mechanism,
    years_meeting,
    years_own,
)
from kg.extract.event_people import (
    at_the_meeting,
    attendees,
    companions,
    dateline_event,
    forum_speakers,
    lead_participants,
    pair,
    present,
    pronoun_chairs,
)
from kg.extract.event_place_line import place_line
from kg.extract.event_settings import (
    borrowed_settings,
    consultations_channel,
    day_of_gathering,
    opening_day,
    range_told_after,
    relative_days,
    span_told_aside,
)
from kg.extract.event_there import places_told_there
from kg.extract.event_venues import host_before
from kg.extract.event_when import (
    anchor_relative_years,
    founding_date,
    mention_pairs,
    pairs_in,
    weekday_date,
)
from kg.extract.lexicon import fold
from kg.extract.meeting_asides import met_again, session_events, their_meetings
from kg.extract.meeting_nouns import gathering_events, noun_meetings, summits_beside
from kg.extract.meeting_recalled import visits_recalled
from kg.extract.meeting_unnamed import day_gathering
from kg.extract.meetings import meeting_events, talks_before_channel
from kg.extract.occasion_events import occasion_events
from kg.extract.occasion_people import occasion_guests
from kg.extract.ordinals import ORDINAL, ordinal_value
from kg.extract.series import launched_before, next_told_after, numbered_in_turn, ordinals_of
from kg.extract.signings import headline_signing_folded, signed_where, signing_of_talks
from kg.namespaces import KGO

#: "reported to the Joint Commission, whose next meeting is slated for Moscow this fall"
#: "the Forum (EEF)", "the X Sub-committee (formerly the Y Sub-committee)": its other name
_ASIDE_NAME = re.compile(r"\s*\((?:(?:formerly|previously|earlier|then|once|until\s+\d{4})"
                         r"\s*,?\s*(?:known\s+as|called|named)?\s*(?:the\s+)?)?")
_WHOSE_NEXT = re.compile(r",\s+whose\s+next\s+(?:meeting|session|round)\s+(?:is|was|will\s+be)\s+"
                         r"(?:slated|scheduled|planned|set|due|expected)\b|"
                         # "the X, whose meeting in Seoul in June agreed to ...": one told
                         r",\s+whose\s+(?:last\s+|latest\s+|recent\s+)?(?:meeting|session)\s+in\s+[A-Z]")
#: "the next meeting of the Commission, scheduled for the autumn in Moscow": one to come
_NEXT_OF = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:meeting|session|round)\s+of\s+"
                      r"(?:the\s+)?$")
_SCHEDULED = re.compile(r"(?:\s+(?:under|of|within)\s+the\s+[^;.]{3,120}?)?"  # "X under the Y,"
                        r",?\s+(?:which\s+is\s+|to\s+be\s+)?(?:scheduled|slated|planned|set|due|"
                        r"held|convened|hosted)\s+(?:for|in|to|at|on|next|this)\b")
#: "will report the results to the Joint Commission next year": its meeting to come
_REPORT_TO = re.compile(r"\b(?:report|submit|present)\w*\s+(?:[\w-]+\s+){0,6}?to\s+the\s+$")
_COMING = re.compile(r"\s+(?:next\s+year|next\s+month|this\s+(?:autumn|fall|year)|"
                     r"at\s+its\s+next\s+(?:meeting|session)|in\s+\d{4})\b")
_FOUNDING = re.compile(r"\b(?:launched|set up|established|founded|created|formed)\s+(?:in\s+"
                       r"(?:\w+\s+)?\d{4}\b|under\s+(?:the|an?)\b|pursuant\s+to\b)", re.I)


def find_events(ctx: Context) -> None:
    primary = primary_mechanism(ctx)
    ctx.dateline_place = ctx.dateline_place or place_line(ctx)
    anchor_relative_years(ctx)
    for sent in ctx.sentences:
        mentions = [m for m in ctx.mechanisms if sent.start <= m.span[0] < sent.end]
        made = []
        if _FOUNDING.search(sent.text) and not re.search(
                rf"\bheld\s+(?:its|the|their)\b|(?-i:\b(?:held|met)\s+in\s+[A-Z])|"
                rf"\b(?:{ORDINAL})\s+(?:meeting|session|round)\b",
                sent.text, re.I):
            mentions = [m for m in mentions if _numbered(ctx, m)]  # "launched in 2008": a
            # founding date, not a meeting; "the eighth X, launched in 2010, ...": a meeting
        for mention in _dedupe(ctx, mentions):
            made.extend(_mechanism_events(ctx, sent, mention))
        hosted, decided = [], []
        if made and mentions and all(m.venue_only for m in mentions):
            hosted = meeting_events(ctx, sent)  # "signed ... on the sidelines of the third EEF"
        made.extend(elliptic_rounds(ctx, sent, made))
        if made:
            made.extend(session_events(ctx, sent) + summits_beside(ctx, sent, made))
            first = min(m.span[0] for m in mentions)
            recalled = [e for e in made if _DECIDED_AT.search(
                ctx.text, max(sent.start, e.span[0] - 60), e.span[0])]
            if all(NOT_PRESENT.search(ctx.text, max(sent.start, e.span[0] - 30), sent.end)
                   or e in recalled for e in made):  # "met ... and discussed the next
                # meeting of the X", "met Y to discuss projects agreed at the X"
                talks = talks_before_channel(ctx, sent, first)
                for e in recalled if talks else []:
                    e.recalled = True  # its people are at the talks, not at it
                    decided.append(e)
                made.extend(talks)
        if not made:
            made.extend(bare_ordinal_events(ctx, sent, primary))
        if not made:
            made.extend(meeting_events(ctx, sent))
            made.extend(met_again(ctx, sent, made))
        if not made:
            made.extend(gathering_events(ctx, sent))
        if not made:
            made.extend(their_meetings(ctx, sent, pair(ctx)))
        if not made:
            made.extend(years_meeting(ctx, sent, primary) or first_meetings(ctx, sent, primary))
        if not made:
            made.extend(next_meeting_events(ctx, sent, primary))
        if not made:
            made.extend(noun_meetings(ctx, sent))
        if not made:
            made.extend(invited_visits(ctx, sent))  # "accepted the invitation to visit X"
        made.extend(day_gathering(ctx, sent) or factbox_rounds(ctx, sent, primary)
                    if not made else [])  # "Today, X held a ..."; "2nd dialogue: Moscow, ..."
        made.extend(occasion_events(ctx, sent, made))  # a port call, a concert, a launch
        made.extend(visits_recalled(ctx, sent, made))  # "recalled his visit to Seoul in 2018"
        planned = bool(NOT_PRESENT.search(sent.text))
        made += hosted
        for ev in made:
            long_ago = ev.recalled and ev.kind == KGO.Signing  # "since signing an MOU in 2012"
            ev.recalled = ev.recalled or bool(_RECALLED.search(ctx.text, sent.start, ev.span[0]))
            only_hosts = bool(hosted) and ev not in hosted  # those named act at what it hosts
            # "X is due to hold talks with Y": talks among named people, even to come
            if not only_hosts and not long_ago and ev not in decided and \
                    not told_by_others(ctx, sent, ev.span[0]) and (
                    not planned or ev.mechanism is None):
                trigger = ev.span[0] if ev.mechanism is None else None
                ev.participants = ev.participants or present(ctx, sent, trigger, ev.span[0])
            merge(ctx, ev)
    fold_captions(ctx)
    talks_within_session(ctx)
    gathering_opened_before(ctx)
    consultations_channel(ctx)
    signed_where(ctx)
    headline_signing_folded(ctx)
    relative_days(ctx)
    span_told_aside(ctx)
    range_told_after(ctx)
    opening_day(ctx)
    day_of_gathering(ctx)
    borrowed_settings(ctx)
    containers_of_told(ctx)
    lead_participants(ctx)
    pronoun_chairs(ctx)
    companions(ctx)
    launch_attendees(ctx, ctx.events)
    occasion_guests(ctx)
    also_that_day(ctx)
    signing_of_talks(ctx)
    if not ctx.events:
        dateline_event(ctx)
    at_the_meeting(ctx)
    attendees(ctx)
    forum_speakers(ctx)
    ceremonies_of_gatherings(ctx)
    one_telling_people(ctx)
    places_of_days(ctx)
    places_told_there(ctx)
    emit_events(ctx)


def _numbered(ctx: Context, mention: MechanismMention) -> bool:
    return bool(re.search(rf"\b(?:{ORDINAL})\s+$", ctx.text[max(0, mention.span[0] - 20) :
                                                            mention.span[0]], re.I))


def _dedupe(ctx: Context, mentions: list[MechanismMention]) -> list[MechanismMention]:
    """One mention per channel and sentence, unless a number sets another apart ("the first
    forum, held in A, ... the second forum, to be held in B")."""
    seen: dict = {}
    out: list[MechanismMention] = []
    for m in sorted(mentions, key=lambda m: m.span[0]):
        numbered = re.search(rf"\b(?:{ORDINAL})\s+(?:\S+\s+){{0,1}}$|\b(?:{ORDINAL})\s+(?:edition|"
                             rf"meeting|session|round|forum)\s+of\s+(?:the\s+)?(?:\w+\s+)?$",
                             ctx.text[max(0, m.span[0] - 40) : m.span[0]], re.I) or \
            re.match(rf"['’]s\s+(?:{ORDINAL})\s+(?:meeting|session|round)\b",  # "the
                     ctx.text[m.span[1] : m.span[1] + 40], re.I)  # Commission's 19th session"
        numbered = numbered or _NEXT_OF.search(ctx.text, max(0, m.span[0] - 40), m.span[0])
        if m.iri not in seen or numbered:  # "which met in Seoul ..., and the next meeting of
            # the Commission, to be held in Moscow": another occasion of the same channel
            seen[m.iri] = len(out)
            out.append(m)
        elif m.span[1] - m.span[0] > out[seen[m.iri]].span[1] - out[seen[m.iri]].span[0]:
            out[seen[m.iri]] = m  # "the committee the 'X Committee'": the name in full
    return out


def _mechanism_events(ctx: Context, sent, mention: MechanismMention) -> list[Event]:
    text = ctx.text
    s, e = mention.span
    before = text[max(sent.start, s - 80) : s]
    after = text[e : min(sent.end, e + 60)]
    ordinal = None
    m = re.search(rf"\b(?:the\s+)?(?P<o>{ORDINAL}),?\s+(?:(?:meeting|session|round|edition|forum|"
                  rf"plenary session|meeting of the|round of the)\s+(?:of\s+)?"
                  rf"(?:the\s+|their\s+|its\s+|an?\s+)?(?:annual\s+|regular\s+|biennial\s+)?)?"
                  rf"(?:annual\s+|regular\s+|biennial\s+)?$",
                  before, re.I)
    since = re.match(rf"\s+since\s+the\s+(?P<o>{ORDINAL})\s+(?:meeting|session|round)\b",
                     text[e : e + 40], re.I)
    if since:  # "the first meeting of the X since the 14th meeting, which took place ..."
        ordinal = ordinal_value(since.group("o"))
    elif m:
        ordinal = ordinal_value(m.group("o"))
    else:
        m2 = re.match(rf"(?:'s|’s)?\s*(?:holds?|held|convened|opened)?\s*(?:its|their)?\s*"
                      rf"(?:(?:next|previous|last),?\s+)?(?P<o>{ORDINAL})\s+(?:meeting|session|"
                      rf"round)", after, re.I)
        if m2:
            ordinal = ordinal_value(m2.group("o"))
    if ordinal is None and _FIRST_HOSTED.search(before):
        ordinal = 1  # "first hosted the working group in Seoul in November 2018"
    sentence_text = text[sent.start : sent.end]
    if _CHAIRED_BY_THEM.search(before):
        return []  # "X and Y, who co-chair the Commission, held a phone call": their post
    sidelines = re.search(r"(?:sidelines|margins?) of\s+(?:the\s+)?(?:\S+\s+){0,3}$", before)
    if (sidelines or mention.venue_only) and ordinal is None:
        return []  # a backdrop, named again in short ("the ARF"), is still only a backdrop
    attended = bool(re.search(r"\b(?:at|during|t(?:a|oo)ke\s+part\s+in|participated?\s+in|"
                              r"attend(?:ed)?|"
                              r"addressed|spoke\s+(?:at|to))\s+the\s+$",
                              before))
    whose_next = _WHOSE_NEXT.match(text, e) or (_NEXT_OF.search(before) and
                                                 _SCHEDULED.match(text, e)) or \
        (_REPORT_TO.search(before) and _COMING.match(text, e))
    if ordinal is None and not (HOLD.search(sentence_text) or attended or whose_next):
        return []
    if ordinal is None and not attended and _OTHERS_HELD.match(text, e) and \
            not HOLD.search(text, sent.start, s):
        return []  # "the work of the X, and the Years of Y, held in 2020-2021": Y's holding
    if ordinal is None and (_back_reference(ctx, mention) and not _ITS_OWN_SETTING.match(text, e)
                            or _HABITUAL.search(sentence_text)):
        return []  # "The Committee has met every year since 1991": no one meeting told
    mention = nearest_full(ctx, mention, primary_mechanism(ctx))
    kind = KGO.ForumRound if mention.head.endswith("forum") else KGO.Meeting
    others = [m.span for m in ctx.mechanisms
              if sent.start <= m.span[0] < sent.end and m.span != mention.span
              and not _back_reference(ctx, m)
              and not (m.venue_only and m.iri != mention.iri  # "held in A on the sidelines
                       and re.match(r"\s+(?:in|on)\s", text[m.span[1] : m.span[1] + 5]))
              # of the EEF in 2018": a backdrop with no setting of its own ends nothing
              and not _ASIDE_NAME.fullmatch(text, e, m.span[0])]  # "the Forum (EEF)"
    if ordinal is None and _verb_is_the_next_ones(ctx, sent, e, others):
        return []
    told_at = None
    if ordinal is None:
        ordinal = its_ordinal(ctx, sent, e, others, s)
        told_at = its_ordinal_at(ctx, sent, e, others) if ordinal is not None else None
    else:
        editions = earlier_editions(ctx, sent, mention, ordinal)
        if editions is not None:
            return editions
    pairs = mention_pairs(ctx, sent, (s, e), others)
    if whose_next and not pairs:  # "the next meeting of the X under the Y, scheduled for
        pairs = pairs_in(ctx, sent, e, sent.end)[:1]  # 2020 in Moscow": X's, past Y's name
    own = pairs_in(ctx, sent, told_at, sent.end) if told_at is not None else []
    if own and own[0][1] is not None and pairs and pairs[0][1] is not None and \
            pairs[0][1].start < told_at and own[0] != pairs[0] and \
            ";" in text[pairs[0][1].end : told_at]:  # a clause of its own
        pairs = own[:1]  # "...; its 13th meeting took place in X in 2016": its own setting
    host = host_before(ctx, sent.start, s) if ordinal is not None else None
    if host is not None:  # "Ulsan will host the third Forum next year, following the
        clause = re.search(r"[,;]", text[e:sent.end])  # second, in X in September"
        told = pairs_in(ctx, sent, e, e + clause.start() if clause else sent.end)
        pairs = [(host, told[0][1] if told else None)]
    launched = launched_before(ctx, sent, s, pairs)
    pairs = launched + pairs
    if not pairs and ordinal is None and not HOLD.search(sentence_text) and not (
            _SPOKE_AT.search(before) and not NOT_PRESENT.search(sentence_text)):  # "addressed
        # the conference by video link": a part taken in it, not a place named after it
        return []  # "proposed at the forum" with no when or where: no occurrence told
    pairs = pairs or [(None, None)]
    if len(pairs) == 1 and ordinal and ordinal > 1 and pairs[0][1] is not None and \
            founding_date(ctx, sent, pairs[0][1]):
        pairs = [(pairs[0][0], None)]  # "the fifth edition, launched in 2015": not its date
    if len(pairs) == 1 and (pairs[0][1] is None or len(pairs[0][1].value) == 4):
        pairs = [(pairs[0][0], weekday_date(ctx, sent.start, sent.end) or pairs[0][1])]
    if len(pairs) == 1 and pairs[0][1] is None:
        pairs = [(pairs[0][0], years_own(ctx, s))]  # "last year's eighth conference"
    lo = max([o[1] for o in others if o[1] <= s], default=sent.start)
    hi = min([o[0] for o in others if o[0] >= e], default=sent.end)
    clause = _NEXT_CLAUSE.search(text, e, hi)  # "the third took
    # place online, and the fourth forum would be held in Ulsan": each its own way
    virtual = bool(VIRTUAL.search(text, s if lo > sent.start else lo,
                                  clause.start() if clause else hi))
    ordinals = ordinals_of(ctx, sent, e, ordinal, len(pairs))
    upcoming = next_told_after(ctx, sent, e, hi, pairs) if pairs[0][1] is not None else []
    pairs, ordinals = pairs + upcoming, ordinals + [None] * len(upcoming)
    if len(pairs) > 1 and not upcoming:
        ordinals = numbered_in_turn(ctx, sent, e, pairs, ordinals)
    if launched:
        ordinals[0] = 1
    events = []
    for (place_id, date), number in zip(pairs, ordinals, strict=True):
        events.append(new_event(ctx, mention, number, date,
                                None if virtual and len(pairs) == 1 else place_id,
                             (s, e), sent.index, kind))
    return events


#: "met Y to discuss the projects agreed upon at the forum in September": an earlier occasion
#: recalled by what was decided there
_DECIDED_AT = re.compile(r"\b(?:agreed(?:\s+up)?on|reached|adopted|decided|signed)\s+(?:at|during)"
                         r"\s+the\s+(?:\S+\s+){0,3}$")
#: "Ambassador X recalled that the issue was discussed at the 16th meeting ...": told as
#: background to the occasion the release reports
_RECALLED = re.compile(r"\b(?:recalled|reminded|remembered)\s+(?:\w+\s+)?that\b")
#: "took part in the Week this year, when it was held in Sochi in April": told anew
_ITS_OWN_SETTING = re.compile(r"[^.;]{0,60}?\b(?:when|where)\s+it\s+(?:was|is|will\s+be)\s+held\b|"
                              # "ahead of the Forum, which will open in X next Wednesday"
                              r",\s+which\s+(?:will\s+|is\s+(?:due\s+|set\s+)?to\s+)?(?:be\s+held|"
                              r"opens?|takes?\s+place|runs?|starts?|begins?|convenes?)\s+(?:in|on)\b")
_SPOKE_AT = re.compile(r"\b(?:addressed|spoke\s+(?:at|to)|took\s+part\s+in|participated\s+in|"
                       r"attended)\s+the\s+$")
_FIRST_HOSTED = re.compile(r"\bfirst\s+(?:hosted|held|convened|organi[sz]ed)\s+"
                           r"(?:the|its|their)\s+$")
_CHAIRED_BY_THEM = re.compile(r"\b(?:who|which)\s+(?:co-?chairs?|chairs?|heads?|lead|leads|"
                              r"represent|represents)\s+(?:the\s+)?$")
_OTHERS_HELD = re.compile(r",?\s+and\s+(?:the\s+)?[a-z][^,;]{3,120}?,\s+held\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s")
_HABITUAL = re.compile(r"\b(?:(?:has|have|had)\s+(?:been\s+)?(?:met|held|convened)|meets?|"
                       r"(?:is|are|was|were)\s+held|convenes)\s+(?:\w+\s+)?(?:every|each|annually|"
                       r"regularly|twice|once a|since|\w+\s+times)\b", re.I)


def _verb_is_the_next_ones(ctx: Context, sent, end: int, others: list) -> bool:
    """"the Sub-committee and the Forum, to be launched in Pohang this autumn, will ...":
    of two channels named together, the holding told after the second is the second's."""
    nxt = min([o[0] for o in others if o[0] >= end], default=None)
    if nxt is None or not re.fullmatch(r"\s*(?:,|and|as well as)\s*(?:the\s+)?",
                                       ctx.text[end:nxt]):
        return False
    return not HOLD.search(ctx.text, sent.start, nxt)


_BACK_REF = re.compile(r"\b(?:(?:body|part|member|members|co-chairs?|chairman|chair|"
                       r"secretariat|framework) of|at|during|after|following|before|ahead of|"
                       # "a working-level body affiliated with the dialogue"
                       r"(?:affiliated|associated|attached|linked)\s+(?:with|to)|"
                       r"in|on the sidelines of|"
                       r"under|throughout|since|(?:also\s+)?attended)\s+the\s+$", re.I)


def _back_reference(ctx: Context, mention: MechanismMention) -> bool:
    """"At the dialogue, the two sides will ...": the channel's meeting already named,
    not a new one."""
    s, e = mention.span
    if fold(ctx.text[s:e]) != mention.head:
        return False
    return bool(_BACK_REF.search(ctx.text[max(0, s - 30) : s]))
