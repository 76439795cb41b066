"""Signings a release announces for a stated day: "On Oct. 10, he will meet X in Moscow.
The two are expected to sign a memorandum of understanding on ...".

A release about a coming visit names the document to be signed and the day and city
of the meeting it is to be signed at; that is the document's row, with the planned
date and place, as a planned event is an event. Wishes and intentions are not:
"plan to sign", "hope to sign", "agreed to sign ... at an early date", a signing with no
day told, or one under negotiation ("a draft agreement") stay out.
"""

from __future__ import annotations

import re

from kg.extract.agreement_rounds import adjacent as _adjacent
from kg.extract.agreement_when import _occasion, _relative_clauses
from kg.extract.context import Context

#: a signing fixed for an occasion: "will sign", "are expected to sign", "is scheduled to
#: adopt", "are to sign"; not "plan to", "hope to", "agreed to"
_SCHEDULED = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|scheduled|set|due|slated)\s+to|"
                        r"(?:is|are)\s+to)\s+(?:also\s+)?(?:sign|adopt|ink)\b", re.I)
#: a sentence that goes on of the people or the meeting of the one before it
_GOES_ON = re.compile(r"\W*(?:They|He|She|Both\b|The\s+two\b|The\s+(?:sides|parties|ministers|"
                      r"leaders|officials|heads|delegations))\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def scheduled(ctx: Context, sent, docs: list, names: list) -> tuple[str, str | None] | None:
    """The planned day and place of a signing a sentence announces for a named document,
    read from the sentence or, when it goes on of the people of the sentence before ("The
    two are expected to sign ..."), from that one; None when no day is told."""
    if not any(d.names for d in docs) or not _SCHEDULED.search(sent.text):
        return None
    date, place = _occasion(ctx, sent, names + _relative_clauses(ctx, sent))
    if not (date and _DAY.match(date)) and sent.index > 0 and _GOES_ON.match(sent.text):
        prev = ctx.sentences[sent.index - 1]
        if prev.start >= ctx.body_start and _adjacent(ctx, prev, sent):
            d, p = _occasion(ctx, prev, _relative_clauses(ctx, prev))
            date, place = (d, place or p) if not date else (date, place)
    if not date or not _DAY.match(date):
        return None
    return date, place
