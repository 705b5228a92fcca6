"""Format checks for data/claims-eval/dev44.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from the regions the recent sets cover least: Southern Africa, the Gulf and Iran, Central Asia, the Andes
and the Southern Cone, Central America and the Caribbean, the Pacific islands, the Baltic and Nordic states, the
Western Balkans and the Sahara's borderlands. Wire copy, local papers, radio bulletins, army and ministry statements,
court reports, rights-group reports, fact checks, press-conference transcripts and live blogs; denials as they come,
about half of them topic-only ("rejected that account", "dismissed the figures") after one author's two to four
statements, labelled by session 18's convention; same-country sides, speakers of no state and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev44")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread,
                         check_denial_positions, check_denial_share, check_headline_second_denials, check_kind_details,
                         check_kind_labels, check_kind_minimums, check_labels, check_live_blog_stamps,
                         check_lone_denials, check_mention_denials, check_no_state_denials, check_null_speaker_kinds,
                         check_numbered, check_quoted_denials, check_same_country_items, check_speaker_words,
                         check_stances, check_style_is_a_kind, check_styles, check_titled, check_topic_only_denials,
                         check_two_claims_one_author, check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev44.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words", "lone-denial", "mention-in-denial", "two-claims-one-author-denied",
                 "noun-picks-statement", "pronoun-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|report|statement|version|figures|words|case|"
                          r"findings|charge|slander)\b", re.I)
# a denial naming the claim's author: a person, a body or a capital, in the possessive
_AUTHOR_ONLY = re.compile(r"\b(the chairman|the families|the Kuwaiti|the committee|the commander|the Security Service|"
                          r"the prosecution|the opposition|Port Sudan|the LNA|Swedish)('s)?\b")
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bIslamic State\b|\bELN\b|\bNational Liberation Army\b|\bViv Ansanm\b|\bRapid Support Forces\b|"
                     r"\bHouthi|\bterrorist",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bPUDEMO\b|\bMorales\b",
    "separatist-speaker": r"\bpro-independence\b",
    "regional-government-speaker": r"\bAutonomous\b|\bRepublika Srpska\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bunion\b|\bdesk\b|\bInstitute\b|"
                             r"\bLaw Society\b|\bcouncil\b|\bherders\b|\bHuman Rights Watch\b|\bAmnesty\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bfarmer\b|\bmother\b|\bwomen\b|"
                        r"\bherders\b|\bdrivers\b|\bex-combatants\b|\bvillagers\b|\bbrother\b|\bhealth worker\b",
    "elder-speaker": r"\belders\b|\blonko\b",
    "cleric-speaker": r"\bparish\b|\bchurch\b|\bDiocese\b",
    "company-speaker": r"\bcompany\b|\bmanager\b|\boperator\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bdenied working\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "southern-africa": {"MOZ", "ZWE", "ZMB", "SWZ", "MDG"},
    "gulf-iran": {"IRN", "BHR", "KWT", "IRQ", "SAU", "YEM", "ARE"},
    "central-asia": {"KAZ", "KGZ", "TJK", "UZB"},
    "andes-southern-cone": {"PER", "BOL", "CHL", "PRY", "ECU", "COL"},
    "central-america-caribbean": {"SLV", "HND", "GTM", "NIC", "HTI", "DOM", "PAN"},
    "pacific-islands": {"PNG", "SLB", "FRA", "IDN"},
    "baltic-nordic": {"FIN", "EST", "LTU", "LVA", "SWE", "NOR"},
    "western-balkans": {"XKX", "SRB", "BIH", "MNE", "MKD", "ALB"},
    "sahara-borderlands": {"MLI", "NER", "TCD", "LBY", "MRT", "SDN"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d44", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' ]+(, [A-Z][a-z]+)?, [A-Z][a-z]+\.? \d+ - ", it["text"]), it["id"]


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES, only_one=True)
    check_counter_accusations(items)
    check_live_blog_stamps(items, _TIMESTAMP)
    check_mention_denials(items, ("mention-in-denial",))
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_author_only_denials(items, _AUTHOR_ONLY)
    check_lone_denials(items, need_lone=True)
    check_two_claims_one_author(items)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            targets = [d["denies_content_contains"].lower() for d in it["denials"] if d.get("denies_content_contains")]
            assert any(t not in s.lower() and s.lower() not in t for t in targets for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "topic-only-denial": 20, "author-only-denial": 8, "denial-in-other-words": 5,
              "quoted-denial": 4, "headline-denial": 5, "denial-before-claim": 7, "two-denials-one-claim": 7,
              "counter-accusation": 10, "same-country-sides": 17, "one-author-several-statements": 15,
              "claim-of-no-country-denied": 12, "denier-of-no-country": 5, "denial-later-paragraph": 20,
              "lone-denial": 2, "no-denial": 5, "confirmation": 3, "transcript": 3, "live-blog": 3}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=20, before_min=7)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 62))
    check_country_spread(items, max_share=0.05, min_countries=45, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 4 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=2, max_share=0.2)
    check_stances(items, deny=55, allege=15, confirm=3)
    check_no_state_denials(items, by_no_country=5, of_no_country=12, items_with_null=30)
    check_same_country_items(items, 17)
