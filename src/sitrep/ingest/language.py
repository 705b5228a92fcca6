"""A cheap language check: sitrep's pipeline reads English only.

Counts frequent function words (`data/language/function_words.yaml`): real English prose has well over a
tenth of its words among the English ones, other languages far fewer; a text using more of another
language's function words than of English ones is not English, whatever its length. A short
text (a headline, one sentence) has too few words for a share: it is English when it has more English
function words than any other language's, another language when it has more of another's, and undecided
('und', still processed) when it has none of either and is written in plain ASCII letters.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SHORT = 20  # fewer words than this: too few for a share to mean anything


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset, dict[str, frozenset]]:
    data = load_yaml("language/function_words.yaml")
    english = frozenset(data["en"])
    others = {lang: frozenset(w for w in words if w not in english) for lang, words in data.items() if lang != "en"}
    return english, others


def guess_language(text: str) -> str:
    """'en' when the text reads as English, 'und' when it has too few words to tell, else 'other'."""
    english, others = _lexicon()
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return "und"
    en = sum(w in english for w in words)
    foreign = max(sum(w in ws for w in words) for ws in others.values())
    if len(words) < SHORT:
        if en > foreign:
            return "en"
        if foreign > en:
            return "other"
        if en:  # as many of each: the letters decide
            return "en" if _mostly_ascii(text) else "other"
        return "und" if _mostly_ascii(text) else "other"
    share = en / len(words)
    if foreign > en:
        return "other"
    if share >= 0.12:
        return "en"
    if not _mostly_ascii(text):
        return "other"
    # English letters but few English function words and none of another language's: terse English (a
    # list, a wire brief) reads as English; a table or code is left undecided (both are still processed)
    return "en" if share >= 0.05 else "und"


def _mostly_ascii(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.97
