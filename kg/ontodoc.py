"""Generate ``ontology/README.md`` and ``ontology/context.jsonld`` from the Turtle.

Both files describe ``ontology/kg.ttl``; writing them by hand would let them
drift from it. ``python -m kg.ontodoc`` rewrites them, ``--check`` exits 1
when either is stale (a test runs the check). The class diagram is Mermaid,
which GitHub and most Markdown viewers draw; its edges come from the domains
and ranges of kg.ttl and the ``sh:class`` constraints of shapes.ttl, so the
picture shows the relations the data really uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg.namespaces import DCTERMS, GN, GRAPH, KGO, KGR, QB, SECTOR, TIME
from kg.store import PREFIXES

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
README = "README.md"
CONTEXT = "context.jsonld"
KGO_NS = str(KGO._NS)
ONTOLOGY_IRI = URIRef("https://w3id.org/krkg/ontology")
LANGS = ("en", "ko", "ru")
ALIGNMENT = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
             OWL.inverseOf, SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)
PREFIX_MAP = {
    **PREFIXES, "kgr": str(KGR), "kgg": str(GRAPH), "sector": str(SECTOR), "gn": str(GN),
    "time": str(TIME), "qb": str(QB), "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "oa": "http://www.w3.org/ns/oa#", "spdx": "http://spdx.org/rdf/terms#",
    "sdmx-attribute": "http://purl.org/linked-data/sdmx/2009/attribute#",
    "sdmx-dimension": "http://purl.org/linked-data/sdmx/2009/dimension#",
    "sh": str(SH), "kgsh": "https://w3id.org/krkg/shapes#",
}
# Keys from other vocabularies that releases and reference data use; kgo terms are added
# from kg.ttl. A key that would clash with a kgo term gets a qualified name instead.
EXTERNAL_TERMS: dict[str, dict[str, str] | str] = {
    "label": {"@id": "rdfs:label", "@container": "@language"},
    "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
    "hiddenLabel": {"@id": "skos:hiddenLabel", "@container": "@language"},
    "definition": {"@id": "skos:definition", "@container": "@language"},
    "title": {"@id": "dcterms:title", "@container": "@language"},
    "published": {"@id": "dcterms:date", "@type": "xsd:date"},
    "publisher": "dcterms:publisher",
    "language": "dcterms:language",
    "url": {"@id": "schema:url", "@type": "@id"},
    "atLocation": "prov:atLocation",
    "generatedAtTime": {"@id": "prov:generatedAtTime", "@type": "xsd:dateTime"},
    "exactMatch": {"@id": "skos:exactMatch", "@type": "@id"},
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "broader": {"@id": "skos:broader", "@type": "@id"},
    "hasTopConcept": {"@id": "skos:hasTopConcept", "@type": "@id"},
    "closeMatch": {"@id": "skos:closeMatch", "@type": "@id"},
    "relatedMatch": {"@id": "skos:relatedMatch", "@type": "@id"},
    "note": {"@id": "skos:note", "@container": "@language"},
    "subClassOf": {"@id": "rdfs:subClassOf", "@type": "@id"},
    "subPropertyOf": {"@id": "rdfs:subPropertyOf", "@type": "@id"},
    "domain": {"@id": "rdfs:domain", "@type": "@id"},
    "range": {"@id": "rdfs:range", "@type": "@id"},
    "inverseOf": {"@id": "owl:inverseOf", "@type": "@id"},
}


@dataclass(frozen=True)
class Term:
    """What the documentation says about one kgo term."""

    iri: URIRef
    kind: str
    labels: dict[str, str]
    definition: str
    notes: tuple[str, ...]
    domain: tuple[str, ...]
    range: tuple[str, ...]
    alignments: tuple[tuple[str, str], ...]
    characteristics: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.iri[len(KGO_NS):]


# -- reading the Turtle ------------------------------------------------------------------


def load(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def curie(node: Node) -> str:
    """Prefixed name when a known namespace fits, else the IRI in angle brackets."""
    text = str(node)
    best = max((ns for ns in PREFIX_MAP.values() if text.startswith(ns)), key=len, default="")
    if best and len(text) > len(best):
        prefix = next(p for p, ns in PREFIX_MAP.items() if ns == best)
        return f"{prefix}:{text[len(best):]}"
    return f"<{text}>"


def _kind(graph: Graph, iri: URIRef) -> str:
    types = set(graph.objects(iri, RDF.type))
    if OWL.Class in types:
        return "class"
    if OWL.ObjectProperty in types:
        return "object property"
    if OWL.DatatypeProperty in types:
        return "datatype property"
    if RDF.Property in types:
        return "property"
    kinds = [t for t in types if str(t).startswith(KGO_NS)]
    return f"individual of {curie(kinds[0])}" if kinds else "term"


def _labels(graph: Graph, iri: URIRef) -> dict[str, str]:
    found = {lit.language: str(lit) for lit in graph.objects(iri, RDFS.label)
             if isinstance(lit, Literal) and lit.language}
    return {lang: found[lang] for lang in LANGS if lang in found}


def _sorted(values: Iterable[Node]) -> tuple[str, ...]:
    return tuple(sorted(curie(v) for v in values))


def read_terms(graph: Graph) -> list[Term]:
    """Every kgo term defined in the graph, in a stable order."""
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(KGO_NS)}
    terms = []
    for iri in sorted(subjects):
        characteristics = tuple(sorted(
            curie(t).split(":", 1)[1] for t in graph.objects(iri, RDF.type)
            if t in (OWL.TransitiveProperty, OWL.FunctionalProperty, OWL.SymmetricProperty)
        ))
        terms.append(Term(
            iri=iri,
            kind=_kind(graph, iri),
            labels=_labels(graph, iri),
            definition=str(graph.value(iri, SKOS.definition) or ""),
            notes=tuple(sorted(str(n) for n in graph.objects(iri, SKOS.note))),
            domain=_sorted(graph.objects(iri, RDFS.domain)),
            range=_sorted(graph.objects(iri, RDFS.range)),
            alignments=tuple(sorted((curie(p), curie(o)) for p in ALIGNMENT
                                    for o in graph.objects(iri, p))),
            characteristics=characteristics,
        ))
    return terms


# -- the JSON-LD context -----------------------------------------------------------------


def build_context(graph: Graph) -> dict:
    """Short keys for every kgo term, typed so compaction gives plain JSON values."""
    context: dict[str, object] = {p: ns for p, ns in sorted(PREFIX_MAP.items())
                                  if p not in ("sh", "kgsh")}
    context.update(_kind_prefixes())
    context.update({"id": "@id", "type": "@type"})
    for term in read_terms(graph):
        context[term.name] = _term_definition(graph, term)
    for key, value in EXTERNAL_TERMS.items():
        if key in context:
            raise ValueError(f"context key {key!r} is both a kgo term and an external term")
        context[key] = value
    return {"@context": context}


def _kind_prefixes() -> dict[str, str]:
    """``places:vladivostok`` for ``.../id/place/vladivostok``: one prefix per entity kind.

    Plural names keep the prefixes apart from kgo terms such as ``place`` and ``country``;
    a single ``kgr:`` prefix would not do, since JSON-LD compaction leaves IRIs whose rest
    holds a slash uncompacted.
    """
    from kg.ids import KINDS

    plural = {"person": "persons", "country": "countries", "policy": "policies",
              "evidence": "evidences"}
    out = {plural.get(k, k + "s"): f"{KGR}{k}/" for k in sorted(KINDS)}
    out["releaseGraphs"] = f"{GRAPH}release/"
    return out


def _term_definition(graph: Graph, term: Term) -> dict[str, str] | str:
    """Object properties take IRIs; datatype properties with one XSD range take that type."""
    name = f"kgo:{term.name}"
    if term.kind == "object property":
        return {"@id": name, "@type": "@id"}
    ranges = list(graph.objects(term.iri, RDFS.range))
    if term.kind == "datatype property" and len(ranges) == 1:
        (rng,) = ranges
        if rng == RDF.langString:
            return {"@id": name, "@container": "@language"}
    return name


# -- the README --------------------------------------------------------------------------


def render_readme(onto: Graph, shapes: Graph) -> str:
    terms = read_terms(onto)
    parts = [
        _header(onto),
        "## Class diagram\n\n" + mermaid(terms, shapes),
        _section("Classes", [t for t in terms if t.kind == "class"]),
        _section("Object properties", [t for t in terms if t.kind == "object property"]),
        _section("Datatype properties", [t for t in terms if t.kind == "datatype property"]),
        _section("Other properties", [t for t in terms if t.kind == "property"]),
        _individuals(terms),
        _shapes_table(shapes),
        _prefix_table(onto),
    ]
    return "\n\n".join(p for p in parts if p).rstrip() + "\n"


def _header(onto: Graph) -> str:
    o = ONTOLOGY_IRI
    titles = {lit.language: str(lit) for lit in onto.objects(o, DCTERMS.title)}
    lines = [
        f"# {titles.get('en', 'kg ontology')}",
        "",
        "<!-- Generated by `python -m kg.ontodoc` from kg.ttl and shapes.ttl; do not edit. -->",
        "",
        str(onto.value(o, DCTERMS.description) or ""),
        "",
        "| | |",
        "|---|---|",
        f"| Ontology IRI | `{o}` |",
        f"| Namespace | `{KGO_NS}` (prefix `kgo:`) |",
        f"| Version IRI | `{onto.value(o, OWL.versionIRI)}` |",
        f"| Version | {onto.value(o, OWL.versionInfo)} |",
        f"| Prior version | `{onto.value(o, OWL.priorVersion)}` |",
        f"| License | {onto.value(o, DCTERMS.license)} |",
        f"| Titles | {'; '.join(f'{v} ({k})' for k, v in sorted(titles.items()))} |",
        "",
        "Files: `kg.ttl` (this ontology), `sectors.ttl` (the sector SKOS scheme), "
        "`shapes.ttl` (SHACL shapes run by `kg validate`), `context.jsonld` (the JSON-LD "
        "context of `kg export --format jsonld`). Dates are `xsd:date`, `xsd:gYearMonth` or "
        "`xsd:gYear` literals at the precision of the text; each date property notes its "
        "OWL-Time reading.",
    ]
    return "\n".join(lines)


def _section(title: str, terms: Sequence[Term]) -> str:
    if not terms:
        return ""
    index = ", ".join(f"[{t.name}](#{t.name.lower()})" for t in terms)
    return f"## {title}\n\n{index}\n\n" + "\n\n".join(_term_block(t) for t in terms)


def _term_block(term: Term) -> str:
    lines = [f"### {term.name}", "", f"`kgo:{term.name}` ({term.kind})", ""]
    lines.append(f"- Labels: {_label_text(term.labels)}")
    lines.append(f"- Definition: {term.definition}")
    if term.domain:
        lines.append(f"- Domain: {', '.join(f'`{d}`' for d in term.domain)}")
    if term.range:
        lines.append(f"- Range: {', '.join(f'`{r}`' for r in term.range)}")
    if term.characteristics:
        lines.append(f"- Characteristics: {', '.join(term.characteristics)}")
    for pred, obj in term.alignments:
        lines.append(f"- {pred} `{obj}`")
    for note in term.notes:
        lines.append(f"- Note: {note}")
    return "\n".join(lines)


def _label_text(labels: dict[str, str]) -> str:
    return "; ".join(f"{text} ({lang})" for lang, text in labels.items()) or "(none)"


def _individuals(terms: Sequence[Term]) -> str:
    groups: dict[str, list[Term]] = {}
    for t in terms:
        if t.kind.startswith("individual of "):
            groups.setdefault(t.kind.removeprefix("individual of "), []).append(t)
    if not groups:
        return ""
    out = ["## Kinds (individuals)"]
    for kind, members in sorted(groups.items()):
        out += ["", f"### Instances of {kind}", "", "| Term | en | ko | ru | Definition |",
                "|---|---|---|---|---|"]
        out += [f"| `kgo:{t.name}` | {t.labels.get('en', '')} | {t.labels.get('ko', '')} | "
                f"{t.labels.get('ru', '')} | {t.definition} |" for t in members]
    return "\n".join(out)


def _shapes_table(shapes: Graph) -> str:
    rows = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape))):
        targets = [curie(t) for p in (SH.targetClass, SH.targetObjectsOf)
                   for t in shapes.objects(shape, p)]
        paths = sorted({_shape_path(shapes, shapes.value(ps, SH.path))
                        for ps in shapes.objects(shape, SH.property)})
        rows.append(f"| `{curie(shape)}` | {', '.join(f'`{t}`' for t in targets)} | "
                    f"{', '.join(f'`{p}`' for p in paths)} |")
    return ("## SHACL shapes\n\n`kg validate` checks the union of all graphs against "
            "`shapes.ttl`.\n\n| Shape | Target | Properties checked |\n|---|---|---|\n"
            + "\n".join(rows))


def _shape_path(shapes: Graph, path: Node | None) -> str:
    alternatives = shapes.value(path, SH.alternativePath) if path is not None else None
    if alternatives is not None:
        from rdflib.collection import Collection

        return "|".join(curie(p) for p in Collection(shapes, alternatives))
    return curie(path) if path is not None else ""


def _prefix_table(onto: Graph) -> str:
    used = {curie(o).split(":", 1)[0] for _, p, o in onto
            if p in ALIGNMENT and isinstance(o, URIRef)}
    rows = [f"| `{p}:` | `{PREFIX_MAP[p]}` |" for p in sorted(used) if p in PREFIX_MAP]
    return ("## Vocabularies aligned with\n\n| Prefix | Namespace |\n|---|---|\n"
            + "\n".join(rows))


# -- the diagram -------------------------------------------------------------------------


def mermaid(terms: Sequence[Term], shapes: Graph) -> str:
    """A Mermaid class diagram: kgo classes, subclass links and relations between them."""
    classes = {t.name for t in terms if t.kind == "class"}
    edges = _edges(terms, shapes, classes)
    attributes = _attributes(shapes, classes)
    lines = ["```mermaid", "classDiagram", "    direction LR"]
    for name in sorted(classes):
        attrs = attributes.get(name, [])
        if attrs:
            lines.append(f"    class {name} {{")
            lines += [f"        {a}" for a in attrs]
            lines.append("    }")
        else:
            lines.append(f"    class {name}")
    for term in terms:
        if term.kind == "class":
            for pred, obj in term.alignments:
                if pred == "rdfs:subClassOf" and obj.startswith("kgo:"):
                    lines.append(f"    {obj[4:]} <|-- {term.name}")
    lines += [f"    {a} --> {b} : {p}" for a, p, b in sorted(edges)]
    lines.append("```")
    return "\n".join(lines)


def _edges(terms: Sequence[Term], shapes: Graph, classes: set[str]) -> set[tuple[str, str, str]]:
    """(class, property, class) from kg.ttl domains/ranges and from shapes' sh:class."""
    def local(value: str) -> str | None:
        if value.startswith("kgo:") and value[4:] in classes:
            return value[4:]
        return "Sector" if value == "skos:Concept" else None

    edges = set()
    for t in terms:
        if t.kind == "object property":
            for d in t.domain:
                for r in t.range:
                    if local(d) and local(r):
                        edges.add((local(d), t.name, local(r)))
    for shape in shapes.subjects(SH.targetClass):
        source = local(curie(shapes.value(shape, SH.targetClass)))
        for ps in shapes.objects(shape, SH.property):
            path, target = shapes.value(ps, SH.path), shapes.value(ps, SH["class"])
            if source and isinstance(path, URIRef) and target is not None and local(curie(target)):
                edges.add((source, curie(path).split(":", 1)[1], local(curie(target))))
    return edges


def _attributes(shapes: Graph, classes: set[str]) -> dict[str, list[str]]:
    """Datatype-valued properties per class, from the shapes' sh:datatype constraints."""
    out: dict[str, list[str]] = {}
    for shape in shapes.subjects(SH.targetClass):
        cls = curie(shapes.value(shape, SH.targetClass))
        if not cls.startswith("kgo:") or cls[4:] not in classes:
            continue
        for ps in shapes.objects(shape, SH.property):
            path, dtype = shapes.value(ps, SH.path), shapes.value(ps, SH.datatype)
            if isinstance(path, URIRef) and str(path).startswith(KGO_NS) and dtype is not None:
                out.setdefault(cls[4:], []).append(
                    f"{curie(path)[4:]} : {curie(dtype).split(':', 1)[1]}")
    return {k: sorted(set(v)) for k, v in out.items()}


# -- command line ------------------------------------------------------------------------


def generated() -> dict[str, str]:
    """File name -> the text it should have."""
    onto, shapes = load("kg.ttl"), load("shapes.ttl")
    context = json.dumps(build_context(onto), ensure_ascii=False, indent=2) + "\n"
    return {README: render_readme(onto, shapes), CONTEXT: context}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.ontodoc", description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if README.md or context.jsonld is stale")
    args = parser.parse_args(argv)
    stale = []
    for name, text in generated().items():
        path = ONTOLOGY_DIR / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    verb = "stale" if args.check else "written"
    print(f"{verb}: {', '.join(stale)}" if stale else "up to date", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())

