"""Format checks for data/claims-eval/dev27.jsonl, whole short articles for denial linking: one author's several
statements of which one is denied, same-country sides, headline denials, two denials of one claim, denials told
before the claim (no scores here): ids, article shape, `kinds` consistent with the labels, the mix of denials,
styles and countries."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_claim_labels, check_denial_labels, check_deny_statements, check_ids, check_item_fields,
                         check_substrings, check_whole_articles, read_set)

DEV27 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev27.jsonl"

_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "two-denials-one-claim", "headline-denial", "three-claims-some-denied", "trailing-denial",
                 "vague-reference", "ordinal-reference", "figure-reference", "denial-then-quote", "lone-denial",
                 "several-claims-different-deniers", "pronoun-object-denial"}
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody)\b|n't\b", re.I)


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV27)


def test_size_ids_and_labels(items):
    assert 40 <= len(items) <= 50
    check_ids(items, r"d27-\d{3}")
    check_item_fields(items)
    check_substrings(items)
    check_claim_labels(items)
    check_denial_labels(items)
    check_deny_statements(items)


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12))


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _para(text: str, sub: str) -> int:
    return text[: _pos(text, sub)].count("\n\n")


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        denies = [c for c in claims if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            assert len(denials) >= 2 and max(Counter(targets).values()) >= 2, it["id"]
        if "headline-denial" in kinds:
            head = text.split("\n\n")[0]
            assert not re.search(r"[.!?\"]$", head), it["id"]
            assert any(c["content_contains"] in head for c in denies), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, c["content_contains"]) < _pos(text, t) for c in denies for t in targets), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para(text, c["content_contains"]) > _para(text, t) for c in denies for t in targets), it["id"]
        if "one-author-several-statements" in kinds and denials:
            # the denied statement's author made another statement of the item that no denial answers
            for d in denials:
                t, author = d["denies_content_contains"].lower(), d.get("denies_claim_of_country", "?")
                others = [c for c in claims if c["stance"] != "deny" and c["claimant_country"] == author
                          and t not in c["content_contains"].lower() and c["content_contains"].lower() not in t]
                assert others, (it["id"], d)
        if "three-claims-some-denied" in kinds:
            assert len({c["claimant_country"] for c in claims}) >= 3 or len(claims) >= 5, it["id"]
            undenied = [c for c in claims if c["stance"] != "deny"
                        and not any(t.lower() in c["content_contains"].lower() for t in targets)]
            assert len(undenied) >= 2, it["id"]
        if "lone-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "radio" in kinds:
            assert it["style"] == "radio", it["id"]


def test_mix_of_denials_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's focus constructions
    assert kinds["one-author-several-statements"] >= 15
    assert kinds["same-country-sides"] >= 15
    assert kinds["headline-denial"] >= 4 and kinds["two-denials-one-claim"] >= 4
    assert kinds["denial-before-claim"] >= 4 and kinds["three-claims-some-denied"] >= 3
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "title-speaker",
              "non-denial", "negated-assert", "confirmation", "chain"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 6, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 40
    assert max(countries.values()) / sum(countries.values()) < 0.08, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
