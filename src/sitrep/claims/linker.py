"""A learned choice of the claim a denial answers (conditional logit over the candidates).

`claims._attach_denial` finds a denial's candidates: every claim told before it, and "new" (the claim the
denial only mentions, or a denial statement of its own). The hand-written rules pick one; when a fitted model
is shipped (`data/models/linker.npz`) it scores the same candidates from the features below and its pick wins.
Features are the evidence the rules weigh (shared words, distance, sides, the author a denial names), so a
model fitted on the labelled dev sets weighs them against each other instead of in a fixed order.

`bench/linker.py` records the candidates on the labelled sets, fits the weights and scores held-out sets.
"""
from __future__ import annotations

import os
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).resolve().parent.parent / "data" / "models" / "linker.npz"


def model_path() -> Path:
    """The model file: `SITREP_LINKER_MODEL` when set (bench/linker.py writes fits on some sets there, to measure
    them end to end on the others), else the shipped one."""
    return Path(os.environ.get("SITREP_LINKER_MODEL") or MODEL)

# One row of features per candidate; "new" candidates use the NEW_* names, claims the CLAIM_* names.
CLAIM_FEATURES = (
    "claim_bias", "shared_words", "shared_stems_1", "shared_stems_2", "gap_0", "gap_1", "gap_2", "gap_far",
    "latest", "recency_2", "recency_far", "same_country", "other_side", "same_side", "no_country",
    "author_match", "author_mismatch", "accusing", "stance_assert", "stance_allege", "stance_deny",
    "stance_confirm", "denied_by_other", "denied_by_same", "made_from_denial", "no_name", "inner_and_no_stems",
    "anaphoric_latest_other", "first_of_author", "latest_of_author", "quoted", "same_event", "same_event_type",
    "shared_place", "pointing_first_of_author", "paragraph_gap", "lead_sentence", "own_sentence",
    "mentions_denier", "stem_overlap", "figure_match", "responsibility", "author_named_so", "denier_as_doer",
    "followup_stems", "act_match", "act_clash", "followup_act_match", "denial_of_denial", "first_naming_denier",
)
NEW_FEATURES = (
    "new_bias", "new_inner", "new_author", "new_anaphoric", "new_claim_noun", "new_denied_by_cue",
    "new_no_other_claims", "new_max_shared_0", "new_long_content",
)
FEATURES = CLAIM_FEATURES + NEW_FEATURES
INDEX = {name: i for i, name in enumerate(FEATURES)}

# Rule branches whose picks stand: a hedged claim of no author just before the denial, the statement an
# ordinal points to ("the second claim"), and the one claim a denial names by its topic ("the beating claims"). (Until session 9 also a
# denial naming an author none of whose claims is told before it; with dev23-dev25 added, the model chose better
# there than the rules when each set was left out in turn: bench/linker.py --paths, 69 against 65 of 74.)
RULED_PATHS = frozenset({"hedged", "ordinal", "topic_named"})

# When set (by bench/linker.py), every decision's candidates are appended here for fitting.
RECORDER: ContextVar[list | None] = ContextVar("linker_recorder", default=None)


def note_pick(pick) -> None:
    """Add the final pick (a claim's span, or None for "new") to the decision just recorded, when recording."""
    recorded = RECORDER.get()
    if recorded:
        recorded[-1]["picked"] = None if pick is None else (pick.start, pick.end)


def vector(features: dict[str, float]) -> np.ndarray:
    v = np.zeros(len(FEATURES), dtype=np.float64)
    for k, x in features.items():
        v[INDEX[k]] = x
    return v


@lru_cache(maxsize=1)
def weights() -> np.ndarray | None:
    """The fitted weights, or None when no model ships or `SITREP_LINKER=rules` asks for the rules alone."""
    path = model_path()
    if os.environ.get("SITREP_LINKER", "").lower() == "rules" or not path.exists():
        return None
    data = np.load(path, allow_pickle=False)
    if tuple(str(x) for x in data["features"]) != FEATURES:
        return None  # fitted on another feature set: refit with bench/linker.py
    return data["weights"]


def choose(rows: list[np.ndarray], w: np.ndarray) -> int:
    """The index of the best-scoring candidate."""
    return int(np.argmax(np.stack(rows) @ w))


def fit(decisions: list[tuple[list[np.ndarray], set[int]]], l2: float = 1.0, steps: int = 1000) -> np.ndarray:
    """Conditional-logit weights. Each decision is (candidate rows, indices of the right candidates); the loss is
    minus the log of the probability given to the right ones, averaged, plus an L2 penalty (l2/2·|w|²/n). Minimised
    by L-BFGS (at most `steps` iterations): the loss is convex, so this is the optimum the gradient descent used
    until session 25 approached in 2000 steps, in about a second instead of minutes."""
    from scipy.optimize import minimize  # (only fitting needs scipy, which scikit-learn brings)
    decisions = [(rows, gold) for rows, gold in decisions if gold]
    if not decisions:
        return np.zeros(len(FEATURES))
    width = max(len(rows) for rows, _ in decisions)
    x = np.zeros((len(decisions), width, len(FEATURES)))
    real = np.zeros((len(decisions), width), dtype=bool)
    right = np.zeros((len(decisions), width), dtype=bool)
    for i, (rows, gold) in enumerate(decisions):
        x[i, :len(rows)] = np.stack(rows)
        real[i, :len(rows)] = True
        right[i, sorted(gold)] = True
    n = len(decisions)

    def loss_and_gradient(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        all_lse, p = _log_sum_exp(np.where(real, s, -np.inf))
        right_lse, q = _log_sum_exp(np.where(right, s, -np.inf))
        loss = (all_lse - right_lse).sum() / n + 0.5 * l2 * (w @ w) / n
        return loss, np.einsum("ij,ijk->k", p - q, x) / n + l2 * w / n

    return minimize(loss_and_gradient, np.zeros(len(FEATURES)), jac=True, method="L-BFGS-B",
                    options={"maxiter": steps}).x


def _log_sum_exp(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's log of summed exponentials (-inf entries left out) and its softmax."""
    top = s.max(axis=1, keepdims=True)
    e = np.exp(s - top)
    total = e.sum(axis=1, keepdims=True)
    return np.log(total[:, 0]) + top[:, 0], e / total


def save(w: np.ndarray, path: Path | None = None) -> None:
    path = model_path() if path is None else path
    np.savez(path, weights=w, features=np.array(FEATURES))
    weights.cache_clear()
