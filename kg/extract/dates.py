"""Dates as releases write them, resolved to ISO strings at the text's precision.

"December 12" takes its year from the release; "in September 2018" stays a
month; "from April 14 to 16" starts on the 14th. A release without a date
gets its year from the text: the latest year spoken of as past or present,
or the year before one described as still to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Order matters: the most specific shapes first; one combined pattern keeps it to one pass.
_PATTERNS = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("dotted", rf"\b(?P<y>{_YEAR})\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?(?P<d>0?[1-9]|[12]\d|3[01])\b"),
    # Russian pages write day.month.year ("05.09.2019"); never month first with dots
    ("dotted_dmy",
     rf"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})\b"),
    # "22 November last year", "November 22 of last year": a day of a year told by the text's
    ("day_rel", rf"\b(?:(?P<d>{_DAY})\s+(?P<mon>{_MON})|(?P<mon2>{_MON})\s+(?P<d2>{_DAY}))"
                rf",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    (
        "md_range",
        rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\s*(?:-|–|to|till|until|through|and)\s*"
        rf"(?:(?P<mon2>{_MON})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "dm_range",
        rf"\b(?P<d>{_DAY})\s*(?:-|–|to|till|until|and)\s*(?P<d2>{_DAY})\s+(?P<mon>{_MON})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    ("mdy", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?![\d:])(?:,?\s+(?P<y>{_YEAR}))?\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"),
    (
        "month_range",
        rf"\b(?:from\s+)?(?P<mon>{_MON})\s*(?:-|–|to|through|till)\s*(?P<mon2>{_MON})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
    ),
    ("my", rf"\b(?:(?:early|mid|late|in|of)[-\s]+)?(?P<mon>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    (
        "part",
        rf"\b(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter|"
        rf"first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months)"
        rf"\s+of\s+(?:(?P<rel>this|last|next)\s+year|(?:the\s+year\s+)?(?P<y>{_YEAR}))",
    ),
    (
        "month_rel",
        rf"\b(?:(?P<rel1>next|last|this)\s+(?P<mon1>{_MON})|(?P<mon2>{_MON})\s+(?:of\s+)?"
        rf"(?P<rel2>next|last|this)\s+year)\b",
    ),
    # "next spring": a season is known to its year only
    ("relyear", r"\b(?P<rel>this|last|next|the previous|the following|the same)\s+"
                r"(?:year|spring|summer|autumn|fall|winter)\b"),
    # "In December alone": a sentence may open with it
    ("month_only", rf"\b(?:[Ii]n|[Ee]arly|[Mm]id|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y)\s+"
                   rf"(?:early\s+|mid-|late\s+)?(?P<mon>{_MON})(?!\s+\d)\b"),
    ("year", rf"(?<![\d$.,])(?P<y>{_YEAR})(?![\d%]|\s*(?:percent|per cent))"),
]


def _compile() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(pat, re.I if name in ("relyear", "part", "month_rel", "day_rel")
                              else 0))
            for name, pat in _PATTERNS]


COMPILED = _compile()


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO at its precision: 2019, 2019-09, 2019-09-06
    end_value: str | None = None
    precision: str = "day"  # day | month | year
    relative: bool = False


def month_of(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))


def find_dates(text: str, start: int, end: int, year: int | None) -> list[DateMention]:
    """Every date expression in text[start:end]; overlapping shorter matches are dropped."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in COMPILED:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _resolve(name, m, year)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11}


def _part_of_year(g: dict, y: int) -> tuple[str, str]:
    if g.get("half"):
        a, b = (1, 6) if g["half"].lower() == "first" else (7, 12)
    elif g.get("q"):
        n = ["first", "second", "third", "fourth"].index(g["q"].lower())
        a, b = 3 * n + 1, 3 * n + 3
    else:
        a, b = 1, int(g["n"]) if g["n"].isdigit() else _COUNT[g["n"].lower()]
    return f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}"


def _resolve(name: str, m: re.Match[str], year: int | None) -> DateMention | None:
    g = m.groupdict()
    if name == "month_rel":
        if year is None:
            return None
        rel = (g.get("rel1") or g.get("rel2")).lower()
        mon = month_of(g.get("mon1") or g.get("mon2"))
        y = year + {"this": 0, "last": -1, "next": 1}[rel]
        return DateMention(m.start(), m.end(), f"{y:04d}-{mon:02d}", None, "month", True)
    if name == "day_rel":
        if year is None:
            return None
        y = year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        mon, day = month_of(g["mon"] or g["mon2"]), _day(g["d"] or g["d2"])
        return DateMention(m.start(), m.end(), f"{y:04d}-{mon:02d}-{day:02d}", None, "day", True)
    if name == "part":
        if g.get("rel"):
            if year is None:
                return None
            y = year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        else:
            y = int(g["y"])
        a, b = _part_of_year(g, y)
        return DateMention(m.start(), m.end(), a, b, "month")
    y = int(g["y"]) if g.get("y") else year
    s, e = m.start(), m.end()
    if name in ("iso", "dotted", "dotted_dmy"):
        return DateMention(s, e, f"{int(g['y']):04d}-{int(g['m']):02d}-{int(g['d']):02d}")
    if name in ("md_range", "dm_range", "mdy", "dmy"):
        mon = month_of(g["mon"])
        day = _day(g["d"])
        if y is None or day > 31:
            return None
        value = f"{y:04d}-{mon:02d}-{day:02d}"
        end_value = None
        if g.get("d2"):
            mon2 = month_of(g["mon2"]) if g.get("mon2") else mon
            end_value = f"{y:04d}-{mon2:02d}-{_day(g['d2']):02d}"
        return DateMention(s, e, value, end_value, "day", relative=not g.get("y"))
    if name == "month_range":
        if y is None:
            return None
        a, b = month_of(g["mon"]), month_of(g["mon2"])
        return DateMention(s, e, f"{y:04d}-{a:02d}", f"{y:04d}-{b:02d}", "month")
    if name == "my":
        return DateMention(s, e, f"{int(g['y']):04d}-{month_of(g['mon']):02d}", None, "month")
    if name == "month_only":
        if y is None:
            return None
        return DateMention(s, e, f"{y:04d}-{month_of(g['mon']):02d}", None, "month", True)
    if name == "relyear":
        if year is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1,
                 "the same": 0}[g["rel"].lower()]
        return DateMention(s, e, f"{year + shift:04d}", None, "year", True)
    if name == "year":
        return DateMention(s, e, g["y"], None, "year")
    return None


# -- the release's own year --------------------------------------------------------------

_FUTURE_CUE = re.compile(
    r"(?:to be held|will be held|to host|is scheduled|scheduled|ahead of|upcoming|next|"
    r"coming|in the run-up to|to hold|designate)\W+(?:\w+\W+){0,10}$",
    re.I,
)
#: a plan or forecast: the year is ahead, but maybe not the next one
_LATER_CUE = re.compile(
    r"(?:will|would|planned|plans?|prepare|preparing|expected|expects?|(?:is|are) to be|"
    r"(?:is|are) due|due to|(?:is|are) set to|aims?|intends?)\b(?:[^\w.;!?]+[\w$%'’-]+){0,26}"
    r"[^\w.;!?]+$",
    re.I,
)
#: "totaled 32 mln tonnes in 2020": a whole year's figure is told once the year is over
_COMPLETED = re.compile(
    r"\b(?:totall?ed|amounted\s+to|reached|stood\s+at|grew|rose|increased|fell|decreased|"
    r"declined)\b(?:[^.;]|\.\d){0,60}?\bin\s+$", re.I)
_TARGET_CUE = re.compile(r"\b(?:by|until|till|through|to)\s+$", re.I)
_YEAR_ONLY = re.compile(rf"(?<![\d$.,-])({_YEAR})(?![\d%-])")


#: Korea and the Russian Federation (then the USSR) established relations in 1990.
RELATIONS_YEAR = 1990
_ANNIVERSARY = re.compile(
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
    r"(?:the\s+)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)", re.I)
_REL_NEAR = re.compile(r"\b(this|last|next)\s+year\b", re.I)


def _anniversary_year(text: str) -> int | None:
    """"... last year, which marked the 30th anniversary of diplomatic relations": 2021."""
    for m in _ANNIVERSARY.finditer(text):
        window = text[max(0, m.start() - 120) : m.end() + 60]
        near = _REL_NEAR.findall(window)
        if len(set(w.lower() for w in near)) == 1:
            shift = {"this": 0, "last": 1, "next": -1}[near[0].lower()]
            return RELATIONS_YEAR + int(m.group("n")) + shift
    return None


def infer_year(text: str) -> int | None:
    """The year a release was written, judged from the years it speaks of."""
    anniversary = _anniversary_year(text)
    if anniversary:
        return anniversary
    past: list[int] = []
    future: list[int] = []
    later: list[int] = []
    targets: list[int] = []
    completed: list[int] = []
    for m in _YEAR_ONLY.finditer(text):
        y = int(m.group(1))
        before = text[max(0, m.start() - 160) : m.start()]
        if _TARGET_CUE.search(before):
            targets.append(y)  # "by 2025": a goal; weak evidence of when the text was written
        elif _FUTURE_CUE.search(before):
            future.append(y)
        elif _LATER_CUE.search(before):
            later.append(y)
        else:
            past.append(y)
            if _COMPLETED.search(before):
                completed.append(y)
    edition = _edition_year(text)
    if edition:
        past.append(edition)
    return _year_between(past, completed, future, later, targets)


def _year_between(past: list[int], completed: list[int], future: list[int],
                  later: list[int], targets: list[int]) -> int | None:
    """The release year is no earlier than the last past year (or the year after a whole
    year's figure) and before the first planned one; a meeting planned ahead is usually
    next year's, a forecast or a delivery may be years away."""
    latest_past = max(past) if past else None
    floor = max([*past, *(y + 1 for y in completed)], default=None)
    earliest_future = min((y for y in future if latest_past is None or y > latest_past),
                          default=None)
    if earliest_future is not None:
        return earliest_future - 1
    earliest_later = min((y for y in later if latest_past is None or y > latest_past),
                         default=None)
    if earliest_later is not None:
        return earliest_later - 1 if floor is None else min(floor, earliest_later - 1)
    if targets and floor is None:
        return min(targets) - 1
    return floor


def _edition_year(text: str) -> int | None:
    """"the fifth edition of the annual forum, launched in 2015": the year of that edition."""
    from kg.extract.ordinals import ORDINAL, ordinal_value

    m = re.search(rf"\b(?P<o>{ORDINAL})\s+(?:edition|annual|session|meeting)\b[^.;]{{0,90}}?"
                  rf"\b(?:launched|founded|first\s+held|established|inaugurated|started|"
                  rf"held\s+for\s+the\s+first\s+time)\b[^.;]{{0,30}}?\bin\s+(?P<y>{_YEAR})\b",
                  text, re.I)
    n = ordinal_value(m["o"]) if m else None
    if m and n and "annual" in m.group(0).lower():
        return int(m["y"]) + n - 1
    # "the 15th meeting of the X ... The channel, launched in 2003, ...": a channel meets at
    # most about once a year, so its 15th meeting is no earlier than its 15th year
    m = re.search(rf"\b(?P<o>{ORDINAL})\s+(?:meeting|session)\s+of\b[^;]{{0,400}}?"
                  rf"\b(?:launched|founded|established|set\s+up|inaugurated)\s+in\s+"
                  rf"(?P<y>{_YEAR})\b", text, re.I)
    n = ordinal_value(m["o"]) if m else None
    return int(m["y"]) + n - 1 if m and n and n >= 3 else None


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")


def year_from_weekday(text: str, month_day: str, estimate: int | None) -> int | None:
    """News datelines carry no year, but "agreed Tuesday" does: pick the year, near the
    estimate, in which the dateline's day is that weekday (or the day after it)."""
    import datetime as dt

    said = _SAID_ON.search(text[:1500])  # "the ministry said Saturday": the dateline's day
    m = said or _WEEKDAY_RE.search(text[:1500])
    if not m:
        return estimate
    wanted = _WEEKDAYS.index(m.group(1))
    month, day = (int(x) for x in month_day.split("-"))
    if estimate and estimate == _after_whole_year(text) and \
            _lag(estimate, month, day, wanted) in (0, 1):
        return estimate  # "amounted to $7.9 bln in 2020", said "on Tuesday": the year after
    centre = estimate or 2019
    best: tuple[int, int, int] | None = None
    for year in range(centre - 8, centre + 9):
        try:
            weekday = dt.date(year, month, day).weekday()
        except ValueError:
            continue
        lag = (weekday - wanted) % 7
        if lag > (0 if said else 1):
            continue
        # a release is seldom older than the years it tells of: earlier years weigh more
        cand = (lag, year - centre if year >= centre else 3 * (centre - year), year)
        if best is None or cand < best:
            best = cand
    return best[2] if best else estimate


_SAID_ON = re.compile(r"\b(?:said|announced|reported)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday)\b")


def _after_whole_year(text: str) -> int | None:
    """The year after the last whole year whose total the text reports: the release cannot
    be older, so a weekday fitting it settles the year."""
    done = [int(m.group(1)) for m in _YEAR_ONLY.finditer(text)
            if _COMPLETED.search(text[max(0, m.start() - 160) : m.start()])]
    return max(done) + 1 if done else None


def _lag(year: int, month: int, day: int, wanted: int) -> int | None:
    import datetime as dt

    try:
        return (dt.date(year, month, day).weekday() - wanted) % 7
    except ValueError:
        return None


_DATE_LINE = re.compile(
    rf"^\W*(?:Date|Posted|Published)\s*[:.]?\s*(?P<y>{_YEAR})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})",
    re.M | re.I,
)


def release_date_from_text(text: str) -> str | None:
    """A date line near the top of a text ("Date 2016-04-11", "• Date : 2015-03-02")."""
    m = _DATE_LINE.search(text[:2000])
    if not m:
        return None
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
