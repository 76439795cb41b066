"""Who was at an occasion, told in a sentence of its own: "Among the guests were X and Y",
"X and Y watched the launch from the control center", "watched Sunday's match",
"Ambassador Z is expected to attend", "Taking part in the ceremony were ...", "The ribbon
was cut by ...", "He was joined by ...".

A release tells the occasion first (a reception, a launch, a concert) and its guests after;
the guests took part in the occasion told just before, or in the last one named by the noun
they attended ("watched the launch" is the launch, however many sentences back).
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

#: a sentence of guests: "Among the guests were", "watched the launch", "is expected to
#: attend", "attended the ceremony"
_GUESTS = re.compile(r"\b(?:[Aa]mong\s+(?:the\s+)?(?:guests|attendees|those\s+present|"
                     r"participants|invitees)|(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+"
                     r"attend\b|(?:watched|witnessed|attended|observed)\s+the\s+"
                     r"(?:[A-Z]\w*['’]s\s+)?(?P<noun>[a-z][\w-]+)|"
                     # "The meeting was also attended by X": the occasion its subject names
                     r"(?P<subject>[a-z][\w-]+)\s+(?:was|were)\s+(?:also\s+)?"
                     r"(?:attended|watched|witnessed)\s+by\b|"
                     # "Taking part in the ceremony were X", "Also present at the opening
                     # were Y", "The ribbon was cut by Z", "Mr. Seo was joined by W"
                     r"\b(?:[Tt]aking|[Tt]ook|[Aa]lso\s+took)\s+part\s+in\s+the\s+"
                     r"(?P<part>[a-z][\w-]+)|\b(?:[Aa]lso\s+)?[Pp]resent\s+(?:at\s+the\s+"
                     r"(?P<present>[a-z][\w-]+)\s+)?were\b|\b[Tt]he\s+(?:red\s+)?ribbon\s+"
                     r"was\s+cut\s+by\b|\b(?:was|were)\s+joined\s+by\b)")
#: how far back an occasion told without the noun may be
_NEAR = 2


def occasion_guests(ctx: Context) -> None:
    """Add the people of a guests' sentence to the occasion of no channel they attended."""
    own = {e.sentence for e in ctx.events}
    for sent in ctx.sentences:
        if sent.index in own:
            continue
        m = _GUESTS.search(sent.text)
        if m is None:
            continue
        told = _attended(ctx, sent.index, m["noun"] or m["subject"] or m["part"] or
                         m["present"])
        if told is None:
            continue
        for person in ctx.persons:
            if any(sent.start <= s < sent.end for s, _ in person.spans) and \
                    person not in told.participants:
                told.participants.append(person)


def _attended(ctx: Context, index: int, noun: str | None) -> Event | None:
    """The last occasion of no channel before the sentence that the noun names, else the
    one told in the sentences just before."""
    before = [e for e in ctx.events if e.mechanism is None and e.sentence < index
              and not e.recalled]  # "the plant, which opened in 2012": no one's guests
    if not before:
        return None
    if noun:
        named = [e for e in before if noun[:5].lower() in ctx.sentences[e.sentence].text.lower()]
        if named:
            return max(named, key=lambda e: e.sentence)
    gatherings = [e for e in before if e.kind != KGO.Visit]  # no one attends an arrival
    if not gatherings:
        return None
    last = max(gatherings, key=lambda e: e.sentence)
    return last if index - last.sentence <= _NEAR else None
