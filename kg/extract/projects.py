"""Concrete projects: "the project to establish an industrial complex in Primorsky
Krai", "Korean medical institutions' inroads into the international healthcare
zone in the Far East", "the Zvezda shipyard order"."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.ids import entity_iri
from kg.namespaces import KGO


@lru_cache(maxsize=1)
def _heads() -> list[str]:
    raw = resources.files("kg.data").joinpath("project_heads.txt").read_text("utf-8")
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(_heads(), key=len, reverse=True))
    mods = r"(?:(?:[A-Za-z][\w'’-]*)\s+){0,3}?"
    return re.compile(
        rf"(?:(?P<lead>project\s+to\s+(?:build|establish|construct|develop|create|set\s+up|launch|"
        rf"modernize|modernise|open)\s+(?:an?\s+|the\s+)?)|(?<=\ban\s)|(?<=\bthe\s)|"
        rf"(?<=\binto\s)|(?<=\bof\s)|(?<=\ba\s))"
        rf"(?P<name>{mods}(?:{heads})s?)(?P<place>\s+(?:in|at|on)\s+(?:the\s+)?"
        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?(?![\w-])"
    )


_WEAK_MODS = re.compile(r"^(?:the|a|an|this|that|its|their|new|large|major|joint|such|"
                        r"other|various|existing|successful|representative|to|of|and|for)\s+",
                        re.I)


def find_projects(ctx: Context) -> None:
    seen: dict[str, object] = {}
    for m in _pattern().finditer(ctx.text, ctx.body_start):
        name = m.group("name")
        while _WEAK_MODS.match(name):
            name = _WEAK_MODS.sub("", name, count=1)
        if not m.group("lead") and not _project_context(ctx, m.start(), m.end()):
            continue
        if ctx.inside_name(m.start("name"), m.end("name")):
            continue
        place_id = None
        if m.group("place"):
            hits = ctx.places_in(m.start("place"), m.end("place"))
            place_id = hits[0].id if hits else None
        if place_id is None:
            near = ctx.places_in(m.end(), m.end() + 40)
            if near and re.match(r"\s+(?:in|at)\s+(?:the\s+)?$",
                                 ctx.text[m.end():near[0].start]):
                place_id = near[0].id
        label = name if place_id is None else f"{name} in {ctx.lex.place_name(place_id)}"
        key = f"{name.lower()} {place_id or ''}"
        if name.lower() in (k.split(" ")[0] for k in seen):
            pass
        iri = entity_iri("project", key)
        span = (m.start("name"), m.end())
        ctx.out.entity("project", key, KGO.Project, label, span)
        if place_id:
            ctx.out.add(iri, KGO.locatedIn, declare_place(ctx, place_id, None, mention=False),
                        span)
        seen[key] = iri


def _project_context(ctx: Context, start: int, end: int) -> bool:
    """Bare head nouns count only where the text speaks of projects or building."""
    window = ctx.text[max(0, start - 120) : min(len(ctx.text), end + 60)]
    return bool(re.search(r"\b(?:project|projects|construction|build|building|establish|"
                          r"inroads|investment in|invest in|develop|modernization|"
                          r"modernisation|order|orders|launch)\b", window, re.I))
