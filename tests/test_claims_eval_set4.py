"""Format checks for the third held-out claims set, data/claims-eval/heldout3.jsonl (no scores here)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, read_set

from sitrep.eval.claims import STANCES

ROOT = Path(__file__).resolve().parents[1]
SET3 = ROOT / "data" / "claims-eval" / "heldout3.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET3)


def test_size_and_unique_ids(items):
    assert len(items) >= 150
    check_ids(items, r"h3-\d{3}")


def test_denials_agree_with_kinds(items):
    # an item said to have no denial has none; a lone denial has a deny statement
    for it in items:
        if "no-denial" in it["kinds"]:
            assert not it["denials"], it["id"]
            assert all(c["stance"] != "deny" for c in it["claims"]), it["id"]
        if "lone" in it["kinds"] or "passive" in it["kinds"]:
            assert any(c["stance"] == "deny" for c in it["claims"]), it["id"]
        if "unattributed" in it["kinds"]:
            assert any("denies_claim_of_country" not in d for d in it["denials"]), it["id"]


def test_mixture_of_denials_stances_styles_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.40 <= with_denial / len(items) <= 0.65, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 10 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10, styles
    assert styles.most_common(1)[0][1] / len(items) < 0.65, styles
    assert sum("long" in it["kinds"] for it in items) >= 15
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # Russia-Ukraine at most 10 % of the items
    ru = sum(any(c["claimant_country"] in ("RUS", "UKR") for c in it["claims"]) for it in items)
    assert ru / len(items) <= 0.10, ru
