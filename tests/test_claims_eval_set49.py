"""Format checks for data/claims-eval/dev42.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) as wire services, local papers, radio bulletins, live blogs, army and ministry statements, court reports,
rights-group reports, fact checks and press-conference transcripts write them, from East Africa and the Horn, South
and Central Asia, East and Southeast Asia and the Pacific, and the Americas: denials as they come (flat, topic-only,
naming only the claim's author, in other words, quoted, in the headline, told before the claim, two of one claim),
one author's several statements of which a denial answers one (session 18's convention), same-country sides,
speakers of no state and articles with no denial (no scores here; see data/claims-eval/README.md, "dev42")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread,
                         check_denial_positions, check_denial_share, check_headline_second_denials, check_kind_details,
                         check_kind_labels, check_kind_minimums, check_labels, check_lone_denials,
                         check_mention_denials, check_no_state_denials, check_null_speaker_kinds, check_numbered,
                         check_quoted_denials, check_same_country_items, check_speaker_words, check_stances,
                         check_style_is_a_kind, check_styles, check_titled, check_topic_only_denials,
                         check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev42.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words", "lone-denial", "denial-of-denial", "mention-in-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|accounts?|claims?|reports?|statements?|version|figures?|"
                          r"words|story|findings|charge|video)\b", re.I)
# a denial naming the claim's author: a capital, a person or a body, in the possessive
_AUTHOR_ONLY = re.compile(r"\b(Kabul|Chowdhury|the minister|the residents|the family|the Guard|the governor|"
                          r"the protesters|the confederation|the mission)'s?")
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bFano\b|\bAl-Shabaab\b|\bArmy\b|\bgroup\b|\bfront\b|\bgang\b|\bOLA\b|\bELN\b|\bMILF\b|"
                     r"\bSPLM-IO\b|\bMilitarized Communist Party\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bNational Unity Platform\b|\bChadema\b",
    "separatist-speaker": r"\bseparatists?\b|\bpro-independence\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bstate prosecutor\b|\bPuntland\b|\bgovernor\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bcoalition\b|\bcooperative\b|\bdiocese\b|"
                             r"\bcollective\b|\bdesk\b|\bnetwork\b|\bmovement\b|\bcivil society\b|\bconfederation\b|"
                             r"\bjustice and peace office\b|\bRed Cross\b|\bleaders of the protest\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bfarmer\b|\bfishermen\b|\bmother\b|"
                        r"\bwife\b|\bbrother\b|\buncle\b|\bnurse\b|\bdoctor\b|\bworkers\b|\bteacher\b|\bvillager\b|"
                        r"\btraders\b",
    "elder-speaker": r"\belders?\b",
    "lawyer-speaker": r"\blawyer\b|\bcounsel\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "east-africa-horn": {"ETH", "ERI", "SOM", "SSD", "KEN", "UGA", "MOZ", "TZA", "RWA", "COD"},
    "south-central-asia": {"PAK", "IND", "BGD", "AFG", "TJK", "KGZ", "IRN"},
    "east-southeast-asia-pacific": {"PRK", "KOR", "CHN", "PHL", "VNM", "MYS", "MMR", "IDN", "JPN", "PNG", "FRA"},
    "americas": {"MEX", "COL", "ECU", "HTI", "HND", "BRA", "PER"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d42", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        if it["style"] in ("wire", "news-site", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' /-]+(, [A-Z][a-z]+)*(, [A-Z][a-z]+ \d+)? (\([A-Za-z ]+\) )?- ",
                            it["text"]) or not it["text"].split("\n\n")[0].endswith("."), it["id"]


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES)
    check_counter_accusations(items)
    check_mention_denials(items, ("mention-in-denial",))
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_author_only_denials(items, _AUTHOR_ONLY)
    check_lone_denials(items, need_lone=True)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            targets = [d["denies_content_contains"].lower() for d in it["denials"] if d.get("denies_content_contains")]
            assert any(t not in s.lower() and s.lower() not in t for t in targets for s in deny_subs), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "topic-only-denial": 15, "author-only-denial": 8, "denial-in-other-words": 6,
              "quoted-denial": 6, "headline-denial": 4, "denial-before-claim": 5, "two-denials-one-claim": 7,
              "counter-accusation": 8, "same-country-sides": 18, "one-author-several-statements": 8,
              "claim-of-no-country-denied": 12, "denier-of-no-country": 4, "denial-later-paragraph": 8,
              "lone-denial": 2, "no-denial": 5, "confirmation": 3, "transcript": 2, "live-blog": 2}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=15, before_min=5)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 62))
    check_country_spread(items, max_share=0.05, min_countries=30, max_russia_ukraine=0)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 10 for n in regions.values()), regions
    check_styles(items, at_least=10, max_share=0.3)
    check_stances(items, deny=55, allege=12, confirm=3)
    check_no_state_denials(items, items_with_null=30)
    # same-country sides: a denial between two sides of one country in about 20 items
    check_same_country_items(items, 18)
