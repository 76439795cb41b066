"""Bad input through the CLI: one clear line per problem, no traceback, nothing lost.

A folder mixing one good release with every kind of unreadable file must
build the good one, name each bad one on one stderr line, exit non-zero, and
leave what the store already held exactly as it was.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import RELEASES, literals, release_graphs

GOOD = RELEASES["fisheries.txt"]

# name -> (bytes or text, words the error line must contain)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \n", "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "huge.txt": (("Korea and Russia met again. " * 2000).encode(), "limit"),
    "broken.html": (b"<html><head><title></title></head><body><div><table><tr><td><img src=x></td",
                    "no text"),
    "garbled.txt": (random.Random(7).randbytes(3000).translate(bytes(range(128, 256)) * 2),
                    "encoding"),
    "truncated.json": (b'{"title": "Half a record", "text": "Deputy Minister', "invalid JSON"),
}


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def _stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    records = [
        {"title": "Energy Talks in Khabarovsk", "date": "2020-03-05",
         "text": RELEASES["kamchatka.txt"]},
        {"title": "A record without its body"},
    ]
    (folder / "records.json").write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_bad_folder_builds_the_good_and_reports_each_bad_once(run_cli, bad_folder, tmp_path):
    store = tmp_path / "store"
    # A release already in the store before the bad build; it must come out identical.
    first = tmp_path / "first" / "earlier.txt"
    first.parent.mkdir()
    first.write_text(RELEASES["kamchatka.txt"].replace("Han Seojin", "Yoon Daeho"),
                     encoding="utf-8")
    run_cli("build", first, "--store", store, "--quiet")
    (earlier_graph, earlier_quads), = release_graphs(store).items()

    result = run_cli("build", bad_folder, "--store", store, "--max-size", "0.02", "--quiet",
                     expect=1)
    _no_traceback(result)
    lines = _stderr_lines(result)
    for name, (_, words) in BAD_FILES.items():
        hits = [line for line in lines if f"{name}:" in line]
        assert len(hits) == 1, f"{name}: {hits}"
        assert words in hits[0], hits[0]
    record_errors = [line for line in lines if "records.json" in line]
    assert len(record_errors) == 1 and "record 2" in record_errors[0]
    assert len(lines) == len(BAD_FILES) + 1  # nothing else on stderr with --quiet
    assert all(line.startswith("failed: ") for line in lines)

    graphs = release_graphs(store)
    assert graphs[earlier_graph] == earlier_quads
    assert len(graphs) == 3  # earlier + good.txt + the good JSON record
    people = {r["person"] for r in json.loads(
        run_cli("query", "officials", "--store", store, "--format", "json").stdout)}
    assert {"Yoon Daeho", "Choi Minho", "Han Seojin"} <= people


def test_summary_counts_failures(run_cli, bad_folder, tmp_path):
    result = run_cli("build", bad_folder, "--store", tmp_path / "s", "--max-size", "0.02",
                     expect=1)
    _no_traceback(result)
    assert "failed" in result.stderr and "added" in result.stderr


def test_truncated_html_with_text_still_builds(run_cli, tmp_path):
    page = tmp_path / "cut.html"
    page.write_text("<html><body><div><p>" + GOOD.replace("\n\n", "<p>") + "<div><span",
                    encoding="utf-8")
    run_cli("build", page, "--store", tmp_path / "s", "--quiet")
    assert len(release_graphs(tmp_path / "s")) == 1


def test_extraction_crash_is_one_line_and_the_rest_builds(run_cli, write_releases, tmp_path,
                                                          monkeypatch):
    import kg.extract.pipeline as pipeline

    real = pipeline.extract

    def flaky(doc):
        if "Kamchatka" in doc.text:
            raise ValueError("simulated extractor bug")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract", flaky)
    folder = write_releases()
    result = run_cli("build", folder, "--store", tmp_path / "s", "--quiet", expect=1)
    _no_traceback(result)
    lines = _stderr_lines(result)
    assert len(lines) == 1
    assert "kamchatka.txt" in lines[0] and "simulated extractor bug" in lines[0]
    assert len(release_graphs(tmp_path / "s")) == 1


def test_missing_source_is_one_line(run_cli, tmp_path):
    result = run_cli("build", tmp_path / "nowhere.txt", "--store", tmp_path / "s", "--quiet",
                     expect=1)
    _no_traceback(result)
    assert _stderr_lines(result) == [f"failed: {tmp_path / 'nowhere.txt'}: no such file or folder"]


def test_store_path_that_cannot_be_a_folder(run_cli, seed_path, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_cli("build", seed_path, "--store", blocker / "store", expect=1)
    _no_traceback(result)
    lines = _stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("Error: cannot open store")


# -- query and reader errors ---------------------------------------------------------------


def test_sparql_syntax_error_is_one_line_exit_2(run_cli, seed_store):
    result = run_cli("query", "--store", seed_store, "--sparql", "SELEC ?x WHERE { ?x ?y }",
                     expect=2)
    _no_traceback(result)
    lines = _stderr_lines(result)
    assert len(lines) == 1 and "syntax error" in lines[0].lower()
    assert result.stdout == ""


@pytest.mark.parametrize("args", [
    ["query", "officials"], ["query", "--sparql", "ASK {}"], ["show", "Kim Gunn"], ["stats"],
    ["export"], ["export", "--format", "trig"],
])
def test_missing_store_is_one_line(run_cli, tmp_path, args):
    missing = tmp_path / "no-store-here"
    result = run_cli(*args, "--store", missing, expect=None)
    assert result.exit_code != 0
    _no_traceback(result)
    lines = _stderr_lines(result)
    assert len(lines) == 1 and "no store at" in lines[0], lines
    assert not missing.exists()  # a reader must not create an empty store


def test_unknown_query_and_unknown_entity(run_cli, seed_store):
    result = run_cli("query", "no_such_view", "--store", seed_store, expect=2)
    _no_traceback(result)
    assert len(_stderr_lines(result)) == 1
    result = run_cli("show", "Zzyzx Qwerty", "--store", seed_store, expect=1)
    _no_traceback(result)
    assert _stderr_lines(result) == ["Error: no entity matches 'Zzyzx Qwerty'"]


# -- hostile text --------------------------------------------------------------------------


SCRIPT = '<script>alert("owned")</script>'


def test_script_in_a_release_is_stored_as_plain_text(run_cli, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    title = f"Korea and Russia Hold Talks {SCRIPT}"
    (folder / "talks.txt").write_text(f"{title}\n\n" + GOOD.split("\n", 2)[2], encoding="utf-8")
    # In HTML the markup is escaped, so the release's *text* carries the characters.
    (folder / "talks.html").write_text(
        "<html><body><h1>Ambassador Meets Governor &lt;script&gt;alert(1)&lt;/script&gt;</h1>"
        f"<p>{RELEASES['kamchatka.txt']}</p></body></html>", encoding="utf-8")
    store = tmp_path / "s"
    run_cli("build", folder, "--store", store, "--quiet")
    text = literals(store)
    assert title in text  # the title literal, character for character
    assert any("<script>alert(1)</script>" in lit for lit in text)
    assert not any("&lt;script" in lit for lit in text)
    turtle = run_cli("export", "--store", store).stdout
    assert SCRIPT.replace('"', '\\"') in turtle
