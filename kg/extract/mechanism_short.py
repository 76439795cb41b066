"""Channels named in short: "the Sub-committee", "the forum", "last year's forum".

A release names its channel in full once and then by its head noun alone; such a short
form is the channel with that head named last before it, or, when none was named yet,
the first one named at all, unless an unnamed gathering with that head was told first.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, MechanismMention
from kg.extract.lexicon import fold
from kg.extract.mechanisms import HEADS
from kg.extract.ordinals import ORDINAL

_ROUTINE = frozenset({"annual", "regular", "biennial", "yearly", "latest", "same", "bilateral",
                      "such"})


def short_forms(ctx: Context) -> None:
    """"the Sub-committee", "the forum", "last year's forum": the release's own mechanism
    with that head."""
    pattern = re.compile(rf"\b(?:the|(?:last|this|next)\s+year['’]s)\s+(?:{ORDINAL}\s+|"
                         rf"(?:next|previous|last|upcoming|"
                         rf"following)\s+)?(?:([a-z]+(?:-[a-z]+)?)\s+)?({HEADS})\b", re.I)
    for m in pattern.finditer(ctx.text, ctx.body_start):
        if any(s <= m.start(2) < e for s, e in ctx.name_spans):
            continue
        head = fold(m.group(2))
        same = [mm for mm in ctx.mechanisms
                if mm.head == head or mm.head.endswith(head) or mm.head.startswith(head)
                or _called(ctx, mm, head)]
        if m.group(1) and m.group(1).lower() not in _ROUTINE and \
                not m.group(1).lower().endswith("-day"):  # "the business forum": a
            # word of the channel's own name; "the annual forum" says nothing of which
            same = [mm for mm in same if m.group(1).lower() in mm.name.lower().split()]
        if same:  # the last one named before, else the first named at all
            told = [mm for mm in same if mm.span[1] <= m.start() and mm.span[0] >= ctx.body_start]
            told = [mm for mm in told if not mm.venue_only] or told
            if not told and _unnamed_before(ctx, m.start(), m.group(2)):
                continue
            near = max(told, key=lambda mm: mm.span[0]) if told else same[0]
            start = m.start(1) if m.group(1) else m.start(2)
            aside = bool(re.search(r"(?:sidelines|margins)\s+of\s+$",  # "on the sidelines of
                                   ctx.text[max(0, m.start() - 40) : m.start()]))  # the forum"
            ctx.mechanisms.append(MechanismMention(near.iri, near.name, (start, m.end(2)), head,
                                                   venue_only=aside))


def _unnamed_before(ctx: Context, at: int, head: str) -> bool:
    """"took part in a business forum ... opened the forum": an unnamed gathering told
    before is what "the forum" points back to, not a channel the release names later."""
    before = ctx.text[ctx.body_start : at]
    return bool(re.search(rf"\ban?\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b", before, re.I))


def _called(ctx: Context, mention: MechanismMention, head: str) -> bool:
    """"the Korea-Russia Dialogue, a civil-society forum launched in 2010": later "the
    forum" is the dialogue."""
    after = ctx.text[mention.span[1] : mention.span[1] + 60]
    if re.match(rf"[^\S\n]+{head}s?\b", after, re.I):
        return True  # "the ninth Korea-Russia Dialogue forum": the forum is the dialogue
    m = re.match(r",\s+an?\s+((?:[\w-]+\s+){0,4}[\w-]+)", after)
    return bool(m) and head in [fold(w) for w in m.group(1).split()]
