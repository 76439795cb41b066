"""When and where a document only referred to was adopted, as its naming says: "the
Pyongyang Joint Declaration of September 19" (adopted on that day), "the STCW Convention
of 1978", and a declaration named after a city ("the Pyongyang Joint Declaration", "the
Vladivostok Declaration"): leaders adopt such a text where it is named after.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "of September 19", "of 1978", "dated 5 May 2015": the day a document is named by
_OF_DATE = re.compile(r"\s*,?\s+(?:of|dated)\s+")
_OF_YEAR = re.compile(r"\s(?:of|from)\s+((?:19|20)\d\d)$")
#: kinds of text named after the city that adopts them
_CITY_NAMED = frozenset({"declaration", "joint declaration", "joint statement",
                         "joint communique", "joint communiqué", "communique", "communiqué"})


def titled_when(ctx: Context, sent, doc, name: str, where: tuple) -> tuple:
    """The date and place ``where`` lacks, read from the document's naming."""
    date, place = where
    if date is None:
        year = _OF_YEAR.search(name)  # "the STCW Convention of 1978": its name holds the year
        date = year.group(1) if year else _date_of(ctx, sent, doc.end)
    if place is None and doc.kind in _CITY_NAMED:
        place = _named_after(ctx, doc.start, name)
    return date, place


def _date_of(ctx: Context, sent, end: int) -> str | None:
    """A date right after the name, joined by "of" or "dated"."""
    m = _OF_DATE.match(ctx.text, end, sent.end)

    if m is None:
        return None
    return next((d.value for d in ctx.dates_in(sent) if d.start == m.end()),
                None)


def _named_after(ctx: Context, start: int, name: str) -> str | None:
    """The city whose name opens the document's ("Pyongyang Joint Declaration")."""
    for hit in ctx.places_in(start, start + len(name)):
        rec = ctx.lex.places.get(hit.id)
        if hit.start == start and rec is not None and rec.kind.endswith("city"):
            return hit.id
    return None
