"""Format checks for data/claims-eval/dev49.jsonl, a development set of longer whole articles (8-16 sentences in 4-8
paragraphs) from every region (West and Central Africa, East Africa and the Horn, North Africa, the Middle East,
Europe and the Caucasus, Central, South and Southeast Asia, East Asia and the Pacific, the Americas) with two or three
speakers on each side making several statements, written to test which of several statements a denial answers and
weighted to the cases of the which-statement convention (data/claims-eval/README.md) that sitrep missed most: rule 5
(a denial told before the claim it answers), rule 9 (a denial of a denial, mostly worded without the word "denial"
in the answered statement's own sentence), rule 2 (a noun that picks out one of several statements) and rule 8 (an
event-only lead, then the explicit accusation). Wire copy, local papers, radio bulletins, ministry and army
statements, court reports, rights-group reports, a fact check, a press-conference transcript, news sites and live
blogs (no scores here; see data/claims-eval/README.md, "dev49")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_live_blog_stamps, check_lone_denials, check_mention_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_titled, check_topic_only_denials, check_two_claims_one_author,
                         check_whole_articles, items_fixture, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev49.jsonl"
_DENIAL_KINDS = {"headline-denial", "denial-later-paragraph", "two-denials-one-claim", "topic-only-denial",
                 "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation", "denial-before-claim",
                 "two-claims-two-deniers", "quoted-denial", "denial-in-other-words", "lone-denial",
                 "mention-in-denial", "two-claims-one-author-denied", "noun-picks-statement",
                 "worded-denial-first-told", "own-role-denial", "event-only-lead", "denial-of-denial"}
# the which-statement convention's rules 2-9, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|report|statement|version|figures?|finding|"
                          r"toll|false|story)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "any of its drones"
_OWN_ROLE = re.compile(r"\b(any (involvement|part|role)|nothing to do with|any of its drones|any patrol had been)\b",
                       re.I)
# a denial of a denial worded as a rejection of the other side's version, explanation or denial
_DENIAL_OF_DENIAL = re.compile(r"\b(version|explanation|denial)\b", re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bAmbazonia|\bM23\b|\bFano\b|\bKhawarij\b|\bSPLA-IO\b|\bRapid Support Forces\b|"
                     r"\bKataib Hezbollah\b|\bSyrian Democratic Forces\b|\bHouthi|\bHezbollah\b|"
                     r"\bBaloch Liberation Army\b|\bMaoist\b|\bArakan Army\b|\bTTP\b|\bELN\b|\bViv Ansanm\b|"
                     r"\bBRN\b|\bCoalition of Patriots\b",
    "party-speaker": r"\bparty\b|\bopposition\b|\bSerb List\b|\bKuomintang\b|\bVente Venezuela\b",
    "separatist-speaker": r"\bWest Papua National Liberation Army\b",
    "regional-government-speaker": r"\bKurdistan Regional Government\b|\bautonomous administration\b|"
                                   r"\bRepublika Srpska\b",
    "civil-society-speaker": r"\bassociation\b|\bgroup\b|\bunion\b|\bforum\b|\bnetwork\b|\bcommittee\b|\bcouncil\b|"
                             r"\bdesk\b|\bcentre\b|\bcooperative\b|\bcommunity\b|\bForo Penal\b|\bYesh Din\b|"
                             r"\bMedico-Legal\b|\bKolektif\b|\bForest Watch\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bmothers?\b|\bbrothers?\b|\bwife\b|"
                        r"\bnurse\b|\bdoctors?\b|\btrader\b|\bsurvivor\b|\bmigrant\b|\bvillagers\b|\bfarmer\b|"
                        r"\bshopkeeper\b|\bvendor\b|\bheadman\b|\bpassenger\b|\bbaker\b",
    "elder-speaker": r"\belders\b",
    "cleric-speaker": r"\bparish\b|\bchurch\b|\bdiocese\b",
    "company-speaker": r"\bcompany\b|\bowner\b|\bbusiness\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bon trial\b|\bappeared by video link\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker",
                       "cleric-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "CMR", "BFA", "COD", "CAF", "GIN"},
    "east-africa-horn": {"ETH", "SOM", "KEN", "SSD", "UGA", "MOZ", "RWA"},
    "north-africa": {"LBY", "SDN", "EGY", "TUN", "MAR", "DZA", "MLI"},
    "middle-east": {"IRQ", "TUR", "SYR", "YEM", "LBN", "ISR", "IRN", "PSE"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "XKX", "SRB", "BIH", "POL", "BLR", "RUS", "UKR"},
    "central-south-southeast-asia": {"PAK", "IND", "MMR", "BGD", "AFG", "KGZ", "TJK", "THA"},
    "east-asia-pacific": {"PHL", "CHN", "TWN", "JPN", "KOR", "PRK", "IDN", "PNG", "VNM"},
    "americas": {"COL", "MEX", "HTI", "ECU", "VEN", "BRA", "HND", "USA"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d49", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_longer_whole_articles(items):
    check_whole_articles(items, paragraphs=(4, 8), sents=(8, 16), stamp=_TIMESTAMP)
    check_titled(items)
    lengths = [len(sentences(it["text"])) for it in items]
    assert sum(lengths) / len(lengths) >= 8.5, lengths
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


def test_several_speakers_with_several_statements(items):
    """Longer stories: every item holds eight claims or more, and in every one an author's side makes three or more."""
    assert all(len(it["claims"]) >= 8 for it in items)
    assert all(max(Counter(c["claimant_country"] for c in it["claims"]).values()) >= 3 for it in items)


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
    check_lone_denials(items, need_lone=True)
    check_two_claims_one_author(items)
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(_OWN_ROLE.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "denial-of-denial" in kinds:
            # rule 9: the second denial rejects the first one's "version", "explanation" or "denial"
            assert any(_DENIAL_OF_DENIAL.search(s) for s in deny_subs), it["id"]
        if "denial-before-claim" in kinds:
            # rule 5: a deny statement told before the statement it answers, which is another author's
            assert any(text.index(s.lower()) < text.index(t.lower()) for s in deny_subs for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 8, it["id"]


def test_the_ways_denials_come(items):
    wanted = {"topic-only-denial": 18, "denial-in-other-words": 5, "quoted-denial": 2, "headline-denial": 2,
              "two-denials-one-claim": 4, "counter-accusation": 10, "same-country-sides": 18,
              "one-author-several-statements": 40, "claim-of-no-country-denied": 12, "denier-of-no-country": 6,
              "denial-later-paragraph": 35, "lone-denial": 2, "no-denial": 5, "confirmation": 2, "transcript": 1,
              "live-blog": 2, "two-claims-one-author-denied": 6, "two-claims-two-deniers": 2, "non-denial": 6,
              "negated-neutral": 15}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention twice or more; the four the brief weights, as it asked
    check_kind_minimums(items, {kind: 2 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[5]: 6, _RULE_KINDS[9]: 6, _RULE_KINDS[2]: 6, _RULE_KINDS[8]: 5})
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=18)
    check_headline_second_denials(items, minimum=2)
    check_denial_positions(items, later_min=35, before_min=8)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(60, 80))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 6 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=1, max_share=0.45)
    check_stances(items, deny=60, allege=28, confirm=3)
    check_no_state_denials(items, by_no_country=6, of_no_country=14, items_with_null=45)
    check_same_country_items(items, 18)
