"""A project first told by its kind alone ("the regional pharmaceutical cluster") and named
in full elsewhere with the place it belongs to ("The Yaroslavl pharmaceutical cluster,
set up in 2012, ..."): the fuller naming is the project's name. A sentence that only
describes a project needs no cue of building or investing, so it is read here.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.project_phrases import Mention


def named_in_full(ctx: Context, mentions: list[Mention]) -> None:
    """Give a project named by common words only the place name that precedes those words
    elsewhere in the body; its place column becomes that place when it had none."""
    for m in mentions:
        if m.kind != "np" or not re.fullmatch(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)+", m.label):
            continue
        hit = _place_before(ctx, m.label)
        if hit is None:
            continue
        m.label = f"{' '.join(hit.surface.split())} {m.label}"
        m.place_id = m.place_id or hit.id


def _place_before(ctx: Context, label: str):
    """The one place name right before ``label`` in the body ("the Tomsk pharmaceutical
    cluster"); none when the text puts two different places there."""
    found = {}
    words = r"\s+".join(re.escape(w) for w in label.split())
    for m in re.finditer(rf"(?<![\w-])(?:[A-Z][\w'’-]*\s+){{1,3}}?(?={words}(?![\w-]))",
                         ctx.text[ctx.body_start:]):
        start = ctx.body_start + m.start()
        end = ctx.body_start + len(m.group(0).rstrip()) + m.start()
        hit = next((h for h in ctx.places_in(start, end) if h.end == end and
                    re.fullmatch(r"(?:The\s+)?", ctx.text[start:h.start])), None)
        if hit is not None:
            found[hit.id] = hit
    return next(iter(found.values())) if len(found) == 1 else None
