"""A pilot system the sides develop together: "jointly develop a pilot flood forecasting
and warning system for the X basin in Y Krai", "will deploy a pilot smart metering
platform in Z". A "pilot" thing being made is one concrete undertaking, named by what it
is ("pilot flood forecasting and warning system"), placed at the first place an "in"
after it names; such heads ("system", "platform") name nothing concrete without "pilot".
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.project_phrases import Mention

_PILOT = re.compile(
    r"\b(?:develop|build|creat|launch|set\s+up|introduc|deploy|install|test)\w*\s+"
    r"(?:a|an|the)\s+(?P<name>(?:joint\s+)?pilot\s+(?:[a-z][\w-]*\s+(?:and\s+)?){0,5}?"
    r"(?:system|platform|network|zone))(?![\w-])")
#: "... for the middle reaches of the X basin in Y Krai and Z": the place an "in" names
_IN = re.compile(r"\s+in\s+(?:the\s+)?")


def pilots(ctx: Context) -> list[Mention]:
    """One project per pilot system the release says is being made."""
    out: list[Mention] = []
    for m in _PILOT.finditer(ctx.text, ctx.body_start):
        sent = ctx.sentence_of(m.start())
        end = sent.end if sent else m.end()
        clause = re.search(r"[,;.]", ctx.text[m.end() : end])
        stop = m.end() + clause.start() if clause else end
        label = " ".join(m.group("name").split())
        mention = Mention(label, "named", "named", frozenset(label.lower().split()),
                          (m.start("name"), m.end("name")))
        for lead in _IN.finditer(ctx.text, m.end(), stop):
            hit = next((h for h in ctx.places_in(lead.end(), stop) if h.start == lead.end()),
                       None)
            if hit is not None:
                mention.place_id, mention.place_from_tail = hit.id, True
                break
        out.append(mention)
    return out
