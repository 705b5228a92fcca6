"""Format checks for data/claims-eval/dev39.jsonl, a development set of whole news articles in plain prose from
every region (Africa, the Middle East, Europe and the Caucasus, Central/South/Southeast Asia, East Asia and the
Pacific, the Americas): mostly LONGER wire and newspaper stories in which two or three disputes run side by side
(one side's several claims, the other side's several denials, a third party's figures), so a denial must pick
among many earlier statements, plus a dozen shorter items; denials come however they come, same-country sides,
speakers of no state, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev39")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_labels, check_labels, check_numbered, check_topic_only_denials,
                         check_whole_articles, read_set, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev39.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "denial-of-denial"}
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"findings|story|remarks|indictment)\b", re.I)
_STYLES = ("local-paper", "radio", "ministry-statement", "court", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bguerrillas\b|\bM23\b|\bFano\b|\bal-Shabaab\b|\bArmy\b|"
                     r"\bViv Ansanm\b|\binsurgents\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bCoalition\b|\bKuomintang\b|\bpremier\b",
    "separatist-speaker": r"\bseparatists?\b|\bpro-independence\b|\bbreakaway\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bentity\b|\bregion\b|\bProvince\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bAssociation\b|\bNetwork\b|\bcooperative\b|\bfederation\b|"
                             r"\bCommittee\b|\bdiocese\b|\bbody\b|\bAmnesty\b|\bAlliance\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers\b|\brelatives?\b|\bfamil(y|ies)\b|\bmother\b|\bTraders\b",
    "elder-speaker": r"\belders?\b|\btribal\b",
    "lawyer-speaker": r"\blawyer\b|\bcounsel\b",
    "defendant-speaker": r"\btold the court\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d39")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_mostly_long_articles_with_some_short_ones(items):
    # 3-8 paragraphs (a title line counted as one) and 4-16 sentences
    check_whole_articles(items, paragraphs=(3, 8), sents=(4, 16))
    lengths = [len(sentences(it["text"])) for it in items]
    assert sum(n >= 9 for n in lengths) >= 30, lengths
    assert 8 <= sum(n <= 7 for n in lengths) <= 15, lengths
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.3 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)


def test_several_disputes_in_the_long_articles(items):
    """A long article has several statements of one author and a denial that must pick among them."""
    long_ = [it for it in items if len(sentences(it["text"])) >= 9]
    busy = [it for it in long_ if len(it["claims"]) >= 8 and it["denials"]]
    assert len(busy) >= 30, len(busy)
    assert sum(len({c["claimant_country"] for c in it["claims"]}) >= 3 for it in long_) >= 12


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        for style in _STYLES:
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        if "counter-accusation" in kinds:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting|quoted by)\b", text), it["id"]
        if "qa-transcript" in kinds:
            turns = [p for p in text.split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "third-party-speaker" in kinds:
            sides = {d["denier_country"] for d in it["denials"]} | {d.get("denies_claim_of_country")
                                                                     for d in it["denials"]}
            assert any(c["claimant_country"] not in sides for c in it["claims"]), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                flags = 0 if kind == "rebel-speaker" else re.I
                assert re.search(words, text, flags), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 8, "one-author-several-statements": 25, "topic-only-denial": 25,
              "same-country-sides": 18, "two-denials-one-claim": 8, "denial-later-paragraph": 25,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 12, "headline-denial": 4,
              "denier-of-no-country": 2, "denial-before-claim": 3, "two-claims-two-deniers": 6, "two-claims-one-denier": 5, "lone-denial": 1}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=60, before_min=3)


def test_speakers_of_no_state(items):
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 3
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 15
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 30
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30


def test_mix_of_denials_styles_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.85 <= with_denial / len(items) <= 0.92, with_denial
    assert 85 <= sum(len(it["denials"]) for it in items) <= 100
    check_country_spread(items, max_share=0.05, min_countries=40, max_russia_ukraine=2)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 85 and stances["allege"] >= 20 and stances["confirm"] >= 3, stances
