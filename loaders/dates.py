"""Release dates in the shapes the sources write them, normalised to ISO ``YYYY-MM-DD``.

Document dates anchor every year-less date in a release ("on December 12"),
so a wrong guess is worse than none: a value without a year gives ``None``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from dateutil import parser as dateparser

_MONTH_NAMES_EN = (
    "january february march april may june july august september october november december"
).split()
_MONTHS_EN = {name[:3]: number for number, name in enumerate(_MONTH_NAMES_EN, start=1)}
# Genitive forms as written in dates ("9 июля 2019"); matched on their stem.
_MONTHS_RU = tuple(
    (stem, number)
    for number, stem in enumerate(
        "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), start=1
    )
)
_NUMERIC = re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?")
_KOREAN = re.compile(r"^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s+([A-Za-zА-Яа-яЁё]{3,9})\.?,?\s+(\d{4})\b")
_TIME_TAIL = re.compile(
    r"^(?:[T\s,]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp][Mm]|KST|MSK|GMT|UTC))?)?$"
)


def parse_date_text(value: str) -> str | None:
    """Parse one of the known textual date shapes; ``None`` unless the whole value is a date."""
    text = value.strip()
    for parse in (_parse_numeric, _parse_korean, _parse_month_first, _parse_day_first):
        result = parse(text)
        if result is not None:
            return result
    return None


def normalise_date(value: object) -> str | None:
    """Best-effort ISO date from a record field: text, epoch number, or RFC 822 ``pubDate``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    known = parse_date_text(text)
    if known is not None:
        return known
    return _parse_with_dateutil(text)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _tail_ok(text: str, end: int) -> bool:
    return _TIME_TAIL.match(text[end:].strip()) is not None


def _parse_numeric(text: str) -> str | None:
    m = _NUMERIC.match(text)
    if not m or not _tail_ok(text, m.end()):
        return None
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _parse_korean(text: str) -> str | None:
    m = _KOREAN.match(text)
    if not m or not _tail_ok(text, m.end()):
        return None
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _parse_month_first(text: str) -> str | None:
    m = _MONTH_FIRST.match(text)
    if not m or not _tail_ok(text, m.end()):
        return None
    month = month_number(m.group(1))
    return _iso(int(m.group(3)), month, int(m.group(2))) if month else None


def _parse_day_first(text: str) -> str | None:
    m = _DAY_FIRST.match(text)
    if not m or not _tail_ok(text, m.end()):
        return None
    month = month_number(m.group(2))
    return _iso(int(m.group(3)), month, int(m.group(1))) if month else None


def month_number(name: str) -> int | None:
    """English month names/abbreviations and Russian genitive month names."""
    lowered = name.lower().rstrip(".")
    if _english_full(lowered):
        return _MONTHS_EN[lowered[:3]]
    for stem, number in _MONTHS_RU:
        if lowered.startswith(stem) and len(lowered) <= len(stem) + 3:
            return number
    return None


def _english_full(lowered: str) -> bool:
    """Accept "Sep", "Sept", "September" but not arbitrary words starting with a month stem."""
    if len(lowered) < 3:
        return False
    return any(full.startswith(lowered) for full in _MONTH_NAMES_EN) or lowered == "sept"


def _parse_with_dateutil(text: str) -> str | None:
    """Fallback for record fields (ISO timestamps, RFC 822); refuses values lacking a year."""
    sentinel = datetime(1, 1, 1)
    try:
        parsed = dateparser.parse(text, default=sentinel)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:
        return None
    return parsed.date().isoformat()


def _from_epoch(number: float) -> str | None:
    """Epoch seconds, or milliseconds when the number is too big for seconds."""
    if number > 1e11:
        number /= 1000.0
    if not 0 < number < 1e10:
        return None
    return datetime.fromtimestamp(number, tz=timezone.utc).date().isoformat()
