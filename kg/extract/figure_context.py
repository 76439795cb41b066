"""Periods a figure takes from the figures and events around it, not from a date of its own.

- "shipped 41,500 tons in the first 10 months of 2017, up 27 percent from 32,700 tons a
  year earlier": the base figure is of the same months a year before.
- "Korean vessels will be allowed to catch 40,720 tons in 2020. By species, the quota
  includes 20,500 tons of pollack": an undated sentence that goes on about the figures of
  a coming period (a quota, a plan for next year) speaks of that period too.
- "The forum took place from September 13 to 14. Some 500 officials attended": those who
  came to an event are counted on its days.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "from 32,700 tons a year earlier", "from $1.2 billion a year ago", "compared with 900
#: the previous year": the figure after "from" is the base of a change a year back
_FROM_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to))\s+(?:about\s+|some\s+|around\s+|"
                          r"nearly\s+|almost\s+)?(?:US\$|[$€₩])?\s?$", re.I)
_YEAR_BACK = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
                        r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
                        r"(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?(?:a\s+year\s+"
                        r"(?:earlier|ago|before)|the\s+previous\s+year))\b", re.I)


def year_back(ctx: Context, num_start: int, end: int) -> bool:
    """The figure is the base of a change, dated "a year earlier" relative to the change."""
    before = ctx.text[max(0, num_start - 40) : num_start]
    return bool(_FROM_BEFORE.search(before)) and bool(_YEAR_BACK.match(ctx.text, end))


def shift_years(period: str, by: int) -> str:
    """Every year of an ISO period moved by ``by`` ("2017-01/2017-10" -> "2016-01/2016-10")."""
    return re.sub(r"\b(\d{4})\b", lambda m: f"{int(m.group(1)) + by:04d}", period)


#: "By species, the quota includes", "Of this, ...", "including 20,500 tons of pollack": a
#: breakdown of the figure just given
_BREAKDOWN = re.compile(r"\b(?:By\s+(?:species|item|product|type|region|country|sector|category|"
                        r"segment|destination|origin|kind)\b|Of\s+(?:this|that|these|which|them|"
                        r"the\s+total)\b|includ(?:es|ed|ing)|compris(?:es|ed|ing)|"
                        r"consist(?:s|ed)\s+of|broken\s+down)", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b")
#: "The quota for pollack was kept at 20,000 tons": a part of the allocation spoken of
_ALLOCATION = re.compile(r"\b(?:quotas?|allocations?|shares?|allowances?)\b", re.I)


def carries_future(ctx: Context, sent, start: int) -> bool:
    """An undated clause that breaks down, allots or goes on with a coming period's figures."""
    head = ctx.text[sent.start:start]
    return bool(_BREAKDOWN.search(head) or _ALLOCATION.search(head) or
                _FUTURE.search(ctx.text, sent.start, sent.end))


#: "Some 500 officials attended the forum", "the forum brought together about 420 business
#: people": a count of those who came to an event
_ATTENDANCE = re.compile(r"\b(?:attended|attending|brought\s+together|bringing\s+together|"
                         r"gathered|took\s+part|participated|joined)\b", re.I)
#: "at a business forum in Moscow on Thursday": the weekday the event itself was held
_WEEKDAY = re.compile(r"\b(?:forum|meeting|conference|session|ceremony|exhibition|fair|festival|"
                      r"summit|talks|expo|dialogue)\b[^.;,]{0,30}?\bon\s+"
                      r"(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LOOK_BACK = 2  # sentences before the figure's that may tell when the event was held


def event_day(ctx: Context, sent, start: int, end: int) -> str | None:
    """An undated attendance figure is of the event's days: the last day (or days) named in
    its sentence or the sentences just before, or the weekday before the release's date."""
    if not _ATTENDANCE.search(ctx.text, sent.start, sent.end):
        return None
    idx = ctx.sentences.index(sent)
    for prior in reversed(ctx.sentences[max(0, idx - _LOOK_BACK) : idx + 1]):
        days = [d for d in ctx.dates_in(prior) if d.precision == "day" and
                not _in_dateline(ctx.text, d.start)]
        if days:
            d = days[-1]
            return f"{d.value}/{d.end_value}" if d.end_value else d.value
        weekday = _WEEKDAY.search(ctx.text, prior.start, prior.end)
        if weekday and ctx.doc_date and len(ctx.doc_date) == 10:
            return _weekday_before(ctx.doc_date, _WEEKDAYS.index(weekday.group("d")))
    return None


_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,\s*$")


def _in_dateline(text: str, pos: int) -> bool:
    """"VLADIVOSTOK, Sept. 4 (Yonhap) --": the day the news was filed, not the event's."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_DATELINE.match(text, line_start, pos))


def _weekday_before(doc_date: str, wanted: int) -> str:
    """The last ``wanted`` weekday on or before the release's date."""
    import datetime as dt

    day = dt.date.fromisoformat(doc_date)
    return (day - dt.timedelta(days=(day.weekday() - wanted) % 7)).isoformat()
