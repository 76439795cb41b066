"""Builds that overlap, run in parallel, or die half-way must not damage the store.

A changed release is replaced in one transaction; new ones are bulk-loaded
under a journal that the next reader or writer uses to drop what a crash left
half-written. So after any crash a release is either whole (the old or the
new version) or absent, never half.
Two ``kg build`` processes on one store serialise on the writer lock.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import RELEASES, release_graphs, release_text, sorted_nquads, summary

import kg.build
from kg.store import JOURNAL_NAME, Store, reading

N_RELEASES = 30


def kg_executable() -> str:
    """The console script of the environment running the tests (the venv's ``kg``)."""
    beside = Path(sys.executable).parent / "kg"
    found = str(beside) if beside.exists() else shutil.which("kg")
    if not found:
        pytest.skip("no kg console script found")
    return found


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many") / "releases"
    folder.mkdir()
    for n in range(N_RELEASES):
        (folder / f"r{n:02d}.txt").write_text(release_text(n), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def many_reference(many, run_cli) -> Path:
    """The folder built once, alone, with one job: what every other build must equal."""
    store = many.parent / "reference"
    run_cli("build", many, "--store", store, "--quiet", "--jobs", "1")
    return store


def test_jobs_2_gives_the_same_store_as_jobs_1(many, many_reference, run_cli, tmp_path):
    store = tmp_path / "parallel"
    run_cli("build", many, "--store", store, "--quiet", "--jobs", "2")
    assert len(release_graphs(store)) == N_RELEASES
    assert sorted_nquads(store) == sorted_nquads(many_reference)


def test_two_builds_at_once(many, many_reference, run_cli, tmp_path):
    store = tmp_path / "shared"
    cmd = [kg_executable(), "build", str(many), "--store", str(store)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        outcomes.append((proc.returncode, err))
    for code, err in outcomes:
        assert "Traceback" not in err, err
        if code != 0:  # allowed: the loser stops with one clear line
            lines = [line for line in err.splitlines() if line.strip()]
            assert len(lines) == 1 and "busy" in lines[0], err
    finished = [summary(err) for code, err in outcomes if code == 0]
    assert finished
    assert sum(s["added"] for s in finished) == N_RELEASES  # nobody wrote a release twice
    if len(finished) == 2:  # the second waited for the lock, then found everything built
        assert sorted(s["skipped"] for s in finished) == [0, N_RELEASES]

    graphs = release_graphs(store)
    assert graphs == release_graphs(many_reference)  # each release once, whole
    rows = json.loads(run_cli(
        "query", "--store", store, "--format", "json", "--sparql",
        "SELECT (COUNT(?r) AS ?n) (COUNT(DISTINCT ?r) AS ?d) WHERE { ?r a kgo:Release }",
    ).stdout)
    assert rows == [{"n": N_RELEASES, "d": N_RELEASES}]


# -- crashes -------------------------------------------------------------------------------


class Crash(RuntimeError):
    pass


def arm_crash(monkeypatch, marker: str) -> None:
    """Make the write of the release whose text holds ``marker`` fail half-way.

    A bulk load writes the first half of its lines, then dies, as a killed
    process would leave it; a replacement dies before its transaction. Every
    release goes in a batch of its own, so the releases before it are whole.
    """
    monkeypatch.setattr(kg.build, "BATCH_QUADS", 1)
    real_load, real_replace = Store._bulk_load, Store.replace_release

    def bulk_load(self, data: bytes) -> None:
        if marker.encode() in data:
            lines = data.splitlines(keepends=True)
            real_load(self, b"".join(lines[: len(lines) // 2]))
            raise Crash("simulated crash while loading")
        real_load(self, data)

    def replace_release(self, graph: str, triples: str) -> None:
        if marker in triples:
            raise Crash("simulated crash while replacing")
        real_replace(self, graph, triples)

    monkeypatch.setattr(Store, "_bulk_load", bulk_load)
    monkeypatch.setattr(Store, "replace_release", replace_release)


def recovered_graphs(store: Path) -> dict[str, set[str]]:
    """The release graphs a reader sees: opening the store drops unfinished loads first."""
    reader = reading(store)
    del reader
    gc.collect()
    return release_graphs(store)


def crashed_build(run_cli, *args: str | Path) -> bool:
    """Run a build expected to crash; True if it died of the simulated crash.

    The traceback keeps the build's frames, and with them the open store (pyoxigraph
    has no close), alive; drop it so the next build in this process can open the store.
    """
    result = run_cli("build", *args, expect=None)
    crashed = isinstance(result.exception, Crash)
    del result
    gc.collect()
    return crashed


@pytest.fixture
def three(write_releases) -> Path:
    return write_releases(releases={**RELEASES, "zz_energy.txt": release_text(99)})


def test_crash_while_writing_a_new_release(three, run_cli, tmp_path, monkeypatch):
    reference = tmp_path / "reference"
    run_cli("build", three, "--store", reference, "--quiet")
    expected = release_graphs(reference)

    store = tmp_path / "crashed"
    arm_crash(monkeypatch, "Kamchatka")  # the second file in sorted order
    assert crashed_build(run_cli, three, "--store", store, "--quiet")
    assert (store / JOURNAL_NAME).exists()
    assert len(release_graphs(store)) == 2  # on disk: the first release and half the second

    got = recovered_graphs(store)
    assert not (store / JOURNAL_NAME).exists()
    assert len(got) == 1  # the first release made it, the half-written one was dropped
    for graph, quads in got.items():
        assert quads == expected[graph]  # whole, not half

    monkeypatch.undo()
    run_cli("build", three, "--store", store, "--quiet")  # a rerun completes the store
    assert release_graphs(store) == expected


def test_crash_while_replacing_keeps_the_old_version(three, run_cli, tmp_path, monkeypatch):
    store = tmp_path / "store"
    run_cli("build", three, "--store", store, "--quiet")
    before = release_graphs(store)

    path = three / "kamchatka.txt"
    path.write_text(path.read_text().replace("Viktor Lebedev", "Roman Kuznetsov"))
    arm_crash(monkeypatch, "Kamchatka")
    assert crashed_build(run_cli, three, "--store", store, "--quiet")
    assert recovered_graphs(store) == before  # the old version, quad for quad

    monkeypatch.undo()
    run_cli("build", three, "--store", store, "--quiet")
    after = release_graphs(store)
    assert sum(after[g] != before[g] for g in before) == 1


KILLER = textwrap.dedent("""
    import os, signal, sys
    import kg.build
    from kg.cli import main
    from kg.store import Store
    marker = sys.argv[1]
    kg.build.BATCH_QUADS = 1
    real_load, real_replace = Store._bulk_load, Store.replace_release
    def bulk_load(self, data):
        if marker.encode() in data:
            lines = data.splitlines(keepends=True)
            real_load(self, b"".join(lines[: len(lines) // 2]))
            self.ox.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        real_load(self, data)
    def replace_release(self, graph, triples):
        if marker in triples:
            os.kill(os.getpid(), signal.SIGKILL)
        real_replace(self, graph, triples)
    Store._bulk_load, Store.replace_release = bulk_load, replace_release
    sys.argv = ["kg"] + sys.argv[2:]
    main()
""")


def killed_build(marker: str, *args: str | Path) -> int:
    """Run ``kg build ARGS`` in a process that SIGKILLs itself inside the marked release."""
    cmd = [sys.executable, "-c", KILLER, marker, "build", *map(str, args), "--quiet"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env).returncode


def test_killed_build_leaves_whole_releases(three, run_cli, tmp_path):
    reference = tmp_path / "reference"
    run_cli("build", three, "--store", reference, "--quiet")
    expected = release_graphs(reference)

    store = tmp_path / "killed"
    run_cli("build", three / "fisheries.txt", "--store", store, "--quiet")
    before = release_graphs(store)
    path = three / "fisheries.txt"
    path.write_text(path.read_text().replace("Pavel Orlov", "Ilya Gromov"))

    # Killed while replacing fisheries.txt: the old version stays, the rest is absent.
    assert killed_build("Ilya Gromov", three, "--store", store) == -signal.SIGKILL
    assert release_graphs(store) == before
    assert run_cli("query", "officials", "--store", store, "--format", "json").stdout

    # Killed while adding kamchatka.txt after fisheries.txt was replaced: both whole or absent.
    assert killed_build("Kamchatka", three, "--store", store) == -signal.SIGKILL
    assert "Kamchatka" in "".join(q for qs in release_graphs(store).values() for q in qs)
    got = recovered_graphs(store)
    assert "Kamchatka" not in "".join(q for qs in got.values() for q in qs)
    assert len(got) == 1

    run_cli("build", three, "--store", store, "--quiet")
    final = release_graphs(store)
    assert final.keys() == expected.keys()
    assert sum(final[g] != expected[g] for g in expected) == 1  # only the edited release
