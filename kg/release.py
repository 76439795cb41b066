"""One release's contribution to the graph, with provenance on every statement.

Extraction steps describe what they found through :class:`ReleaseGraph`;
it mints deterministic IRIs, records which sentence and character span each
statement came from (a ``kgo:Evidence`` node), and hands the store a list of
quads for the release's own named graph.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg import ids, nquads
from kg.namespaces import DCTERMS, KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

Span = tuple[int, int]

# Terms used for every statement or evidence record: looked up once, not through the
# namespace objects' attribute machinery in the hot loops.
_TYPE = RDF.type
_LABEL = RDFS.label
_ALT_LABEL = SKOS.altLabel
_MENTIONS = KGO.mentions
_SENTENCE = KGO.Sentence
_STATED_SUBJECT = KGO.statedSubject
_STATED_PREDICATE = KGO.statedPredicate
_STATED_OBJECT = KGO.statedObject
_START = KGO.start
_END = KGO.end
_IN_RELEASE = KGO.inRelease
_IN_SENTENCE = KGO.sentence
_TEXT = KGO.text


@lru_cache(maxsize=1 << 16, typed=True)
def _int_literal(n: int) -> Literal:
    """``Literal(n)`` (xsd:integer), built once per offset: rdflib literals are costly to make."""
    return Literal(n)


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
        self._local_prefix: dict[str, str] = {}

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
        self.add(iri, _TYPE, cls, span)
        self.set_label(iri, label, span)
        if mention:
            self.add(self.release, _MENTIONS, iri, span)
        return iri

    def set_label(self, iri: URIRef, label: str, span: Span | None = None) -> None:
        label = " ".join(label.split())
        known = self._labels.get(iri)
        if known is None:
            self._labels[iri] = label
            self.add(iri, _LABEL, Literal(label, lang="en"), span)
        elif known != label:
            self.add(iri, _ALT_LABEL, Literal(label, lang="en"), span)

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
        """``ids.local_iri(self.release, kind, n)``, with the prefix worked out once per kind."""
        prefix = self._local_prefix.get(kind)
        if prefix is None:
            prefix = self._local_prefix[kind] = str(ids.local_iri(self.release, kind, ""))
        return URIRef(f"{prefix}{n}")

    # -- metadata ------------------------------------------------------------

    def describe_release(self, doc, *, year: int | None) -> None:
        r = self.release
        self.add(r, RDF.type, KGO.Release)
        self.add(r, KGO.sourceKey, Literal(doc.key))
        self.add(r, KGO.contentHash, Literal(doc.content_hash))
        if doc.source_digest:
            self.add(r, KGO.sourceDigest, Literal(doc.source_digest))
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
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        return self.sentences[i]

    def all_triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """The statements, then one evidence record per statement and span.

        An evidence record is six triples: the statement, the span and the
        sentence it lies in. Its class follows from ``kgo:statedSubject``'s
        domain and its release from the sentence, so neither is written
        again for each of the hundred or so records of a release.
        """
        yield from self.triples
        release = self.release
        sentences, starts = self.sentences, self._starts
        ev_prefix = str(self.local("evidence", ""))
        sent_prefix = str(self.local("sentence", ""))
        used: dict[int, URIRef] = {}  # sentence index -> IRI, in order of first use
        first: dict[int, SentenceRef] = {}
        for n, (s, p, o, start, end) in enumerate(self._evidence):
            ev = URIRef(f"{ev_prefix}{n}")
            yield ev, _STATED_SUBJECT, s
            yield ev, _STATED_PREDICATE, p
            yield ev, _STATED_OBJECT, o
            yield ev, _START, _int_literal(start)
            yield ev, _END, _int_literal(end)
            i = bisect.bisect_right(starts, start) - 1  # as sentence_at(start)
            if i < 0:  # before the first sentence (cannot happen with a full split)
                yield ev, _IN_RELEASE, release
                continue
            sent = sentences[i]
            node = used.get(sent.index)
            if node is None:
                node = used[sent.index] = URIRef(f"{sent_prefix}{sent.index}")
                first[sent.index] = sent
            yield ev, _IN_SENTENCE, node
        for index, node in used.items():
            sent = first[index]
            yield node, _TYPE, _SENTENCE
            yield node, _TEXT, Literal(sent.text)
            yield node, _START, _int_literal(sent.start)
            yield node, _END, _int_literal(sent.end)
            yield node, _IN_RELEASE, release

    def nquads(self) -> str:
        """Every triple of :meth:`all_triples` as N-Quads lines in the release's graph."""
        return nquads.lines(self.all_triples(), str(self.graph))


def _is_iri(value: str) -> bool:
    return value.startswith(("http://", "https://")) and " " not in value


def _fallback_title(key: str) -> str:
    return key.rsplit("/", 1)[-1]
