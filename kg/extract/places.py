"""Places and countries named in a release.

A place named only inside another name ("Free Port of Vladivostok", "Far
Eastern Federal University", the mechanism "Far East and Siberia
Sub-committee") is not a place the release speaks of; it is linked from the
thing whose name holds it instead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rdflib import URIRef

from kg import refdata
from kg.extract import place_shapes
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
    """Gazetteer places, then known places inside hyphenated routes, then named features
    (one at a time or listed before a shared plural: "the A, B and C districts")."""
    inside = _compound_spans(ctx.text)
    hits = [h for h in ctx.lex.place_matcher.find(ctx.text) if not _given_name(ctx, h)
            and not any(s <= h.start and h.end <= e for s, e in inside)]
    hits += place_shapes.hyphen_chain_hits(ctx.lex, ctx.text, ctx.body_start, hits)
    hits += place_shapes.based_hits(ctx.lex, ctx.text, ctx.body_start, hits)
    shaped = place_shapes.feature_places(ctx.text, ctx.body_start, hits)
    shaped += place_shapes.listed_features(ctx.text, ctx.body_start, hits)
    shaped += place_shapes.town_in_region(ctx.lex, ctx.text, ctx.body_start, hits)
    for hit, name in shaped:
        country = place_shapes.country_by_ending(name) or _country_nearby(ctx, hit, hits)
        if country is None:
            continue  # a place row needs its country; nothing in the text gives it
        ctx.lex.shaped_places.setdefault(hit.id, (name, country))
        hits.append(hit)
    ctx.place_hits = sorted(hits, key=lambda h: h.start)
    ctx.country_hits = ctx.lex.country_matcher.find(ctx.text)


@lru_cache(maxsize=1)
def _compounds() -> re.Pattern[str] | None:
    """``place_compounds.txt``: names that hold a place's name but are something else."""
    raw = resources.files("kg.data").joinpath("place_compounds.txt").read_text("utf-8")
    names = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None


def _compound_spans(text: str) -> list[tuple[int, int]]:
    """"Daedeok Innopolis" is a district of Daejeon, not the town of Innopolis."""
    pattern = _compounds()
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def _given_name(ctx: Context, hit) -> bool:
    """"According to Vladimir Gerasimenko": a town named like a given name, right before a
    capitalised word, is a person's name."""
    from kg.extract.names import russian_given_names

    return ctx.text[hit.start : hit.end] in russian_given_names() and \
        bool(re.match(r"\s[A-Z][a-z]", ctx.text[hit.end : hit.end + 3]))


def _country_nearby(ctx: Context, hit, known) -> str | None:
    """The country of the curated place closest after (then before) ``hit`` in its sentence:
    "Y Island in Vladivostok", "the X Peninsula, in the north of Z Krai"."""
    sent = ctx.out.sentence_at(hit.start)
    lo, hi = (sent.start, sent.end) if sent else (hit.start - 200, hit.end + 200)
    after = [h for h in known if hit.end <= h.start < hi]
    before = [h for h in known if lo <= h.start and h.end <= hit.start]
    for other in sorted(after, key=lambda h: h.start) + sorted(before, key=lambda h: -h.start):
        country = ctx.lex.place_country(other.id)
        if country:
            return country
    return None


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
        if _inside_longer_name(ctx, hit.start, hit.end) or _names_a_ministry(ctx, hit):
            continue
        if any(s <= hit.start and hit.end <= e for p in ctx.persons for s, e in p.spans):
            continue  # "Vladimir Gerasimenko": a given name, not the town
        if ctx.inside_name(hit.start, hit.end) and not _location_tail(ctx, hit.start) and \
                not ctx.text.startswith("-based", hit.end) and not _host_city(ctx, hit):
            continue
        declare_place(ctx, hit.id, (hit.start, hit.end), surface=hit.surface)
    for hit in ctx.country_hits:
        if hit.start >= ctx.body_start:
            ctx.out.add(ctx.out.release, KGO.mentions, country_iri(ctx, hit.id),
                        (hit.start, hit.end))


_MINISTRY_REMIT = re.compile(r"\bDevelopment\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$")


def _names_a_ministry(ctx: Context, hit) -> bool:
    """"Minister for the Development of the Russian Far East and Arctic": inside a title, the
    places of a ministry's remit name the ministry, not a place the release speaks of."""
    for s, e in ctx.title_spans:
        if s <= hit.start and hit.end <= e:
            return bool(_MINISTRY_REMIT.search(ctx.text, s, hit.start))
    return False


def _host_city(ctx: Context, hit) -> bool:
    """"the St. Petersburg International Economic Forum": a forum named after its city is
    held there; the city is a place the release speaks of."""
    from kg.extract.mechanisms import GATHERING_HEADS

    rec = ctx.lex.places.get(hit.id)
    if rec is None or rec.kind not in ("city", "federal_city", "special_city", "metropolitan_city"):
        return False
    return any(m.span[0] == hit.start and m.head.endswith(GATHERING_HEADS) for m in ctx.mechanisms)


def _location_tail(ctx: Context, start: int) -> bool:
    """"the Consulate General ... in Vladivostok": a body's name that ends by saying where
    it is names that place too ("Free Port of Vladivostok" does not)."""
    return ctx.text[max(0, start - 4):start] == " in " or \
        ctx.text[max(0, start - 4):start] == " on " and \
        bool(re.match(r"[\w -]+Island\b", ctx.text[start : start + 40]))  # "Center on X Island"


def _inside_longer_name(ctx: Context, start: int, end: int) -> bool:
    """"Far Eastern Federal University", "the Nara Records Center": a place word followed by
    a body's or a building's head noun names that, not the town."""
    after = ctx.text[end : end + 40]
    return bool(re.match(r"\s+(?:Federal\s+)?(?:University|Declaration|Institute|Bank|Agency|"
                         r"Port\b(?! of)|Airlines|Shipyard|Corporation|Company|Forum|Initiative|"
                         r"Sub-?committee|Committee|Commission|"
                         # "the Nara Records Center", "the Baikal Museum": a building
                         r"(?:Records\s+)?(?:Center|Centre)|Museum|Archives?|"
                         # "Kirov Street": an address names a street after the town or man
                         r"(?:Street|Avenue|Prospekt|Prospect|Square|Boulevard|Embankment|"
                         r"Lane)\b)", after))
