"""Name normalisation for gazetteer keys.

Two keys are used:

* ``fold(name)``  – case, diacritics, punctuation and a few abbreviation forms folded away
  ("St. John's" -> "saint johns", "Laçın" -> "lacin", "Basarkeçər" -> "basarkecar").
* ``loose(name)`` – a romanisation-tolerant key on top of ``fold``: it merges the usual
  transliteration variants of the same sound (k/g/q, ch/ç/c, sh/ş/s, kh/x/h, y/i, w/v,
  doubled letters...), so "Shakhrisabz", "Shahrisabz" and "Şahrisabz" share one key.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# letters that NFKD does not decompose into base + combining mark
_SPECIAL = str.maketrans({
    "ə": "a", "Ə": "a", "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "þ": "th",
    "ð": "d", "ħ": "h", "ŧ": "t", "ŋ": "ng",
    # Turkic/Slavic/Romanian sh/ch/zh letters: English news writes these as digraphs
    "ş": "sh", "Ş": "sh", "ș": "sh", "Ș": "sh", "š": "sh", "Š": "sh", "ç": "ch", "Ç": "ch",
    "č": "ch", "Č": "ch", "ž": "zh", "Ž": "zh",
    # apostrophes and ayn/hamza marks vanish
    "'": "", "’": "", "‘": "", "ʻ": "", "ʼ": "", "`": "", "´": "", "ʿ": "", "ʾ": "",
    "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "/": " ", "_": " ", ".": " ",
    ",": " ", "(": " ", ")": " ", "\"": "", "“": "", "”": "",
})
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
_SPACES = re.compile(r"\s+")
_LATIN_OK = re.compile(r"^[a-z0-9 ]+$")


def fold(name: str) -> str:
    """Case/diacritic/punctuation folded key: the exact-match key of the gazetteer."""
    s = unicodedata.normalize("NFKC", name).translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _SPACES.sub(" ", s).strip()
    if " " in s:
        s = " ".join(_ABBREV.get(w, w) for w in s.split(" "))
    return s


def is_latin_key(key: str) -> bool:
    return bool(key) and _LATIN_OK.match(key) is not None


_LOOSE_RULES = [
    ("dzh", "j"), ("dj", "j"), ("tch", "c"), ("kh", "h"), ("gh", "g"), ("ch", "c"),
    ("sh", "s"), ("zh", "z"), ("ph", "f"), ("th", "t"), ("tz", "c"), ("ts", "c"),
    ("ck", "k"), ("q", "k"), ("g", "k"), ("x", "h"), ("w", "v"), ("y", "i"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("j", "i"),
]
_DOUBLE = re.compile(r"([a-z])\1+")


def loose(name: str) -> str:
    """Romanisation-tolerant key (applied on top of :func:`fold`)."""
    s = fold(name)
    for a, b in _LOOSE_RULES:
        if a in s:
            s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    return s


def strip_possessive(text: str) -> str:
    """'Armenia's' -> 'Armenia'; "Texas'" -> 'Texas'."""
    for suf in ("'s", "’s", "'S", "’S"):
        if text.endswith(suf):
            return text[: -len(suf)]
    if text.endswith(("s'", "s’")):
        return text[:-1]
    return text


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a normalised key (the gazetteer stores hashes, not strings)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
