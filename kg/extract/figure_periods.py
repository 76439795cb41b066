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
from kg.extract.figure_bases import paren_base
from kg.extract.figure_context import bare_month, past_month
from kg.extract.figure_intervals import interval_of, month_pair, same_year_before
from kg.extract.figure_months import month_span
from kg.extract.figure_parts import not_begun, reason_after
from kg.extract.figure_scope import fronted_date, narrows, past_measure, set_aside, that_year
from kg.extract.figure_spans import (
    COUNT_WORDS,
    as_of_month,
    as_of_weekday,
    between_years,
    fronted_as_of,
    holds_stock,
    month_run,
    run_until,
    since,
    since_started,
    span_of_years,
    this_month,
    total_under,
)

#: ", while in January-May it fell 5%" is a clause of its own; without a date of its own
#: (", while the number of visitors topped 800,000") it shares that of what it contrasts with
_BOUNDARY = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*")
_CONTRAST = re.compile(r"(?:while|whereas)\s+$")
#: ", while some 1,200 students are enrolled at Russian universities": a contrast told in
#: the present speaks of the release's present, not of the date of what it contrasts with
_TOLD_NOW = re.compile(r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?\b(?:is|are|remains?)\b"
                       r"(?!\s+(?:expected|projected|forecast|estimated)\b)")
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
    if _CONTRAST.search(ctx.text, max(0, start - 9), start):
        return not _TOLD_NOW.match(ctx.text, start)
    word = re.match(r"[A-Za-z]+", ctx.text[start : start + 20])
    if word and (_PAST_SHARE.match(ctx.text, start) or _THEY_DID.match(ctx.text, start) or
                 past_measure(ctx.text, start)):
        return True
    return bool(word and word.group(0)[0].islower() and word.group(0) not in _NEW_SUBJECT)


#: ", and Korea accounted for over 20% of the region's exports": the share a named party
#: had of the total just told is of the same period
#: "27,800 patients were treated in 2018, and they spent an average of ...": a pronoun
#: going on in the past tense tells more of the same people at the same time
_THEY_DID = re.compile(r"(?:they|it)\s+(?:[a-z]+ed|spent|grew|rose|fell|made|took|paid|bought|"
                       r"sold|brought|held|saw)\b")
_PAST_SHARE = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?(?:accounted\s+for|made\s+up)\b")


#: "in the first half", "the first three quarters of this year", "in the first quarter":
#: a part of a year, whose year is the clause's or the release's ("of the year" is the
#: release's year, which the date finder does not read as a date)
_PART = re.compile(
    r"\b(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter|"
    r"first\s+(?P<qs>two|three)\s+quarters|first\s+(?P<n>two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|\d{1,2})\s+months)"
    r"(?!\s+of\s+(?:\d{4}|(?!the\s+year\b)(?:the\s+)?\w+\s+year\b))", re.I)
#: "the first three quarters of this year": the year is a date of its own, right after
_QUARTERS_OF = re.compile(r"\bfirst\s+(?P<qs>two|three)\s+quarters\s+of\s+|\bthe\s+(?:first\s+)?"
                          r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
                          r"months\s+of\s+", re.I)
#: "a 30 percent increase over the previous year", "27% more than in 2017", "12% more than in
#: the same period of last year", "up 7.5% on 2019": the year compared with, not the period
_BASE = re.compile(r"(?:\b(?:over|than|compared\s+(?:with|to)|against|from)|"
                   r"(?:%|\bpercent|\bper\s+cent)\s+on)"
                   r"\s+(?:(?:in|during)\s+)?"
                   r"(?:the\s+(?:same\s+)?(?:period|months?|time|quarter|half)\s+(?:(?:of|in)\s+)?)?$")
#: "up 88% from 10.7 mln tonnes in 2017": a base figure and its date between the figure
#: and the date ("staying for more than 90 days as of the end of 2018" is a threshold;
#: "1,400 exhibitors from 30 countries this year": where they came from, no base; "more
#: than 1.1 million tickets": an approximation, no base)
_BASE_BETWEEN = re.compile(r"\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|from|"
                           r"compared\s+(?:with|to)|against)\s+(?:about\s+|some\s+)?"
                           r"(?:[$€₩]|US\$|\d(?![\d,.]*[\s-]+(?:days?|weeks?|months?|years?|"
                           r"hours?|countries|nations|regions|cities|provinces|economies)\b))")
_SAME_YEAR = re.compile(r"the\s+same\s+year", re.I)
_OVER = re.compile(r"\bover\s+$", re.I)


def period_of(ctx: Context, sent, start: int, end: int, dates) -> str | None:
    """The date of the figure's clause, or of the clause it continues, or the release's year;
    a part of a year the clause names ("in the first half") narrows a year."""
    chosen = _clause_date(ctx, sent, start, end, dates)
    part = _part_of_year(ctx, sent, start, end, chosen)
    if part:
        return part
    cs, ce = clause_start(ctx, sent, start), _clause_end(ctx, sent, end)
    between = between_years(ctx, cs, ce) or month_span(ctx, cs, ce, chosen, end)
    if between:
        return between
    run = None if chosen and chosen.precision != "year" else \
        month_run(ctx, cs, ce, chosen.value[:4] if chosen else None, (start, end), chosen)
    if run:
        return run if chosen else past_month(ctx, run, cs, ce)
    if chosen is None:
        return since_started(ctx, sent, cs, ce) or run_until(ctx, sent, cs, ce) or \
            total_under(ctx, sent, cs, ce) or \
            span_of_years(ctx, cs, ce) or \
            _present(ctx, sent, start, end) or as_of_month(ctx, cs, ce) or \
            as_of_weekday(ctx, sent, cs, ce) or \
            fronted_as_of(ctx, sent, cs, ce) or this_month(ctx, cs, ce) or \
            bare_month(ctx, cs, ce) or (str(ctx.year) if ctx.year else None)
    chosen = month_pair(ctx, _same_year(ctx, sent, chosen, dates))
    spanned = interval_of(ctx, sent, chosen, dates)
    if spanned:
        return spanned
    begun = since(ctx, chosen)
    if begun:
        return str(ctx.year) if ctx.year and holds_stock(ctx, start) else begun
    if chosen.end_value and chosen.precision == "day":
        return f"{chosen.value}/{chosen.end_value}"  # "3,000 participants on April 15-16"
    if chosen.end_value and chosen.precision == "month":
        months = f"{chosen.value}/{chosen.end_value}"
        return months if _year_written(ctx, chosen, dates) else past_month(ctx, months, cs, ce)
    if chosen.precision == "month":
        return past_month(ctx, chosen.value[:7], cs, ce) if chosen.relative else chosen.value[:7]
    return chosen.value[:4] if chosen.precision == "year" else chosen.value


#: "Shares of X closed 2% higher at 6,350 won", "the KOSPI's 0.6 percent rise": a market move
#: is of the day of the release (a state told in the present is not: readers give it the
#: release's year, like any undated figure)
_MARKET = re.compile(r"\b(?:[Ss]hares\s+of|KOSPI|KOSDAQ|stock\s+price|share\s+price)\b")


def _present(ctx: Context, sent, start: int, end: int) -> str | None:
    """An undated market move is of the day of the release."""
    if not ctx.doc_date or len(ctx.doc_date) != 10:
        return None
    cs, ce = clause_start(ctx, sent, start), _clause_end(ctx, sent, end)
    return ctx.doc_date if _MARKET.search(ctx.text, cs, ce) else None


def _part_of_year(ctx: Context, sent, start: int, end: int, chosen) -> str | None:
    """"a 3.5 percent drop in the first half": months of the clause's year. Also "the first
    three quarters of this year", which the date finder reads as the year alone."""
    cs, ce = clause_start(ctx, sent, start), _clause_end(ctx, sent, end)
    parts = [m for m in _PART.finditer(ctx.text, cs, ce) if not reason_after(ctx, end, m)]
    parts += [m for m in _QUARTERS_OF.finditer(ctx.text, cs, ce)
              if chosen is not None and chosen.start == m.end()]
    if not parts or chosen is not None and chosen.precision != "year":
        return None
    year = int(chosen.value[:4]) if chosen is not None else ctx.year
    if year is None:
        return None
    if chosen is None and not_begun(ctx, parts[0], cs, ce):
        year -= 1  # "In the fourth quarter alone they jumped 27 percent" told in January
    g = parts[0].groupdict()
    if g.get("half"):
        a, b = (1, 6) if g["half"].lower() == "first" else (7, 12)
    elif g.get("q"):
        n = ["first", "second", "third", "fourth"].index(g["q"].lower())
        a, b = 3 * n + 1, 3 * n + 3
    elif g.get("qs"):
        a, b = 1, 3 * COUNT_WORDS[g["qs"].lower()]
    else:
        a, b = 1, int(g["n"]) if g["n"].isdigit() else COUNT_WORDS[g["n"].lower()]
    return f"{year:04d}-{a:02d}/{year:04d}-{b:02d}"


def _same_year(ctx: Context, sent, chosen, dates):
    """"topped 690,000 in the same year": the year of the date spoken of before (not that of
    a base: "reached 1,472 last year, up 9% from 2016, and ... over the same year" is last
    year)."""
    if not _SAME_YEAR.fullmatch(ctx.text, chosen.start, chosen.end):
        return chosen
    earlier = [d for d in dates if d.end <= chosen.start and d is not chosen
               and not _base_date(ctx, sent.start, d)]
    if earlier:
        return replace(earlier[-1], end_value=None, precision="year")
    return same_year_before(ctx, sent, chosen, _base_date)


#: "amounted to $5.1 billion over the same period": the period of the figure before
#: "accounted for 11 percent of the total": a share of the figure just told, of its period
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+period\b"
                          r"(?!\s+(?:of|in|a|last))|\bof\s+the\s+total\b(?!\s+[a-z])", re.I)


def same_period(ctx: Context, sent, start: int, end: int, dates) -> bool:
    """The figure's clause gives no date but points back to the period of the figure before."""
    cs, ce = clause_start(ctx, sent, start), _clause_end(ctx, sent, end)
    return bool(_SAME_PERIOD.search(ctx.text, cs, ce)) and \
        not period_dated(ctx, sent, start, end, dates)


def own_dated(ctx: Context, sent, start: int, end: int, dates) -> bool:
    """The figure's own clause gives a date (not only the clause it continues)."""
    return _own_date(ctx, sent, start, end, dates) is not None


def period_dated(ctx: Context, sent, start: int, end: int, dates) -> bool:
    """The figure's clause (or the clause it continues) gives a date."""
    return _clause_date(ctx, sent, start, end, dates) is not None


def _clause_date(ctx: Context, sent, start: int, end: int, dates):
    cs = clause_start(ctx, sent, start)
    return _own_date(ctx, sent, start, end, dates) or _continued_date(ctx, sent, cs, dates) or \
        that_year(ctx, sent, cs, _clause_end(ctx, sent, end), dates) or \
        fronted_date(ctx, sent, cs, _clause_end(ctx, sent, end), dates)


def _own_date(ctx: Context, sent, start: int, end: int, dates):
    """The date written in the figure's own clause."""
    cs = clause_start(ctx, sent, start)
    ce = _clause_end(ctx, sent, end)
    relative = _RELATIVE.search(ctx.text, end, ce)
    after = [d for d in dates
             if end <= d.start < ce and not (relative and relative.start() < d.start)
             and not _is_base(ctx, end, d)]
    before: list = []
    for d in dates:
        if cs <= d.start and d.end <= start and not _in_aside(ctx, cs, d, start) and \
                not set_aside(ctx.text, cs, d, start, bool(before)):
            before.append(d)
    # "amounted to $118 million in 2020, up 7.2% on 2019, with fish accounting for 80%":
    # the base year told between is no date of a later figure in the clause
    own = [d for d in before if not _base_date(ctx, cs, d)]
    before = own if own and before[-1] not in own and "," in ctx.text[before[-1].end:start] \
        else before
    if after and (after[0].start - end < _NEAR_AFTER or
                  before and narrows(ctx.text, before[-1], after[0], end)):
        return _refined(after[0], dates, ctx.text)
    if before and after and _in_intro(ctx.text, cs, before[-1], start):
        return _refined(after[0], dates, ctx.text)
    if before:
        return _refined(before[-1], dates, ctx.text)
    if after:
        return _refined(after[0], dates, ctx.text)
    return None


#: "Under the deal reached in Moscow last December, vessels may catch 42,000 tons ... this
#: year": an opening phrase whose date is that of the thing it names (the deal)
_INTRO = re.compile(r"\W*(?:Under|After|Following|Through|Based\s+on|According\s+to|Thanks\s+to)"
                    r"\s+(?:the|a|an|its|their)\b[^,;]*$")


def _in_intro(text: str, cs: int, d, start: int) -> bool:
    """The date sits inside an opening phrase, set off by a comma, that names a thing of
    its own before the figure's clause: the clause's own date comes after the figure."""
    return bool(_INTRO.match(text, cs, d.start)) and "," in text[d.end : start]


def _continued_date(ctx: Context, sent, cs: int, dates):
    """The date of the clause an undated one continues (", and exported 30,000 tonnes")."""
    pos = cs
    while _continues(ctx, pos, sent.start):
        prev_start = clause_start(ctx, sent, max(sent.start, pos - 6))
        earlier = [d for d in dates if prev_start <= d.start and d.end <= pos
                   and not _RECORD_SINCE.search(ctx.text, prev_start, d.start)
                   and not _base_date(ctx, prev_start, d)]
        if earlier:
            return earlier[-1]
        if prev_start == pos:
            break
        pos = prev_start
    return None


#: "trade reached $24.8 billion last year, the highest since ... relations in 1990, while
#: visitors surpassed 700,000": a record's base date is no date the next clause shares
_RECORD_SINCE = re.compile(r"\b(?:highest|lowest|largest|biggest|most|first)\s+since\b[^,;]{0,80}$",
                           re.I)


#: ", launched by Moscow in 2015 to draw capital, brought together 8,500": an aside on the
#: subject's history between commas, whose date is not the figure's
_ASIDE_OPEN = re.compile(r",\s+(?:which\s+was\s+|first\s+)?(?:launched|founded|established|"
                         r"created|set\s+up|started|inaugurated|opened|built|proposed|"
                         r"announced|signed|adopted)\b[^,;]*$|"
                         # ", the 10th edition of the fair since its launch in 2010,"
                         r",\s+[^,;]*\bsince\s+(?:its|their|the)\s+(?:launch|founding|foundation|"
                         r"inception|creation|establishment|start)\s+in\s+$")


def _in_aside(ctx: Context, cs: int, d, start: int) -> bool:
    """The date sits in a participial aside that closes before the figure."""
    if not _ASIDE_OPEN.search(ctx.text, cs, d.start):
        return False
    return "," in ctx.text[d.end : start]


#: "climbed to 5,960 last year from 2,350 in 2015": the date of a base figure
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+|nearly\s+)?(?:US\$|[$€₩])?"
                          r"\d[\d,.]*(?:\s+[\w-]+){0,3}?\s+(?:in\s+)?$", re.I)


def _base_date(ctx: Context, lo: int, d) -> bool:
    """The date belongs to what a figure is compared with ("from 2,350 in 2015"): a clause
    that continues this one does not share it."""
    window = max(lo, d.start - 60)
    return bool(_BASE.search(ctx.text, window, d.start) or
                _FROM_FIGURE.search(ctx.text, window, d.start))


def _is_base(ctx: Context, end: int, d) -> bool:
    """The date after a figure is that of what it is compared with, not its own ("filed
    318 applications over the same year" is a span the figure fills, not a base)."""
    if _SAME_YEAR.fullmatch(ctx.text, d.start, d.end) and \
            _OVER.search(ctx.text, max(0, d.start - 6), d.start):
        return False
    if _BASE.search(ctx.text, max(0, d.start - 45), d.start):
        return True
    return bool(_BASE_BETWEEN.search(ctx.text, end, d.start)) or paren_base(ctx.text, end, d.start)


#: "the January-September period of this year": months that name the year they belong to
_MONTHS_OF = re.compile(r"\s*(?:period|months?)?\s*(?:of|in)\s+$", re.I)


def _refined(chosen, dates, text: str = ""):
    """"this year (from January to September)", "January-April of this year", "the
    January-September period of this year": the months narrow the year."""
    near = [d for d in dates if d.end_value and d.precision == "month" and
            not _own_year(text, d, chosen) and
            (0 < d.start - chosen.end < 12 or 0 < chosen.start - d.end < 5 or
             0 < chosen.start - d.end < 20 and _MONTHS_OF.fullmatch(text, d.end, chosen.start))]
    if chosen.precision == "month" and chosen.end_value:
        return _months_of_year(chosen, dates, text)
    if chosen.precision != "year" or not near:
        return chosen
    year = chosen.value[:4]  # "January-April of last year": the months of that year
    return replace(near[0], value=year + near[0].value[4:],
                   end_value=year + near[0].end_value[4:])


def _own_year(text: str, months, chosen) -> bool:
    """"in 2017, and in January-October 2018": months written with a year of their own
    narrow that year, not the one before them."""
    written = re.search(r"\b(?:19|20)\d\d\b", text[months.start : months.end])
    return bool(written) and written.group(0) != chosen.value[:4]


_OF_YEAR = re.compile(r"\s*(?:,\s*)?(?:of\s+|in\s+)?$", re.I)


def _months_of_year(chosen, dates, text: str):
    """"in January-November last year": months followed by the year they belong to."""
    year = next((d for d in dates if d.precision == "year" and 0 <= d.start - chosen.end < 8
                 and _OF_YEAR.fullmatch(text, chosen.end, d.start)), None)
    if year is None:
        return chosen
    y = year.value[:4]
    return replace(chosen, value=y + chosen.value[4:], end_value=y + chosen.end_value[4:])


def _year_written(ctx: Context, chosen, dates) -> bool:
    """The months come with their year ("January-July 2020", "the February-July period of
    this year"): no year of the release's has to be guessed for them."""
    if re.search(r"\d{4}", ctx.text[chosen.start : chosen.end]):
        return True
    return any(d.precision == "year" and (0 <= d.start - chosen.end < 25 or
                                          0 <= chosen.start - d.end < 25) for d in dates)
