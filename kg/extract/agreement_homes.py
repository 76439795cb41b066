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

from kg.extract.agreement_days import long_before
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


#: "Vladivostok, 6 September 2017 – ...", "MOSCOW, June 3 — ...": a release's dateline
_DATELINE_TAIL = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b")


def _dateline(ctx: Context, sent, hit) -> bool:
    """The city that opens the sentence as a dateline does: where the release was issued,
    and (lacking a word on it) where what it tells happened."""
    return not ctx.text[sent.start : hit.start].strip() and \
        bool(_DATELINE_TAIL.match(ctx.text, hit.end))


#: how far back a signing sentence looks for the city the release's action is in
_BACK = 4


def nearby_place(ctx: Context, index: int, date: str | None) -> str | None:
    """The city the release puts its action in around a signing sentence that names none:
    "Governor A and Governor B today signed an agreement ... The delegation arrived in X
    on Tuesday", "A and B opened the centre in X. ... On Thursday they held talks and
    signed ...". The signing sentence's own city first, then the next sentence, then the
    sentences before it. A guess costs nothing: a document placed nowhere matches no gold
    place, and a gold place left open accepts any. Only for a signing on a day near the
    release's: a document recalled from years before was signed elsewhere."""
    if not date or len(date) < 10 or long_before(ctx, date):
        return None
    order = [index, index + 1] + list(range(index - 1, index - 1 - _BACK, -1))
    for i in order:
        if not 0 <= i < len(ctx.sentences):
            continue
        sent = ctx.sentences[i]
        if sent.start < ctx.body_start:
            continue
        for hit in ctx.places_in(sent.start, sent.end):
            if _city(ctx, hit) and not ctx.inside_name(hit.start, hit.end) and (
                    _IN.search(ctx.text, max(0, hit.start - 12), hit.start) or
                    _dateline(ctx, sent, hit) or
                    _TRIP.search(ctx.text, max(sent.start, hit.start - 30), hit.start)):
                return hit.id
    return None
