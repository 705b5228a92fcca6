"""Format checks for data/claims-eval/dev41.jsonl, a development set of short whole articles (5-13 sentences in 3-7
paragraphs) from West and Central Africa, North Africa, the Middle East and Europe and the Balkans, as wire copy,
local papers, radio bulletins, agency flashes, a government statement, court reports, a rights-group report, a fact
check, live blogs and press-conference transcripts write them: flat denials, topic-only and author-only rejections,
headline denials, denials before the claim, denials in other words, mentions inside a denial, lone denials,
counter-accusations, same-country sides, speakers of no state, one author's several statements labelled by session 18's
convention, and articles with no denial (no scores here; see data/claims-eval/README.md, "dev41")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_kind_details, check_kind_labels,
                         check_labels, check_numbered, check_topic_only_denials, check_whole_articles, read_set,
                         region_counts)

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


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d41", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_short_whole_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        assert it["style"] in kinds and it["style"] in _STYLES, it["id"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in it["denials"] if d.get("denies_content_contains")]
        if "counter-accusation" in kinds:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "quoted-denial" in kinds:
            paras = [p for p in text.split("\n\n") if any(s in p for s in deny_subs)]
            assert any('"' in p or _QA_TURN.match(p) for p in paras), it["id"]
        if "author-only-denial" in kinds:
            assert any(_AUTHOR_ONLY.search(s) and _TOPIC_NOUNS.search(s) for s in deny_subs), it["id"]
        if kinds & {"mention-denial", "mention-retold"}:
            # the deny statement words the claim ("rejected claims that journalists had been targeted")
            assert any(len(s.split()) >= 3 and not _TOPIC_NOUNS.search(s) for s in deny_subs), it["id"]
        if "mention-retold" in kinds:
            # the answered claim is the author's own statement told outside the denial
            assert any(not any(t.lower() in s.lower() for s in deny_subs) for t in targets), it["id"]
        if "lone-denial" in kinds:
            lone = [d for d in it["denials"] if "denies_claim_of_country" not in d]
            assert all(any(d["denies_content_contains"] in s for s in deny_subs) for d in lone), it["id"]
        if "noun-picks-statement" in kinds:
            # "the group's figures", "the second accusation": the noun picks a statement that is not the author's
            # last one
            assert any(re.search(r"figures|second", s) for s in deny_subs), it["id"]
        if "live-blog" in kinds:
            assert sum(bool(_TIMESTAMP.match(p)) for p in text.split("\n\n")) >= 3, it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, text, re.I), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 10, "topic-only-denial": 15, "author-only-denial": 8, "headline-denial": 5,
              "denial-before-claim": 4, "denial-in-other-words": 6, "two-denials-one-claim": 6,
              "counter-accusation": 7, "lone-denial": 2, "quoted-denial": 3, "same-country-sides": 17,
              "claim-of-no-country-denied": 10, "one-author-several-statements": 8, "no-denial": 5,
              "confirmation": 3, "noun-picks-statement": 3, "worded-denial-first-told": 5,
              "topic-first-statement": 5, "transcript": 2, "live-blog": 2}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=15)
    check_denial_positions(items, later_min=25, before_min=5)


def test_regions_countries_and_mix(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.86 <= with_denial / len(items) <= 0.92, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 63
    check_country_spread(items, max_share=0.05, min_countries=38, max_russia_ukraine=1)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and max(styles.values()) <= 0.3 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 55 and stances["allege"] >= 15 and stances["confirm"] >= 3, stances
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30
    regions = region_counts(items, _REGIONS)
    assert all(regions[r] >= 9 for r in _REGIONS), regions
    same = [it for it in items if "same-country-sides" in it["kinds"]]
    assert len(same) >= 17
