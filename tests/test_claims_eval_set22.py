"""Format checks for data/claims-eval/dev24.jsonl, whole short articles for denial linking: transcripts and briefings,
live blogs, partisan outlets and ministry statements, one author's several statements of which one is denied,
same-country sides, headline denials, two denials of one claim, denials of a denial (no scores here): exact unique
substrings, labels, ISO codes, article shape, `kinds` consistent with the labels, the mix of denials, styles,
regions and countries, no sentence shared with the other sets."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_claim_labels, check_denial_labels, check_deny_statements, check_ids, check_item_fields,
                         check_no_copied_sentences, check_substrings, check_whole_articles, read_set, sentences)

DEV24 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev24.jsonl"

_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "vague-object-denial", "two-denials", "two-denials-one-claim", "pointed-denial",
                 "several-statements-one-denied", "several-statements-two-denied", "report-rebuttal",
                 "three-claims-one-denied", "three-claims-two-denied", "trailing-denial", "headline-denial",
                 "denial-of-denial"}
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_TURN = re.compile(r"^(Q|A|Reporter|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}): ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody|neither|nor)\b|n't\b", re.I)
_ASIA = {"PAK", "IND", "MMR", "BGD", "PHL", "IDN", "THA", "KHM", "KOR", "PRK", "CHN", "TWN", "VNM", "AFG", "KGZ",
         "TJK"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV24)


def test_size_and_ids(items):
    assert 48 <= len(items) <= 52
    check_ids(items, r"d24-\d{3}")
    assert [it["id"] for it in items] == [f"d24-{i:03d}" for i in range(1, len(items) + 1)]


def test_shared_format_checks(items):
    check_item_fields(items)
    check_substrings(items)
    check_claim_labels(items)
    check_denial_labels(items)
    check_deny_statements(items)
    check_no_copied_sentences(items, DEV24)


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)
    for it in items:
        body = [p for p in it["text"].split("\n\n") if re.search(r"[.!?\"]$", p)]
        assert 3 <= len(body) <= 6, it["id"]


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _sentence_of(it: dict, sub: str) -> str:
    return next(s for s in sentences(it["text"]) if sub.lower() in s.lower())


def _para_of(it: dict, sub: str) -> int:
    return it["text"][: _pos(it["text"], sub)].count("\n\n")


def _denied_claim(it: dict, d: dict) -> dict:
    """The gold statement (of the denied author's country, when given) whose content shares the denied words."""
    target = d["denies_content_contains"].lower()
    cands = [c for c in it["claims"] if ("denies_claim_of_country" not in d
                                        or c["claimant_country"] == d["denies_claim_of_country"])]
    for c in cands:
        cc = c["content_contains"].lower()
        if target in cc or cc in target:
            return c
    sent = _sentence_of(it, target).lower()
    for c in cands:
        if c["content_contains"].lower() in sent:
            return c
    raise AssertionError((it["id"], target))


def test_every_denied_content_lies_in_a_statement_of_the_denied_author(items):
    for it in items:
        for d in it["denials"]:
            if d.get("denies_content_contains"):
                c = _denied_claim(it, d)
                if "denies_claim_of_country" in d:
                    assert c["claimant_country"] == d["denies_claim_of_country"], (it["id"], d)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        with_content = [d for d in denials if d.get("denies_content_contains")]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-statements-two-denied", "denial-of-denial"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            # two deny statements of one denier answer the same statement
            targets = Counter((d["denier_country"], _denied_claim(it, d)["content_contains"]) for d in with_content)
            assert max(targets.values()) >= 2, it["id"]
            assert sum(c["claimant_country"] == max(targets, key=targets.get)[0] for c in deny_claims) >= 2, it["id"]
        if kinds & {"several-statements-one-denied", "pointed-denial"}:
            # the denied author made two or more statements; the denial answers one of them
            assert any(sum(c["stance"] != "deny" and c["claimant_country"] == _denied_claim(it, d)["claimant_country"]
                           for c in claims) >= 2 for d in with_content), it["id"]
        if "several-statements-two-denied" in kinds:
            targets = {_denied_claim(it, d)["content_contains"] for d in with_content}
            assert len(targets) >= 2, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2 and len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-of-denial" in kinds:
            # a denial whose denied statement is itself a deny statement of the other side
            assert any(_denied_claim(it, d)["stance"] == "deny" for d in with_content), it["id"]
        if "headline-denial" in kinds:
            assert "headline" in kinds, it["id"]
            assert any(c["content_contains"].lower() in paras[0].lower() for c in deny_claims), it["id"]
            assert any(_para_of(it, d["denies_content_contains"]) > 0 for d in with_content), it["id"]
        if "trailing-denial" in kinds:
            assert any(_pos(text, c["content_contains"]) > _pos(text, d["denies_content_contains"])
                       and _sentence_of(it, c["content_contains"]) == _sentence_of(it, d["denies_content_contains"])
                       for c in deny_claims for d in with_content), it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in with_content for c in deny_claims
                       if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            assert any(_para_of(it, c["content_contains"]) > _para_of(it, d["denies_content_contains"])
                       for d in with_content for c in deny_claims
                       if c["claimant_country"] == d["denier_country"]) \
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "mention-only-denial" in kinds:
            # a denied content told only inside the deny statement, whose author the text does not name
            assert any("denies_claim_of_country" not in d and any(
                d["denies_content_contains"].lower() in c["content_contains"].lower() for c in deny_claims)
                for d in with_content), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "live-blog" in kinds:
            assert it["style"] == "live-blog", it["id"]
            assert 3 <= sum(bool(_STAMP.match(p)) for p in paras) <= 5, it["id"]
        if kinds & {"turn-speakers", "qa"}:
            assert sum(bool(_TURN.match(p)) for p in paras) >= 3, it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", paras[0]), it["id"]
        if "denial-later-paragraph" not in kinds and "live-blog" in kinds and denials:
            raise AssertionError(f"{it['id']}: a live blog's denial is expected in a later entry")


def test_mix_of_denials_styles_and_regions(items):
    n = len(items)
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / n <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief: transcripts and live blogs first, then the constructions the linker misses most
    assert sum(bool({"qa", "turn-speakers"} & set(it["kinds"])) for it in items) >= 8
    assert kinds["live-blog"] >= 5
    assert kinds["same-country-sides"] >= 12
    assert kinds["several-statements-one-denied"] + kinds["several-statements-two-denied"] >= 6
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 6
    for k in ("headline-denial", "two-denials-one-claim", "denial-before-claim", "denial-of-denial",
              "mention-only-denial"):
        assert kinds[k] >= 2, k
    for k in ("trailing-denial", "naming-denial", "pointed-denial", "non-denial", "negated-assert", "confirmation",
              "allegation", "chain", "pronoun-speaker", "title-speaker", "partisan-outlet", "radio", "background",
              "vague-object-denial", "report-rebuttal", "federal-regional", "government-opposition"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / n < 0.5, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"])
    total = sum(countries.values())
    named = {k: v for k, v in countries.items() if k}
    assert len(named) >= 30
    assert max(named.values()) / total <= 0.08, Counter(named).most_common(3)
    assert countries[None] >= 1
    asia = sum(bool(_ASIA & {c["claimant_country"] for c in it["claims"]}) for it in items)
    assert asia / n >= 0.4, asia
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= n // 10
