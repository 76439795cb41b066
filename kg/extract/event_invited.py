"""Visits to come told as an invitation taken up.

"He accepted the invitation to visit Chelyabinsk next year", "The governor invited her
to visit Busan in the spring", "Ms X agreed to pay a return visit to Irkutsk": an
official's trip still to come, with its place and time (with no time told, no trip yet).
Whoever says it, the shape is an invitation (or consent) and "visit" then a known place.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

#: "accepted the invitation to visit", "invited him to visit", "agreed to pay a visit to"
_INVITED = re.compile(
    r"\b(?:(?:accepted|took\s+up|welcomed)\s+(?:an?|the|his|her|their)\s+(?:\w+\s+)?"
    r"invitation\s+(?:\w+\s+){0,4}?to|invited\s+(?:him|her|them|the\s+governor|the\s+mayor|"
    r"the\s+minister|[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2})\s+to|"
    r"(?:agreed|promised|pledged|plans?|planned)\s+to)\s+"
    r"(?:pay\s+(?:an?\s+)?(?:\w+\s+)?visit\s+to|visit)\s+(?:the\s+city\s+of\s+)?")


def invited_visits(ctx: Context, sent) -> list[Event]:
    """The visit an invitation taken up (or a consent) tells, to a place the release names."""
    m = _INVITED.search(ctx.text, sent.start, sent.end)
    if m is None:
        return []
    place = next((h for h in ctx.places_in(m.end(), min(sent.end, m.end() + 40))
                  if h.start == m.end()), None)
    if place is None:
        return []  # "invited them to visit the training ship": no place to go to
    told = [d for d in ctx.dates_in(sent) if d.start >= m.start()]
    if not told:
        return []  # "invited him to visit Moscow at a convenient time": no trip yet
    return [Event(iri=None, mechanism=None, ordinal=None, date=told[0],
                  place_id=place.id, span=(m.start(), m.end()), sentence=sent.index,
                  kind=KGO.Visit)]
