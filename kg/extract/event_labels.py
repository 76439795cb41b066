"""The label an event goes by: built from what is known of it, since releases rarely name
an occasion ("16th meeting of the X in Seoul 2021", "Talks (A and B) in Moscow 2021-04-21").
"""

from __future__ import annotations

from kg.extract.context import Context, Event
from kg.namespaces import KGO


def event_label(ctx: Context, ev: Event) -> str:
    """A readable name for an event, for maps and tables: its channel and number, or its
    kind and the two first people, then where and when."""
    parts = []
    if ev.ordinal and ev.mechanism:
        parts.append(_ordinal_text(ev.ordinal) + " meeting of the")
    if ev.mechanism:
        parts.append(ev.mechanism.name)
    else:
        names = " and ".join(p.name for p in ev.participants[:2])
        kind = {str(KGO.Visit): "Visit", str(KGO.Summit): "Summit", str(KGO.Signing): "Signing",
                str(KGO.Meeting): "Meeting"}.get(str(ev.kind), "Talks")
        parts.append(kind + (f" ({names})" if names else ""))
        if ev.ordinal:
            parts.append(f"(round {ev.ordinal})")
    if ev.place_id:
        parts.append("in " + ctx.lex.place_name(ev.place_id))
    if ev.date:
        parts.append(ev.date.value)
    return " ".join(parts)


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
