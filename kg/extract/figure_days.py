"""The days of the event a count is of, when the sentence that dates the event is not the
count's own.

- "held the roadshow in Moscow (Oct. 23-24) and Yekaterinburg (Oct. 28) ... A total of 38
  companies took part": a count over several separately named days of one month is of
  that month (the days of one span, "on April 15-16", stay those days).
- "On October 23, a business round table was held in Busan. More than 40 Korean companies
  learned about ...": a count that opens the sentence right after one telling that an
  event was held on a day is of those who came to it, on that day.
- "Economists warned Thursday that ... About 150 experts attended the one-day event": "the
  event" a count of those who came names is the one the release's lead tells of, on the
  weekday the lead gives it.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context

#: "a round table was held", "the forum took place": the sentence tells an event happened
_HELD = re.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b", re.I)
#: what may stand before a count that opens its sentence ("More than 40", "About 300")
_OPENING = re.compile(r"\W*(?:(?:A\s+total\s+of|More\s+than|Over|About|Some|Around|Nearly|"
                      r"Almost|Roughly|Approximately|Up\s+to)\s+)?$", re.I)


def days_of(days) -> str:
    """The period of the last day (or span of days) named, or, for several days named apart
    in one month, that month."""
    d = days[-1]
    if len({x.value for x in days}) > 1 and len({x.value[:7] for x in days}) == 1 and \
            not any(x.end_value and x.end_value[:7] != x.value[:7] for x in days):
        return d.value[:7]
    return f"{d.value}/{d.end_value}" if d.end_value else d.value


def held_before(ctx: Context, idx: int, start: int) -> str | None:
    """The day of the event the sentence before says was held, for a count opening its own
    sentence."""
    sent = ctx.sentences[idx]
    if idx == 0 or not _OPENING.fullmatch(ctx.text, sent.start, start):
        return None
    prior = ctx.sentences[idx - 1]
    days = [d for d in ctx.dates_in(prior) if d.precision == "day"]
    if len(days) != 1 or not _HELD.search(ctx.text, prior.start, prior.end):
        return None
    d = days[0]
    return f"{d.value}/{d.end_value}" if d.end_value else d.value


#: "attended the one-day event", "the conference drew": the event the release reports
_THE_EVENT = re.compile(r"\bthe\s+(?:(?:one|two|three|\d)-day\s+)?(?:event|conference|forum|"
                        r"meeting|seminar|symposium|session|ceremony|roundtable|round\s+table|workshop|"
                        # "The match drew 10,512 spectators": a game or show the lead dates
                        r"match|game|friendly|concert|performance|tournament)\b",
                        re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: the lead is the first sentence of prose (not the headline, byline or a line of links)
_PROSE = re.compile(r"(?:\S+\s+){12,}[^\n]*[.!?][\"”’)]?\s*$")
_LEAD_WEEKDAY = re.compile(r"\b(?P<d>" + "|".join(_WEEKDAYS) + r")\b")


def lead_day(ctx: Context, sent) -> str | None:
    """The weekday the release's first sentence tells its event on, for a count of those
    who came to "the event" that no sentence nearer dates."""
    if not _THE_EVENT.search(ctx.text, sent.start, sent.end) or not ctx.doc_date or \
            len(ctx.doc_date) != 10:
        return None
    lead = next((s for s in ctx.sentences if s.start >= ctx.body_start and
                 _PROSE.match(ctx.text, s.start, s.end)), None)
    told = lead and _LEAD_WEEKDAY.search(ctx.text, lead.start, lead.end)
    if not told:
        return None
    day = dt.date.fromisoformat(ctx.doc_date)
    back = (day.weekday() - _WEEKDAYS.index(told.group("d"))) % 7
    return (day - dt.timedelta(days=back)).isoformat()


def event_month(ctx: Context, sent) -> str | None:
    """The release's month, for a count of those who came to "the forum" / "the seminar"
    the release reports when no day of it is told near enough: readers date the whole
    event's count to its month ("The forum brought together more than 9,000 participants"),
    not to the release's year."""
    if not _THE_EVENT.search(ctx.text, sent.start, sent.end) or not ctx.doc_date or \
            len(ctx.doc_date) < 7:
        return None
    return ctx.doc_date[:7]


#: "Over the four days, exhibitors held 1,180 consultations", "during the three-day fair":
#: a length of days that points back at an event the release dated before
_OVER_DAYS = re.compile(r"\b(?:over|during|throughout|across|in|for)\s+(?:the|its|those|these)\s+"
                        r"(?P<n>two|three|four|five|six|seven|[2-7])(?:\s+days\b|-day\s+"
                        r"(?:[\w'’-]+\s+){0,2}?(?:fair|forum|exhibition|expo|show|conference|"
                        r"festival|congress|summit|session|talks|visit|mission|event|week)\b)",
                        re.I)
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def told_days(ctx: Context, sent, start: int) -> str | None:
    """"Over the four days, the exhibitors held 1,180 consultations": the days of the span
    of that many days the release named before (an exhibition "held from August 26 to
    29"); none when no earlier span has that length."""
    told = list(_OVER_DAYS.finditer(ctx.text, sent.start, sent.end))
    if not told:
        return None
    m = told[-1]
    n = int(m.group("n")) if m.group("n").isdigit() else _DAY_WORDS[m.group("n").lower()]
    for prior in reversed([s for s in ctx.sentences if s.start <= sent.start]):
        for d in reversed(ctx.dates_in(prior)):
            if d.precision == "day" and d.end_value and _length(d.value, d.end_value) == n:
                return f"{d.value}/{d.end_value}"
    return None


def _length(first: str, last: str) -> int | None:
    """Days from ``first`` to ``last``, both counted."""
    try:
        return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    except ValueError:
        return None


#: "drew 350,000 users at its peak on the first weekend", "in its first week": a span that
#: follows the day the sentence before dated, and ends on a day the release does not give
_AFTER_DAY = re.compile(r"\b(?:on|in|over|during|within)\s+(?:the|its|their)\s+(?:first|opening)\s+"
                        r"(?:weekend|week|weeks|month|days)\b", re.I)


def after_day(ctx: Context, sent, cs: int, period: str | None) -> str | None:
    """The month of a day an event count took, when its clause counts over the span that
    began on that day ("on the first weekend" after "went on sale on Nov. 7")."""
    if not period or len(period) != 10 or not _AFTER_DAY.search(ctx.text, cs, sent.end):
        return period
    return period[:7]


#: "signed up 100,000 subscribers in the first three weeks of commercial operation": a span
#: that runs from a launch the release dated before
_FIRST_SPAN = re.compile(r"\b(?:in|over|during|within)\s+(?:the|its|their)\s+first\s+"
                         r"(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:weeks?|days|months?)\b",
                         re.I)
_LAUNCHED = re.compile(r"\b(?:launched|started|began|opened|kicked\s+off|went\s+on\s+sale|"
                       r"was\s+launched|were\s+launched)\b", re.I)


def launch_month(ctx: Context, sent, cs: int) -> str | None:
    """The month of the launch day a figure's "first weeks" count from, told in its sentence
    or the five before ("KT, which launched commercial 5G services on April 3")."""
    if not _FIRST_SPAN.search(ctx.text, cs, sent.end):
        return None
    idx = ctx.sentences.index(sent)
    for prior in reversed(ctx.sentences[max(0, idx - 5) : idx + 1]):
        launch = _LAUNCHED.search(ctx.text, prior.start, prior.end)
        if not launch:
            continue
        days = [d for d in ctx.dates_in(prior) if d.precision == "day" and d.start > launch.start()]
        if days:
            return days[0].value[:7]
    return None
