"""The place a release reports from when it has no dateline but a heading line of place.

"The Kremlin, Moscow" or "Vladivostok, Russky Island" on a short line of its own before
the story starts says where the release was filed, like a news dateline.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_when import VENUE_KINDS


def place_line(ctx: Context) -> str | None:
    """A heading line that only says where ("The Kremlin, Moscow") before the story starts:
    the place the release reports from, like a news dateline."""
    long_ones = 0
    for sent in ctx.sentences[:8]:
        words = sent.text.split()
        if len(words) > 12:
            long_ones += 1  # a summary line may come before the date and place lines
            if long_ones > 1:
                return None  # the story has started
            continue
        if len(words) > 5 or re.search(r"\d", sent.text):
            continue
        found = ctx.places_in(sent.start, sent.end)
        last = [h for h in found if sent.text.rstrip(" .").endswith(ctx.text[h.start : h.end])]
        rec = ctx.lex.places.get(last[0].id) if last else None
        if rec is not None and rec.kind in VENUE_KINDS:
            return last[0].id
        if last and sent.text.startswith(ctx.text[found[0].start : found[0].end]):
            first = ctx.lex.places.get(found[0].id)  # "Vladivostok, Russky Island": the city,
            if first is not None and first.kind in VENUE_KINDS:  # then where in it
                return found[0].id
    return None
