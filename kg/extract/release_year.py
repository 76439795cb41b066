"""The year a release was written, when its date line gives none.

A news dateline says "Aug 28" and a ministry page may say nothing at all. The years the
text speaks of bound the release's: it is no older than the last year told as past,
and older than a meeting planned ahead; an anniversary of diplomatic relations counted
"this year" names the year outright; a weekday told with the dateline's day picks the
year in which that day fell on it.
"""

from __future__ import annotations

import re

from kg.extract.dates import MONTHS, YEAR

_FUTURE_CUE = re.compile(
    r"(?:to be held|will be held|to host|is scheduled|scheduled|ahead of|upcoming|next|"
    r"coming|in the run-up to|to hold|to meet|will meet|designate|invit\w*)"
    r"[^\w.!?;]+(?:(?:St\.|\w+)[^\w.!?;]+){0,16}$",  # within the sentence
    re.I,
)
#: a plan or forecast: the year is ahead, but maybe not the next one
_LATER_CUE = re.compile(
    r"(?:will|would|planned|plans?|prepare|preparing|expected|expects?|(?:is|are) to be|"
    r"(?:is|are) due|due to|(?:is|are) set to|aims?|intends?)\b"
    r"(?:[^\w.;!?]+[\w$%'’-]+(?:\.\d+)?){0,26}"
    r"[^\w.;!?]+$",
    re.I,
)
#: "totaled 32 mln tonnes in 2020": a whole year's figure is told once the year is over
_COMPLETED = re.compile(
    r"\b(?:totall?ed|amounted\s+to|reached|stood\s+at|grew|rose|increased|fell|decreased|"
    r"declined)\b(?:[^.;]|\.\d){0,60}?\bin\s+$", re.I)
_TARGET_CUE = re.compile(r"\b(?:by|until|till|through|to)\s+$", re.I)
_YEAR_ONLY = re.compile(rf"(?<![\d$.,-])({YEAR})(?![\d%-])")


#: Korea and the Russian Federation (then the USSR) established relations in 1990.
RELATIONS_YEAR = 1990
_ANNIVERSARY = re.compile(
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
    r"(?:the\s+)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)", re.I)
_REL_NEAR = re.compile(r"\b(this|last|next)\s+year\b", re.I)


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def _anniversary_year(text: str) -> int | None:
    """"... last year, which marked the 30th anniversary of diplomatic relations": 2021."""
    for m in _ANNIVERSARY.finditer(text):
        lo = max(0, m.start() - 120)
        lo = max([lo] + [b.end() for b in _SENTENCE_END.finditer(text, lo, m.start())])
        hi = next((b.start() for b in _SENTENCE_END.finditer(text, m.end(), m.end() + 60)),
                  m.end() + 60)
        window = text[lo:hi]  # the anniversary's own sentence, not the one before
        if _YEAR_ONLY.search(text, lo, m.start()):
            continue  # "in 2020, which marks the 30th anniversary": the year is written
        near = _REL_NEAR.findall(window)
        if len(set(w.lower() for w in near)) == 1:
            shift = {"this": 0, "last": 1, "next": -1}[near[0].lower()]
            return RELATIONS_YEAR + int(m.group("n")) + shift
    return None


#: "unit No. 2 in 2025", "St. Petersburg": an abbreviation's dot ends no sentence, so the
#: cue before it ("is due to resume ...") still reaches the year
_ABBREV_DOT = re.compile(r"\b(No|Nos|St|Mr|Mrs|Ms|Dr|Prof|Gen|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|"
                         r"Nov|Dec)\.(?=\s)")


def infer_year(text: str, month_day: str | None = None) -> int | None:
    """The year a release was written, judged from the years it speaks of; with the
    dateline's "MM-DD", a past month later in the year than the dateline's ("signed in
    September 2017", dated March 2) puts the release in a later year."""
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
        before = _ABBREV_DOT.sub(r"\1 ", text[max(0, m.start() - 160) : m.start()])
        if _TARGET_CUE.search(before):
            targets.append(y)  # "by 2025": a goal; weak evidence of when the text was written
        elif _FUTURE_CUE.search(before):
            future.append(y)
        elif _LATER_CUE.search(before):
            later.append(y)
        else:
            past.append(y)
            if month_day and _month_after(before, month_day):
                past.append(y + 1)
            if _COMPLETED.search(before):
                completed.append(y)
    edition = _edition_year(text)
    if edition:
        past.append(edition)
    return _year_between(past, completed, future, later, targets)


_MONTH_BEFORE_YEAR = re.compile(rf"\b({'|'.join(MONTHS)})\.?\s+(?:\d{{1,2}},?\s+)?$", re.I)


def _month_after(before: str, month_day: str) -> bool:
    """Whether the text just before a year names a month later than the dateline's."""
    m = _MONTH_BEFORE_YEAR.search(before)
    return bool(m) and MONTHS[m.group(1).lower()] > int(month_day[:2])


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
                  rf"held\s+for\s+the\s+first\s+time)\b[^.;]{{0,30}}?\bin\s+(?P<y>{YEAR})\b",
                  text, re.I)
    n = ordinal_value(m["o"]) if m else None
    if m and n and "annual" in m.group(0).lower():
        return int(m["y"]) + n - 1
    # "the 15th meeting of the X ... The channel, launched in 2003, ...": a channel meets at
    # most about once a year, so its 15th meeting is no earlier than its 15th year
    m = re.search(rf"\b(?P<o>{ORDINAL})\s+(?:meeting|session)\s+of\b[^;]{{0,400}}?"
                  rf"\b(?:launched|founded|established|set\s+up|inaugurated)\s+in\s+"
                  rf"(?P<y>{YEAR})\b", text, re.I)
    n = ordinal_value(m["o"]) if m else None
    return int(m["y"]) + n - 1 if m and n and n >= 3 else None


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")


def year_from_weekday(text: str, month_day: str, estimate: int | None,
                      floor: int | None = None) -> int | None:
    """News datelines carry no year, but "agreed Tuesday" does: pick the year, near the
    estimate and not before ``floor`` (the latest start of a channel or policy the text
    names), in which the dateline's day is that weekday (or the day after it)."""
    import datetime as dt

    said = _SAID_ON.search(text[:1500])  # "the ministry said Saturday": the dateline's day
    m = said or _WEEKDAY_RE.search(text[:1500])
    if not m:
        return estimate
    wanted = _WEEKDAYS.index(m.group(1))
    ahead = not said and _AHEAD_OF.search(text, text.rfind(".", 0, m.start()) + 1, m.start()) \
        and not _TOLD_ON.search(text, max(0, m.start() - 40), m.start())
    month, day = (int(x) for x in month_day.split("-"))
    if estimate and estimate == _after_whole_year(text) and \
            _lag(estimate, month, day, wanted) in (0, 1):
        return estimate  # "amounted to $7.9 bln in 2020", said "on Tuesday": the year after
    centre = estimate or 2019
    best: tuple[int, int, int] | None = None
    for year in range(max(centre - 8, floor or 0), centre + 9):
        try:
            weekday = dt.date(year, month, day).weekday()
        except ValueError:
            continue
        lag = (weekday - wanted) % 7
        if ahead:  # "will hold an exercise on Thursday": a day still to come, days away
            lag = (wanted - weekday) % 7 - 1
            if lag < 0:
                continue
        elif lag > (0 if said else 1):
            continue
        # a release is seldom older than the years it tells of: earlier years weigh more
        cand = (year - centre if year >= centre else 3 * (centre - year), lag, year)
        if best is None or cand < best:
            best = cand
    return best[2] if best else estimate


#: a clause telling what is still to come: its weekday lies after the dateline's day
_AHEAD_OF = re.compile(r"\b(?:will|is\s+to|are\s+to|to\s+be\s+held|scheduled|planned|due\s+to)\b")
#: "..., the director told reporters on Friday": the weekday of the telling, not of what
#: the clause says is to come
_TOLD_ON = re.compile(r"\b(?:said|told|announced|reported|noted|stated|added)\b[^.;]*$")
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
    # "Posted by: Press Team | Date: 2019-04-22 | Views: 1,532": a field of a page's byline
    rf"^(?:[^\n|]*\|[ \t]*)*?\W*(?:Date|Posted|Published)\s*[:.]?\s*"
    rf"(?P<y>{YEAR})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})",
    re.M | re.I,
)


def release_date_from_text(text: str) -> str | None:
    """A date line near the top of a text ("Date 2016-04-11", "• Date : 2015-03-02")."""
    m = _DATE_LINE.search(text[:2000])
    if not m:
        return None
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
