"""Format checks for data/claims-eval/dev35.jsonl, a development set of whole short articles in plain news prose
from Latin America and the Caribbean, South Asia, Southeast Asia and the Pacific, and the Caucasus and Central Asia:
denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline
denial, a counter-accusation, two denials of one claim, a denial that refutes the claim in other words, a lone
denial of an implied claim, a denial naming its claim's author), same-country sides, speakers of no state, chained
reports, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev35")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev35.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "named-author-in-denial", "two-claims-one-author-denied", "quoted-denial",
                 "paraphrased-denial", "anaphoric-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or a speaker's title and name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
# the nouns by which a denial names only the topic of what it denies ("rejected that account")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"explanation|evidence|findings|charges?|posts|recording)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bArmy\b|\b[Ff]ront\b|\bgroup\b|\bdissident\b",
    "separatist-speaker": r"\bseparatist\b",
    "militia-speaker": r"\bmilitia\b",
    "gang-speaker": r"\bgang\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bmovement\b",
    "breakaway-speaker": r"\bbreakaway\b",
    "regional-government-speaker": r"\bAutonomous\b|\bregional\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bunion\b|\bnetwork\b|\bcommittee\b|\borganisation\b|"
                             r"\bcharity\b|\bchurch\b",
    "community-council-speaker": r"\bcouncil\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers\b|\brelatives\b|\bparents\b|\bfamil(y|ies)\b|\bsurvivors\b|"
                        r"\bfishermen\b|\bwomen\b|\breturnees\b|\bteacher\b",
    "diaspora-speaker": r"\bdiaspora\b",
    "refugee-speaker": r"\bdeported\b|\breturnees\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\btold (an Almaty|the) court\b|\bpleaded not guilty\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "community-council-speaker", "diaspora-speaker",
                       "refugee-speaker"}
_STYLES = ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique", "court",
           "fact-check", "ngo-report", "news-site", "press-conference")
_REGIONS = {
    "Latin America and the Caribbean": {"MEX", "COL", "HTI", "ECU", "VEN", "GUY", "BRA", "PAN", "BOL", "HND", "GTM",
                                        "PER", "CUB", "CHL", "JAM", "BLZ"},
    "South Asia": {"PAK", "AFG", "IND", "BGD", "LKA", "NPL"},
    "Southeast Asia and the Pacific": {"MMR", "PHL", "THA", "KHM", "IDN", "PNG"},
    "Caucasus and Central Asia": {"ARM", "AZE", "GEO", "KGZ", "TJK", "KAZ"},
}
_WORD = re.compile(r"[a-z]{4,}")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d35")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 12, lengths
    assert sum(n >= 9 for n in lengths) >= 8, lengths
    for it in items:
        assert it["outlet"] is None or (isinstance(it["outlet"], str) and it["outlet"]), it["id"]


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        for style in _STYLES:
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        if "counter-accusation" in kinds:
            # the denier also accuses: a statement of its own that is not the denial
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting|quoted by)\b", it["text"]), it["id"]
        if "qa-transcript" in kinds:
            turns = [p for p in it["text"].split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if kinds & {"mention-denial", "lone-denial", "named-author-in-denial"}:
            # the denial names the claim inside itself: its deny statement covers the denied words
            assert any(d.get("denies_content_contains") in deny_subs for d in it["denials"]), it["id"]
        if "named-author-in-denial" in kinds:
            assert any(d.get("denies_content_contains") in deny_subs and d.get("denies_claim_of_country")
                       for d in it["denials"]), it["id"]
        if "two-claims-one-author-denied" in kinds:
            targets = {(d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in it["denials"]}
            assert len(targets) >= 2 and len({t[0] for t in targets}) == 1, it["id"]
        if "paraphrased-denial" in kinds:
            # the denial says it in other words: at most half of the denied words' content words come back in it
            def overlap(d, s):
                target = set(_WORD.findall(d["denies_content_contains"].lower()))
                return len(target & set(_WORD.findall(s.lower()))) <= len(target) / 2
            assert any(overlap(d, s) for d in it["denials"] if d.get("denies_content_contains")
                       for s in deny_subs), it["id"]
        if "anaphoric-denial" in kinds:
            assert any(re.search(r"\b(this|that|it)$", s) for s in deny_subs), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                flags = 0 if kind in ("rebel-speaker", "regional-government-speaker") else re.I
                assert re.search(words, it["text"], flags), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "one-author-several-statements": 20, "topic-only-denial": 18,
              "same-country-sides": 18, "two-denials-one-claim": 6, "denial-later-paragraph": 12,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 10, "chained-report": 4,
              "headline-denial": 6, "denier-of-no-country": 4, "denial-before-claim": 5, "paraphrased-denial": 10,
              "lone-denial": 3, "named-author-in-denial": 3}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=18)
    check_headline_second_denials(items, minimum=6)
    check_denial_positions(items, later_min=45, before_min=20)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 6
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 15
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 28
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 25
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 12, per_kind


def test_mix_of_denials_styles_regions_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.8 <= with_denial / len(items) <= 0.9, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 70
    check_country_spread(items, min_countries=38, max_russia_ukraine=0)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 20 and stances["confirm"] >= 4, stances
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 6 for name in _REGIONS), regions
