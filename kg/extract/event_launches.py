"""Launches into space: each lift-off a release tells is an occasion of its own.

Space agencies report a satellite "launched aboard a Soyuz rocket from the Baikonur
Cosmodrome on March 22", recall one "placed in orbit from the Naro Space Center in Goheung
on January 30, 2013" and announce the next "scheduled to be launched from Baikonur in
2022". Each is an occasion at the site it flew from, on the day (or month, or year) told
with it; who "was at Baikonur for the launch" took part in the last one told.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.namespaces import KGO

#: the verb of a lift-off
_LIFT_OFF = re.compile(r"\b(?:(?:was|were|be|been|is|are)\s+(?:successfully\s+)?launched|"
                       r"lift(?:s|ed)?\s+off|placed\b[^.;]{0,60}?\bin(?:to)?\s+orbit)\b", re.I)
#: what makes a launch one into space, not of a programme or a product
SPACE = re.compile(r"\b(?:rocket|launch\s+vehicle|cosmodrome|space\s+(?:center|centre|port)|"
                    r"satellite|orbit|spacecraft|Soyuz|Angara|Proton|Naro|KSLV)\b", re.I)
#: "from the Baikonur Cosmodrome", "from Yasny in Orenburg Oblast": the site it flew from
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?")
#: "was at Baikonur for the launch alongside X": people at the launch told before
_AT_LAUNCH = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+for\s+the\s+"
                        r"(?:launch|lift-?off)\b")

#: a launch still to come
_AHEAD = re.compile(r"\b(?:scheduled|planned|slated|due|set)\s+to\s+be\s+launched|"
                    r"\b(?:will|would)\s+be\s+launched\b", re.I)


def launch_events(ctx: Context, sent) -> list[Event]:
    """A launch with the site it flew from and its date; none without either."""
    m = _LIFT_OFF.search(sent.text)
    if m is None or not SPACE.search(sent.text):
        return []
    site = _site(ctx, sent.start + m.end(), sent.end)
    date = _date_after(ctx, sent, sent.start + m.start())
    if site is None or date is None:
        return []
    return [Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=site,
                  span=(sent.start + m.start(), sent.start + m.end()), sentence=sent.index,
                  kind=KGO.Meeting, recalled=True)]  # a launch is no meeting: the
    # people a release names without an occasion met at its talks, not at the launch


def _site(ctx: Context, start: int, end: int) -> str | None:
    """The first place named within a few words after "from"."""
    m = _FROM.search(ctx.text, start, end)
    if m is None:
        return None
    hits = [h for h in ctx.places_in(m.end(), min(end, m.end() + 40))]
    return hits[0].id if hits else None


def _date_after(ctx: Context, sent, start: int) -> DateMention | None:
    """The first date after the verb: "launched ... in March 2015, and the astronaut ...
    in 2008" is March 2015. A half year is told to its year only."""
    dates = [d for d in ctx.dates_in(sent) if d.start >= start]
    if not dates:
        return None
    d = dates[0]
    if d.end_value is not None and d.precision != "day":
        return DateMention(d.start, d.end, d.value[:4], precision="year")
    return d


def launch_attendees(ctx: Context, events: list[Event]) -> None:
    """"X was at Baikonur for the launch alongside Y": X and Y took part in the launch
    told last before the sentence."""
    launches = [e for e in events if e.kind == KGO.Meeting and e.mechanism is None
                and _LIFT_OFF.search(ctx.text, *e.span)]
    for ev in launches:
        if _AHEAD.search(ctx.sentences[ev.sentence].text):
            ev.participants = []  # "X said the next one is scheduled to be launched in
            # 2022": the speaker is at no launch yet
    for sent in ctx.sentences:
        if not _AT_LAUNCH.search(sent.text) or ctx.dates_in(sent):
            continue
        before = [e for e in launches if e.sentence < sent.index]
        if not before:
            continue
        told = before[-1]
        for p in ctx.persons:
            if any(sent.start <= s < sent.end for s, _ in p.spans) and p not in told.participants:
                told.participants.append(p)
