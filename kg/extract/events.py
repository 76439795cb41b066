"""Events: numbered meetings of mechanisms, forum rounds, talks, visits.

An event is found where a mechanism is mentioned with an ordinal ("the 13th
meeting of ...") or with a verb of holding ("took place", "to be held"), or
where officials meet or visit. One sentence may hold several events
("took place in A in September 2018 and in B in September 2019"). Events of
one mechanism with the same ordinal, or compatible date and place, merge.
"""

from __future__ import annotations

import re

from rdflib import Literal

from kg.extract.context import Context, Event, MechanismMention
from kg.extract.dates import DateMention
from kg.extract.mechanisms import ORDINAL, ordinal_value
from kg.ids import entity_iri, release_id
from kg.namespaces import KGO, XSD

_HOLD = re.compile(
    r"\b(?:held|hold|holds|holding|took place|take place|takes place|taking place|convened|"
    r"opened|was inaugurated|were inaugurated|is underway|was underway|co-chaired|chaired|"
    r"hosted|will host|attended|attend|participated|kicked off|wrapped up|was launched|"
    r"organized|organised|met)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|to be held|is to be|are to be|is scheduled|scheduled|planned|"
                     r"plans? to|next|upcoming|would be held)\b", re.I)
_VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|video ?conference|videoconference|online|"
                      r"video link|teleconference)\b", re.I)
_MEET = re.compile(
    r"\b(?:met(?:\s+bilaterally)?\s+with|met|meets|will meet|held talks|holds talks|held a meeting|"
    r"had a meeting|held a summit|held summit talks|summit talks|paid a courtesy call|"
    r"called on|held a phone|had talks|held bilateral talks|held a bilateral meeting)\b"
)
_VISIT = re.compile(r"\b(?:visited|will visit|visits|is visiting|paid a visit to|"
                    r"on a visit to|an official visit to|a working visit to)\s+(?:the\s+)?")
_NOT_PRESENT = re.compile(r"\b(?:to be held|will be held|voiced hope|hoped|hopes|expects?|"
                          r"expected|next (?:meeting|session|round)|would be)\b", re.I)
_NOT_EVENT_DATE = re.compile(r"(?:ahead of|by|until|till|before|since|in the run-up to|marks?|"
                             r"anniversary|through)\s+(?:the\s+)?$", re.I)
_VENUE_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
                "special_self_governing_city", "krai", "oblast", "republic", "province",
                "special_self_governing_province", "county", "autonomous_okrug",
                "autonomous_oblast"}


_FOUNDING = re.compile(r"\b(?:launched|set up|established|founded|created|formed)\s+in\s+"
                       r"(?:\w+\s+)?\d{4}\b", re.I)
_BARE_ORDINAL = re.compile(rf"\bthe\s+(?P<o>{ORDINAL})\s+(?:meeting|session|round)\b"
                           r"(?!\s+of\b)", re.I)


def find_events(ctx: Context) -> None:
    primary = _primary_mechanism(ctx)
    for sent in ctx.sentences:
        mentions = [m for m in ctx.mechanisms if sent.start <= m.span[0] < sent.end]
        made = []
        if _FOUNDING.search(sent.text) and not re.search(r"\bheld\b", sent.text):
            mentions = []  # "launched in 2008": a founding date, not a meeting
        for mention in _dedupe(mentions):
            made.extend(_mechanism_events(ctx, sent, mention))
        if not made and primary is not None:
            made.extend(_bare_ordinal_events(ctx, sent, primary))
        if not made:
            made.extend(_meeting_events(ctx, sent))
        planned = bool(_NOT_PRESENT.search(sent.text))
        for ev in made:
            if not planned:
                ev.participants = [p for p in ctx.persons
                                   if any(sent.start <= s < sent.end for s, _ in p.spans)]
            _merge(ctx, ev)
    _relative_days(ctx)
    _lead_participants(ctx)
    if not ctx.events:
        _dateline_event(ctx)
    _attendees(ctx)
    _emit(ctx)


_ATTEND = re.compile(r"\b(?:took part|take part|taking part|attended|attend|participated|"
                     r"joined|co-chaired|led the|headed the|delegation|addressed|spoke at)\b", re.I)
_LEAD_VERB = re.compile(r"\b(?:agreed|signed|discussed|met|held|launched|opened|inked|"
                        r"reached|adopted)\b")


def _attendees(ctx: Context) -> None:
    """"From the Russian side, Governor X and Head Y took part": people at the main event."""
    if not ctx.events:
        return
    main = main_event(ctx)
    if _NOT_PRESENT.search(ctx.sentences[main.sentence].text):
        return
    for sent in ctx.sentences:
        if sent.start < ctx.body_start or not _ATTEND.search(sent.text):
            continue
        if any(e.sentence == sent.index for e in ctx.events if e is not main):
            continue
        if _NOT_PRESENT.search(sent.text):
            continue
        for person in ctx.persons:
            if person not in main.participants and any(
                    sent.start <= s < sent.end for s, _ in person.spans):
                main.participants.append(person)


def _dateline_event(ctx: Context) -> None:
    """A news item with no meeting named still reports one: where and when its dateline
    says, among the officials its lead sentence names."""
    if ctx.dateline_place is None or ctx.doc_date is None:
        return
    body = [s for s in ctx.sentences if s.start >= ctx.body_start][:2]
    for sent in body:
        people = [p for p in ctx.persons if any(sent.start <= a < sent.end for a, _ in p.spans)]
        if people and _LEAD_VERB.search(sent.text) and not _NOT_PRESENT.search(sent.text):
            ev = _event(ctx, None, None, DateMention(0, 0, ctx.doc_date), ctx.dateline_place,
                        (sent.start, sent.end), sent.index, KGO.Talks)
            ev.participants = people
            ctx.events.append(ev)
            return


_SAME_DAY = re.compile(r"\b(?:the same day|that day|later that day|that afternoon|"
                       r"that evening)\b", re.I)
_NEXT_DAY = re.compile(r"\b(?:the following day|the next day|the day after)\b", re.I)


def _relative_days(ctx: Context) -> None:
    """"Later that day he called on the Foreign Minister": the day of the meeting before."""
    import datetime as dt

    dated = None
    for ev in sorted(ctx.events, key=lambda e: e.sentence):
        text = ctx.sentences[ev.sentence].text
        if ev.date is None and dated is not None:
            shift = 0 if _SAME_DAY.search(text) else 1 if _NEXT_DAY.search(text) else None
            if shift is not None:
                day = dt.date.fromisoformat(dated) + dt.timedelta(days=shift)
                ev.date = DateMention(0, 0, day.isoformat())
                if ev.place_id is None:
                    ev.place_id = ctx_place_of(ctx, dated)
        if ev.date is not None and len(ev.date.value) == 10:
            dated = ev.date.value


def ctx_place_of(ctx: Context, day: str) -> str | None:
    for ev in ctx.events:
        if ev.date is not None and ev.date.value == day and ev.place_id:
            return ev.place_id
    return None


_PLURAL_REF = re.compile(r"\b(?:the two|both|co-chaired by|co-chairs|the two sides|"
                         r"the ministers|the vice ministers)\b", re.I)


def _lead_participants(ctx: Context) -> None:
    """News leads name the officials first and the meeting one sentence later
    ("... agreed Thursday." / "The agreement came at the 18th meeting ...")."""
    main = _first_numbered(ctx)
    if main is None or len(main.participants) >= 2:
        return
    sent = ctx.sentences[main.sentence]
    if main.participants and not _PLURAL_REF.search(sent.text):
        return
    for earlier in ctx.sentences[: main.sentence + 1]:
        if earlier.start < ctx.body_start or _NOT_PRESENT.search(earlier.text):
            continue
        if not (_HOLD.search(earlier.text) or _MEET.search(earlier.text)
                or re.search(r"\b(?:agreed|discussed|co-chaired)\b", earlier.text)):
            continue
        for person in ctx.persons:
            if person not in main.participants and any(
                    earlier.start <= s < earlier.end for s, _ in person.spans):
                main.participants.append(person)


def _primary_mechanism(ctx: Context) -> MechanismMention | None:
    """The release's own channel: the first mechanism named with an ordinal, else the first."""
    for m in ctx.mechanisms:
        before = ctx.text[max(0, m.span[0] - 40) : m.span[0]]
        if re.search(rf"(?:{ORDINAL})\s+(?:meeting|session|round)?\s*(?:of\s+)?(?:the\s+)?$",
                     before, re.I):
            return m
    return ctx.mechanisms[0] if ctx.mechanisms else None


def _bare_ordinal_events(ctx: Context, sent, primary: MechanismMention) -> list[Event]:
    """"the ninth meeting, held in Seoul last year": a meeting of the release's own channel."""
    m = _BARE_ORDINAL.search(ctx.text, sent.start, sent.end)
    if m is None:
        return []
    ordinal = ordinal_value(m.group("o"))
    pairs = _venue_date_pairs(ctx, sent, m.end())
    kind = KGO.ForumRound if primary.head.endswith("forum") else KGO.Meeting
    return [_event(ctx, primary, ordinal, d, p, (m.start(), m.end()), sent.index, kind)
            for p, d in (pairs or [(None, None)])]


def _dedupe(mentions: list[MechanismMention]) -> list[MechanismMention]:
    seen, out = set(), []
    for m in mentions:
        if m.iri not in seen:
            seen.add(m.iri)
            out.append(m)
    return out


def _mechanism_events(ctx: Context, sent, mention: MechanismMention) -> list[Event]:
    text = ctx.text
    s, e = mention.span
    before = text[max(sent.start, s - 80) : s]
    after = text[e : min(sent.end, e + 60)]
    ordinal = None
    m = re.search(rf"\b(?:the\s+)?(?P<o>{ORDINAL})\s+(?:(?:meeting|session|round|edition|"
                  rf"plenary session|meeting of the|round of the)\s+(?:of\s+)?(?:the\s+)?)?$",
                  before, re.I)
    if m:
        ordinal = ordinal_value(m.group("o"))
    else:
        m2 = re.match(rf"(?:'s|’s)?\s*(?:holds?|held|convened|opened)?\s*(?:its|their)?\s*"
                      rf"(?P<o>{ORDINAL})\s+(?:meeting|session|round)", after, re.I)
        if m2:
            ordinal = ordinal_value(m2.group("o"))
    sentence_text = text[sent.start : sent.end]
    sidelines = re.search(r"sidelines of\s+(?:the\s+)?(?:\S+\s+){0,3}$", before)
    if sidelines and ordinal is None:
        return []
    if ordinal is None and not _HOLD.search(sentence_text):
        return []
    if re.search(r"\bnext\s+(?:meeting|session|round)\b", before, re.I) and ordinal is None:
        pass
    kind = KGO.ForumRound if mention.head.endswith("forum") else KGO.Meeting
    pairs = _venue_date_pairs(ctx, sent, e if ordinal is None else sent.start)
    virtual = bool(_VIRTUAL.search(sentence_text))
    events = []
    for place_id, date in pairs or [(None, None)]:
        events.append(_event(ctx, mention, ordinal, date, None if virtual else place_id,
                             (s, e), sent.index, kind))
    return events


def _event(ctx, mention, ordinal, date, place_id, span, sent_index, kind) -> Event:
    return Event(iri=None, mechanism=mention, ordinal=ordinal, date=date, place_id=place_id,
                 span=span, sentence=sent_index, kind=kind)


def _venues(ctx: Context, start: int, end: int) -> list:
    out = []
    for hit in ctx.places_in(start, end):
        if ctx.inside_name(hit.start, hit.end):
            continue
        rec = ctx.lex.places.get(hit.id)
        if rec is not None and rec.kind not in _VENUE_KINDS:
            continue
        before = ctx.text[max(0, hit.start - 16) : hit.start]
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:city of\s+)?$", before):
            out.append(hit)
    return out


def _event_dates(ctx: Context, sent) -> list[DateMention]:
    out = []
    for d in ctx.dates_in(sent):
        if _NOT_EVENT_DATE.search(ctx.text[max(sent.start, d.start - 25) : d.start]):
            continue
        if re.match(r"\s*(?:percent|per cent|%|won|dollars|tons)", ctx.text[d.end : d.end + 10]):
            continue
        out.append(d)
    return out


def _venue_date_pairs(ctx: Context, sent, from_pos: int):
    venues = [v for v in _venues(ctx, sent.start, sent.end)]
    dates = _event_dates(ctx, sent)
    if len(venues) >= 2 and len(dates) >= 2:
        pairs = []
        for v in venues:
            following = [d for d in dates if d.start > v.end]
            pairs.append((v.id, following[0] if following else None))
        return pairs
    venue = venues[0].id if venues else None
    date = dates[0] if dates else None
    if venue is None and date is None:
        return []
    return [(venue, date)]


def _meeting_events(ctx: Context, sent) -> list[Event]:
    text = ctx.text[sent.start : sent.end]
    persons = [p for p in ctx.persons if any(sent.start <= s < sent.end for s, _ in p.spans)]
    meet = _MEET.search(text)
    visit = _VISIT.search(text)
    if not persons or not (meet or visit):
        return []
    kind = KGO.Talks
    if re.search(r"\bsummit\b", text, re.I):
        kind = KGO.Summit
    elif visit and not meet:
        kind = KGO.Visit
    pairs = _venue_date_pairs(ctx, sent, sent.start)
    venue, date = pairs[0] if pairs else (None, None)
    if visit and venue is None:
        after = ctx.places_in(sent.start + visit.end(), sent.end)
        venue = after[0].id if after else None
    if _VIRTUAL.search(text):
        venue = None
    trigger = meet or visit
    span = (sent.start + trigger.start(), sent.start + trigger.end())
    return [_event(ctx, None, None, date, venue, span, sent.index, kind)]


def _merge(ctx: Context, ev: Event) -> None:
    for old in ctx.events:
        if not _same_mechanism(old, ev):
            continue
        if old.mechanism is None and old.sentence != ev.sentence:
            continue
        if old.ordinal is not None and ev.ordinal is not None and old.ordinal != ev.ordinal:
            continue
        if old.ordinal is None and ev.ordinal is None or old.ordinal is None or ev.ordinal is None:
            if not _compatible(old, ev):
                continue
        old.ordinal = old.ordinal or ev.ordinal
        old.date = _finer(old.date, ev.date)
        old.place_id = old.place_id or ev.place_id
        old.participants += [p for p in ev.participants if p not in old.participants]
        return
    ctx.events.append(ev)


def _same_mechanism(a: Event, b: Event) -> bool:
    if a.mechanism is None or b.mechanism is None:
        return a.mechanism is None and b.mechanism is None
    return a.mechanism.iri == b.mechanism.iri


def _compatible(a: Event, b: Event) -> bool:
    if a.date and b.date and not (a.date.value.startswith(b.date.value)
                                  or b.date.value.startswith(a.date.value)):
        return False
    return not (a.place_id and b.place_id and a.place_id != b.place_id)


def _finer(a: DateMention | None, b: DateMention | None) -> DateMention | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if len(b.value) > len(a.value) and b.value.startswith(a.value) else a


def _emit(ctx: Context) -> None:
    from kg.extract.places import declare_place

    main = _first_numbered(ctx)
    for ev in ctx.events:
        if ev.date is None and ctx.doc_date and (ev.mechanism is None or ev is main):
            ev.date = DateMention(0, 0, ctx.doc_date)
        virtual = _VIRTUAL.search(ctx.sentences[ev.sentence].text)
        if ev is main and ev.place_id is None and ctx.dateline_place and not virtual:
            ev.place_id = ctx.dateline_place  # a news item reports from where it happened
        mech_key = str(ev.mechanism.iri) if ev.mechanism else release_id(ctx.out.source_key)
        key = f"{mech_key} {ev.ordinal or ''} {ev.date.value if ev.date else ''} " \
              f"{ev.place_id or ''} {'' if ev.mechanism else ev.span[0]}"
        ev.iri = entity_iri("event", key)
        label = _label(ctx, ev)
        ctx.out.entity("event", key, KGO.Event, label, ev.span)
        out = ctx.out
        out.add(ev.iri, KGO.eventKind, ev.kind, ev.span)
        if ev.mechanism:
            out.add(ev.iri, KGO.ofMechanism, ev.mechanism.iri, ev.span)
        if ev.ordinal:
            out.add(ev.iri, KGO.ordinal, Literal(ev.ordinal), ev.span)
        if ev.date:
            out.add(ev.iri, KGO.date, _date_literal(ev.date.value), _span(ev.date) or ev.span)
            if ev.date.end_value:
                out.add(ev.iri, KGO.endDate, _date_literal(ev.date.end_value), _span(ev.date))
            if ctx.doc_date and ev.date.value > ctx.doc_date:
                out.add(ev.iri, KGO.planned, Literal(True))
        if ev.place_id:
            out.add(ev.iri, KGO.place, declare_place(ctx, ev.place_id, None, mention=False),
                    ev.span)
        for person in ev.participants:
            out.add(ev.iri, KGO.participant, person.iri, person.spans[0])


def main_event(ctx: Context) -> Event | None:
    """The meeting a release is about: the earliest one it reports as held (a numbered
    meeting first when one sentence holds several), else the first."""
    if not ctx.events:
        return None
    held = [e for e in ctx.events if not _NOT_PRESENT.search(ctx.sentences[e.sentence].text)]
    if not held:
        return ctx.events[0]
    return min(held, key=lambda e: (e.sentence, e.ordinal is None))


def _first_numbered(ctx: Context) -> Event | None:
    numbered = [e for e in ctx.events if e.mechanism is not None and e.ordinal is not None]
    return numbered[0] if numbered else None


def _span(d: DateMention):
    return (d.start, d.end) if d.end > d.start else None


def _date_literal(value: str) -> Literal:
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=dtype)


def _label(ctx: Context, ev: Event) -> str:
    parts = []
    if ev.ordinal:
        parts.append(_ordinal_text(ev.ordinal) + " meeting of the")
    if ev.mechanism:
        parts.append(ev.mechanism.name)
    else:
        names = " and ".join(p.name for p in ev.participants[:2])
        parts.append({str(KGO.Visit): "Visit", str(KGO.Summit): "Summit"}.get(str(ev.kind), "Talks")
                     + (f" ({names})" if names else ""))
    if ev.place_id:
        parts.append("in " + ctx.lex.place_name(ev.place_id))
    if ev.date:
        parts.append(ev.date.value)
    return " ".join(parts)


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
