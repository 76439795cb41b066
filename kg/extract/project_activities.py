"""Projects named by an activity and where it happens: "the production of automotive
components in the X ASEZ", "the assembly of buses in Y".

An activity is a project only where it is placed (a city, a region or a special zone,
not a macro-region such as the Arctic: "production of LNG in the Arctic" is an
industry) and where the sentence speaks of projects (``cues`` of project_heads.txt,
which a list item borrows from the line that opens the list). The name keeps the
place tail, as releases and readers do.

One shape needs no place: a product with a proper name made by another country's
companies ("the production of the Russian X vaccine by South Korean pharmaceutical
companies") is licensed production, a cooperation project wherever it is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract import project_places as pplaces
from kg.extract.context import Context
from kg.extract.project_phrases import Mention

#: kinds of place too wide to locate one activity
_WIDE = frozenset({"macro_region", "federal_district"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    acts = "|".join(re.escape(a) for a in sorted(pp.words("activities"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:the\s+)?(?P<act>{acts})\s+of\s+"
        rf"(?P<obj>(?:(?!(?:{pp.STOP})\b)[a-z][\w-]*\s+){{0,3}}(?!(?:{pp.STOP})\b)[a-z][\w-]*)"
        r"(?=\s+(?:in|at|near)\s)", re.I)


@lru_cache(maxsize=1)
def _licensed() -> re.Pattern[str]:
    """"the production of the Russian Sputnik V vaccine by South Korean pharmaceutical
    companies": a named product of one country made by the other's companies."""
    acts = "|".join(re.escape(a) for a in sorted(pp.words("activities"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<act>{acts})\s+of\s+(?P<obj>(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,4}}"
        r"(?:[a-z][\w-]*\s+){0,2}?)by\s+(?P<by>(?:[A-Z][\w-]*\s+){1,2})(?:[a-z][\w-]*\s+){0,2}"
        r"(?:companies|firms|manufacturers|makers|producers|enterprises|plants)(?![\w-])", re.I)


def _licensed_production(ctx: Context, m: re.Match[str]) -> Mention | None:
    """A product named by a proper name (not only its country) made by companies of a
    country: a cooperation project even where no place is told."""
    obj = [w for w in m.group("obj").split() if w[:1].isupper()]
    makers = m.group("by").split()
    if not obj[0:1] or m.group("act")[:1].isupper() or \
            all(pp.is_owner(ctx.lex, w) for w in obj) or \
            not all(pp.is_owner(ctx.lex, w) or w in ("South", "North") for w in makers):
        return None
    label = " ".join(ctx.text[m.start("act") : m.end()].split())
    return Mention(label, "activity", m.group("act").lower(),
                   frozenset(w.lower() for w in obj), (m.start("act"), m.end()),
                   core=(m.start("act"), m.end("obj")))


#: "soybean and corn production in X and Y by Korean companies": the product before the
#: activity, the places, then whose companies carry it out
_PRODUCED_BY = re.compile(
    r"(?<![\w-])(?P<obj>[a-z][\w-]*(?:(?:,\s+|\s+and\s+)[a-z][\w-]*){0,3})\s+"
    r"(?P<act>production|processing|farming|cultivation|growing|manufacturing|assembly)\s+"
    r"(?P<where>(?:in|at)\s+[^.;:()]{2,90}?)\s+by\s+(?P<by>(?:[A-Z][\w-]*\s+){1,2}"
    r"(?:companies|firms|investors|producers|farmers|enterprises))(?![\w-])")


def _produced_by(ctx: Context, m: re.Match[str]) -> list[Mention]:
    """One project per place of an activity that another country's companies carry out,
    named without the places: "soybean and corn production by Korean companies"."""
    makers = m.group("by").split()[:-1]
    if not all(pp.is_owner(ctx.lex, w) or w in ("South", "North") for w in makers) or \
            m.group("obj").split()[0] in pp.words("weak-modifiers"):
        return []
    hits = [h for h in ctx.places_in(m.start("where"), m.end("where"))
            if getattr(ctx.lex.places.get(h.id), "kind", "") not in _WIDE]
    label = " ".join(f"{m.group('obj')} {m.group('act')} by {m.group('by')}".split())
    words = frozenset(m.group("obj").lower().replace(",", " ").split())
    return [Mention(label, "activity", m.group("act").lower(), words, (m.start(), m.end()),
                    h.id, True, core=(m.start(), m.end("act"))) for h in hits]


def activities(ctx: Context, has_cue: Callable[[object], bool]) -> list[Mention]:
    """Placed activities in sentences that speak of projects; products made under licence."""
    out = []
    for sent in ctx.sentences:
        if sent.end <= ctx.body_start:
            continue
        for m in _licensed().finditer(ctx.text, max(sent.start, ctx.body_start), sent.end):
            mention = _licensed_production(ctx, m)
            if mention:
                out.append(mention)
        for m in _PRODUCED_BY.finditer(ctx.text, max(sent.start, ctx.body_start), sent.end):
            out.extend(_produced_by(ctx, m))
        for m in _pattern().finditer(ctx.text, max(sent.start, ctx.body_start), sent.end):
            mention = _activity(ctx, m)
            if mention and has_cue(sent):
                out.append(mention)
    return out


def _activity(ctx: Context, m: re.Match[str]) -> Mention | None:
    tail = pp.TAIL.match(ctx.text, m.end())
    if tail is None or tail.group("part"):
        return None
    hits = [h for h in ctx.places_in(tail.start("loc"), tail.end("loc"))
            if not ctx.inside_name(h.start, h.end)
            and getattr(ctx.lex.places.get(h.id), "kind", "") not in _WIDE]
    zone = ctx.lex.policy_matcher.find(ctx.text, tail.start("loc"), tail.end("loc"))
    if hits:
        place = hits[0].id
    elif zone:
        place = pplaces.zone_region(ctx, m.start())
    else:
        return None
    label = " ".join(f"{m.group('act')} of {m.group('obj')} {tail.group('prep')} "
                     f"{tail.group('loc')}".split())
    start = m.start("act")
    return Mention(label[0].lower() + label[1:], "activity", m.group("act").lower(),
                   frozenset(m.group("obj").lower().split()), (start, tail.end()),
                   place, True, core=(start, m.end("obj")))
