"""A background box listing the channel's rounds: "1st dialogue: Seoul, November 2016 /
2nd dialogue: Moscow, March 2018 / 3rd dialogue: Seoul, June 4, 2019".

Ministries close a release with such a box; each item is a round of the release's own
channel, its place and date told after a colon with no verb at all.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event, MechanismMention
from kg.extract.ordinals import ORDINAL, ordinal_value
from kg.namespaces import KGO

_ITEM = re.compile(rf"(?<![\w-])(?P<o>{ORDINAL})\s+(?P<noun>dialogue|meeting|session|round|forum|"
                   r"consultations?|committee|commission|conference)\s*:\s*(?P<rest>[^/;\n]{4,60})",
                   re.I)


def factbox_rounds(ctx: Context, sent, primary: MechanismMention | None) -> list[Event]:
    """Rounds of the release's own channel listed as "Nth noun: Place, Date" items."""
    if primary is None:
        return []
    out = []
    for m in _ITEM.finditer(ctx.text, sent.start, sent.end):
        if m["noun"].lower()[:6] not in primary.head:
            continue  # "2nd forum" in a box of a committee's meetings: not its round
        lo, hi = m.start("rest"), m.end("rest")
        places = [h for h in ctx.places_in(lo, hi) if not ctx.inside_name(h.start, h.end)]
        dates = [d for d in ctx.dates_in(sent) if lo <= d.start < hi]
        if not places or not dates:
            continue
        out.append(Event(iri=None, mechanism=primary, ordinal=ordinal_value(m["o"]),
                         date=dates[0], place_id=places[0].id, span=(m.start(), m.end("noun")),
                         sentence=sent.index, kind=KGO.Meeting, recalled=True))
    return out
