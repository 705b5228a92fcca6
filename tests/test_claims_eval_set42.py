"""Format checks for data/claims-eval/dev36.jsonl, a development set of whole short articles in plain news prose from
West Africa and the Sahel, Central Africa and the Great Lakes, East Africa and the Horn, Mozambique's north, North
Africa, the Middle East and Europe (the Balkans, Northern Ireland's past, Cyprus, Spain, protests and policing):
denials come however they come (a flat "X denied …", a denial paragraphs later, a topic-only rejection, a headline
denial, a counter-accusation, two denials of one claim, a lone denial in a ministry statement, a denial that refutes a
statement in other words), same-country sides, speakers of no state, chained reports, and articles with no denial
(no scores here; see data/claims-eval/README.md, "dev36")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_headline_second_denials,
                         check_kind_details, check_kind_labels, check_labels, check_numbered,
                         check_topic_only_denials, check_whole_articles, read_set, region_counts, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev36.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "one-author-several-statements", "denial-before-claim", "two-claims-two-deniers", "lone-denial",
                 "mention-denial", "one-denial-two-claims", "two-claims-one-author-denied", "denial-in-other-words",
                 "foreign-denier", "denial-names-author"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
# a press-conference turn: "Q: …" or a speaker's title and name before a colon
_QA_TURN = re.compile(r"^(Q|[A-Z]\w+(?: [A-Z]\w+)?): ")
# the nouns by which a denial names only the topic of what it denies ("rejected the report")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"findings|charges?|posts|indictment|story|announcement)\b", re.I)
# words that show a speaker of no state in the text, one pattern a kind
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bForces\b|\bmovement\b|\bRED-Tabara\b|\b3R\b",
    "militia-speaker": r"\bfaction\b|\bmilitia\b|\bApparatus\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b",
    "regional-government-speaker": r"\bregional\b|\bCatalan\b|\bRegional Government\b",
    "civil-society-speaker": r"\bgroups?\b|\bassociation\b|\bunion\b|\bcoalition\b|\bcommittee\b|\bcentre\b|"
                             r"\bCentre\b|\bCouncil\b|\bAmnesty\b",
    "resident-speaker": r"\bresidents?\b|\bvillagers?\b|\brelatives\b|\bsurvivors?\b|\bcommunity\b|\bnurse\b",
    "elder-speaker": r"\belders?\b",
    "lawyer-speaker": r"\blawyers?\b",
    "defendant-speaker": r"\bpleaded not guilty\b",
    "company-speaker": r"\bShipping\b|\bowner\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker", "company-speaker"}
_STYLES = ("local-paper", "radio", "partisan", "live-blog", "ministry-statement", "court", "fact-check",
           "ngo-report", "news-site", "press-conference")
_REGIONS = {
    "West Africa and the Sahel": {"MLI", "BFA", "NER", "BEN", "NGA", "GIN", "MRT", "TCD", "CMR"},
    "Central Africa and the Great Lakes": {"COD", "RWA", "BDI", "UGA", "CAF"},
    "East Africa and the Horn": {"SDN", "SSD", "ETH", "ERI", "SOM", "KEN", "TZA"},
    "Mozambique": {"MOZ"},
    "North Africa": {"LBY", "TUN", "DZA", "MAR", "EGY"},
    "Middle East": {"SYR", "IRQ", "IRN", "YEM", "LBN", "ISR", "PSE", "TUR"},
    "Europe": {"XKX", "SRB", "BIH", "HRV", "GBR", "CYP", "ESP", "FRA", "GRC"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    check_numbered(items, "d36")


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_whole_short_articles_of_varied_length(items):
    # 3-7 paragraphs (a title line counted as one) and 5-13 sentences; a live blog of 3-5 stamped entries
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 13), stamp=_TIMESTAMP)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.6 * len(items), len(titled)
    lengths = [len(sentences(it["text"])) for it in items]
    assert min(lengths) <= 5 and max(lengths) >= 12, lengths
    assert sum(n >= 9 for n in lengths) >= 8, lengths
    # the rest open with a dateline in capitals ("BAMAKO, March 4 - ...")
    datelined = [it for it in items if it not in titled and re.match(r"^[A-Z][A-Z' ]+, ", it["text"])]
    assert len(datelined) >= 0.35 * len(items), len(datelined)


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds = set(it["kinds"])
        for style in _STYLES:
            assert (style in kinds) == (it["style"] == style), (it["id"], style)
        if "counter-accusation" in kinds:
            # the denier also accuses: a statement of its own that is not the denial
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\b(citing|quoting|quoted by)\b", it["text"]), it["id"]
        if "qa-transcript" in kinds:
            turns = [p for p in it["text"].split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "mention-denial" in kinds or "lone-denial" in kinds:
            # the denial names the claim inside itself: its deny statement covers the denied words
            deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains") in deny_subs for d in it["denials"]), it["id"]
        if "one-denial-two-claims" in kinds:
            assert len({d.get("denies_content_contains") for d in it["denials"]}) >= 2, it["id"]
            assert sum(c["stance"] == "deny" for c in it["claims"]) == 1, it["id"]
        if "two-claims-one-author-denied" in kinds:
            targets = {(d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in it["denials"]}
            assert len(targets) >= 2 and len({t[0] for t in targets}) == 1, it["id"]
        if "denial-in-other-words" in kinds:
            # the denial's words are not the denied claim's words: no deny statement holds the gold target
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            for d in it["denials"]:
                target = (d.get("denies_content_contains") or "").lower()
                assert target and not any(target in s or s in target for s in deny_subs), it["id"]
        if "unnamed-official" in kinds:
            assert re.search(r"\banonymity\b|\bwho asked not to be named\b", it["text"]), it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                flags = 0 if kind in ("rebel-speaker", "company-speaker") else re.I
                assert re.search(words, it["text"], flags), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_the_ways_denials_come(items):
    """Each way a denial comes in ordinary prose is there several times."""
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "one-author-several-statements": 15, "topic-only-denial": 20,
              "same-country-sides": 15, "two-denials-one-claim": 8, "denial-later-paragraph": 10,
              "counter-accusation": 10, "no-denial": 5, "claim-of-no-country-denied": 15, "chained-report": 4,
              "headline-denial": 5, "denier-of-no-country": 6, "denial-before-claim": 5, "denial-in-other-words": 6,
              "lone-denial": 1, "negated-neutral": 10, "contradicting-account": 4}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    check_topic_only_denials(items, _TOPIC_NOUNS, minimum=20)
    check_headline_second_denials(items, minimum=5)
    check_denial_positions(items, later_min=50, before_min=18)


def test_speakers_of_no_state(items):
    """Denials cross the no-country line both ways, and many are between two sides of one country."""
    denials = [d for it in items for d in it["denials"]]
    assert sum(d["denier_country"] is None for d in denials) >= 8
    assert sum("denies_claim_of_country" in d and d["denies_claim_of_country"] is None for d in denials) >= 20
    assert sum(d.get("denies_claim_of_country") == d["denier_country"] for d in denials) >= 20
    per_kind = Counter(k for it in items for k in it["kinds"] if k in _SPEAKER_WORDS)
    assert len(per_kind) >= 9, per_kind
    with_null = sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items)
    assert with_null >= 30, with_null


def test_mix_of_denials_styles_countries_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.8 <= with_denial / len(items) <= 0.9, with_denial
    assert 55 <= sum(len(it["denials"]) for it in items) <= 65
    check_country_spread(items, min_countries=44, max_russia_ukraine=0)
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 10 and styles["wire"] <= 0.6 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 50 and stances["allege"] >= 20 and stances["confirm"] >= 3, stances
    regions = region_counts(items, _REGIONS)
    assert all(regions[r] >= 1 for r in _REGIONS), regions
    # Israel and the Palestinian territories in at most 3 items
    assert sum(bool({"ISR", "PSE"} & {c["claimant_country"] for c in it["claims"]}) for it in items) <= 3
