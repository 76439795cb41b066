"""Reference data as RDF: places, countries, organizations, mechanisms, policies.

Loaded once into a graph of its own. Labels here are ``skos:prefLabel`` and
``skos:altLabel`` in English, Korean and Russian; releases contribute
``rdfs:label`` in their own wording, which is what the views report.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg import refdata
from kg.extract.lexicon import lexicon
from kg.ids import REFERENCE_GRAPH, entity_iri
from kg.namespaces import GN, KGO, RDF, SKOS
from kg.terms import to_quad

PLACE_KINDS = {
    "macro_region": KGO.MacroRegion, "federal_district": KGO.FederalDistrict, "krai": KGO.Krai,
    "oblast": KGO.Oblast, "republic": KGO.Republic, "autonomous_okrug": KGO.AutonomousOkrug,
    "autonomous_oblast": KGO.AutonomousOblast, "federal_city": KGO.FederalCity,
    "province": KGO.Province, "special_city": KGO.SpecialCity,
    "metropolitan_city": KGO.MetropolitanCity,
    "special_self_governing_city": KGO.SpecialSelfGoverningCity,
    "special_self_governing_province": KGO.SpecialSelfGoverningProvince, "city": KGO.City,
    "county": KGO.County,
}


def _labels(iri: URIRef, en: str, variants, ko: str, ru: str):
    yield iri, SKOS.prefLabel, Literal(en, lang="en")
    for v in variants:
        yield iri, SKOS.altLabel, Literal(v, lang="en")
    if ko:
        yield iri, SKOS.prefLabel, Literal(ko, lang="ko")
    if ru:
        yield iri, SKOS.prefLabel, Literal(ru, lang="ru")


def _triples():
    countries = set()
    for p in refdata.load_places():
        iri = entity_iri("place", p.id)
        yield iri, RDF.type, KGO.Place
        yield from _labels(iri, p.name_en, p.variants_en, p.name_ko, p.name_ru)
        yield iri, KGO.placeKind, PLACE_KINDS.get(p.kind, KGO.City)
        if p.country:
            countries.add(p.country)
            yield iri, KGO.country, entity_iri("country", p.country)
        if p.parent:
            yield iri, KGO.partOf, entity_iri("place", p.parent)
        if p.iso_3166_2:
            yield iri, KGO.iso3166Code, Literal(p.iso_3166_2)
        if p.geonames_id:
            yield iri, SKOS.exactMatch, GN[f"{p.geonames_id}/"]
    for o in refdata.load_organizations():
        key = f"{o.country or 'xx'} {o.name_en}"
        iri = entity_iri("organization", key)
        yield iri, RDF.type, KGO.Organization
        yield from _labels(iri, o.name_en, o.variants_en, o.name_ko, o.name_ru)
        if o.country:
            countries.add(o.country)
            yield iri, KGO.country, entity_iri("country", o.country)
    lex = lexicon()
    for rec in lex.mechanisms.values():
        iri = entity_iri("mechanism", rec.id)
        yield iri, RDF.type, KGO.Mechanism
        yield from _labels(iri, rec.name_en, rec.variants, rec.name_ko, rec.name_ru)
        parent = rec.extra.get("affiliated_with")
        if parent:
            yield iri, KGO.affiliatedWith, entity_iri("mechanism", parent)
    for rec in lex.policies.values():
        iri = entity_iri("policy", rec.id)
        yield iri, RDF.type, KGO.Policy
        yield from _labels(iri, rec.name_en, rec.variants, rec.name_ko, rec.name_ru)
        if rec.extra.get("country"):
            countries.add(rec.extra["country"])
            yield iri, KGO.runBy, entity_iri("country", rec.extra["country"])
    for code in sorted(countries | {"KR", "RU", "KP"}):
        c = refdata.country(code)
        iri = entity_iri("country", code)
        yield iri, RDF.type, KGO.Country
        yield from _labels(iri, c.name_en, c.variants_en, c.name_ko, c.name_ru)
        yield iri, KGO.iso3166Code, Literal(code)


@lru_cache(maxsize=1)
def reference_quads() -> tuple[ox.Quad, ...]:
    return tuple(to_quad(s, p, o, REFERENCE_GRAPH) for s, p, o in _triples())
