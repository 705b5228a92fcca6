"""Format checks for data/claims-eval/dev31.jsonl, a development set of whole short articles in plain news prose
written the way outlets write rather than around test constructions: denials come however they come (a flat
"X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a counter-accusation, two
denials of one claim), same-country sides, speakers of no state, chained reports, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev31")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, sentences)

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


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d31")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-14 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 14), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 12, lengths
    assert sum(n >= 9 for n in lengths) >= 6, lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds = set(it["kinds"])
        for style in ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique",
                      "court", "fact-check", "ngo-report"):
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        if "counter-accusation" in kinds:
            # the denier also accuses: a statement of its own that is not the denial
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting)\b", it["text"]), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, it["text"]), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 12,
              "same-country-sides": 12, "two-denials-one-claim": 8, "denial-later-paragraph": 6,
              "counter-accusation": 6, "no-denial": 5, "claim-of-no-country-denied": 6, "chained-report": 4,
              "headline-denial": 4, "denier-of-no-country": 3, "denial-before-claim": 2}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=12)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=30, before_min=5)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 4
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 6
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 20
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 8, per_kind


def test_mix_of_denials_styles_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.75 <= with_denial / len(items) <= 0.9, with_denial
    check_country_spread(items, min_countries=50, max_russia_ukraine=2)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 45 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
