"""Format checks for data/claims-eval/dev37.jsonl, a development set of whole short articles in plain news prose
from the Middle East and North Africa, Central and East Africa, Europe and the Caucasus and East Asia: denials come
however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline denial, a
counter-accusation, two denials of one claim, a denial before its claim, a lone denial, a denial in other words), and
in particular accusations made in a relative clause ("an attack which the army blamed on X", "a report that accuses
soldiers of killing …") and denials that call a claim untrue without a denial verb ("was inaccurate", "an attempt to
mislead", "part of a campaign against us"); same-country sides, speakers of no state, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev37")."""
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
                         check_whole_articles, items_fixture, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev37.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "two-claims-one-author-denied", "denial-names-author", "reworded-denial",
                 "verbless-denial", "deny-in-quote"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or the speaker's name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"numbers?|findings|charges?|case)\b", re.I)
# a relative clause that accuses: "…, which the government blamed on …", "a report … that accuses soldiers of …"
_RELATIVE_ACCUSATION = re.compile(r"\b(which|that)\b[^.]{0,80}?\b(blamed|accuses)\b")
# words that call a claim untrue without a denial verb, and the denial verbs such a sentence must not hold
_UNTRUE = re.compile(r"inaccurate|an attempt to|part of a campaign|does not match|did not square|did not correspond|"
                     r"disinformation|untrue|a lie\b|fantasy|baseless|groundless|\bfalse\b|a pretext|propaganda|"
                     r"fiction|a script|persecution|not credible|recycled|a habit of blaming|contradicted by", re.I)
_DENIAL_VERB = re.compile(r"\b(den(y|ies|ied)|reject\w*|dismiss\w*|disput\w*|refut\w*)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind (case-sensitive where marked)
_SPEAKER_WORDS = {
    "rebel-speaker": (r"\brebels?\b|\bfighters?\b|\bForces\b|\bgroup\b|\bLNA\b", 0),
    "armed-group-speaker": (r"\bForces\b", 0),
    "militia-speaker": (r"\bfactions?\b|\bmilitias?\b", re.I),
    "party-speaker": (r"\bpart(y|ies)\b|\bopposition\b", re.I),
    "regional-government-speaker": (r"\bregional\b|\bprovincial\b|\bentity\b|\bautonomous\b", re.I),
    "breakaway-speaker": (r"\bbreakaway\b", re.I),
    "civil-society-speaker": (r"\bgroups?\b|\bassociation\b|\bfoundation\b|\bnetwork\b|\bcharity\b|\bcivil society\b|"
                              r"\bcooperative\b|\bAmnesty\b|\bTransparency\b", re.I),
    "resident-speaker": (r"\bresidents?\b|\brelatives\b|\bfamil(y|ies)\b|\bmother\b|\bwife\b|\bnurse\b|\bdoctors\b|"
                         r"\bwitnesses\b", re.I),
    "elder-speaker": (r"\belders?\b", re.I),
    "refugee-speaker": (r"\brefugees?\b", re.I),
    "lawyer-speaker": (r"\blawyers?\b", re.I),
    "defendant-speaker": (r"\bpleaded not guilty\b|\btold the (High Court|judges)\b", 0),
    "company-speaker": (r"\bcompany\b", re.I),
    "cleric-speaker": (r"\bpriest\b", re.I),
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "refugee-speaker",
                       "company-speaker", "cleric-speaker"}
_STYLES = ("local-paper", "radio", "live-blog", "ministry-statement", "army-communique", "court", "fact-check",
           "ngo-report", "ngo-press-release", "news-site", "press-conference")
_REGIONS = {
    "middle-east-north-africa": {"LBY", "EGY", "IRQ", "SYR", "YEM", "IRN", "TUR", "ISR", "SAU", "AFG", "PAK", "QAT"},
    "central-east-africa": {"COD", "CAF", "SSD", "SDN", "ETH", "SOM", "KEN", "UGA", "RWA", "BDI", "TCD", "ERI"},
    "europe-caucasus": {"GEO", "ARM", "AZE", "XKX", "SRB", "BIH", "MDA", "RUS", "UKR", "ITA", "DEU"},
    "east-asia": {"CHN", "TWN", "PRK", "KOR", "JPN", "PHL", "VNM", "IND"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d37", size=(50, 50))


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
    for it in items:
        kinds = set(it["kinds"])
        if "relative-clause-accusation" in kinds:
            # the accusation sits in a relative clause and is an allege statement of its own
            assert _RELATIVE_ACCUSATION.search(it["text"]), it["id"]
            assert any(c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "verbless-denial" in kinds:
            # a sentence holding a deny statement calls the claim untrue with no denial verb
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(s in sent and _UNTRUE.search(sent) and not _DENIAL_VERB.search(sent)
                       for s in deny_subs for sent in sentences(it["text"])), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 10, "one-author-several-statements": 12, "topic-only-denial": 25,
              "same-country-sides": 18, "two-denials-one-claim": 6, "denial-later-paragraph": 20,
              "counter-accusation": 8, "no-denial": 5, "claim-of-no-country-denied": 10, "chained-report": 3,
              "headline-denial": 5, "denier-of-no-country": 6, "denial-before-claim": 5, "lone-denial": 2,
              "mention-denial": 3, "denial-names-author": 8, "reworded-denial": 5, "negated-neutral": 15,
              "contradicting-account": 12, "non-denial": 8, "confirmation": 4, "relative-clause-accusation": 5,
              "verbless-denial": 20}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=25)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=45, before_min=15)


def test_speakers_of_no_state(items):
    check_no_state_denials(items, by_no_country=8, of_no_country=10, same_country=20, named_same_country=True,
                           items_with_null=28)
    check_speaker_kind_count(items, _SPEAKER_WORDS, 12)


def test_mix_of_denials_styles_regions_and_countries(items):
    check_denial_share(items, (0.84, 0.92), total=(55, 60))
    check_country_spread(items, min_countries=42, max_russia_ukraine=2)
    check_styles(items, exactly=12, wire_share=0.55)
    check_stances(items, deny=55, allege=20, confirm=4)
    regions = region_counts(items, _REGIONS)
    assert all(regions[name] >= 9 for name in _REGIONS), regions
