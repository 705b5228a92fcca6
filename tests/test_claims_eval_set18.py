"""Format checks for data/claims-eval/dev22.jsonl, whole short articles in which one author often makes several
statements and a denial answers only one of them (no scores here): exact unique substrings, labels, ISO codes,
article shape, `kinds` consistent with the labels, the mix of denials, stances, styles and countries, no sentence
shared with the other sets."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set


DEV22 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev22.jsonl"

# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "lone-denial", "mention-only-denial", "naming-denial",
                 "vague-object-denial", "two-denials", "third-party-denier", "several-claims-different-deniers",
                 "report-rebuttal", "multi-statement-one-denied", "three-claimants-one-denied",
                 "denied-title-speaker-claim"}
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody)\b|n't\b", re.I)


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV22)


def test_size_and_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d22-\d{3}")


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _claim_of(it: dict, sub: str) -> dict:
    """The gold claim whose span holds the denied content (the nearest one around it)."""
    at = _pos(it["text"], sub)
    spans = [(c, _pos(it["text"], c["content_contains"])) for c in it["claims"]]
    return min(spans, key=lambda cs: abs(cs[1] - at))[0]


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "lone-denial" in kinds:
            deny_spans = [c["content_contains"].lower() for c in claims if c["stance"] == "deny"]
            assert any(d.get("denies_content_contains", "").lower() in s for d in denials for s in deny_spans
                       if d.get("denies_content_contains")), it["id"]
        if kinds & {"two-denials", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "multi-statement-one-denied" in kinds:
            # the denied author made at least two statements, and not all of them are denied
            for d in denials:
                if "denies_claim_of_country" not in d:
                    continue
                own = [c for c in claims if c["claimant_country"] == d["denies_claim_of_country"] and c["stance"] != "deny"]
                if len(own) >= 2 and len(own) > sum(1 for e in denials
                                                    if e.get("denies_claim_of_country") == d["denies_claim_of_country"]):
                    break
            else:
                pytest.fail(f"{it['id']}: no denied author with several statements")
        if "three-claimants-one-denied" in kinds:
            # speakers of one country (police and a gang) count once here: at least two countries, three statements
            said = [c for c in claims if c["stance"] != "deny"]
            assert len({c["claimant_country"] for c in said}) >= 2 and len(said) >= 3, it["id"]
            assert len(denials) < len(said), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "denial-later-paragraph" in kinds and all(d.get("denies_content_contains") for d in denials):
            paras = text.lower().split("\n\n")
            para_of = lambda s: next(i for i, p in enumerate(paras) if s.lower() in p)  # noqa: E731
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "claims-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(_STAMP.match(p)) for p in text.split("\n\n")) <= 5, it["id"]
        if "quote-over-paragraphs" in kinds:
            paras = text.split("\n\n")
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]


def test_every_gold_denied_content_lies_in_a_claim_of_the_named_author(items):
    for it in items:
        for d in it["denials"]:
            if d.get("denies_content_contains") and "denies_claim_of_country" in d:
                c = _claim_of(it, d["denies_content_contains"])
                assert c["claimant_country"] == d["denies_claim_of_country"], (it["id"], d)


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 1, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.7, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    assert kinds["multi-statement-one-denied"] >= 15, kinds["multi-statement-one-denied"]
    assert kinds["denial-before-claim"] >= 8, kinds["denial-before-claim"]
    assert kinds["three-claimants-one-denied"] >= 3
    assert kinds["denied-title-speaker-claim"] >= 3
    for k in ("denial-later-paragraph", "alternating-sides", "pronoun-speaker", "title-speaker",
              "quote-over-paragraphs", "unnamed-source", "non-denial", "background", "report-rebuttal", "lone-denial",
              "several-claims-different-deniers", "live-blog", "radio", "chain", "same-country-sides"):
        assert kinds[k] >= 1, k
