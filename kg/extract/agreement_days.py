"""Day arithmetic for signing dates: "a day earlier", "on Thursday", how long before
the release a date lies, and whether two dates may be one occasion.

An occasion that lasts several days ("held in X from June 20 to 21") is one occasion
with every day of it: a document "signed on June 21" was signed at that meeting, so its
place is the meeting's. ``Days`` carries such a span as the first day, a ``str`` that
also knows its last day, so that callers keep treating it as a plain date.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELDAY = re.compile(r"\b(?:(?:a|one) day (?P<b>earlier|before|later|after)|the (?P<p>previous|"
                     r"following|next|same) day|the day (?P<a>before|after)|that day|today)\b",
                     re.I)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


class Days(str):
    """A date (its first day) that may run on to a last day (``until``)."""

    until: str | None

    def __new__(cls, value: str, until: str | None = None) -> Days:
        obj = super().__new__(cls, value)
        obj.until = until
        return obj


def compatible(a: str, b: str) -> bool:
    """May ``a`` and ``b`` be the same occasion: one a coarser form of the other, or one a
    day within the other's span of days."""
    if a.startswith(b) or b.startswith(a):
        return True
    return _within(a, b) or _within(b, a)


def _within(day: str, span: str) -> bool:
    until = getattr(span, "until", None)
    return bool(until) and len(day) == len(span) == len(until) and span <= day <= until


def refined(ctx: Context, date: str | None) -> str | None:
    """A signing told only by year or month ("the meeting held in 2020"), or only as at a
    meeting of several days, in a release of a day within it: the release's day is the
    closer guess, and agrees with the coarser."""
    doc = ctx.doc_date
    if date and doc and _within(doc, date):
        return doc
    if date and doc and len(date) < len(doc) and doc.startswith(date):
        return doc
    return date


def relative_day(ctx: Context, sent, lo: int, hi: int, free) -> str | None:
    """"a day earlier", "the following day": counted from the last full date told before;
    "today" is the release's day."""
    m = _RELDAY.search(ctx.text, lo, hi)
    if not m or not free(m.start()):
        return None
    if m.group(0).lower() == "today":  # "was signed today": the release's own day
        return ctx.doc_date if ctx.doc_date and len(ctx.doc_date) == 10 else None
    shift = _shift(m)
    ref = _last_day(ctx, sent) or ctx.doc_date
    if not ref or len(ref) != 10:
        return None
    return (dt.date.fromisoformat(ref) + dt.timedelta(days=shift)).isoformat()


#: "took effect on January 1", "since March 3": a date an aside tells, not an occasion's
_ASIDE_DAY = re.compile(r"\b(?:effect|force|since|until|till|from|by|expires?|expired)\s+"
                        r"(?:on\s+)?$", re.I)


def _last_day(ctx: Context, sent) -> str | None:
    """The last day told before ``sent`` that an occasion took place on ("held the 4th
    meeting ... on September 3"): what "on the same day" counts from; a date in an aside
    ("since the agreement took effect on January 1") is not one, nor a day still to come.
    A sentence that moves the story on by a day ("The following day the delegation
    travelled to X") counts from the day before it."""
    told: list[tuple[int, str | int]] = []  # (offset, a day or a shift in days)
    for s in ctx.sentences[: sent.index]:
        days = [d for d in ctx.dates_in(s) if len(d.value) == 10 and s.start >= ctx.body_start
                and not _ASIDE_DAY.search(ctx.text, max(0, d.start - 30), d.start)
                and not later_than_release(ctx, d.value)]
        told += [(d.start, d.value) for d in days]
        step = _RELDAY.search(ctx.text, s.start, s.end)
        if step and not days and s.start >= ctx.body_start:
            today = step.group(0).lower() == "today" and ctx.doc_date
            told.append((step.start(), ctx.doc_date if today else _shift(step)))
    for ev in ctx.events:
        d = ev.date
        if ev.sentence < sent.index and d is not None and len(d.value) == 10 and \
                d.start >= ctx.body_start and d.start < d.end and \
                not later_than_release(ctx, d.value):
            told.append((d.start, d.value))
    best: str | None = None
    for _, value in sorted(told, key=lambda t: t[0]):
        if isinstance(value, str):
            best = value
        elif best and value:
            best = (dt.date.fromisoformat(best) + dt.timedelta(days=value)).isoformat()
    return best


def _shift(m: re.Match[str]) -> int:
    """How many days "a day earlier", "the following day", "the same day" move by."""
    word = (m.group("b") or m.group("p") or m.group("a") or "same").lower()
    return {"earlier": -1, "before": -1, "previous": -1, "later": 1, "after": 1,
            "following": 1, "next": 1}.get(word, 0)


def weekday(ctx: Context, lo: int, hi: int, free) -> str | None:
    """"on Thursday" in a news item: the last such day up to the release's date."""
    m = _WEEKDAY.search(ctx.text, lo, hi)
    if not m or not free(m.start()) or not ctx.doc_date or len(ctx.doc_date) != 10:
        return None
    day = dt.date.fromisoformat(ctx.doc_date)
    lag = (day.weekday() - _WEEKDAYS.index(m.group(0).lower())) % 7
    return (day - dt.timedelta(days=lag)).isoformat()


def long_before(ctx: Context, date: str) -> bool:
    """Over a month and a half before the release's day: not what "the meeting" of its
    signing sentence refers back to."""
    if not ctx.doc_date or len(ctx.doc_date) != 10:
        return False
    bound = (dt.date.fromisoformat(ctx.doc_date) - dt.timedelta(days=45)).isoformat()
    return date < bound[: len(date)]


def later_than_release(ctx: Context, date: str | None) -> bool:
    """A date after the release's own (at the coarser precision of the two): what a
    signing plans for ("a work plan for 2022-2023"), never when it was signed."""
    doc = ctx.doc_date
    if not date or not doc:
        return False
    n = min(len(date), len(doc))
    return date[:n] > doc[:n]


def same_trip(a: str | None, b: str | None, days: int = 3) -> bool:
    """Two days at most ``days`` apart: a visit on the day after a meeting in a city is
    part of the same trip, so its signing is in that city unless the release says else."""
    if not a or not b or len(a) < 10 or len(b) < 10:
        return False
    try:
        gap = dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])
    except ValueError:
        return False
    return abs(gap.days) <= days


#: "June 18 (Tue.) to 20 (Thu.)": the last day of a span whose first day carries its weekday
#: in brackets, which the date reader does not join into one span
_BRACKETED_RANGE = re.compile(r"\s*\([A-Za-z.]{2,10}\)\s*(?:to|till|until|through|[-–])\s*"
                              r"(\d{1,2})\s*\([A-Za-z.]{2,10}\)")


def bracketed_until(ctx: Context, start: int, end: int, value: str) -> str | None:
    """The last day of "June 18 (Tue.) to 20 (Thu.)" told at ``start``..``end``: "at the end
    of the talks" is that day."""
    m = _BRACKETED_RANGE.match(ctx.text, end)
    if m is None or len(value) != 10 or start >= end or int(m.group(1)) <= int(value[8:]):
        return None
    return f"{value[:8]}{int(m.group(1)):02d}"



#: "opened on 17 July and will run until 22 July": the last day of an occasion told open
_RUNS_UNTIL = re.compile(r"\s+and\s+(?:will\s+)?(?:run|runs|last|lasts|continue|continues|close|"
                         r"closes|end|ends)\s+(?:until|till|through|on)\s+")


def runs_until(ctx: Context, end: int, value: str) -> str | None:
    """The last day of an occasion that "opened on D and will run until E" (E told right
    after its first day ends at ``end``): a signing "on the sidelines" of it took place on
    some day within."""
    m = _RUNS_UNTIL.match(ctx.text, end)
    sent = ctx.sentence_of(end) if m else None
    if m is None or sent is None or len(value) != 10:
        return None
    last = next((d for d in ctx.dates_in(sent) if d.start == m.end()), None)
    return last.value if last and len(last.value) == 10 and last.value > value else None


def day_of_month(ctx: Context, sent, date: str | None, free) -> str | None:
    """"at the forum in X in September 2019, where A and B signed an MOU on September 5":
    a day told later in the sentence with no year of its own falls in the month (or year)
    just named, not in the release's year that the bare day was read in."""
    if not date or len(date) not in (4, 7):
        return date
    for d in ctx.dates_in(sent):
        if not free(d.start) or len(d.value) != 10 or d.value.startswith(date):
            continue
        if re.search(r"\d{4}", ctx.text[d.start : d.end]):
            continue  # "September 5, 2020": a year of its own
        if len(date) == 4 or d.value[5:7] == date[5:7]:
            return f"{date}{d.value[4:]}" if len(date) == 4 else f"{date}{d.value[7:]}"
    return date


#: "in April of that year", "in May that same year": a month of the year told before
_THAT_YEAR = re.compile(r"\s*(?:of\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)year\b", re.I)


def of_that_year(ctx: Context, sent, d) -> str:
    """"since 2013, when an MOU was signed in Seoul in April of that year": a month told
    of "that year" lies in the last year the sentence named before it, not the release's;
    "... last October, and they signed it on December 8 of the same year": the year of the
    last date told before it."""
    value = d.value
    if len(value) < 7 or not _THAT_YEAR.match(ctx.text, d.end):
        return value
    years = re.findall(r"(?<![\w-])((?:19|20)\d\d)(?![\w-])", ctx.text[sent.start : d.start])
    years = years or [e.value[:4] for e in ctx.dates_in(sent) if e.end <= d.start]
    return years[-1] + value[4:] if years else value
