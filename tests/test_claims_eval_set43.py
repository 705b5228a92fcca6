"""Format checks for data/claims-eval/heldout17.jsonl, a held-out set of whole short articles in plain news prose
from every region (West and Central Africa, East Africa and the Horn, North Africa, the Middle East, Europe and the
Caucasus, Central, South and Southeast Asia, East Asia and the Pacific, the Americas): denials come however they come
(a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a counter-accusation, two
denials of one claim, a denial before its claim, a denial naming its claim's author, a lone denial, a denial in other
words), same-country sides, speakers of no state, and articles with no denial. No scores here: the set is held out
(see data/claims-eval/README.md, "heldout17")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_chained_reports, check_counter_accusations, check_country_spread,
                         check_denial_names_author, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_mention_denials, check_no_state_denials, check_null_speaker_kinds,
                         check_numbered, check_qa_turns, check_reworded_denials, check_speaker_kind_count,
                         check_speaker_words, check_stances, check_style_kinds, check_styles, check_titled,
                         check_topic_only_denials, check_two_claims_one_author, check_varied_lengths,
                         check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout17.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "two-claims-one-author-denied", "denial-names-author", "reworded-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or the speaker's name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"evidence|findings|charges|photographs|video)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind (case-sensitive where marked)
_SPEAKER_WORDS = {
    "rebel-speaker": (r"\brebels?\b|\bfighters?\b|\bForces\b|\bguerrillas\b|\bArmy\b|\bBrigade\b|\bSPLM-IO\b", 0),
    "militia-speaker": (r"\bmilitia\b", re.I),
    "armed-group-speaker": (r"\bforce\b", 0),
    "gang-speaker": (r"\bgang\b", re.I),
    "party-speaker": (r"\bpart(y|ies)\b|\bopposition\b", re.I),
    "regional-government-speaker": (r"\bregional\b", re.I),
    "breakaway-speaker": (r"\bbreakaway\b", re.I),
    "civil-society-speaker": (r"\bgroup\b|\bassociation\b|\bunion\b|\bmovement\b|\bcentre\b|\bcommittee\b|"
                              r"\bcouncil\b|\bfoundation\b|\balliance\b|\bAmnesty\b|\bboard\b", re.I),
    "resident-speaker": (r"\bresidents?\b|\brelatives\b|\bfamily\b|\bmother\b|\bson\b|\bfather\b|\bsurvivors?\b|"
                         r"\bteacher\b|\btrader\b|\bherders?\b|\bdoctors?\b", re.I),
    "elder-speaker": (r"\belders?\b|\btribal\b", re.I),
    "refugee-speaker": (r"\brefugees?\b", re.I),
    "lawyer-speaker": (r"\blawyers?\b", re.I),
    "defendant-speaker": (r"\bdock\b|\brejected the charges\b", re.I),
    "company-speaker": (r"\bcompany\b|\bfirm\b", re.I),
    "cleric-speaker": (r"\bpriest\b|\bPastor\b|\bchurch leader\b", 0),
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "refugee-speaker",
                       "company-speaker", "cleric-speaker"}
_STYLES = ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "army-communique", "court",
           "fact-check", "ngo-report", "news-site", "press-conference")
_REGIONS = {
    "west-central-africa": {"NGA", "CMR", "BFA", "TCD", "BEN", "NER", "GIN", "MLI", "MRT"},
    "east-africa-horn": {"SDN", "SSD", "ETH", "SOM", "KEN", "MOZ"},
    "north-africa": {"LBY", "DZA", "MAR", "EGY", "TUN", "MRT"},
    "middle-east": {"IRQ", "SYR", "TUR", "YEM", "ISR", "IRN", "PSE", "LBN"},
    "europe-caucasus": {"XKX", "SRB", "GEO", "ARM", "AZE", "UKR", "RUS", "LTU", "BLR", "CYP"},
    "central-south-southeast-asia": {"PAK", "IND", "MMR", "IDN", "KGZ", "TJK", "BGD", "THA", "KHM", "MYS"},
    "east-asia-pacific": {"CHN", "PHL", "JPN", "PRK", "KOR", "TWN", "SLB", "AUS"},
    "americas": {"MEX", "COL", "HTI", "ECU", "VEN", "GUY", "PER", "BRA"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "h17", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    check_varied_lengths(items, shortest=5, longest=12, long_items=6)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_kinds(items, _STYLES)
    check_counter_accusations(items)
    check_chained_reports(items)
    check_qa_turns(items, _QA_TURN)
    check_mention_denials(items)
    check_two_claims_one_author(items)
    check_denial_names_author(items)
    check_reworded_denials(items)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 12, "one-author-several-statements": 10, "topic-only-denial": 20,
              "same-country-sides": 15, "two-denials-one-claim": 6, "denial-later-paragraph": 20,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 12, "chained-report": 2,
              "headline-denial": 5, "denier-of-no-country": 5, "denial-before-claim": 6, "lone-denial": 3,
              "mention-denial": 3, "denial-names-author": 5, "reworded-denial": 5, "negated-neutral": 10,
              "contradicting-account": 10, "non-denial": 5, "confirmation": 4}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=35, before_min=12)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=8, of_no_country=12, same_country=18, named_same_country=True,
                           items_with_null=28)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 12)


def test_mix_of_denials_styles_regions_and_countries(items):
    check_denial_share(items, (0.8, 0.92), total=(55, 62))
    check_country_spread(items, min_countries=60, max_russia_ukraine=1)
    check_styles(items, exactly=12, min_each=3, wire_share=0.4)
    check_stances(items, deny=50, allege=25, confirm=4)
    regions = region_counts(items, _REGIONS)
    assert all(5 <= regions[name] <= 9 for name in _REGIONS), regions
