"""Format checks for data/claims-eval/dev26.jsonl, whole short articles for denial linking: one author's several
statements of which one is denied, same-country sides, headline denials, two denials of one claim, denials told
before the claim, several claimants of which some are denied (no scores here): ids, article shape, labels, `kinds`
consistent with the labels and with where denials sit, the mix of denials and countries."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_claim_labels, check_denial_labels, check_deny_statements, check_ids,
                         check_item_fields, check_substrings, check_whole_articles, read_set)

DEV26 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev26.jsonl"
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_TURN = re.compile(r"^(Q|A|Reporter|[A-Z][\w'-]+): ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody)\b|n't\b", re.I)
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "vague-object-denial", "two-denials-one-claim", "headline-denial", "three-claims-some-denied",
                 "several-claims-different-denials", "report-rebuttal", "trailing-denial", "denier-of-no-country"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV26)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _para(text: str, sub: str) -> int:
    return text[: _pos(text, sub)].count("\n\n")


def test_size_ids_and_labels(items):
    assert 48 <= len(items) <= 52
    check_ids(items, r"d26-\d{3}")
    check_item_fields(items)
    check_substrings(items)
    check_claim_labels(items)
    check_denial_labels(items)
    check_deny_statements(items)


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        paras = text.split("\n\n")
        stances = {c["stance"] for c in claims}
        deny_subs = [c["content_contains"] for c in claims if c["stance"] == "deny"]
        targets = [d["denies_content_contains"] for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d.get("denies_claim_of_country") == d["denier_country"] for d in denials), it["id"]
        if "two-denials-one-claim" in kinds:
            assert max(Counter(targets).values()) >= 2, it["id"]
        if "several-claims-different-denials" in kinds:
            assert len(set(targets)) >= 2, it["id"]
        if "one-author-several-statements" in kinds and denials:
            # the denied author makes another statement the denial leaves alone
            for d in denials:
                if "denies_claim_of_country" in d:
                    assert sum(c["claimant_country"] == d["denies_claim_of_country"] and c["stance"] != "deny"
                               for c in claims) >= 2, it["id"]
        if "three-claims-some-denied" in kinds:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and len(set(targets)) < len(others), it["id"]
        if "headline-denial" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]) and any(s.lower() in paras[0].lower() for s in deny_subs), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, s) < _pos(text, t) for s in deny_subs for t in targets), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para(text, s) > _para(text, t) for s in deny_subs for t in targets), it["id"]
        if "trailing-denial" in kinds:
            assert any(_para(text, s) == len(paras) - 1 for s in deny_subs), it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if "denier-of-no-country" in kinds:
            assert any(d["denier_country"] is None for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            assert any(d.get("denies_claim_of_country", 0) is None for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(_STAMP.match(p)) for p in paras) <= 5, it["id"]
        if "transcript" in kinds:
            assert sum(bool(_TURN.match(p)) for p in paras) >= 3, it["id"]
        if "quote-over-paragraphs" in kinds:
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]


def test_mix_of_denials_constructions_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    assert kinds["one-author-several-statements"] >= 10
    assert kinds["same-country-sides"] >= 10
    assert kinds["headline-denial"] >= 3 and kinds["two-denials-one-claim"] >= 5
    assert kinds["denial-before-claim"] >= 3 and kinds["three-claims-some-denied"] >= 3
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "non-denial",
              "negated-assert", "confirmation", "transcript", "live-blog", "partisan-outlet", "quote-over-paragraphs"):
        assert kinds[k] >= 1, k
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) <= 0.08, countries.most_common(3)
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.7, styles
