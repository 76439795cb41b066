"""Shared fixtures for the CLI tests: the seed release, invented releases, a CLI runner.

The seed is read from ``shared/seeds`` beside the clone (never copied into the
repo), so the same path works here and in CI. Releases written by tests are
invented text with invented people; they only need to be realistic enough for
the extractor to find a few facts in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from kg.cli import cli

SEED_NAME = "000_73c461dbd340df77.txt"

# Invented releases: (file name, text). Each names at least one titled person.
RELEASES: dict[str, str] = {
    "fisheries.txt": (
        "Korea and Russia Hold 5th Meeting of the Fisheries Committee\n\n"
        "1. Director-General for European Affairs Choi Minho and Deputy Minister of "
        "Agriculture Pavel Orlov held the 5th meeting of the Korea-Russia Fisheries Committee "
        "in Busan on April 8, 2021. The two sides discussed fishing quotas and cooperation "
        "in aquaculture.\n\n"
        "2. Director-General Choi welcomed the growth of seafood trade between Korea and "
        "Primorsky Krai.\n"
    ),
    "kamchatka.txt": (
        "Ambassador Han Seojin Visits Kamchatka Krai\n\n"
        "1. Ambassador to Russia Han Seojin met Governor of Kamchatka Krai Viktor Lebedev in "
        "Petropavlovsk-Kamchatsky on June 2, 2022. They discussed shipbuilding and port "
        "logistics. The Governor invited Korean companies to the Eastern Economic Forum in "
        "Vladivostok.\n"
    ),
}


def release_text(n: int) -> str:
    """A distinct invented release number ``n`` (for folders of many releases)."""
    day = n % 27 + 1
    return (
        f"Korea and Russia Hold Energy Consultation No. {n}\n\n"
        f"1. Director-General for Eurasian Affairs Seo Hyunwoo{n} met Deputy Minister of Energy "
        f"Anton Morozov in Khabarovsk on March {day}, 2020. The two sides discussed cooperation "
        f"in energy and logistics.\n\n"
        f"2. Director-General Seo proposed a joint study on port number {n} in Primorsky Krai.\n"
    )


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed release, beside the clone in ``shared/seeds``."""
    path = Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_NAME
    if not path.is_file():
        pytest.skip(f"seed release not found at {path}")
    return path


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


RunCli = Callable[..., Result]


@pytest.fixture(scope="session")
def run_cli(runner: CliRunner) -> RunCli:
    """Invoke ``kg ARGS...`` in-process; stdout and stderr stay separate.

    Exceptions are caught by click's runner and land in ``result.exception``,
    so a test can tell a clean exit from a crash.
    """

    def run(*args: str | Path, expect: int | None = 0) -> Result:
        result = runner.invoke(cli, [str(a) for a in args])
        if expect is not None:
            assert result.exit_code == expect, (
                f"kg {' '.join(map(str, args))} exited {result.exit_code}\n"
                f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}\n"
                f"exception: {result.exception!r}"
            )
        return result

    return run


@pytest.fixture
def write_releases(tmp_path: Path) -> Callable[..., Path]:
    """Write invented releases into a fresh folder and return it."""

    def write(folder: str = "releases", releases: dict[str, str] | None = None) -> Path:
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        for name, text in (RELEASES if releases is None else releases).items():
            (target / name).write_text(text, encoding="utf-8")
        return target

    return write


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, run_cli: RunCli) -> Path:
    """A store built once from the seed; tests must only read it."""
    store = tmp_path_factory.mktemp("seed") / "store"
    run_cli("build", seed_path, "--store", store, "--quiet")
    return store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, run_cli: RunCli) -> Path:
    """The fixture corpus built once per test session; tests must not write to it."""
    releases = Path(__file__).resolve().parent / "corpus" / "releases"
    if not any(releases.glob("*.txt")):
        pytest.skip("no fixture corpus")
    store = tmp_path_factory.mktemp("corpus") / "store"
    run_cli("build", releases, "--store", store, "--quiet", "--jobs", "2")
    return store


def summary(stderr: str) -> dict[str, int]:
    """The numbers of the build summary table (added, replaced, skipped, failed, ...)."""
    for line in stderr.splitlines():
        numbers = re.findall(r"\d+", line)
        if len(numbers) == 6 and not re.search(r"[A-Za-z]", line):
            keys = ("added", "replaced", "skipped", "failed", "releases", "triples")
            return dict(zip(keys, map(int, numbers), strict=True))
    raise AssertionError(f"no summary table in stderr:\n{stderr}")


# -- reading a store directly (not through the CLI under test) --------------------------


def open_ro(store: Path) -> ox.Store:
    return ox.Store.read_only(str(store))


def graph_quads(store: Path) -> dict[str, set[str]]:
    """Named graph IRI -> its quads as N-Quads lines (a comparable snapshot)."""
    db = open_ro(store)
    out: dict[str, set[str]] = {}
    for q in db:
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        out.setdefault(name, set()).add(str(q))
    return out


def release_graphs(store: Path) -> dict[str, set[str]]:
    """Only the per-release graphs (not ontology or reference data)."""
    return {g: qs for g, qs in graph_quads(store).items() if "/graph/release/" in g}


def sorted_nquads(store: Path) -> list[str]:
    return sorted(str(q) for q in open_ro(store))


def literals(store: Path) -> set[str]:
    return {q.object.value for q in open_ro(store) if isinstance(q.object, ox.Literal)}
