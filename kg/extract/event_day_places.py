"""Where a day was spent, told once with the day: "held talks with Russian authorities in
Moscow on Oct. 25", then "On Friday, X met Y" with no place.

A release that names a city together with a day ("in Moscow on Oct. 25", also in a photo
caption) says where that day's occasions were; an occasion on that day told without a
place of its own was there.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_cues import VIRTUAL
from kg.extract.event_when import venues

#: "in Moscow on Oct. 25", "in Moscow, on 25 October": the place told right before the day
_IN_PLACE_ON = re.compile(r"\bin\s+(?:[A-Z][\w.'’-]*\s+){1,3},?\s*(?:on\s+)?$")


def places_of_days(ctx: Context) -> None:
    """Fill the place of a dated occasion of no channel from the city told with its day."""
    told = _days_told(ctx)
    for ev in ctx.events:
        if ev.place_id is not None or ev.mechanism is not None or ev.date is None or \
                len(ev.date.value) != 10 or VIRTUAL.search(ctx.sentences[ev.sentence].text):
            continue
        places = told.get(ev.date.value, set())
        if len(places) == 1:
            ev.place_id = next(iter(places))


def _days_told(ctx: Context) -> dict[str, set[str]]:
    """Each full day the release names with a city just before it: the cities."""
    out: dict[str, set[str]] = {}
    for dates in ctx.dates.values():
        for d in dates:
            if len(d.value) != 10 or d.end <= d.start:
                continue
            sent = ctx.sentence_of(d.start)  # not "... plant in St. Petersburg. On August
            # 27, X signed ...": a city ending the sentence before says nothing of the day
            lo = max(0, d.start - 60, sent.start if sent is not None else 0)
            lead = _IN_PLACE_ON.search(ctx.text, lo, d.start)
            if lead is None:
                continue
            for hit in venues(ctx, lead.start(), d.start):
                out.setdefault(d.value, set()).add(hit.id)
    return out


#: "The seminar was part of the third Arctic Week, which runs in the port city ...": the
#: gathering the occasion just told belongs to
_PART_OF = re.compile(r"\b(?:was|were|is|are|formed|forms)\s+(?:held\s+)?(?:as\s+)?(?:an?\s+)?"
                      r"(?:part|segment|component)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$")


def containers_of_told(ctx: Context) -> None:
    """A gathering named as what the occasion told in the sentence before was part of, and
    placed only as "the port city" or not at all, was where that occasion was."""
    for ev in ctx.events:
        if ev.mechanism is None or ev.place_id is not None or not ev.sentence:
            continue
        sent = ctx.sentences[ev.sentence]
        if not _PART_OF.search(ctx.text, sent.start, ev.span[0]):
            continue
        before = [e for e in ctx.events if e.mechanism is None and e.place_id
                  and e.sentence == ev.sentence - 1]
        if len({e.place_id for e in before}) == 1:
            ev.place_id = before[0].place_id
