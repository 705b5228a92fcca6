"""The learned denial linker: fitting, the shipped weights, and the switch back to the rules alone."""
from __future__ import annotations

import numpy as np

from sitrep.claims import linker


def _row(**features):
    return linker.vector(features)


def test_fit_learns_which_candidate_is_right():
    # the right claim shares words with the denial; "new" is right when no claim does
    decisions = []
    for k in range(20):
        share = k % 2 == 0
        rows = [_row(claim_bias=1, shared_words=1.0 if share else 0.0), _row(claim_bias=1, latest=1),
                _row(new_bias=1, new_max_shared_0=0.0 if share else 1.0)]
        decisions.append((rows, {0} if share else {2}))
    w = linker.fit(decisions, l2=0.1, steps=500)
    for rows, gold in decisions:
        assert linker.choose(rows, w) in gold


def test_fit_accepts_several_right_candidates_and_skips_decisions_with_none():
    rows = [_row(claim_bias=1), _row(new_bias=1)]
    w = linker.fit([(rows, {0, 1}), (rows, set())], steps=10)
    assert w.shape == (len(linker.FEATURES),) and np.all(np.isfinite(w))


def test_the_shipped_model_matches_the_feature_set():
    assert linker.MODEL.exists(), "data/models/linker.npz is shipped: refit with bench/linker.py --fit"
    data = np.load(linker.MODEL)
    assert tuple(str(x) for x in data["features"]) == linker.FEATURES
    assert linker.weights() is not None


def test_rules_alone_on_request(monkeypatch):
    monkeypatch.setenv("SITREP_LINKER", "rules")
    linker.weights.cache_clear()
    try:
        assert linker.weights() is None
    finally:
        monkeypatch.delenv("SITREP_LINKER")
        linker.weights.cache_clear()
    assert linker.weights() is not None


def test_a_denial_never_answers_its_own_speakers_statement(extract_text):
    rec = extract_text("Soldiers killed 30 militants near Djibo, the army's general staff said on Sunday. The "
                       "general staff also dismissed reports of civilian deaths as a smear campaign.",
                       published="2024-06-30").to_json()
    for c in rec["claims"]:
        if "30 militants" in c["text"]:
            assert not [r for r in c["responses"] if r["stance"] == "deny"]
