"""Format checks for data/claims-eval/dev46.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from Europe and the Caucasus (the Balkans, Moldova and Transnistria, Georgia's breakaway regions,
Armenia-Azerbaijan, Northern Ireland, the Basque country, Turkey), Central and South Asia (the Kyrgyz-Tajik border,
Afghanistan, Khyber Pakhtunkhwa and Balochistan, Kashmir, Manipur, Sri Lanka, Bangladesh), East and Southeast Asia
(Myanmar, the South China Sea, the Korean border, southern Thailand, Mindanao, Papua) and the Americas (Mexico,
Colombia, Venezuela, Ecuador, Peru, Haiti, Honduras, Brazil's Amazon). Wire copy, local papers, radio bulletins, army
and ministry statements, court reports, rights-group reports, fact checks, press-conference transcripts and live
blogs; denials as they come, about ten items where one author makes several statements and a denial answers one of
them by each of rules 2-10 of the convention on which statement a denial answers (data/claims-eval/README.md); same
-country sides, speakers of no state and articles with no denial (no scores here; see the README, "dev46")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread,
                         check_denial_positions, check_denial_share, check_headline_second_denials, check_kind_details,
                         check_kind_labels, check_kind_minimums, check_labels, check_live_blog_stamps,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_titled, check_topic_only_denials, check_two_claims_one_author,
                         check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev46.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words", "two-claims-one-author-denied", "noun-picks-statement", "pronoun-denial",
                 "denial-of-denial"} | {f"convention-rule-{n}" for n in range(2, 11)}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|report|statements?|version|figures|"
                          r"testimony|post|propaganda|remarks|it)\b", re.I)
# a denial naming the claim's author: a person, a body, a side or a capital, in the possessive or as an adjective
_AUTHOR_ONLY = re.compile(r"\b(the family|the relatives|the committee|the lawyer|the party|the association|"
                          r"the Philippine|the federal|the commander|the spokesperson|the report disseminated)('s)?\b",
                          re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bArakan Army\b|\bAA\b|\bNational Resistance Front\b|\bELN\b|\bNational Liberation Army\b|"
                     r"\bViv Ansanm\b|\bBRN\b|\bTPNPB\b",
    "party-speaker": r"\bpart(y|ies)\b|\bbloc\b|\bCHP\b|\bAwami League\b|\bAlliance of Independent\b|\blawmaker\b",
    "separatist-speaker": r"\bbreakaway\b|\bde facto\b|\bTPNPB\b",
    "regional-government-speaker": r"\bBasque government\b|\bRepublika Srpska\b|\bBangsamoro\b|\bstate government\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bcouncil\b|\bunion\b|\bdesk\b|\bforum\b|"
                             r"\bnetwork\b|\bfederation\b|\bcooperative\b|\bstudents\b|\bbody\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bfather\b|\bmothers?\b|\bdaughter\b|"
                        r"\bsister\b|\bcousin\b|\bowner\b|\brefugees\b|\bfarmers\b|\bwoman\b|\bposts\b|\bpage\b",
    "elder-speaker": r"\belders?\b",
    "cleric-speaker": r"\bchurch\b|\bsynod\b|\bReverend\b",
    "company-speaker": r"\bcompany\b",
    "lawyer-speaker": r"\blawyers?\b|\bbarrister\b",
    "defendant-speaker": r"\bdenies the charges\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker", "cleric-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "europe-caucasus": {"XKX", "SRB", "BIH", "MDA", "GEO", "ARM", "AZE", "GBR", "ESP", "TUR"},
    "central-south-asia": {"KGZ", "TJK", "AFG", "PAK", "IND", "LKA", "BGD"},
    "east-southeast-asia": {"MMR", "CHN", "PHL", "VNM", "KOR", "THA", "IDN"},
    "americas": {"MEX", "COL", "VEN", "ECU", "PER", "HTI", "HND", "BRA", "DOM"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d46", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' ]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES, only_one=True)
    check_counter_accusations(items)
    check_live_blog_stamps(items, _TIMESTAMP)
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_author_only_denials(items, _AUTHOR_ONLY)
    check_two_claims_one_author(items)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false|a lie)", s) for s in deny_subs), it["id"]
        if kinds & {"convention-rule-5"}:
            # told before the claim it answers
            text = it["text"].lower()
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if kinds & {"convention-rule-2", "convention-rule-3", "convention-rule-4", "convention-rule-7",
                    "convention-rule-8"}:
            # the author of the answered statement makes two statements or more
            authors = {d.get("denies_claim_of_country") for d in it["denials"]}
            assert any(sum(c["claimant_country"] == a and c["stance"] != "deny" for c in it["claims"]) >= 2
                       for a in authors), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 12, "topic-only-denial": 25, "author-only-denial": 10, "denial-in-other-words": 4,
              "quoted-denial": 4, "headline-denial": 4, "denial-before-claim": 7, "two-denials-one-claim": 6,
              "counter-accusation": 8, "same-country-sides": 18, "one-author-several-statements": 15,
              "claim-of-no-country-denied": 14, "denier-of-no-country": 5, "denial-later-paragraph": 35,
              "no-denial": 5, "confirmation": 5, "transcript": 3, "live-blog": 3, "noun-picks-statement": 6,
              "two-claims-one-author-denied": 2, "two-claims-two-deniers": 2, "denial-of-denial": 1}
    wanted.update({f"convention-rule-{n}": 1 for n in range(2, 11)})
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=35, before_min=7)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.88, 0.92), total=(55, 60))
    check_country_spread(items, max_share=0.05, min_countries=38, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 11 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=2, max_share=0.2)
    check_stances(items, deny=55, allege=14, confirm=5)
    check_no_state_denials(items, by_no_country=5, of_no_country=14, same_country=20, items_with_null=35)
    check_same_country_items(items, 18)
