"""Vocabularies as objects, so no module glues IRIs together by hand."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/krkg/"

#: entity IRIs (``id/person/...``); minted only through :mod:`kg.ids`
KGR = Namespace(BASE + "id/")
#: named graphs: one per release plus ontology and reference data
GRAPH = Namespace(BASE + "graph/")
#: the sector concept scheme
SECTOR = Namespace(BASE + "sector/")

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
QB = Namespace("http://purl.org/linked-data/cube#")
GN = Namespace("https://sws.geonames.org/")


class KGO(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``); unknown terms raise at import time."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Release: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Mechanism: URIRef
    Event: URIRef
    Project: URIRef
    Policy: URIRef
    Agreement: URIRef
    Post: URIRef
    Observation: URIRef
    Sentence: URIRef
    Evidence: URIRef
    PlaceKind: URIRef
    EventKind: URIRef
    OrganizationKind: URIRef
    Rename: URIRef

    # place kinds
    MacroRegion: URIRef
    FederalDistrict: URIRef
    Krai: URIRef
    Oblast: URIRef
    Republic: URIRef
    AutonomousOkrug: URIRef
    AutonomousOblast: URIRef
    FederalCity: URIRef
    Province: URIRef
    SpecialCity: URIRef
    MetropolitanCity: URIRef
    SpecialSelfGoverningCity: URIRef
    SpecialSelfGoverningProvince: URIRef
    City: URIRef
    County: URIRef

    # event kinds
    Meeting: URIRef
    ForumRound: URIRef
    Summit: URIRef
    Visit: URIRef
    Signing: URIRef
    Talks: URIRef

    # organization kinds
    Ministry: URIRef
    Agency: URIRef
    PresidentialBody: URIRef
    Government: URIRef
    Parliament: URIRef
    Embassy: URIRef
    Company: URIRef
    Bank: URIRef
    Fund: URIRef
    Institute: URIRef
    University: URIRef
    Association: URIRef
    InternationalOrganization: URIRef

    # properties: places, organisations, people
    country: URIRef
    partOf: URIRef
    placeKind: URIRef
    iso3166Code: URIRef
    orgKind: URIRef
    parentOrganization: URIRef
    memberOf: URIRef
    heldBy: URIRef
    postIn: URIRef
    positionTitle: URIRef
    holds: URIRef
    familyName: URIRef
    givenName: URIRef
    validFrom: URIRef
    validTo: URIRef

    # mechanisms and events
    ofMechanism: URIRef
    affiliatedWith: URIRef
    founded: URIRef
    renamedTo: URIRef
    renamedFrom: URIRef
    renameDate: URIRef
    successor: URIRef
    eventKind: URIRef
    ordinal: URIRef
    date: URIRef
    endDate: URIRef
    place: URIRef
    virtual: URIRef
    planned: URIRef
    placeInferred: URIRef
    dateInferred: URIRef
    participant: URIRef
    topic: URIRef

    # projects, policies, agreements
    locatedIn: URIRef
    sector: URIRef
    runBy: URIRef
    adoptedAt: URIRef
    party: URIRef

    # figures
    indicator: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    about: URIRef
    isTarget: URIRef

    # releases and provenance
    mentions: URIRef
    contentHash: URIRef
    sourceDigest: URIRef
    sourceKey: URIRef
    sentence: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    inRelease: URIRef
    statedSubject: URIRef
    statedPredicate: URIRef
    statedObject: URIRef
    evidence: URIRef


__all__ = [
    "BASE", "DCTERMS", "FOAF", "GN", "GRAPH", "KGO", "KGR", "ORG", "OWL", "PROV", "QB", "RDF",
    "RDFS", "SCHEMA", "SECTOR", "SKOS", "TIME", "XSD",
]
