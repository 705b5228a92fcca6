"""Format checks for data/claims-eval/heldout20.jsonl, a held-out set of short whole articles (5-13 sentences in 3-7
paragraphs) in plain news prose from every region (West and Central Africa, East Africa and the Horn, North Africa,
the Middle East, Europe and the Caucasus, Central, South and Southeast Asia, East Asia and the Pacific, the Americas),
denials as they come, with items for each rule of the which-statement convention (data/claims-eval/README.md): wire
copy, local papers, radio bulletins, live blogs, army and ministry statements, court reports, rights-group reports,
fact checks, news sites and press-conference transcripts. Held out: no scores here and none looked at per item (see
data/claims-eval/README.md, "heldout20")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from claims_sets import (check_counter_accusations, check_country_spread, check_denial_positions, check_denial_share,
                         check_headline_second_denials, check_kind_details, check_kind_labels, check_kind_minimums,
                         check_labels, check_live_blog_stamps, check_lone_denials, check_mention_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_same_country_items, check_speaker_words, check_stances, check_style_is_a_kind,
                         check_styles, check_third_party_speakers, check_titled, check_topic_only_denials,
                         check_two_claims_one_author, check_whole_articles, items_fixture, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout20.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "denial-in-other-words",
                 "lone-denial", "mention-in-denial", "two-claims-one-author-denied", "noun-picks-statement",
                 "pronoun-denial", "worded-denial-first-told", "own-role-denial", "event-only-lead",
                 "denial-of-denial", "denial-names-author", "mention-retold", "attributed-in-denial-sentence"}
# the which-statement convention's rules 2-9, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statement|version|figures?|"
                          r"findings|charges?|denial|story)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "denied ever buying ..."
_OWN_ROLE = re.compile(r"\b(any (involvement|Ukrainian role|soldier had fired)|its officers had shot|"
                       r"ever (buying|giving)|firing on the camp|its drones had hit|nothing to do with|"
                       r"ordering any files)\b", re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bAmbazonia|\bFano\b|\bal-Shabaab\b|\bSPLA-IO\b|\bRapid Support Forces\b|\bKataib Hezbollah\b|"
                     r"\bHouthi|\bSyrian Democratic Forces\b|\bHezbollah\b|\bM23\b|\bArakan Army\b|"
                     r"\bNational Resistance Front\b|\bELN\b|\bViv Ansanm\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bPNDS\b",
    "separatist-speaker": r"\bpro-independence\b|\bWest Papua National Liberation Army\b",
    "regional-government-speaker": r"\bKurdistan Regional Government\b|\bTiraspol\b|\bGovernment of National Unity\b|"
                                   r"\bRepublika Srpska government\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bunion\b|\bdesk\b|\bforum\b|\bcoalition\b|"
                             r"\bfederation\b|\bcooperative\b|\bAmnesty International\b|\bHengaw\b|\bKuki Inpi\b|"
                             r"\bUN human rights office\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\buncle\b|\bnurse\b|\bdoctors?\b|"
                        r"\btraders\b|\bvillagers\b|\bshopkeeper\b|\bsurvivors\b|\bfarmer\b",
    "elder-speaker": r"\belders\b",
    "cleric-speaker": r"\bchurch\b",
    "company-speaker": r"\bcompany\b|\boperator\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bdenied (ever|ordering)\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker",
                       "cleric-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "BFA", "CMR", "COD", "RWA", "CAF", "NER"},
    "east-africa-horn": {"ETH", "SOM", "KEN", "SSD", "UGA", "MOZ"},
    "north-africa": {"EGY", "TUN", "LBY", "SDN", "DZA", "MAR", "MRT", "MLI"},
    "middle-east": {"IRQ", "YEM", "SYR", "TUR", "LBN", "ISR", "IRN", "PSE"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "SRB", "XKX", "BIH", "RUS", "UKR", "MDA"},
    "central-south-southeast-asia": {"PAK", "IND", "MMR", "AFG", "KGZ", "TJK", "BGD", "THA"},
    "east-asia-pacific": {"PHL", "CHN", "KOR", "PRK", "JPN", "TWN", "IDN", "PNG", "FRA"},
    "americas": {"COL", "MEX", "ECU", "HTI", "GUY", "VEN", "PER", "HND"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "h20", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    lengths = [len(sentences(it["text"])) for it in items]
    assert len(set(lengths)) >= 5 and max(Counter(lengths).values()) <= 0.4 * len(items), lengths
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
        if it["style"] in ("wire", "court", "rights-report"):
            # a dateline opens the story
            assert re.match(r"^[A-Z][A-Z' -]+(, [A-Z][a-z]+( [a-zA-Z]+)*)?, [A-Z][a-z]+ \d+ - ", it["text"]), it["id"]


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
    check_third_party_speakers(items)
    for it in items:
        kinds = set(it["kinds"])
        text = it["text"].lower()
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets
                       for s in deny_subs), it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "own-role-denial" in kinds:
            # rule 7: a denial of the denier's own role
            assert any(_OWN_ROLE.search(s) for s in deny_subs), it["id"]
        if "event-only-lead" in kinds:
            # rule 8: the answered statement is not the story's first claim (the lead that only tells the event)
            first = it["claims"][0]["content_contains"].lower()
            assert all(t.lower() not in first for t in targets), it["id"]
            assert any(text.index(t.lower()) > text.index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of several in the item
            assert len(it["claims"]) >= 6, it["id"]
        if "attributed-in-denial-sentence" in kinds or "mention-retold" in kinds:
            # rules 6-7: the answered statement is told in its author's own words, not inside the deny statement
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 2, "topic-only-denial": 12, "denial-in-other-words": 5, "quoted-denial": 3,
              "headline-denial": 4, "denial-before-claim": 6, "two-denials-one-claim": 7, "counter-accusation": 10,
              "same-country-sides": 18, "one-author-several-statements": 25, "claim-of-no-country-denied": 14,
              "denier-of-no-country": 5, "denial-later-paragraph": 30, "lone-denial": 2, "no-denial": 5,
              "confirmation": 3, "transcript": 3, "live-blog": 4, "two-claims-one-author-denied": 1,
              "two-claims-two-deniers": 4, "denial-names-author": 2, "pronoun-denial": 2, "allegation": 15,
              "contradicting-account": 10, "negated-neutral": 15}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention more than once
    check_kind_minimums(items, {kind: 3 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[7]: 8, _RULE_KINDS[8]: 8, _RULE_KINDS[2]: 6})
    # a denial of a denial (rule 9) answers a topic-only deny statement: left out of the topic check
    deny_subs = lambda it: [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s for s in deny_subs(it))
                               or "denies_claim_of_country" not in d])
             for it in items]
    check_topic_only_denials(plain, _TOPIC_NOUNS, minimum=12)
    check_headline_second_denials(items, minimum=4)
    check_denial_positions(items, later_min=40, before_min=15)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 66))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=1)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 6 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=3, max_share=0.25)
    check_stances(items, deny=55, allege=20, confirm=3)
    check_no_state_denials(items, by_no_country=5, of_no_country=15, items_with_null=30)
    check_same_country_items(items, 18)
    # speakers of no state: about a quarter of the claims
    claims = [c for it in items for c in it["claims"]]
    assert 0.15 <= sum(c["claimant_country"] is None for c in claims) / len(claims) <= 0.35
