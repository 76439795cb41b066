"""The period of a figure: the date of its own clause, at the text's precision.

"Last year our trade grew by 27 percent to $19 billion, and in January-April
it rose another 15 percent": each clause has its date. A clause without one
shares the date of the clause it continues ("In 2018 they harvested 86,000
tonnes, and exported about 30,000 tonnes"), and a new clause without a date
speaks of the release's present ("..., and that the number of students had
reached 340").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import Context

#: ", while the number of visitors topped 800,000" shares the date of what it contrasts with
_BOUNDARY = re.compile(r",\s+(?:and|but)\s+|;\s*")
#: a clause after ", and" that opens with one of these has a subject of its own
_NEW_SUBJECT = frozenset(
    "that the it its they we our there this these those he she in on at by last next a an "
    "korea russia".split()
)
_NEAR_AFTER = 60
#: "500 officials attended the forum, which Korea proposed last year": not the figure's date
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where|when)\b")


def clause_start(ctx: Context, sent, pos: int) -> int:
    """Where the clause holding ``pos`` begins."""
    start = sent.start
    for b in _BOUNDARY.finditer(ctx.text, sent.start, pos):
        start = b.end()
    return start


def _clause_end(ctx: Context, sent, pos: int) -> int:
    b = _BOUNDARY.search(ctx.text, pos, sent.end)
    return b.start() if b else sent.end


def _continues(ctx: Context, start: int, sent_start: int) -> bool:
    """The clause at ``start`` follows ", and" and has no subject of its own."""
    if start == sent_start:
        return False
    word = re.match(r"[A-Za-z]+", ctx.text[start : start + 20])
    return bool(word and word.group(0)[0].islower() and word.group(0) not in _NEW_SUBJECT)


def period_of(ctx: Context, sent, start: int, end: int, dates) -> str | None:
    """The date of the figure's clause, or of the clause it continues, or the release's year."""
    chosen = _clause_date(ctx, sent, start, end, dates)
    if chosen is None:
        return str(ctx.year) if ctx.year else None
    if chosen.end_value and chosen.precision == "month":
        return f"{chosen.value}/{chosen.end_value}"
    if chosen.precision == "month":
        return chosen.value[:7]
    return chosen.value[:4] if chosen.precision == "year" else chosen.value


def period_dated(ctx: Context, sent, start: int, end: int, dates) -> bool:
    """The figure's clause (or the clause it continues) gives a date."""
    return _clause_date(ctx, sent, start, end, dates) is not None


def _clause_date(ctx: Context, sent, start: int, end: int, dates):
    cs = clause_start(ctx, sent, start)
    ce = _clause_end(ctx, sent, end)
    relative = _RELATIVE.search(ctx.text, end, ce)
    after = [d for d in dates
             if end <= d.start < ce and not (relative and relative.start() < d.start)]
    before = [d for d in dates if cs <= d.start and d.end <= start]
    if after and after[0].start - end < _NEAR_AFTER:
        return _refined(after[0], dates)
    if before:
        return _refined(before[-1], dates)
    if after:
        return _refined(after[0], dates)
    pos = cs
    while _continues(ctx, pos, sent.start):
        prev_start = clause_start(ctx, sent, max(sent.start, pos - 6))
        earlier = [d for d in dates if prev_start <= d.start and d.end <= pos]
        if earlier:
            return earlier[-1]
        if prev_start == pos:
            break
        pos = prev_start
    return None


def _refined(chosen, dates):
    """"this year (from January to September)", "January-April of this year": the months
    narrow the year."""
    near = [d for d in dates if d.end_value and d.precision == "month" and
            (0 < d.start - chosen.end < 12 or 0 < chosen.start - d.end < 5)]
    if chosen.precision != "year" or not near:
        return chosen
    year = chosen.value[:4]  # "January-April of last year": the months of that year
    return replace(near[0], value=year + near[0].value[4:],
                   end_value=year + near[0].end_value[4:])
