"""Format checks for data/claims-eval/dev16.jsonl, a development set of whole short articles for claims and
denial linking (Middle East, Caucasus, Balkans, East and Southeast Asia). No scores here: the set was scored once,
see data/claims-eval/README.md, "dev16"."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set, sentences


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev16.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials",
                 "two-denials-one-claim", "naming-denial", "deny-in-quote", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "nothing-to-do-with",
                 "headline-denial", "denier-of-no-country", "claim-of-no-country-denied"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_TURN = re.compile(r"^(Q|A|Reporter|[A-Z][a-z]+(?: [A-Z][a-z]+)?):$")  # "Q:", "Karimi:", "Wen Zhaoyu:" turn labels
MIDDLE_EAST = {"SYR", "IRQ", "YEM", "LBN", "PSE", "ISR", "IRN", "TUR", "JOR", "LBY", "EGY"}
CAUCASUS_BALKANS = {"ARM", "AZE", "GEO", "SRB", "XKX", "BIH", "MNE"}
EAST_SOUTHEAST_ASIA = {"CHN", "TWN", "JPN", "KOR", "PRK", "PHL", "MMR", "THA", "KHM", "VNM"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def _sentence_count(text: str) -> int:
    return sum(1 for s in sentences(text) if not _TURN.match(s.strip()))


def test_size_ids_and_fields(items):
    assert len(items) >= 45
    check_ids(items, r"d16-\d{3}")


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line; a transcript's turn labels
    # are not sentences
    check_whole_articles(items, count=_sentence_count, stamp=_TIMESTAMP)
    for it in items:
        paras = it["text"].split("\n\n")
        if it["style"] in ("press-conference", "interview"):
            assert sum(p.startswith(("Q:", "Reporter:")) for p in paras) >= 2, it["id"]


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds = set(it["kinds"])
        denials = it["denials"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "confirmation" in kinds:
            assert any(c["stance"] == "confirm" for c in it["claims"]), it["id"]
        if "allegation" in kinds:
            assert any(c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "lone-denial" in kinds or "claim-of-no-author" in kinds:
            # the claim has no stated author: content only
            assert any("denies_claim_of_country" not in d and d.get("denies_content_contains") for d in denials), it["id"]
        if "claim-of-no-country-denied" in kinds:
            assert any("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "vague-object-denial" in kinds:
            assert any(c["stance"] == "deny" for c in it["claims"]), it["id"]
        if "two-denials" in kinds or "two-denials-one-claim" in kinds:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            keys = Counter((d["denier_country"], d.get("denies_claim_of_country"), d.get("denies_content_contains"))
                           for d in denials)
            assert max(keys.values()) >= 2, it["id"]
        if "headline-denial" in kinds:
            assert "\n\n" in it["text"] and any(c["stance"] == "deny" and c["content_contains"] in it["text"].split("\n\n")[0]
                                                for c in it["claims"]), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            # the first paragraph of the quote is left unclosed and the next one opens with a quote mark
            paras = it["text"].split("\n\n")
            assert any(p.startswith('"') and p.count('"') % 2 == 1 for p in paras), it["id"]
        for k in ("live-blog", "fact-check", "partisan", "press-conference", "interview"):
            if k in kinds:
                assert it["style"] == k, (it["id"], k)


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.50 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 15 and stances["confirm"] >= 2, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.12, countries.most_common(3)
    # the brief's regions carry the set; Russia-Ukraine at most 10 % of the items
    regional = sum(countries[c] for c in MIDDLE_EAST | CAUCASUS_BALKANS | EAST_SOUTHEAST_ASIA)
    assert regional / sum(countries.values()) >= 0.85
    for region in (MIDDLE_EAST, CAUCASUS_BALKANS, EAST_SOUTHEAST_ASIA):
        assert sum(countries[c] for c in region) >= 20
    ru_ua = [it for it in items if {"RUS", "UKR"} & {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "headline-denial", "live-blog", "fact-check",
              "partisan", "press-conference", "interview", "telegram-post", "non-denial", "quote-spanning-paragraphs",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "lone-denial", "rebuttal-last-paragraph", "trailing-denial", "alternating-sides", "reporter-question"):
        assert kinds[k] >= 1, k
    assert kinds["pronoun-speaker"] >= 10 and kinds["title-speaker"] >= 20 and kinds["denial-before-claim"] >= 4

