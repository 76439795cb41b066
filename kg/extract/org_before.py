"""A body's name written right before a post, as newswires glue it on.

"... with Korea's Pan Ocean. ... and Pan Ocean Executive Vice President Kim Tae-won": a
name the release gives a body elsewhere, written whole right before the post, is the
holder's employer, though the name-finder, seeing the capitalised post run on after it,
did not count it as a name there.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context, Span

#: what may stand before the body's name: a clause's start, a list's "and", a verb's "by"
_OPENING = re.compile(r"(?:^|[\n.;:,(]\s*|\b(?:and|by|with|from|said|says|told)\s+|--\s+|—\s*)$")


def named_right_before(ctx: Context, span: Span) -> str | None:
    """The body whose name, as the release writes it elsewhere, stands right before the
    title: "Pan Ocean Executive Vice President", "Hanbit Logistics CEO"."""
    before = ctx.text[max(0, span[0] - 120) : span[0]]
    if not before.endswith(" "):
        return None
    best = None
    for f in org_names.mentions(ctx):
        if len(f.name) < 3 or not before.endswith(f" {f.name} ") and before != f"{f.name} ":
            continue
        lead = before[: len(before) - len(f.name) - 1]
        if _OPENING.search(lead) and (best is None or len(f.name) > len(best)):
            best = f.name
    return best
