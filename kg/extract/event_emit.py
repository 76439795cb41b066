"""Events into the graph: one node per occasion, with the release's day and dateline
filling what a news item leaves implied.

An occasion of no channel told without a date is the release's own day's (or, told as
to come, its year's); the main occasion, told without a place, is where the dateline
says the item was filed, unless it was held online.
"""

from __future__ import annotations

import re

from rdflib import Literal

from kg.extract.context import Context
from kg.extract.dates import DateMention
from kg.extract.event_booths import lead_gathering_place
from kg.extract.event_cities import city_over_region
from kg.extract.event_cues import FUTURE, NOT_PRESENT, VIRTUAL, first_numbered, main_event
from kg.extract.event_fallbacks import (
    day_gap,
    fill_date,
    fill_place,
    same_day_told,
    weekday_year,
)
from kg.extract.event_labels import event_label
from kg.extract.event_settings import ctx_place_of
from kg.ids import entity_iri, release_id
from kg.namespaces import KGO, XSD


def emit_events(ctx: Context) -> None:
    """Each event told, with the settings a news item implies: the release's day for its
    main occasion, the dateline's city for what happened where it was filed."""
    from kg.extract.places import declare_place

    main, told = first_numbered(ctx), main_event(ctx)
    for ev in ctx.events:
        ev.date = same_day_told(ctx, ev)  # "On the same day, X signed ..."
        if ev.date is None and ctx.doc_date and (ev.mechanism is None or ev is main):
            ahead = NOT_PRESENT.search(ctx.sentences[ev.sentence].text)
            # "will be held this autumn": this year, not the day of the release
            ev.date = DateMention(0, 0, ctx.doc_date[:4] if ahead else ctx.doc_date)
        elif ev.date is None and ctx.year and FUTURE.search(ctx.sentences[ev.sentence].text):
            ev.date = DateMention(0, 0, str(ctx.year))  # "will meet in Seoul in the autumn"
        virtual = VIRTUAL.search(ctx.sentences[ev.sentence].text)
        today = ev.date is not None and ev.date.value == ctx.doc_date
        lead = told is not None and told.kind == KGO.Talks and ev.mechanism is None and (
            ev is told or ev.kind == KGO.Signing and ev.date == told.date) and not \
            re.search(r"\b(?:sidelines|margins)\s+of\b", ctx.sentences[told.sentence].text)
        if ev.place_id is None and ev.mechanism is None and not virtual:
            ev.place_id = _same_peoples_place(ctx, ev)
        if ev.place_id is None and ev.mechanism is None and not virtual:
            ev.place_id = lead_gathering_place(ctx, ev.sentence)  # "signed at the pavilion"
        tour = ev.kind == KGO.Visit and ev.date is not None and bool(ev.date.end_value)
        # "X said after talks with Y on Wednesday" (not abroad): where the item is filed
        if (ev is main or lead or today and ev.mechanism is None) and ev.place_id is None \
                and ctx.dateline_place and not virtual and not tour:  # "a visit to Korea from
            # 14 to 16 October" is not where the visitor's own office files from
            ev.place_id = ctx.dateline_place  # a news item reports from where it happened
        if today and ev.mechanism is None and ev.place_id is None and not virtual:
            ev.place_id = ctx_place_of(ctx, ev.date.value)  # where the day's visit was
        if ev.place_id is None and ev.mechanism is None and not virtual:
            ev.place_id = _visit_place(ctx, ev)  # "arrived in Tomsk on Tuesday for a three-day
            # visit ... today signed": within the visit, where it went
        if ev.place_id is None and not virtual and not tour and ctx.dateline_place and \
                _days_before(ev, ctx.doc_date) and not _told_abroad(ctx, ev):
            ev.place_id = ctx.dateline_place  # "BUSAN -- ... signed on Thursday": filed there
        told_date, told_place = ev.date is not None, ev.place_id is not None
        ev.date = weekday_year(ctx, fill_date(ctx, ev))  # the best the text supports
        ev.place_id = fill_place(ctx, ev, _told_abroad(ctx, ev))
        ev.place_id = city_over_region(ctx, ev.place_id)  # "in Primorye" of Vladivostok
        mech_key = str(ev.mechanism.iri) if ev.mechanism else release_id(ctx.out.source_key)
        key = f"{mech_key} {ev.ordinal or ''} {ev.date.value if ev.date else ''} " \
              f"{ev.place_id or ''} {'' if ev.mechanism else ev.span[0]}"
        ev.iri = entity_iri("event", key)
        label = event_label(ctx, ev)
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
            if not told_date:  # a reader can tell a guess from what the sentence says
                out.add(ev.iri, KGO.dateInferred, Literal(True))
        if ev.place_id:
            out.add(ev.iri, KGO.place, declare_place(ctx, ev.place_id, None, mention=False),
                    ev.span)
            if not told_place:
                out.add(ev.iri, KGO.placeInferred, Literal(True))
        for person in ev.participants:
            out.add(ev.iri, KGO.participant, person.iri, person.spans[0])


def _visit_place(ctx: Context, ev) -> str | None:
    """The place of the one visit told that began up to three days before ev's day."""
    if ev.kind == KGO.Visit or ev.date is None or len(ev.date.value) != 10:
        return None
    found = {v.place_id for v in ctx.events if v.kind == KGO.Visit and v.place_id and
             not v.recalled and v.date is not None and len(v.date.value) == 10 and
             0 <= day_gap(v.date.value, ev.date.value) <= 3}
    return found.pop() if len(found) == 1 else None


def _told_abroad(ctx: Context, ev) -> bool:
    """"met ... on the sidelines of the World Health Assembly in Geneva on Wednesday": a
    sentence that puts the day in a third country is not where a Seoul newswire files from."""
    text = ctx.sentences[ev.sentence].text
    if re.search(r"\b(?:sidelines|margins)\s+of\b", text):
        return True
    home = {"KR", "RU"}
    abroad = [h for h in ctx.lex.place_matcher.find(text)
              if (ctx.lex.place_country(h.id) or "KR") not in home]
    return bool(abroad) or any(h.id not in home for h in ctx.lex.country_matcher.find(text))


def _days_before(ev, doc_date: str | None) -> bool:
    """A day of the few before the release (a newswire files from where it happened)."""
    if ev.date is None or doc_date is None or len(ev.date.value) != 10 or len(doc_date) != 10:
        return False
    return 0 <= day_gap(ev.date.value, doc_date) <= 4


def _same_peoples_place(ctx: Context, ev) -> str | None:
    """"X held talks with Y at the ministry's Gwacheon complex. X and Y also signed an MOU":
    the same people on the same day, just told, are where they were, not at the dateline."""
    if ev.date is None or not ev.participants:
        return None
    for other in reversed(ctx.events):
        if other is ev or other.sentence > ev.sentence or other.sentence < ev.sentence - 2:
            continue
        if other.mechanism is None and other.place_id and other.date is not None and \
                other.date.value == ev.date.value and \
                set(map(id, other.participants)) & set(map(id, ev.participants)):
            return other.place_id
    return None


def _span(d: DateMention):
    return (d.start, d.end) if d.end > d.start else None


def _date_literal(value: str) -> Literal:
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=dtype)
