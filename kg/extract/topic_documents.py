"""Sectors a signed document sets out, told after the signing.

A release about an agreement tells the signing, then what the document or the vehicle it
sets up is to do: "The platform will finance projects ...", "Priority will be given to
logistics and port infrastructure ...", "The partners expect to ...". Those areas are
the signing's, though no one discusses anything in the sentence.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

_BULLET = r"\W*(?:[o°◦]\s+)?"
#: a sentence setting out what a document, or the vehicle it sets up, is to do
_CONTENT = re.compile(
    rf"{_BULLET}(?:(?:The|This|Under\s+the|Within\s+the)\s+(?:[\w-]+\s+){{0,2}}?(?:platform|"
    r"partners|parties|joint\s+venture|agreement|memorandum|MOU|MoU|document|deal|accord|"
    r"programme|program|roadmap)\b[^.;]{0,80}?\b(?:will|shall|is\s+to|are\s+to|expects?\s+to|"
    r"plans?\s+to|aims?\s+to|intends?\s+to|provides?|envisages?|covers?|focus(?:es)?\s+on)\b|"
    r"(?:Priority|Preference|Special\s+attention|Particular\s+attention)\s+(?:will\s+be|is|"
    r"shall\s+be)\s+(?:given|paid))", re.I)


def document_told(ctx: Context, sent) -> Event | None:
    """The signing whose document the sentence sets out: the last one told before it, with
    no later occasion told in between (a later visit's talks own what follows them)."""
    if not _CONTENT.match(sent.text):
        return None
    signed = [e for e in ctx.events if e.kind == KGO.Signing and e.sentence < sent.index]
    if not signed:
        return None
    last = signed[-1]
    between = [e for e in ctx.events if last.sentence < e.sentence <= sent.index
               and e.kind != KGO.Signing and not _before(e, last)]
    return None if between else last


def _before(event: Event, signing: Event) -> bool:
    """The forum the signing took place at, or an occasion recalled from before it: a
    frame or a memory, not a later occasion the story has moved on to."""
    if event.date is None or signing.date is None:
        return False
    return event.date.value <= signing.date.value
