"""Meetings told in passing: the earlier meetings of a pair just named ("following their
meeting in A on August 7"), the last one two bodies held ("The companies last met in
Seoul in April"), and a session held inside a forum round.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_when import pairs_in, weekday_date
from kg.namespaces import KGO

_THEIR = re.compile(r"\b(?:following|after)\s+(?:their\s+)?(?:earlier\s+|previous\s+)?"
                    r"(?:talks|meetings?|summit)\s+(?:in|at)\b|"
                    r"\btheir\s+(?:previous\s+|last\s+|first\s+|earlier\s+|second\s+|"
                    r"third\s+|fourth\s+|fifth\s+|\d+(?:st|nd|rd|th)\s+)?"
                    r"(?:meeting|talks|summit|(?:tele)?phone\s+(?:talks|call|conversation))\b|"
                    r"\b(?:the two (?:ministers|leaders|presidents|top diplomats|sides)|they)\s+"
                    r"(?:had\s+)?(?:last|previously|first|earlier)\s+met\b", re.I)


_BODIES_LAST_MET = re.compile(r"\bThe\s+(?:two\s+)?(?:companies|sides|parties|ministries|"
                              r"agencies|corporations)\s+(?:had\s+)?(?:last|previously)\s+met\b")


def their_meetings(ctx: Context, sent, pair: list) -> list[Event]:
    """"following their meeting in A on August 7 and their talks in B on September 6":
    earlier meetings of the two officials just named, one per place and date; "The
    companies last met in Seoul in April": the bodies' last meeting."""
    if _BODIES_LAST_MET.search(sent.text):
        pair = []
    elif len(pair) < 2 or not _THEIR.search(sent.text):
        return []
    out = []
    for venue, date in pairs_in(ctx, sent, sent.start, sent.end):
        if date is None:
            continue
        m = _THEIR.search(sent.text) or _BODIES_LAST_MET.search(sent.text)
        span = (sent.start + m.start(), sent.start + m.end())
        out.append(Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=venue,
                         span=span, sentence=sent.index, kind=KGO.Talks,
                         participants=list(pair)))
    return out


_SESSION = re.compile(r"\bat\s+(?:the|a)\s+(?:[\w-]+\s+){0,6}?(?:session|business dialogue|"
                      r"roundtable|round table|panel|conference)\s+(?:held\s+)?"
                      r"(?:as part of|on the sidelines of|within|during)\s+the\b", re.I)


def session_events(ctx: Context, sent) -> list[Event]:
    """"said on Thursday at the business dialogue held as part of the fifth forum": a
    session inside a forum round, with the officials who spoke at it."""
    m = _SESSION.search(sent.text)
    if m is None or not any(sent.start <= s < sent.end for p in ctx.persons for s, _ in p.spans):
        return []
    a, b = sent.start + m.start(), sent.start + m.end()
    if any(a <= mm.span[0] < b and not mm.venue_only for mm in ctx.mechanisms):
        return []  # "at the Russia - Republic of Korea business dialogue": a channel's meeting
    end = sent.start + m.end()
    pairs = pairs_in(ctx, sent, sent.start, end)
    venue, date = pairs[0] if pairs else (None, None)
    date = date or weekday_date(ctx, sent.start, end)
    span = (sent.start + m.start(), end)
    return [Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=venue, span=span,
                  sentence=sent.index, kind=KGO.Talks)]


#: "Hwang visited Moscow on March 14 for talks with Belozerov, and the two met again in
#: Singapore on Aug. 3": a second meeting of the pair, told in the same sentence
_MET_AGAIN = re.compile(r",?\s+and\s+(?:the\s+two|they)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:met|held\s+talks)\s+(?:again|later|once\s+more)\b", re.I)


def met_again(ctx: Context, sent, made: list[Event]) -> list[Event]:
    """The pair's later meeting, with its own day and place, beside the first one told."""
    first = [e for e in made if e.mechanism is None and e.kind in (KGO.Talks, KGO.Visit)]
    m = _MET_AGAIN.search(ctx.text, sent.start, sent.end) if first else None
    if m is None:
        return []
    pairs = pairs_in(ctx, sent, m.end(), sent.end)
    if not pairs or pairs[0][1] is None or first[0].date is not None and \
            pairs[0][1].value == first[0].date.value:
        return []
    venue, date = pairs[0]
    return [Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=venue,
                  span=(m.start(), m.end()), sentence=sent.index, kind=KGO.Talks)]

