"""Several occasions of one channel told in one sentence, and which is numbered what.

"Launched in Moscow in 2016, the dialogue was held in Seoul in 2017, in Vladivostok in
2018 and in St. Petersburg last year"; "the second and third rounds were held in A and
in B"; "The forum was inaugurated in 2018 in A, and its second round took place in B".
The places and dates come from ``event_when``; this module only says which occasion
carries which number.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_when import pairs_in
from kg.extract.ordinals import ORDINAL, ordinal_value

#: "Launched in Moscow in 2016, the dialogue was held in Seoul in 2017, ...": the founding
#: meeting told in a lead clause, before the channel is named
_LAUNCH_LEAD = re.compile(r"\W*(?:first\s+)?(?:launched|founded|inaugurated|established|set\s+up)"
                          r"\b[^,;]{0,60},\s*(?:the\s+)?$", re.I)


def launched_before(ctx: Context, sent, start: int, pairs: list) -> list:
    """The founding occasion a lead clause tells, when the channel's own stretch told only
    later ones."""
    if len(pairs) < 2 or not _LAUNCH_LEAD.match(ctx.text, sent.start, start):
        return []
    first = pairs_in(ctx, sent, sent.start, start)
    if not first or first[0][1] is None:
        return []
    return first[:1]


_FIRST_HELD = re.compile(r"\b(?:was|were)\s+first\s+(?:held|convened)|\bfirst\s+(?:took|met)\b",
                         re.I)
_BOTH_ROUNDS = re.compile(rf"\b(?P<a>{ORDINAL})\s+and\s+(?P<b>{ORDINAL})\s+(?:rounds|meetings|"
                          r"sessions|editions)\b", re.I)
_NTH_ROUND = re.compile(rf"\b(?P<o>{ORDINAL})\s+(?:round|meeting|session|edition|forum)\b|"
                        # "the first in A in 2016, the second in B in 2017": the noun left out
                        rf"\bthe\s+(?P<e>{ORDINAL})(?:\s+one)?(?=\s+(?:in|at|on|took|was|is|"
                        r"will|would|followed)\b)", re.I)


def numbered_in_turn(ctx: Context, sent, end: int, pairs: list, ordinals: list) -> list:
    """"first held in A in 2018, then in B in 2019, and its third round took place in
    October 2021": the first occasion is number one, and a number told later in the
    sentence belongs to the occasion whose date follows it."""
    out = list(ordinals)
    if _FIRST_HELD.search(ctx.text, end, sent.end):
        out = [1] + [None] * (len(pairs) - 1)
    for m in _BOTH_ROUNDS.finditer(ctx.text, end, sent.end):  # "the second and third
        # rounds were held in A in 2019 and in B in 2020": the next two occasions, in turn
        after = [i for i, (_, d) in enumerate(pairs) if d is not None and d.start > m.end()]
        if len(after) >= 2:
            out[after[0]], out[after[1]] = ordinal_value(m["a"]), ordinal_value(m["b"])
    for m in _NTH_ROUND.finditer(ctx.text, end, sent.end):
        after = [i for i, (_, d) in enumerate(pairs) if d is not None and d.start > m.end()]
        value = ordinal_value(m.group("o") or m.group("e"))
        if after and out.count(value) <= 1:
            out = [None if n == value else n for n in out]
            out[after[0]] = value
            # "its first meeting in A, the second in B, before the session planned for
            # 2020": the first number is the first occasion's only, once others are told
            out = out[:1] + [None if n == out[0] else n for n in out[1:]]
    return out


_LAUNCHED = re.compile(r"\b(?:was|were|is|are|will be|to be|being)\s+(?:first\s+)?"
                       r"(?:launched|inaugurated)\b", re.I)


def ordinals_of(ctx: Context, sent, end: int, ordinal: int | None, count: int) -> list:
    """"The forum was inaugurated in 2018 in A, and its second round took place in B":
    a launch is the first meeting, the round told after it has its own number; with no
    launch, the number told belongs to the first occasion only when one is told."""
    launch = _LAUNCHED.search(ctx.text, end, sent.end)
    if launch is None:
        return [ordinal] * count
    if count == 1:
        return [ordinal or 1]
    return [1, ordinal] + [None] * (count - 2)


#: "which was held online in October 2020, and agreed to hold its next round in 2022"
_ITS_NEXT = re.compile(r"\b(?:its|their)\s+next\s+(?:round|meeting|session|edition|forum)\b",
                       re.I)


def next_told_after(ctx: Context, sent, end: int, stop: int, pairs: list) -> list:
    """The channel's next occasion told later in its own stretch, with a date of its own
    that no occasion told before it took."""
    m = _ITS_NEXT.search(ctx.text, end, stop)
    if m is None:
        return []
    taken = {d.start for _, d in pairs if d is not None}
    nxt = [p for p in pairs_in(ctx, sent, m.end(), stop) if p[1] is not None]
    return nxt[:1] if nxt and nxt[0][1].start not in taken else []
