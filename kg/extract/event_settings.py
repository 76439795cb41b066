"""Settings events borrow from each other: "later that day" takes the day of the
meeting told before; talks "on the sidelines of the forum" take the forum's place
and, within a forum of several days, the release's own day; what an official does
"while in Khabarovsk" happens during the stay told before.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.event_cues import NOT_PRESENT, VIRTUAL, main_event
from kg.extract.event_editions import occasion_beside
from kg.extract.event_when import venues, weekday_date
from kg.ids import entity_iri
from kg.namespaces import KGO

_SAME_DAY = re.compile(r"\b(?:the same (?:day|morning|afternoon|evening)|that day|later that day|"
                       r"that afternoon|"
                       r"that evening|earlier (?:in the|that) day|"
                       r"(?:following|after) the (?:meeting|talks|negotiations|ceremony))\b", re.I)
NEXT_DAY = re.compile(r"\b(?:the following day|the next day|the day after)\b", re.I)
_DAY_BEFORE = re.compile(r"\b(?:a day earlier|the day before|the previous day)\b", re.I)
#: "The signing came a day after the agencies held their talks": the talks were the day
#: before what was just told, "came a day before" the day after it
_CAME_DAY = re.compile(r"\b(?:came|comes|followed|was\s+held|took\s+place)\s+(?:a|one)\s+day\s+"
                       r"(?P<rel>after|before)\b", re.I)


_OPENS_RELATIVE = re.compile(rf"\W*(?:On\s+)?(?:{NEXT_DAY.pattern}|later\s+that\s+day\b)", re.I)


def relative_days(ctx: Context) -> None:
    """"Later that day he called on the Foreign Minister": the day of the meeting before."""
    import datetime as dt

    dated = None
    for ev in sorted(ctx.events, key=lambda e: e.sentence):
        text = ctx.sentences[ev.sentence].text
        opens = _OPENS_RELATIVE.match(text) and ev.date is not None and (
            len(ev.date.value) < 10 or _weekday_told(ctx, ev.date))
        if (ev.date is None or not ev.date.end or opens) and dated is not None:  # none, the
            # release's, or "On the following day, ... the summit in June": the day it opens
            came = _CAME_DAY.search(text)
            shift = (-1 if came["rel"].lower() == "after" else 1) if came else \
                0 if _SAME_DAY.search(text) else 1 if NEXT_DAY.search(text) else \
                -1 if _DAY_BEFORE.search(text) else None
            if shift is not None:
                day = dt.date.fromisoformat(dated) + dt.timedelta(days=shift)
                ev.date = DateMention(0, 0, day.isoformat())
                if ev.place_id is None and not VIRTUAL.search(text):
                    other_day = _mayors_city(ctx, ctx.sentences[ev.sentence]) if shift else None
                    ev.place_id = other_day or ctx_place_of(ctx, dated)
        if ev.date is not None and len(ev.date.value) == 10 and \
                not (ev.mechanism is not None and ev.mechanism.venue_only):
            dated = ev.date.value  # the occasion told, not the forum it sat within


_WEEKDAY_WORD = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)


def _weekday_told(ctx: Context, date: DateMention) -> bool:
    """"The following day and on Saturday, the seminar ...": a weekday after the relative
    day is the occasion's last day, guessed from the release's date; the opening phrase
    counts from the occasion told before."""
    return date.end > date.start and bool(_WEEKDAY_WORD.fullmatch(ctx.text[date.start:date.end]))


def _mayors_city(ctx: Context, sent) -> str | None:
    """"The next day the Governor held talks with Mayor of Busan X": another day, in the
    city whose mayor received him."""
    for m in re.finditer(r"\b[Mm]ayor\s+of\s+(?:the\s+[Cc]ity\s+of\s+)?", sent.text):
        at = sent.start + m.end()
        hit = next((h for h in ctx.places_in(at, sent.end) if h.start == at), None)
        if hit is not None:
            return hit.id
    return None


_RUNS = re.compile(r"\b(?:which|that)\s+(?:runs|ran|is held|was held|is being held|"
                   r"takes place|took place|is taking place)\s+", re.I)


def span_told_aside(ctx: Context) -> None:
    """"Also at the forum, which runs from September 4 to 6, ...": a channel named again in
    short, with the span it runs, dates the round of it told without a day."""
    for m in ctx.mechanisms:
        told = [e for e in ctx.events if e.mechanism is not None and e.mechanism.iri == m.iri
                and e.ordinal is not None]
        aside = _RUNS.match(ctx.text, m.span[1] + 2) if told else None
        if aside is None:
            continue
        sent = next(s for s in ctx.sentences if s.start <= m.span[0] < s.end)
        spans = [d for d in ctx.dates_in(sent) if d.start >= aside.end() and d.end_value]
        day = told[0].date
        if spans and (day is None or spans[0].value.startswith(day.value) or
                      spans[0].value <= day.value <= spans[0].end_value):
            told[0].date = spans[0]


def range_told_after(ctx: Context) -> None:
    """"joined the 11th forum's youth session ... The forum brought together 300 people on
    Oct. 26-27": a round dated by a day within it is dated by its whole span told next."""
    for ev in ctx.events:
        if ev.mechanism is None or ev.date is None or len(ev.date.value) != 10:
            continue
        for sent in ctx.sentences[ev.sentence + 1 : ev.sentence + 2]:
            if not any(m.iri == ev.mechanism.iri and sent.start <= m.span[0] < sent.end
                       for m in ctx.mechanisms):
                continue
            for d in ctx.dates_in(sent):
                if d.end_value and d.value < ev.date.value <= d.end_value:
                    ev.date = d


_SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines|margins?) of\b", re.I)
_WHILE_THERE = re.compile(r"\W*(?:\d+\.\s*)?(?:while in|during (?:his|her|the|their) "
                          r"(?:stay|visit|trip))\b", re.I)
#: "Prior to the talks, X met the Ambassador": the same day and place as the talks
_AROUND_MAIN = re.compile(r"\W*(?:Prior\s+to|Before|Ahead\s+of|After|Following)\s+the\s+"
                          r"(?:talks|meeting|session|negotiations|consultations)\s*,", re.I)


def home_venues(ctx: Context) -> None:
    """A forum that never moves ("the 23rd St. Petersburg International Economic Forum") is
    where it always is, unless the text holds it online."""
    homes = {entity_iri("mechanism", key): rec.extra.get("held_in")
             for key, rec in ctx.lex.mechanisms.items() if rec.extra.get("held_in")}
    for ev in ctx.events:
        if ev.mechanism is not None and ev.place_id is None and ev.mechanism.iri in homes \
                and not VIRTUAL.search(ctx.sentences[ev.sentence].text):
            ev.place_id = homes[ev.mechanism.iri]


def borrowed_settings(ctx: Context) -> None:
    """Talks "on the sidelines of the forum" are where the forum is; what an official does
    "while in Khabarovsk" happens during the stay told before."""
    home_venues(ctx)
    for ev in ctx.events:
        sent = ctx.sentences[ev.sentence]
        if ev.mechanism is not None:
            _hosted_channel(ctx, ev, sent)
            continue
        host = None
        if _SIDELINES.search(sent.text):
            named = {m.iri for m in ctx.mechanisms if sent.start <= m.span[0] < sent.end}
            host = next((e for e in ctx.events if e.mechanism and e.mechanism.iri in named
                         and e.place_id), None)
            beside = None if host is not None else occasion_beside(ctx, ev, sent)
            if beside is not None and ev.date is not None and ev.date.value == ctx.doc_date:
                ev.date = None  # the release's own day, for want of the occasion's
            host = host or beside
        elif _WHILE_THERE.match(sent.text):
            earlier = [e for e in ctx.events if e.sentence < ev.sentence and e.date
                       and (ev.place_id is None or e.place_id == ev.place_id)]
            host = earlier[-1] if earlier else None
        elif ev.kind == KGO.Talks and ev.place_id is None and ev.date is None:
            host = _gathering(ctx, ev)
        prev = ctx.sentences[ev.sentence - 1].text if ev.sentence else ""
        signed_after = ev.kind == KGO.Signing and _AROUND_MAIN.match(prev) and "signed" in prev
        if (_AROUND_MAIN.match(sent.text) or signed_after) and main_event(ctx) not in (None, ev):
            host = _just_told(ctx, ev, sent) or main_event(ctx)
            if ev.date is not None and (not ev.date.end or not ctx.dates_in(sent)):
                ev.date = None  # the release's own day, or its stay's, for want of a better
        if host is not None:
            ev.place_id = ev.place_id or host.place_id
            ev.date = ev.date or _day_within(ctx, host.date)
            if host.kind == KGO.ForumRound and host is main_event(ctx):
                host.participants += [p for p in ev.participants if p not in host.participants]
        if ev.place_id is None and ev.date is not None and len(ev.date.value) == 10 \
                and not VIRTUAL.search(sent.text) and \
                not (ev.kind == KGO.Visit and _tour(ctx, ev)):  # a tour is in no one city
            ev.place_id = ctx_place_of(ctx, ev.date.value) or _arrived(ctx, ev.date.value) \
                or _day_before(ctx, ev) or _began_in(ctx, ev)
    _visit_city(ctx)


def _visit_city(ctx: Context) -> None:
    """"completed a visit to the Republic of Korea on October 14-16 ... the talks in A, the
    tour of a park in A": a stay whose every occasion was in one city was in that city."""
    for visit in ctx.events:
        if visit.kind != KGO.Visit or visit.place_id is not None or visit.date is None or \
                not visit.date.end_value:
            continue
        within = {e.place_id for e in ctx.events if e is not visit and e.date is not None
                  and visit.date.value <= e.date.value[:10] <= visit.date.end_value}
        if len(within) == 1 and None not in within:
            visit.place_id = within.pop()


def _tour(ctx: Context, visit: Event) -> bool:
    """A visit of several days whose occasions are in more than one city."""
    if not visit.date.end_value:
        return False
    lo, hi = visit.date.value, visit.date.end_value
    cities = {e.place_id for e in ctx.events if e is not visit and e.place_id and e.date
              and len(e.date.value) == 10 and lo <= e.date.value <= hi}
    return len(cities) > 1


def _just_told(ctx: Context, ev: Event, sent) -> Event | None:
    """"The next day the Governor held talks with the Mayor. Following the talks, ...": the
    talks told, to the day, in the few sentences before, rather than the release's main
    occasion."""
    if not re.match(r"\W*(?:After|Following)\b", sent.text):
        return None
    told = [e for e in ctx.events if ev.sentence - 5 < e.sentence < ev.sentence and
            e.kind != KGO.Signing and not e.recalled and e.date is not None
            and len(e.date.value) == 10]  # talks told to the day, not a year recalled
    return told[-1] if told else None


_OPENED = re.compile(r"\W*The\s+(?:[\w-]+-day\s+)?(?:forum|meeting|session|conference|"
                     r"dialogue|exhibition|festival)\b[^.;]{0,40}?\b(?:opened|began|started|"
                     r"kicked off|got under ?way)\s+on\s+", re.I)


#: "More than 300 people attended the forum, which opened at the institute on October 25"
_WHICH_OPENED = re.compile(r"\b(?:forum|meeting|session|conference|dialogue|exhibition|"
                           r"festival|fair)\b,?\s+which\s+(?:opened|began|started|kicked\s+off)\b",
                           re.I)


def opening_day(ctx: Context) -> None:
    """"adopted a declaration on Oct. 14 at the fourth forum ... The two-day forum, which
    opened on Oct. 13": the round is dated by the day it opened."""
    main = main_event(ctx)
    if main is None or main.mechanism is None or main.date is None:
        return
    for sent in ctx.sentences[main.sentence + 1 : main.sentence + 3]:
        m = _OPENED.match(sent.text) or _WHICH_OPENED.search(sent.text)
        if m is None:
            continue
        at = sent.start + m.end()
        day = next((d for d in ctx.dates_in(sent) if at <= d.start <= at + 80 and
                    d.precision == "day"), None)
        if day is not None and day.value[:7] == main.date.value[:7] and day.value < \
                main.date.value:
            main.date = day
        return


_NTH_DAY = re.compile(r"\W*(?:On|During)\s+the\s+(?P<n>opening|first|second|third|fourth)\s+day"
                     r"(?:\s+of\s+the\s+(?:fair|forum|exhibition|expo|show|festival|event))?"
                     r"\s*,", re.I)
_NTH = {"opening": 0, "first": 0, "second": 1, "third": 2, "fourth": 3}


def day_of_gathering(ctx: Context) -> None:
    """"On the opening day, X met Y": the day the fair or forum told before opened (or the
    one after it)."""
    import datetime as dt

    for ev in ctx.events:
        sent = ctx.sentences[ev.sentence]
        m = _NTH_DAY.match(sent.text)
        if m is None or ev.mechanism is not None or any(
                len(d.value) == 10 for d in ctx.dates_in(sent)):
            continue
        held = [e for e in ctx.events if e.sentence < ev.sentence and e.date is not None and
                len(e.date.value) == 10 and e.mechanism is not None and not e.recalled]
        if not held:
            continue
        first = dt.date.fromisoformat(held[-1].date.value)
        day = first + dt.timedelta(days=_NTH[m["n"].lower()])
        ev.date = DateMention(0, 0, day.isoformat())
        ev.place_id = ev.place_id or held[-1].place_id


def _gathering(ctx: Context, ev) -> Event | None:
    """Talks told, with no day or place of their own, after a forum round the release
    reports ("On the sidelines, the mayor and the governor discussed ..."): held there."""
    main = main_event(ctx)
    if main is None or main.kind != KGO.ForumRound or main.sentence >= ev.sentence or \
            main.place_id is None or NOT_PRESENT.search(ctx.sentences[main.sentence].text):
        return None
    return main


#: "... took place on 5 September as part of the programme of the Fifth EEF"
_HOSTING = re.compile(r"\b(?:(?:on|at) the (?:sidelines|margins?)|as part|(?:with)?in the "
                      r"framework) of\b", re.I)
_SIDELINES_OF_IT = re.compile(r"\b(?:on|at) the (?:sidelines|margins?) of the (?:session|"
                              r"meeting|forum|talks|conference|plenary)\b", re.I)


def _hosted_channel(ctx: Context, ev, sent) -> None:
    """"the Business Dialogue held on the sidelines of the fifth Eastern Economic Forum,
    which runs in Vladivostok": a channel's meeting held within another is where it is."""
    if ev.place_id is not None or VIRTUAL.search(sent.text):
        return
    main = main_event(ctx)
    if _SIDELINES_OF_IT.search(ctx.text, sent.start, ev.mechanism.span[0]) and \
            main is not ev and main.mechanism is not None and main.sentence < ev.sentence:
        ev.place_id = main.place_id  # "On the sidelines of the session, the first meeting
        return  # of the working group was held": where the session reported is
    end = ev.mechanism.span[1]
    after = _HOSTING.search(ctx.text, end, min(sent.end, end + 60)) or \
        _HOSTING.search(ctx.text, sent.start, ev.mechanism.span[0])  # "On 5 September, on
    # the sidelines of the EEF, held in A, X and Y held their third meeting"
    if after is None:
        return
    host = next((e for e in ctx.events if e.mechanism is not None and e is not ev
                 and e.sentence == ev.sentence and e.mechanism.venue_only), None)
    if host is None:
        return
    if host.place_id is None:  # "..., which runs in Vladivostok from September 4 to 6"
        found = venues(ctx, host.mechanism.span[1], sent.end)
        today = host.date is not None and ctx.doc_date is not None and \
            host.date.value[:7] == ctx.doc_date[:7]  # a forum under way where the news is filed
        host.place_id = found[0].id if found else ctx.dateline_place if today else None
    ev.place_id = host.place_id


def _day_within(ctx: Context, span: DateMention | None) -> DateMention | None:
    """Talks on the sidelines of a forum held "September 4-6", told in a release of
    September 5: the release's day, not the forum's first."""
    doc = ctx.doc_date
    if span is not None and span.end_value and doc and len(doc) == 10 and \
            span.value <= doc <= span.end_value:
        return DateMention(0, 0, doc)
    return span


_ARRIVED = re.compile(r"\barrived\s+in\s+", re.I)


def _arrived(ctx: Context, day: str) -> str | None:
    """"paying a visit to the Republic of Korea on November 18-21 ... He arrived in Seoul on
    Monday": a visit to a country begins in the city arrived in that day."""
    for sent in ctx.sentences:
        m = _ARRIVED.search(sent.text)
        if m is None:
            continue
        found = venues(ctx, sent.start + m.start(), sent.end)
        dates = [d.value for d in ctx.dates_in(sent)]
        when = weekday_date(ctx, sent.start, sent.end)
        if found and (day in dates or when is not None and when.value == day):
            return found[0].id
    return None


_BEGAN_IN = re.compile(r"\b(?:visit|trip|tour|programme|program)\s+(?:began|begins|started|"
                       r"starts|opened|continued|continues)\s+in\s+", re.I)


def _began_in(ctx: Context, ev: Event) -> str | None:
    """"The visit began in Busan. On Monday the governor met ...": the first occasion of a
    trip is where the sentence just before says the trip began."""
    if not ev.sentence:
        return None
    prev = ctx.sentences[ev.sentence - 1]
    m = _BEGAN_IN.search(prev.text)
    found = venues(ctx, prev.start + m.end(), prev.end) if m else []
    return found[0].id if found else None


def _day_before(ctx: Context, ev: Event) -> str | None:
    """"held the consultation in St. Petersburg on August 28 ... On August 29, Ambassador X
    visited the institute": the next day of the same people, where they were the day before."""
    import datetime as dt

    prev = (dt.date.fromisoformat(ev.date.value) - dt.timedelta(days=1)).isoformat()
    people = {p.iri for p in ev.participants}
    for other in ctx.events:
        if other is not ev and other.date is not None and other.date.value == prev and \
                other.place_id and people & {p.iri for p in other.participants}:
            return other.place_id
    return None


def ctx_place_of(ctx: Context, day: str) -> str | None:
    for ev in ctx.events:
        if ev.date is not None and ev.date.value == day and ev.place_id:
            return ev.place_id
    for ev in ctx.events:  # talks on a day of a stay or a forum told as "on 18-20 November"
        spans = ev.kind in (KGO.Visit, KGO.ForumRound) and ev.date is not None and \
            ev.date.end_value
        if spans and ev.place_id and ev.date.value <= day <= ev.date.end_value:
            return ev.place_id
    return None


_HELD_CONSULTATIONS = re.compile(r"\bheld\s+(?:(?:a|the|their|regular|bilateral)\s+)?"
                                 r"(?:(?:new|next|another|[a-z]+(?:st|nd|rd|th))\s+)?"
                                 r"(?:round\s+of\s+)?(?:[a-z-]+\s+){0,2}?consultations\b")


def consultations_channel(ctx: Context) -> None:
    """"Press release on Russian-Korean consultations on X ... Deputy Minister A held
    consultations in Moscow with B": the talks are a round of the one consultations channel
    the release names."""
    channels = {m.iri: m for m in ctx.mechanisms
                if m.head.startswith("consultation") and not m.venue_only}
    if len(channels) != 1:
        return
    channel = next(iter(channels.values()))
    for ev in ctx.events:
        if ev.mechanism is None and ev.kind == KGO.Talks and \
                _HELD_CONSULTATIONS.search(ctx.sentences[ev.sentence].text):
            ev.mechanism = channel
            ev.kind = KGO.Meeting

