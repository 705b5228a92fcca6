"""Format checks for data/claims-eval/heldout11.jsonl, an eleventh held-out set of whole short articles for claims and
denial linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout11")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_held_out_mix, check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout11.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country", "denial-of-denial",
                 "claim-of-no-country-denied", "implied-claim", "topic-only-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread, with conflicts other than the tenth set's where possible
_REGIONS = {
    "west-africa-sahel": {"MLI", "BFA", "MRT", "TGO", "CIV", "NGA", "CMR", "GIN"},
    "central-east-africa-horn": {"MOZ", "RWA", "BDI", "COD", "SSD", "UGA", "ETH", "ERI", "SDN", "TCD", "SOM", "KEN"},
    "north-africa": {"MAR", "ESH", "DZA", "LBY", "EGY"},
    "mideast": {"IRQ", "IRN", "SYR", "PSE", "ISR", "YEM", "LBN", "TUR"},
    "europe-caucasus-central-asia": {"ARM", "AZE", "BIH", "GBR", "IRL", "GRC", "EST", "RUS", "UKR", "UZB", "FRA",
                                     "LVA", "BLR", "LTU"},
    "asia-pacific": {"PHL", "CHN", "JPN", "IND", "PAK", "AFG", "KHM", "THA", "VNM", "MMR", "BGD"},
    "americas": {"MEX", "ECU", "HTI", "GUY", "VEN", "NIC", "BOL", "BRA", "USA"},
}
# the nouns by which a denial names only the topic of what it denies ("rejected the accusation")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|reports?|finding|statements?|suggestion|"
                          r"version|figures?|toll)\b", re.I)


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "h11")


def test_labels_and_substrings(items):
    check_labels(items)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line
    check_whole_articles(items, stamp=_TIMESTAMP)
    # about half open with a title line: a line with no final full stop (a headline, masthead or station intro)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.35 * len(items) <= len(titled) <= 0.65 * len(items), len(titled)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=25, before_min=15)


def test_topic_only_denials_name_a_topic_not_the_content(items):
    """A denial that names only the topic ("rejected the accusation", "the finding") has a short deny statement
    made of a topic noun, and its gold denial points at a claim told elsewhere in the item or at its author only."""
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=8)


def test_headline_denials_are_second_denials_of_the_body_claim(items):
    """A headline denial is a second gold denial of the claim the body's denial answers (heldout10's convention)."""
    check_headline_second_denials(items, minimum=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief: no claimant country over about 5 % of the claims of a country, at most two Russia-Ukraine items
    check_country_spread(items)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 6 for name in _REGIONS if name != "north-africa"), regions
    assert regions["north-africa"] >= 3, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "surname-speaker", "rebuttal-last-paragraph", "transcript", "interview-qa", "trailing-denial",
              "headline-denial", "reporter-question-claim", "lone-denial", "implied-claim", "third-party-denier",
              "denier-of-no-country", "denial-mentions-claim", "deny-in-quote", "deny-in-turn", "denial-of-denial",
              "vague-object-denial", "naming-denial", "negated-neutral", "confirmation", "allegation",
              "contradicting-account", "claim-of-no-country-denied", "announced-plan", "two-that-clauses",
              "quote-spanning-paragraphs", "two-claims-two-deniers"):
        assert kinds[k] >= 1, k
    assert kinds["two-denials-one-claim"] >= 6
    assert kinds["three-claims-some-denied"] >= 25
    # the brief's emphasis: one author's several statements of which one is denied, denials naming only a topic,
    # denials paragraphs after the claim, headline denials, same-country sides, speakers of no country, chained
    # reports, two denials of one claim, negated statements with a neutral verb
    assert kinds["one-author-several-statements"] >= 10
    assert kinds["topic-only-denial"] >= 8
    assert kinds["denial-later-paragraph"] >= 15 and kinds["headline-denial"] >= 5
    assert kinds["same-country-sides"] >= 18 and kinds["chain"] >= 5
    assert kinds["no-country-claim"] >= 25 and kinds["negated-neutral"] >= 25
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper", "court"} <= {it["style"] for it in items}
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def test_same_country_denials_and_speakers_of_no_country(items):
    """Denials between two sides of one country, and claims and denials by speakers of no country, are a good part
    of the set, not a token."""
    same = [d for it in items for d in it["denials"] if d.get("denies_claim_of_country") == d["denier_country"]]
    assert len(same) >= 12, len(same)
    no_country = [d for it in items for d in it["denials"]
                  if d["denier_country"] is None or d.get("denies_claim_of_country", None) is None]
    assert len(no_country) >= 8, len(no_country)


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
