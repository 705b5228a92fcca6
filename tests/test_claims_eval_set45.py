"""Format checks for data/claims-eval/dev38.jsonl, a development set of whole short articles in plain news prose
from West Africa and the Sahel, South and Southeast Asia, Latin America and the Pacific: denials come however they
come (a flat "X denied …", a topic-only rejection, a headline denial, a counter-accusation, two denials of one
claim, a lone denial in a ministry statement or an army press release), relative-clause accusations ("an attack
which the army blamed on …", "a report which accuses soldiers of …") and denials that call a claim false without
a denial verb ("were inaccurate", "an attempt to mislead", "part of a campaign against us"), same-country sides,
speakers of no state, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev38")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, sentences)

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


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def _sentence_of(text: str, sub: str) -> str:
    return next(s for s in sentences(text) if sub.lower() in s.lower())


def test_size_and_ids(items):
    check_numbered(items, "d38")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 12, lengths
    assert sum(n >= 9 for n in lengths) >= 3, lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
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
        if "mention-denial" in kinds or "lone-denial" in kinds:
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains") in deny_subs for d in it["denials"]), it["id"]
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
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 8, "one-author-several-statements": 14, "topic-only-denial": 14,
              "same-country-sides": 18, "two-denials-one-claim": 8, "denial-later-paragraph": 8,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 12, "chained-report": 1,
              "headline-denial": 5, "denier-of-no-country": 7, "denial-before-claim": 4,
              "relative-clause-accusation": 7, "false-without-denial-verb": 20, "lone-denial": 2}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=14)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=45, before_min=15)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 10
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 14
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 25
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 9, per_kind
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30


def test_mix_of_denials_styles_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.85 <= with_denial / len(items) <= 0.92, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 62
    # the four regions' conflicts give fewer claimant countries than a world-wide set
    check_country_spread(items, max_share=0.06, min_countries=35, max_russia_ukraine=1)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 30 and stances["confirm"] >= 3, stances
