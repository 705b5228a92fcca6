"""Format checks for data/claims-eval/dev31.jsonl, a development set of whole short articles in plain news prose
written the way outlets write rather than around test constructions: denials come however they come (a flat
"X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a counter-accusation, two
denials of one claim), same-country sides, speakers of no state, chained reports, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev31")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_no_state_denials, check_null_speaker_kinds,
                         check_numbered, check_speaker_kind_count, check_speaker_words, check_stances,
                         check_style_kinds, check_styles, check_titled, check_topic_only_denials, check_varied_lengths,
                         check_whole_articles, items_fixture)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev31.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|stor(y|ies)|version|"
                          r"figures?|toll|video|complaint)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bguerrilla\b|\bgroup\b|\bcoalition\b|\bHouthis\b|\bHezbollah\b|\bcommander\b",
    "militia-speaker": r"\bfaction\b|\bmilitia\b|\bForces\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bBNP\b|\bDEM\b",
    "separatist-speaker": r"\bseparatists?\b",
    "regional-government-speaker": r"\bregional\b|\bprovinc\w+|\bstate\b|\bcommissioner\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bcoalition\b|\bForum\b|\bCoordinator\b|"
                             r"\bemergency response room\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers\b|\bfamilies\b|\bmother\b|\battended\b",
    "lawyer-speaker": r"\blawyers?\b|\badvocate\b|\bcounsel\b",
    "diaspora-speaker": r"\bdiaspora\b|\bexiles?\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "diaspora-speaker"}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d31")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-14 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 14), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=12, long_items=6)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique",
                              "court", "fact-check", "ngo-report"))
    check_counter_accusations(items)
    check_chained_reports(items, r"\b(citing|quoting)\b")
    check_speaker_words(items, _SPEAKER_WORDS, flags=0)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 12,
              "same-country-sides": 12, "two-denials-one-claim": 8, "denial-later-paragraph": 6,
              "counter-accusation": 6, "no-denial": 5, "claim-of-no-country-denied": 6, "chained-report": 4,
              "headline-denial": 4, "denier-of-no-country": 3, "denial-before-claim": 2}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=12)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=30, before_min=5)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=4, of_no_country=6, same_country=20)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 8)


def test_mix_of_denials_styles_and_countries(items):
    check_denial_share(items, (0.75, 0.9))
    check_country_spread(items, min_countries=50, max_russia_ukraine=2)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=45, allege=10, confirm=3)
