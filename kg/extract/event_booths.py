"""An occasion "at the pavilion" or "at the stand": where the release's gathering was.

Exhibition news tells the fair and its city once ("ran the Korea Pavilion at MIMS 2019,
held at Crocus Expo in Moscow") and then what happened "at the pavilion", "at the booth"
or "at the show" with no city: the place is the one the lead gave the gathering.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_venues import venues

_AT_THE_STAND = re.compile(r"\b(?:at|on)\s+the\s+(?:[\w-]+\s+)?(?:pavilion|stand|booth|"
                           r"exhibition|show|fair|expo|venue|exhibition\s+grounds)\b", re.I)


def lead_gathering_place(ctx: Context, sentence: int) -> str | None:
    """The first venue the body's opening sentences give, for an occasion told "at the
    pavilion" (or stand, booth, show) in sentence ``sentence``; else None."""
    told = ctx.sentences[max(0, sentence - 1) : sentence + 1]  # or the one before: "X signed
    if not any(_AT_THE_STAND.search(s.text) for s in told):  # an MOU at the pavilion. The MOU
        return None  # was signed by A and B"
    body = [s for s in ctx.sentences if s.start >= ctx.body_start and len(s.text) > 60]
    for sent in body[:2]:
        if sent.index >= sentence:
            break
        found = venues(ctx, sent.start, sent.end)
        if found:
            return found[0].id
    return None
