"""Format checks for data/claims-eval/dev13.jsonl, whole short articles (no scores here)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import sentences, check_ids, read_set

from sitrep.eval.claims import STANCES

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev13.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_sentence_splitter_used_by_the_shape_check():
    # the shape check below depends on it: a made-up paragraph of three sentences, one ending in a quote
    text = 'A said the camp fell. "It is false," B said.\n\nC told radio X that "all is calm." D denied it.'
    assert len(sentences(text)) == 4


def test_size_and_unique_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d13-\d{3}")


def test_items_are_whole_short_articles(items):
    for it in items:
        paras = it["text"].split("\n\n")
        # 3-6 paragraphs of body, plus an optional headline line
        assert 3 <= len(paras) <= 7, (it["id"], len(paras))
        assert all(p.strip() and p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = len(sentences(it["text"]))
        assert 5 <= n <= 13, (it["id"], n)  # 5-12 sentences, a headline line counted as one


def test_a_named_denied_author_has_a_claim_or_the_denial_only_mentions_it(items):
    # denies_claim_of_country names a country that makes a gold claim in the article, unless the denied
    # claim is only mentioned inside the denial (a lone denial, whose implied claim the gold never lists)
    for it in items:
        countries = {c["claimant_country"] for c in it["claims"]}
        lone = any(k.startswith(("lone-denial", "false-report")) for k in it["kinds"])
        for d in it["denials"]:
            if d.get("denies_claim_of_country"):
                assert d["denies_claim_of_country"] in countries or lone, (it["id"], d)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds = set(it["kinds"])
        if any(k.startswith("two-denials") for k in kinds):
            assert len(it["denials"]) >= 2, it["id"]
        if any(k.startswith("lone-denial") for k in kinds):
            assert it["denials"], it["id"]
        if "live-blog" in kinds:
            assert sum(bool(re.match(r"\d\d:\d\d", p)) for p in it["text"].split("\n\n")) >= 3, it["id"]
        if "quote-spanning-paragraphs" in kinds:
            # the opening quote mark repeated, the first paragraph left unclosed
            paras = it["text"].split("\n\n")
            assert any(p.startswith('"') and p.count('"') % 2 == 1 for p in paras), it["id"]


def test_mix_of_denials_stances_styles_and_conflicts(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 8 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 35
    assert max(countries.values()) / sum(countries.values()) < 0.08
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
