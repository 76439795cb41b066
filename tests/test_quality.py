"""Extraction quality guard: the scorer over the seed and over our corpora.

``corpus`` and ``heldout`` are the development sets the rules were built
against, held to the issue's bar (overall 0.90, every view 0.75). The other
sets were written later by people who never saw the extractor, each measured
once before any rule was tuned on it (see each set's README for its history):
``validation``, ``blind``, ``blind2`` to ``blind30``; all have since been
tuned on. Their floors sit just under the
levels reached, so a change that makes extraction worse on releases written by
others fails here; raise them as extraction improves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
KGSCORE = SHARED / "tools" / "kgscore"
CORPUS = REPO / "tests" / "corpus"
HELDOUT = REPO / "tests" / "heldout"
VALIDATION = REPO / "tests" / "validation"
BLIND = REPO / "tests" / "blind"
LATER = {name: REPO / "tests" / name
         for name in ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
                      "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
                      "blind15", "blind16", "blind17", "blind18", "blind19",
                      "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
                      "blind26", "blind27", "blind28", "blind29", "blind30")}
VIEWS = ("officials", "affiliations", "organizations", "mechanisms", "events", "participants",
         "topics", "places", "projects", "policies", "agreements", "indicators")

pytestmark = pytest.mark.skipif(not KGSCORE.exists(), reason="../shared/tools/kgscore not found")


def score(gold: Path, tmp_path: Path, texts: Path | None = None) -> dict:
    out = tmp_path / "score.json"
    cmd = [sys.executable, str(KGSCORE), "--gold", str(gold), "--kg",
           f"{sys.executable} -m kg.cli", "--json", str(out), "--jobs", "2"]
    if texts is not None:
        cmd += ["--texts", str(texts)]
    subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=1200)
    return json.loads(out.read_text())


def _overall(result: dict) -> float:
    return result["overall"]["f1"]


def test_seed_release_is_extracted_exactly(tmp_path: Path) -> None:
    result = score(SHARED / "gold", tmp_path)
    assert result["overall"]["errors"] == 0
    assert _overall(result) >= 0.99


@pytest.mark.parametrize("corpus", [CORPUS, HELDOUT], ids=["corpus", "heldout"])
def test_development_corpora_meet_the_bar(corpus: Path, tmp_path: Path) -> None:
    result = score(corpus / "gold", tmp_path, corpus / "releases")
    assert result["overall"]["errors"] == 0
    assert _overall(result) >= 0.90
    for view in VIEWS:
        assert result["views"][view]["f1"] >= 0.75, view


@pytest.mark.parametrize(("corpus", "floor"), [
    (VALIDATION, 0.94), (BLIND, 0.94), (LATER["blind2"], 0.95), (LATER["blind3"], 0.93),
    (LATER["blind4"], 0.97), (LATER["blind5"], 0.96), (LATER["blind6"], 0.93),
    (LATER["blind7"], 0.94), (LATER["blind8"], 0.94), (LATER["blind9"], 0.95),
    (LATER["blind10"], 0.97), (LATER["blind11"], 0.95), (LATER["blind12"], 0.96),
    (LATER["blind13"], 0.94), (LATER["blind14"], 0.97), (LATER["blind15"], 0.96),
    (LATER["blind16"], 0.92), (LATER["blind17"], 0.95), (LATER["blind18"], 0.94),
    (LATER["blind19"], 0.97), (LATER["blind20"], 0.89), (LATER["blind21"], 0.94),
    (LATER["blind22"], 0.93), (LATER["blind23"], 0.88), (LATER["blind24"], 0.93),
    (LATER["blind25"], 0.87), (LATER["blind26"], 0.84), (LATER["blind27"], 0.86),
    (LATER["blind28"], 0.89), (LATER["blind29"], 0.78), (LATER["blind30"], 0.78)],
    ids=["validation", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
         "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
         "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
         "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29",
         "blind30"])
def test_unseen_corpora_do_not_regress(corpus: Path, floor: float, tmp_path: Path) -> None:
    result = score(corpus / "gold", tmp_path, corpus / "releases")
    assert result["overall"]["errors"] == 0
    assert _overall(result) >= floor
