"""``kg validate``: check a store against ``ontology/shapes.ttl`` with pySHACL.

The shapes describe the merged graph, so the data graph is the union of every
named graph (ontology, reference data, all releases), deduplicated. The
ontology graph being part of that union is what lets ``sh:class kgo:Agent``
accept a ``kgo:Person`` without an inference step. RDFS inference is not
offered: it is five times slower, and the alignment axioms of kg.ttl
(``kgo:date rdfs:subPropertyOf dcterms:date``) would make the shapes see
inferred values they are not written for.

pySHACL answers with a report graph; :func:`validate` turns it into plain
:class:`Finding` records with the focus node's label, so the command line can
print sentences instead of Turtle.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.namespaces import KGR, RDFS, SKOS
from kg.store import PREFIXES, Store
from kg.terms import from_ox

SHAPES_FILE = "shapes.ttl"
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_SHORT = {**PREFIXES, "kgr": str(KGR), "kgsh": "https://w3id.org/krkg/shapes#",
          "sh": str(SH)}


class ValidationError(Exception):
    """The shapes cannot be read or pySHACL cannot run them."""


@dataclass(frozen=True)
class Finding:
    """One SHACL result, with enough context to find the offending fact."""

    severity: str
    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None
    shape: str
    constraint: str = ""

    def render(self) -> str:
        """Two lines: which node, then which property is wrong and why."""
        who = f'"{self.label}" <{self.focus}>' if self.label else f"<{self.focus}>"
        check = f" [{self.constraint}]" if self.constraint else ""
        where = f"{self.path}{check}: " if self.path else (f"{check.strip()}: " if check else "")
        got = f" (value: {self.value})" if self.value is not None else ""
        return f"[{self.severity}] {who}\n    {where}{self.message}{got}"


@dataclass
class ValidationReport:
    """The outcome of one validation run; ``conforms`` ignores warnings and notes."""

    findings: list[Finding] = field(default_factory=list)
    triples: int = 0
    shapes: int = 0
    seconds: float = 0.0

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def render(self, limit: int | None = 50) -> str:
        """A readable report: a summary line, then at most ``limit`` findings."""
        warnings = len(self.findings) - len(self.violations)
        head = (f"Checked {self.triples} triples against {self.shapes} shapes "
                f"in {self.seconds:.1f} s: {len(self.violations)} violations, "
                f"{warnings} warnings or notes.")
        if not self.findings:
            return head + "\nThe graph conforms to ontology/shapes.ttl."
        shown = self.findings if limit is None else self.findings[:limit]
        lines = [head, *(f.render() for f in shown)]
        if len(shown) < len(self.findings):
            lines.append(f"... and {len(self.findings) - len(shown)} more "
                         "(use --limit 0 to see all).")
        return "\n".join(lines)


# -- inputs ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shapes shipped in ``ontology/shapes.ttl``, parsed once per process."""
    path = resources.files("kg.ontology").joinpath(SHAPES_FILE)
    if not path.is_file():
        raise ValidationError(f"no {SHAPES_FILE} in the ontology package")
    return Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")


def union_graph(store: Store) -> Graph:
    """Every distinct triple of the store as one rdflib graph.

    Converting pyoxigraph terms directly (with a cache, since IRIs repeat) is
    faster than dumping N-Quads and parsing them again.
    """
    graph = Graph()
    convert = _converter()
    add = graph.add
    with _quiet_rdflib():
        for quad in store.ox.quads_for_pattern(None, None, None, None):
            add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    return graph


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal; the report names them instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _converter():
    cache: dict[object, Node] = {}

    def convert(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Node:
        node = cache.get(term)
        if node is None:
            node = from_ox(term)
            if isinstance(term, ox.NamedNode):
                cache[term] = node
        return node

    return convert


# -- running -----------------------------------------------------------------------------


def validate(store: Store) -> ValidationReport:
    """Validate the union of the store's graphs against the shipped shapes."""
    import pyshacl

    started = time.perf_counter()
    data = union_graph(store)
    shapes = shapes_graph()
    try:
        _, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", allow_warnings=True,
            abort_on_first=False, advanced=False, meta_shacl=False,
        )
    except Exception as exc:  # pySHACL raises its own types for malformed shapes
        raise ValidationError(f"pySHACL failed: {exc}") from exc
    findings = sorted(set(_findings(results, data)),
                      key=lambda f: (f.severity != "Violation", f.focus, f.path or ""))
    return ValidationReport(
        findings=findings,
        triples=len(data),
        shapes=len(set(shapes.subjects(predicate=SH.targetClass))
                   | set(shapes.subjects(predicate=SH.targetObjectsOf))),
        seconds=time.perf_counter() - started,
    )


def _findings(results: Graph, data: Graph) -> Iterable[Finding]:
    for result in results.subjects(predicate=SH.resultSeverity):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        yield Finding(
            severity=_SEVERITY.get(results.value(result, SH.resultSeverity), "Violation"),
            focus=str(focus),
            label=_label(data, focus),
            path=_path(results, path) if path is not None else None,
            message=_message(results, result),
            value=_term(value) if value is not None else None,
            shape=_term(results.value(result, SH.sourceShape)),
            constraint=_constraint(results.value(result, SH.sourceConstraintComponent)),
        )


def _constraint(component: Node | None) -> str:
    """``sh:MaxCountConstraintComponent`` -> ``maxCount``: tells apart findings of one shape."""
    name = str(component or "").rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return name[:1].lower() + name[1:]


def _label(data: Graph, node: Node | None) -> str | None:
    """An English label when there is one: that is what a person reading the report knows."""
    if node is None:
        return None
    labels = [*data.objects(node, RDFS.label), *data.objects(node, SKOS.prefLabel)]
    english = [lab for lab in labels if isinstance(lab, Literal) and lab.language == "en"]
    pick = english or labels
    return str(pick[0]) if pick else None


def _message(results: Graph, result: Node) -> str:
    messages = [str(m) for m in results.objects(result, SH.resultMessage)]
    return messages[0] if messages else "does not conform"


def _path(graph: Graph, path: Node) -> str:
    """A SHACL path in the SPARQL property-path notation, prefixed."""
    if isinstance(path, BNode):
        alternatives = graph.value(path, SH.alternativePath)
        if alternatives is not None:
            return "|".join(_path(graph, p) for p in Collection(graph, alternatives))
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _path(graph, inverse)
        if graph.value(path, URIRef(str(SH) + "first")) is not None:
            return "/".join(_path(graph, p) for p in Collection(graph, path))
    return _term(path)


def _term(node: Node | None) -> str:
    """Prefixed name for IRIs we know, N-Triples-like text for literals."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in _SHORT.items():
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        if node.language:
            return f'"{node}"@{node.language}'
        if node.datatype is not None:
            return f'"{node}"^^{_term(node.datatype)}'
        return f'"{node}"'
    return str(node)
