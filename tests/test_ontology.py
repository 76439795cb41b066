"""The ontology files agree with the code and with each other.

``kg.namespaces.KGO`` is what the code writes; ``ontology/kg.ttl`` is what the
terms mean; ``shapes.ttl`` is what the data must satisfy; ``README.md`` and
``context.jsonld`` are generated from them. These tests keep the five in step.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg import ontodoc
from kg.export import export_bytes
from kg.ids import REFERENCE_GRAPH, entity_iri
from kg.namespaces import GN, KGO
from kg.reference import reference_quads
from kg.store import reading

ONTOLOGY = Path(ontodoc.ONTOLOGY_DIR)
KGO_NS = str(KGO._NS)
ALIGN = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, SKOS.exactMatch, SKOS.closeMatch,
         SKOS.relatedMatch)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontodoc.load("kg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return ontodoc.load("shapes.ttl")


def kgo_names() -> list[str]:
    return list(KGO.__annotations__)


def terms_of_kind(onto: Graph, kind: URIRef) -> set[URIRef]:
    return {s for s in onto.subjects(RDF.type, kind) if str(s).startswith(KGO_NS)}


# -- kg.ttl --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", kgo_names())
def test_every_kgo_term_has_english_label_and_definition(onto: Graph, name: str) -> None:
    iri = KGO[name]
    labels = {lit.language for lit in onto.objects(iri, RDFS.label)}
    assert "en" in labels, f"kgo:{name} has no English rdfs:label"
    definition = onto.value(iri, SKOS.definition)
    assert isinstance(definition, Literal) and definition.language == "en" and len(definition) > 10


def test_kg_ttl_defines_nothing_outside_kgo(onto: Graph) -> None:
    defined = {str(s)[len(KGO_NS):] for s in onto.subjects() if str(s).startswith(KGO_NS)}
    assert defined == set(kgo_names())


def test_classes_and_properties_have_korean_and_russian_labels(onto: Graph) -> None:
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property):
        for iri in terms_of_kind(onto, kind):
            langs = {lit.language for lit in onto.objects(iri, RDFS.label)}
            assert {"en", "ko", "ru"} <= langs, iri


def _aligned(onto: Graph, iri: URIRef, seen: frozenset = frozenset()) -> bool:
    """Aligned to an outside vocabulary directly or through a kgo super-term."""
    for pred in ALIGN:
        for obj in onto.objects(iri, pred):
            if not str(obj).startswith(KGO_NS):
                return True
            if obj not in seen and _aligned(onto, obj, seen | {iri}):
                return True
    return False


def test_every_class_and_property_is_aligned(onto: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    unaligned = [iri for kind in kinds for iri in terms_of_kind(onto, kind)
                 if not _aligned(onto, iri)]
    assert not unaligned


def test_domains_and_ranges_are_defined(onto: Graph) -> None:
    classes = terms_of_kind(onto, OWL.Class)
    for pred in (RDFS.domain, RDFS.range):
        for prop, cls in onto.subject_objects(pred):
            if str(cls).startswith(KGO_NS):
                assert cls in classes, (prop, pred, cls)


def test_object_properties_have_a_range_or_domain(onto: Graph) -> None:
    for prop in terms_of_kind(onto, OWL.ObjectProperty):
        assert (prop, RDFS.domain, None) in onto or (prop, RDFS.range, None) in onto, prop


def test_dates_are_related_to_owl_time(onto: Graph) -> None:
    time_ns = "http://www.w3.org/2006/time#"
    for name in ("date", "endDate", "renameDate", "founded", "validFrom", "validTo", "period"):
        matches = [str(o) for o in onto.objects(KGO[name], SKOS.relatedMatch)]
        assert any(m.startswith(time_ns) for m in matches), name


def test_ontology_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/krkg/ontology")
    version = str(onto.value(header, OWL.versionInfo))
    assert str(onto.value(header, OWL.versionIRI)).endswith("/" + version)
    assert KGO_NS == str(header) + "#"


# -- shapes.ttl ----------------------------------------------------------------------------


def test_shapes_parse_and_cover_every_class(onto: Graph, shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    assert terms_of_kind(onto, OWL.Class) <= targets


def test_shape_paths_use_defined_terms(shapes: Graph) -> None:
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef) and str(path).startswith(KGO_NS):
            assert str(path)[len(KGO_NS):] in kgo_names(), path


def test_every_property_shape_has_a_message(shapes: Graph) -> None:
    for prop in {*shapes.objects(None, SH.property)}:
        assert shapes.value(prop, SH.message) is not None, prop


# -- generated files -------------------------------------------------------------------------


def test_generated_files_are_up_to_date() -> None:
    assert ontodoc.main(["--check"]) == 0, "run: python -m kg.ontodoc"


def test_readme_lists_every_class_and_property_with_definition(onto: Graph) -> None:
    text = (ONTOLOGY / "README.md").read_text(encoding="utf-8")
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property):
        for iri in terms_of_kind(onto, kind):
            name = str(iri)[len(KGO_NS):]
            assert f"### {name}\n" in text, name
            assert str(onto.value(iri, SKOS.definition)) in text, name
    assert "```mermaid\nclassDiagram" in text
    assert "Post --> Person : heldBy" in text


def test_context_has_short_keys_for_every_term() -> None:
    context = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    for name in kgo_names():
        entry = context[name]
        target = entry["@id"] if isinstance(entry, dict) else entry
        assert target == f"kgo:{name}"
    assert context["label"]["@container"] == "@language"


# -- reference data ----------------------------------------------------------------------------


def _reference() -> Graph:
    graph = Graph()
    for q in reference_quads():
        graph.add(tuple(_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    return graph


def _rdflib(term):
    from kg.terms import from_ox

    return from_ox(term)


def test_every_country_carries_its_pycountry_code() -> None:
    ref = _reference()
    for country in pycountry.countries:
        iri = entity_iri("country", country.alpha_2)
        assert ref.value(iri, KGO.iso3166Code) == Literal(country.alpha_2)


def test_renames_of_bodies_are_dated_where_known() -> None:
    ref = _reference()
    renames = set(ref.subjects(RDF.type, KGO.Rename))
    assert len(renames) >= 5
    mofa = entity_iri("organization", "KR Ministry of Foreign Affairs and Trade")
    (rename,) = ref.subjects(KGO.renamedFrom, mofa)
    assert str(ref.value(rename, KGO.renameDate)) == "2013-03-23"
    assert ref.value(rename, KGO.successor) == entity_iri(
        "organization", "KR Ministry of Foreign Affairs")


def test_world_cities_link_to_geonames() -> None:
    ref = _reference()
    tokyo = entity_iri("place", "gn1850147")
    assert ref.value(tokyo, SKOS.exactMatch) == GN["1850147/"]


def test_reference_graph_name() -> None:
    assert all(q.graph_name.value == str(REFERENCE_GRAPH) for q in reference_quads()[:10])


# -- JSON-LD export ----------------------------------------------------------------------------


def test_jsonld_export_is_compact_and_round_trips(seed_store: Path) -> None:
    store = reading(seed_store)
    data = export_bytes(store, "jsonld")
    text = data.decode("utf-8")
    doc = json.loads(text)
    body = json.dumps(doc["@graph"], ensure_ascii=False)
    assert '"http://www.w3.org/2000/01/rdf-schema#label"' not in body
    assert '"https://w3id.org/krkg/id/' not in body
    assert isinstance(doc["@context"], dict)
    nodes = [n for g in doc["@graph"] for n in g.get("@graph", [])]
    assert any(n.get("type") == "Person" and "label" in n for n in nodes)
    parsed = Dataset()
    parsed.parse(data=text, format="json-ld")
    assert len(list(parsed.quads())) == len(store.ox)
