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


def _term_pattern(term: str) -> str:
    stem = term.endswith("*")
    words = term.rstrip("*").split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return rf"\b{body}" + ("" if stem else r"(?![\w])")


def load_terms(name: str = LEXICON) -> list[str]:
    text = resources.files("sitrep").joinpath("data", "prefilter", name).read_text(encoding="utf-8")
    terms = []
    for line in text.splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#") and line not in terms:
            terms.append(line)
    return terms


class Prefilter:
    """`relevant(text)` is True when the text has at least `min_hits` conflict terms."""

    def __init__(self, terms: list[str] | None = None, min_hits: int = 1):
        self.terms = terms if terms is not None else load_terms()
        # longest first, so "air strike" wins over "air"; one alternation is far faster than a loop
        alternation = "|".join(_term_pattern(t) for t in sorted(self.terms, key=len, reverse=True))
        self.regex = re.compile(f"(?:{alternation})", re.IGNORECASE)
        self.min_hits = max(1, min_hits)

    def hits(self, text: str, limit: int | None = None) -> list[str]:
        found = []
        for m in self.regex.finditer(text[:SCAN_CHARS]):
            found.append(m.group(0).lower())
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
