"""The number a channel's meeting is told by in the mention's own stretch.

"the Sub-committee, as agreed at its 13th meeting held in Seoul", "the Council, whose
third session will be held in Busan", "the Forum, the third meeting of which took place
...", "when the Sub-committee meets for the 13th time": the number is told with "its",
"whose" or "of which" rather than before the channel's name.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.ordinals import ORDINAL, ordinal_value

_ITS_ORDINAL = re.compile(rf"\b(?:(?:its|their|whose)\s+(?P<o>{ORDINAL})\s+"
                          r"(?:(?:annual|regular|plenary)\s+)?(?:meeting|session|round|edition)|"
                          rf"the\s+(?P<o2>{ORDINAL})\s+(?:meeting|session|round|edition)\s+of\s+"
                          r"which|"
                          # "the Commission, of which the fifth session opened today"
                          rf"of\s+which\s+the\s+(?P<o4>{ORDINAL})\s+(?:meeting|session|round|"
                          r"edition)|"
                          # "At the Committee, they agreed to hold the 17th meeting in 2021"
                          rf"(?:hold|convene|host)\s+(?:the|its|their)\s+(?P<o5>{ORDINAL})\s+"
                          r"(?:meeting|session|round)|"
                          # "when the Sub-committee meets for the 13th time in Seoul"
                          r"(?:meets|met|will\s+meet|is\s+to\s+meet|convenes|convened|gathers|"
                          rf"gathered)\s+for\s+(?:the|its|a)\s+(?P<o3>{ORDINAL})\s+time)\b", re.I)


def its_ordinal(ctx: Context, sent, end: int, others: list, start: int | None = None) -> int | None:
    """"the Far East and Siberia Sub-committee, as agreed at its 13th meeting held in Seoul",
    "the Forum, the third meeting of which took place ...", "At its 14th meeting, ...,
    the parties renamed it the X": the number told in the mention's own stretch."""
    stop = min([o[0] for o in others if o[0] >= end], default=sent.end)
    m = _ITS_ORDINAL.search(ctx.text, end, stop)
    if m is None and start is not None:
        lo = max([o[1] for o in others if o[1] <= start], default=sent.start)
        m = _ITS_ORDINAL.search(ctx.text, lo, start)
    if m is None and start is not None and _TO_LAUNCH.search(ctx.text, max(sent.start,
                                                                         start - 40), start):
        return 1  # "agreed to launch the X next year": its first meeting is to come
    return ordinal_value(m.group("o") or m.group("o2") or m.group("o3") or m.group("o4")
                         or m.group("o5")) if m else None


def its_ordinal_at(ctx: Context, sent, end: int, others: list) -> int | None:
    """Where "its 13th meeting" is told after the mention: "The Committee was set up under
    an agreement signed in Seoul in 2010; its 13th meeting took place in Khabarovsk in
    2016": the meeting's setting follows its number, not the channel's name."""
    stop = min([o[0] for o in others if o[0] >= end], default=sent.end)
    m = _ITS_ORDINAL.search(ctx.text, end, stop)
    return m.end() if m and (m.group("o") or m.group("o4") or m.group("o5")) else None  # "the first
    # meeting of which": told


_TO_LAUNCH = re.compile(r"\b(?:to|will|would)\s+(?:launch|inaugurate|set\s+up|establish)\s+"
                        r"(?:the|a)\s+$")
