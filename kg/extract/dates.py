"""Dates as releases write them, resolved to ISO strings at the text's precision.

"December 12" takes its year from the release; "in September 2018" stays a
month; "from April 14 to 16" starts on the 14th. The release's own year,
when no date line gives it, comes from ``release_year``.
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
YEAR = r"(?:19[89]\d|20[0-4]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Order matters: the most specific shapes first; one combined pattern keeps it to one pass.
_PATTERNS = [
    ("iso", rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("dotted", rf"\b(?P<y>{YEAR})\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?(?P<d>0?[1-9]|[12]\d|3[01])\b"),
    # Russian pages write day.month.year ("05.09.2019"); never month first with dots
    ("dotted_dmy",
     rf"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})\b"),
    # "22 November last year", "November 22 of last year": a day of a year told by the text's
    ("day_rel", rf"\b(?:(?P<d>{_DAY})\s+(?P<mon>{_MON})|(?P<mon2>{_MON})\s+(?P<d2>{_DAY}))"
                rf",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    (
        "md_range",
        rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\s*(?:-|–|to|till|until|through|and)\s*"
        rf"(?:(?P<mon2>{_MON})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{YEAR}))?",
    ),
    (
        "dm_range",
        rf"\b(?P<d>{_DAY})\s*(?:-|–|to|till|until|and)\s*(?P<d2>{_DAY})\s+(?P<mon>{_MON})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "Jul 05,2018": a newswire's date stamp may drop the space after the comma
    ("mdy", rf"\b(?P<mon>{_MON})\s+(?P<d>{_DAY})(?![\d:])(?:(?:,\s*|\s+)(?P<y>{YEAR}))?\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?P<mon>{_MON})(?:,?\s+(?P<y>{YEAR}))?\b"),
    (
        "month_range",
        rf"\b(?:from\s+)?(?P<mon>{_MON})\s*(?:-|–|to|through|till)\s*(?P<mon2>{_MON})"
        rf"(?:,?\s+(?P<y>{YEAR}))?\b",
    ),
    ("my", rf"\b(?:(?:early|mid|late|in|of)[-\s]+)?(?P<mon>{_MON})\s+(?:of\s+)?(?P<y>{YEAR})\b"),
    (
        "part",
        rf"\b(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter|"
        rf"first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months)"
        rf"\s+of\s+(?:(?P<rel>this|last|next)\s+year|(?:the\s+year\s+)?(?P<y>{YEAR}))",
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
    ("month_only", rf"\b(?:[Ii]n|[Ee]arly|[Mm]id|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y|"
                   rf"(?:scheduled|slated|planned|set|due)\s+for)\s+"
                   rf"(?:early\s+|mid-|late\s+)?(?P<mon>{_MON})(?!\s+\d)\b"),
    # "Technoprom-2019", "Innoprom-2021": an edition's name, not a date of its own
    ("year", rf"(?<![\d$.,])(?<![A-Za-z]-)(?P<y>{YEAR})(?![\d%]|\s*(?:percent|per cent))"),
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


def shift_years(period: str, by: int) -> str:
    """Every year of an ISO value or period moved by ``by`` ("2017-01/2017-10" ->
    "2016-01/2016-10")."""
    return re.sub(r"\b(\d{4})\b", lambda m: f"{int(m.group(1)) + by:04d}", period)


def last_year_if_after(value: str, doc_date: str | None) -> str:
    """A month or day written without its year is first put in the release's year; told as
    past, it cannot lie after the release ("held in Busan on November 12" in a February
    release, "In December alone" in a January one), so it is that month a year before.
    The caller decides the clause tells of the past; this decides the year."""
    last = value.split("/")[-1]
    if not doc_date or len(doc_date) < 7 or len(last) < 7 or last[:7] <= doc_date[:7]:
        return value
    return shift_years(value, -1)


def next_year_if_before(value: str, doc_date: str | None) -> str:
    """The mirror of ``last_year_if_after``: told as still to come, a month before the
    release's own ("will host an exhibition from April 14" in November) is next year's."""
    first = value.split("/")[0]
    if not doc_date or len(doc_date) < 7 or len(first) < 7 or first[:7] >= doc_date[:7]:
        return value
    return shift_years(value, 1)


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


#: "signed an MOU ... on the 23rd": a day of the month with no month, as Korean releases
#: write the day of an occasion told in the release's own month
_BARE_DAY = re.compile(r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
                       r"(?!\s+(?:of\s+)?[A-Z][a-z]+|\s+(?:anniversary|meeting|session|round|"
                       r"day|floor|century|time)\b)")


def bare_days(text: str, start: int, end: int, doc_date: str | None,
              known: list[DateMention]) -> list[DateMention]:
    """Days written as "on the 23rd" with no month: the release's month when that day is not
    after the release's own (else the month before); none without the release's day."""
    if not doc_date or len(doc_date) < 10:
        return []
    out = []
    for m in _BARE_DAY.finditer(text, start, end):
        if any(d.start <= m.start("d") < d.end for d in known):
            continue
        y, mon, day = int(doc_date[:4]), int(doc_date[5:7]), int(m.group("d"))
        if day > int(doc_date[8:10]):
            y, mon = (y, mon - 1) if mon > 1 else (y - 1, 12)
        out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mon:02d}-{day:02d}", None, "day"))
    return out
