"""Runs of months told with words, not a dash.

"From January to May this year", "between January and April 2019", "(July 2017 - June
2018)": the figure's period is the whole run, not its last month (the date finder reads
"April 2019" or "June 2018" alone) nor the bare year. A run across a year's end names both
years.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_M = "|".join(_MONTHS)
_YEAR = r"(?:19|20)\d\d"
#: "from January to May (2019)", "between January and April 2019", "January through May"
_SPAN = re.compile(
    rf"\b(?:(?P<from>from|between)\s+)?(?P<a>{_M})(?:\s+(?P<ya>{_YEAR}))?\s*"
    rf"(?:(?P<to>to|till|until|through|and)\s+|[-–—]\s*)(?P<b>{_M})"
    rf"(?:\s*,?\s*(?P<yb>{_YEAR})|\s+(?:of\s+)?(?P<rel>this|last|the\s+previous)\s+year)?\b",
    re.I)


#: a number that is no year: another figure's
_OTHER_FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*")


def month_span(ctx: Context, cs: int, ce: int, chosen, fig_end: int | None = None) -> str | None:
    """The run of months in the clause, with its year: its own, else the clause's year
    (``chosen``, the date the figure would otherwise take), else the release's. A run told
    after another figure is that one's: "from 30,000 in 2015 to 250,000 this year (from
    January to September)"."""
    for m in _SPAN.finditer(ctx.text, cs, ce):
        if fig_end is not None and m.start() > fig_end and \
                _OTHER_FIGURE.search(ctx.text, fig_end, m.start()):
            continue
        if chosen is not None and not (m.start() <= chosen.start <= m.end()) and \
                chosen.precision != "year" and not m.group("rel"):
            return None  # "..., including 6,100 in March 2021 alone": the figure's own date
        if m.group("ya") and m.group("yb"):
            return _period(m, m.group("ya"), m.group("yb"))
        if m.group("ya") or not (m.group("from") or m.group("to")):
            continue  # "January 2019 and ...", a bare dash: the date finder's to read
        if m.group("from") is None and m.group("to").lower() == "and":
            continue  # "in January and May": two months, no run
        year = m.group("yb") or _relative(ctx, m.group("rel")) or \
            (chosen.value[:4] if chosen is not None else None) or \
            (str(ctx.year) if ctx.year else None)
        return _period(m, year, year) if year else None
    return None


def _relative(ctx: Context, rel: str | None) -> str | None:
    """"this year" is the release's year, "last year" the one before."""
    if not rel or not ctx.year:
        return None
    return str(ctx.year if rel.lower() == "this" else ctx.year - 1)


def _period(m: re.Match[str], ya: str, yb: str) -> str | None:
    """"2019-01/2019-05": a run forward in time only."""
    a = _MONTHS.index(m.group("a").lower()) + 1
    b = _MONTHS.index(m.group("b").lower()) + 1
    if (int(ya), a) >= (int(yb), b):
        return None
    return f"{ya}-{a:02d}/{yb}-{b:02d}"
