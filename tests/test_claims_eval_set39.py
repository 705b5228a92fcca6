"""Format checks for data/claims-eval/heldout16.jsonl, a sixteenth held-out set of whole short articles for claims
and denial linking, written as outlets write rather than around test constructions, with speakers of no state labelled
by session 15's convention (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout16")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_held_out_mix, check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)

from sitrep.eval.claims import read_items

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout16.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "headline-denial", "foreign-denier",
                 "denier-of-no-country", "claim-of-no-country-denied", "implied-claim", "topic-only-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread, with conflicts other than the fifteenth set's where possible
_REGIONS = {
    "west-central-africa": {"BFA", "MLI", "NER", "BEN", "TGO", "CMR", "CIV", "GMB", "GIN", "TCD"},
    "east-africa-horn": {"SSD", "SDN", "BDI", "RWA", "KEN", "TZA", "ETH", "ERI", "COD", "SOM"},
    "north-africa": {"DZA", "EGY", "LBY", "MAR", "TUN"},
    "mideast": {"ISR", "LBN", "PSE", "IRQ", "SYR", "YEM", "IRN", "TUR", "ARE"},
    "europe-caucasus": {"GEO", "SRB", "RUS", "UKR", "EST", "BIH", "LTU", "BLR", "GRC"},
    "asia": {"PAK", "AFG", "IND", "THA", "KHM", "KOR", "PRK", "PHL", "CHN", "NPL", "IDN", "LKA"},
    "americas": {"ECU", "PER", "VEN", "USA", "BRA", "SLV", "BOL"},
}
# the nouns by which a denial names only the topic of what it denies ("rejected the accusation")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|accounts?|claims?|reports?|statements?|version|charges?|findings|"
                          r"testimony|letter|speech|message|violation|explanation|figures|lies)\b", re.I)
# speakers session 15's convention labels `null` (data/claims-eval/README.md, "heldout16")
_STATELESS_SPEAKERS = re.compile(r"\b(rights group|[Rr]ights [Oo]rganisations|[Cc]ollective|[Ww]itness|[Rr]esidents|"
                                 r"[Rr]elatives|[Ff]amilies|UN |United Nations|[Dd]octors|[Aa]id workers|"
                                 r"[Mm]onitoring group|Observatory|Network|[Ss]tudent assemblies|"
                                 r"[Ll]eaders of the blockade|[Ff]ormer prisoners|[Ff]ormer detainee|[Dd]iplomats|"
                                 r"hospital worker|[Pp]rotest organisers|Frontex|European Commission|Justice Watch)")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "h16")


def test_the_evaluator_reads_every_item(items):
    assert len(read_items(str(SET))) == len(items)


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line (a turn label counts as one)
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 12), stamp=_TIMESTAMP)
    # about half open with a title line: a line with no final full stop (a headline, masthead or station intro)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    # articles of varied length, not one template: short and long ones both present, no length for most items
    lengths = Counter(len(sentences(it["text"])) for it in items)
    assert min(lengths) <= 5 and max(lengths) >= 11, lengths
    assert len(lengths) >= 6 and max(lengths.values()) <= 0.4 * len(items), lengths


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)


def test_denials_come_before_and_after_their_claims(items):
    """Denials paragraphs after the claim they answer, and denials told before it (headlines, mentions)."""
    check_denial_positions(items, later_min=35, before_min=20)


def test_topic_only_denials_name_a_topic_not_the_content(items):
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)


def test_headline_denials_are_second_denials_of_the_body_claim(items):
    check_headline_second_denials(items, minimum=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_mix(items)
    # the brief: no claimant country over about 5 % of the claims of a country, at most two Russia-Ukraine items
    check_country_spread(items, min_countries=55)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 6 for name in _REGIONS if name != "north-africa"), regions
    assert regions["north-africa"] >= 4, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "non-denial", "same-country-sides",
              "chain", "unnamed-source", "headline-denial", "reporter-question-claim", "lone-denial",
              "implied-claim", "foreign-denier", "denier-of-no-country", "denial-mentions-claim",
              "deny-in-quote", "deny-in-turn", "vague-object-denial", "negated-neutral", "counter-accusation",
              "confirmation", "allegation", "contradicting-account", "claim-of-no-country-denied",
              "two-claims-two-deniers", "trailing-denial", "transcript", "interview-qa",
              "one-author-several-statements"):
        assert kinds[k] >= 1, k
    # denials however they come, same-country sides, speakers of no country, chained reports, two denials of one
    # claim, articles with no denial at all
    assert kinds["two-denials-one-claim"] >= 8 and kinds["same-country-sides"] >= 8
    assert kinds["topic-only-denial"] >= 25 and kinds["denial-later-paragraph"] >= 20
    assert kinds["no-country-claim"] >= 30 and kinds["chain"] >= 4 and kinds["no-denial"] >= 15
    styles = {it["style"] for it in items}
    assert {"wire", "live-blog", "ministry-statement", "army-communique", "partisan", "radio", "transcript",
            "interview", "fact-check", "ngo-report", "un-report", "local-paper", "court"} <= styles
    # wire copy is the bulk but not the whole: at most 60 % of the items
    assert sum(it["style"] == "wire" for it in items) <= 0.6 * len(items)


def test_same_country_denials_and_speakers_of_no_country(items):
    """Denials between two sides of one country, and denials of or by speakers of no country, are a good part of
    the set, not a token."""
    same = [d for it in items for d in it["denials"] if d.get("denies_claim_of_country") == d["denier_country"]]
    assert len(same) >= 15, len(same)
    no_country = [d for it in items for d in it["denials"]
                  if d["denier_country"] is None or d.get("denies_claim_of_country", None) is None]
    assert len(no_country) >= 15, len(no_country)


def test_speakers_of_no_state_are_labelled_null(items):
    """Session 15's convention: NGOs, civil-society groups, witnesses, residents, relatives, doctors, protest leaders,
    UN and EU bodies are `null`; the set holds many of them, not a token, and a good share of all claims."""
    claims = [c for it in items for c in it["claims"]]
    stateless = [c for c in claims if c["claimant_country"] is None]
    assert 0.15 <= len(stateless) / len(claims) <= 0.35, len(stateless)
    # items whose text names such a speaker hold a claim of no country
    named = [it for it in items if _STATELESS_SPEAKERS.search(it["text"])]
    with_null = [it for it in named if any(c["claimant_country"] is None for c in it["claims"])]
    assert len(named) >= 25 and len(with_null) >= 0.8 * len(named), (len(named), len(with_null))


def test_partisan_items_come_from_both_sides(items):
    """The two partisan outlets speak for different camps: a government's daily and a separatist movement's site."""
    heads = [it["text"].split("\n\n")[0] for it in items if it["style"] == "partisan"]
    assert len(heads) >= 2
    assert any("pro-government" in h for h in heads) and not all("pro-government" in h for h in heads)


def test_transcript_turns_are_short(items):
    """The transcript and the interview alternate questions and answers: each Q turn is one question."""
    for it in items:
        if it["style"] not in ("transcript", "interview"):
            continue
        for para in it["text"].split("\n\n"):
            if para.startswith("Q: "):
                assert para.endswith("?") and len(sentences(para)) == 2, (it["id"], para[:60])
