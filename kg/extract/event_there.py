"""Occasions placed by "there": "... in Vladivostok in 2021, after the sixth one took place
there in October 2017", "The forum opened in Kazan; the first one was also held there".

"there" after a verb of taking place points back to the last place the text named as a
venue, in the same sentence or, failing that, the one before; an occasion told so is
placed where that place is, never left without one.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "took place there", "was held there", "met there": the occasion's place is told before
_THERE = re.compile(r"\b(?:took\s+place|takes\s+place|(?:was|were|is|are|had\s+been|been)\s+"
                    r"(?:also\s+)?(?:held|hosted|staged|organi[sz]ed|convened)|met|gathered|"
                    r"convened)\s+(?:also\s+)?there\b", re.I)


def places_told_there(ctx: Context) -> None:
    """Give each unplaced occasion followed by "took place there" the venue named before."""
    for ev in ctx.events:
        if ev.place_id is not None or ev.sentence >= len(ctx.sentences):
            continue
        sent = ctx.sentences[ev.sentence]
        there = _THERE.search(ctx.text, ev.span[0], min(sent.end, ev.span[1] + 60))
        if there is None:
            continue
        ev.place_id = _venue_before(ctx, ev.sentence, there.start())


def _venue_before(ctx: Context, index: int, at: int) -> str | None:
    """The last venue named before ``at`` in sentence ``index``, else in the one before."""
    from kg.extract.event_when import venues

    sent = ctx.sentences[index]
    named = venues(ctx, sent.start, at)
    if not named and index > 0:
        prev = ctx.sentences[index - 1]
        named = venues(ctx, prev.start, prev.end)
    return named[-1].id if named else None
