"""Periods that run between two points: a count since a start, over years, as of a month.

"have invested 630 billion won since 2015" runs from 2015 to the release's year; "between
2009 and 2018" is that span of years; "over the past two years" ends at the release; "31
projects as of the end of May" stands at that month. "As of the end of September, the
offices had received 1,120 requests since the pilot program started" runs from the start
the release told of before ("operated as a pilot program since September 2015") to the
month the count stands at. The caller gives the figure's clause (``cs``..``ce``).
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.dates import last_year_if_after

COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11}
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
#: "as of the end of May", "as of late June": a stock counted at a month the date finder,
#: which wants a day or a year, does not read ("as of August, 42 nationals ...": a comma
#: ends the month, a day would follow it without one)
#: ("had 21.8 million subscribers at the end of March": the same count at a month's end)
_AS_OF = re.compile(r"\b(?:as\s+of\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+|"
                    r"(?:early|mid|late)[- ]\s*)?|at\s+the\s+end\s+of\s+)"
                    r"(?P<m>" + "|".join(_MONTHS) + r")\b"
                    r"(?:\s+(?P<y>(?:19|20)\d\d))?(?!\s*\d{1,2}\b)", re.I)


def as_of_month(ctx: Context, cs: int, ce: int) -> str | None:
    """"31 projects ... as of the end of May": the month of the release's year (or the one
    written) the count stands at."""
    m = _AS_OF.search(ctx.text, cs, ce)
    year = int(m.group("y")) if m and m.group("y") else ctx.year
    if not m or not year:
        return None
    month = f"{year:04d}-{_MONTHS.index(m.group('m').lower()) + 1:02d}"
    return month if m.group("y") else last_year_if_after(month, ctx.doc_date)


#: "As of Friday, the Commission had accredited 1,513 observers": a count at a weekday of a
#: news item's week
_AS_OF_WEEKDAY = re.compile(r"\b[Aa]s\s+of\s+(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def as_of_weekday(ctx: Context, sent, cs: int, ce: int) -> str | None:
    """The day a count stands at, told by the weekday before the release's date ("as of
    Friday"), in its clause or fronted before the sentence's first comma."""
    m = _AS_OF_WEEKDAY.search(ctx.text, cs, ce) or _AS_OF_WEEKDAY.match(ctx.text, sent.start)
    if not m or not ctx.doc_date or len(ctx.doc_date) != 10:
        return None
    import datetime as dt

    day = dt.date.fromisoformat(ctx.doc_date)
    lag = (day.weekday() - _WEEKDAYS.index(m.group("d"))) % 7
    return (day - dt.timedelta(days=lag)).isoformat()


#: "As of the end of October, 34 nationals were serving terms, while 11 ... were jailed":
#: a month fronted before the sentence's first comma frames its later clauses too
_FRONT_AS_OF = re.compile(r"\W*(?:[Aa]s\s+of|[Aa]t\s+the\s+end\s+of|[Bb]y\s+the\s+end\s+of)\s")
#: a later clause that speaks of its own time: "and it now employs", "and the share is"
_NOW = re.compile(r"[^.;]{0,80}?\b(?:is|are|remains?|now|currently|today|will|would)\b", re.I)


def fronted_as_of(ctx: Context, sent, cs: int, ce: int) -> str | None:
    """The month a count stands at, fronted before the sentence's first comma ("As of the
    end of October, ..."), for a later clause ``cs``-``ce`` of the sentence without a time
    of its own."""
    if cs <= sent.start or _NOW.match(ctx.text, cs, ce):
        return None
    front = _FRONT_AS_OF.match(ctx.text, sent.start)
    if not front:
        return None
    m = _AS_OF.search(ctx.text, sent.start, cs)
    if not m or m.start() > front.end() or not re.match(r"\s*,", ctx.text[m.end() : m.end() + 3]):
        return None
    return as_of_month(ctx, sent.start, cs)


#: "over the past two years", "over the two years": the years up to the release's own
_SPAN = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past\s+|last\s+)?"
                   r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years\b", re.I)


def span_of_years(ctx: Context, cs: int, ce: int) -> str | None:
    """An undated clause that counts its years back from the release: "Over the two years,
    the two countries held 172 events" is the release's year and the years before it."""
    if not ctx.year:
        return None
    m = _SPAN.search(ctx.text, cs, ce)
    if not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else COUNT_WORDS[m.group("n").lower()]
    return f"{ctx.year - n + 1}/{ctx.year}"


#: "between 2009 and 2018", "in 2014-2015", "from 2016 to 2019", "over three years
#: (2020-2022)": a span of whole years
_BETWEEN = re.compile(r"(?:\b(?:between\s+(?P<a>(?:19|20)\d\d)\s+and|(?:in|during|over|for)\s+"
                      r"(?:the\s+)?(?P<b>(?:19|20)\d\d)\s*[-–/]|from\s+(?P<c>(?:19|20)\d\d)\s+(?:to|till|"
                      r"until|through))|\((?P<d>(?:19|20)\d\d)\s*[-–])"
                      r"\s*(?P<end>(?:19|20)\d\d)\b(?![-–/]\d)", re.I)
#: "over three years from 2020", "for five years starting in 2018": a span told by its
#: length and its first year
_YEARS_FROM = re.compile(r"\b(?:over|for|during|within|in)\s+(?:the\s+)?(?:next\s+|following\s+)?"
                         r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years\s+"
                         r"(?:from|starting\s+(?:in|from)|beginning\s+(?:in|from))\s+"
                         r"(?P<y>(?:19|20)\d\d)\b", re.I)


def between_years(ctx: Context, cs: int, ce: int) -> str | None:
    """A figure's clause that spans whole years gives the interval of them."""
    m = _BETWEEN.search(ctx.text, cs, ce)
    if not m:
        return _years_from(ctx, cs, ce)
    first = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    return f"{first}/{m.group('end')}" if first < m.group("end") else None


def _years_from(ctx: Context, cs: int, ce: int) -> str | None:
    """"will cost 2.5 billion won over three years from 2020": 2020 and the two years after."""
    m = _YEARS_FROM.search(ctx.text, cs, ce)
    if not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else COUNT_WORDS[m.group("n").lower()]
    return f"{m.group('y')}/{int(m.group('y')) + n - 1}"


#: "since 2015", "since construction began in 2007": a start told by its year
_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+|its\s+|their\s+)?[\w-]+\s+(?:was\s+|were\s+)?"
                    r"(?:began|begun|started|launched|opened|set\s+up|established)\s+(?:in\s+)?)?$",
                    re.I)


def since(ctx: Context, chosen) -> str | None:
    """"have invested 630 billion won since 2015" (or "since construction began in 2015"): a
    sum from that year to the release's;
    "held 150 events since January 2020": from that month to the release's month."""
    if not _SINCE.search(ctx.text, max(0, chosen.start - 50), chosen.start):
        return None
    if chosen.precision == "month" and not chosen.end_value and ctx.doc_date and \
            len(ctx.doc_date) >= 7 and chosen.value[:7] < ctx.doc_date[:7]:
        return f"{chosen.value[:7]}/{ctx.doc_date[:7]}"
    if chosen.precision != "year" or not ctx.year or int(chosen.value[:4]) >= ctx.year:
        return None
    return f"{chosen.value[:4]}/{ctx.year}"


#: "in force since last year and already has 57 residents": what a thing has now is a stock
#: counted at the release, not a sum since that start ("has invested 630 billion since")
_HAS_NOW = re.compile(r"\b(?:has|have|counts|numbers)\s+(?:already\s+|now\s+)?(?:(?:about|some|"
                      r"over|nearly|almost|more\s+than|around)\s+)?$", re.I)


def holds_stock(ctx: Context, start: int) -> bool:
    """The figure at ``start`` is what its subject has, told right after "has"/"have"."""
    return bool(_HAS_NOW.search(ctx.text, max(0, start - 40), start))


#: "since the pilot program started", "since the route was launched":
#: a start told of without its date, whose date the release gives elsewhere
_SINCE_START = re.compile(
    r"\bsince\s+(?:the|its|their)\s+(?:(?P<head>(?:[\w-]+\s+){0,3}?[a-z][\w-]+)\s+"
    r"(?:was\s+|were\s+|had\s+been\s+)?(?:started|began|launched|opened|introduced|"
    r"established|set\s+up|took\s+effect|came\s+into\s+(?:force|effect)))\b", re.I)
#: "operated as a pilot program since September 2015", "launched in March 2016": the date
#: a thing began, written right after its name
_STARTED_AT = re.compile(r"\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been)\s+)?"
                         r"(?:since|(?:started|begun|launched|opened|introduced|established|"
                         r"set\s+up)\s+(?:in|on)|from)\s+$", re.I)


def since_started(ctx: Context, sent, cs: int, ce: int) -> str | None:
    """A count "since the pilot program started" runs from the date the release gave that
    start ("a pilot program since September 2015") to the month it stands at ("As of the end
    of September") or, without one, to the release's month (or year)."""
    m = _SINCE_START.search(ctx.text, cs, ce)
    if not m or not ctx.doc_date:
        return None
    head = m.group("head").split()[-1]
    named = re.compile(rf"\b{re.escape(head)}\b", re.I)
    begun = None
    for other in ctx.sentences:
        if other.start >= ctx.body_start and other is not sent:
            for d in ctx.dates_in(other):
                if d.end_value or d.precision == "day" or not _STARTED_AT.search(
                        ctx.text, max(other.start, d.start - 30), d.start):
                    continue
                if named.search(ctx.text, max(other.start, d.start - 60), d.start):
                    begun = d
    if begun is None:
        return None
    if begun.precision == "year":
        return f"{begun.value[:4]}/{ctx.year}" if ctx.year else None
    until = as_of_month(ctx, sent.start, sent.end) or ctx.doc_date[:7]
    return f"{begun.value[:7]}/{until}" if begun.value[:7] < until else None


#: "by the end of October": the month a running count has reached, written without a year
_BY_END = re.compile(r"\b(?:by|through|until|till)\s+the\s+end\s+of\s+(?P<m>" + "|".join(_MONTHS) +
                     r")\b(?!\s*,?\s*\d)", re.I)
#: "In July, the airline resumed charter flights": the month a run of something began
_BEGAN = re.compile(r"\b(?:resumed|launched|began|started|opened|introduced|inaugurated|"
                    r"kicked\s+off)\b")


def run_until(ctx: Context, sent, cs: int, ce: int) -> str | None:
    """"In July, the airline resumed charter flights; by the end of October, they had carried
    2,380 passengers": a count since a start its sentence dates to a month, up to the month
    the clause says it has reached."""
    end = _BY_END.search(ctx.text, cs, ce)
    if not end:
        return None
    starts = [d for d in ctx.dates_in(sent) if d.end <= cs and d.precision == "month" and
              not d.end_value and _BEGAN.search(ctx.text, d.end, cs)]
    if not starts:
        return None
    first = starts[-1].value[:7]
    month = _MONTHS.index(end.group("m").lower()) + 1
    year = int(first[:4]) + (1 if month < int(first[5:7]) else 0)
    return f"{first}/{year:04d}-{month:02d}"


#: "sold for 55,000 won this week", "this month alone": a time inside the release's month,
#: which the date finder leaves unread
_THIS_MONTH = re.compile(r"\b(?:this|the\s+current|the\s+past)\s+(?:week|month)\b", re.I)


def this_month(ctx: Context, cs: int, ce: int) -> str | None:
    """The release's month, for a clause that tells of this week or this month."""
    if not ctx.doc_date or len(ctx.doc_date) < 7 or not _THIS_MONTH.search(ctx.text, cs, ce):
        return None
    return ctx.doc_date[:7]


#: "A total of 312 projects have been supported under that programme": a running total of
#: a programme, scheme or fund the sentence before said has run since a year
_UNDER_IT = re.compile(r"\b(?:have|has)\s+(?:so\s+far\s+|now\s+)?been\s+[a-z]+(?:ed|en|t)\s+"
                       r"(?:under|through|by|within)\s+(?:that|the|this|its)\s+(?P<head>"
                       r"programme|program|scheme|initiative|fund|project|mechanism)\b", re.I)
#: "has run a joint research programme with X since 1992"
_RUN_SINCE = r"\b{head}\b[^.;]{{0,120}}?\bsince\s+(?P<y>(?:19|20)\d\d)\b"


def total_under(ctx: Context, sent, cs: int, ce: int) -> str | None:
    """The years a programme has run, told in the sentence before ("... has run a joint
    programme since 1992. A total of 312 projects have been supported under that programme"
    runs 1992 to the release's year), for the total of what it has done."""
    m = _UNDER_IT.search(ctx.text, cs, ce)
    if not m or not ctx.year:
        return None
    idx = ctx.sentences.index(sent)
    if idx == 0:
        return None
    prior = ctx.sentences[idx - 1]
    run = re.compile(_RUN_SINCE.format(head=m.group("head").lower()), re.I)
    found = run.search(ctx.text, prior.start, prior.end)
    if not found or int(found.group("y")) >= ctx.year:
        return None
    return f"{found.group('y')}/{ctx.year}"


#: "in the January-October period this year", "over January through May": a run of months
#: without their year (the date finder reads "January-October 2018" itself, and
#: "January-August this year", but not a range with "period" or "months" after it)
_MONTH_RUN = re.compile(r"(?<![\d-])\b(?P<a>" + "|".join(_MONTHS) + r")\s*(?:[-–]|\s+through\s+)\s*"
                        r"(?P<b>" + "|".join(_MONTHS) + r")\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)


def month_run(ctx: Context, cs: int, ce: int, year: str | None,
              figure: tuple[int, int] | None = None, rival=None) -> str | None:
    """The months "January-October" of ``year`` (the clause's year, or the release's).

    A year told nearer the figure than the run is the figure's own ("to $21 billion in
    2017 and ... reaching $18 billion in January-September"), and so is a relative year
    ("fell to $19.8 billion last year, had recovered ... in January-April")."""
    m = _MONTH_RUN.search(ctx.text, cs, ce)
    year = year or (str(ctx.year) if ctx.year else None)
    if not m or not year:
        return None
    if figure and rival is not None and _gap((m.start(), m.end()), rival.start, rival.end) > 25 \
            and _gap(figure, rival.start, rival.end) < _gap(figure, m.start(), m.end()):
        return None  # ("January-March period this year": the run's own year is no rival)
    a, b = _MONTHS.index(m.group("a").lower()) + 1, _MONTHS.index(m.group("b").lower()) + 1
    return f"{year}-{a:02d}/{year}-{b:02d}" if a < b else None


def _gap(figure: tuple[int, int], start: int, end: int) -> int:
    """Characters between a figure and a stretch of text on either side of it."""
    return start - figure[1] if start >= figure[1] else max(0, figure[0] - end)
