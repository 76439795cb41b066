"""Benchmark ``kg viz``: HTML size and time until the layout settles in headless Chromium.

Not a unit test. It writes synthetic stores of 500, 2,000 and 5,000 entities
straight into pyoxigraph (releases, typed entities with labels, relations with
evidence sentences), draws a map of each with ``kg.viz.write_map`` and opens it
in headless Chromium. Run it with::

    .venv/bin/python benchmarks/bench_viz.py [--sizes 500,2000,5000]

It prints a table and writes benchmarks/out/bench_viz.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import DCTERMS, GRAPH, KGO, KGR, RDF, RDFS, SECTOR
from kg.store import reading, writing
from kg.viz import write_map

OUT = Path(__file__).parent / "out"
CLASSES = ["Person", "Organization", "Place", "Event", "Mechanism", "Project", "Agreement",
           "Policy"]
RELATIONS = ["participant", "place", "memberOf", "ofMechanism", "locatedIn", "runBy", "party"]
SECTORS = ["energy", "railways", "fisheries", "health", "trade", "logistics"]
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,900"]


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def synthetic_quads(size: int, seed: int = 1) -> list[ox.Quad]:
    """``size`` entities over size/50 releases, about 1.6 relations per entity."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    releases = max(1, size // 50)
    entities = [KGR[f"bench/{i}"] for i in range(size)]
    home = [i % releases for i in range(size)]
    for r in range(releases):
        graph, release = n(GRAPH[f"release/bench{r}"]), n(KGR[f"release/bench{r}"])
        day = f"{2010 + r % 14}-{1 + r % 12:02d}-{1 + r % 28:02d}"
        quads += [ox.Quad(release, n(RDF.type), n(KGO.Release), graph),
                  ox.Quad(release, n(DCTERMS.title), ox.Literal(f"Release {r}", language="en"),
                          graph),
                  ox.Quad(release, n(DCTERMS.date), ox.Literal(day, datatype=ox.NamedNode(
                      "http://www.w3.org/2001/XMLSchema#date")), graph)]
    for i, iri in enumerate(entities):
        graph, release = n(GRAPH[f"release/bench{home[i]}"]), n(KGR[f"release/bench{home[i]}"])
        cls = CLASSES[i % len(CLASSES)]
        quads += [ox.Quad(n(iri), n(RDF.type), n(KGO[cls]), graph),
                  ox.Quad(n(iri), n(RDFS.label), ox.Literal(f"{cls} {i}", language="en"), graph),
                  ox.Quad(release, n(KGO.mentions), n(iri), graph)]
        if cls in ("Event", "Project"):
            sector = n(SECTOR[rng.choice(SECTORS)])
            quads.append(ox.Quad(n(iri), n(KGO.topic if cls == "Event" else KGO.sector),
                                 sector, graph))
    for k in range(int(size * 1.6)):
        a, b = rng.randrange(size), rng.randrange(size)
        if a == b:
            continue
        graph = n(GRAPH[f"release/bench{home[a]}"])
        predicate = n(KGO[RELATIONS[k % len(RELATIONS)]])
        quads.append(ox.Quad(n(entities[a]), predicate, n(entities[b]), graph))
        quads += evidence(k, entities[a], predicate, entities[b], home[a], graph)
    return quads


def evidence(k: int, s, p: ox.NamedNode, o, release: int, graph) -> list[ox.Quad]:
    ev, sentence = n(KGR[f"evidence/bench-{k}"]), n(KGR[f"sentence/bench-{k}"])
    text = f"Sentence {k} says that {s.rsplit('/', 1)[-1]} relates to {o.rsplit('/', 1)[-1]}."
    pairs = [(ev, n(KGO.statedSubject), n(s)), (ev, n(KGO.statedPredicate), p),
             (ev, n(KGO.statedObject), n(o)), (ev, n(KGO.sentence), sentence),
             (sentence, n(KGO.text), ox.Literal(text)),
             (sentence, n(KGO.inRelease), n(KGR[f"release/bench{release}"]))]
    return [ox.Quad(a, b, c, graph) for a, b, c in pairs]


def make_store(folder: Path, size: int) -> Path:
    path = folder / f"store-{size}"
    with writing(path) as store:
        store.ensure_static_graphs()
        store.ox.extend(synthetic_quads(size))
        del store
    gc.collect()
    return path


def open_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in [*FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='kg-bench-')}"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"),
                            options=options)


def time_in_browser(driver, page: Path, timeout: float = 300) -> dict[str, float]:
    """Milliseconds from navigation start to the end of stabilisation, and to a redraw."""
    driver.get("about:blank")
    start = time.perf_counter()
    driver.get(page.resolve().as_uri())
    loaded = time.perf_counter() - start
    while driver.execute_script("return window.kgMap ? window.kgMap.stabilisedMs : null") is None:
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{page} did not stabilise in {timeout} s")
        time.sleep(0.05)
    stabilised = driver.execute_script("return window.kgMap.stabilisedMs")
    redraw = driver.execute_script(
        "var t = performance.now(); window.kgMap.network.redraw(); return performance.now() - t;")
    return {"load_s": round(loaded, 2), "stabilised_ms": round(stabilised),
            "redraw_ms": round(redraw, 1)}


def run(sizes: list[int]) -> list[dict]:
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    driver = open_browser()
    rows = []
    try:
        for size in sizes:
            store = make_store(folder, size)
            page = folder / f"map-{size}.html"
            begin = time.perf_counter()
            report = write_map(reading(store), page)
            written = time.perf_counter() - begin
            row = {"entities": size, "nodes": report.nodes, "edges": report.edges,
                   "html_mb": round(report.size / 1e6, 2), "write_s": round(written, 2),
                   **time_in_browser(driver, page)}
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    finally:
        driver.quit()
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def table(rows: list[dict]) -> str:
    keys = ["entities", "nodes", "edges", "html_mb", "write_s", "load_s", "stabilised_ms",
            "redraw_ms"]
    lines = [" | ".join(f"{k:>13}" for k in keys)]
    lines += [" | ".join(f"{row[k]:>13}" for k in keys) for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000", help="Comma list of entity counts.")
    args = parser.parse_args()
    rows = run([int(s) for s in args.sizes.split(",")])
    print(table(rows))
    OUT.mkdir(exist_ok=True)
    (OUT / "bench_viz.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
