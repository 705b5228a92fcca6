"""Format checks for data/claims-eval/heldout8.jsonl, an eighth held-out set of whole short articles for claims and
denial linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout8")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_denial_positions, check_held_out_mix, check_ids, check_kind_labels,
                         check_whole_articles, read_set)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout8.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country", "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    assert 45 <= len(items) <= 50
    check_ids(items, r"h8-\d{3}")


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line
    check_whole_articles(items, stamp=_TIMESTAMP)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=18, before_min=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief's emphasis: Europe and the Caucasus/Central Asia, the Middle East, Africa, Asia, Latin America
    regions_of = {
        "europe": {"GEO", "MDA", "ARM", "AZE", "KGZ", "TJK", "XKX", "SRB", "BIH", "LTU", "BLR", "GRC", "TUR", "UKR"},
        "mideast": {"IRQ", "SYR", "YEM", "LBN", "ISR", "PSE", "IRN", "SAU"},
        "africa": {"MLI", "BFA", "NER", "BEN", "SDN", "SSD", "SOM", "ETH", "KEN", "COD", "RWA", "BDI", "MOZ", "CMR",
                   "TCD", "LBY", "CAF"},
        "asia": {"MMR", "IND", "PAK", "CHN", "KOR", "PRK", "VNM", "IDN", "THA", "KHM", "AFG"},
        "latam": {"PER", "VEN", "BOL", "BRA", "NIC"},
    }
    regions = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in regions_of.items():
            regions[name] += bool(own & codes)
    assert regions["europe"] >= 10 and regions["mideast"] >= 10 and regions["africa"] >= 12, regions
    assert regions["asia"] >= 8 and regions["latam"] >= 5, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "rebuttal-last-paragraph", "trailing-denial", "transcript", "interview-qa", "headline-denial",
              "reporter-question-claim", "lone-denial", "third-party-denier", "denier-of-no-country",
              "denial-mentions-claim", "denial-of-denial", "deny-in-quote", "vague-object-denial", "naming-denial",
              "negated-neutral", "confirmation", "allegation", "one-author-several-statements"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 3
    assert kinds["two-denials-one-claim"] >= 3
    assert kinds["three-claims-some-denied"] >= 8
    assert kinds["denial-before-claim"] >= 4
    assert kinds["same-country-sides"] >= 8
    assert {"wire", "live-blog", "ministry-statement", "partisan", "radio", "transcript", "interview", "fact-check",
            "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}
