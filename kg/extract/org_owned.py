"""A unit a body owns, written with the owner's possessive.

"a senior researcher at KITA's Institute for International Trade", "Director of KHOA's
Hydrographic Survey Division": the holder's body is the unit; the owner is a known body or
one whose short name the release coins ("the Korea Forest Seed Institute (KFSI)").
"""

from __future__ import annotations

import re

from kg.extract import org_appositions, org_names
from kg.extract.context import Context, Span

#: "a senior researcher at KITA's Institute for International Trade": a unit of a known body
_OWNED_UNIT = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*)(?:'s|’s)\s+"
                         r"(?P<unit>[A-Z].*)$")


def title_clause(ctx: Context, span: Span) -> str:
    """The title as written, with an "at/of X's Unit" the title as found may stop short of."""
    m = re.compile(r"\s+(?:at|of)\s+[^,;()\n.]{2,90}").match(ctx.text, span[1])
    return ctx.text[span[0] : m.end() if m else span[1]]


def owned_unit(ctx: Context, title: str) -> str | None:
    """"researcher at KITA's Institute for International Trade": the unit, when its owner is
    a known body or one whose short name the release coins."""
    unit = _OWNED_UNIT.search(title)
    if unit and org_appositions.owner_country(ctx, unit.group("owner")) and \
            org_names.name_re().fullmatch(unit.group("unit")):
        return unit.group("unit")
    return None


def owner_of_unit(ctx: Context, title: str) -> str | None:
    """"KIOST's Ocean Circulation and Climate Research Center": the owner a unit's holder
    also belongs to, by its known name or the full name its coined short name stands for."""
    unit = _OWNED_UNIT.search(title)
    if unit is None or owned_unit(ctx, title) is None:
        return None
    owner = unit.group("owner")
    return owner if ctx.lex.org_ids_for(owner) else org_appositions.coined_full_name(ctx, owner)
