"""A cheap pre-filter: articles with no conflict vocabulary skip the expensive stages.

One compiled regular expression over the lexicon in `sitrep/data/prefilter/lexicon.txt` (built once per
process). An article in which no term occurs is stored as a document with the warning `PREFILTERED` and no
places, events or claims; everything else goes through the full pipeline. The lexicon is written for
recall: `bench/scale.py` measures it on the CASE 2021 dev snippets (all event reports) and against the
events the full pipeline finds.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Document, Record

PREFILTERED = "prefiltered: no conflict vocabulary; stored without extraction"
LEXICON = "lexicon.txt"
SCAN_CHARS = 200_000  # a long text is judged by its first 200k characters


def load_terms(name: str = LEXICON) -> list[str]:
    text = resources.files("sitrep").joinpath("data", "prefilter", name).read_text(encoding="utf-8")
    terms = []
    for line in text.splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#") and line not in terms:
            terms.append(line)
    return terms


_WORD = re.compile(r"[^\W_]+")


class Prefilter:
    """`relevant(text)` is True when the text has at least `min_hits` conflict terms.

    Terms are matched on lower-cased word tokens (letters and digits; hyphens and apostrophes split words,
    so "cease-fire" is the two words "cease fire"): a set look-up per word for whole words, a look-up per
    stem length for stems, and a check of the following words for multi-word terms. About ten times faster
    than one alternation regex over the same lexicon."""

    def __init__(self, terms: list[str] | None = None, min_hits: int = 1):
        self.terms = terms if terms is not None else load_terms()
        self.min_hits = max(1, min_hits)
        self._words: set[str] = set()
        self._stems: dict[int, set[str]] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        for term in self.terms:
            stem = term.endswith("*")
            words = _WORD.findall(term.rstrip("*"))
            if not words:
                continue
            if len(words) == 1:
                if stem:
                    self._stems.setdefault(len(words[0]), set()).add(words[0])
                else:
                    self._words.add(words[0])
            else:
                self._phrases.setdefault(words[0], []).append((tuple(words[1:]), stem))
        self._stem_lengths = sorted(self._stems)

    def _match(self, words: list[str], i: int) -> str | None:
        w = words[i]
        if w in self._words:
            return w
        for n in self._stem_lengths:
            if n > len(w):
                break
            if w[:n] in self._stems[n]:
                return w
        for rest, stem in self._phrases.get(w, ()):
            tail = words[i + 1:i + 1 + len(rest)]
            if len(tail) < len(rest) or tail[:-1] != list(rest[:-1]):
                continue
            if tail[-1] == rest[-1] or (stem and tail[-1].startswith(rest[-1])):
                return " ".join([w, *tail])
        return None

    def hits(self, text: str, limit: int | None = None) -> list[str]:
        words = _WORD.findall(text[:SCAN_CHARS].lower())
        found = []
        for i in range(len(words)):
            m = self._match(words, i)
            if m is not None:
                found.append(m)
                if limit and len(found) >= limit:
                    break
        return found

    def relevant(self, text: str) -> bool:
        return len(self.hits(text, limit=self.min_hits)) >= self.min_hits

    def __call__(self, document: Document) -> bool:
        return self.relevant(document.text)


@lru_cache(maxsize=4)
def get_prefilter(min_hits: int = 1) -> Prefilter:
    return Prefilter(min_hits=min_hits)


def prefiltered_record(document: Document) -> Record:
    return Record(document=document, warnings=[PREFILTERED])


def is_prefiltered(warnings) -> bool:
    return any(str(w).startswith("prefiltered") for w in warnings or [])
