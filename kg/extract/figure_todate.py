"""Running totals of the release's year, and the same months a year back.

- "has so far won orders worth $5.7 billion this year", "exports year to date reached",
  "since the start of the year, 1,200 firms have applied": a total that runs from January
  to the release's own month, not over the release's whole year (which has not ended).
  "So far" alone ("has so far honoured 9,400 veterans") counts since ever, not this year.
- "In the same period last year, the group had won $6.1 billion", "up from $4.2 billion in
  the same months of 2018": the months of the running total just told, a year earlier,
  not the earlier year as a whole.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.dates import shift_years

#: the cue of a total still running in the release's year
_SO_FAR = re.compile(r"\b(?:year[- ]to[- ]date|YTD|since\s+the\s+(?:start|beginning)\s+of\s+"
                     r"(?:the|this)\s+year|(?:so|thus)\s+far\s+this\s+year|"
                     r"(?:so|thus)\s+far\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bthis\s+year|"
                     r"this\s+year\b[^.;]{0,20}?\b(?:so|thus)\s+far)\b", re.I)
#: "its annual target of $15.9 billion": a yearly amount, not part of the running total
_ANNUAL = re.compile(r"\b(?:annual|yearly|full-year)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?"
                     r"(?:about\s+|some\s+)?(?:US\$|[$€₩])?\s*$", re.I)
#: "in the same period last year", "the same months of 2018", "the same period a year ago"
_SAME_BACK = re.compile(r"\bthe\s+same\s+(?:period|months?|time)\s+(?:of\s+|in\s+)?"
                        r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|"
                        r"prior|preceding)\s+year|\d{4})\b", re.I)
#: an interval of months within one year: "2019-01/2019-08"
_MONTHS = re.compile(r"(\d{4})-\d\d/(\d{4})-\d\d")


def to_date(ctx: Context, cs: int, ce: int, start: int, period: str | None) -> str | None:
    """January to the release's month, for a figure of the release's year that its clause
    tells as a total so far; None otherwise."""
    if not ctx.year or period != str(ctx.year) or not ctx.doc_date or len(ctx.doc_date) < 7:
        return None
    if ctx.doc_date[:4] != period or not _SO_FAR.search(ctx.text, cs, ce):
        return None
    if _ANNUAL.search(ctx.text, max(cs, start - 40), start):
        return None
    month = ctx.doc_date[5:7]
    return f"{period}-01" if month == "01" else f"{period}-01/{period}-{month}"


def same_months_back(ctx: Context, cs: int, ce: int, period: str | None,
                     periods: list[str | None]) -> str | None:
    """The months of the latest running figure told before (among ``periods``), a year
    earlier, for a figure whose clause points at "the same period" of the year before
    those months; None otherwise."""
    if not period or not _SAME_BACK.search(ctx.text, cs, ce):
        return None
    last = next((p for p in reversed(periods) if p and _one_year_months(p)), None)
    if last is None:
        return None
    back = shift_years(last, -1)
    return back if period in (back[:4], last[:4]) else None


def _one_year_months(period: str) -> bool:
    """"2019-01/2019-08": months within one year."""
    months = _MONTHS.fullmatch(period)
    return bool(months) and months.group(1) == months.group(2)


#: "New investment for the year amounted to $112 mn": the year the release just spoke of
_THE_YEAR = re.compile(r"\b(?:for|in|over|during)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b"
                       r"(?!\s*(?:s\b|\d|ahead|before|after|earlier|ago|to\s+come))", re.I)


def year_told(ctx: Context, cs: int, ce: int, periods: list[str | None]) -> str | None:
    """The year of the latest figure told before (among ``periods``), for an undated figure
    whose clause speaks of "the year" ("for the year", "over the whole year"); None
    otherwise."""
    if not _THE_YEAR.search(ctx.text, cs, ce):
        return None
    last = next((p for p in reversed(periods) if p), None)
    return last[:4] if last and re.match(r"\d{4}", last) else None
