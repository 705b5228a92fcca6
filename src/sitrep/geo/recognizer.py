"""Toponym recognition on a spaCy ``Doc``: spaCy's GPE/LOC entities, made gazetteer-aware.

The small English model misses or mislabels many toponyms of conflict news (it tags towns of
the Caucasus or the Sahel as ORG or PERSON), so spans are also taken from general rules:
  * a capitalised name followed by an administrative word, alone or in a list:
    "Tsafe district", "Gusau, Tsafe, and Anka districts", "the Leilek region";
  * direction phrases: "in the direction of X", "X direction(s)";
  * a capitalised name after a locative preposition ("in", "near", "outside"...) that the
    gazetteer knows and the stop-list does not exclude;
  * any country name or alias, wherever it stands (also inside an ORG: "the Azerbaijan Army");
  * every further occurrence of a name already recognised in the document (one sense per
    discourse), whatever spaCy labelled it.
Demonyms/adjectives ("Azerbaijani", "Turkish") are returned separately.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.geo.gazetteer import Entry, Gazetteer
from sitrep.geo.normalize import fold, strip_possessive
from sitrep.geo.resolver import ADMIN_CUE_WORDS, ADMIN_WORDS

PLACE_LABELS = {"GPE", "LOC"}
LOCATIVE = {"in", "near", "outside", "around", "across", "from", "to", "into", "at", "towards",
            "toward", "throughout", "between", "via", "through", "of", "inside", "within", "past"}
DIRECTION_WORDS = {"direction", "directions", "axis", "front", "sector", "border", "outskirts"}
_CAP = re.compile(r"^[A-Z][\w\-’'.]*$")
_ACRONYM_PLACES = {"US", "U.S.", "UK", "U.K.", "USA", "UAE", "EU", "DRC"}


@dataclass
class Span:
    start: int
    end: int
    text: str
    source: str  # ner | admin | direction | locative | country | repeat
    admin_cue: bool = False
    admin_word: str | None = None


_TRAIL = " \t\n\r\"'“”‘’—–-,;:!?()[]"


def _trim(text: str, a: int, b: int, gaz: Gazetteer) -> tuple[int, int]:
    """Drop a leading 'the', trailing punctuation/whitespace and a possessive from [a, b)."""
    while a < b and text[a] in _TRAIL:
        a += 1
    if text[a:a + 4].lower() == "the " and b - a > 4:
        a += 4
    while b > a:
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        s = text[a:b]
        if s.endswith(".") and not (s.count(".") >= 2 or s in gaz.abbrev):
            b -= 1
            continue
        t = strip_possessive(s)
        if len(t) != len(s):
            b = a + len(t)
            continue
        break
    return a, b


def _is_cap(tok) -> bool:
    t = tok.text
    return bool(_CAP.match(t)) and not tok.is_stop or t in _ACRONYM_PLACES


class Recognizer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def _known(self, text: str) -> bool:
        return self.gaz.has_name(text)

    def _strong_country(self, text: str) -> bool:
        for c in self.gaz.candidates(text, loose_match=False):
            if c.feature_code == "PCLI" and c.match == "primary":
                return True
        return False

    def _cap_run_before(self, doc, i: int) -> tuple[int, int] | None:
        """Token range [a, i) of capitalised tokens ending just before token i."""
        a = i
        while a > 0 and _is_cap(doc[a - 1]) and i - a < 4:
            a -= 1
        return (a, i) if a < i else None

    def _list_before(self, doc, a: int) -> list[tuple[int, int]]:
        """Names joined by ',' / 'and' / 'or' before token a: 'A, B, and C districts'."""
        runs = []
        j = a
        while j > 0:
            k = j - 1
            if doc[k].lower_ in ("and", "or", "&"):
                k -= 1
                if k >= 0 and doc[k].text == ",":
                    k -= 1
            elif doc[k].text == ",":
                k -= 1
            else:
                break
            if k < 0:
                break
            run = self._cap_run_before(doc, k + 1)
            if not run:
                break
            runs.append(run)
            j = run[0]
        return runs

    def recognise(self, doc) -> tuple[list[Span], list[tuple[int, int, Entry]]]:
        gaz = self.gaz
        text = doc.text
        spans: dict[tuple[int, int], Span] = {}
        demonyms: list[tuple[int, int, Entry]] = []
        person_multi = []  # char ranges of multi-token names (PERSON, ORG...)
        persons = []  # char ranges of PERSON names: a country word inside one is no place

        def add(a: int, b: int, source: str, admin_cue: bool = False, admin_word: str | None = None) -> None:
            a, b = _trim(text, a, b, gaz)
            if b <= a:
                return
            for (x, y), sp in list(spans.items()):
                if x < b and a < y:  # overlap: keep the longer / earlier one
                    if (y - x) >= (b - a):
                        if admin_cue:
                            sp.admin_cue = True
                            sp.admin_word = sp.admin_word or admin_word
                        return
                    del spans[(x, y)]
            spans[(a, b)] = Span(a, b, text[a:b], source, admin_cue, admin_word)

        # 1. spaCy entities
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                t = ent.text
                if gaz.demonym_entry(t) is not None and not gaz.has_name(t):
                    continue  # a demonym tagged GPE: handled below
                if fold(t) in gaz.stop and not self._strong_country(t):
                    continue
                if len(ent) == 1 and not gaz.candidates(strip_possessive(t)):
                    continue  # a single unknown word: more often a name spaCy mislabelled
                add(ent.start_char, ent.end_char, "ner")
            elif ent.label_ in ("PERSON", "ORG", "FAC", "NORP") and len(ent) == 1 and self._strong(ent.text):
                add(ent.start_char, ent.end_char, "strong")
            elif ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and len(ent) > 1:
                person_multi.append((ent.start_char, ent.end_char))
                if ent.label_ == "PERSON":
                    persons.append((ent.start_char, ent.end_char))

        def inside_name(a: int, b: int) -> bool:
            return any(x <= a and b <= y for x, y in person_multi)

        # 2. administrative-word and direction patterns, with lists
        for i, tok in enumerate(doc):
            low = tok.lower_
            if low in ADMIN_WORDS or low in DIRECTION_WORDS:
                run = self._cap_run_before(doc, i)
                if not run:
                    continue
                runs = [run, *self._list_before(doc, run[0])]
                for a, b in runs:
                    span = doc[a:b]
                    name = strip_possessive(span.text)
                    if low in ("county", "parish") and b == i and self._known(f"{name} {tok.text}"):
                        add(span.start_char, tok.idx + len(tok.text), "admin", True, low)
                        continue
                    if fold(name) in gaz.stop or not self._known(name):
                        continue
                    add(span.start_char, span.start_char + len(name), "admin" if low in ADMIN_WORDS else "direction",
                        admin_cue=low in ADMIN_CUE_WORDS, admin_word=low if low in ADMIN_CUE_WORDS else None)
            # "in the direction of X"
            if low == "direction" and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
                j = i + 2
                run_end = j
                while run_end < len(doc) and _is_cap(doc[run_end]) and run_end - j < 4:
                    run_end += 1
                if run_end > j:
                    span = doc[j:run_end]
                    name = strip_possessive(span.text)
                    if self._known(name):
                        add(span.start_char, span.start_char + len(name), "direction")

        # 3. capitalised names after a locative preposition, and country names anywhere
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if not _is_cap(tok) or tok.ent_type_ in PLACE_LABELS:
                i += 1
                continue
            j = i
            while j < n and _is_cap(doc[j]) and j - i < 4:
                j += 1
            # try the longest known sub-run starting at i
            for k in range(j, i, -1):
                span = doc[i:k]
                name = strip_possessive(span.text)
                key = fold(name)
                if key in gaz.stop or len(key) < 2:
                    continue
                a = span.start_char
                if self._strong_country(name) and not any(x <= a < y for x, y in persons):
                    add(a, a + len(name), "country")
                    break
                if not tok.ent_type_ and self._strong(name) and not inside_name(a, a + len(name)):
                    add(a, a + len(name), "strong")
                    break
                prev = doc[i - 1].lower_ if i > 0 else ""
                if prev in LOCATIVE and tok.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP") \
                        and not inside_name(a, a + len(name)) and self._locative_ok(name):
                    add(a, a + len(name), "locative")
                    break
            i = j

        # 4. demonyms (any capitalised adjective/noun of a country or region)
        for i, tok in enumerate(doc):
            if not tok.text[:1].isupper():
                continue
            for width in (2, 1):
                if i + width > n:
                    continue
                span = doc[i:i + width]
                if width == 2 and not doc[i + 1].is_alpha:
                    continue
                t = strip_possessive(span.text)
                ent = gaz.demonym_entry(t)
                if ent is None or (t.endswith("s") and not t.endswith(("ss", "ese"))
                                   and gaz.demonym_entry(t[:-1]) is not None):
                    continue  # plurals ("Americans") name people, not places
                a = span.start_char
                b = a + len(t)
                if any(x <= a < y for x, y in spans):
                    break
                if demonyms and demonyms[-1][1] > a:
                    break
                demonyms.append((a, b, ent))
                break

        # 5. one sense per discourse: repeat recognised names wherever they occur
        names = {fold(sp.text) for sp in spans.values() if sp.source != "locative" or True}
        names = {k for k in names if len(k) >= 3}
        if names:
            for i, tok in enumerate(doc):
                if not tok.text[:1].isupper():
                    continue
                for width in (3, 2, 1):
                    if i + width > n:
                        continue
                    span = doc[i:i + width]
                    t = strip_possessive(span.text)
                    if fold(t) in names:
                        a = span.start_char
                        b = a + len(t)
                        if any(x < b and a < y for x, y in spans) or inside_name(a, b):
                            break
                        if any(x < b and a < y for x, y, _ in demonyms):
                            break
                        add(a, b, "repeat")
                        break
        return sorted(spans.values(), key=lambda s: s.start), demonyms

    def _strong(self, name: str) -> bool:
        """A name that is, under its main name, a country, first-level division, continent or a
        large city: taken as a place whatever (single-token) label spaCy gave it."""
        if fold(name) in self.gaz.stop or len(name) < 3:
            return False
        for c in self.gaz.candidates(name, loose_match=False):
            if c.match == "primary" and (c.feature_code in ("PCLI", "ADM1", "CONT")
                                         or c.population >= 150000):
                return True
        return False

    def _locative_ok(self, name: str) -> bool:
        """A name after 'in'/'near'... counts as a place if the gazetteer has a sizeable one."""
        for c in self.gaz.candidates(name, loose_match=False):
            if c.match == "primary" and (c.feature_code in ("PCLI", "ADM1", "CONT", "RGN")
                                         or c.population >= 20000):
                return True
        return False
