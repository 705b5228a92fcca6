"""Format checks for data/claims-eval/dev20.jsonl, a development set of whole short articles for claims and denial
linking (Middle East, Caucasus, Eastern Europe, East and Southeast Asia, Sudan and South Sudan). No scores here: the
set was scored once, see data/claims-eval/README.md, "dev20"."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set


SET = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev20.jsonl"

# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "lone-denial", "mention-only-denial", "naming-denial",
                 "two-denials", "two-denials-one-claim", "several-claims-different-deniers", "report-rebuttal",
                 "headline-denial", "trailing-denial", "three-claims-one-denied", "vague-object-denial",
                 "denied-claim-by-title-speaker", "denied-claim-by-pronoun-speaker", "nothing-to-do-with",
                 "third-party-denier", "deny-saying", "deny-then-own-quote", "no-evidence-denial"}
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_TURN = re.compile(r"^(Q|A|Reporter|[A-Z][a-z]+): ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing)\b|n't\b", re.I)
# the regions this set was written for
REGIONS = {"SYR", "IRQ", "YEM", "LBN", "PSE", "ISR", "IRN", "TUR", "ARE",  # Middle East
           "ARM", "AZE", "GEO",  # Caucasus
           "MDA", "BLR", "POL", "LTU", "LVA", "EST", "FIN",  # Eastern Europe, Baltic
           "CHN", "TWN", "JPN", "KOR", "PRK", "PHL", "MMR", "THA", "KHM",  # East and Southeast Asia
           "SDN", "SSD"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(SET)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def test_size_and_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d20-\d{3}")


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "lone-denial" in kinds:
            # the denied content lies inside the denial's own words and no author is given
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "three-claims-one-denied" in kinds:
            # three or more statements by at least two claimants, fewer denied than not
            assert len({c["claimant_country"] for c in claims if c["stance"] != "deny"}) >= 2, it["id"]
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
            assert len(denials) <= 3, it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement in a later paragraph than the content it denies
            def para(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para(c["content_contains"]) > para(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if kinds & {"allegation", "hedge"}:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "claims-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(_STAMP.match(p)) for p in paras) <= 5, it["id"]
        if "transcript-turns" in kinds or it["style"] == "transcript":
            assert sum(bool(_TURN.match(p)) for p in paras) >= 2, it["id"]
        if "quote-over-paragraphs" in kinds:
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "headline-denial" in kinds:
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in paras[0].lower() for c in claims), it["id"]
        if "trailing-denial" in kinds:
            assert any(c["stance"] == "deny" and re.match(r"(which|an accusation|a charge|a claim)\b",
                                                          c["content_contains"]) for c in claims), it["id"]


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 8 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert sum(n for c, n in countries.items() if c in REGIONS) / sum(countries.values()) > 0.8
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "lone-denial", "several-claims-different-deniers", "live-blog", "radio",
              "mention-only-denial", "naming-denial", "two-denials-one-claim", "chain", "transcript-turns"):
        assert kinds[k] >= 2, k
    # the commonest linking error: the denier must pick the right one of several earlier claims
    assert kinds["three-claims-one-denied"] >= 8
    assert kinds["denied-claim-by-title-speaker"] + kinds["denied-claim-by-pronoun-speaker"] >= 3
