"""Figures a release tells twice: once rounded in its lead, once exactly in its body.

"Trade jumped more than 30 percent last year ... Two-way trade reached $24.84 billion in
2018, up 30.2 percent": the rounded "more than 30 percent" is the same fact as "30.2
percent", told loosely; readers record the exact one only. A rounded figure is a
restatement when another figure of the same unit and period lies within a few percent of
it, on the side its hedge allows ("more than 30" is not 29.5), and is written more
exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: "more than 30 percent", "nearly $25 billion", "about 700,000": the hedge of a rounded figure
_HEDGE = re.compile(r"\b(?P<h>more\s+than|over|above|upwards\s+of|nearly|almost|close\s+to|"
                    r"just\s+under|about|around|some|roughly|approximately)"
                    r"(?:\s+(?:US\$|[$€₩]|USD|KRW|RUB))?\s*$", re.I)
#: "Seoul Metro, for its part, carried ...", "Busan, in turn, ...": another party's figure
_ANOTHER = re.compile(r"\b(?:for\s+(?:its|their|his|her)\s+part|in\s+turn|meanwhile|by\s+contrast|"
                      r"in\s+comparison|on\s+the\s+other\s+hand)\b", re.I)
_ABOVE = ("more than", "over", "above", "upwards of")
_BELOW = ("nearly", "almost", "close to", "just under")
_NEAR = 0.05


@dataclass(frozen=True)
class Found:
    """A figure found in the text, before it is written to the graph."""

    value: float
    unit: str
    period: str | None
    target: bool
    label: str
    start: int
    end: int
    num: str  # the digits as written ("30.2", "24.84")
    sent: object


def restated(text: str, fig: Found, found: list[Found]) -> bool:
    """``fig`` is a hedged round figure that another, exacter one of the same unit and period
    tells again."""
    hedge = _HEDGE.search(text, max(0, fig.start - 30), fig.start)
    if fig.target or not hedge:
        return False
    kind = " ".join(hedge.group("h").lower().split())
    for other in found:
        if other is fig or other.target or other.unit != fig.unit or \
                other.period != fig.period or other.value == fig.value or \
                _digits(other.num) <= _digits(fig.num):
            continue
        if abs(other.value - fig.value) > _NEAR * max(other.value, fig.value):
            continue
        if kind in _ABOVE and other.value < fig.value or kind in _BELOW and \
                other.value > fig.value:
            continue
        if other.start < fig.start and _ANOTHER.search(text, fig.sent.start, fig.start):
            continue  # "2.56 billion ... Seoul Metro, for its part, carried about 2.6 billion":
            # after the exact one, a rounded figure told of another party, no retelling
        if not _rounds_to(other.value, fig.value, _digits(fig.num)):
            continue  # "341,300 Russians ... some 330,000 Koreans": another count, not a rounding
        return True
    return False


def _rounds_to(exact: float, rounded: float, digits: int) -> bool:
    """``exact`` cut down or up to ``digits`` significant digits gives ``rounded``."""
    if exact <= 0 or digits <= 0:
        return True
    step = 10 ** (math.floor(math.log10(exact)) - digits + 1)
    low, high = math.floor(exact / step) * step, math.ceil(exact / step) * step
    return any(abs(v - rounded) <= 1e-6 * max(rounded, 1.0) for v in (low, high))


def _digits(num: str) -> int:
    """Significant digits written: "30" has 1 ("30" is a round thirty), "30.2" has 3."""
    digits = re.sub(r"\D", "", num).lstrip("0")
    if "." not in num:
        digits = digits.rstrip("0")
    return len(digits)


def headline_told(text: str, fig: Found, found: list[Found]) -> bool:
    """``fig`` stands in a title line ("Bank Opens US$1 Billion Credit Line with X") whose
    figure the body tells again, with its own date: the title is a summary of that fact,
    and its undated copy would carry only the release's year."""
    if not _heading(text, fig.sent):
        return False
    return any(other.sent is not fig.sent and _same_kind(other.unit, fig.unit) and
               abs(other.value - fig.value) <= 0.001 * max(other.value, fig.value) and
               not _heading(text, other.sent) for other in found)


def _heading(text: str, sent) -> bool:
    """A title line, or a deck under it: a line of its own in sentence case that ends
    without punctuation, above the first sentence of the body ("Hospital signs deal after
    pilot logged 1,150 sessions"); a bullet line further down is no heading."""
    line = text[sent.start : sent.end]
    if _title_line(line):
        return True
    whole = (sent.start == 0 or text[sent.start - 1] == "\n") and \
        text[sent.end : sent.end + 1] in ("", "\n")
    before_body = not re.search(r"[.!?][\"”]?[ \t]*\n", text[: sent.start])
    return whole and before_body and len(line.split()) >= 5 and \
        not re.search(r"[.!?:;\"”)]\s*$", line)


def _same_kind(a: str, b: str) -> bool:
    """A headline may name what it counts in other words than the body ("logged 1,150
    remote sessions" over "1,150 remote consultations"): counts of things are alike."""
    if a == b:
        return True
    return all(u.isalpha() and u.islower() and u not in ("percent", "fold") for u in (a, b))


def _title_line(line: str) -> bool:
    """Most longer words capitalised and no closing punctuation: a headline."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", line)
    if not words or re.search(r"[.!?\"”]\s*$", line):
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)
