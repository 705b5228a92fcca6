"""Format checks for data/claims-eval/dev38.jsonl, a development set of whole short articles in plain news prose
from West Africa and the Sahel, South and Southeast Asia, Latin America and the Pacific: denials come however they
come (a flat "X denied …", a topic-only rejection, a headline denial, a counter-accusation, two denials of one
claim, a lone denial in a ministry statement or an army press release), relative-clause accusations ("an attack
which the army blamed on …", "a report which accuses soldiers of …") and denials that call a claim false without
a denial verb ("were inaccurate", "an attempt to mislead", "part of a campaign against us"), same-country sides,
speakers of no state, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev38")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_mention_denials, check_no_state_denials,
                         check_null_speaker_kinds, check_numbered, check_qa_turns, check_speaker_kind_count,
                         check_speaker_words, check_stances, check_style_kinds, check_styles,
                         check_third_party_speakers, check_titled, check_topic_only_denials, check_varied_lengths,
                         check_whole_articles, items_fixture, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev38.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "false-without-denial-verb"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
# the nouns by which a denial names only the topic of what it denies ("rejected that account")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"photos|conclusions)\b", re.I)
# a denying verb: a denial "without a denial verb" has none in its sentence
_DENY_VERB = re.compile(r"\b(den(y|ies|ied)|reject\w*|dismiss\w*|refut\w*|disput\w*)\b", re.I)
# a relative clause that tells what its antecedent's author blames, accuses or says
_RELATIVE = re.compile(r"\b(which|whom|who|that)\s+(?:[\w'-]+\s+){0,6}?(blamed|blames|accuse|accuses|accused|attributed|"
                       r"said)\b")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bgang\b|\balliance\b|\bFront\b|\bArmy\b|\bfront\b|"
                     r"\bUnion\b|\bNSCN-IM\b|\bJNIM\b|\bARSA\b|\bELN\b|\binsurgents?\b|\bBRN\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bcongressman\b",
    "separatist-speaker": r"\bseparatists?\b|\bpro-independence\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bAutonomous\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bunion\b|\bfederation\b|\bcooperative\b|"
                             r"\bcentre\b|\bdiocese\b|\bbishop\b|\bconfederation\b|\bHuman Rights Watch\b|"
                             r"\bArticle 19\b|\bUN\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers\b|\brelatives\b|\bfamil(y|ies)\b|\bfarmers?\b|\btraders\b|"
                        r"\bleaders\b|\bbrother\b",
    "elder-speaker": r"\belders?\b|\btribal\b|\btribe's\b|\bclan\b",
    "refugee-speaker": r"\brefugees?\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\btold the court\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "refugee-speaker"}
_STYLES = ("local-paper", "radio", "live-blog", "ministry-statement", "army-communique", "court", "fact-check",
           "news-site", "press-conference")


items = items_fixture(SET)


def _sentence_of(text: str, sub: str) -> str:
    return next(s for s in sentences(text) if sub.lower() in s.lower())


def test_size_and_ids(items):
    check_numbered(items, "d38")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=12, long_items=3)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_mention_denials(items)
    check_third_party_speakers(items)
    check_speaker_words(items, _SPEAKER_WORDS, case_sensitive=("rebel-speaker",))
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        if "relative-clause-accusation" in kinds:
            # the accusation is told in a relative clause, and its statement is a gold claim of that sentence
            rel = [s for s in sentences(text) if _RELATIVE.search(s)]
            assert rel, it["id"]
            assert any(c["content_contains"] in s for c in it["claims"] if c["stance"] in ("allege", "assert")
                       for s in rel), it["id"]
        if "false-without-denial-verb" in kinds:
            # a deny statement whose sentence has no denying verb: it calls the claim false in other words
            assert any(not _DENY_VERB.search(_sentence_of(text, c["content_contains"]))
                       for c in it["claims"] if c["stance"] == "deny"), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 8, "one-author-several-statements": 14, "topic-only-denial": 14,
              "same-country-sides": 18, "two-denials-one-claim": 8, "denial-later-paragraph": 8,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 12, "chained-report": 1,
              "headline-denial": 5, "denier-of-no-country": 7, "denial-before-claim": 4,
              "relative-clause-accusation": 7, "false-without-denial-verb": 20, "lone-denial": 2}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=14)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=45, before_min=15)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=10, of_no_country=14, same_country=25, items_with_null=30)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 9)


def test_mix_of_denials_styles_and_countries(items):
    check_denial_share(items, (0.85, 0.92), total=(55, 62))
    # the four regions' conflicts give fewer claimant countries than a world-wide set
    check_country_spread(items, max_share=0.06, min_countries=35, max_russia_ukraine=1)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=55, allege=30, confirm=3)
