"""Openings of a facility told in passing: "The bank's representative office in Seoul
opened in April 2017", "the plant in Kaluga was commissioned in March 2010", "the centre
began operating in Vladivostok in May".

A release recalls when an office, plant or centre opened while telling something else; the
opening is a dated happening of its own, at the place named with the facility (or after
the verb). A body "set up" or "founded" is not an opening of a site and is left alone; so
is an opening with no place told, which reads as background.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_cues import NOT_PRESENT
from kg.extract.event_when import venues
from kg.namespaces import KGO

#: the facility, then (in a few words) its opening verb: "representative office in Seoul
#: opened", "plant ... was inaugurated", "terminal began operations"
_OPENED = re.compile(
    r"\b(?P<what>(?:representative\s+)?office|branch|plant|factory|centre|center|terminal|"
    r"(?:production|assembly)\s+line|consulate(?:\s+general)?|hub|warehouse|laboratory|lab)"
    r"(?P<mid>(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
    r",?\s+(?:was\s+|were\s+)?(?:officially\s+|formally\s+)?"
    r"(?:opened|inaugurated|commissioned|launched|began\s+(?:operations|operating|work)|"
    r"started\s+(?:operations|operating|work))\s+"
    r"(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:(?:in|on)\s+)?$")


def facility_openings(ctx: Context, sent) -> list[Event]:
    """The opening of a site a sentence tells with its date and place."""
    out = []
    for d in ctx.dates_in(sent):
        if d.end <= d.start:
            continue
        m = _OPENED.search(ctx.text, max(sent.start, d.start - 120), d.start)
        if m is None or NOT_PRESENT.search(sent.text):
            continue
        found = venues(ctx, m.start(), d.end) or [
            h for h in ctx.places_in(m.start("mid"), m.end("mid"))]
        if not found:
            continue  # no place: background of a body, not an occasion told
        out.append(Event(iri=None, mechanism=None, ordinal=None, date=d,
                         place_id=found[0].id, span=(m.start(), m.end()),
                         sentence=sent.index, kind=KGO.Meeting, recalled=True))
    return out[:1]
