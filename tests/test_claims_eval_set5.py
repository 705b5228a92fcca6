"""Format checks for data/claims-eval/dev12.jsonl, whole short articles (no scores here)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from claims_sets import sentences, check_ids, read_set

from sitrep.eval.claims import STANCES

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev12.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_unique_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d12-\d{3}")


def test_items_are_whole_short_articles(items):
    for it in items:
        paras = [p for p in it["text"].split("\n\n") if p.strip()]
        # 3-6 paragraphs of body, plus an optional headline line
        assert 3 <= len(paras) <= 7, (it["id"], len(paras))
        assert all(p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = len(sentences(it["text"]))
        assert 5 <= n <= 13, (it["id"], n)  # 5-12 sentences, a headline line counted as one


def test_mix_of_denials_stances_styles_and_conflicts(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert all(stances[s] >= 8 for s in STANCES), stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
