"""Deterministic IRIs: the same entity gets the same IRI on every build.

An IRI is minted from an entity kind and a *key*: a normalised name that
already folds spelling variants (see :mod:`kg.extract.normalize`). Release
IRIs come from the release's stable source key, never from its content, so a
changed release replaces its own graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.namespaces import GRAPH, KGR

KINDS = frozenset(
    {
        "person", "organization", "country", "place", "mechanism", "event", "project",
        "policy", "agreement", "post", "observation", "release", "sentence", "evidence",
        "rename",
    }
)

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_len: int = 80) -> str:
    """ASCII slug; long or non-Latin names get a short hash so slugs stay unique."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = _NON_SLUG.sub("-", folded.lower()).strip("-")
    if not s or len(s) > max_len or len(s) < len(text.strip()) // 3:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        s = (s[: max_len - 11].rstrip("-") + "-" + digest).strip("-")
    return s


def entity_iri(kind: str, key: str) -> URIRef:
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    return KGR[f"{kind}/{slug(key)}"]


def release_id(source_key: str) -> str:
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:16]


def release_iri(source_key: str) -> URIRef:
    return KGR[f"release/{release_id(source_key)}"]


def release_graph(source_key: str) -> URIRef:
    return GRAPH[f"release/{release_id(source_key)}"]


def local_iri(release: URIRef, kind: str, n: int | str) -> URIRef:
    """Nodes that only exist inside one release (sentences, evidence, figures)."""
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    rid = str(release).rsplit("/", 1)[-1]
    return KGR[f"{kind}/{rid}-{n}"]


ONTOLOGY_GRAPH = GRAPH["ontology"]
REFERENCE_GRAPH = GRAPH["reference"]
