"""Format checks for data/claims-eval/heldout19.jsonl, a held-out set of short whole articles (5-13 sentences in 3-7
paragraphs) in plain news prose from every region: West and Central Africa, East Africa and the Horn, North Africa,
the Middle East, Europe and the Caucasus, Central, South and Southeast Asia, East Asia and the Pacific, the Americas.
Wire copy, local papers, radio bulletins, news sites, live blogs, army and ministry statements, court reports,
rights-group reports, fact checks and press-conference transcripts; denials however they come, with items for each
of the convention's rules on which of one author's statements a denial answers (data/claims-eval/README.md); same-
country sides, speakers of no state and articles with no denial. Held out: nothing here scores it (see the README's
"heldout19" section)."""
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
SET = ROOT / "data" / "claims-eval" / "heldout19.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "author-only-denial",
                 "denial-in-other-words", "lone-denial", "mention-in-denial", "two-claims-one-author-denied",
                 "noun-picks-statement", "pronoun-denial", "worded-first-told", "topic-first-statement",
                 "mention-retold", "own-role-denial", "accusation-not-lead", "denial-of-denial",
                 "headline-speaker-tag"}
# the kinds that stand for the convention's rules 2-10 (which of one author's statements a denial answers)
_RULE_KINDS = ("noun-picks-statement", "worded-first-told", "topic-first-statement", "denial-before-claim",
               "mention-retold", "own-role-denial", "accusation-not-lead", "denial-of-denial", "headline-speaker-tag")
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_DATELINE = re.compile(r"^[A-Z][A-Z'\- ]+(, [A-Z][a-z]+)?, [A-Z][a-z]+\.? \d+ - ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|report|statement|version|figures|toll|"
                          r"information|video)\b", re.I)
# a noun that picks out one of the author's statements ("those figures", "the death toll", "the drone")
_PICKING_NOUNS = re.compile(r"\b(figures|toll|drone|accusation)\b", re.I)
# a denial naming the claim's author: a person, a body or a capital, in the possessive or as an adjective
_AUTHOR_ONLY = re.compile(r"\b(the party's|Congolese|Algerian|Azerbaijan|the rebel|the governor's|the residents'|"
                          r"the secretary's)\b")
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bJNIM\b|\bAmbazonia\b|\bM23\b|\bFano\b|\bRapid Support Forces\b|\bHamas\b|\bHezbollah\b|"
                     r"\bDruze armed factions\b|\bHouthi|\bArakan Army\b|\bTPNPB\b|\bELN\b|\bViv Ansanm\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bAwami League\b",
    "separatist-speaker": r"\bpro-independence\b",
    "regional-government-speaker": r"\bJubaland\b|\bKurdistan Region\b|\bregional government\b",
    "civil-society-speaker": r"\bgroup\b|\bassociations?\b|\bunion\b|\bdesk\b|\bcollective\b|\bnetwork\b|"
                             r"\bHuman Rights\b|\bCommittee\b|\bCouncil\b|\bAegean Boat Report\b|\bSea-Watch\b|"
                             r"\bEmergency Lawyers\b|\bEgyptian Initiative\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bsurvivors\b|\bmother\b|\bsister\b|"
                        r"\bhealth worker\b|\bdoctor\b",
    "elder-speaker": r"\belders\b|\bclan\b",
    "cleric-speaker": r"\bmonk\b|\bpastor\b|\bCatholic Church\b",
    "company-speaker": r"\boperator\b",
    "lawyer-speaker": r"\blawyers?\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "BFA", "CMR", "SEN", "GIN", "CAF", "COD", "RWA"},
    "east-africa-horn": {"ETH", "SOM", "SDN", "SSD", "KEN", "TZA"},
    "north-africa": {"LBY", "EGY", "TUN", "DZA", "MAR", "MRT"},
    "middle-east": {"ISR", "PSE", "LBN", "SYR", "IRQ", "YEM", "IRN"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "SRB", "XKX", "POL", "BLR", "GRC", "RUS", "UKR"},
    "central-south-southeast-asia": {"PAK", "IND", "AFG", "MMR", "BGD", "TJK", "THA", "KHM"},
    "east-asia-pacific": {"CHN", "TWN", "PHL", "PRK", "KOR", "JPN", "IDN", "PNG", "FRA"},
    "americas": {"MEX", "COL", "HTI", "VEN", "ECU", "BRA"},
}


items = items_fixture(SET)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _body_claims(it: dict) -> list[dict]:
    """The item's statements told in its body (not in a title line), in text order."""
    text, head = it["text"], it["text"].split("\n\n")[0]
    start = len(head) if not head.endswith(".") else 0
    claims = [c for c in it["claims"] if _pos(text, c["content_contains"]) >= start]
    return sorted(claims, key=lambda c: _pos(text, c["content_contains"]))


def test_size_and_ids(items):
    check_numbered(items, "h19", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        assert it["published"].startswith("2026-"), it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert _DATELINE.match(it["text"]), it["id"]


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
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(d["denies_content_contains"].lower() not in s.lower()
                       and s.lower() not in d["denies_content_contains"].lower()
                       for d in targets for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "noun-picks-statement" in kinds:
            assert any(_PICKING_NOUNS.search(s) for s in deny_subs), it["id"]
        if kinds & {"worded-first-told", "topic-first-statement"}:
            # the denial answers its author's first statement told in the body
            firsts = {}
            for c in _body_claims(it):
                if c["stance"] != "deny":
                    firsts.setdefault(c["claimant_country"], c["content_contains"])
            assert any(d.get("denies_claim_of_country", "?") in firsts and
                       d["denies_content_contains"] in firsts[d["denies_claim_of_country"]] for d in targets), it["id"]
        if "accusation-not-lead" in kinds:
            # the answered statement comes after an earlier statement of the same author
            assert any(any(c["claimant_country"] == d.get("denies_claim_of_country") and c["stance"] != "deny"
                           and _pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                           for c in it["claims"]) for d in targets), it["id"]
        if "mention-retold" in kinds:
            # a denial told before the claim mentions it, and answers the author's own statement told after it
            assert any(_pos(text, s) < _pos(text, d["denies_content_contains"])
                       and d["denies_content_contains"].lower() not in s.lower()
                       for d in targets for s in deny_subs), it["id"]
        if "headline-speaker-tag" in kinds:
            # a tagged headline is its speaker's statement; the denial answers the body's statement
            head = text.split("\n\n")[0]
            assert re.search(r"\bsays\b", head) and not head.endswith("."), it["id"]
            assert any(c["content_contains"] in head and c["stance"] != "deny" for c in it["claims"]), it["id"]
            assert all(d["denies_content_contains"] not in head for d in targets), it["id"]
        if "own-role-denial" in kinds:
            assert any(re.search(r"\b(any|its|their|starting|targeting|carrying out|involvement|role)\b", s)
                       for s in deny_subs), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 20, "topic-only-denial": 15, "author-only-denial": 5, "denial-in-other-words": 5,
              "quoted-denial": 5, "headline-denial": 5, "denial-before-claim": 8, "two-denials-one-claim": 6,
              "counter-accusation": 15, "same-country-sides": 17, "one-author-several-statements": 12,
              "claim-of-no-country-denied": 12, "denier-of-no-country": 4, "denial-later-paragraph": 25,
              "lone-denial": 2, "no-denial": 5, "confirmation": 3, "transcript": 3, "live-blog": 4,
              "mention-in-denial": 2, "pronoun-denial": 2, "negated-neutral": 10, "non-denial": 3,
              "contradicting-account": 3}
    check_kind_minimums(items, wanted)
    # each of the convention's rules 2-10 is exercised, most of them more than once
    check_kind_minimums(items, dict.fromkeys(_RULE_KINDS, 2))
    check_kind_minimums(items, {"noun-picks-statement": 4, "worded-first-told": 4, "topic-first-statement": 4,
                                "mention-retold": 4, "own-role-denial": 4})
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=30, before_min=10)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 62))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 6 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=3, max_share=0.15)
    check_stances(items, deny=55, allege=25, confirm=3)
    check_no_state_denials(items, by_no_country=5, of_no_country=15, same_country=20, items_with_null=35)
    check_same_country_items(items, 17)
