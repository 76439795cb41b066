"""Last settings for events still told without a place or a date.

An occasion reaches the graph with no place only when nothing near it named one; but a
release almost never reports a meeting that happened nowhere. The best the text supports
is still a better answer than none: where another occasion of that day was, a place named
in its own or the sentence before, where the trip it falls inside went, the dateline city,
or the one place the release keeps returning to. Likewise an occasion with no date is on
a day told in its sentence or the one before, else on the release's own day. A
virtual occasion too: one side took part from somewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.namespaces import KGO

#: "in Seoul", "at the Lotte Hotel in Busan": a place a thing happens at, not one named
_AT_PLACE = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$")


def fill_place(ctx: Context, ev: Event, abroad: bool = False) -> str | None:
    """The best place the text supports for an event told without one. Even a meeting held
    online is given one: a side took part from somewhere ("signed by videoconference, with
    the President signing in Seoul"), and a guess wrongs no reader where none is owed.
    What is told abroad keeps to the places of its own sentence."""
    if ev.place_id is not None:
        return ev.place_id
    if abroad:  # "on the sidelines of the UNESCO conference": not where the item is filed
        return _seat(ctx, _named_in(ctx, ev, ev.sentence))
    guesses = (lambda: _same_day_place(ctx, ev, spans=False),
               lambda: _named_in(ctx, ev, ev.sentence), lambda: _same_day_place(ctx, ev),
               lambda: _same_day_place(ctx, ev, 3), lambda: _trip_place(ctx, ev),
               lambda: _named_in(ctx, ev, ev.sentence - 1), lambda: ctx.dateline_place,
               lambda: _main_place(ctx))
    return next((p for p in (_seat(ctx, guess()) for guess in guesses) if p), None)


#: kinds of place no meeting is held "in": a guess of one would read as a fact
_NO_SEAT = frozenset({"macro_region", "federal_district"})


def _seat(ctx: Context, place_id: str | None) -> str | None:
    """place_id, unless it is a macro-region or district ("the Arctic", "the Far East"):
    a release about the Arctic does not hold its video meeting in the Arctic."""
    if place_id is None:
        return None
    rec = ctx.lex.places.get(place_id)
    return None if rec is not None and rec.kind in _NO_SEAT else place_id


def fill_date(ctx: Context, ev: Event) -> DateMention | None:
    """A date told in the event's sentence or the one before, else the release's day."""
    if ev.date is not None:
        return ev.date
    for index in (ev.sentence, ev.sentence - 1):
        if index < 0:
            continue
        told = [d for d in ctx.dates_in(ctx.sentences[index]) if d.value[:1].isdigit()]
        if len(told) == 1:
            return told[0]
    if ctx.doc_date:
        return DateMention(0, 0, ctx.doc_date)
    return DateMention(0, 0, str(ctx.year)) if ctx.year else None


def _same_day_place(ctx: Context, ev: Event, days: int = 0, spans: bool = True) -> str | None:
    """Another occasion of the same day (or of the few days around it), or a stay spanning
    it, told with a place: the one place the people were then."""
    if ev.date is None or len(ev.date.value) != 10:
        return None
    day = ev.date.value
    found = {o.place_id for o in ctx.events if o is not ev and o.place_id and
             o.date is not None and not o.recalled and (
                 o.date.value == day or 0 < days and abs(day_gap(o.date.value, day)) <= days or
                 spans and o.date.end_value is not None and
                 o.date.value <= day <= o.date.end_value)}
    return found.pop() if len(found) == 1 else None


def day_gap(first: str, then: str) -> int:
    """Days from one ISO day to another; far beyond any window when either is no day."""
    try:
        return (date.fromisoformat(then) - date.fromisoformat(first)).days
    except ValueError:
        return 10**6


def _declared(ctx: Context, place_id: str) -> bool:
    from kg.extract.places import place_iri

    return ctx.out.label_of(place_iri(place_id)) is not None


def _named_in(ctx: Context, ev: Event, index: int) -> str | None:
    """The one place named as a setting ("in X", "at ... in X") in a sentence; only places
    the release speaks of, so none is invented."""
    if index < 0:
        return None
    sent = ctx.sentences[index]
    ids = {h.id for h in ctx.places_in(max(sent.start, ctx.body_start), sent.end)
           if _declared(ctx, h.id) and
           _AT_PLACE.search(ctx.text[max(sent.start, h.start - 60) : h.start])}
    return ids.pop() if len(ids) == 1 else None


def _trip_place(ctx: Context, ev: Event) -> str | None:
    """The one visit (not recalled) told with a place: an unplaced occasion is on it."""
    found = {v.place_id for v in ctx.events if v.kind == KGO.Visit and v.place_id and
             not v.recalled and v is not ev}
    return found.pop() if len(found) == 1 else None


def _main_place(ctx: Context) -> str | None:
    """The place the release names most often, if it clearly leads."""
    counts = Counter(h.id for h in ctx.place_hits
                     if h.start >= ctx.body_start and _declared(ctx, h.id))
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def weekday_year(ctx: Context, d: DateMention | None) -> DateMention | None:
    """"arrived on Monday, 11 July, and will stay until Thursday": the weekday told beside
    a day settles its year, whatever a guess at past or future made of it."""
    if d is None or d.end <= d.start or len(d.value) != 10 or d.end_value:
        return d
    near = _WEEKDAY.search(ctx.text, max(0, d.start - 14), d.start) or \
        re.compile(r"\s*[,(]\s*" + _WEEKDAY.pattern).match(ctx.text, d.end)
    if near is None:
        return d
    wanted = _WEEKDAYS.index(near.group(near.lastindex).lower())
    try:
        told = date.fromisoformat(d.value)
    except ValueError:
        return d
    if told.weekday() == wanted:
        return d
    for shift in (-1, 1):
        try:
            other = told.replace(year=told.year + shift)
        except ValueError:
            continue
        if other.weekday() == wanted:
            return replace(d, value=other.isoformat())
    return d


#: "On the same day, X signed ...", "Later that day ...": the day of the occasion just told
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|evening|afternoon)|(?:later\s+)?that\s+"
                       r"(?:same\s+)?(?:day|evening|afternoon))\b", re.I)


def same_day_told(ctx: Context, ev: Event) -> DateMention | None:
    """The day of the last occasion told before, where ev's sentence (or the one just
    before it, when ev's own names no day) says "the same day"."""
    if ev.date is not None:
        return ev.date
    for index in (ev.sentence, ev.sentence - 1):
        if index < 0 or not _SAME_DAY.search(ctx.sentences[index].text):
            continue
        before = [o for o in ctx.events if o.sentence < index and o.date is not None and
                  len(o.date.value) == 10 and not o.recalled]
        if before:
            return max(before, key=lambda o: o.sentence).date
        return None
    return None
