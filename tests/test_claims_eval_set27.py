"""Format checks for data/claims-eval/heldout10.jsonl, a tenth held-out set of whole short articles for claims and
denial linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout10")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_held_out_mix, check_kind_details,
                         check_kind_labels, check_labels, check_numbered, check_whole_articles, read_set, region_counts,
                         sentences)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout10.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country", "denial-of-denial",
                 "claim-of-no-country-denied", "implied-claim"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread, with conflicts other than the ninth set's where possible: West and Central Africa, East
# Africa and the Horn, North Africa, the Middle East, Europe, the Caucasus and Central Asia, Asia and the Pacific,
# Latin America
_REGIONS = {
    "west-central-africa": {"TCD", "CAF", "BEN", "GHA", "SEN", "GMB", "NER", "NGA", "CMR"},
    "east-africa-horn": {"ETH", "SOM", "KEN", "UGA", "COD", "RWA", "MOZ", "SDN"},
    "north-africa": {"LBY", "EGY", "TUN"},
    "mideast": {"TUR", "JOR", "SYR", "IRN", "YEM", "SAU", "IRQ", "ISR", "PSE", "LBN"},
    "europe-caucasus-central-asia": {"MDA", "RUS", "POL", "BLR", "LTU", "SRB", "XKX", "GEO", "AZE", "UKR", "TJK", "KGZ"},
    "asia-pacific": {"IND", "CHN", "THA", "IDN", "BGD", "KOR", "PRK", "TWN", "JPN", "PNG", "PAK", "AFG", "MMR"},
    "latam": {"COL", "PER", "GTM", "SLV", "HND", "CHL", "PRY", "BRA"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "h10")


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
    check_denial_positions(items, later_min=12, before_min=6)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief: no claimant country over about 5 % of the claims of a country, at most two Russia-Ukraine items
    check_country_spread(items)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 5 for name in _REGIONS if name != "north-africa"), regions
    assert regions["north-africa"] >= 2, regions
    assert regions["mideast"] >= 8 and regions["asia-pacific"] >= 8 and regions["west-central-africa"] >= 7, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "transcript", "interview-qa",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "deny-in-quote", "deny-in-turn",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan", "two-that-clauses"):
        assert kinds[k] >= 1, k
    assert kinds["two-denials-one-claim"] >= 4
    assert kinds["three-claims-some-denied"] >= 20
    # the brief's emphasis: one author's several statements of which one is denied, headline denials, same-country
    # sides, speakers of no country, chained reports
    assert kinds["one-author-several-statements"] >= 8
    assert kinds["denial-before-claim"] >= 4 and kinds["headline-denial"] >= 5
    assert kinds["same-country-sides"] >= 15 and kinds["chain"] >= 4
    assert kinds["no-country-claim"] >= 25 and kinds["negated-neutral"] >= 20
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def test_partisan_items_come_from_both_sides(items):
    """The two partisan outlets speak for different camps: one for a national government, one for another authority."""
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
