""""On the same day, A signed ...": a signing told as falling on the day of what the
release is about, when no signing was told before it.

With a signing told before, "the same day" is that signing's (agreements.py keeps it);
without one, the day is the release's main occasion ("The X Center held its opening
ceremony Tuesday ... On the same day, A signed memorandums with B and C"), not the last
date some aside happened to name ("similar centers opened in Y on May 24"), which is
what "the same day" would otherwise be read as. Without a main occasion, the first day
the body tells that is not the day the news was told.
"""

from __future__ import annotations

import re

from kg.extract.agreement_asides import _REPORTED_ON
from kg.extract.agreement_days import weekday
from kg.extract.agreement_when import _main_occasion
from kg.extract.context import Context

Span = tuple[int, int]
#: the day of the occasion told before, at the head of a sentence
_SAME_DAY = re.compile(r"^\W*(?:(?:On|During)\s+(?:the\s+same|that(?:\s+same)?)\s+day|"
                       r"(?:The|That)\s+same\s+day|Later\s+(?:that|the\s+same)\s+day|"
                       r"On\s+the\s+sidelines\s+of\s+the\s+(?:ceremony|event|opening))\b")


def main_day(ctx: Context, sent, names: list[Span], when: tuple | None) -> tuple | None:
    """``when`` with the main occasion's day when the sentence opens on "the same day"
    and names no day of its own; ``when`` unchanged otherwise."""
    if when is None or not _SAME_DAY.match(sent.text):
        return when
    if any(not any(s <= d.start < e for s, e in names) for d in ctx.dates_in(sent)):
        return when  # "On the same day, May 3, ...": its own day
    date, place = _main_occasion(ctx)
    date = date or _first_day(ctx, sent)
    if not date:
        return when
    return date, when[1] or place


def _first_day(ctx: Context, sent) -> str | None:
    """The first day the body tells before ``sent`` (a date, or a weekday of a news item),
    leaving out the day the news was told on ("the company said Wednesday")."""
    for prev in ctx.sentences:
        if prev.index >= sent.index:
            return None
        if prev.end <= ctx.body_start or not re.search(r"[.!?\"”]\s*$", prev.text):
            continue  # a date or title line, not a sentence telling what happened
        told = [m.span() for m in _REPORTED_ON.finditer(ctx.text, prev.start, prev.end)]
        told += [m.span() for m in _SAID.finditer(ctx.text, prev.start, prev.end)]

        def free(pos: int, told: list[Span] = told) -> bool:
            return not any(s <= pos <= e for s, e in told)

        dates = [d for d in ctx.dates_in(prev) if free(d.start) and len(d.value) == 10]
        if dates:
            return dates[0].value
        day = weekday(ctx, prev.start, prev.end, free)
        if day:
            return day
    return None


#: "the company said Wednesday": the day the news was told
_SAID = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+)\s+(?=[A-Z][a-z]+day\b)")
