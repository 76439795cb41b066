"""One release's contribution to the graph, with provenance on every statement.

Extraction steps describe what they found through :class:`ReleaseGraph`;
it mints deterministic IRIs, records which sentence and character span each
statement came from (a ``kgo:Evidence`` node), and hands the store a list of
quads for the release's own named graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg import ids
from kg.namespaces import DCTERMS, KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

Span = tuple[int, int]


@dataclass(frozen=True)
class SentenceRef:
    index: int
    start: int
    end: int
    text: str


class ReleaseGraph:
    """Collects triples for one release; evidence spans are offsets into ``text``."""

    def __init__(self, source_key: str, text: str, sentences: list[SentenceRef]) -> None:
        self.source_key = source_key
        self.text = text
        self.release = ids.release_iri(source_key)
        self.graph = ids.release_graph(source_key)
        self.sentences = sentences
        self._starts = [s.start for s in sentences]
        self.triples: dict[tuple[Node, Node, Node], None] = {}
        self._evidence: dict[tuple[Node, Node, Node, int, int], None] = {}
        self._labels: dict[URIRef, str] = {}

    # -- primitive -----------------------------------------------------------

    def add(self, s: Node, p: Node, o: Node, span: Span | None = None) -> None:
        self.triples[(s, p, o)] = None
        if span is not None:
            self._evidence[(s, p, o, span[0], span[1])] = None

    # -- entities ------------------------------------------------------------

    def entity(
        self,
        kind: str,
        key: str,
        cls: URIRef,
        label: str,
        span: Span | None = None,
        *,
        mention: bool = True,
    ) -> URIRef:
        """Declare an entity; the first label given in a release is its rdfs:label there."""
        iri = ids.entity_iri(kind, key)
        self.add(iri, RDF.type, cls, span)
        self.set_label(iri, label, span)
        if mention:
            self.add(self.release, KGO.mentions, iri, span)
        return iri

    def set_label(self, iri: URIRef, label: str, span: Span | None = None) -> None:
        label = " ".join(label.split())
        known = self._labels.get(iri)
        if known is None:
            self._labels[iri] = label
            self.add(iri, RDFS.label, Literal(label, lang="en"), span)
        elif known != label:
            self.add(iri, SKOS.altLabel, Literal(label, lang="en"), span)

    def replace_label(self, iri: URIRef, label: str) -> None:
        """Prefer a fuller name found later; the old one stays as an alternative label."""
        old = self._labels.get(iri)
        if old is None or old == label:
            self.set_label(iri, label)
            return
        old_lit = Literal(old, lang="en")
        self.triples.pop((iri, RDFS.label, old_lit), None)
        for key in [k for k in self._evidence if k[:3] == (iri, RDFS.label, old_lit)]:
            del self._evidence[key]
        self.add(iri, SKOS.altLabel, old_lit)
        self._labels[iri] = label
        self.triples.pop((iri, SKOS.altLabel, Literal(label, lang="en")), None)
        self.add(iri, RDFS.label, Literal(label, lang="en"))

    def label_of(self, iri: URIRef) -> str | None:
        return self._labels.get(iri)

    def local(self, kind: str, n: int | str) -> URIRef:
        return ids.local_iri(self.release, kind, n)

    # -- metadata ------------------------------------------------------------

    def describe_release(self, doc, *, year: int | None) -> None:
        r = self.release
        self.add(r, RDF.type, KGO.Release)
        self.add(r, KGO.sourceKey, Literal(doc.key))
        self.add(r, KGO.contentHash, Literal(doc.content_hash))
        if doc.title:
            self.add(r, DCTERMS.title, Literal(doc.title, lang="en"))
            self.add(r, RDFS.label, Literal(doc.title, lang="en"))
        else:
            self.add(r, RDFS.label, Literal(_fallback_title(doc.key), lang="en"))
        if doc.date:
            self.add(r, DCTERMS.date, Literal(doc.date, datatype=XSD.date))
        elif year:
            self.add(r, KGO.date, Literal(str(year), datatype=XSD.gYear))
        if doc.publisher:
            self.add(r, DCTERMS.publisher, Literal(doc.publisher))
        if doc.url:
            self.add(r, SCHEMA.url, URIRef(doc.url) if _is_iri(doc.url) else Literal(doc.url))
        if doc.language:
            self.add(r, DCTERMS.language, Literal(doc.language))
        if doc.source_path:
            self.add(r, PROV.atLocation, Literal(doc.source_path))
        if doc.retrieved:
            self.add(r, PROV.generatedAtTime, Literal(doc.retrieved, datatype=XSD.dateTime))

    # -- output --------------------------------------------------------------

    def sentence_at(self, offset: int) -> SentenceRef | None:
        import bisect

        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        return self.sentences[i]

    def all_triples(self) -> Iterator[tuple[Node, Node, Node]]:
        yield from self.triples
        used: dict[int, SentenceRef] = {}
        for n, (s, p, o, start, end) in enumerate(self._evidence):
            ev = self.local("evidence", n)
            yield ev, RDF.type, KGO.Evidence
            yield ev, KGO.statedSubject, s
            yield ev, KGO.statedPredicate, p
            yield ev, KGO.statedObject, o
            yield ev, KGO.start, Literal(start)
            yield ev, KGO.end, Literal(end)
            yield ev, KGO.inRelease, self.release
            sent = self.sentence_at(start)
            if sent is not None:
                used[sent.index] = sent
                yield ev, KGO.sentence, self.local("sentence", sent.index)
        for sent in used.values():
            node = self.local("sentence", sent.index)
            yield node, RDF.type, KGO.Sentence
            yield node, KGO.text, Literal(sent.text)
            yield node, KGO.start, Literal(sent.start)
            yield node, KGO.end, Literal(sent.end)
            yield node, KGO.inRelease, self.release


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://")) and " " not in value


def _fallback_title(key: str) -> str:
    return key.rsplit("/", 1)[-1]
