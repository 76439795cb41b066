"""Occasions dated by the day of the month alone.

Korean ministries tell a week's programme as "On the 19th (Wed.)", "On the afternoon of
the 12th (Mon.)": the day of the release's own month, or of the month before when the
day lies well after the release's and the occasion is told as done.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context
from kg.extract.dates import DateMention

#: "On the 19th (Wed.), the vice minister received ...": Korean ministries date the week's
#: occasions by the day of the month alone
_NTH_OF_MONTH = re.compile(r"\b[Oo]n\s+the\s+(?:(?:morning|afternoon|evening)\s+of\s+the\s+)?"
                           r"([12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*[(,])")


def day_of_month(ctx: Context, start: int, end: int, ahead: bool) -> DateMention | None:
    """The day of the release's month; a day well after the release's own day, told as
    done, is of the month before."""
    m = _NTH_OF_MONTH.search(ctx.text, start, end)
    if m is None:
        return None
    base = dt.date.fromisoformat(ctx.doc_date)
    year, month = base.year, base.month
    if int(m.group(1)) > base.day + 3 and not ahead:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        day = dt.date(year, month, int(m.group(1)))
    except ValueError:
        return None
    return DateMention(m.start(1), m.end(), day.isoformat())
