"""The sign of a change told as a fall.

"Exports fell 9.4 percent", "trade slipped 3.1% on-year", "down 5.8% year-on-year",
"7.4% fewer than in 2017", "down 41% from $190 mn": the release tells the size of a fall
against a base period (or a base amount), a change rate. Readers record it
either as the fall's size (9.4) or as the change it is (-9.4); both are true of the text,
so the figure is kept as written and also as a signed change. A fall named by a noun ("a
decrease of 11.6%") or told against no base ("fell by almost 80 percent") has only its size.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.figure_restated import Found

#: the verb or adverb of a fall right before the share: "fell by about", "down", "declined"
#: ("a decrease of 11.6%": a fall named by a noun has that size, no sign)
_FALL_BEFORE = re.compile(
    r"\b(?:fell|fallen|falls|slipped|slips|declined|declines|dropped|drops|decreased|"
    r"decreases|contracted|contracts|shrank|shrunk|shrinks|slid|slides|sank|dipped|"
    r"plunged|plummeted|tumbled|down|lower)"
    r"(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost|roughly|only|just))?\s*$", re.I)
#: "7.4% fewer than in 2017": a comparative right after, against its base
_FEWER = re.compile(r"\s*(?:fewer|less|lower)\s+than\b", re.I)
#: the base the change is told against: "on-year", "from the previous year", "from a year
#: earlier", "compared with the same period": a year-on-year change rate
_AGAINST = re.compile(
    r"\s*(?:\(|,)?\s*(?:on[- ]year|year[- ]on[- ]year|y/y|from\s+(?:the\s+)?(?:previous|prior|"
    r"preceding|same|a\s+year|last\s+year|\d{4})|(?:compared\s+(?:with|to)|against)\s+|"
    # "down 41% from $190 mn": against the base amount
    r"from\s+(?:about\s+|some\s+|around\s+)?(?:US\$|USD|[$€₩]|KRW|RUB)\s*\d|"
    # "fell 3.1 percent to $47.3 million", "fell by 11% to 198 thousand tonnes": the fall
    # told with the amount it landed at is a change rate too (readers keep it signed)
    r"to\s+(?:about\s+|some\s+|around\s+|just\s+)?(?:US\$|USD|[$€₩]|KRW|RUB)?\s*\d)",
    re.I)


_FALL_WORD = re.compile(r"\b(?:decline|drop|fall|decrease|fewer|less|lower|reduction)\b", re.I)


def falling(text: str, sent_start: int, start: int, end: int) -> bool:
    """The share at ``start``..``end`` is a fall its clause tells against a base period:
    a year-on-year change rate."""
    if _FEWER.match(text, end):
        return True
    return bool(_FALL_BEFORE.search(text, max(sent_start, start - 40), start) and
                _AGAINST.match(text, end))


def signed_change(fig: Found) -> Found:
    """The fall ``fig`` tells, as the negative change it is."""
    if _FALL_WORD.search(fig.label) or fig.label == "figure":
        label = "change"  # "decline: 9.4%": the fall's own word is no name of what fell
    else:
        label = fig.label if fig.label.startswith("change") else f"change in {fig.label}"
    return replace(fig, value=-fig.value, label=label)
