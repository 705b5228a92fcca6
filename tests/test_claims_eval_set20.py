"""Format checks for data/claims-eval/heldout8.jsonl, an eighth held-out set of whole short articles for claims and
denial linking (no scores here: the set is scored once, see data/claims-eval/README.md, "heldout8")."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_denial_positions, check_ids, check_whole_articles, read_set


ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "data" / "claims-eval" / "heldout8.jsonl"
# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "trailing-denial", "two-denials-one-claim",
                 "two-claims-two-deniers", "naming-denial", "deny-in-quote", "vague-object-denial",
                 "denial-mentions-claim", "lone-denial", "rebuttal-last-paragraph", "headline-denial",
                 "third-party-denier", "foreign-denier", "denier-of-no-country", "denial-of-denial"}
_TIMESTAMP = re.compile(r"^\d{2}:\d{2} GMT - ")
_TURN = re.compile(r"^(Q|[A-Z][a-z]+): ")


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def test_size_and_ids(items):
    assert 45 <= len(items) <= 50
    check_ids(items, r"h8-\d{3}")


def test_items_are_whole_short_articles(items):
    # 3-6 paragraphs of body and 5-12 sentences, plus an optional headline line
    check_whole_articles(items, stamp=_TIMESTAMP)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, denials = set(it["kinds"]), it["text"], it["denials"]
        stances = {c["stance"] for c in it["claims"]}
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            targets = Counter((d.get("denies_claim_of_country"), d.get("denies_content_contains")) for d in denials)
            assert max(targets.values()) >= 2, it["id"]
        if "two-claims-two-deniers" in kinds:
            pairs = {(d["denier_country"], d.get("denies_content_contains")) for d in denials}
            assert len({p[0] for p in pairs}) >= 2 and len({p[1] for p in pairs}) >= 2, it["id"]
        if kinds & {"third-party-denier", "foreign-denier"}:
            # a denier of neither side: not the country of the article's first speaker nor of the claim it denies
            first = it["claims"][0]["claimant_country"]
            assert any(d["denier_country"] not in (first, d.get("denies_claim_of_country")) for d in denials), it["id"]
        if "three-claims-some-denied" in kinds:
            # three or more claimants' statements, not every one of them denied
            assert len(it["claims"]) >= 4 and denials, it["id"]
            denied = {d.get("denies_content_contains") for d in denials}
            undenied = [c for c in it["claims"] if c["stance"] != "deny"
                        and not any(t and t.lower() in c["content_contains"].lower() for t in denied)]
            assert len(undenied) >= 2, it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
        if "transcript" in kinds or "interview-qa" in kinds:
            turns = [p for p in text.split("\n\n") if _TURN.match(p)]
            assert sum(p.startswith("Q: ") for p in turns) >= 2 and len(turns) >= 4, it["id"]
        if "headline-denial" in kinds:
            head = text.split("\n\n")[0]
            assert not head.endswith("."), it["id"]
            assert any(c["stance"] == "deny" and c["content_contains"] in head for c in it["claims"]), it["id"]
        if "denial-of-denial" in kinds:
            # one gold denial answers another gold denial's deny statement
            deny_subs = [c["content_contains"].lower() for c in it["claims"] if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_subs
                       if d.get("denies_content_contains")), it["id"]
        if "quote-spanning-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and q.startswith('"') for p, q in zip(paras, paras[1:])), it["id"]


def test_denials_come_before_and_after_their_claims(items):
    """The constructions the set is for: denials paragraphs after the claim, and denials told before it."""
    check_denial_positions(items, later_min=18, before_min=5)


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.08, countries.most_common(3)
    # Russia-Ukraine items at most 10 %
    ru_ua = [it for it in items if {"RUS", "UKR"} & {c["claimant_country"] for c in it["claims"]}]
    assert len(ru_ua) <= 0.10 * len(items)
    # the brief's emphasis: Europe and the Caucasus/Central Asia, the Middle East, Africa, Asia, Latin America
    regions_of = {
        "europe": {"GEO", "MDA", "ARM", "AZE", "KGZ", "TJK", "XKX", "SRB", "BIH", "LTU", "BLR", "GRC", "TUR", "UKR"},
        "mideast": {"IRQ", "SYR", "YEM", "LBN", "ISR", "PSE", "IRN", "SAU"},
        "africa": {"MLI", "BFA", "NER", "BEN", "SDN", "SSD", "SOM", "ETH", "KEN", "COD", "RWA", "BDI", "MOZ", "CMR",
                   "TCD", "LBY", "CAF"},
        "asia": {"MMR", "IND", "PAK", "CHN", "KOR", "PRK", "VNM", "IDN", "THA", "KHM", "AFG"},
        "latam": {"PER", "VEN", "BOL", "BRA", "NIC"},
    }
    regions = Counter()
    for it in items:
        own = {c["claimant_country"] for c in it["claims"]}
        for name, codes in regions_of.items():
            regions[name] += bool(own & codes)
    assert regions["europe"] >= 10 and regions["mideast"] >= 10 and regions["africa"] >= 12, regions
    assert regions["asia"] >= 8 and regions["latam"] >= 5, regions
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "live-blog", "fact-check", "partisan", "non-denial",
              "same-country-sides", "background", "chain", "unnamed-source", "pronoun-speaker", "title-speaker",
              "rebuttal-last-paragraph", "trailing-denial", "transcript", "interview-qa", "headline-denial",
              "reporter-question-claim", "lone-denial", "third-party-denier", "denier-of-no-country",
              "denial-mentions-claim", "denial-of-denial", "deny-in-quote", "vague-object-denial", "naming-denial",
              "negated-neutral", "confirmation", "allegation", "one-author-several-statements"):
        assert kinds[k] >= 1, k
    assert kinds["two-claims-two-deniers"] >= 3
    assert kinds["two-denials-one-claim"] >= 3
    assert kinds["three-claims-some-denied"] >= 8
    assert kinds["denial-before-claim"] >= 4
    assert kinds["same-country-sides"] >= 8
    assert {"wire", "live-blog", "ministry-statement", "partisan", "radio", "transcript", "interview", "fact-check",
            "ngo-report", "un-report", "local-paper"} <= set(styles), styles
