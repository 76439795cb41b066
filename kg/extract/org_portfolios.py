"""Ministries named by their portfolio: "the Russian Energy Ministry", "the trade ministry",
"Seoul's oceans ministry". Each is the body the titles table gives a minister of that
portfolio and state ("Energy Minister" of Russia -> "Ministry of Energy"), so one body is one
row whichever way the release words it. The same goes the other way for titles: a "Vice
Defense Minister" belongs to the state's "Defense Ministry" the gazetteer knows, and a post
naming no body ("Chief Justice") to the one body post_bodies.tsv gives it in that state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import org_names
from kg.extract.context import Context
from kg.extract.lexicon import _data_rows

#: "the Russian Energy Ministry", "Seoul's oceans ministry": a ministry named by its portfolio
_PORTFOLIO = re.compile(r"^(?:(?P<adj>South\s+Korean|Korean|Russian)\s+)?(?P<x>[A-Za-z]+"
                        r"(?:\s+and\s+[A-Za-z]+)?)\s+[Mm]inistry$")


def portfolio_ministry(ctx: Context, name: str, country: str | None) -> tuple[str, str | None]:
    """"Energy Ministry" is the body the titles table gives an "Energy Minister" of that
    state: one body, whichever way the release words it."""
    m = _PORTFOLIO.match(name)
    if not m:
        return name, country
    country = {"Russian": "RU"}.get(m.group("adj") or "", "KR" if m.group("adj") else country)
    words = " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in m.group("x").split())
    title = f"{words} Minister"
    for c in (country or "", ""):
        org = ctx.lex.titles.implies.get((title, c))
        if org:
            return org, country
    return name, country


_LOWER_PORTFOLIO = re.compile(r"\b(?P<cue>[Tt]he|[A-Z][\w.]*(?:\s+Korea)?(?:'s|’s))\s+"
                              r"(?P<x>[a-z]+(?:\s+and\s+[a-z]+)?\s+ministry)\b")


def portfolio_mentions(ctx: Context) -> None:
    """"the trade ministry", "Russia's energy ministry": a ministry the titles table knows,
    of the state the possessor names (the publisher's when only "the" stands before it)."""
    for m in _LOWER_PORTFOLIO.finditer(ctx.text, ctx.body_start):
        cue = m.group("cue").replace("’", "'")
        country = org_names.home_country(ctx) if cue.lower() == "the" else \
            ctx.lex.demonyms.get(cue)
        if not country:
            continue
        name, _ = portfolio_ministry(ctx, m.group("x"), country)
        if name != m.group("x"):
            from kg.extract.orgs import declare_org

            declare_org(ctx, name, country, (m.start("x"), m.end("x")))


#: "Vice Defense Minister", "First Deputy Culture Minister": a rank, one portfolio, "Minister"
_RANKED_PORTFOLIO = re.compile(r"^(?:(?:First|Second|Senior)\s+)?(?:(?:Vice|Deputy)[\s-]+)?"
                               r"(?P<x>[A-Z][a-z]+)\s+Minister$")
#: "Sakhalin Oblast Health Minister": a region's minister of a portfolio
_REGION_PORTFOLIO = re.compile(r"^(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)\s+"
                               r"(?:(?:First\s+)?(?:Vice|Deputy)[\s-]+)?(?P<x>[A-Z][a-z]+)\s+"
                               r"Minister$")


def title_ministry(ctx: Context, title: str, country: str | None) -> str | None:
    """"Vice Defense Minister" of Korea heads a deputy office of the Ministry of National
    Defense: the state's ministry the gazetteer calls the "<portfolio> Ministry" (or "Ministry
    of <portfolio>"), so every portfolio the gazetteer knows needs no titles-table row. A
    region's minister ("Sakhalin Oblast Health Minister") belongs to that region's ministry of
    the portfolio, when the release names it; never to the federal one."""
    m = _RANKED_PORTFOLIO.match(title)
    if m and country and m.group("x") not in ("Prime", "State"):
        for form in (f"{m.group('x')} Ministry", f"Ministry of {m.group('x')}"):
            ref = ctx.lex.org_id_for(form, country)
            if ref and ctx.lex.orgs[ref].kind == "ministry":
                return ctx.lex.orgs[ref].name_en
        return None
    m = _REGION_PORTFOLIO.match(title)
    if m is None:
        return None
    region = [h for h in ctx.lex.place_matcher.find(m.group("region"))
              if h.start == 0 and h.end == len(m.group("region"))]
    if not region:
        return None
    for f in org_names.mentions(ctx):
        if f.name.startswith("Ministry") and re.search(rf"\b{m.group('x')}\b", f.name) and \
                any(h.id == region[0].id for h in ctx.lex.place_matcher.find(f.name)):
            return f.name
    return None


@lru_cache(maxsize=1)
def _post_bodies() -> dict[tuple[str, str], str]:
    """post_bodies.tsv: (post, state) -> the gazetteer name of the body the post heads."""
    return {(r["post"], r["country"]): r["org"] for r in _data_rows("post_bodies.tsv")}


_RANK = re.compile(r"^(?:(?:First|Second|Senior)\s+)?(?:(?:Vice|Deputy|Acting)[\s-]+)?")


def post_body(ctx: Context, title: str, country: str | None) -> str | None:
    """"Chief Justice Hwang" of Korea sits on the Supreme Court of Korea: a post that names no
    body, but whose state has one body for it, implies that body (post_bodies.tsv)."""
    if not country:
        return None
    for post in dict.fromkeys((title, _RANK.sub("", title))):
        org = _post_bodies().get((post, country))
        if org and ctx.lex.org_id_for(org, country):
            return org
    return None
