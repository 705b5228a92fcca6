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
from sitrep.resources import load_yaml
from sitrep.geo.resolver import ADMIN_CUE_WORDS, ADMIN_SINGULAR, ADMIN_WORDS, SETTLEMENT_AFTER, SETTLEMENT_BEFORE

PLACE_LABELS = {"GPE", "LOC"}
LOCATIVE = {"in", "near", "outside", "around", "across", "from", "to", "into", "at", "towards",
            "toward", "throughout", "between", "via", "through", "of", "inside", "within", "past"}
# prepositions after which a small town of a country the document names is taken (Recognizer._local_ok)
NEAR_LOCATIVE = {"near", "outside", "around", "in", "towards", "toward", "into"}
_CTX = load_yaml("gazetteer/context.yaml")
OF_HEADS = frozenset(w.lower() for w in _CTX.get("of_locative_heads", []))
_NAME_JOINERS = {"of", "de", "al", "el", "on", "upon", "la", "le", "du", "di"}
PERSON_TITLES = frozenset(w.lower() for w in _CTX.get("person_titles", []))
UNKNOWN_ADMIN = frozenset(w.lower() for w in _CTX.get("unknown_name_admin_words", []))
DIRECTION_WORDS = {"direction", "directions", "axis", "front", "sector", "border", "outskirts"}
_CAP = re.compile(r"^[A-Z][\w\-’'.]*$")
_ACRONYM_PLACES = {"US", "U.S.", "UK", "U.K.", "USA", "UAE", "EU", "DRC"}


# a place name as written: capitalised words, hyphenated parts ("Ak-Say", "Kara-Bulak"), up to three
_NAME = r"[A-Z][\w’']*(?:-[A-Za-z][\w’']*)*"
_NAME_RUN = _NAME + r"(?: " + _NAME + r"){0,2}"
_SETTLE_BEFORE = re.compile(
    r"\b(?i:(" + "|".join(sorted(SETTLEMENT_BEFORE, key=len, reverse=True)) + r")) of (?:the )?(" + _NAME_RUN + r")")
_SETTLE_AFTER = re.compile(
    r"(" + _NAME_RUN + r") (" + "|".join(sorted(SETTLEMENT_AFTER, key=len, reverse=True)) + r")\b")


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

        def inside_longer_name(a: int, b: int) -> bool:
            # spaCy often labels a village ORG/PERSON: only a longer name around it counts
            return any(x <= a and b <= y and text[x:y].strip(_TRAIL) != text[a:b].strip(_TRAIL)
                       for x, y in person_multi)

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
                    if fold(name) in gaz.stop:
                        continue
                    if not self._known(name):
                        # "Leilek district": an unknown single name right before the word
                        if not (low in UNKNOWN_ADMIN and b == i and len(runs) == 1 and span.start > 0
                                and not doc[a].is_sent_start and gaz.demonym_entry(name) is None
                                and not doc[a].is_stop and len(fold(name)) >= 4
                                and not inside_name(span.start_char, span.start_char + len(name))):
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

        # countries the document names (country names, demonyms): a small town of one of them
        # after "near"/"in" is a place even when spaCy missed it ("near Vorukh" in a Tajik story)
        doc_cc: set[str] = set()
        for sp in spans.values():
            for c in gaz.candidates(sp.text, loose_match=False):
                if c.feature_code == "PCLI" and c.match == "primary":
                    doc_cc.add(c.country)
        for tok in doc:
            if tok.text[:1].isupper():
                cc = gaz.demonym(tok.text)
                if cc:
                    doc_cc.add(cc)

        # 2b. settlements introduced by a context phrase: "the (Kyrgyz) village of X", "the town of X",
        # "X village", kept even when spaCy and the gazetteer do not know X
        for mt in _SETTLE_BEFORE.finditer(text):
            a, b = mt.start(2), mt.end(2)
            self._add_settlement(text, a, b, SETTLEMENT_BEFORE[mt.group(1).lower()], mt.group(1).lower(),
                                 add, inside_longer_name)
        for mt in _SETTLE_AFTER.finditer(text):
            a, b = mt.start(1), mt.end(1)
            prev_word = text[max(0, a - 12):a].split()[-1:] or [""]
            if prev_word[0].lower() not in LOCATIVE and not self._local_ok(mt.group(1), doc_cc):
                continue  # "in X village", or a village of a country the document names; not "the Olympic village"
            self._add_settlement(text, a, b, SETTLEMENT_AFTER[mt.group(2)], mt.group(2), add, inside_longer_name)

        # 3. capitalised names after a locative preposition, and country names anywhere
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if not _is_cap(tok) or tok.ent_type_ in PLACE_LABELS:
                i += 1
                continue
            j = i
            while j < n and j - i < 4:
                if _is_cap(doc[j]):
                    j += 1
                elif (j > i and doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                      and j + 1 < n and doc[j + 1].text[:1].isupper()):
                    j += 2  # "Ak-Say", "Kara-Bulak": one hyphenated name
                else:
                    break
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
                if prev in LOCATIVE and tok.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP") and (
                        not inside_name(a, a + len(name)) and self._locative_ok(name)
                        or not inside_longer_name(a, a + len(name)) and self._local_ok(name, doc_cc) and (
                            prev in NEAR_LOCATIVE or prev == "of" and i > 1 and doc[i - 2].lower_ in OF_HEADS)):
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

    @staticmethod
    def fallback_ok(span: Span) -> bool:
        """May a span the gazetteer lacks take a location from its context? Yes when a context
        phrase introduced it ("village of X", "X district", "near X"); a bare spaCy entity only
        when it reads like a place name: capitalised words, no person's title in front."""
        if span.source in ("settlement", "admin", "direction", "locative") or span.admin_cue:
            return True
        words = span.text.replace("-", " ").split()
        if not words or fold(words[0]).split(" ")[0] in PERSON_TITLES:
            return False
        return all(w[:1].isupper() or w.lower() in _NAME_JOINERS or w.lower() in ADMIN_WORDS
                   or w.lower() in SETTLEMENT_AFTER for w in words)

    def _add_settlement(self, text: str, a: int, b: int, kind: str, word: str, add, inside_name) -> None:
        """Add the name of a settlement phrase, without leading words that are not part of it
        (a demonym: "Tajik" in "Tajik Vorukh village"; a stop-listed word; a sentence opener)."""
        gaz = self.gaz
        words = text[a:b].split(" ")
        while words and (gaz.demonym_entry(words[0]) is not None or fold(words[0]) in gaz.stop
                         or fold(words[0]) in ("the", "a", "an", "in", "near", "at", "of")):
            a += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        name = strip_possessive(" ".join(words))
        key = fold(name)
        if len(key) < 3 or key in gaz.stop or inside_name(a, a + len(name)):
            return
        if kind == "area":
            add(a, a + len(name), "settlement", True, ADMIN_SINGULAR.get(word, "district"))
        else:
            add(a, a + len(name), "settlement")

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

    def _local_ok(self, name: str, countries: set[str]) -> bool:
        """A small town (under its main name) in a country the document names."""
        if not countries or len(fold(name)) < 4:
            return False
        return any(c.match == "primary" and c.feature_code in ("PPL", "PPLC") and c.country in countries
                   for c in self.gaz.candidates(name, loose_match=False))

    def _locative_ok(self, name: str) -> bool:
        """A name after 'in'/'near'... counts as a place if the gazetteer has a sizeable one."""
        for c in self.gaz.candidates(name, loose_match=False):
            if c.match == "primary" and (c.feature_code in ("PCLI", "ADM1", "CONT", "RGN")
                                         or c.population >= 20000):
                return True
        return False
