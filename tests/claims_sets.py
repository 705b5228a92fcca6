"""Format checks shared by the tests of the hand-written claims sets (data/claims-eval/*.jsonl): labels valid,
gold substrings exact and unambiguous, every deny statement with its gold denial."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pycountry

from sitrep.eval.claims import STANCES

EXTRA_CODES = {"XKX"}  # Kosovo, user-assigned (data/claims-eval/README.md)
DENIAL_KEYS = {"denier_country", "denies_claim_of_country", "denies_content_contains"}
CLAIM_KEYS = {"claimant_country", "stance", "content_contains"}


def read_set(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_ids(items: list[dict], pattern: str) -> None:
    ids = [it.get("id") for it in items]
    assert all(isinstance(i, str) and re.fullmatch(pattern, i) for i in ids)
    dup = [i for i, n in Counter(ids).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"


def valid_country(code) -> bool:
    if code is None:
        return True
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return False
    return code in EXTRA_CODES or pycountry.countries.get(alpha_3=code) is not None


def substrings(item: dict) -> list[str]:
    subs = [c["content_contains"] for c in item.get("claims") or []]
    subs += [d["denies_content_contains"] for d in item.get("denials") or [] if "denies_content_contains" in d]
    return subs


def check_substrings(items: list[dict]) -> None:
    for it in items:
        text = it["text"]
        for s in substrings(it):
            assert isinstance(s, str) and s.strip(), f"{it['id']}: empty substring"
            assert s in text, f"{it['id']}: {s!r} is not an exact substring of the text"
            # the evaluator takes the first occurrence (case-insensitive): one occurrence keeps the gold span exact
            assert text.lower().count(s.lower()) == 1, f"{it['id']}: {s!r} occurs more than once"


def check_claim_labels(items: list[dict]) -> None:
    for it in items:
        for c in it["claims"]:
            assert set(c) == CLAIM_KEYS, f"{it['id']}: claim keys {sorted(c)}"
            assert c["stance"] in STANCES, f"{it['id']}: stance {c['stance']!r}"
            assert valid_country(c["claimant_country"]), f"{it['id']}: country {c['claimant_country']!r}"


def check_denial_labels(items: list[dict]) -> None:
    for it in items:
        for d in it["denials"]:
            assert set(d) <= DENIAL_KEYS, f"{it['id']}: denial keys {sorted(d)}"
            assert "denier_country" in d, it["id"]
            assert "denies_claim_of_country" in d or d.get("denies_content_contains"), it["id"]
            assert valid_country(d["denier_country"]), it["id"]
            assert valid_country(d.get("denies_claim_of_country")), it["id"]
        # a deny statement is a response to a claim, so the item must say which denial it is
        if any(c["stance"] == "deny" for c in it["claims"]):
            assert it["denials"], f"{it['id']}: a deny statement without a gold denial"


_SENTENCE_END = re.compile(r"(?<=[.!?:])[\"\u201d]?\s+(?=[\"\u201cA-Z0-9])")


def sentences(text: str) -> list[str]:
    """A set item's sentences, paragraph by paragraph (a colon before a capital ends one: "Kanaani: We ...")."""
    out = []
    for para in text.split("\n\n"):
        out += [s for s in _SENTENCE_END.split(para.strip()) if s.strip()]
    return out


def check_item_fields(items: list[dict]) -> None:
    """Text, date, style, claims and a list of denials; `kinds` (ignored by the evaluator) names what an item tests."""
    for it in items:
        assert isinstance(it["text"], str) and it["text"].strip(), it["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", it.get("published") or ""), it["id"]
        assert isinstance(it.get("style"), str) and it["style"], it["id"]
        assert it.get("claims"), f"{it['id']}: no claim"
        assert isinstance(it.get("denials"), list), it["id"]
        kinds = it.get("kinds")
        assert isinstance(kinds, list) and kinds and len(set(kinds)) == len(kinds), it["id"]
        assert all(isinstance(k, str) and re.fullmatch(r"[a-z0-9-]+", k) for k in kinds), it["id"]


def check_no_copied_sentences(items: list[dict], own: Path) -> None:
    """No sentence of 40 characters or more of this set appears in another set of the folder."""
    mine = {s.strip() for it in items for s in sentences(it["text"]) if len(s.strip()) >= 40}
    for other in sorted(own.parent.glob("*.jsonl")):
        if other == own:
            continue
        copied = [s for s in mine if s in other.read_text(encoding="utf-8")]
        assert not copied, f"{other.name} shares sentences with {own.name}: {copied[:3]}"


def check_deny_statements(items: list[dict]) -> None:
    """Every gold denial is made by a gold statement of stance deny whose claimant is the denier."""
    for it in items:
        for d in it["denials"]:
            assert any(c["stance"] == "deny" and c["claimant_country"] == d["denier_country"]
                       for c in it["claims"]), (it["id"], d)


def check_whole_articles(items: list[dict], paragraphs: tuple[int, int] = (3, 7), sents: tuple[int, int] = (5, 13),
                         count=None, stamp: re.Pattern | None = None) -> None:
    """Items are short whole articles: clean paragraphs (a title line counted as one) within `paragraphs`,
    sentences within `sents` (by `count`, default `sentences`), and a live blog's 3-5 entries each opening with
    `stamp`."""
    count = count or (lambda text: len(sentences(text)))
    for it in items:
        paras = it["text"].split("\n\n")
        assert paragraphs[0] <= len(paras) <= paragraphs[1], (it["id"], len(paras))
        assert all(p and p == p.strip() and "\n" not in p for p in paras), it["id"]
        n = count(it["text"])
        assert sents[0] <= n <= sents[1], (it["id"], n)
        if stamp is not None and it["style"] == "live-blog":
            assert 3 <= sum(1 for p in paras if stamp.match(p)) <= 5, it["id"]


def _pos(text: str, sub: str) -> int:
    return text.lower().index(sub.lower())


def _paragraph_of(text: str, sub: str) -> int:
    return text[: _pos(text, sub)].count("\n\n")


def check_denial_positions(items: list[dict], later_min: int, before_min: int) -> None:
    """Denials told paragraphs after the claim they answer (at least `later_min`) and before it (at least
    `before_min`), and the items whose kinds name those constructions hold them."""
    later = before = 0
    for it in items:
        text = it["text"]
        deny_subs = [c["content_contains"] for c in it["claims"] if c["stance"] == "deny"]
        for d in it["denials"]:
            target = d.get("denies_content_contains")
            if not target:
                continue
            first_deny = min(_pos(text, s) for s in deny_subs)
            last_deny = max(_paragraph_of(text, s) for s in deny_subs)
            before += first_deny < _pos(text, target)
            later += last_deny > _paragraph_of(text, target)
        if "denial-before-claim" in it["kinds"]:
            assert any(_pos(text, s) < _pos(text, d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
        if "denial-later-paragraph" in it["kinds"]:
            assert any(_paragraph_of(text, s) > _paragraph_of(text, d["denies_content_contains"]) for s in deny_subs
                       for d in it["denials"] if d.get("denies_content_contains")), it["id"]
    assert later >= later_min and before >= before_min, (later, before)
