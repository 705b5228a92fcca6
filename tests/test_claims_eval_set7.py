"""Format checks for data/claims-eval/dev14.jsonl, whole short articles on the Middle East, the Caucasus, the
Balkans, East Asia and Europe (no scores here)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from claims_sets import sentences, check_ids, read_set


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev14.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials", "two-denials-one-claim",
                 "naming-denial", "deny-in-quote", "vague-object-denial", "denial-mentions-claim", "lone-denial",
                 "partial-denial", "rebuttal-last-paragraph", "nothing-to-do-with", "two-claims-one-denied"}
MIDDLE_EAST = {"SYR", "IRQ", "YEM", "LBN", "PSE", "ISR", "IRN", "TUR", "JOR"}
CAUCASUS_BALKANS_EUROPE = {"ARM", "AZE", "GEO", "SRB", "XKX", "BIH", "GRC", "MDA", "POL", "BLR", "DEU", "FIN", "SWE",
                           "EST", "LTU"}
EAST_ASIA = {"CHN", "TWN", "JPN", "KOR", "PRK", "PHL", "MMR", "THA", "KHM"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_unique_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d14-\d{3}")


def test_items_are_whole_short_articles(items):
    for it in items:
        paras = [p for p in it["text"].split("\n\n") if p.strip()]
        # 3-6 paragraphs of body, plus an optional headline line
        assert 3 <= len(paras) <= 7, (it["id"], len(paras))
        assert all(p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = len(sentences(it["text"]))
        assert 5 <= n <= 13, (it["id"], n)  # 5-12 sentences, a headline line counted as one


def test_kinds_agree_with_the_denials(items):
    for it in items:
        kinds = set(it["kinds"])
        assert ("no-denial" in kinds) == (not it["denials"]), it["id"]
        if kinds & _DENIAL_KINDS:
            assert it["denials"], it["id"]
        if "same-country-sides" in kinds and it["denials"]:
            # some denial in the item answers a claim of the denier's own country
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 8 and stances["confirm"] >= 5, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10
    # the set's regions: each has a share of the claimants
    total = sum(countries.values())
    for region in (MIDDLE_EAST, CAUCASUS_BALKANS_EUROPE, EAST_ASIA):
        assert sum(n for c, n in countries.items() if c in region) >= 0.15 * total
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} <= {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    # several kinds of long-range constructions are present
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain"):
        assert kinds[k] >= 1, k
