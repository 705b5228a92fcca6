"""Format checks for data/claims-eval/dev41.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from West and Central Africa, North Africa, the Middle East and Europe and the Balkans, as wire copy,
local papers, radio bulletins, agency flashes, a government statement, court reports, a rights-group report, a fact
check, live blogs and press-conference transcripts write them: flat denials, topic-only and author-only rejections,
headline denials, denials before the claim, denials in other words, mentions inside a denial, lone denials,
counter-accusations, same-country sides, speakers of no state, one author's several statements labelled by session 18's
convention, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev41")."""
from __future__ import annotations

import re
from pathlib import Path

from claims_sets import (check_author_only_denials, check_counter_accusations, check_country_spread,
                         check_denial_positions, check_denial_share, check_kind_details, check_kind_labels,
                         check_kind_minimums, check_labels, check_live_blog_stamps, check_lone_denials,
                         check_no_state_denials, check_null_speaker_kinds, check_numbered, check_quoted_denials,
                         check_speaker_words, check_stances, check_style_is_a_kind, check_styles, check_titled,
                         check_topic_only_denials, check_whole_articles, items_fixture, region_counts)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev41.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "two-denials-one-claim", "topic-only-denial", "denier-of-no-country",
                 "claim-of-no-country-denied", "counter-accusation", "denial-before-claim", "two-claims-two-deniers",
                 "quoted-denial", "author-only-denial", "denial-in-other-words", "lone-denial", "mention-denial",
                 "mention-retold", "noun-picks-statement", "worded-denial-first-told", "topic-first-statement"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"remarks|story|charge|ruling|verdict)\b", re.I)
# the claim's author named inside a topic-only rejection ("the ministry's story", "Kinshasa's accusation")
_AUTHOR_ONLY = re.compile(r"\b(the UN( mission)?|Kinshasa|the ministry|the division|the Polisario|the minister|"
                          r"the Israeli|the Cypriot government)('s)?\b")
_STYLES = ("wire", "local-paper", "radio", "agency-flash", "news-site", "court", "live-blog", "press-conference",
           "ministry-statement", "rights-report", "fact-check")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bforces?\b|\bfaction\b|\bmilitia\b|\bBrigade\b|"
                     r"\bHouthis?\b|\bIRA\b|\bJNIM\b|\bUnits\b|\bSPLM",
    "party-speaker": r"\bpart(y|ies)\b|\bMP\b",
    "separatist-speaker": r"\bseparatists?\b|\bLiberation Front\b|\bPolisario\b|\bbreakaway\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bstate government\b|\bgovernor\b|\bentity\b|"
                                   r"\bexecutive council\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bunion\b|\bcoalition\b|\bcoordination\b|\bcharity\b|"
                             r"\bcommittee\b|\barchdiocese\b|\bCommittee\b|\bdesk\b|\bmanagement\b|\bfirm\b|"
                             r"\borganisation\b|\bNetwork\b|\bfoundation\b|\bUN\b|\bresponse room\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bfamil(y|ies)\b|\bfishermen\b|\btraders?\b|\bnurse\b|"
                        r"\bvillager\b|\bfarmer\b|\bsister\b|\buncle\b|\bwoman\b|\bteacher\b|\bsurvivors\b",
    "elder-speaker": r"\belders?\b|\bchief\b|\bcommunity leaders\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\btold the court\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}
_REGIONS = {
    "west-central-africa": {"BFA", "NER", "NGA", "TCD", "CMR", "CAF", "COD", "BDI", "BEN", "MRT", "MLI", "CIV",
                            "UGA", "RWA"},
    "north-africa": {"LBY", "SDN", "ESH", "MAR", "DZA"},
    "middle-east": {"SYR", "IRQ", "YEM", "LBN", "ISR", "PSE", "SAU", "IRN"},
    "europe-balkans": {"XKX", "SRB", "BIH", "HRV", "GBR", "IRL", "FRA", "TUR", "CYP"},
}


items = items_fixture(SET)


def test_size_and_ids(items):
    check_numbered(items, "d41", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    check_titled(items)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    check_style_is_a_kind(items, _STYLES)
    check_counter_accusations(items)
    check_live_blog_stamps(items, _TIMESTAMP)
    check_quoted_denials(items, _QA_TURN)
    check_speaker_words(items, _SPEAKER_WORDS)
    check_null_speaker_kinds(items, _NULL_SPEAKER_KINDS)
    check_author_only_denials(items, _AUTHOR_ONLY, topic=_TOPIC_NOUNS, need_topic=True)
    check_lone_denials(items)
    for it in items:
        kinds = set(it["kinds"])
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if kinds & {"mention-denial", "mention-retold"}:
            # the deny statement words the claim ("rejected claims that journalists had been targeted")
            assert any(len(s.split()) >= 3 and not _TOPIC_NOUNS.search(s) for s in deny_subs), it["id"]
        if "mention-retold" in kinds:
            # the answered claim is the author's own statement told outside the denial
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]
        if "noun-picks-statement" in kinds:
            # "the group's figures", "the second accusation": the noun picks a statement that is not the author's
            # last one
            assert any(re.search(r"figures|second", s) for s in deny_subs), it["id"]


def test_the_ways_denials_come(items):
    wanted = {"flat-denial": 10, "topic-only-denial": 15, "author-only-denial": 8, "headline-denial": 5,
              "denial-before-claim": 4, "denial-in-other-words": 6, "two-denials-one-claim": 6,
              "counter-accusation": 7, "lone-denial": 2, "quoted-denial": 3, "same-country-sides": 17,
              "claim-of-no-country-denied": 10, "one-author-several-statements": 8, "no-denial": 5,
              "confirmation": 3, "noun-picks-statement": 3, "worded-denial-first-told": 5,
              "topic-first-statement": 5, "transcript": 2, "live-blog": 2}
    check_kind_minimums(items, wanted)
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_denial_positions(items, later_min=25, before_min=5)


def test_regions_countries_and_mix(items):
    check_denial_share(items, (0.86, 0.92), total=(55, 63))
    check_country_spread(items, max_share=0.05, min_countries=38, max_russia_ukraine=1)
    check_styles(items, at_least=10, max_share=0.3)
    check_stances(items, deny=55, allege=15, confirm=3)
    check_no_state_denials(items, items_with_null=30)
    regions = region_counts(items, _REGIONS)
    assert all(regions[r] >= 9 for r in _REGIONS), regions
    check_kind_minimums(items, {"same-country-sides": 17})
