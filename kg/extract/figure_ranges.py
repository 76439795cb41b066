"""A range of two numbers written as one: "$10–100 million", "55,000-60,000 won".

Each end is a figure of its own, and the two share what is written only once: the lower end
takes the scale and unit written after the upper one ("10–100 million" is 10 million to 100
million), and the upper end the currency sign written before the lower one.
"""

from __future__ import annotations

import re

#: the dash between the two ends of a range
_DASH = re.compile(r"\s*[–—-]\s*")
#: the lower end right before an upper end: "$10–", "US$ 1.2-"
_LOWER = re.compile(r"(?P<cur>US\$|[$€₩])\s?\d[\d,.]*\s*[–—-]\s*$")


def range_upper(text: str, m: re.Match[str], pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The upper end of the range whose lower end ``m`` is written bare ("10" in "$10–100
    million"), when it carries a scale or a unit the lower end lacks."""
    if m.group("scale") or m.group("unit") or m.group("count") or m.group("fold"):
        return None
    dash = _DASH.match(text, m.end())
    if not dash or not text[dash.end() : dash.end() + 1].isdigit():
        return None
    upper = pattern.match(text, dash.end())
    if upper and (upper.group("scale") or upper.group("unit") or upper.group("count")):
        return upper
    return None


def lower_currency(text: str, m: re.Match[str]) -> str | None:
    """The currency sign of the lower end before the upper end ``m`` ("$" in "$10–100
    million"), which ``m`` written without one shares."""
    if m.group("cur"):
        return None
    lower = _LOWER.search(text, max(0, m.start() - 20), m.start())
    return lower.group("cur") if lower else None
