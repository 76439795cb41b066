"""A subsidiary named as its parent's name, a dash, and its own words.

"Inter RAO - Electric Generation, the generating arm of Inter RAO, ... general director of
Inter RAO - Electric Generation": a Russian group names its subsidiaries so; the whole is
one body, not the parent and a stray "Electric Generation". A release that means the
subsidiary writes the whole more than once (its opening and the signatory's title).
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.org_names import TOK, Found

#: " - Electric Generation", " – Far East Shipping": the subsidiary's own words after a dash
_DASHED_TAIL = re.compile(rf"\s[-–]\s(?P<own>{TOK}(?:\s+{TOK}){{0,2}})(?=[,.;:)]|\s+[a-z(]|\s*$)")


def dashed_names(ctx: Context) -> list[Found]:
    """Every "<known body> - <Own Words>" the release writes at least twice."""
    out: list[Found] = []
    for hit in ctx.lex.org_matcher.find(ctx.text, ctx.body_start):
        m = _DASHED_TAIL.match(ctx.text, hit.end)
        if m is None or _only_a_place(ctx, m.group("own")):
            continue
        name = ctx.text[hit.start : m.end()]
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text)) < 2:
            continue
        ids = ctx.lex.org_ids_for(hit.surface)
        countries = {ctx.lex.orgs[i].country for i in ids}
        country = next(iter(countries)) if len(countries) == 1 else None
        out.append(Found(name, hit.start, m.end(), country or None))
    return out


def _only_a_place(ctx: Context, words: str) -> bool:
    """"KOTRA - Moscow": a place after the dash says where, it names no subsidiary."""
    hits = ctx.lex.place_matcher.find(words) + ctx.lex.country_matcher.find(words)
    return any(h.start == 0 and h.end == len(words) for h in hits)


def inside_dashed(start: int, end: int, shaped: list[Found], text: str) -> bool:
    """A known body's name that opens a dashed subsidiary's name is only its start."""
    return any(f.start == start and f.end > end and _DASHED_TAIL.match(text, end) is not None
               for f in shaped)


def dashed_in_title(ctx: Context, span: tuple[int, int]) -> str | None:
    """"general director of Inter RAO - Electric Generation": the title ends with the
    subsidiary's whole name, not its parent's that opens it."""
    for f in dashed_names(ctx):
        if f.end == span[1] and span[0] < f.start and \
                re.search(r"\b(?:of|at)\s+(?:the\s+)?$", ctx.text[span[0] : f.start]):
            return f.name
    return None
