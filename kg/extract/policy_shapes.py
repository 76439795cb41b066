"""Policies told by shapes the name-ending rules of policies.py do not reach.

- 'the Eurasian Economic Union technical regulation TR CU 009/2011 "On safety of perfumery
  and cosmetic products"': a technical regulation of the Customs Union (TR CU) or of the
  Eurasian Economic Union (TR EAEU) is named by its code; it binds the union's members, so
  no one country runs it.
- "the project had received the status of a priority investment project of Tver Region": a
  region's investor regime, named by the region it is of (a list of "priority investment
  projects" is a list of projects, no regime).
- "the Magadan special economic zone": a zone named after a place is run by the country
  that place lies in; "the Baikal Harbour special economic zone", named after no place the
  gazetteer knows, is Russia's: "special economic zone" is the name of Russia's regime
  (osobaya ekonomicheskaya zona), while Korea's zones are "free economic zones".
- "the Strategy for Socio-Economic Development of Altai Krai until 2025": a title whose
  subject is a place is run by the country that place lies in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.context import Context

#: "TR CU 009/2011", "TR EAEU 037/2016", "TR TS 021/2011"
_REGULATION = re.compile(r"(?<![\w-])TR\s+(?:CU|EAEU|TS)\s+\d{3}/\d{4}(?![\w/])")
#: "the status of a priority investment project of Tver Region"
_PRIORITY = re.compile(r"\b(?:status\s+of\s+(?:an?\s+)?|as\s+an?\s+)"
                       r"(?P<name>(?:regional\s+)?priority\s+investment\s+project\s+(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w-]+"
                       r"(?:\s+[A-Z][\w-]+)?(?:\s+(?:Region|Oblast|Krai|Territory|Republic))?))")

Declare = Callable[[Context, str, str, "str | None", tuple[int, int]], None]


def shaped_policies(ctx: Context, spans: list[tuple[int, int]], declare: Declare) -> None:
    """Technical regulations by their codes and regional priority-project regimes."""
    for m in _REGULATION.finditer(ctx.text, ctx.body_start):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            name = " ".join(m.group(0).split())
            declare(ctx, name.lower(), name, None, m.span())
            spans.append(m.span())
    for m in _PRIORITY.finditer(ctx.text, ctx.body_start):
        if any(s < m.end("name") and m.start("name") < e for s, e in spans):
            continue
        name = " ".join(m.group("name").split())
        declare(ctx, name.lower(), name, place_country(ctx, m.start("place"), m.end("place")),
                m.span("name"))
        spans.append(m.span("name"))


def place_country(ctx: Context, start: int, end: int) -> str | None:
    """The country of the place named first in ``start``..``end`` ("Magadan" in "the Magadan
    special economic zone")."""
    hits = [h for h in ctx.lex.place_matcher.find(ctx.text, start, end) if h.id in ctx.lex.places]
    return ctx.lex.places[hits[0].id].country if hits and hits[0].start == start else None


def inner_place_country(ctx: Context, start: int, end: int) -> str | None:
    """The one country of the places a title names as its subject ("Strategy for
    Socio-Economic Development of Altai Krai until 2025" is a Russian region's strategy)."""
    found = {ctx.lex.places[h.id].country for h in ctx.lex.place_matcher.find(ctx.text, start, end)
             if h.id in ctx.lex.places and h.end <= end}
    return found.pop() if len(found) == 1 and None not in found else None


#: "the Russian government's Smart City departmental project": the government whose it is
_GOVERNMENTS = re.compile(r"\b(?P<who>South\s+Korean|Korean|Russian)\s+(?:government|cabinet|"
                          r"administration)['’]s\s+$", re.I)


def government_of(ctx: Context, start: int) -> str | None:
    """The country whose government the name is told as belonging to, right before it."""
    m = _GOVERNMENTS.search(ctx.text, max(0, start - 40), start)
    if not m:
        return None
    return "RU" if m.group("who").lower() == "russian" else "KR"


def zone_regime_country(name: str) -> str | None:
    """Russia for a named "special economic zone" (written in lower case, the regime's kind);
    Korea calls its zones "free economic zones", whose country the text must tell."""
    return "RU" if name.endswith("special economic zone") else None
