"""Format checks for data/claims-eval/dev39.jsonl, a development set of whole news articles in plain prose from
every region (Africa, the Middle East, Europe and the Caucasus, Central/South/Southeast Asia, East Asia and the
Pacific, the Americas): mostly LONGER wire and newspaper stories in which two or three disputes run side by side
(one side's several claims, the other side's several denials, a third party's figures), so a denial must pick
among many earlier statements, plus a dozen shorter items; denials come however they come, same-country sides,
speakers of no state, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev39")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_labels, check_kind_minimums,
                         check_labels, check_no_state_denials, check_null_speaker_kinds, check_numbered, check_qa_turns,
                         check_speaker_words, check_stances, check_style_kinds, check_styles,
                         check_third_party_speakers, check_titled, check_topic_only_denials, check_whole_articles,
                         items_fixture, sentences)

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


items = items_fixture(SET)


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
    check_titled(items, share=(0.3, 0.6))


def test_several_disputes_in_the_long_articles(items):
    """A long article has several statements of one author and a denial that must pick among them."""
    long_ = [it for it in items if len(sentences(it["text"])) >= 9]
    busy = [it for it in long_ if len(it["claims"]) >= 8 and it["denials"]]
    assert len(busy) >= 30, len(busy)
    assert sum(len({c["claimant_country"] for c in it["claims"]}) >= 3 for it in long_) >= 12


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_third_party_speakers(items)
    check_speaker_words(items, _SPEAKER_WORDS, case_sensitive=("rebel-speaker",))
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 8, "one-author-several-statements": 25, "topic-only-denial": 25,
              "same-country-sides": 18, "two-denials-one-claim": 8, "denial-later-paragraph": 25,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 12, "headline-denial": 4,
              "denier-of-no-country": 2, "denial-before-claim": 3, "two-claims-two-deniers": 6, "two-claims-one-denier": 5, "lone-denial": 1}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=60, before_min=3)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=3, of_no_country=15, same_country=30, items_with_null=30)


def test_mix_of_denials_styles_and_countries(items):
    check_denial_share(items, (0.85, 0.92), total=(85, 100))
    check_country_spread(items, max_share=0.05, min_countries=40, max_russia_ukraine=2)
    check_styles(items, at_least=7, wire_share=0.6)
    check_stances(items, deny=85, allege=20, confirm=3)
