"""Format checks for data/claims-eval/heldout7.jsonl, a held-out set of whole short articles for claims and denial
linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout7")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_denial_positions, check_held_out_mix, check_ids, check_kind_labels,
                         check_whole_articles, read_set)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout7.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    assert len(items) >= 45
    check_ids(items, r"h7-\d{3}")


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line
    check_whole_articles(items, stamp=_TIMESTAMP)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=20, before_min=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief's emphasis: Africa, Latin America, South and Southeast Asia
    africa = {"NGA", "SDN", "COD", "ETH", "SOM", "MOZ", "CMR", "MLI", "BFA", "NER", "TCD", "SSD", "KEN", "LBY"}
    latam = {"COL", "MEX", "HTI", "ECU", "VEN", "GUY"}
    asia = {"PAK", "AFG", "IND", "MMR", "PHL", "BGD", "THA"}
    regions = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in (("africa", africa), ("latam", latam), ("asia", asia)):
            regions[name] += bool(own & codes)
    assert regions["africa"] >= 15 and regions["latam"] >= 6 and regions["asia"] >= 10, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "quote-spanning-paragraphs", "same-country-sides", "background", "chain", "unnamed-source",
              "pronoun-speaker", "title-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript",
              "interview-qa", "headline-denial", "reporter-question-claim", "two-officials", "lone-denial",
              "third-party-denier", "denial-mentions-claim"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 2
    assert kinds["three-claims-some-denied"] >= 8
    assert kinds["denial-before-claim"] >= 4
    assert kinds["same-country-sides"] >= 8
