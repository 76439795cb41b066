"""Numbered editions of occasions no channel holds: contests, olympiads, festivals by name.

"The tenth Korean Language Olympiad for Russian students was held on Saturday, April 20,
at Moscow State University", "the 5th Russian-Korean Youth Art Contest took place in
Vladivostok on May 3": an embassy or a university counts its yearly occasion the way a
ministry counts a committee's sessions, though no cooperation channel stands behind it.
Each is one occasion, with its number, where and when the sentence tells.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_cues import NOT_PRESENT
from kg.extract.event_when import pairs_in
from kg.extract.ordinals import ORDINAL, ordinal_value
from kg.namespaces import KGO

#: "The tenth Korean Language Olympiad (for ...) was held": a number, a capitalised name,
#: then the verb of holding within a few words
_EDITION = re.compile(rf"\b(?:The|the)\s+(?P<o>{ORDINAL})\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{1,6}})"
                      r"(?:[^,.;]{0,60}?\s)?(?:was|were)\s+(?:successfully\s+)?"
                      r"(?:held|organi[sz]ed|opened|staged|took\s+place)\b|"
                      rf"\b(?:The|the)\s+(?P<o2>{ORDINAL})\s+(?P<name2>(?:[A-Z][\w'’-]*\s+){{1,6}})"
                      r"(?:[^,.;]{0,60}?\s)?took\s+place\b")


def edition_events(ctx: Context, sent) -> list[Event]:
    """A numbered occasion told as held, when no channel the release names is in it."""
    m = _EDITION.search(sent.text)
    if m is None or NOT_PRESENT.search(sent.text):
        return []
    start = sent.start + m.start()
    if any(start <= c.span[0] < sent.start + m.end() for c in ctx.mechanisms):
        return []  # "the 13th Joint Committee was held": a channel's session, told elsewhere
    number = ordinal_value(m["o"] or m["o2"])
    pairs = pairs_in(ctx, sent, start, sent.end)
    venue, date = pairs[0] if pairs else (None, None)
    if number is None or date is None:
        return []
    return [Event(iri=None, mechanism=None, ordinal=number, date=date, place_id=venue,
                  span=(start, sent.start + m.end()), sentence=sent.index, kind=KGO.Meeting)]


#: "On the sidelines of the Olympiad, X met Y": the occasion's last capitalised word
_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins?)\s+of\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’-]*\s+){0,4}(?P<w>[A-Z][\w'’-]{3,})")


def occasion_beside(ctx: Context, ev: Event, sent) -> Event | None:
    """"On the sidelines of the Olympiad, the Ambassador met X": the occasion with no
    channel told before under that name hosts the talks, on its day and at its place."""
    m = _SIDELINES_OF.search(sent.text)
    if m is None:
        return None
    word = m["w"]
    told = [e for e in ctx.events if e.sentence < ev.sentence and e.mechanism is None
            and e is not ev and e.date is not None
            and re.search(rf"\b{re.escape(word)}\b", ctx.text[e.span[0] : e.span[1]])]
    return told[-1] if told else None
