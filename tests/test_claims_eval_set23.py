"""Format checks for data/claims-eval/dev25.jsonl, whole short articles (radio bulletins, NGO and UN reports with
rebuttals, court and police reporting, local papers, fact-checks) on one author's several statements of which one is
denied, same-country sides, headline denials, two denials of one claim and denials told before the claim (no scores
here): ids, article shape, `kinds` consistent with the labels and with where denials sit, the mix of denials, styles,
regions and countries. The shared checks (exact unique substrings, labels, ISO codes, a deny statement behind every
gold denial, no sentence shared with the other sets) are those of `claims_sets.py`, run here too."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import (check_claim_labels, check_denial_labels, check_deny_statements, check_ids, check_item_fields,
                         check_no_copied_sentences, check_substrings, check_whole_articles, read_set, sentences)

DEV25 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev25.jsonl"

_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "two-denials", "two-denials-one-claim", "report-rebuttal", "three-claims-one-denied",
                 "three-claims-two-denied", "trailing-denial", "headline-denial", "several-statements-one-denied",
                 "ordinal-pointer"}
_NEGATION = re.compile(r"\b(not|no|never|none|nothing|nobody)\b|n't\b", re.I)
# claimant countries of the two regions the set is weighted to
_AFRICA = {"BFA", "NGA", "SDN", "SSD", "ETH", "ERI", "SOM", "COD", "RWA", "BDI", "UGA", "KEN", "MOZ", "CMR", "LBY",
           "TCD", "NER", "MLI", "BEN", "CAF"}
_LATIN_AMERICA = {"COL", "MEX", "HTI", "ECU", "VEN", "PER", "HND", "BRA"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV25)


def test_size_ids_and_shared_checks(items):
    assert 48 <= len(items) <= 52
    check_ids(items, r"d25-\d{3}")
    assert [it["id"] for it in items] == [f"d25-{n:03d}" for n in range(1, len(items) + 1)]
    check_item_fields(items)
    check_substrings(items)
    check_claim_labels(items)
    check_denial_labels(items)
    check_deny_statements(items)
    check_no_copied_sentences(items, DEV25)


def _has_title(it: dict) -> bool:
    return not re.search(r"[.!?\"]$", it["text"].split("\n\n")[0])


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 7), sents=(5, 12))
    for it in items:
        paras = it["text"].split("\n\n")
        body = paras[1:] if _has_title(it) else paras
        assert 3 <= len(body) <= 6, it["id"]
        assert ("headline" in it["kinds"]) == _has_title(it), it["id"]


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _sentence_of(it: dict, sub: str) -> str:
    return next(s for s in sentences(it["text"]) if sub.lower() in s.lower())


def _claims_in(it: dict, sentence: str, deny: bool = False) -> list[dict]:
    return [c for c in it["claims"] if (c["stance"] == "deny") == deny
            and c["content_contains"].lower() in sentence.lower()]


def test_every_denied_content_lies_in_a_statement_of_the_denied_author(items):
    """A denied content is told by a gold statement (not a deny) of the author the gold denial names; a denial naming
    no author answers a claim only its own words mention (a mention-only denial) or one of an author the text names."""
    for it in items:
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if not target:
                continue
            sent = _sentence_of(it, target)
            if "denies_claim_of_country" in d:
                assert any(c["claimant_country"] == d["denies_claim_of_country"] for c in _claims_in(it, sent)), \
                    (it["id"], d)
            else:
                assert "mention-only-denial" in it["kinds"] and _claims_in(it, sent, deny=True), (it["id"], d)


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        paras = text.split("\n\n")
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if kinds & {"two-denials", "two-denials-one-claim"}:
            assert len(denials) >= 2 and len(deny_claims) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            contents = Counter(d.get("denies_content_contains") for d in denials)
            assert max(contents.values()) >= 2, it["id"]
        if "several-statements-one-denied" in kinds:
            # the denied statement is one of two or more of its author, and the others stand undenied
            ok = False
            for d in denials:
                target = d.get("denies_content_contains")
                if not target:
                    continue
                author = _claims_in(it, _sentence_of(it, target))[0]["claimant_country"]
                mine = [c for c in claims if c["stance"] != "deny" and c["claimant_country"] == author]
                hit = {dd["denies_content_contains"] for dd in denials if dd.get("denies_content_contains")}
                ok |= len(mine) >= 2 and any(c["content_contains"] not in hit for c in mine)
            assert ok, it["id"]
        if kinds & {"three-claims-one-denied", "three-claims-two-denied"}:
            others = [c for c in claims if c["stance"] != "deny"]
            assert len(others) >= 3 and 1 <= len(denials) <= 2 and len(denials) < len(others), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "headline-denial" in kinds:
            assert _has_title(it) and any(c["content_contains"].lower() in paras[0].lower() for c in deny_claims), \
                it["id"]
        if "denial-before-claim" in kinds:
            assert any(_pos(text, c["content_contains"]) < _pos(text, d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            def para_of(sub):
                return next(i for i, p in enumerate(paras) if sub.lower() in p.lower())
            assert any(para_of(c["content_contains"]) > para_of(d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "trailing-denial" in kinds:
            assert any(_claims_in(it, _sentence_of(it, d["denies_content_contains"]), deny=True)
                       and _pos(text, d["denies_content_contains"]) < min(_pos(text, c["content_contains"])
                                                                          for c in deny_claims)
                       for d in denials if d.get("denies_content_contains")), it["id"]
        if "mention-only-denial" in kinds:
            assert any("denies_claim_of_country" not in d for d in denials), it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(paras[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if "allegation" in kinds:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "denial-word-non-denial" in kinds:
            assert any(c["stance"] != "deny" and re.search(r"\bdeni", c["content_contains"]) for c in claims), it["id"]


def test_mix_of_denials_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.55 <= with_denial / len(items) <= 0.70, with_denial
    kinds = Counter(k for it in items for k in it["kinds"])
    # the brief's focus: pointed denials among one author's statements, same-country sides, headline denials,
    # two denials of one claim, denials before the claim, several claimants of which only some are denied
    assert kinds["several-statements-one-denied"] >= 8
    assert kinds["same-country-sides"] >= 15
    assert kinds["headline-denial"] >= 3
    assert kinds["two-denials-one-claim"] >= 5
    assert kinds["denial-before-claim"] >= 4
    assert kinds["three-claims-one-denied"] + kinds["three-claims-two-denied"] >= 4
    for k in ("trailing-denial", "mention-only-denial", "naming-denial", "pronoun-speaker", "title-speaker", "chain",
              "non-denial", "negated-assert", "confirmation", "allegation", "report-rebuttal", "federal-regional",
              "government-opposition", "army-rebels"):
        assert kinds[k] >= 1, k
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.5, styles
    for style in ("radio", "court", "police", "local-paper", "fact-check", "ngo-report", "un-report"):
        assert styles[style] >= 1, style
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"])
    named = {k: v for k, v in countries.items() if k}
    assert len(named) >= 30
    assert max(named.values()) / sum(countries.values()) <= 0.08, Counter(named).most_common(3)
    assert countries[None] >= 1
    weighted = sum(v for k, v in named.items() if k in _AFRICA | _LATIN_AMERICA)
    assert weighted / sum(named.values()) >= 0.6
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
