"""Format checks for data/claims-eval/dev33.jsonl, a development set of whole short articles in plain news prose
from Africa north of the equator and the Middle East, written the way outlets write rather than around test
constructions: denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only
rejection, a headline denial, a counter-accusation, two denials of one claim, a background denial), same-country
sides, speakers of no state, chained reports, and articles with no denial (no scores here; see
data/claims-eval/README.md, "dev33")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_no_state_denials, check_null_speaker_kinds,
                         check_numbered, check_speaker_kind_count, check_speaker_words, check_stances,
                         check_style_kinds, check_styles, check_titled, check_topic_only_denials, check_varied_lengths,
                         check_whole_articles, items_fixture, region_counts, sentences)

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


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d33")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-14 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 14), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=11, long_items=6)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique",
                              "court", "fact-check", "ngo-report"))
    check_counter_accusations(items)
    check_chained_reports(items, r"\b(citing|quoting)\b")
    check_speaker_words(items, _SPEAKER_WORDS, flags=0)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    for it in items:
        kinds = set(it["kinds"])
        assert ("interview-qa" in kinds) == (it["style"] == "press-conference"), it["id"]
        if "background-denial" in kinds:
            assert re.search(r"\b(has|have) (previously |repeatedly |long )?(rejected|denied)\b", it["text"]), it["id"]
        if "implied-claim" in kinds:
            # the denied claim is only mentioned inside the denial: its words lie inside a deny statement's sentence
            deny = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d["denies_content_contains"].split()[-1] in " ".join(deny) or
                       any(d["denies_content_contains"] in s and any(x in s for x in deny)
                           for s in sentences(it["text"])) for d in it["denials"]), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 15,
              "same-country-sides": 12, "two-denials-one-claim": 6, "denial-later-paragraph": 10,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 8, "chained-report": 4,
              "headline-denial": 5, "denier-of-no-country": 3, "denial-before-claim": 1, "two-claims-two-deniers": 2}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=25, before_min=6)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=3, same_country=20)
    # denials by a speaker of a country of a claim of no country (or of no named author)
    denials = [d for it in items for d in it["denials"]]
    assert sum(d.get("denies_claim_of_country", None) is None for d in denials if d["denier_country"]) >= 8
    check_speaker_kind_count(items, _SPEAKER_WORDS, 8)
    assert sum(c["claimant_country"] is None for it in items for c in it["claims"]) >= 40


def test_mix_of_denials_styles_regions_and_countries(items):
    check_denial_share(items, (0.75, 0.9))
    check_country_spread(items, min_countries=40, max_russia_ukraine=1)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=45, allege=20, confirm=3)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 5 for n in regions.values()), regions
    # Africa north of the equator and the Middle East: every item has a claimant of one of these regions
    home = set().union(*_REGIONS.values())
    assert all(home & {c["claimant_country"] for c in it["claims"]} for it in items)
