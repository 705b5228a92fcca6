"""Session 26: the learned linker is fitted and scored on the candidates it may choose among at run time (the
recorder keeps them, and where the named-rule corrections take each choice), and a model file can be named by
`SITREP_LINKER_MODEL` (fits on some sets, measured end to end on the others)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from sitrep.claims import linker

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    """bench/linker.py, loaded under its own name (bench/ is no package; loading it asks for the rules alone)."""
    import os
    before = os.environ.get("SITREP_LINKER")
    spec = importlib.util.spec_from_file_location("sitrep_bench_linker", ROOT / "bench" / "linker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if before is None:
        os.environ.pop("SITREP_LINKER", None)
    else:
        os.environ["SITREP_LINKER"] = before
    linker.weights.cache_clear()
    return module


def _row(**features) -> list[float]:
    return linker.vector(features).tolist()


def _decision(gold, allowed, corrected, path="nearby", ruled=0) -> dict:
    """Three candidates: two claims, then "new"; the first claim shares words with the denial."""
    return {"rows": [_row(claim_bias=1, shared_words=1.0), _row(claim_bias=1, latest=1), _row(new_bias=1)],
            "gold": gold, "allowed": allowed, "corrected": corrected, "path": path, "ruled": ruled}


def test_the_fit_reads_only_the_allowed_candidates_of_decisions_the_model_makes(bench):
    usable = _decision(gold=[1], allowed=[1, 2], corrected=[1, 2])
    out_of_reach = _decision(gold=[0], allowed=[1, 2], corrected=[1, 2])  # its right claim is disallowed
    ruled = _decision(gold=[0], allowed=[0, 1, 2], corrected=[0, 1, 2], path="ordinal")  # the rules' pick stands
    pairs = bench._pairs([usable, out_of_reach, ruled])
    assert len(pairs) == 1
    rows, gold = pairs[0]
    assert len(rows) == 2 and gold == {0}  # (the second claim is the first allowed candidate)
    assert np.array_equal(rows[0], np.array(usable["rows"][1]))
    # the fit as it was until session 26: every candidate of every decision with a right one
    assert len(bench._pairs([usable, out_of_reach, ruled], everywhere=True)) == 3


def test_a_choice_is_scored_after_the_corrections(bench):
    w = np.zeros(len(linker.FEATURES))
    w[linker.INDEX["latest"]] = 1.0  # the model picks the second claim …
    moved = _decision(gold=[0], allowed=[0, 1, 2], corrected=[0, 0, 2])  # … which a correction moves to the first
    assert bench._choice(moved, w) == (1, 0)
    assert bench.hits([moved], w) == 1 and bench.hits([moved], w, final=False) == 0
    assert bench._corrections([moved], w) == {"moved": 1, "better": 1, "worse": 0, "neither": 0}
    # on a ruled path the rules' pick stands, whatever the model would say
    assert bench._choice(_decision(gold=[0], allowed=[0, 1, 2], corrected=[0, 1, 2], path="hedged"), w) == (0, 0)


def test_the_recorder_keeps_the_allowed_candidates(extract_text, monkeypatch):
    # the army's own account before its denial is no candidate the model may choose; the villagers' is
    monkeypatch.setenv("SITREP_LINKER", "rules")
    linker.weights.cache_clear()
    text = ("Villagers said soldiers had shot five fishermen on Lake Chad on Monday. "
            "Chad's army said its troops had repelled a Boko Haram raid on an island. "
            "The army later denied that any fisherman had been killed by its soldiers.")
    recorded: list = []
    token = linker.RECORDER.set(recorded)
    try:
        extract_text(text, published="2025-03-04")
    finally:
        linker.RECORDER.reset(token)
        monkeypatch.delenv("SITREP_LINKER")
        linker.weights.cache_clear()
    decision = next(d for d in recorded if "fisherman" in text[d["start"]:d["end"]])
    spans = [text[a:b] for a, b, _ in decision["spans"]]
    own = next(i for i, s in enumerate(spans) if "repelled" in s)
    theirs = next(i for i, s in enumerate(spans) if "shot five fishermen" in s)
    assert own not in decision["allowed"] and theirs in decision["allowed"]
    assert len(spans) - 1 in decision["allowed"]  # ("new" is always a choice)
    assert len(decision["corrected"]) == len(decision["allowed"])
    assert "model" not in decision  # (the rules alone: no model chose)


def test_a_model_file_named_by_the_environment_is_loaded(tmp_path, monkeypatch):
    w = np.arange(len(linker.FEATURES), dtype=np.float64)
    path = tmp_path / "half.npz"
    linker.save(w, path)
    monkeypatch.setenv("SITREP_LINKER_MODEL", str(path))
    linker.weights.cache_clear()
    try:
        assert linker.model_path() == path
        assert np.array_equal(linker.weights(), w)
    finally:
        monkeypatch.delenv("SITREP_LINKER_MODEL")
        linker.weights.cache_clear()
    assert linker.model_path() == linker.MODEL
    assert not np.array_equal(linker.weights(), w)
