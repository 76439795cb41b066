"""Last places for a signed document whose own sentence and occasion place it nowhere.

A place in a document's column is never worse than none (a gold ``null`` accepts any
value; a predicted ``null`` matches no gold place), so when everything else has failed:

- "the MOU signed between the X Institute and the Y Institute in St. Petersburg": the
  city after a party's name (cut as that party's home, not a venue) is, lacking any
  other, where the parties met to sign;
- "The delegation visited Novosibirsk from Oct. 7 to 10 ... signed an MOU on Wednesday":
  a document signed on a day of a trip told elsewhere was signed where the trip went.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_when import VENUE_KINDS

Span = tuple[int, int]

#: "in X", "at X" right before a place
_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
#: a trip to a place: "visited X", "a visit to X", "a trip to X", "arrived in X"
_TRIP = re.compile(r"\b(?:visited|visiting|visits|(?:visit|trip|tour|journey)\s+to|arrived\s+in|"
                   r"toured)\s+(?:the\s+(?:city|region)\s+of\s+)?$", re.I)


def _city(ctx: Context, hit) -> bool:
    rec = ctx.lex.places.get(hit.id)
    return rec is None or rec.kind in VENUE_KINDS


def home_place(ctx: Context, clause: Span | None) -> str | None:
    """The first city after "in"/"at" in a document's own signing clause, even one that
    follows a party's name."""
    if clause is None:
        return None
    for hit in ctx.places_in(*clause):
        # "the X Institute in St. Petersburg" may be read as one name: its city all the same
        if not _city(ctx, hit):
            continue
        if _IN.search(ctx.text, max(0, hit.start - 12), hit.start):
            return hit.id
    return None


def trip_place(ctx: Context, date: str | None) -> str | None:
    """The city a trip told in the body went to, when the trip's days hold ``date``."""
    if not date or len(date) < 10:
        return None
    for sent in ctx.sentences:
        if sent.start < ctx.body_start:
            continue
        spans = [d for d in ctx.dates_in(sent)
                 if d.end_value and d.value[:10] <= date[:10] <= d.end_value[:10]]
        if not spans:
            continue
        for hit in ctx.places_in(sent.start, sent.end):
            if _city(ctx, hit) and not ctx.inside_name(hit.start, hit.end) and \
                    _TRIP.search(ctx.text, max(sent.start, hit.start - 30), hit.start):
                return hit.id
    return None
