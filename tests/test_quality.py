"""Extraction quality guard: the scorer over the seed and over our fixture corpus.

The thresholds are the levels reached so far, so a change that makes
extraction worse fails here; raise them as extraction improves.
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


def test_fixture_corpus_does_not_regress(tmp_path: Path) -> None:
    result = score(CORPUS / "gold", tmp_path, CORPUS / "releases")
    assert result["overall"]["errors"] == 0
    assert _overall(result) >= 0.77
    for view in ("officials", "affiliations", "organizations", "mechanisms", "places",
                 "policies", "indicators"):
        assert result["views"][view]["f1"] >= 0.75, view


def test_heldout_corpus_does_not_regress(tmp_path: Path) -> None:
    """A second corpus written apart from the first, used to check that rules generalise."""
    result = score(HELDOUT / "gold", tmp_path, HELDOUT / "releases")
    assert result["overall"]["errors"] == 0
    assert _overall(result) >= 0.72
