"""Small stores for the map tests: two plain releases, and one that tries to inject script."""

from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from kg.cli import cli
from kg.namespaces import KGO, RDF, RDFS
from kg.store import writing

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = "<img src=x onerror=alert(1)>"
EVIL_IRI = "https://w3id.org/krkg/id/person/injected-official"

RELEASES = {
    "subcommittee.txt": """Press Releases

Outcome of the Tenth Meeting of the Korea-Russia Far East and Siberia Sub-committee

• Date : 2016-04-11 10:20:00

1. Deputy Minister for Political Affairs Park Seung-woo and Deputy Minister for the \
Development of the Russian Far East Aleksandr Volkov co-chaired the tenth meeting of the \
Korea-Russia Far East and Siberia Sub-committee in Khabarovsk on April 8.

2. The two sides exchanged views on ways to expand cooperation in the Far East in the fields \
of energy, transportation, agriculture, fisheries and tourism.

3. The two sides agreed to work together on the modernisation of the port of Zarubino in \
Primorsky Krai.
""",
    "railways.txt": """Press Releases

Korea and Russia discuss linking railways

• Date : 2019-06-21 09:00:00

1. Vice Transport Minister Jung Da-eun and Russian Deputy Transport Minister Igor Zaitsev \
held the fifth meeting of the Korea-Russia Transport Cooperation Committee in Seoul on June 20.

2. The two sides discussed railways, logistics and seaports, and agreed to hold the sixth \
meeting in Moscow next year.
""",
}

EVIL_RELEASE = f"""Press Releases

Korea-Russia Far East Sub-committee Holds its 16th Meeting

• Date : 2020-05-14 10:00:00

1. Deputy Minister for Political Affairs {SCRIPT_NAME} and Deputy Minister for the \
Development of the Russian Far East {IMG_NAME} held the 16th meeting of the Korea-Russia Far \
East and Siberia Sub-committee in Vladivostok on May 13.

2. The two sides discussed cooperation in energy, fisheries and transportation.
"""


def build(folder: Path, releases: dict[str, str]) -> Path:
    """Write the releases to ``folder/releases`` and build ``folder/store`` from them."""
    source = folder / "releases"
    source.mkdir(parents=True, exist_ok=True)
    for name, text in releases.items():
        (source / name).write_text(text, encoding="utf-8")
    store = folder / "store"
    result = CliRunner().invoke(cli, ["build", str(source), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return store


def build_evil(folder: Path) -> Path:
    """A store whose release names officials with markup instead of names.

    The extractor does not take ``<script>...`` for a person's name (it keeps
    the raw text only in the evidence sentence), so a person carrying both
    payloads as labels is added directly with pyoxigraph, linked to the
    meeting and mentioned by the release. That still tests what matters: how
    the map escapes text that came from a release.
    """
    store = build(folder, {"evil.txt": EVIL_RELEASE})
    with writing(store) as st:
        row = next(iter(st.query("SELECT ?g ?r ?e WHERE { GRAPH ?g { ?r a kgo:Release . "
                                 "?e a kgo:Event } } LIMIT 1")))
        graph, release, event = row["g"], row["r"], row["e"]
        del row
        person = ox.NamedNode(EVIL_IRI)
        triples = [
            (person, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KGO.Person))),
            (person, ox.NamedNode(str(RDFS.label)), ox.Literal(SCRIPT_NAME, language="en")),
            (person, ox.NamedNode(str(RDFS.label)), ox.Literal(IMG_NAME, language="ko")),
            (event, ox.NamedNode(str(KGO.participant)), person),
            (release, ox.NamedNode(str(KGO.mentions)), person),
        ]
        st.ox.extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
        del st  # close the database before anyone opens it read-only
    gc.collect()
    return store
