"""The last guess at where a document was signed.

A document the text signs but whose sentence, clause and occasion tell no place
("On Wednesday, a memorandum was signed at the university by A and B") was still
signed somewhere: most often in the city the release is about. Readers fill such a
gap from the release as a whole, so a row left without a place says less than the
release does.
"""

from __future__ import annotations

from collections import Counter

from kg.extract.agreement_venues import REMOTE
from kg.extract.context import Context


def release_place(ctx: Context) -> str | None:
    """The city the body names most often (the first named on a tie); without a city, the
    place named most often. Places in the headline and source lines are not counted."""
    hits = [h for h in ctx.place_hits if h.start >= ctx.body_start]
    if not hits:
        return None
    cities = [h for h in hits if _kind(ctx, h.id).endswith("city")]
    pool = cities or hits
    counts = Counter(h.id for h in pool)
    first: dict[str, int] = {}
    for h in pool:
        first.setdefault(h.id, h.start)
    return max(counts, key=lambda pid: (counts[pid], -first[pid]))


def _kind(ctx: Context, place_id: str) -> str:
    rec = ctx.lex.places.get(place_id)
    return rec.kind if rec else "city"


def filled(ctx: Context, when: tuple) -> tuple:
    """``when`` as (date, place, guessed): a missing place taken from the city the release
    is about, for a document whose signing the text dates in the release's year; one only
    referred to ("thanks to the visa waiver agreement"), signed years before or signed by
    video link gets no place the text does not give it. ``guessed`` lets the graph say so."""
    date, place = when
    if place or not date or not ctx.doc_date or date[:4] != ctx.doc_date[:4] or \
            REMOTE.search(ctx.text):
        return date, place, False  # signed years before or by video link: no guess
    guess = release_place(ctx)
    return date, guess, guess is not None
