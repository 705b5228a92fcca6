"""Format checks for data/claims-eval/dev45.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from Africa (the Sahel, Nigeria's north-west and middle belt, Cameroon, the Central African Republic, the
eastern Congo, South Sudan, Ethiopia's Amhara and Oromia, Somalia, Mozambique's Cabo Delgado, Sudan) and the Middle
East (Syria's north-east, Iraq's Sinjar and Kurdistan, Yemen, south Lebanon, Gaza and the West Bank, the Gulf). Wire
copy, local papers, radio bulletins, army and ministry statements, insurgent claims quoted by monitors, court reports,
rights-group reports, fact checks, press-conference transcripts and live blogs; denials as they come, labelled by the
session-18 convention on which of one author's statements a denial answers and its session-19 cases 7-10 (a denial of
the denier's own role, an accusation after an event-only lead, a denial of a denial, a headline with a speaker tag);
same-country sides, speakers of no state and articles with no denial (no scores here; see data/claims-eval/README.md,
"dev45")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread,
                         check_denial_positions, check_denial_share, check_headline_second_denials, check_kind_details,
                         check_kind_labels, check_kind_minimums, check_labels, check_live_blog_stamps,
                         check_lone_denials, check_mention_denials, check_no_state_denials, check_null_speaker_kinds,
                         check_numbered, check_quoted_denials, check_same_country_items, check_speaker_words,
                         check_stances, check_style_is_a_kind, check_styles, check_third_party_speakers, check_titled,
                         check_topic_only_denials, check_two_claims_one_author, check_whole_articles, items_fixture,
                         region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev45.jsonl"
# the convention's cases (rules 2-10), one kind each
_RULE_KINDS = ("noun-picks-statement", "worded-denial-first-told", "topic-only-denial", "denial-before-claim",
               "mention-in-denial", "own-role-denial", "accusation-after-event-lead", "denial-of-denial",
               "headline-speaker-tag")
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation", "two-claims-two-deniers",
                 "quoted-denial", "author-only-denial", "denial-in-other-words", "lone-denial",
                 "two-claims-one-author-denied", "pronoun-denial", "worded-denial-later-statement", "foreign-denier",
                 "third-party-denier", *_RULE_KINDS}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_DATELINE = re.compile(r"^[A-Z][A-Z' ]+(, [A-Z][A-Za-z ]+)?, [A-Z][a-z]+\.? \d+ - ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claim|report|statement|version|figures?|toll|charge|"
                          r"findings|posts)\b", re.I)
# a denial naming the claim's author: a body, a group or a capital
_AUTHOR_ONLY = re.compile(r"\bUN\b|\bSPLA-IO's|\bMogadishu's|\bthe ministry's|\bHamas's")
_STYLES = ("wire", "local-paper", "radio", "live-blog", "army-statement", "ministry-statement", "court",
           "rights-report", "fact-check", "news-site", "press-conference", "monitor-report")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\bal-Shabaab\b|\bM23\b|\bSPLA-IO\b|\bFano\b|\bRapid Support Forces\b|\bHouthi|\bHezbollah\b|"
                     r"\bHamas\b|\bIslamic State\b|\bJNIM\b|\bOLA\b|\bSPLM-North\b|\bAmbazonia\b|"
                     r"\bSyrian Democratic Forces\b",
    "party-speaker": r"\bpart(y|ies)\b|\bSPLA-IO\b",
    "regional-government-speaker": r"\bPuntland\b|\bJubaland\b|\bKurdistan Region|\bKurdistan's\b|\bSouthern Transitional Council\b",
    "separatist-speaker": r"\bseparatist\b",
    "militia-speaker": r"\bWazalendo\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bForum\b|\bHuman Rights Watch\b|\bAmnesty\b|\bNetwork\b|"
                             r"\bObservatory\b|\bCommittee\b|\bInstitute\b|\bUnited Nations\b|\bWorld Food Programme\b|"
                             r"\bactivists\b|\bMonitor\b|\binvestigators\b",
    "international-body-speaker": r"\bUN\b|\bUnited Nations\b|\bAfrican Union\b|\bUNIFIL\b",
    "resident-speaker": r"\bresidents?\b|\bwitnesses\b|\bfarmer\b|\bfishermen\b|\bhealth worker\b|\bdoctor\b",
    "elder-speaker": r"\belders?\b|\bcommunity leader\b|\bvillage head\b",
    "company-speaker": r"\bmanager\b|\boperator\b|\bFoundation\b",
    "fact-check-desk-speaker": r"\bFact check\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bhimself\b",
}
_NULL_SPEAKER_KINDS = {"international-body-speaker", "resident-speaker", "civil-society-speaker", "elder-speaker",
                       "company-speaker", "fact-check-desk-speaker"}
# countries by area of the assignment (an item counts for every area one of its claimants is of)
_REGIONS = {
    "sahel": {"MLI", "BFA", "NER", "DZA"}, "nigeria": {"NGA"}, "cameroon": {"CMR"}, "central-african-republic": {"CAF"},
    "eastern-congo": {"COD", "RWA", "BDI", "UGA"}, "south-sudan": {"SSD"}, "ethiopia": {"ETH", "ERI"},
    "somalia": {"SOM"}, "mozambique": {"MOZ", "TZA"}, "sudan": {"SDN", "ARE", "TCD"}, "syria": {"SYR", "TUR"},
    "iraq": {"IRQ"}, "yemen": {"YEM"}, "lebanon": {"LBN"}, "palestine": {"PSE"},
    "gulf": {"IRN", "BHR", "SAU", "KWT", "QAT", "ARE"},
}


items = items_fixture(SET)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def test_size_and_ids(items):
    check_numbered(items, "d45", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)
    for it in items:
        assert "\u2019" not in it["text"] and "\u201c" not in it["text"], it["id"]
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
    check_third_party_speakers(items)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the words of the statement it answers
            assert any(t.lower() not in s.lower() and s.lower() not in t.lower() for t in targets for s in deny_subs), \
                it["id"]
        if "pronoun-denial" in kinds:
            assert any(re.match(r"(That|It|This) is (not true|false)", s) for s in deny_subs), it["id"]
        if "headline-speaker-tag" in kinds:
            # the headline carries a speaker's claim, but every denial answers a statement of the body
            head = text.split("\n\n")[0]
            assert any(c["stance"] != "deny" and c["content_contains"] in head for c in it["claims"]), it["id"]
            assert targets and not any(t in head for t in targets), it["id"]
        if "accusation-after-event-lead" in kinds:
            # the answered statement is not its author's first: an event-only lead comes before it
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in it["denials"] for c in it["claims"]
                       if c["claimant_country"] == d.get("denies_claim_of_country", "?") and c["stance"] != "deny"), \
                it["id"]
        if "worded-denial-later-statement" in kinds:
            # a worded denial that answers a later statement of the author, the one telling its proposition
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in it["denials"] for c in it["claims"]
                       if c["claimant_country"] == d.get("denies_claim_of_country", "?") and c["stance"] != "deny"), \
                it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 15, "topic-only-denial": 15, "author-only-denial": 5, "denial-in-other-words": 5,
              "quoted-denial": 3, "headline-denial": 5, "denial-before-claim": 6, "two-denials-one-claim": 7,
              "counter-accusation": 10, "same-country-sides": 18, "one-author-several-statements": 10,
              "claim-of-no-country-denied": 15, "denier-of-no-country": 6, "denial-later-paragraph": 25,
              "lone-denial": 1, "no-denial": 6, "confirmation": 3, "transcript": 2, "live-blog": 3,
              "noun-picks-statement": 5, "worded-denial-first-told": 5, "own-role-denial": 6, "denial-of-denial": 3,
              "headline-speaker-tag": 4, "mention-in-denial": 2, "accusation-after-event-lead": 1}
    check_kind_minimums(items, wanted)
    check_kind_minimums(items, dict.fromkeys(_RULE_KINDS, 1))
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=30, before_min=7)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.90), total=(58, 64))
    check_country_spread(items, max_share=0.055, min_countries=40, max_russia_ukraine=1)
    regions = region_counts(items, _REGIONS)
    assert all(n >= 2 for n in regions.values()) and len(regions) == len(_REGIONS), regions
    middle_east = {"syria", "iraq", "yemen", "lebanon", "palestine", "gulf"}
    assert sum(n for r, n in regions.items() if r in middle_east) >= 18, regions
    check_styles(items, exactly=len(_STYLES), min_each=2, max_share=0.2)
    check_stances(items, deny=55, allege=30, confirm=3)
    check_no_state_denials(items, by_no_country=7, of_no_country=20, same_country=20, items_with_null=35)
    check_same_country_items(items, 18)
