"""Agreements: declarations, joint statements, agreements, memoranda, with the
date and place they were signed or adopted."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.ids import entity_iri
from kg.namespaces import KGO

_KINDS = (r"[Mm]emorand(?:um|a) of [Uu]nderstanding|MOUs?|MoUs?|[Mm]emorand(?:um|a)|"
          r"[Jj]oint [Ss]tatement|[Jj]oint [Dd]eclaration|[Dd]eclaration|[Aa]greements?|"
          r"[Pp]rotocol|[Aa]ction [Pp]lan|[Rr]oadmap|[Tt]reaty|[Cc]ontracts?|[Aa]ccord")
_SIGN = re.compile(
    rf"\b(?:signed|adopted|concluded|inked|exchanged|issued|sign|adopt|conclude|signing of|"
    rf"adoption of|conclusion of)\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|several\s+|"
    rf"\d+\s+)?(?:(?:[\w-]+\s+){{0,3}}?)(?P<name>(?:{_KINDS})"
    rf"(?:\s+(?:on|for|to|concerning|regarding|in)\s+.+?)?)"
    rf"(?=,|;|\.(?:\s|$)|\s+(?:in|at)\s+(?:the\s+)?[A-Z]|\s+on\s+(?:[A-Z][a-z]+\s+\d|the\s+sidelines)|"
    rf"\s+during|\s+with\s|\s+which|\s+that\s|\s+between|\s+and\s+(?:agreed|discussed|"
    rf"held|decided)|$)",
)
_NAMED = re.compile(
    r"(?<![\w-])(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}(?:Declaration|Joint Statement|"
    r"Agreement|Treaty|Accord|Memorandum|Protocol|Action Plan|Roadmap)"
    r"(?:\s+(?:on|for)\s+(?:[A-Z][\w'’-]*|and|the|of)(?:\s+(?:[A-Z][\w'’-]*|and|the|of))*)?)"
)


def find_agreements(ctx: Context) -> None:
    found: list[tuple[int, int]] = []
    for sent in ctx.sentences:
        if sent.start < ctx.body_start:
            continue
        for m in _SIGN.finditer(ctx.text, sent.start, sent.end):
            _declare(ctx, sent, m.group("name"), m.start("name"), m.end("name"), found)
        for m in _NAMED.finditer(ctx.text, sent.start, sent.end):
            if any(s <= m.start("name") < e for s, e in found):
                continue
            name = m.group("name")
            if re.match(r"(?:Free|Trade|Korea-Russia Free)\b", name) and "Agreement" in name \
                    and not re.search(r"\b(?:signed|adopted|concluded)\b", sent.text):
                continue
            _declare(ctx, sent, name, m.start("name"), m.end("name"), found)


def _declare(ctx: Context, sent, name: str, start: int, end: int, found) -> None:
    name = " ".join(name.split()).strip(" ,")
    if len(name) < 3 or re.fullmatch(r"(?:agreements?|contracts?|MOUs?)", name, re.I):
        if not re.search(r"\b(?:signed|inked|concluded)\b", sent.text):
            return
    key = f"{ctx.out.source_key} {name.lower()}"
    iri = entity_iri("agreement", key)
    span = (start, end)
    ctx.out.entity("agreement", key, KGO.Agreement, name, span)
    ctx.name_spans.append(span)
    found.append(span)
    date, place = _when_where(ctx, sent)
    if date:
        from kg.extract.events import _date_literal

        ctx.out.add(iri, KGO.date, _date_literal(date), span)
    if place:
        ctx.out.add(iri, KGO.place, declare_place(ctx, place, None, mention=False), span)


def _when_where(ctx: Context, sent):
    from kg.extract.events import _event_dates, _venues

    dates = _event_dates(ctx, sent)
    venues = _venues(ctx, sent.start, sent.end)
    date = dates[0].value if dates else None
    place = venues[0].id if venues else None
    here = [e for e in ctx.events if e.sentence == sent.index]
    pool = here or [e for e in ctx.events if e.mechanism is not None and e.ordinal] or ctx.events
    if pool and (date is None or place is None):
        ev = pool[0]
        date = date or (ev.date.value if ev.date else None)
        place = place or ev.place_id
    if date is None and ctx.doc_date:
        date = ctx.doc_date
    return date, place
