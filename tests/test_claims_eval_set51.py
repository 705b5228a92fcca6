"""Format checks for data/claims-eval/dev43.jsonl, a development set of longer whole articles (10-16 sentences in 5-8
paragraphs; a press-conference transcript counts its turn labels and may reach 20) from every region, each holding
two or three disputes side by side and speakers who make two to four statements, so that which statement a denial
answers comes up often: labelled by session 18's convention (a noun that picks out one statement, the first told of
the author's statements, the author's first statement of the matter, the first statement told after a denial told
before it, a mention inside the denial, never the denier's own statement). Wire features, local papers, NGO reports
with the authorities' replies, court reports over several hearings, live blogs, radio bulletins (no scores here; see
data/claims-eval/README.md, "dev43")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_country_spread, check_denial_positions, check_kind_details, check_kind_labels,
                         check_labels, check_numbered, check_whole_articles, read_set, sentences)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "dev43.jsonl"
_DENIAL_KINDS = {"flat-denial", "headline-denial", "denial-later-paragraph", "two-denials-one-claim",
                 "topic-only-denial", "denier-of-no-country", "claim-of-no-country-denied", "counter-accusation",
                 "denial-before-claim", "two-claims-two-deniers", "quoted-denial", "denial-in-other-words",
                 "noun-picks-statement", "rule-first-told", "first-of-two-tellings", "rule-first-of-matter",
                 "rule-before", "rule-not-own", "mention-in-denial", "mention-in-denial-retold", "lone-denial",
                 "denial-of-denial", "third-party-denier"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_QA_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")
_TOPIC_NOUNS = re.compile(r"\b(accusations?|allegations?|account|claims?|reports?|statements?|version|figures?|"
                          r"figure|toll|story|video|case|arguments|testimony|charges?|narrative|explanation|"
                          r"protest|intrusion|denial|talk|this|whatsoever)\b", re.I)
_STYLES = ("wire-feature", "local-paper", "ngo-report", "court", "live-blog", "radio", "press-conference",
           "news-site", "ministry-statement", "fact-check")
_SPEAKER_WORDS = {
    "rebel-speaker": r"\brebels?\b|\bfighters\b|\bgroup\b|\bgang\b|\bArmy\b|\bfront\b|\bForces?\b|\bHouthis?\b|"
                     r"\bAl-Shabaab\b|\bHezbollah\b|\bmilitia\b|\bBRN\b|\bFLA\b|\bTPNPB\b",
    "party-speaker": r"\bpart(y|ies)\b|\bopposition\b|\bHezbollah lawmaker\b|\bSPLM-IO\b",
    "separatist-speaker": r"\bseparatists?\b|\bLiberation Army\b",
    "regional-government-speaker": r"\bregional\b|\bprovincial\b|\bbreakaway\b|\bRepublika Srpska\b|"
                                   r"\bKurdistan Regional Government\b|\bRegional Council\b",
    "civil-society-speaker": r"\bgroup\b|\bassociation\b|\bunions?\b|\bcharity\b|\bFederation\b|\bArchdiocese\b|"
                             r"\bOrganisation\b|\bNetwork\b|\bCommittee\b|\bchurch\b|\bplatform\b|\bmovement\b|"
                             r"\bAmnesty\b|\bfact check\b|\bproject\b|\bLeague\b|\bFoundation\b|\bcompany\b",
    "resident-speaker": r"\bresidents?\b|\brelatives\b|\bfamil(y|ies)\b|\bfarmers?\b|\bmother\b|\bwife\b|"
                        r"\bson\b|\bbrother\b|\bvillagers\b|\bminers\b|\bsurvivor\b|\btrader\b",
    "elder-speaker": r"\belders?\b|\bsheikh\b|\btribe\b",
    "lawyer-speaker": r"\blawyers?\b|\bcounsel\b",
    "defendant-speaker": r"\bdefendants?\b",
}
_NULL_SPEAKER_KINDS = {"resident-speaker", "civil-society-speaker", "elder-speaker"}
_REGIONS = {
    "west-central-africa": {"NGA", "CMR", "BFA", "MLI", "COD", "TCD", "RWA"},
    "east-africa-horn": {"SDN", "SOM", "KEN", "ETH", "SSD", "UGA", "MOZ"},
    "north-africa": {"LBY", "EGY", "TUN", "DZA", "MAR"},
    "middle-east": {"IRQ", "TUR", "YEM", "LBN", "ISR", "SYR", "IRN", "PSE"},
    "europe-caucasus": {"XKX", "SRB", "GEO", "MDA", "ARM", "AZE", "BIH", "RUS", "UKR", "GBR"},
    "central-south-asia": {"PAK", "IND", "AFG", "BGD", "KGZ", "TJK"},
    "southeast-asia": {"MMR", "IDN", "THA", "KHM", "PHL"},
    "east-asia-pacific": {"CHN", "TWN", "KOR", "PRK", "JPN", "PNG"},
    "americas": {"COL", "MEX", "HTI", "ECU", "GUY", "VEN", "PER", "USA"},
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def _deny_subs(it: dict) -> list[str]:
    return [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]


def test_size_and_ids(items):
    check_numbered(items, "d43", size=(50, 50))


def test_labels_and_substrings(items):
    check_labels(items, SET)


def test_items_are_longer_whole_articles(items):
    check_whole_articles(items, paragraphs=(5, 9), sents=(10, 20))
    for it in items:
        n = len(sentences(it["text"]))
        assert n <= (20 if "transcript" in it["kinds"] else 16), (it["id"], n)
    titled = [it for it in items if not it["text"].split("\n\n")[0].endswith(".")]
    assert 0.4 * len(items) <= len(titled) <= 0.7 * len(items), len(titled)
    assert sum(len(it["text"]) for it in items) / len(items) >= 1000


def test_several_statements_and_disputes(items):
    for it in items:
        # several speakers' statements in every article: two or more claimant countries (a no-country speaker
        # counted as one), or two sides of one country
        assert len(it["claims"]) >= 8, it["id"]
        assert len({c["claimant_country"] for c in it["claims"]}) >= 2 or "same-country-sides" in it["kinds"], it["id"]
        if "several-disputes" in it["kinds"]:
            assert len(it["denials"]) >= 2 or len(it["claims"]) >= 10, it["id"]
    several = [it for it in items if "one-author-several-statements" in it["kinds"]]
    assert len(several) >= 20
    assert sum("several-disputes" in it["kinds"] for it in items) >= 20


def test_kinds_agree_with_the_labels(items):
    check_kind_labels(items, _DENIAL_KINDS)
    check_kind_details(items)
    for it in items:
        kinds, text = set(it["kinds"]), it["text"]
        assert it["style"] in kinds and it["style"] in _STYLES, it["id"]
        deny_subs = _deny_subs(it)
        if "counter-accusation" in kinds:
            deniers = {d["denier_country"] for d in it["denials"]}
            assert any(c["claimant_country"] in deniers and c["stance"] == "allege" for c in it["claims"]), it["id"]
        if "quoted-denial" in kinds:
            paras = [p for p in text.split("\n\n") if any(s in p for s in deny_subs)]
            assert any('"' in p or _QA_TURN.match(p) for p in paras), it["id"]
        if kinds & {"denial-before-claim", "rule-before"}:
            assert any(text.find(s) < text.find(d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "mention-in-denial" in kinds:
            # the answered claim is told only inside the denial: its gold target lies inside a deny statement
            assert any(d.get("denies_content_contains", "").lower() in s.lower() for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "mention-in-denial-retold" in kinds:
            # the denial mentions the claim with its author, but the gold target is the author's own statement
            assert any(not any(d["denies_content_contains"].lower() in s.lower() for s in deny_subs)
                       and "denies_claim_of_country" in d for d in it["denials"]
                       if d.get("denies_content_contains")), it["id"]
        if "first-of-two-tellings" in kinds:
            # the answered author made a later statement as well; the gold target is in an earlier one
            for d in it["denials"]:
                target = d.get("denies_content_contains")
                if not target or "denies_claim_of_country" not in d:
                    continue
                later = [c for c in it["claims"] if c["claimant_country"] == d["denies_claim_of_country"]
                         and c["stance"] != "deny" and text.find(c["content_contains"]) > text.find(target)]
                if later:
                    break
            else:
                raise AssertionError(it["id"])
        if "rule-not-own" in kinds:
            # the denier made statements of its own before the denial, and the gold points at another speaker's
            assert any(c["claimant_country"] == d["denier_country"] and c["stance"] != "deny"
                       and d.get("denies_content_contains", "").lower() not in c["content_contains"].lower()
                       and text.find(c["content_contains"]) < min(text.find(s) for s in deny_subs)
                       for d in it["denials"] for c in it["claims"]), it["id"]
        if "transcript" in kinds:
            turns = [p for p in text.split("\n\n") if _QA_TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "live-blog" in kinds:
            # a title line, then every entry opens with its time stamp
            assert all(_TIMESTAMP.match(p) for p in text.split("\n\n")[1:]), it["id"]
        if "several-hearings" in kinds:
            assert it["style"] == "court" and len(re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|"
                                                           r"next hearing)\b", text)) >= 2, it["id"]
        if "chained-report" in kinds:
            assert re.search(r"\bquot(ed|ing)\b|\breported\b|\bcarried by\b", text), it["id"]
        if "declined-comment" in kinds:
            assert re.search(r"declined|no comment|not commented|refer(red)? (you|us)|could not be reached", text), \
                it["id"]
        for kind, words in _SPEAKER_WORDS.items():
            if kind in kinds:
                assert re.search(words, text, re.I), (it["id"], kind)
        if kinds & _NULL_SPEAKER_KINDS:
            assert any(c["claimant_country"] is None for c in it["claims"]), it["id"]


def test_topic_only_denials(items):
    """A topic-only denial has a short deny statement made of a topic noun; its gold target is a claim told elsewhere
    (or, for a denial of a denial, the other side's deny statement)."""
    found = 0
    for it in items:
        if "topic-only-denial" not in it["kinds"]:
            continue
        topic = [s for s in _deny_subs(it) if len(s.split()) <= 6 and _TOPIC_NOUNS.search(s)]
        assert topic, it["id"]
        found += 1
    assert found >= 30


def test_the_ways_denials_come(items):
    kinds = Counter(k for it in items for k in it["kinds"])
    wanted = {"flat-denial": 15, "topic-only-denial": 30, "noun-picks-statement": 12, "rule-first-told": 15,
              "first-of-two-tellings": 4, "rule-first-of-matter": 25, "rule-before": 4, "rule-not-own": 4,
              "mention-in-denial": 3, "mention-in-denial-retold": 2, "denial-before-claim": 4,
              "denial-in-other-words": 5, "counter-accusation": 15, "two-denials-one-claim": 4,
              "headline-denial": 3, "same-country-sides": 20, "denier-of-no-country": 5,
              "claim-of-no-country-denied": 20, "no-denial": 5, "lone-denial": 2, "confirmation": 5,
              "quoted-denial": 6, "denial-later-paragraph": 3}
    short = {k: (kinds[k], n) for k, n in wanted.items() if kinds[k] < n}
    assert not short, short
    heads = [it for it in items if "headline-denial" in it["kinds"]]
    for it in heads:
        assert "two-denials-one-claim" in it["kinds"], it["id"]
    check_denial_positions(items, later_min=20, before_min=4)


def test_regions_countries_and_mix(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.85 <= with_denial / len(items) <= 0.92, with_denial
    assert 90 <= sum(len(it["denials"]) for it in items) <= 110
    check_country_spread(items, max_share=0.05, min_countries=55, max_russia_ukraine=2)
    regions = Counter()
    for it in items:
        first = next(c["claimant_country"] for c in it["claims"] if c["claimant_country"])
        regions.update(name for name, codes in _REGIONS.items() if first in codes)
    assert sum(regions.values()) == len(items) and len(regions) == len(_REGIONS), regions
    assert min(regions.values()) >= 4 and max(regions.values()) <= 7, regions
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and max(styles.values()) <= 0.4 * len(items), styles
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 90 and stances["allege"] >= 30 and stances["confirm"] >= 5, stances
    assert sum(any(c["claimant_country"] is None for c in it["claims"]) for it in items) >= 30
    same = sum(any(d.get("denies_claim_of_country") == d["denier_country"] for d in it["denials"]) for it in items)
    assert same >= 20, same
