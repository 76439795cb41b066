"""Which place a sentence names is where an occasion was held: "in Seoul", "in the port
city of X", "at the Lotte Hotel Seoul", "visited the X Complex in Y", and a seat of
government that stands for its city ("held in the Kremlin"); not the home of a facility
("an innovation center in Vladivostok") nor a region that is no venue.
"""

from __future__ import annotations

import re

from kg.extract.agreement_vocab import _alt, vocab
from kg.extract.context import Context
from kg.extract.event_when import VENUE_KINDS


def landmark(ctx: Context, lo: int, hi: int, free) -> str | None:
    """"held in the Kremlin": a seat of government stands for the city it lies in."""
    marks = vocab().landmarks or {}
    if not marks:
        return None
    pat = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({_alt(list(marks))})\b")
    m = pat.search(ctx.text, lo, hi)
    if not m or not free(m.start(1)):
        return None
    return next(v for k, v in marks.items() if k.lower() == " ".join(m.group(1).split()).lower())


#: "in Seoul", "in the city of X", "in the regional capital of X", "in the Far Eastern port
#: city of X": what may stand between "in" and a venue
_VENUE_LEAD = re.compile(r"(?:(\S+)\s+)?\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                         r"(?:city|capital|town|port|seaport|village|resort)\s+of\s+)?$")
#: "at the Government Complex Sejong", "at the Lotte Hotel Seoul": a building whose name
#: ends in its city; the meeting was in that city
_BUILDING_LEAD = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Complex|Hotel|Hall|"
                            r"Center|Centre|Palace|Plaza|Tower)\s+$")
#: "visited the X Shipbuilding Complex in Y", "held at the Z Hotel in Y": a named place
#: visited or met at lies in the city after it, where the occasion was
_VISITED_AT = re.compile(r"\b(?:visited|toured|visit\s+to|held\s+at|met\s+at)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+){1,5}(?:in|at)\s+(?:the\s+)?$")


def is_venue(ctx: Context, hit) -> bool:
    """A place the text puts an occasion in ("in Seoul", "at the Lotte Hotel Seoul"), not
    the home of a facility ("an innovation center in X") nor a region."""
    rec = ctx.lex.places.get(hit.id)
    if rec is not None and rec.kind not in VENUE_KINDS:
        return False
    before = ctx.text[max(0, hit.start - 70) : hit.start]
    if _BUILDING_LEAD.search(before) or _VISITED_AT.search(before):
        return True
    m = _VENUE_LEAD.search(before)
    return bool(m) and not (m.group(1) and m.group(1).lower() in vocab().facilities)
