"""Format checks for data/claims-eval/dev40.jsonl, a development set of short whole articles (4-8 sentences; a
press-conference transcript counts its turn labels and may reach 13) as regional papers, radio bulletins, live blogs
with time stamps, agency flashes and press-conference transcripts write them, from every region: denials told in
the speaker's own quoted words ("'That is a lie,' he said"), denials told before the claim they answer, denials of
what the author said in other words, denials naming only the claim's author ("rejected Pristina's version"),
same-country sides, speakers of no state and articles with no denial (no scores here; see
data/claims-eval/README.md, "dev40")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread, check_denial_share,
                         check_kind_details, check_kind_labels, check_kind_minimums, check_labels,
                         check_live_blog_stamps, check_no_state_denials, check_null_speaker_kinds, check_numbered,
                         check_qa_turns, check_quoted_denials, check_sentence_limit, check_speaker_words, check_stances,
                         check_style_is_a_kind, check_styles, check_titled, check_topic_only_denials,
                         check_whole_articles, items_fixture)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev40.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"remarks|words|story|information|video)\b", re.I)
# a country named by its capital or its adjective as the author of what is denied
_AUTHOR_ONLY = re.compile(r"\b(Kinshasa|Pristina|Minsk|Bishkek|Beijing|the opposition|the elder|the SDF|the lawyer|"
                          r"the opposition leader|Arakan Army)('s)?\b")
_STYLES = ("local-paper", "radio", "live-blog", "ministry-statement", "court", "fact-check", "news-site",
           "press-conference", "agency-flash")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bgang\b|\bcoalition\b|\bArmy\b|\bfront\b|\bForce\b|"
                     r"\bIRA\b|\bHouthis\b|\bRSF\b|\bfaction\b|\bAl-Shabaab\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bparliamentary bloc\b|\bSinn Fein\b|\bUnamos\b",
    "separatist-speaker": r"\bseparatists?\b|\bpro-independence\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bAutonomous\b|\bgovernor\b|\bstate prosecutor\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bunion\b|\bcooperative\b|\bcentre\b|\bDiocese\b|"
                             r"\bcharity\b|\bcivil body\b|\bCommission\b|\bdesk\b|\bUnit\b|\borganisation\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bfamil(y|ies)\b|\bfarmers?\b|\bFishermen\b|\bwidow\b|"
                        r"\bnurse\b|\bdoctor\b|\bworker\b|\bbrother\b",
    "elder-speaker": r"\belders?\b|\bchief\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\btold the court\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d40", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(4, 13), stamp=_TIMESTAMP)
    check_sentence_limit(items, 8)
    check_titled(items)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES)
    check_counter_accusations(items)
    check_qa_turns(items, _QA_TURN, kind="transcript")
    check_live_blog_stamps(items, _TIMESTAMP)
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_author_only_denials(items, _AUTHOR_ONLY, topic=_TOPIC_NOUNS)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-before-claim" in kinds:
            pos = {s: text.find(s) for s in deny_subs}
            assert any(p < text.find(d["denies_content_contains"]) for p in pos.values()
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"quoted-denial": 15, "denial-before-claim": 6, "author-only-denial": 8, "denial-in-other-words": 5,
              "topic-only-denial": 12, "same-country-sides": 17, "two-denials-one-claim": 6,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 8, "headline-denial": 5,
              "denier-of-no-country": 4, "denial-later-paragraph": 5, "confirmation": 3}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=12)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.84, 0.92), total=(55, 62))
    check_country_spread(items, max_share=0.06, min_countries=40, max_russia_ukraine=2)
    check_styles(items, at_least=8, max_share=0.3)
    check_stances(items, deny=55, allege=12, confirm=3)
    check_no_state_denials(items, items_with_null=30)
