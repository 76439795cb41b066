"""Dates of a base told in brackets after a comparison.

"reached 318,400, which is 47% more than a year earlier (216,600 in 2018)", "up 12% from
a year before (3.1 million in 2019)": the bracket restates the base the change is measured
against, with its own year; that year is the base's, not the date of the figure before it.
"""

from __future__ import annotations

import re

#: a comparison, then a bracket that opens with the base figure and runs up to the date
_PAREN_BASE = re.compile(r"\b(?:than|from|compared\s+(?:with|to)|against|over|on)\b[^.;()]{0,30}"
                         r"\(\s*(?:about\s+|some\s+|around\s+)?(?:US\$|[$€₩])?\s*\d[\d,.]*"
                         r"(?:\s+[\w-]+){0,3}?\s+(?:in\s+)?$", re.I)


def paren_base(text: str, end: int, date_start: int) -> bool:
    """The date at ``date_start`` closes a bracketed base figure that the comparison after
    the figure ending at ``end`` points to."""
    return date_start > end and bool(_PAREN_BASE.search(text, end, date_start))
