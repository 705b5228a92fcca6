"""Format checks for data/claims-eval/dev40.jsonl, a development set of short whole articles (4-8 sentences; a
press-conference transcript counts its turn labels and may reach 13) as regional papers, radio bulletins, live blogs
with time stamps, agency flashes and press-conference transcripts write them, from every region: denials told in
the speaker's own quoted words ("'That is a lie,' he said"), denials told before the claim they answer, denials of
what the author said in other words, denials naming only the claim's author ("rejected Pristina's version"),
same-country sides, speakers of no state and articles with no denial (no scores here; see
data/claims-eval/README.md, "dev40")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_kind_details, check_kind_labels, check_labels,
                         check_numbered, check_topic_only_denials, check_whole_articles, read_set, sentences)

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


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d40", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(4, 13), stamp=_TIMESTAMP)
    for it in items:
        n = len(sentences(it["text"]))
        limit = 13 if "transcript" in it["kinds"] else 8
        assert n <= limit, (it["id"], n)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        assert (it["style"] in kinds) and it["style"] in _STYLES, it["id"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "counter-accusation" in kinds:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "quoted-denial" in kinds:
            # a deny statement in the speaker's own quoted words, or told beside them in its paragraph
            paras = [p for p in text.split("\n\n") if any(s in p for s in deny_subs)]
            assert any('"' in p or _QA_TURN.match(p) for p in paras), it["id"]
        if "denial-before-claim" in kinds:
            pos = {s: text.find(s) for s in deny_subs}
            assert any(p < text.find(d["denies_content_contains"]) for p in pos.values()
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "author-only-denial" in kinds:
            assert any(_AUTHOR_ONLY.search(s) or _TOPIC_NOUNS.search(s) for s in deny_subs), it["id"]
        if "transcript" in kinds:
            turns = [p for p in text.split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "live-blog" in kinds:
            assert sum(bool(_TIMESTAMP.match(p)) for p in text.split("\n\n")) >= 3, it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, text, re.I), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"quoted-denial": 15, "denial-before-claim": 6, "author-only-denial": 8, "denial-in-other-words": 5,
              "topic-only-denial": 12, "same-country-sides": 17, "two-denials-one-claim": 6,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 8, "headline-denial": 5,
              "denier-of-no-country": 4, "denial-later-paragraph": 5, "confirmation": 3}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=12)


def test_regions_countries_and_mix(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.84 <= with_denial / len(items) <= 0.92, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 62
    check_country_spread(items, max_share=0.06, min_countries=40, max_russia_ukraine=2)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and max(styles.values()) <= 0.3 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 12 and stances["confirm"] >= 3, stances
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30
