"""Ministries named by their portfolio: "the Russian Energy Ministry", "the trade ministry",
"Seoul's oceans ministry". Each is the body the titles table gives a minister of that
portfolio and state ("Energy Minister" of Russia -> "Ministry of Energy"), so one body is one
row whichever way the release words it.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context

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
