"""Format checks for data/claims-eval/dev28.jsonl, a development set of whole short articles for claims and denial
linking aimed at the linker's weakest cases (no scores here: see data/claims-eval/README.md, "dev28")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_kind_details, check_kind_labels,
                         check_labels, check_numbered, check_whole_articles, read_set, region_counts, sentences)

from sitrep.eval.claims import read_items

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev28.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "two-denials-one-claim", "naming-denial",
                 "anaphoric-denial", "deny-in-turn", "denial-mentions-claim", "headline-denial",
                 "denier-of-no-country", "claim-of-no-country-denied"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief: regions spread widely
_REGIONS = {
    "latam": {"COL", "MEX", "BRA", "HTI", "VEN", "GUY", "PER", "ECU", "HND", "SLV"},
    "west-central-africa": {"NGA", "MLI", "BFA", "TCD", "CAF", "GIN"},
    "east-africa-horn": {"SDN", "ETH", "KEN", "COD", "RWA", "SOM", "SSD", "MOZ", "UGA"},
    "north-africa": {"LBY", "EGY", "TUN"},
    "mideast": {"ISR", "PSE", "YEM", "SAU", "TUR", "SYR", "IRQ", "LBN", "IRN", "JOR"},
    "europe-caucasus-central-asia": {"ARM", "AZE", "GEO", "SRB", "XKX", "RUS", "UKR", "BLR", "LTU", "KGZ", "TJK"},
    "asia-pacific": {"PHL", "MMR", "PAK", "AFG", "IND", "BGD", "IDN", "KOR", "PRK", "PNG"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d28")
    assert len(read_items(str(SET))) == len(items)


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line
    check_whole_articles(items, stamp=_TIMESTAMP)
    # about half carry a title line: a line with no final full stop (a headline, a station intro, a statement title)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.35 * len(items) <= len(titled) <= 0.65 * len(items), len(titled)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        denies = [c for c in it["claims"] if c["stance"] == "deny"]
        if "anaphoric-denial" in kinds:
            # the body's denial names the claim only by a bare noun ("dismissed the claim", "that report")
            assert any(re.search(r"\b(the|that) (claim|accusation|allegation|report|reports|students' account)\b",
                                 c["content_contains"]) for c in denies), it["id"]
        if "naming-denial" in kinds:
            # the denial names what it answers by a topic noun or a paraphrase, not by repeating the claim
            assert any(re.search(r"\b(claim|accusation|allegation|allegations|report|reports|story|account|figure|"
                                  r"finding|charge)\b", c["content_contains"]) for c in denies), it["id"]
        if "union-claimant" in kinds or "church-claimant" in kinds or "un-agency" in kinds:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]
        if "regional-authority" in kinds:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]), it["id"]
        if "headline-denial" in kinds:
            # the headline names the denied content; the body denies the same claim again
            assert len([d for d in it["denials"] if d.get("denies_content_contains")]) >= 2, it["id"]
            head = text.split("\n\n")[0]
            assert sum(c["content_contains"] in head for c in denies) == 1, it["id"]


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=25, before_min=12)


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    # a set aimed at the linker: most items hold a denial, a few hold only false alarms
    assert 0.80 <= with_denial / len(items) <= 0.95, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 50 and stances["allege"] >= 5 and stances["confirm"] >= 4, stances
    check_country_spread(items, max_share=0.05, min_countries=50)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 5 for name in _REGIONS if name != "north-africa"), regions
    assert regions["north-africa"] >= 3, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's five constructions
    assert kinds["one-author-several-statements"] >= 30 and kinds["naming-denial"] >= 25
    assert kinds["headline-denial"] >= 8 and kinds["anaphoric-denial"] >= 8
    assert kinds["claim-of-no-country-denied"] >= 12 and kinds["denier-of-no-country"] >= 1
    assert kinds["same-country-sides"] >= 12
    assert kinds["two-denials-one-claim"] >= 12 and kinds["denial-before-claim"] >= 12
    for k in ("union-claimant", "church-claimant", "un-agency", "regional-authority", "transcript", "live-blog",
              "chain", "confirmation", "allegation", "negated-neutral", "contradicting-account", "non-denial",
              "denial-mentions-claim", "deny-in-turn", "unnamed-source", "pronoun-speaker", "no-denial"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert {"wire", "local-paper", "radio", "ministry-statement", "army-communique", "live-blog", "transcript",
            "ngo-report", "un-report", "fact-check", "court-report"} <= set(styles), styles
    assert styles["wire"] <= 0.6 * len(items)


def test_two_denials_of_one_claim_are_two_deny_statements(items):
    """Each of the two denials of one claim is its own deny statement (headline and body, or two speakers)."""
    for it in items:
        if "two-denials-one-claim" not in it["kinds"]:
            continue
        target = Counter(d.get("denies_content_contains") for d in it["denials"]).most_common(1)[0][1]
        assert sum(c["stance"] == "deny" for c in it["claims"]) >= target, it["id"]


def test_transcript_turns_are_short(items):
    for it in items:
        if it["style"] != "transcript":
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])
