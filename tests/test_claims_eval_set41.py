"""Format checks for data/claims-eval/dev35.jsonl, a development set of whole short articles in plain news prose
from Latin America and the Caribbean, South Asia, Southeast Asia and the Pacific, and the Caucasus and Central Asia:
denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline
denial, a counter-accusation, two denials of one claim, a denial that refutes the claim in other words, a lone
denial of an implied claim, a denial naming its claim's author), same-country sides, speakers of no state, chained
reports, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev35")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread, check_denial_positions,
                         check_denial_share, check_headline_second_denials, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_mention_denials, check_no_state_denials,
                         check_null_speaker_kinds, check_numbered, check_qa_turns, check_speaker_kind_count,
                         check_speaker_words, check_stances, check_style_kinds, check_styles, check_titled,
                         check_topic_only_denials, check_two_claims_one_author, check_varied_lengths,
                         check_whole_articles, items_fixture, region_counts)

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


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d35")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=12, long_items=8)
    for it in items:
        assert it["outlet"] is None or (isinstance(it["outlet"], str) and it["outlet"]), it["id"]


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_mention_denials(items, ("mention-denial", "lone-denial", "named-author-in-denial"))
    check_two_claims_one_author(items)
    check_speaker_words(items, _SPEAKER_WORDS, case_sensitive=("rebel-speaker", "regional-government-speaker"))
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        if "named-author-in-denial" in kinds:
            assert any(d.get("denies_content_contains") in deny_subs and d.get("denies_claim_of_country")
                       for d in it["denials"]), it["id"]
        if "paraphrased-denial" in kinds:
            # the denial says it in other words: at most half of the denied words' content words come back in it
            def overlap(d, s):
                target = set(_WORD.findall(d["denies_content_contains"].lower()))
                return len(target & set(_WORD.findall(s.lower()))) <= len(target) / 2
            assert any(overlap(d, s) for d in it["denials"] if d.get("denies_content_contains")
                       for s in deny_subs), it["id"]
        if "anaphoric-denial" in kinds:
            assert any(re.search(r"\b(this|that|it)$", s) for s in deny_subs), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "one-author-several-statements": 20, "topic-only-denial": 18,
              "same-country-sides": 18, "two-denials-one-claim": 6, "denial-later-paragraph": 12,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 10, "chained-report": 4,
              "headline-denial": 6, "denier-of-no-country": 4, "denial-before-claim": 5, "paraphrased-denial": 10,
              "lone-denial": 3, "named-author-in-denial": 3}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=18)
    check_headline_second_denials(items, minimum=6)
    check_denial_positions(items, later_min=45, before_min=20)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=6, of_no_country=15, same_country=28, items_with_null=25)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 12)


def test_mix_of_denials_styles_regions_and_countries(items):
    check_denial_share(items, (0.8, 0.9), total=(55, 70))
    check_country_spread(items, min_countries=38, max_russia_ukraine=0)
    check_styles(items, at_least=10, wire_share=0.6)
    check_stances(items, deny=55, allege=20, confirm=4)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 6 for name in _REGIONS), regions
