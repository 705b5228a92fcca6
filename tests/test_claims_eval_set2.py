"""Format checks for the second held-out claims set, data/claims-eval/heldout2.jsonl (no scores here)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_claim_labels, check_denial_labels, check_ids, check_substrings, read_set

from sitrep.eval.claims import STANCES, read_items

ROOT = Path(__file__).resolve().parents[1]
SET2 = ROOT / "data" / "claims-eval" / "heldout2.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET2)


def test_size_and_unique_ids(items):
    assert len(items) >= 110
    check_ids(items, r"h2-\d{3}")


def test_the_evaluator_reads_every_item():
    assert len(read_items(str(SET2))) >= 110


def test_item_fields(items):
    for it in items:
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]


def test_content_substrings_are_exact_and_unambiguous(items):
    check_substrings(items)


def test_claim_and_denial_labels(items):
    check_claim_labels(items)
    check_denial_labels(items)


def test_denials_and_stances_are_mixed(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.35 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 10 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    # many conflicts: the claimants' countries are spread, none dominates
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.15


def test_no_sentence_copied_from_the_other_claims_sets(items):
    mine = {s.strip() for it in items for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"]) if len(s.strip()) >= 40}
    for other in sorted((ROOT / "data" / "claims-eval").glob("*.jsonl")):
        if other == SET2:
            continue
        with open(other, encoding="utf-8") as fh:
            body = fh.read()
        copied = [s for s in mine if s in body]
        assert not copied, f"{other.name} shares sentences with heldout2: {copied[:3]}"
