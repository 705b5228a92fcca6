"""A cheap language check: sitrep's pipeline reads English only.

Counts the most frequent English function words; real English prose has well over a fifth of its
words among them, other languages (and word lists, tables, code) far fewer.
"""
from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from it his her their its be are were has have had "
    "said an this which or but not after they he she who will would been than also more about into over".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    """'en' when the text reads as English, 'und' when it has too few words to tell, else 'other'."""
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 8:
        return "en" if any(w in _FUNCTION_WORDS for w in words) or _mostly_ascii(text) else "und"
    share = sum(w in _FUNCTION_WORDS for w in words) / len(words)
    return "en" if share >= 0.12 else "other"


def _mostly_ascii(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.9
