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
        rf"(?P<action>(?:modernisation|modernization|expansion|reconstruction)\s+of\s+"
        rf"(?:the\s+)?)?"
        rf"(?P<name>{mods}(?:{heads})s?)(?P<place>\s+(?:in|at|on|near|of)\s+(?:the\s+)?"
        rf"(?:(?:port|city|town|village|area|region)\s+of\s+)?"
        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s+(?:airport|port))?)?(?![\w-])"
    )


_WEAK_MODS = re.compile(r"^(?:the|a|an|this|that|its|their|new|large|major|joint|such|"
                        r"other|various|existing|successful|representative|to|of|and|for)\s+",
                        re.I)


def find_projects(ctx: Context) -> None:
    """Collect mentions first: a project named once with its place and once without is one."""
    find_named_projects(ctx)
    found: dict[str, tuple[str, str | None, tuple[int, int]]] = {}
    for m in _pattern().finditer(ctx.text, ctx.body_start):
        name = m.group("name")
        while _WEAK_MODS.match(name):
            name = _WEAK_MODS.sub("", name, count=1)
        if not m.group("lead") and not _project_context(ctx, m.start(), m.end()):
            continue
        if _in_name(ctx, m.start("name"), m.end("name")):
            continue
        place_id, place_text = _place(ctx, m)
        if place_id is None and " " not in name.strip():
            continue  # a bare "port" or "shipyard" is not a project
        key = name.lower()
        if m.group("action"):  # "modernisation of the port of Zarubino", as written
            end = m.end("place") if place_id else m.end("name")
            label = " ".join(ctx.text[m.start("action") : end].split())
        else:
            label = f"{name}{place_text}" if place_id else name
        span = (m.start("name"), m.end())
        if key not in found or (place_id and found[key][1] is None):
            found[key] = (label, place_id, span)
    for key, (label, place_id, span) in found.items():
        iri = entity_iri("project", f"{key} {place_id or ''}")
        ctx.out.entity("project", f"{key} {place_id or ''}", KGO.Project, label, span)
        if place_id:
            ctx.out.add(iri, KGO.locatedIn, declare_place(ctx, place_id, None, mention=False),
                        span)


#: named projects: "Arctic LNG 2", "Yamal LNG", "Rajin-Khasan logistics project",
#: "Sokcho-Zarubino-Vladivostok ferry route"
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+LNG(?:\s+\d+)?|"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+\s+(?:[a-z]+\s+){0,2}(?:project|route|link|corridor))(?![\w-])"
)


def find_named_projects(ctx: Context) -> None:
    for m in _NAMED.finditer(ctx.text, ctx.body_start):
        if _in_name(ctx, m.start(), m.end()):
            continue
        name = " ".join(m.group("name").split())
        if name.split()[0] in {"The", "A", "An", "This"}:
            continue
        key = name.lower()
        ctx.out.entity("project", f"{key} ", KGO.Project, name, (m.start(), m.end()))
        ctx.name_spans.append((m.start(), m.end()))


def _in_name(ctx: Context, start: int, end: int) -> bool:
    """Inside another name, or overlapping a policy ("advanced special economic zones").
    A body's name may be a project's ("the Zvezda shipyard")."""
    if ctx.inside_name(start, end):
        return True
    return any(h.start < end and start < h.end for h in ctx.lex.policy_matcher.find(
        ctx.text, max(0, start - 60), min(len(ctx.text), end + 60)))


def _place(ctx: Context, m: re.Match[str]) -> tuple[str | None, str]:
    if m.group("place"):
        hits = ctx.places_in(m.start("place"), m.end("place"))
        if hits:
            return hits[0].id, ctx.text[m.start("place") : hits[0].end]
    near = ctx.places_in(m.end(), m.end() + 40)
    if near and re.match(r"\s+(?:in|at)\s+(?:the\s+)?$", ctx.text[m.end() : near[0].start]):
        return near[0].id, ctx.text[m.end() : near[0].end]
    return None, ""


def _project_context(ctx: Context, start: int, end: int) -> bool:
    """Bare head nouns count only where the text speaks of projects or building."""
    window = ctx.text[max(0, start - 120) : min(len(ctx.text), end + 60)]
    return bool(re.search(r"\b(?:project|projects|construction|build|building|establish|"
                          r"inroads|investment in|invest in|develop|modernization|"
                          r"modernisation|order|orders|launch)\b", window, re.I))
