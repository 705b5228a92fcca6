"""A cheap pre-filter: articles with no conflict vocabulary skip the expensive stages.

The vocabulary is the lexicon in `sitrep/data/prefilter/lexicon.txt` plus the event extractor's own trigger
vocabulary (`sitrep/data/events/triggers.yaml`), so that the pre-filter cannot drop an article the extractor
would find an event in because one of its trigger words was never added to the lexicon (`trigger_terms`): a
trigger that fires alone adds its inflected forms (irregular ones from `sitrep/data/prefilter/irregular.txt`);
one that needs a certain object ("signed" ... "an agreement") adds the pair, both words of which must occur.
An article in which no term occurs is stored as a document with the warning `PREFILTERED` and no places,
events or claims; everything else goes through the full pipeline. The lexicon is written for recall:
`bench/scale.py` measures it on the CASE 2021 dev snippets (all event reports) and against the events the full
pipeline finds.
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
IRREGULAR = "irregular.txt"
# what a trigger entry may require besides its own words (each a necessary condition for the entry to fire)
_REQUIRED = ("objects", "direct_objects", "complements", "subjects", "subject_words")


def _irregular() -> dict[str, list[str]]:
    """Base form → irregular forms ("fight" → fought), from data/prefilter/irregular.txt."""
    text = resources.files("sitrep").joinpath("data", "prefilter", IRREGULAR).read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].lower().split()
        if len(words) > 1:
            out.setdefault(words[0], []).extend(words[1:])
    return out


def inflections(word: str, irregular: dict[str, list[str]] | None = None, verb: bool = True) -> list[str]:
    """A word's regular forms (plural or third person; for a verb also past and -ing, with both spellings of a
    doubled final consonant) and its irregular ones: "sign" → sign, signs, signed, signing."""
    return [f for group in _forms(word, irregular, verb) for f in group]


def _forms(word: str, irregular: dict[str, list[str]] | None, verb: bool) -> list[list[str]]:
    """The forms of a word in groups, one of each group being enough: [base], [plural], [past...], [-ing...]."""
    w = word.lower()
    irr = (irregular or {}).get(w, [])
    if w.endswith(("s", "x", "z", "ch", "sh")):
        plural = w + "es"
    elif len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        plural = w[:-1] + "ies"
    else:
        plural = w + "s"
    groups = [[w], [plural]]
    if verb:
        doubled = len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou"
        if w.endswith("e"):
            past, ing = [w + "d"], [w[:-1] + "ing"]
        elif len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
            past, ing = [w[:-1] + "ied"], [w + "ing"]
        else:
            past, ing = [w + "ed"], [w + "ing"]
        if doubled:
            past.append(w + w[-1] + "ed")
            ing.append(w + w[-1] + "ing")
        past += [f for f in irr if not f.endswith("ing") and f not in groups[1]]
        ing += [f for f in irr if f.endswith("ing")]
        groups += [list(dict.fromkeys(past)), list(dict.fromkeys(ing))]
    else:
        groups[1] += irr
    return groups


def _phrase_forms(term: str, irregular: dict[str, list[str]], verb: bool) -> list[list[str]]:
    """Form groups of a term; for a phrase, its first word inflected (a verb: "took control") and, for a noun
    phrase, its last ("peace deals")."""
    words = term.lower().replace("-", " ").split()
    if len(words) == 1:
        return _forms(words[0], irregular, verb)
    if verb:
        return [[" ".join([f, *words[1:]]) for f in g] for g in _forms(words[0], irregular, True)]
    return [[" ".join([*words[:-1], f]) for f in g] for g in _forms(words[-1], irregular, False)]


def trigger_terms(known: list[str]) -> tuple[list[str], list[tuple[list[str], list[str]]]]:
    """The extractor's trigger vocabulary the lexicon `known` lacks, from data/events/triggers.yaml: (words, pairs).
    An entry that fires on its trigger word alone gives the forms of its words `known` does not match ("retaking"
    beside a lexicon's "retake"); an entry that also needs something of its object, complement or subject ("sign"
    an "agreement", "use" "ammunition") gives a pair: its trigger words' forms and the required words' forms, both
    of which must occur, unless `known` matches every form of either already."""
    from ..resources import load_yaml

    irregular = _irregular()
    data = load_yaml("events/triggers.yaml")
    function = set(load_yaml("language/function_words.yaml").get("en") or [])
    current = Prefilter(list(known), derived=False)
    words: list[str] = []
    pairs: list[tuple[list[str], list[str]]] = []

    def forms(terms, verb: bool) -> list[str]:
        return list(dict.fromkeys(f for t in terms for g in _phrase_forms(str(t), irregular, verb) for f in g))

    for entry in data.get("triggers") or []:
        verb = "VERB" in (entry.get("pos") or ["VERB"])
        own = forms(entry.get("lemmas") or [], verb)
        own_missing = [f for f in own if not current.relevant(f)]
        if not own_missing:
            continue
        # the first requirement that names content words ("use" needs "ammunition" and one of "against", "on"...)
        need = next((entry[k] for k in _REQUIRED if entry.get(k)
                     and not any(str(t).lower() in function for t in entry[k])), None)
        if need is None:
            new = [f for f in own_missing if f not in words]
            words += new
            current.extend(new)
            continue
        needed = forms(need, False) if need is not entry.get("complements") else forms(need, True)
        if all(current.relevant(f) for f in needed):
            continue
        pairs.append((own, needed))
    return words, pairs


def scan_words(text: str) -> list[str]:
    """The lower-cased word tokens the pre-filter matches terms on, from the text's first SCAN_CHARS characters."""
    return _WORD.findall(text[:SCAN_CHARS].lower())


class Prefilter:
    """`relevant(text)` is True when the text has at least `min_hits` conflict terms.

    Terms are matched on lower-cased word tokens (letters and digits; hyphens and apostrophes split words,
    so "cease-fire" is the two words "cease fire"): a set look-up per word for whole words, a look-up per
    stem length for stems, and a check of the following words for multi-word terms. About ten times faster
    than one alternation regex over the same lexicon."""

    def __init__(self, terms: list[str] | None = None, min_hits: int = 1, derived: bool | None = None):
        """`terms`: the lexicon (default data/prefilter/lexicon.txt); `derived`: add the extractor's trigger
        vocabulary the lexicon lacks (`trigger_terms`; by default only to the default lexicon)."""
        self.terms = list(terms if terms is not None else load_terms())
        self.min_hits = max(1, min_hits)
        self._words: set[str] = set()
        self._stems: dict[int, set[str]] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        self.extend(self.terms, record=False)
        self.derived: list[str] = []
        self.pairs: list[tuple[list[str], list[str]]] = []
        self._pair_of: dict[str, list[tuple[int, int]]] = {}
        self._pair_matcher: Prefilter | None = None
        if derived if derived is not None else terms is None:
            self.derived, self.pairs = trigger_terms(self.terms)
            self.extend(self.derived)
            for k, (own, needed) in enumerate(self.pairs):
                for side, fs in ((1, own), (2, needed)):
                    for f in fs:
                        self._pair_of.setdefault(" ".join(_WORD.findall(f)), []).append((k, side))
            if self._pair_of:
                self._pair_matcher = Prefilter(list(self._pair_of), derived=False)

    def extend(self, terms: list[str], record: bool = True) -> None:
        if record:
            self.terms += [t for t in terms if t not in self.terms]
        for term in terms:
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
        if self._single(w):
            return w
        return next(self._phrase_matches(words, i), None) if w in self._phrases else None

    def _matches(self, words: list[str], i: int) -> list[str]:
        """Every term matched at word i: the word (or its stem), then each phrase starting there ("sets" and
        "sets up" both, when they are terms of different pairs)."""
        return [words[i]] * self._single(words[i]) + list(self._phrase_matches(words, i))

    def _single(self, w: str) -> bool:
        if w in self._words:
            return True
        for n in self._stem_lengths:
            if n > len(w):
                break
            if w[:n] in self._stems[n]:
                return True
        return False

    def _phrase_matches(self, words: list[str], i: int):
        for rest, stem in self._phrases.get(words[i], ()):
            tail = words[i + 1:i + 1 + len(rest)]
            if len(tail) < len(rest) or tail[:-1] != list(rest[:-1]):
                continue
            if tail[-1] == rest[-1] or (stem and tail[-1].startswith(rest[-1])):
                yield " ".join([words[i], *tail])

    def hits(self, text: str, limit: int | None = None) -> list[str]:
        return self._hits(scan_words(text), limit)

    def _hits(self, words: list[str], limit: int | None) -> list[str]:
        found = []
        for i in range(len(words)):
            m = self._match(words, i)
            if m is not None:
                found.append(m)
                if limit and len(found) >= limit:
                    break
        return found

    def pair_hits(self, text: str, limit: int | None = None) -> list[str]:
        """Trigger words found with what their entry requires ("signed" ... "agreement"): one hit per pair."""
        return self._pair_hits(scan_words(text), limit)

    def _pair_hits(self, words: list[str], limit: int | None) -> list[str]:
        if self._pair_matcher is None:
            return []
        seen: dict[int, int] = {}
        found = []
        matched = (m for i in range(len(words)) for m in self._pair_matcher._matches(words, i))
        for m in matched:
            for k, side in self._pair_of.get(m, ()):
                before = seen.get(k, 0)
                seen[k] = before | side
                if seen[k] == 3 and before != 3:
                    found.append(f"{self.pairs[k][0][0]} + {self.pairs[k][1][0]}")
                    if limit and len(found) >= limit:
                        return found
        return found

    def relevant(self, text: str) -> bool:
        words = scan_words(text)  # tokenised once for both kinds of hit
        n = len(self._hits(words, limit=self.min_hits))
        return n >= self.min_hits or n + len(self._pair_hits(words, limit=self.min_hits - n)) >= self.min_hits

    def __call__(self, document: Document) -> bool:
        return self.relevant(document.text)


@lru_cache(maxsize=4)
def get_prefilter(min_hits: int = 1) -> Prefilter:
    return Prefilter(min_hits=min_hits)


def prefiltered_record(document: Document) -> Record:
    return Record(document=document, warnings=[PREFILTERED])


def is_prefiltered(warnings) -> bool:
    return any(str(w).startswith("prefiltered") for w in warnings or [])
