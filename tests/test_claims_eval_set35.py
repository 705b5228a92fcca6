"""Format checks for data/claims-eval/heldout15.jsonl, a fifteenth held-out set of whole short articles for claims
and denial linking, written as outlets write rather than around test constructions, with speakers of no state labelled
by session 15's convention (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout15")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_denial_positions, check_headline_second_denials, check_held_out_spread,
                         check_kind_details, check_kind_labels, check_labels, check_numbered, check_partisan_sides,
                         check_same_country_and_no_country, check_short_q_turns, check_stateless_speakers_null,
                         check_titled, check_topic_only_denials, check_varied_lengths, check_whole_articles,
                         items_fixture)


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout15.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "deny-in-quote", "deny-in-turn", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "headline-denial", "foreign-denier",
                 "denier-of-no-country", "claim-of-no-country-denied", "implied-claim", "topic-only-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# the brief's spread, with conflicts other than the thirteenth and fourteenth sets' where possible
_REGIONS = {
    "west-africa": {"GHA", "GNB", "SLE", "TCD", "NGA", "SEN", "NER"},
    "central-east-southern-africa": {"CAF", "UGA", "COD", "ETH", "SOM", "ZWE", "MOZ", "AGO", "MDG", "SAU"},
    "north-africa": {"TUN", "LBY", "DZA", "MAR", "ESP"},
    "mideast": {"SYR", "ISR", "IRN", "IRQ", "YEM", "JOR", "LBN", "PSE", "TUR"},
    "europe-caucasus-central-asia": {"XKX", "SRB", "KGZ", "TJK", "MDA", "RUS", "UKR", "POL", "BLR", "KAZ"},
    "asia-pacific": {"MMR", "PAK", "IND", "BGD", "CHN", "TWN", "VNM", "PHL", "AFG"},
    "americas": {"MEX", "GTM", "HTI", "KEN", "VEN", "COL", "ARG", "PAN"},
}
# the nouns by which a denial names only the topic of what it denies ("rejected the accusation")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|accounts?|claims?|reports?|statements?|suggestion|version|"
                          r"story|figures?|charges?|findings|announcement|case|explanation)\b", re.I)
# speakers session 15's convention labels `null` (data/claims-eval/README.md, "heldout15")
_STATELESS_SPEAKERS = re.compile(r"\b(rights group|Rights League|civil society|witness|[Rr]esidents|[Rr]elatives|"
                                 r"[Ff]amilies|UN |United Nations|[Ee]lders|diocese|activists abroad|Monitoring Centre|"
                                 r"community leaders|[Cc]ommunity [Ll]eaders|youth association|youth collective)")

# every kind the brief asked for, and the numbers of items it asked for of some
_PRESENT_KINDS = ("denial-later-paragraph", "denial-before-claim", "live-blog", "non-denial", "same-country-sides",
                  "chain", "unnamed-source", "headline-denial", "reporter-question-claim", "lone-denial",
                  "implied-claim", "foreign-denier", "denier-of-no-country", "denial-mentions-claim", "deny-in-quote",
                  "deny-in-turn", "vague-object-denial", "negated-neutral", "counter-accusation", "confirmation",
                  "allegation", "contradicting-account", "claim-of-no-country-denied", "two-claims-two-deniers",
                  "trailing-denial", "transcript", "interview-qa", "one-author-several-statements")
_KIND_MINIMUMS = {"two-denials-one-claim": 8, "same-country-sides": 12, "topic-only-denial": 20,
                  "denial-later-paragraph": 15, "no-country-claim": 25, "chain": 4, "no-denial": 15}

items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "h15")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional title line (a turn label counts as one); about half
    # open with a title line; articles of varied length, not one template
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 12), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=10, distinct=5)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)


def test_denials_come_before_and_after_their_claims(items):
    check_denial_positions(items, later_min=30, before_min=20)


def test_topic_only_denials_name_a_topic_not_the_content(items):
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)


def test_headline_denials_are_second_denials_of_the_body_claim(items):
    check_headline_second_denials(items, minimum=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    check_held_out_spread(items, _REGIONS, north_africa=4, min_countries=55, present=_PRESENT_KINDS,
                          minimums=_KIND_MINIMUMS)


def test_same_country_denials_and_speakers_of_no_country(items):
    check_same_country_and_no_country(items, same=15, no_country=15)


def test_speakers_of_no_state_are_labelled_null(items):
    """Session 15's convention: NGOs, civil-society groups, witnesses, residents, relatives, elders, UN bodies and
    diaspora groups are `null`; the set holds many of them, not a token, and a good share of all claims."""
    check_stateless_speakers_null(items, _STATELESS_SPEAKERS, with_null=0.7)


def test_partisan_items_come_from_both_sides(items):
    """The two partisan outlets speak for different camps: one for a national government, one for an armed
    movement the government's neighbour fights."""
    check_partisan_sides(items)


def test_transcript_turns_are_short(items):
    check_short_q_turns(items)
