"""A firm's plant in the other country: "LG Electronics operates a home appliance plant
in the Ruza district of Moscow Oblast", "its TV plant in Kaluga Oblast" (the release's
Korean firm), "the Hyundai Motor plant in St. Petersburg".

A plant that works already is no project when it is a firm's at home ("X operates a
biologics plant in Chuncheon" of a Korean firm); one a firm of one country runs in the
other is an investment across the border, which releases about Korea and Russia list as
the cooperation it is, in background paragraphs as much as in news of its building.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context

#: the two countries whose ties the releases are about
_SIDES = frozenset({"KR", "RU"})
#: an owner word that points back at a firm named before: "its TV plant"
_POINTS_BACK = re.compile(r"(?<![\w-])(?:its|their)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def abroad_plant(ctx: Context, m: re.Match[str], singular: str, end: int) -> bool:
    """A production head placed in one country (by the place after it or in its
    modifiers) whose owner (a firm named before it in the sentence, or the release's
    first firm for "its") is of the other."""
    if singular.split()[-1] not in pp.words("product-heads") or singular.split()[-1] in \
            ("complex", "facility"):
        return False
    place = _place(ctx, m, end)
    country = ctx.lex.place_country(place) if place else None
    if country not in _SIDES:
        return False
    owner = _owner(ctx, m)
    return owner in _SIDES and owner != country


def _place(ctx: Context, m: re.Match[str], end: int) -> str | None:
    tail = pp.TAIL.match(ctx.text, end)
    if tail and not tail.group("part"):
        hits = ctx.places_in(tail.start("loc"), tail.end("loc"))
        if hits:
            return hits[-1].id  # "in the Ruza district of Moscow Oblast": the region
    hits = ctx.places_in(m.start(), m.start("head"))
    return hits[-1].id if hits else None  # "Hyundai Motor's St. Petersburg plant"


def _owner(ctx: Context, m: re.Match[str]) -> str | None:
    """The country of the firm the plant is told of as belonging to: "its" points at the
    release's first firm; otherwise a firm named within a few words before the head."""
    sent = ctx.sentence_of(m.start())
    lo = sent.start if sent else max(0, m.start() - 200)
    if _POINTS_BACK.search(ctx.text[max(lo, m.start() - 40) : m.start("head")]):
        return _first_firm(ctx)
    # the firm right before: "LG Electronics operates a ... plant", "the Hyundai Motor plant";
    # not one far back in the sentence ("X expects to meet Y's engineers at the plant")
    hits = ctx.lex.org_matcher.find(ctx.text, max(lo, m.start("head") - 60), m.start("head"))
    for hit in reversed(hits):
        country = _firm_country(ctx, hit.id)
        if country:
            return country
    return None


def _first_firm(ctx: Context) -> str | None:
    """The country of the first firm the body names: the one the release is about."""
    for hit in ctx.lex.org_matcher.find(ctx.text, ctx.body_start, len(ctx.text)):
        country = _firm_country(ctx, hit.id)
        if country:
            return country
    return None


def _firm_country(ctx: Context, name: str) -> str | None:
    oid = ctx.lex.org_id_for(name)
    org = ctx.lex.orgs.get(oid) if oid else None
    return org.country if org and org.kind == "company" else None
