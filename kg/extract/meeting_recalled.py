"""Visits told as a noun in passing: "recalled the governor's visit to Seoul in October
2018", "since her first visit to Vladivostok in 2016".

No verb tells them, so the verb shapes of ``meetings.py`` miss them; the noun with whose
visit it was, where it went and when it was is the whole telling.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_venues import venues
from kg.namespaces import KGO

_NOUN_VISIT = re.compile(r"\b(?:his|her|their|[A-Za-z-]+['’]s)\s+(?:(?:official|working|state|"
                         r"first|recent|last|previous|earlier)\s+)?visits?\s+to\s+(?:the\s+)?"
                         r"(?:city\s+of\s+)?(?=[A-Z])")
#: the place, then its date right after ("to Seoul in October 2018")
_THEN_DATE = re.compile(r"\s+(?:(?:in|on)\s+)?$")


def visits_recalled(ctx: Context, sent, made: list[Event]) -> list[Event]:
    """A past visit told as a noun, with its place and a date right after the place; none
    when the sentence's own events already hold that place."""
    out = []
    for m in _NOUN_VISIT.finditer(sent.text):
        at = sent.start + m.end()
        found = [h for h in venues(ctx, at, min(sent.end, at + 40)) if h.start == at]
        if not found:
            continue
        dates = [d for d in ctx.dates_in(sent) if found[0].end < d.start <= found[0].end + 6
                 and _THEN_DATE.search(ctx.text, found[0].end, d.start)]
        if not dates or ctx.doc_date is None or dates[0].value >= ctx.doc_date[:len(
                dates[0].value)] or any(e.place_id == found[0].id for e in made):
            continue  # a visit to come, or one the sentence already tells
        out.append(Event(iri=None, mechanism=None, ordinal=None, date=dates[0],
                         place_id=found[0].id,
                         span=(sent.start + m.start() + m.group(0).find("visit"), at),
                         sentence=sent.index, kind=KGO.Visit, recalled=True))
    return out
