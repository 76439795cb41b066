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
from kg.namespaces import GN, KGO, RDF, SKOS, XSD
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

ORG_KINDS = {
    "ministry": KGO.Ministry, "agency": KGO.Agency, "presidential_body": KGO.PresidentialBody,
    "government": KGO.Government, "parliament": KGO.Parliament, "embassy": KGO.Embassy,
    "company": KGO.Company, "bank": KGO.Bank, "fund": KGO.Fund, "institute": KGO.Institute,
    "university": KGO.University, "association": KGO.Association,
    "international_org": KGO.InternationalOrganization,
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
        if o.country:
            countries.add(o.country)
        yield from _organization(o)
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
    yield from _identifier_table(countries | {"KR", "RU", "KP"}, lex)


def _identifier_table(described: set[str], lex):
    """Identifiers for entities a release may name without the reference graph describing them.

    A release can mention any country and any city abroad that GeoNames lists; its graph gives
    them a type and a label but no identifier. Their identifiers depend only on the IRI, so they
    are recorded here, untyped, for the union to join: the ISO 3166-1 code of every country
    pycountry knows, and the GeoNames IRI of every city the extractor can match.
    """
    import pycountry

    for c in pycountry.countries:
        if c.alpha_2 not in described:
            yield entity_iri("country", c.alpha_2), KGO.iso3166Code, Literal(c.alpha_2)
    for key, city in lex.cities_abroad.items():
        yield entity_iri("place", key), SKOS.exactMatch, GN[f"{city.geonames_id}/"]


def org_iri(o: refdata.OrgRecord) -> URIRef:
    """The IRI the extractor gives this body: its country and English name, not its row id."""
    return entity_iri("organization", f"{o.country or 'xx'} {o.name_en}")


def _date(value: str) -> Literal:
    """A reference-data date (``YYYY`` or ``YYYY-MM-DD``) typed so SHACL and SPARQL can compare."""
    return Literal(value, datatype=XSD.gYear if len(value) == 4 else XSD.date)


def _organization(o: refdata.OrgRecord):
    """A body with its kind, parent, the years its name was valid and its rename, if any."""
    iri = org_iri(o)
    yield iri, RDF.type, KGO.Organization
    yield from _labels(iri, o.name_en, o.variants_en, o.name_ko, o.name_ru)
    yield iri, KGO.orgKind, ORG_KINDS[o.kind]
    if o.country:
        yield iri, KGO.country, entity_iri("country", o.country)
    if o.parent:
        yield iri, KGO.parentOrganization, org_iri(refdata.org_by_id(o.parent))
    if o.valid_from:
        yield iri, KGO.validFrom, _date(o.valid_from)
    if o.valid_to:
        yield iri, KGO.validTo, _date(o.valid_to)
    if o.renamed_to:
        yield from _rename(o, refdata.org_by_id(o.renamed_to))


def _rename(old: refdata.OrgRecord, new: refdata.OrgRecord):
    """A kgo:Rename from one row to its successor, dated when the data knows when."""
    rename = entity_iri("rename", f"{old.id} {new.id}")
    yield rename, RDF.type, KGO.Rename
    yield rename, KGO.renamedFrom, org_iri(old)
    yield rename, KGO.successor, org_iri(new)
    for name, lang in ((new.name_en, "en"), (new.name_ko, "ko"), (new.name_ru, "ru")):
        if name:
            yield rename, KGO.renamedTo, Literal(name, lang=lang)
    when = old.valid_to or new.valid_from
    if when:
        yield rename, KGO.renameDate, _date(when)


@lru_cache(maxsize=1)
def reference_quads() -> tuple[ox.Quad, ...]:
    return tuple(to_quad(s, p, o, REFERENCE_GRAPH) for s, p, o in _triples())
