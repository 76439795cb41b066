"""Places and countries named in a release.

A place named only inside another name ("Free Port of Vladivostok", "Far
Eastern Federal University", the mechanism "Far East and Siberia
Sub-committee") is not a place the release speaks of; it is linked from the
thing whose name holds it instead.
"""

from __future__ import annotations

from rdflib import URIRef

from kg import refdata
from kg.extract.context import Context
from kg.ids import entity_iri
from kg.namespaces import KGO

_LOWER_CONTEXT_WORDS = ("the Arctic",)


def country_iri(ctx: Context, alpha2: str) -> URIRef:
    iri = entity_iri("country", alpha2)
    ctx.out.entity("country", alpha2, KGO.Country, refdata.country_label(alpha2), mention=False)
    return iri


def place_iri(place_id: str) -> URIRef:
    return entity_iri("place", place_id)


def find_place_hits(ctx: Context) -> None:
    ctx.place_hits = ctx.lex.place_matcher.find(ctx.text)
    ctx.country_hits = ctx.lex.country_matcher.find(ctx.text)


def declare_place(ctx: Context, place_id: str, span: tuple[int, int] | None,
                  mention: bool = True, surface: str | None = None) -> URIRef:
    """Curated places go by their reference name; cities abroad by the release's spelling."""
    iri = place_iri(place_id)
    name = ctx.lex.place_name(place_id)
    if place_id not in ctx.lex.places:
        name = ctx.out.label_of(iri) or (" ".join(surface.split()) if surface else name)
    ctx.out.entity("place", place_id, KGO.Place, name, span, mention=mention)
    country = ctx.lex.place_country(place_id)
    if country:
        ctx.out.add(iri, KGO.country, country_iri(ctx, country))
    return iri


def record_places(ctx: Context) -> None:
    """Every place named in the body outside other names."""
    for hit in ctx.place_hits:
        if hit.start < ctx.body_start:
            continue
        if ctx.inside_name(hit.start, hit.end) or _inside_longer_name(ctx, hit.start, hit.end):
            continue
        declare_place(ctx, hit.id, (hit.start, hit.end), surface=hit.surface)
    for hit in ctx.country_hits:
        if hit.start >= ctx.body_start:
            ctx.out.add(ctx.out.release, KGO.mentions, country_iri(ctx, hit.id),
                        (hit.start, hit.end))


def _inside_longer_name(ctx: Context, start: int, end: int) -> bool:
    """"Far Eastern Federal University": a place word followed by a body's head noun."""
    after = ctx.text[end : end + 40]
    import re

    return bool(re.match(r"\s+(?:Federal\s+)?(?:University|Declaration|Institute|Bank|Agency|"
                         r"Port\b(?! of)|Airlines|Shipyard|Corporation|Company|Forum|Initiative|"
                         r"Sub-?committee|Committee|Commission)", after))
