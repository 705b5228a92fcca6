"""Format checks for the third held-out claims set, data/claims-eval/heldout3.jsonl (no scores here)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_item_fields, check_no_copied_sentences, check_claim_labels, check_denial_labels, check_ids, check_substrings, read_set

from sitrep.eval.claims import STANCES, read_items

ROOT = Path(__file__).resolve().parents[1]
SET3 = ROOT / "data" / "claims-eval" / "heldout3.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET3)


def test_size_and_unique_ids(items):
    assert len(items) >= 150
    check_ids(items, r"h3-\d{3}")


def test_the_evaluator_reads_every_item(items):
    assert len(read_items(str(SET3))) == len(items)


def test_item_fields(items):
    check_item_fields(items)


def test_content_substrings_are_exact_and_unambiguous(items):
    check_substrings(items)


def test_claim_and_denial_labels(items):
    check_claim_labels(items)
    check_denial_labels(items)


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


def test_no_sentence_copied_from_the_other_claims_sets(items):
    check_no_copied_sentences(items, SET3)
