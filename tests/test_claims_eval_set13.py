"""Format checks for data/claims-eval/dev17.jsonl, whole short articles from the Great Lakes, the Horn of Africa,
the Sahel, Central Asia and the Caucasus, the Balkans, Latin America and Pakistan/Afghanistan (no scores here):
exact unique substrings, labels, ISO codes, article shape, `kinds` consistent with the labels and with where
denials sit, the mix of denials, stances, styles and countries, no sentence shared with the other sets."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from claims_sets import check_ids, check_whole_articles, read_set

DEV17 = Path(__file__).resolve().parents[1] / "data" / "claims-eval" / "dev17.jsonl"

# kinds that need a gold denial in the item
_DENIAL_KINDS = {"denial-later-paragraph", "denial-before-claim", "mention-only-denial", "naming-denial",
                 "vague-object-denial", "two-denials", "two-denials-one-claim", "third-party-denier",
                 "several-claims-different-deniers", "several-claims-one-country-deniers", "report-rebuttal",
                 "claim-by-title-speaker-denied"}
_STAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{3,4} - ")
_NEGATION = re.compile(r"\b(not|no|never|none|nothing)\b|n't\b", re.I)
_TITLE_SPEAKER = re.compile(r"\b(the|its|\w+'s?) (\w+ ){0,2}(president|prime minister|spokesman|spokeswoman|minister|"
                            r"leader|commissioner|head|administrator)\b(?!,? (?-i:[A-Z]))", re.I)


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return read_set(DEV17)


def test_size_and_unique_ids(items):
    assert len(items) >= 45
    check_ids(items, r"d17-\d{3}")


def test_items_are_whole_short_articles(items):
    check_whole_articles(items, paragraphs=(3, 6), sents=(5, 12), stamp=_STAMP)


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _para(text: str, sub: str) -> int:
    return text[:_pos(text, sub)].count("\n\n")


def test_kinds_agree_with_the_labels(items):
    for it in items:
        kinds, text, claims, denials = set(it["kinds"]), it["text"], it["claims"], it["denials"]
        stances = {c["stance"] for c in claims}
        deny_claims = [c for c in claims if c["stance"] == "deny"]
        assert ("no-denial" in kinds) == (not denials), it["id"]
        if kinds & _DENIAL_KINDS:
            assert denials, it["id"]
        if "vague-object-denial" in kinds:
            assert any("denies_content_contains" not in d for d in denials), it["id"]
        if kinds & {"two-denials", "two-denials-one-claim", "several-claims-different-deniers",
                    "several-claims-one-country-deniers"}:
            assert len(denials) >= 2, it["id"]
        if "two-denials-one-claim" in kinds:
            claimed = Counter(d.get("denies_claim_of_country", "?") for d in denials)
            assert max(claimed.values()) >= 2, it["id"]
        if "several-claims-different-deniers" in kinds:
            assert len({d["denier_country"] for d in denials}) >= 2, it["id"]
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "several-claims-one-country-deniers" in kinds:
            assert len({d.get("denies_content_contains") for d in denials}) >= 2, it["id"]
        if "third-party-denier" in kinds:
            # a denier whose only statements in the article are denials
            assert any(all(c["stance"] == "deny" for c in claims if c["claimant_country"] == d["denier_country"])
                       for d in denials), it["id"]
        if "same-country-sides" in kinds and denials:
            assert any(d["denier_country"] == d.get("denies_claim_of_country") for d in denials), it["id"]
        if "denial-before-claim" in kinds:
            # a denial's content is told after a deny statement of the same denier
            assert any(_pos(text, d["denies_content_contains"]) > _pos(text, c["content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"]), it["id"]
        if "denial-later-paragraph" in kinds:
            # a deny statement sits in a later paragraph than the content it denies
            assert any(_para(text, c["content_contains"]) > _para(text, d["denies_content_contains"])
                       for d in denials if d.get("denies_content_contains")
                       for c in deny_claims if c["claimant_country"] == d["denier_country"])\
                or any("denies_content_contains" not in d for d in denials), it["id"]
        if "three-claims" in kinds:
            # claims by at least three speakers (speakers of one country are not told apart here)
            assert sum(c["stance"] != "deny" for c in claims) >= 3, it["id"]
        if "report-rebuttal" in kinds:
            tail = "\n\n".join(text.split("\n\n")[-2:]).lower()
            assert any(c["content_contains"].lower() in tail for c in deny_claims), it["id"]
        if "confirmation" in kinds:
            assert "confirm" in stances, it["id"]
        if kinds & {"allegation", "hedge"}:
            assert "allege" in stances, it["id"]
        if "negated-assert" in kinds:
            assert any(c["stance"] == "assert" and _NEGATION.search(c["content_contains"]) for c in claims), it["id"]
        if "claim-no-country" in kinds:
            assert any(c["claimant_country"] is None for c in claims), it["id"]
        if "live-blog" in kinds:
            assert 3 <= sum(bool(_STAMP.match(p)) for p in text.split("\n\n")) <= 5, it["id"]
        if "quote-over-paragraphs" in kinds:
            paras = text.split("\n\n")
            # a paragraph left unclosed, the next one opening with the quote mark again
            assert any(p.count('"') % 2 == 1 and n.startswith('"') for p, n in zip(paras, paras[1:])), it["id"]
        if "headline" in kinds:
            assert not re.search(r"[.!?\"]$", text.split("\n\n")[0]), it["id"]
        if "claim-by-title-speaker-denied" in kinds:
            assert _TITLE_SPEAKER.search(text), it["id"]


def test_mix_of_denials_stances_styles_and_regions(items):
    with_denial = sum(bool(it["denials"]) for it in items)
    assert 0.5 <= with_denial / len(items) <= 0.7, with_denial
    stances = Counter(c["stance"] for it in items for c in it["claims"])
    assert stances["deny"] >= 30 and stances["allege"] >= 10 and stances["confirm"] >= 3, stances
    styles = Counter(it["style"] for it in items)
    assert len(styles) >= 7 and styles["wire"] / len(items) < 0.65, styles
    countries = Counter(c["claimant_country"] for it in items for c in it["claims"] if c["claimant_country"])
    assert len(countries) >= 25
    assert max(countries.values()) / sum(countries.values()) < 0.10, countries.most_common(3)
    # Russia-Ukraine at most a tenth of the items
    ru_ua = sum(any(c["claimant_country"] in {"RUS", "UKR"} for c in it["claims"]) for it in items)
    assert ru_ua <= len(items) // 10
    kinds = Counter(k for it in items for k in it["kinds"])
    for k in ("denial-later-paragraph", "denial-before-claim", "alternating-sides", "pronoun-speaker",
              "title-speaker", "quote-over-paragraphs", "unnamed-source", "non-denial", "background",
              "report-rebuttal", "several-claims-different-deniers", "three-claims", "live-blog", "radio",
              "claim-by-title-speaker-denied", "chain", "mention-only-denial"):
        assert kinds[k] >= 1 if k == "quote-over-paragraphs" else kinds[k] >= 2, k
    # several claims by different speakers of which only some are denied: the denier must pick the right one
    partial = [it for it in items if "three-claims" in it["kinds"] and it["denials"]
               and len(it["denials"]) < sum(c["stance"] != "deny" for c in it["claims"])]
    assert len(partial) >= 8
