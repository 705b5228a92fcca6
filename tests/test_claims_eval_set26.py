"""Format checks for data/claims-eval/heldout9.jsonl, a ninth held-out set of whole short articles for claims and
denial linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout9")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_held_out_mix, check_kind_details,
                         check_kind_labels, check_labels, check_numbered, check_whole_articles, read_set, region_counts,
                         sentences)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout9.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country", "denial-of-denial",
                 "claim-of-no-country-denied", "implied-claim"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread: Sahel and West Africa, the Horn and Sudan, Central and Southern Africa, North Africa, the Middle
# East, the Caucasus and the Balkans, South and Southeast Asia, Latin America
_REGIONS = {
    "west-africa": {"MLI", "BFA", "CIV", "NER", "NGA", "TGO", "CMR"},
    "horn-sudan": {"ETH", "ERI", "SDN", "TCD", "SSD", "SOM"},
    "central-south-africa": {"COD", "RWA", "UGA", "BDI", "MOZ"},
    "north-africa": {"LBY", "EGY", "MAR", "ESH", "DZA"},
    "mideast": {"YEM", "SAU", "IRQ", "SYR", "ISR", "LBN", "PSE", "IRN", "TUR"},
    "caucasus-balkans": {"ARM", "AZE", "GEO", "XKX", "SRB", "BIH"},
    "asia": {"MMR", "BGD", "THA", "PHL", "CHN", "PAK", "AFG", "IND"},
    "latam": {"COL", "VEN", "MEX", "HTI", "ECU", "GUY"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "h9")


def test_labels_and_substrings(items):
    check_labels(items)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line
    check_whole_articles(items, stamp=_TIMESTAMP)
    # a title line, when there is one, is a line with no final full stop: a headline, a dateline or a station intro
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert len(titled) >= 15, len(titled)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=30, before_min=8)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief: no claimant country over about 5 % of the claims of a country, at most two Russia-Ukraine items
    check_country_spread(items)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 4 for name in _REGIONS if name != "north-africa"), regions
    assert regions["north-africa"] >= 2, regions
    assert regions["mideast"] >= 8 and regions["asia"] >= 7 and regions["west-africa"] >= 6, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "trailing-denial", "transcript", "interview-qa",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "denial-of-denial", "deny-in-quote", "deny-in-turn",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 4
    assert kinds["two-denials-one-claim"] >= 4
    assert kinds["three-claims-some-denied"] >= 20
    assert kinds["one-author-several-statements"] >= 6
    assert kinds["denial-before-claim"] >= 4 and kinds["headline-denial"] >= 3
    assert kinds["same-country-sides"] >= 12
    assert kinds["no-country-claim"] >= 20 and kinds["negated-neutral"] >= 20
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def test_partisan_items_come_from_both_sides(items):
    """The two partisan outlets speak for opposite camps: one for an armed movement, one for a government."""
    heads = [it["text"].split("\n\n")[0] for it in items if it["style"] == "partisan"]
    assert len(heads) >= 2
    assert any("pro-government" in h for h in heads) and not all("pro-government" in h for h in heads)


def test_transcript_turns_are_short(items):
    """Transcripts and the interview alternate questions and answers: each Q turn is one question."""
    for it in items:
        if it["style"] not in ("transcript", "interview"):
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])
