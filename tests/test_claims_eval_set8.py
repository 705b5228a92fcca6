"""Format checks for data/claims-eval/heldout4.jsonl, a held-out set of whole short articles for claims and denial
linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout4")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout4.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials", "two-denials-one-claim",
                 "naming-denial", "deny-in-quote", "vague-object-denial", "denial-mentions-claim", "lone-denial",
                 "rebuttal-last-paragraph", "nothing-to-do-with", "two-claims-one-denied", "third-party-denier",
                 "denier-of-no-country"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_unique_ids(items):
    assert len(items) >= 40
    check_ids(items, r"h4-\d{3}")


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line
    check_whole_articles(items, stamp=_TIMESTAMP)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds = set(it["kinds"])
        assert ("no-denial" in kinds) == (not it["denials"]), it["id"]
        if kinds & _DENIAL_KINDS:
            assert it["denials"], it["id"]
        if "same-country-sides" in kinds and it["denials"]:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]
        if "lone-denial" in kinds:
            # a lone denial names no author: content only
            assert any("denies_claim_of_country" not in d for d in it["denials"]), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in it["denials"]), it["id"]
        if "two-denials" in kinds or "two-denials-one-claim" in kinds:
            assert len(it["denials"]) >= 2, it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 8 and stances["confirm"] >= 5, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.06
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "lone-denial", "rebuttal-last-paragraph", "trailing-denial"):
        assert kinds[k] >= 1, k
