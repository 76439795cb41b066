"""Figures of history and of rates: what the main figure reader leaves to its parts.

"In 1937, more than 171,000 Koreans were deported": a year before the date finder's range
(it reads only years of the present era of cooperation) still dates the figure of its
clause, so the figure is not given the release's year. "a capacity of 40,000 tonnes of
pollock per year": an amount per year is a rate, whose unit readers write as "tonnes per
year".
"""

from __future__ import annotations

import re

#: "In 1937, ..." opening the clause, or "in 1937" right after the figure: a year of history
#: (before 1980, which the date finder does not read) that dates the figure's clause; a year
#: inside an aside ("Founded in 1956, the institute has 500 researchers") dates no figure
_OLD_YEAR = re.compile(r"\b(?:[Ii]n|[Bb]y|[Oo]f|[Dd]uring)\s+(?P<y>1[5-9][0-7]\d)\b(?![\s-]*\d)")
#: a figure this far from an old year written after it still belongs to that year
_NEAR_AFTER = 50
#: "of pollock, cod and salmon per year", " per annum": the rate's time base, as a capacity
#: or a contract states it; the looser "a year" of a plan ("to supply up to 200,000 tons a
#: year by 2024") readers record as the plain amount
_PER_YEAR = re.compile(r"(?:\s+of\s+[A-Za-z][\w-]*(?:(?:\s+|,\s+)(?:and\s+|or\s+)?[A-Za-z][\w-]*)"
                       r"{0,5})?\s*(?:per\s+(?:year|annum)|/\s*year)\b")
#: units of amount that become rates with a time base
#: only the metric "tonnes" of trade-press capacity and LNG deals: the annotations give
#: "tons" (news-agency American spelling) as a plain amount even per year
_RATE_UNITS = frozenset({"tonnes"})


def old_year(text: str, cs: int, ce: int, start: int, end: int) -> str | None:
    """The year of history that dates the figure at ``start``..``end`` in the clause
    ``cs``..``ce``: opening the clause, or close after the figure in the same phrase."""
    for m in _OLD_YEAR.finditer(text, cs, ce):
        if m.end() <= start and m.start() == cs and text.startswith(",", m.end()):
            return m.group("y")  # "In 1937, ...": the clause's own time
        if m.start() >= end and m.start() - end < _NEAR_AFTER and "," not in text[end:m.start()]:
            return m.group("y")
    return None


#: a capacity, output or supply deal is a rate; what a buyer happens to buy a year is an
#: amount ("KOGAS buys about 1.5 million tonnes of LNG per year")
_RATE_CUE = re.compile(r"\b(?:capacity|capacities|produc\w*|output|suppl\w*|deliver\w*|"
                       r"receiv\w*|handl\w*|process\w*|reach\w*|ship\w*|export\w*)\b", re.I)


def per_year(text: str, unit: str, end: int, limit: int, clause: int, start: int) -> str:
    """"tonnes" of a capacity or supply told per year is "tonnes per year" (``clause`` is
    where the figure's clause begins); other units stay."""
    if unit in _RATE_UNITS and _PER_YEAR.match(text, end, limit) and \
            _RATE_CUE.search(text, clause, start):
        return f"{unit} per year"
    return unit
