"""Sectors discussed at events, as concepts of the sector scheme.

A sentence speaks for an event when it names the event's mechanism, or names
no other mechanism and has the participants (or "the two sides") doing
something, or a verb of discussing or agreeing. Lists joined with commas and
"and" ("health and medical care, shipbuilding and energy") give one concept
per item because each item is matched on its own.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.events import main_event
from kg.extract.lexicon import Hit
from kg.namespaces import KGO, SECTOR

_DISCUSS = re.compile(
    r"\b(?:discuss\w*|agreed|agree|exchanged views|exchange views|talked|consulted|reviewed|"
    r"explored|covered|focused|deliberated|shared|cooperation in|cooperation on|"
    r"cooperate in|cooperate on|areas? of|fields? of|sectors? of|such as|including)\b",
    re.I,
)
_SIDES = re.compile(r"\b(?:the two sides|both sides|the two ministers|the two countries|"
                    r"the two vice ministers|the two top diplomats|they|the sides|the two leaders|"
                    r"the two delegations|the two co-chairs)\b", re.I)
_PROPER_OK = {"LNG", "ICT", "R&D", "Arctic", "Northern Sea Route", "Trans-Siberian Railway"}


def find_topics(ctx: Context) -> None:
    if not ctx.events:
        return
    main = main_event(ctx)
    for sent in ctx.sentences:
        if sent.start < ctx.body_start:
            continue
        for hit in _sector_hits(ctx, sent):
            targets = _targets(ctx, sent, main, hit.start)
            if not targets:
                continue
            if hit.surface and _not_a_sector_word(ctx, sent, hit):
                continue
            for ev in targets:
                ctx.out.add(ev.iri, KGO.topic, SECTOR[hit.id], (hit.start, hit.end))


def _sector_hits(ctx: Context, sent) -> list[Hit]:
    """Sector words, plus the sectors a policy stands for ("Nine Bridges")."""
    hits = ctx.lex.sector_matcher.find(ctx.text, sent.start, sent.end)
    for hit in ctx.lex.policy_matcher.find(ctx.text, sent.start, sent.end):
        for slug in ctx.lex.policies[hit.id].extra.get("sectors", "").split("|"):
            if slug:
                hits.append(Hit(hit.start, hit.end, slug, ""))  # "" marks a derived sector
    return hits


def _not_a_sector_word(ctx: Context, sent, hit: Hit) -> bool:
    """A sector word inside a name or a title, or a capitalised one ("Free Port"), is not
    a sector the text speaks of."""
    if _in_any_name(ctx, hit.start, hit.end):
        return True
    if any(s <= hit.start and hit.end <= e for s, e in ctx.title_spans):
        return True
    proper = hit.surface[0].isupper() and hit.surface not in _PROPER_OK
    return proper and hit.start != sent.start


def _in_any_name(ctx: Context, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ctx.name_spans)


def _targets(ctx: Context, sent, main: Event, pos: int) -> list[Event]:
    """The mechanism named closest before the sector owns it; a sector named before any
    mechanism in a sentence about the main meeting belongs to the main meeting."""
    before = [m for m in ctx.mechanisms if sent.start <= m.span[0] < pos and not m.venue_only]
    named = {before[-1].iri} if before else set()
    body = ctx.text[sent.start : sent.end]
    if not named and (_DISCUSS.search(body) or _SIDES.search(body)):
        here = [e for e in ctx.events if e.sentence == sent.index and e.mechanism is None]
        return here or [main]
    if named:
        hits = [e for e in ctx.events if e.mechanism is not None and e.mechanism.iri in named]
        here = [e for e in hits if e.sentence == sent.index]
        return here or hits[:1]
    here = [e for e in ctx.events if e.sentence == sent.index]
    if here:
        return here
    body = ctx.text[sent.start : sent.end]
    people = any(sent.start <= s < sent.end for p in main.participants for s, _ in p.spans)
    if _DISCUSS.search(body) or _SIDES.search(body) or people:
        return [main]
    return []
