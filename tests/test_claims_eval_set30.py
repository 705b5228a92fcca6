"""Format checks for data/claims-eval/heldout12.jsonl, a twelfth held-out set of whole short articles for claims and
denial linking, written as outlets write rather than around test constructions (no scores here: the set is scored
once, see data/claims-eval/README.md, "heldout12")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_denial_positions, check_headline_second_denials, check_held_out_spread,
                         check_kind_details, check_kind_labels, check_labels, check_numbered, check_partisan_sides,
                         check_same_country_and_no_country, check_short_q_turns, check_titled, check_topic_only_denials,
                         check_varied_lengths, check_whole_articles, items_fixture)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout12.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "headline-denial", "third-party-denier",
                 "denier-of-no-country", "claim-of-no-country-denied", "implied-claim", "topic-only-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread, with conflicts other than the eleventh set's where possible
_REGIONS = {
    "west-africa": {"NER", "BEN", "TCD", "GHA", "SLE", "SEN", "NGA", "GNB"},
    "central-east-africa-horn": {"CAF", "COD", "UGA", "SSD", "SDN", "SOM", "ETH", "MOZ", "RWA", "DJI", "ERI"},
    "north-africa": {"DZA", "TUN"},
    "mideast": {"ISR", "PSE", "YEM", "SAU", "TUR", "SYR", "IRQ", "JOR", "IRN", "LBN", "CYP"},
    "europe-caucasus-central-asia": {"KGZ", "TJK", "MDA", "XKX", "SRB", "POL", "BLR", "FIN", "EST", "RUS", "UKR",
                                     "GEO"},
    "asia-pacific": {"TWN", "CHN", "IND", "PAK", "BGD", "THA", "MYS", "IDN", "KOR", "PRK", "JPN", "AFG", "PNG"},
    "americas": {"COL", "PER", "BRA", "USA", "MEX", "SLV", "CHL"},
}
# the nouns by which a denial names only the topic of what it denies ("rejected the accusation")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|suggestion|version|"
                          r"toll|charge)\b", re.I)

# every kind the brief asked for, and the numbers of items it asked for of some
_PRESENT_KINDS = ("denial-later-paragraph", "denial-before-claim", "live-blog", "non-denial", "same-country-sides",
                  "chain", "unnamed-source", "headline-denial", "reporter-question-claim", "lone-denial",
                  "implied-claim", "third-party-denier", "denier-of-no-country", "denial-mentions-claim",
                  "deny-in-quote", "deny-in-turn", "vague-object-denial", "naming-denial", "negated-neutral",
                  "confirmation", "allegation", "contradicting-account", "claim-of-no-country-denied",
                  "two-claims-two-deniers", "trailing-denial", "transcript", "interview-qa")
_KIND_MINIMUMS = {"two-denials-one-claim": 5, "same-country-sides": 15, "topic-only-denial": 15,
                  "denial-later-paragraph": 20, "no-country-claim": 20, "chain": 3, "no-denial": 15}

items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "h12")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line (a turn label counts as one); about half
    # open with a title line; short and long articles both present
    check_whole_articles(items, stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=10)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)


def test_denials_come_before_and_after_their_claims(items):
    check_denial_positions(items, later_min=30, before_min=10)


def test_topic_only_denials_name_a_topic_not_the_content(items):
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)


def test_headline_denials_are_second_denials_of_the_body_claim(items):
    check_headline_second_denials(items, minimum=3)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_spread(items, _REGIONS, north_africa=2, min_countries=55, present=_PRESENT_KINDS,
                          minimums=_KIND_MINIMUMS)


def test_same_country_denials_and_speakers_of_no_country(items):
    check_same_country_and_no_country(items, same=15, no_country=7)


def test_partisan_items_come_from_both_sides(items):
    """The two partisan outlets speak for different camps: one for a national government, one for another authority."""
    check_partisan_sides(items)


def test_transcript_turns_are_short(items):
    check_short_q_turns(items)
