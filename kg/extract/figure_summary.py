"""The period of a change that sums up a move told just before it.

"fell to 19 in 2020 from 23 in 2019, a 17.4% decrease", "rose from 1,140 in 2014 to 1,610
in 2018, an increase of about 41 percent": the percentage is the change between the two
values, so it spans their two years; a change over one year is dated by the later one, as
any year-on-year change is.
"""

from __future__ import annotations

import re

from kg.extract.dates import DateMention

#: ", a 17.4% decrease", ", an increase of about 41 percent", ", a reduction of some 27 percent"
_SUMMARY = re.compile(
    r",\s+(?:or\s+)?(?:a|an)\s+(?:(?:increase|decrease|reduction|rise|drop|decline|fall|growth|"
    r"gain|jump|cut|expansion|contraction)\s+of\s+)?(?:(?:about|some|around|nearly|almost|over|"
    r"more\s+than|roughly|approximately|just\s+over|just\s+under)\s+)?$", re.I)
#: the move itself: two values, one "from" the other
_MOVE = re.compile(r"\bfrom\b[^;]*\bto\b|\bto\b[^;]*\bfrom\b", re.I)


#: where the clause of the move begins: "..., and reached 109.2 million from January to
#: September" is a move of its own, apart from the years told before it
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*")


def _move_start(text: str, sent_start: int, start: int) -> int:
    cuts = [c.end() for c in _CLAUSE.finditer(text, sent_start, start)]
    return cuts[-1] if cuts else sent_start


def summary_period(text: str, sent_start: int, start: int,
                   dates: list[DateMention]) -> str | None:
    """The years a change summing up the move before it spans, or None when the number is
    no such summary or the move names fewer than two years."""
    if not _SUMMARY.search(text, max(sent_start, start - 60), start):
        return None
    head = _move_start(text, sent_start, start)
    if not _MOVE.search(text, head, start):
        return None
    years = sorted({int(d.value[:4]) for d in dates
                    if head <= d.start < start and d.precision == "year" and not d.end_value})
    if len(years) < 2:
        return None
    first, last = years[0], years[-1]
    return str(last) if last - first == 1 else f"{first}/{last}"
