"""Format checks for data/claims-eval/dev42.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) as wire services, local papers, radio bulletins, live blogs, army and ministry statements, court reports,
rights-group reports, fact checks and press-conference transcripts write them, from East Africa and the Horn, South
and Central Asia, East and Southeast Asia and the Pacific, and the Americas: denials as they come (flat, topic-only,
naming only the claim's author, in other words, quoted, in the headline, told before the claim, two of one claim),
one author's several statements of which a denial answers one (session 18's convention), same-country sides,
speakers of no state and articles with no denial (no scores here; see data/claims-eval/README.md, "dev42")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev42.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words", "lone-denial", "denial-of-denial", "mention-in-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|accounts?|claims?|reports?|statements?|version|figures?|"
                          r"words|story|findings|charge|video)\b", re.I)
# a denial naming the claim's author: a capital, a person or a body, in the possessive
_AUTHOR_ONLY = re.compile(r"\b(Kabul|Chowdhury|the minister|the residents|the family|the Guard|the governor|"
                          r"the protesters|the confederation|the mission)'s?")
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bFano\b|\bAl-Shabaab\b|\bArmy\b|\bgroup\b|\bfront\b|\bgang\b|\bOLA\b|\bELN\b|\bMILF\b|"
                     r"\bSPLM-IO\b|\bMilitarized Communist Party\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bNational Unity Platform\b|\bChadema\b",
    "separatist-speaker": r"\bseparatists?\b|\bpro-independence\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bstate prosecutor\b|\bPuntland\b|\bgovernor\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bcoalition\b|\bcooperative\b|\bdiocese\b|"
                             r"\bcollective\b|\bdesk\b|\bnetwork\b|\bmovement\b|\bcivil society\b|\bconfederation\b|"
                             r"\bjustice and peace office\b|\bRed Cross\b|\bleaders of the protest\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bfarmer\b|\bfishermen\b|\bmother\b|"
                        r"\bwife\b|\bbrother\b|\buncle\b|\bnurse\b|\bdoctor\b|\bworkers\b|\bteacher\b|\bvillager\b|"
                        r"\btraders\b",
    "elder-speaker": r"\belders?\b",
    "lawyer-speaker": r"\blawyer\b|\bcounsel\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "east-africa-horn": {"ETH", "ERI", "SOM", "SSD", "KEN", "UGA", "MOZ", "TZA", "RWA", "COD"},
    "south-central-asia": {"PAK", "IND", "BGD", "AFG", "TJK", "KGZ", "IRN"},
    "east-southeast-asia-pacific": {"PRK", "KOR", "CHN", "PHL", "VNM", "MYS", "MMR", "IDN", "JPN", "PNG", "FRA"},
    "americas": {"MEX", "COL", "ECU", "HTI", "HND", "BRA", "PER"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d42", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    for it in items:
        if it["style"] in ("wire", "news-site", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' /-]+(, [A-Z][a-z]+)*(, [A-Z][a-z]+ \d+)? (\([A-Za-z ]+\) )?- ",
                            it["text"]) or not it["text"].split("\n\n")[0].endswith("."), it["id"]


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
            paras = [p for p in text.split("\n\n") if any(s in p for s in deny_subs)]
            assert any('"' in p or _QA_TURN.match(p) for p in paras), it["id"]
        if "author-only-denial" in kinds:
            assert any(_AUTHOR_ONLY.search(s) for s in deny_subs), it["id"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            targets = [d["denies_content_contains"].lower() for d in it["denials"] if d.get("denies_content_contains")]
            assert any(t not in s.lower() and s.lower() not in t for t in targets for s in deny_subs), it["id"]
        if "lone-denial" in kinds:
            lone = [d for d in it["denials"] if "denies_claim_of_country" not in d]
            assert lone and all(any(d["denies_content_contains"] in s for s in deny_subs) for d in lone), it["id"]
        if "mention-in-denial" in kinds:
            assert any(d.get("denies_content_contains") in deny_subs for d in it["denials"]), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, text, re.I), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "topic-only-denial": 15, "author-only-denial": 8, "denial-in-other-words": 6,
              "quoted-denial": 6, "headline-denial": 4, "denial-before-claim": 5, "two-denials-one-claim": 7,
              "counter-accusation": 8, "same-country-sides": 18, "one-author-several-statements": 8,
              "claim-of-no-country-denied": 12, "denier-of-no-country": 4, "denial-later-paragraph": 8,
              "lone-denial": 2, "no-denial": 5, "confirmation": 3, "transcript": 2, "live-blog": 2}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=15, before_min=5)


def test_regions_countries_and_mix(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.86 <= with_denial / len(items) <= 0.92, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 62
    check_country_spread(items, max_share=0.05, min_countries=30, max_russia_ukraine=0)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 10 for n in regions.values()), regions
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and max(styles.values()) <= 0.3 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 12 and stances["confirm"] >= 3, stances
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30
    # same-country sides: a denial between two sides of one country in about 20 items
    same = [it for it in items if any(d.get("denies_claim_of_country") == d["denier_country"] is not None
                                      for d in it["denials"])]
    assert len(same) >= 18, len(same)
