"""Which part of a year a figure's clause names, and which year it is of.

"dropped 10.7 percent to $6.9 billion in 2020, as car shipments slumped in the first
half": the half belongs to the reason's clause, not to the figure. "In the fourth quarter
alone they jumped 27 percent", told in a January release: the quarter had not begun in the
release's year, so it is the year before's.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: ", as car shipments slumped in the first half": a clause giving the reason or the
#: circumstance of the figure, whose part of the year is its own, not the figure's
_REASON = re.compile(r"[,;]\s*(?:as|because|since|after|when|while|whereas|though|although|"
                     r"despite|amid)\b", re.I)
#: "is expected to grow in the second half": a coming part of the year is a plan's
_COMING = re.compile(r"\b(?:will|would|could|shall|expect\w*|plan\w*|aim\w*|forecast\w*|"
                     r"project(?:s|ed)|due\s+to|scheduled|set\s+to|to\s+be)\b", re.I)


def reason_after(ctx: Context, end: int, part: re.Match[str]) -> bool:
    """The part of the year lies after the figure, beyond a comma and a conjunction that
    opens a clause of its own."""
    return part.start() > end and bool(_REASON.search(ctx.text, end, part.start()))


def not_begun(ctx: Context, part: re.Match[str], cs: int, ce: int) -> bool:
    """A part of the release's year that had not begun when the release was dated, told of
    as done: the release looks back on the year before (a January release's "fourth
    quarter")."""
    doc = ctx.doc_date
    if not doc or len(doc) < 7 or _COMING.search(ctx.text, cs, ce):
        return False
    g = part.groupdict()
    if g.get("half"):
        first = 1 if g["half"].lower() == "first" else 7
    elif g.get("q"):
        first = 3 * ["first", "second", "third", "fourth"].index(g["q"].lower()) + 1
    else:
        first = 1
    return int(doc[:4]) == ctx.year and first > int(doc[5:7])
