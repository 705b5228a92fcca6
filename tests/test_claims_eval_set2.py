"""Format checks for the second held-out claims set, data/claims-eval/heldout2.jsonl (no scores here)."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from sitrep.eval.claims import STANCES, read_items

ROOT = Path(__file__).resolve().parents[1]
SET2 = ROOT / "data" / "claims-eval" / "heldout2.jsonl"
EXTRA_CODES = {"XKX"}  # Kosovo, user-assigned (data/claims-eval/README.md)
DENIAL_KEYS = {"denier_country", "denies_claim_of_country", "denies_content_contains"}
CLAIM_KEYS = {"claimant_country", "stance", "content_contains"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    with open(SET2, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _valid_country(code) -> bool:
    if code is None:
        return True
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return False
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def _substrings(item: dict) -> list[str]:
    subs = [c["content_contains"] for c in item.get("claims") or []]
    subs += [d["denies_content_contains"] for d in item.get("denials") or [] if "denies_content_contains" in d]
    return subs


def test_size_and_unique_ids(items):
    assert len(items) >= 110
    ids = [it.get("id") for it in items]
    assert all(isinstance(i, str) and re.fullmatch(r"h2-\d{3}", i) for i in ids)
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"


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
    for it in items:
        text = it["text"]
        for s in _substrings(it):
            assert isinstance(s, str) and s.strip(), f"{it['id']}: empty substring"
            assert s in text, f"{it['id']}: {s!r} is not an exact substring of the text"
            # the evaluator takes the first occurrence (case-insensitive): one occurrence keeps the gold span exact
            assert text.lower().count(s.lower()) == 1, f"{it['id']}: {s!r} occurs more than once"


def test_claim_labels(items):
    for it in items:
        for c in it["claims"]:
            assert set(c) == CLAIM_KEYS, f"{it['id']}: claim keys {sorted(c)}"
            assert c["stance"] in STANCES, f"{it['id']}: stance {c['stance']!r}"
            assert _valid_country(c["claimant_country"]), f"{it['id']}: country {c['claimant_country']!r}"


def test_denial_labels(items):
    for it in items:
        for d in it["denials"]:
            assert set(d) <= DENIAL_KEYS, f"{it['id']}: denial keys {sorted(d)}"
            assert "denier_country" in d, it["id"]
            assert "denies_claim_of_country" in d or d.get("denies_content_contains"), it["id"]
            assert _valid_country(d["denier_country"]), it["id"]
            assert _valid_country(d.get("denies_claim_of_country")), it["id"]


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


def test_every_deny_stance_item_has_a_gold_denial(items):
    # a deny statement is a response to a claim, so the item must say which denial it is
    for it in items:
        if any(c["stance"] == "deny" for c in it["claims"]):
            assert it["denials"], f"{it['id']}: a deny statement without a gold denial"


def test_no_sentence_copied_from_the_other_claims_sets(items):
    mine = {s.strip() for it in items for s in re.split(r"(?<=[.!?])\s+|\n+", it["text"]) if len(s.strip()) >= 40}
    for other in sorted((ROOT / "data" / "claims-eval").glob("*.jsonl")):
        if other == SET2:
            continue
        with open(other, encoding="utf-8") as fh:
            body = fh.read()
        copied = [s for s in mine if s in body]
        assert not copied, f"{other.name} shares sentences with heldout2: {copied[:3]}"
