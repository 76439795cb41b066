"""Agreements: declarations, joint statements, agreements, memoranda, with the
date and place they were signed or adopted.

A sentence that signs or adopts something ("signed", "were signed", "adopted")
may name several documents: "the minutes of the 18th meeting and an MOU on
...", "agreements on cooperation in the Arctic and on maritime transport",
"including an agreement on X, a memorandum on Y, and an action plan for Z".
Each becomes one agreement, named by its kind and what it is about.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.ids import entity_iri, release_id
from kg.namespaces import KGO

_KIND = (r"(?:[Mm]emorand(?:um|a) of [Uu]nderstanding|MOUs?|MoUs?|[Mm]emorand(?:um|a)|"
         r"[Jj]oint [Ss]tatement|[Jj]oint [Dd]eclaration|[Dd]eclaration|[Aa]greements?|"
         r"[Pp]rotocol|[Aa]ction [Pp]lan|[Rr]oadmap|[Tt]reaty|[Cc]ontracts?|[Aa]ccord|[Dd]eals?)")
_SIGNING = re.compile(r"\b(?:signed|sign|signing|adopted|adopt|adoption|concluded|inked|"
                      r"exchanged|endorsed)\b")
_COMPLEMENT = r"(?:on|for|between|with|by|to|concerning|regarding)"
_ITEM = re.compile(
    rf"(?<![\w-])(?:(?:an?|the|one|two|three|four|five|several|\d+)\s+)?"
    rf"(?P<mods>(?:[A-Z][\w'’-]*\s+){{0,5}})?(?P<kind>{_KIND})(?![\w-])"
    rf"(?P<comp>\s+{_COMPLEMENT}\s+[^,;]+?)?(?=,|;|\.(?:\s|$)|\s+(?:which|that|during|while)\s|$)"
)
#: where a document's name ends inside the raw complement
_CUT = re.compile(
    rf"\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_KIND}\b|\s+on\s+(?:[A-Z][a-z]+\.?\s+\d|"
    rf"the\s+sidelines|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    rf"\s+at\s+the\s+(?:ceremony|event|meeting|forum|talks|summit)|"
    rf"\s+and\s+(?:agreed|discussed|held|decided)\b|\s+(?:to|will|would)\s+(?!the\b)[a-z]+\b"
)
_VENUE_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
                "special_self_governing_city"}
_AND_ON = re.compile(r"\s+and\s+(?=on\s)")
_BARE = re.compile(rf"^(?:cooperation\s+)?{_KIND}$")


def find_agreements(ctx: Context) -> None:
    found: list[tuple[int, int]] = []
    for sent in ctx.sentences:
        if sent.start < ctx.body_start or not _SIGNING.search(sent.text):
            continue
        for m in _ITEM.finditer(ctx.text, sent.start, sent.end):
            if any(s <= m.start("kind") < e for s, e in found):
                continue
            for name, start, end in _names(ctx, m):
                _declare(ctx, sent, name, start, end, found)


def _trim(ctx: Context, start: int, end: int) -> int:
    """Where the complement stops: before the next document of a list, a date, a venue
    city ("in Vladivostok", but not "in the Arctic"), or a clause."""
    text = ctx.text[start:end]
    m = _CUT.search(text)
    stop = start + m.start() if m else end
    for hit in ctx.place_hits:
        if start <= hit.start < stop:
            rec = ctx.lex.places.get(hit.id)
            abroad = rec is None
            if (abroad or rec.kind in _VENUE_KINDS) and re.search(
                    r"\s(?:in|at)\s+(?:the\s+)?$", ctx.text[start:hit.start]):
                stop = start + re.search(r"\s(?:in|at)\s+(?:the\s+)?$",
                                         ctx.text[start:hit.start]).start()
                break
    return stop


def _names(ctx: Context, m: re.Match[str]):
    """One match may hold several documents: "agreements on X and on Y"."""
    kind = m.group("kind")
    mods = (m.group("mods") or "").strip()
    start = m.start("mods") if mods else m.start("kind")
    comp = ""
    if m.group("comp"):
        stop = _trim(ctx, m.start("comp"), m.end("comp"))
        comp = ctx.text[m.start("comp") : stop]
    end = m.start("comp") + len(comp) if comp else m.end("kind")
    if kind.lower().endswith(("agreements", "contracts", "deals")) and \
            comp.strip().startswith("with"):
        return  # "nine agreements with Korean companies": a count, not a document
    if not comp:
        if mods and kind[0].isupper():  # a named document: "the Vladivostok Declaration"
            yield f"{mods} {kind}", start, end
        return
    if _AND_ON.search(comp) and kind.lower().endswith(("agreements", "memoranda", "contracts")):
        single = kind[:-1] if kind.lower().endswith("s") else kind
        for part in _AND_ON.split(comp):
            yield f"{single} {part.strip()}", start, end
        return
    name = f"{mods} {kind}{comp}".strip() if mods and mods[0].isupper() else f"{kind}{comp}"
    yield name, start, end


def _declare(ctx: Context, sent, name: str, start: int, end: int, found) -> None:
    name = " ".join(name.split()).strip(" ,")
    if len(name) < 3 or _BARE.match(name):
        return
    if any(s <= start < e for s, e in ctx.name_spans if (s, e) != (start, end)):
        return
    key = f"{release_id(ctx.out.source_key)} {name.lower()}"
    iri = entity_iri("agreement", key)
    span = (start, end)
    ctx.out.entity("agreement", key, KGO.Agreement, name, span)
    ctx.name_spans.append(span)
    found.append(span)
    date, place = _when_where(ctx, sent, span)
    if date:
        from kg.extract.events import _date_literal

        ctx.out.add(iri, KGO.date, _date_literal(date), span)
    if place:
        ctx.out.add(iri, KGO.place, declare_place(ctx, place, None, mention=False), span)


def _when_where(ctx: Context, sent, span: tuple[int, int]):
    """The sentence's own date and venue; else its event's; else the release's main
    event; else the dateline. Places and meetings named inside the document's own name
    ("a project in Petropavlovsk-Kamchatsky") say nothing of where it was signed."""
    from kg.extract.events import _event_dates, _venues, main_event

    def outside(start: int) -> bool:
        return not span[0] <= start < span[1] + 25

    dates = [d for d in _event_dates(ctx, sent) if outside(d.start)]
    venues = [v for v in _venues(ctx, sent.start, sent.end) if outside(v.start)]
    date = dates[0].value if dates else None
    place = venues[0].id if venues else None
    here = [e for e in ctx.events if e.sentence == sent.index and outside(e.span[0])]
    for ev in here + [main_event(ctx)]:
        if ev is None:
            continue
        date = date or (ev.date.value if ev.date else None)
        place = place or ev.place_id
    return date or ctx.doc_date, place or ctx.dateline_place
