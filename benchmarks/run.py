"""Run the kg benchmark: build, rebuild, store size, queries, exports, map, naive baseline.

Why this shape: users build thousands of releases, query them interactively
and export them; each of those has a target (see README.md in this folder).
Builds, exports and the map run the real ``kg`` command as a subprocess, so
the numbers include start-up cost and the peak memory of that one command
(its own and its worker processes') can be read from ``os.wait4`` and a
sampler. Queries run in-process on the read-only store, the way ``kg serve``
would run them, timed per query.

    python benchmarks/run.py --releases 10000 --jobs 2 --out benchmarks/out/

Writes ``OUT/results.json`` and prints a table. Nothing here is a unit test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

VENV_KG = Path(sys.executable).with_name("kg")
EXPORT_FORMATS = ("turtle", "trig", "nquads", "ntriples")
# Parameter values that hit the generated corpus (names come from generate.py's lists).
SENSIBLE_PARAMS = {
    "name": "Far East", "subject": "Kim", "indicator": "trade", "mechanism": "Sub-committee",
    "person": "Kim", "text": "Primorye", "organization": "Foreign Affairs", "place": "Primorsky",
    "sector": "energy", "type": "Person",
}
TARGETS = {  # the targets on a two-core machine, for 10,000 releases
    "cold_build_s": 60.0, "warm_build_s": 5.0, "query_p50_ms": 200.0, "turtle_export_s": 15.0,
    "peak_memory_mb": 2048.0, "map_s": 10.0,
}


# -- measuring a command ---------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(cmd: list[str], *, stdout=subprocess.DEVNULL) -> dict[str, Any]:
    """Run ``cmd``; wall and CPU seconds, exit code, and peak memory two ways.

    ``max_rss_mb`` is the largest single process (the command or one of its
    workers, from ``wait4``); ``tree_rss_mb`` samples the sum over the process
    tree every 50 ms, which is what the machine has to hold at once.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    return {
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "tree_rss_mb": round(peak / 2**20, 1),
        "exit": proc.returncode,
        "stderr_tail": stderr.decode("utf-8", "replace").strip().splitlines()[-3:],
    }


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -- phases ----------------------------------------------------------------------------------


def kg(*args: str) -> list[str]:
    return [str(VENV_KG), *args]


def query_worker(store_path: Path, name: str, repeats: int, budget: float) -> dict[str, Any]:
    """One canned query: one untimed warm-up, then up to ``repeats`` timed runs.

    Stops repeating once ``budget`` seconds are spent, so a slow query still
    reports a p50 from the runs it had. Runs in a child process (see
    :func:`run_queries`) because an Oxigraph query cannot be interrupted.
    """
    from kg.query import catalog, run
    from kg.store import reading

    store = reading(store_path)
    q = catalog()[name]
    params = {p.name: SENSIBLE_PARAMS.get(p.name, "a") for p in q.params if p.required}
    t = time.perf_counter()
    rows = len(run(store, q, params).rows)
    first = (time.perf_counter() - t) * 1000
    times: list[float] = []
    spent = first / 1000
    while len(times) < repeats and spent < budget:
        t = time.perf_counter()
        run(store, q, params)
        times.append((time.perf_counter() - t) * 1000)
        spent += times[-1] / 1000
    times = sorted(times) or [first]
    return {"params": params, "rows": rows, "runs": len(times), "first_ms": round(first, 1),
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def run_queries(store_path: Path, repeats: int, timeout: float) -> dict[str, Any]:
    """Every canned query in ``kg.query.catalog()``, each in a child with a time limit."""
    from kg.query import catalog

    out: dict[str, Any] = {}
    for name in catalog():
        cmd = [sys.executable, str(Path(__file__)), "--query-worker", name, "--store",
               str(store_path), "--repeats", str(repeats), "--budget", str(timeout / 4)]
        try:
            res = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            out[name] = {"error": f"timeout: no answer within {timeout:.0f} s"}
        else:
            if res.returncode == 0:
                out[name] = json.loads(res.stdout)
            else:
                tail = res.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
                out[name] = {"error": " ".join(tail)}
        print(f"  query {name}: {out[name]}", file=sys.stderr)
    return out


def run_exports(store_path: Path, out: Path, formats: tuple[str, ...]) -> dict[str, Any]:
    results = {}
    for fmt in formats:
        target = out / f"export.{fmt}"
        m = measure(kg("export", "--store", str(store_path), "--format", fmt, "-o", str(target)))
        m["bytes"] = target.stat().st_size if target.exists() else 0
        results[fmt] = m
        target.unlink(missing_ok=True)
    return results


def viz_available() -> bool:
    res = subprocess.run(kg("viz", "--help"), capture_output=True)
    return res.returncode == 0


def run_map(store_path: Path, out: Path) -> dict[str, Any]:
    if not viz_available():
        return {"status": "not available ('kg viz' does not exist yet)"}
    target = out / "map.html"
    m = measure(kg("viz", "--store", str(store_path), "--max-nodes", "2000", "-o", str(target)))
    m["bytes"] = target.stat().st_size if target.exists() else 0
    m["status"] = "ok" if m["exit"] == 0 else "failed"
    return m


def naive_worker(corpus: Path, ttl: Path) -> dict[str, float]:
    """The naive build: rdflib Graph in memory, one ``add`` per triple, rdflib's Turtle.

    Uses the same loader and extraction as ``kg build`` so only the storage
    and serialisation differ.
    """
    from kg.loaders.sources import iter_documents
    from rdflib import Graph

    from kg.extract.pipeline import extract

    t0 = time.perf_counter()
    docs = [d for d in iter_documents([str(corpus)]) if not isinstance(d, Exception)]
    t1 = time.perf_counter()
    extracted = [list(extract(d).all_triples()) for d in docs]
    t2 = time.perf_counter()
    graph = Graph()
    for triples in extracted:
        for triple in triples:
            graph.add(triple)
    t3 = time.perf_counter()
    graph.serialize(destination=str(ttl), format="turtle")
    t4 = time.perf_counter()
    return {"releases": len(docs), "load_s": t1 - t0, "extract_s": t2 - t1, "add_s": t3 - t2,
            "serialize_s": t4 - t3, "total_s": t4 - t0, "triples": len(graph)}


def run_naive(corpus: Path, jobs: int, out: Path) -> dict[str, Any]:
    """kg (build + Turtle export) against the naive path on the same subset."""
    store = out / "store-subset"
    shutil.rmtree(store, ignore_errors=True)
    ours_build = measure(kg("build", str(corpus), "--store", str(store), "--jobs", str(jobs),
                            "-q"))
    ours_export = measure(kg("export", "--store", str(store), "--format", "turtle", "-o",
                             str(out / "subset.ttl")))
    naive_json = out / "naive.json"
    naive = measure([sys.executable, str(Path(__file__)), "--naive-worker", str(corpus),
                     "--out", str(out)])
    detail = json.loads(naive_json.read_text()) if naive_json.exists() else {}
    n = detail.get("releases") or 1
    ours_total = ours_build["wall_s"] + ours_export["wall_s"]
    jsonld = measure(kg("export", "--store", str(store), "--format", "jsonld", "-o",
                        str(out / "subset.jsonld")))
    for f in ("subset.ttl", "naive.ttl", "subset.jsonld"):
        (out / f).unlink(missing_ok=True)
    return {
        "releases": n, "kg_build": ours_build, "kg_turtle_export": ours_export,
        "naive_process": naive, "naive_detail": {k: round(v, 2) for k, v in detail.items()},
        "kg_s_per_release": round(ours_total / n, 4),
        "naive_s_per_release": round(naive["wall_s"] / n, 4),
        "naive_over_kg": round(naive["wall_s"] / ours_total, 2) if ours_total else None,
        # CPU seconds too: on a shared, busy machine wall time says more about the neighbours
        "naive_over_kg_cpu": round(naive["cpu_s"] / max(ours_build["cpu_s"]
                                                        + ours_export["cpu_s"], 1e-9), 2),
        "jsonld_export_on_subset": jsonld,
        "store_subset_bytes": dir_size(store),
    }


# -- report ----------------------------------------------------------------------------------


def verdicts(r: dict[str, Any]) -> dict[str, Any]:
    """Each target with the measured value and whether it holds (scaled to 10,000 releases)."""
    n = r["releases"]
    scale = 10_000 / n
    q50: float | None = max((v.get("p50_ms", 0) for v in r["queries"].values()), default=0)
    if any("error" in v for v in r["queries"].values()):
        q50 = float("inf")  # a query that times out or fails misses the target
    mem = max(r["cold_build"]["tree_rss_mb"], r["warm_build"]["tree_rss_mb"],
              *(e["tree_rss_mb"] for e in r["exports"].values()))
    measured = {
        "cold_build_s": r["cold_build"]["wall_s"] * scale,
        "warm_build_s": r["warm_build"]["wall_s"] * scale,
        "query_p50_ms": q50, "turtle_export_s": r["exports"]["turtle"]["wall_s"] * scale,
        "peak_memory_mb": mem,
        "map_s": r["map"].get("wall_s") if r["map"].get("exit") == 0 else None,
    }
    out = {}
    for key, target in TARGETS.items():
        value = measured[key]
        out[key] = {"target": target, "measured": None if value is None else round(value, 2),
                    "holds": None if value is None else value <= target,
                    "scaled_from": n if key.endswith("_s") and key != "map_s" and n != 10_000
                    else None}
    return out


def print_report(r: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console(width=150)
    n = r["releases"]
    t = Table(title=f"kg benchmark: {n} releases, --jobs {r['jobs']} ({r['date']})")
    for col in ("measure", "value", "cpu s", "peak MB (tree)", "note"):
        t.add_column(col)
    cb, wb = r["cold_build"], r["warm_build"]
    t.add_row("generate", f"{r['generate_s']:.1f} s", "", "", f"{r['corpus_bytes'] / 2**20:.1f} MB")
    t.add_row("cold build", f"{cb['wall_s']:.1f} s", str(cb["cpu_s"]), str(cb["tree_rss_mb"]),
              f"{n / cb['wall_s']:.1f} releases/s; quads {r['quads']:,}")
    t.add_row("warm rebuild", f"{wb['wall_s']:.1f} s", str(wb["cpu_s"]), str(wb["tree_rss_mb"]),
              f"{n / wb['wall_s']:.1f} releases/s (nothing changed)")
    t.add_row("store on disk", f"{r['store_bytes'] / 2**20:.0f} MB", "", "",
              f"{r['store_bytes'] / max(r['quads'], 1):.0f} bytes/quad")
    for name, q in r["queries"].items():
        if "error" in q:
            t.add_row(f"query {name}", "error", "", "", q["error"][:60])
        else:
            t.add_row(f"query {name}", f"p50 {q['p50_ms']} ms", "", "",
                      f"p95 {q['p95_ms']} ms, {q['runs']} runs, {q['rows']} rows")
    for fmt, e in r["exports"].items():
        t.add_row(f"export {fmt}", f"{e['wall_s']:.1f} s", str(e["cpu_s"]), str(e["tree_rss_mb"]),
                  f"{e['bytes'] / 2**20:.0f} MB")
    m = r["map"]
    t.add_row("map (2,000 nodes)", f"{m['wall_s']:.1f} s" if "wall_s" in m else "-", "", "",
              m.get("status", ""))
    nv = r.get("naive")
    if nv:
        t.add_row(f"naive rdflib ({nv['releases']} rel.)", f"{nv['naive_process']['wall_s']:.1f} s",
                  str(nv["naive_process"]["cpu_s"]), str(nv["naive_process"]["tree_rss_mb"]),
                  f"{nv['naive_over_kg']}x kg's build+Turtle wall time per release, "
                  f"{nv.get('naive_over_kg_cpu')}x its CPU time")
        js = nv["jsonld_export_on_subset"]
        t.add_row(f"export jsonld ({nv['releases']} rel.)", f"{js['wall_s']:.1f} s",
                  str(js["cpu_s"]), str(js["tree_rss_mb"]), "rdflib JSON-LD, subset store only")
    con.print(t)
    v = Table(title="targets (10,000 releases, 2 cores)")
    for col in ("target", "limit", "measured", "holds"):
        v.add_column(col)
    for key, item in r["verdicts"].items():
        note = f" (scaled from {item['scaled_from']})" if item["scaled_from"] else ""
        v.add_row(key, str(item["target"]), f"{item['measured']}{note}",
                  {True: "yes", False: "NO", None: "n/a"}[item["holds"]])
    con.print(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark kg end to end.")
    ap.add_argument("--releases", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeats", type=int, default=20, help="Timed runs per canned query.")
    ap.add_argument("--naive-releases", type=int, default=1000,
                    help="Subset for the naive rdflib comparison (0 skips it).")
    ap.add_argument("--query-timeout", type=float, default=120.0,
                    help="Seconds one canned query may take (warm-up and repeats) before "
                         "it is reported as a timeout.")
    ap.add_argument("--naive-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--query-worker", help=argparse.SUPPRESS)
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--budget", type=float, default=30.0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.query_worker:
        print(json.dumps(query_worker(args.store, args.query_worker, args.repeats,
                                      args.budget)))
        return 0
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.naive_worker:
        detail = naive_worker(args.naive_worker, out / "naive.ttl")
        (out / "naive.json").write_text(json.dumps(detail))
        return 0

    corpus, store = out / "releases", out / "store"
    r: dict[str, Any] = {
        "date": dt.datetime.now().isoformat(timespec="seconds"), "releases": args.releases,
        "jobs": args.jobs, "seed": args.seed,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(),
                    "memory_gb": round(os.sysconf("SC_PAGE_SIZE")
                                       * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
                    "load_before": os.getloadavg()},
    }
    t = time.perf_counter()
    generate(args.releases, corpus, args.seed)
    r["generate_s"] = round(time.perf_counter() - t, 2)
    r["corpus_bytes"] = dir_size(corpus)
    shutil.rmtree(store, ignore_errors=True)
    print(f"cold build of {args.releases} releases ...", file=sys.stderr)
    r["cold_build"] = measure(kg("build", str(corpus), "--store", str(store), "--jobs",
                                 str(args.jobs), "-q"))
    print("warm rebuild ...", file=sys.stderr)
    r["warm_build"] = measure(kg("build", str(corpus), "--store", str(store), "--jobs",
                                 str(args.jobs), "-q"))
    r["store_bytes"] = dir_size(store)
    from kg.store import reading

    r["quads"] = reading(store).count()
    print("queries ...", file=sys.stderr)
    r["queries"] = run_queries(store, args.repeats, args.query_timeout)
    print("exports ...", file=sys.stderr)
    r["exports"] = run_exports(store, out, EXPORT_FORMATS)
    print("map ...", file=sys.stderr)
    r["map"] = run_map(store, out)
    if args.naive_releases:
        print(f"naive comparison on {args.naive_releases} releases ...", file=sys.stderr)
        subset = out / "releases-subset"
        shutil.rmtree(subset, ignore_errors=True)
        subset.mkdir()
        for path in sorted(corpus.iterdir())[: args.naive_releases]:
            shutil.copy(path, subset / path.name)
        r["naive"] = run_naive(subset, args.jobs, out)
    r["verdicts"] = verdicts(r)
    r["machine"]["load_after"] = os.getloadavg()
    (out / "results.json").write_text(json.dumps(r, indent=2, ensure_ascii=False))
    print_report(r)
    print(f"wrote {out / 'results.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
