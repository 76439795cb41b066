"""The sector scheme read from ``ontology/sectors.ttl``: the one place sectors are defined."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.namespaces import SECTOR


@lru_cache(maxsize=1)
def _scheme() -> Graph:
    data = resources.files("kg.ontology").joinpath("sectors.ttl").read_bytes()
    return Graph().parse(data=data, format="turtle")


@lru_cache(maxsize=1)
def sector_forms() -> dict[str, str]:
    """Surface form -> sector slug (the IRI's last segment)."""
    g = _scheme()
    forms: dict[str, str] = {}
    for prop in (SKOS.hiddenLabel, SKOS.altLabel, SKOS.prefLabel):
        for concept, label in g.subject_objects(prop):
            if getattr(label, "language", None) == "en":
                forms[str(label)] = str(concept)[len(str(SECTOR)):]
    return forms


@lru_cache(maxsize=1)
def sector_labels() -> dict[str, str]:
    """Sector slug -> English preferred label."""
    g = _scheme()
    return {
        str(c)[len(str(SECTOR)):]: str(label)
        for c, label in g.subject_objects(SKOS.prefLabel)
        if getattr(label, "language", None) == "en" and str(c) != str(SECTOR["scheme"])
    }
