"""Format checks for data/claims-eval/dev36.jsonl, a development set of whole short articles in plain news prose from
West Africa and the Sahel, Central Africa and the Great Lakes, East Africa and the Horn, Mozambique's north, North
Africa, the Middle East and Europe (the Balkans, Northern Ireland's past, Cyprus, Spain, protests and policing):
denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline
denial, a counter-accusation, two denials of one claim, a lone denial in a ministry statement, a denial that refutes a
statement in other words), same-country sides, speakers of no state, chained reports, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev36")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_mention_denials, check_no_state_denials,
                         check_null_speaker_kinds, check_numbered, check_one_denial_two_claims, check_qa_turns,
                         check_speaker_kind_count, check_speaker_words, check_stances, check_style_kinds, check_styles,
                         check_titled, check_topic_only_denials, check_two_claims_one_author, check_varied_lengths,
                         check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev36.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "one-denial-two-claims", "two-claims-one-author-denied", "denial-in-other-words",
                 "foreign-denier", "denial-names-author"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or a speaker's title and name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"findings|charges?|posts|indictment|story|announcement)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bForces\b|\bmovement\b|\bRED-Tabara\b|\b3R\b",
    "militia-speaker": r"\bfaction\b|\bmilitia\b|\bApparatus\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b",
    "regional-government-speaker": r"\bregional\b|\bCatalan\b|\bRegional Government\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bunion\b|\bcoalition\b|\bcommittee\b|\bcentre\b|"
                             r"\bCentre\b|\bCouncil\b|\bAmnesty\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers?\b|\brelatives\b|\bsurvivors?\b|\bcommunity\b|\bnurse\b",
    "elder-speaker": r"\belders?\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bpleaded not guilty\b",
    "company-speaker": r"\bShipping\b|\bowner\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker"}
_STYLES = ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "court", "fact-check",
           "ngo-report", "news-site", "press-conference")
_REGIONS = {
    "West Africa and the Sahel": {"MLI", "BFA", "NER", "BEN", "NGA", "GIN", "MRT", "TCD", "CMR"},
    "Central Africa and the Great Lakes": {"COD", "RWA", "BDI", "UGA", "CAF"},
    "East Africa and the Horn": {"SDN", "SSD", "ETH", "ERI", "SOM", "KEN", "TZA"},
    "Mozambique": {"MOZ"},
    "North Africa": {"LBY", "TUN", "DZA", "MAR", "EGY"},
    "Middle East": {"SYR", "IRQ", "IRN", "YEM", "LBN", "ISR", "PSE", "TUR"},
    "Europe": {"XKX", "SRB", "BIH", "HRV", "GBR", "CYP", "ESP", "FRA", "GRC"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d36")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = check_titled(items)
    check_varied_lengths(items, shortest=5, longest=12, long_items=8)
    # the rest open with a dateline in capitals ("BAMAKO, March 4 - ...")
    datelined = [it for it in items if it not in titled and re.match(r"^[A-Z][A-Z' ]+, ", it["text"])]
    assert len(datelined) >= 0.35 * len(items), len(datelined)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_mention_denials(items)
    check_two_claims_one_author(items)
    check_one_denial_two_claims(items)
    check_speaker_words(items, _SPEAKER_WORDS, case_sensitive=("rebel-speaker", "company-speaker"))
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    for it in items:
        kinds = set(it["kinds"])
        if "denial-in-other-words" in kinds:
            # the denial's words are not the denied claim's words: no deny statement holds the gold target
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            for d in it["denials"]:
                target = (d.get("denies_content_contains") or "").lower()
                assert target and not any(target in s or s in target for s in deny_subs), it["id"]
        if "unnamed-official" in kinds:
            assert re.search(r"\banonymity\b|\bwho asked not to be named\b", it["text"]), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 20,
              "same-country-sides": 15, "two-denials-one-claim": 8, "denial-later-paragraph": 10,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 15, "chained-report": 4,
              "headline-denial": 5, "denier-of-no-country": 6, "denial-before-claim": 5, "denial-in-other-words": 6,
              "lone-denial": 1, "negated-neutral": 10, "contradicting-account": 4}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=50, before_min=18)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=8, of_no_country=20, same_country=20, items_with_null=30)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 9)


def test_mix_of_denials_styles_countries_and_regions(items):
    check_denial_share(items, (0.8, 0.9), total=(55, 65))
    check_country_spread(items, min_countries=44, max_russia_ukraine=0)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=50, allege=20, confirm=3)
    regions = region_counts(items, _REGIONS)
    assert all(regions[r] >= 1 for r in _REGIONS), regions
    # Israel and the Palestinian territories in at most 3 items
    assert sum(bool({"ISR", "PSE"} & {c["claimant_country"] for c in it["claims"]}) for it in items) <= 3
