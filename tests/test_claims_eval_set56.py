"""Format checks for data/claims-eval/dev47.jsonl, a development set of longer whole articles (8-16 sentences in 4-8
paragraphs) from every region (West and Central Africa, East Africa and the Horn, North Africa, the Middle East,
Europe and the Caucasus, Central, South and Southeast Asia, East Asia and the Pacific, the Americas) with two or three
speakers on each side making several statements, written to test which of several statements a denial answers: each
of the rules 2-9 of the which-statement convention (data/claims-eval/README.md) several times, rule 8 (an event-only
lead, then the explicit accusation) and rule 7 (a denial of the denier's own role) most often. Wire copy, local
papers, radio bulletins, ministry and army statements, court reports, rights-group reports, fact checks,
press-conference transcripts and live blogs (no scores here; see data/claims-eval/README.md, "dev47")."""
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
SET = ROOT / "data" / "claims-eval" / "dev47.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "denial-in-other-words",
                 "lone-denial", "mention-in-denial", "two-claims-one-author-denied", "noun-picks-statement",
                 "pronoun-denial", "worded-denial-first-told", "own-role-denial", "event-only-lead",
                 "denial-of-denial"}
# the which-statement convention's rules 2-9, each a kind
_RULE_KINDS = {2: "noun-picks-statement", 3: "worded-denial-first-told", 4: "topic-only-denial",
               5: "denial-before-claim", 6: "mention-in-denial", 7: "own-role-denial", 8: "event-only-lead",
               9: "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|report|statement|version|figures?|"
                          r"suggestion|denial|false|lie|story)\b", re.I)
# a denial of the denier's own role: "denied any involvement", "had nothing to do with", "denied firing ..."
_OWN_ROLE = re.compile(r"\b(any (involvement|part|role|responsibility)|nothing to do with|any rockets|any flight|"
                       r"anything to do with|had been involved|taken part|ever selling|entered Mauritanian|"
                       r"owned a high-powered)\b", re.I)
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bIslamic State\b|\bAl-Shabaab\b|\bM23\b|\bAmbazonia|\bFano\b|\bSPLA-IO\b|\bRSF\b|"
                     r"\bHezbollah\b|\bSyrian Democratic Forces\b|\bKataib Hezbollah\b|\bHouthi|\bArakan Army\b|"
                     r"\bNational Resistance Front\b|\bBRN\b|\bELN\b|\bViv Ansanm\b|\bjihadist\b|\bTaliban\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bCHADEMA\b|\bSrpska Lista\b",
    "separatist-speaker": r"\bpro-independence\b|\bWest Papua National Liberation Army\b",
    "regional-government-speaker": r"\bKurdistan Regional Government\b|\bTiraspol\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bcommittee\b|\bunion\b|\bdesk\b|\bcollective\b|"
                             r"\bforum\b|\bnetwork\b|\bHuman Rights Watch\b|\bDoctors Without Borders\b|"
                             r"\bInitiative\b|\bObservatory\b|\bMedico-Legal\b|\bcoordinator\b|\bAlliance\b|\bYesh Din\b|\bcommunity\b",
    "resident-speaker": r"\bresidents?\b|\brelatives?\b|\bfamil(y|ies)\b|\bfarmers?\b|\bmother\b|\bfather\b|"
                        r"\bbrother\b|\bcousin\b|\bherders\b|\bvillagers\b|\bsurvivors\b|\bneighbour\b|\bshopkeeper\b|"
                        r"\bmigrants\b|\bworkers\b|\bnurse\b|\bdoctor\b|\bwife\b",
    "elder-speaker": r"\belders\b|\bchiefs?\b",
    "cleric-speaker": r"\bimam\b|\bchurch(es)?\b|\bbishop\b",
    "company-speaker": r"\bcompany\b|\bowner\b|\boperates\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bdenied (having|ordering)\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker",
                       "cleric-speaker"}
# countries by region (the set's assignment)
_REGIONS = {
    "west-central-africa": {"NGA", "BFA", "CMR", "COD", "CAF", "NER", "BEN"},
    "east-africa-horn": {"ETH", "SOM", "KEN", "SSD", "UGA", "TZA", "RWA", "MOZ"},
    "north-africa": {"LBY", "EGY", "TUN", "MAR", "DZA", "SDN", "MRT", "MLI"},
    "middle-east": {"IRQ", "YEM", "IRN", "ISR", "PSE", "LBN", "SYR", "TUR"},
    "europe-caucasus": {"ARM", "AZE", "GEO", "SRB", "XKX", "MDA", "UKR", "RUS", "GRC"},
    "central-south-southeast-asia": {"PAK", "IND", "MMR", "AFG", "THA"},
    "east-asia-pacific": {"CHN", "PHL", "KOR", "PRK", "TWN", "IDN", "PNG", "FRA"},
    "americas": {"COL", "MEX", "VEN", "GUY", "ECU", "BRA", "HTI", "PER"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d47", size=(50, 50))


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
    """Longer stories: most items hold eight claims or more, and in most one author's side makes three or more."""
    assert sum(len(it["claims"]) >= 8 for it in items) >= 45
    several = [it for it in items if max(Counter(c["claimant_country"] for c in it["claims"]).values()) >= 3]
    assert len(several) >= 45, len(several)


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
        text = it["text"]
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
            assert any(text.lower().index(t.lower()) > text.lower().index(first) for t in targets), it["id"]
        if "worded-denial-first-told" in kinds or "noun-picks-statement" in kinds:
            # rules 2 and 3: the answered statement is one of its author's several
            assert len(it["claims"]) >= 6, it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 10, "topic-only-denial": 18, "denial-in-other-words": 2, "quoted-denial": 4,
              "headline-denial": 5, "denial-before-claim": 6, "two-denials-one-claim": 6, "counter-accusation": 12,
              "same-country-sides": 18, "one-author-several-statements": 30, "claim-of-no-country-denied": 12,
              "denier-of-no-country": 6, "denial-later-paragraph": 30, "lone-denial": 2, "no-denial": 5,
              "confirmation": 3, "transcript": 2, "live-blog": 3, "two-claims-one-author-denied": 8,
              "two-claims-two-deniers": 3}
    check_kind_minimums(items, wanted)
    # each rule of the which-statement convention several times, rule 8 six times or more, rule 7 five or more
    check_kind_minimums(items, {kind: 3 for kind in _RULE_KINDS.values()})
    check_kind_minimums(items, {_RULE_KINDS[8]: 6, _RULE_KINDS[7]: 5})
    # a denial of a denial (rule 9) answers a topic-only deny statement: left out of the topic check
    deny_subs = lambda it: [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
    plain = [dict(it, denials=[d for d in it["denials"]
                               if not any(d["denies_content_contains"].lower() in s for s in deny_subs(it))])
             for it in items]
    check_topic_only_denials(plain, _TOPIC_NOUNS, minimum=18)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=30, before_min=6)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(70, 85))
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 5 for n in regions.values()), regions
    check_styles(items, exactly=len(_STYLES), min_each=1, max_share=0.4)
    check_stances(items, deny=70, allege=25, confirm=3)
    check_no_state_denials(items, by_no_country=6, of_no_country=18, items_with_null=35)
    check_same_country_items(items, 18)
