"""Format checks for the targeted claims development set data/claims-eval/dev11.jsonl (no scores here).

dev11 was written for issue 6's failing constructions (README "dev11"); each item names them in `kinds`
(0 plain, 1-11 the kinds listed there). These tests check the file is well formed and keeps its purpose.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_claim_labels, check_denial_labels, check_ids, check_substrings, read_set

from sitrep.eval.claims import STANCES, check_item, read_items

ROOT = Path(__file__).resolve().parents[1]
SET3 = ROOT / "data" / "claims-eval" / "dev11.jsonl"
ITEM_KEYS = {"id", "style", "published", "outlet", "kinds", "text", "claims", "denials"}
KINDS = set(range(12))  # 0 = plain item, 1..11 = the kinds of construction in the README's dev11 section


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET3)


def test_size_and_unique_ids(items):
    assert len(items) >= 90
    check_ids(items, r"d11-\d{3}")


def test_ids_do_not_clash_with_the_other_sets(items):
    mine = {it["id"] for it in items}
    for other in sorted(SET3.parent.glob("*.jsonl")):
        if other == SET3:
            continue
        theirs = {it.get("id") for it in read_set(other)}
        assert not mine & theirs, f"{other.name} uses dev11 ids: {sorted(mine & theirs)[:3]}"


def test_the_evaluator_reads_every_item(items):
    assert len(read_items(str(SET3))) == len(items)


def test_item_fields(items):
    for it in items:
        assert set(it) <= ITEM_KEYS, f"{it['id']}: keys {sorted(set(it) - ITEM_KEYS)}"
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]
        kinds = it.get("kinds")
        assert isinstance(kinds, list) and kinds and set(kinds) <= KINDS, f"{it['id']}: kinds {kinds!r}"
        # 1-4 sentences (a headline or a live-blog entry without a full stop counts as one)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"].strip()) if s.strip()]
        assert 1 <= len(sentences) <= 4, f"{it['id']}: {len(sentences)} sentences"


def test_content_substrings_are_exact_and_unambiguous(items):
    check_substrings(items)


def test_claim_and_denial_labels(items):
    check_claim_labels(items)
    check_denial_labels(items)
    for it in items:
        check_item(it, it["id"])  # the evaluator's own check


def test_every_kind_is_covered(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in range(1, 12):
        assert kinds[k] >= 4, f"kind {k}: only {kinds[k]} items"
    assert kinds[0] >= 15, f"only {kinds[0]} plain items"


def test_labels_are_mixed(items):
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 5 for s in STANCES), stances
    assert sum(len(it["denials"]) for it in items) >= 60
    assert any(not it["denials"] for it in items)  # non-denial items keep precision honest
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # authors of no country and content-only denials are represented
    assert any(d.get("denies_claim_of_country", "x") is None for it in items for d in it["denials"])
    assert any("denies_claim_of_country" not in d for it in items for d in it["denials"])


def test_no_sentence_shared_with_the_other_claims_sets(items):
    mine = {s.strip() for it in items for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"]) if len(s.strip()) >= 40}
    for other in sorted(SET3.parent.glob("*.jsonl")):
        if other == SET3:
            continue
        with open(other, encoding="utf-8") as fh:
            body = fh.read()
        copied = [s for s in mine if s in body]
        assert not copied, f"{other.name} shares sentences with dev11: {copied[:3]}"
