"""Format checks for data/claims-eval/dev33.jsonl, a development set of whole short articles in plain news prose
from Africa north of the equator and the Middle East, written the way outlets write rather than around test
constructions: denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only
rejection, a headline denial, a counter-accusation, two denials of one claim, a background denial), same-country
sides, speakers of no state, chained reports, and articles with no denial (no scores here; see
data/claims-eval/README.md, "dev33")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev33.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "background-denial", "vague-object-denial", "implied-claim"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the nouns by which a denial names only the topic of what it denies ("dismissed the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|stor(y|ies)|version|"
                          r"figures?|toll|video|complaint|charge|documents)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bcoalition\b|\bHouthis\b|\bHamas\b|\bmilitants\b|"
                     r"\bRSF\b|\bal-Shabaab\b",
    "militia-speaker": r"\bfaction\b|\bmilitia\w*\b|\bbrigade\b|\barmed group\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bPAIGC\b",
    "separatist-speaker": r"\bseparatists?\b",
    "regional-government-speaker": r"\b[Rr]egional\b|\bregion\b|\bstate government\b|\bcouncil\b",
    "civil-society-speaker": r"\bgroups?\b|\b[Aa]ssociation\b|\bcivil society\b|\bCollective\b|\bCentre\b|\bmonitor\b",
    "resident-speaker": r"\b[Rr]esidents?\b|\bvillagers\b|\bfamilies\b|\b[Rr]elatives\b|\b[Ff]armers\b|\b[Ee]lders\b|"
                        r"\btraditional ruler\b",
    "lawyer-speaker": r"\blawyers?\b|\badvocate\b|\bcounsel\b",
    "diaspora-speaker": r"\bdiaspora\b|\bexiles?'?\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "diaspora-speaker"}
_REGIONS = {
    "west-africa-sahel": {"NGA", "NER", "MLI", "BFA", "MRT", "SEN", "SLE", "CIV", "GHA", "BEN", "TGO", "GIN", "GNB"},
    "central-africa": {"CMR", "TCD", "CAF", "COD"},
    "east-africa-horn": {"SDN", "SSD", "ETH", "ERI", "SOM", "DJI", "KEN", "UGA"},
    "north-africa": {"LBY", "EGY", "TUN", "DZA", "MAR", "ESH"},
    "middle-east": {"ISR", "PSE", "LBN", "SYR", "JOR", "IRQ", "IRN", "YEM", "SAU", "OMN", "ARE", "BHR", "TUR"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d33")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-14 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 14), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 11, lengths
    assert sum(n >= 9 for n in lengths) >= 6, lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds = set(it["kinds"])
        for style in ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique",
                      "court", "fact-check", "ngo-report"):
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        assert ("interview-qa" in kinds) == (it["style"] == "press-conference"), it["id"]
        if "counter-accusation" in kinds:
            # the denier also accuses: a statement of its own that is not the denial
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting)\b", it["text"]), it["id"]
        if "background-denial" in kinds:
            assert re.search(r"\b(has|have) (previously |repeatedly |long )?(rejected|denied)\b", it["text"]), it["id"]
        if "implied-claim" in kinds:
            # the denied claim is only mentioned inside the denial: its words lie inside a deny statement's sentence
            deny = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d["denies_content_contains"].split()[-1] in " ".join(deny) or
                       any(d["denies_content_contains"] in s and any(x in s for x in deny)
                           for s in sentences(it["text"])) for d in it["denials"]), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, it["text"]), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 15,
              "same-country-sides": 12, "two-denials-one-claim": 6, "denial-later-paragraph": 10,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 8, "chained-report": 4,
              "headline-denial": 5, "denier-of-no-country": 3, "denial-before-claim": 1, "two-claims-two-deniers": 2}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=25, before_min=6)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 3
    assert sum(d.get("denies_claim_of_country", None) is None for d in denials if d["denier_country"]) >= 8
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 20
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 8, per_kind
    assert sum(c["claimant_country"] is None for it in items for c in it["claims"]) >= 40


def test_mix_of_denials_styles_regions_and_countries(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.75 <= with_denial / len(items) <= 0.9, with_denial
    check_country_spread(items, min_countries=40, max_russia_ukraine=1)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 45 and stances["allege"] >= 20 and stances["confirm"] >= 3, stances
    regions = region_counts(items, _REGIONS)
    assert all(n >= 5 for n in regions.values()), regions
    # Africa north of the equator and the Middle East: every item has a claimant of one of these regions
    home = set().union(*_REGIONS.values())
    assert all(home & {c["claimant_country"] for c in it["claims"]} for it in items)
