"""Format checks for data/claims-eval/dev34.jsonl, a development set of whole short articles in plain news prose
written the way outlets write rather than around test constructions: denials come however they come (a flat
"X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a counter-accusation, two
denials of one claim, a lone denial in an army press release), same-country sides, speakers of no state, chained
reports, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev34")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_mention_denials, check_no_state_denials,
                         check_null_speaker_kinds, check_numbered, check_one_denial_two_claims, check_qa_turns,
                         check_speaker_kind_count, check_speaker_words, check_stances, check_style_kinds, check_styles,
                         check_titled, check_topic_only_denials, check_two_claims_one_author, check_varied_lengths,
                         check_whole_articles, items_fixture)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev34.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "one-denial-two-claims", "two-claims-one-author-denied", "quoted-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or a speaker's title and name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"number|evidence|findings|charges?|posts)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bcoalition\b|\bFront\b|\bNew IRA\b|\bresistance\b",
    "armed-group-speaker": r"\bForces\b|\bcouncil\b",
    "militia-speaker": r"\bfaction\b|\bmilitia\w*\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b",
    "separatist-speaker": r"\bseparatists?\b",
    "breakaway-speaker": r"\bbreakaway\b",
    "regional-government-speaker": r"\bregional\b|\bprovinc\w+|\bentity\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bunion\b|\bnetwork\b|\bforum\b|\bcivil society\b|"
                             r"\bcommittee\b|\bcentre\b|\bcooperative\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers\b|\brelatives\b|\bparents\b|\bsurvivors?\b|\bfisherman\b|"
                        r"\bcommunity\b|\bmother\b",
    "elder-speaker": r"\belders?\b|\btribal\b",
    "refugee-speaker": r"\brefugees?\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\btold the court\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "refugee-speaker"}
_STYLES = ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique", "court",
           "fact-check", "ngo-report", "news-site", "press-conference")


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d34")


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
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_mention_denials(items)
    check_two_claims_one_author(items)
    check_one_denial_two_claims(items)
    check_speaker_words(items, _SPEAKER_WORDS, case_sensitive=("rebel-speaker",))
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "one-author-several-statements": 20, "topic-only-denial": 20,
              "same-country-sides": 15, "two-denials-one-claim": 6, "denial-later-paragraph": 10,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 10, "chained-report": 4,
              "headline-denial": 5, "denier-of-no-country": 6, "denial-before-claim": 3}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=45, before_min=12)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=8, of_no_country=12, same_country=25)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 10)


def test_mix_of_denials_styles_and_countries(items):
    check_denial_share(items, (0.75, 0.9))
    check_country_spread(items, min_countries=55, max_russia_ukraine=1)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=50, allege=20, confirm=3)
