"""Session 25 (h1): the learned linker's fit by L-BFGS (the optimum of the same penalised loss the gradient descent
approached, in seconds), and the bench's leave-out of features. Made-up sentences and rows."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import numpy as np
import pytest

from sitrep.claims import linker

BENCH = Path(__file__).resolve().parent.parent / "bench" / "linker.py"


def _bench():
    """bench/linker.py as a module (its import asks for the rules alone: the switch is put back after)."""
    before = os.environ.get("SITREP_LINKER")
    spec = importlib.util.spec_from_file_location("bench_linker", BENCH)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    finally:
        if before is None:
            os.environ.pop("SITREP_LINKER", None)
        else:
            os.environ["SITREP_LINKER"] = before
        linker.weights.cache_clear()
    return module


def _loss(decisions, w, l2):
    """The penalised loss `linker.fit` minimises, written out one decision at a time."""
    total = 0.0
    for rows, gold in decisions:
        s = np.stack(rows) @ w
        right = s[sorted(gold)]
        total += np.logaddexp.reduce(s) - np.logaddexp.reduce(right)
    return total / len(decisions) + 0.5 * l2 * (w @ w) / len(decisions)


def _descent(decisions, l2, steps=4000, lr=0.5):
    """Plain gradient descent on the same loss (the fit until session 25), as the reference."""
    w = np.zeros(len(linker.FEATURES))
    for _ in range(steps):
        grad = l2 * w / len(decisions)
        for rows, gold in decisions:
            x = np.stack(rows)
            p = np.exp(x @ w - np.logaddexp.reduce(x @ w))
            q = np.zeros(len(rows))
            q[sorted(gold)] = p[sorted(gold)] / p[sorted(gold)].sum()
            grad += (p - q) @ x / len(decisions)
        w -= lr * grad
    return w


def _noisy_decisions(seed=7, n=60):
    """Decisions whose right claim mostly shares words with the denial and mostly is the latest, with noise."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        rows, scores = [], []
        for k in range(int(rng.integers(2, 5))):
            shared, latest = float(rng.random()), float(k == 0)
            rows.append(linker.vector({"claim_bias": 1, "shared_words": shared, "latest": latest}))
            scores.append(2 * shared + latest + rng.normal(0, 0.7))
        rows.append(linker.vector({"new_bias": 1}))
        scores.append(rng.normal(0.5, 0.7))
        out.append((rows, {int(np.argmax(scores))}))
    return out


def test_the_fit_is_the_minimum_of_the_penalised_loss():
    decisions = _noisy_decisions()
    w = linker.fit(decisions, l2=3.0)
    base = _loss(decisions, w, 3.0)
    for i in (linker.INDEX["shared_words"], linker.INDEX["latest"], linker.INDEX["new_bias"]):
        step = np.zeros_like(w)
        step[i] = 1e-3
        assert _loss(decisions, w + step, 3.0) > base and _loss(decisions, w - step, 3.0) > base
    assert w[linker.INDEX["shared_words"]] > 0 and w[linker.INDEX["latest"]] > 0


def test_the_fit_makes_the_choices_gradient_descent_made():
    decisions = _noisy_decisions(seed=11, n=40)
    fitted, reference = linker.fit(decisions, l2=3.0), _descent(decisions, l2=3.0)
    assert np.allclose(fitted, reference, atol=1e-2)
    assert [linker.choose(r, fitted) for r, _ in decisions] == [linker.choose(r, reference) for r, _ in decisions]


def test_a_feature_no_row_has_keeps_no_weight():
    w = linker.fit(_noisy_decisions(seed=3, n=30), l2=1.0)
    assert w[linker.INDEX["act_clash"]] == 0.0


def test_the_bench_leaves_named_features_out_and_refuses_unknown_ones():
    bench = _bench()
    row = linker.vector({"claim_bias": 1, "shared_words": 0.5, "latest": 1}).tolist()
    recorded = {"set": [{"rows": [row, linker.vector({"new_bias": 1}).tolist()], "gold": [0], "ruled": -1}]}
    bench._leave_out(["shared_words"], recorded)
    kept = recorded["set"][0]["rows"][0]
    assert kept[linker.INDEX["shared_words"]] == 0.0 and kept[linker.INDEX["latest"]] == 1.0
    with pytest.raises(SystemExit, match="unknown feature"):
        bench._leave_out(["no_such_feature"], recorded)


def test_the_bench_counts_a_rule_pick_of_none_as_new():
    bench = _bench()
    rows = [linker.vector({"claim_bias": 1}).tolist(), linker.vector({"new_bias": 1}).tolist()]
    decisions = [{"rows": rows, "gold": [1], "ruled": -1}, {"rows": rows, "gold": [0], "ruled": -1}]
    assert bench.hits(decisions, None) == 1
    w = linker.vector({"claim_bias": 1.0})
    assert bench.hits(decisions, w) == 1 and bench.accuracy(decisions, w) == 0.5
