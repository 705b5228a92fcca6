"""Format checks for data/claims-eval/dev21.jsonl, whole short articles with transcript turns, same-country sides and
several claimants of which one or two are denied (no scores here): exact unique substrings, labels, ISO codes,
article shape, `kinds` consistent with the labels, the mix of denials, styles and countries, no sentence shared with
the other sets."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set, sentences


DEV21 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev21.jsonl"

_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "vague-object-denial", "two-denials", "two-denials-one-claim", "third-party-denier",
                 "several-claims-different-deniers", "report-rebuttal", "three-claims-one-denied",
                 "three-claims-two-denied", "title-speaker-claim-denied", "trailing-denial"}
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_TURN = re.compile(r"^(Q|A|Reporter|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}): ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody)\b|n't\b", re.I)


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV21)


def test_size_and_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d21-\d{3}")


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _claim_of(it: dict, content: str) -> dict:
    """The gold claim (not a deny) told in the sentence that holds the denied content."""
    sent = next(s for s in sentences(it["text"]) if content.lower() in s.lower())
    for c in it["claims"]:
        if c["stance"] != "deny" and c["content_contains"].lower() in sent.lower():
            return c
    raise AssertionError((it["id"], content))


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            contents = [_claim_of(it, d["denies_content_contains"])["content_contains"] for d in denials
                        if d.get("denies_content_contains")]
            assert max(Counter(contents).values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            targets = {_claim_of(it, d["denies_content_contains"])["content_contains"] for d in denials
                       if d.get("denies_content_contains")}
            assert len(targets) >= 2 or len({d["denier_country"] for d in denials}) >= 2, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            # three or more asserted claims by different speakers' statements, one or two of them denied
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2, it["id"]
            assert len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            def para_of(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in claims if c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]) \
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["stance"] == "deny" and c["content_contains"].lower() in tail for c in claims), it["id"]
        if "third-party-denier" in kinds:
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(_STAMP.match(p)) for p in paras) <= 5, it["id"]
        if "turn-speakers" in kinds:
            assert sum(bool(_TURN.match(p)) for p in paras) >= 3, it["id"]
        if "quote-over-paragraphs" in kinds:
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]


def test_mix_of_denials_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief: 12+ transcript or Q&A items, 12+ with same-country sides, several three-claimant articles
    assert sum(bool({"transcript", "qa"} & set(it["kinds"])) for it in items) >= 12
    assert kinds["same-country-sides"] >= 12
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 5
    assert kinds["title-speaker-claim-denied"] >= 3
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker", "title-speaker",
              "quote-over-paragraphs", "unnamed-source", "non-denial", "background", "report-rebuttal", "live-blog",
              "radio", "several-claims-different-deniers", "mention-only-denial"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.5, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 30
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    assert any(c["claimant_country"] is None for it in items for c in it["claims"])
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
