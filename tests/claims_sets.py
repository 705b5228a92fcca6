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
