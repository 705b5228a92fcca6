"""Actors: who acts, normalised to a country (ISO alpha-3) and a sector.

A spaCy component (`sitrep_actors`, after `sitrep_geo`) that finds actor mentions (noun phrases and named
entities that carry a sector word, a demonym, a country or an institution) and sets
`Doc._.actor_mentions` and `Doc._.dyad` (the two countries the article is mostly about, which lets
"the opposing side" be resolved once the speaker's side is known).
"""
from __future__ import annotations

from .. import doccache as _dc

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Actor
from ..resources import load_yaml


@dataclass
class ActorMention:
    start: int  # token indices
    end: int
    text: str
    country: str | None  # ISO alpha-3
    sector: str | None
    adversary: bool = False  # "the opposing side": its country is the other side of the speaker's
    igo: bool = False
    head: int = -1  # token index of the phrase's head

    def to_actor(self, role: str | None = None, doc: Doc | None = None) -> Actor:
        start = doc[self.start].idx if doc is not None else None
        end = doc[self.end - 1].idx + len(doc[self.end - 1]) if doc is not None else None
        return Actor(name=self.text, country=self.country, sector=self.sector, role=role, start=start, end=end)


@lru_cache(maxsize=1)
def _dictionary():
    data = load_yaml("actors/actors.yaml")
    phrase_sector = {}
    for sector, phrases in data["sectors"].items():
        for p in phrases:
            phrase_sector[p] = sector
    phrases = sorted(phrase_sector, key=lambda p: -len(p.split()))
    return data, phrase_sector, phrases


@lru_cache(maxsize=512)
def iso3(iso2: str | None) -> str | None:
    if not iso2:
        return None
    c = pycountry.countries.get(alpha_2=iso2.upper())
    if c is None:  # user-assigned codes ISO 3166-1 lacks (Kosovo: XK -> XKX), from actors.yaml
        return (_dictionary()[0].get("extra_codes") or {}).get(iso2.upper())
    return c.alpha_3


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or (c.name if c else None)


@lru_cache(maxsize=8192)
def sector_of(text: str) -> str | None:
    """The sector a phrase names ("the Azerbaijani army" → MIL), longest dictionary phrase first."""
    _, phrase_sector, _ = _dictionary()
    rank, longest = _phrase_rank()
    words = re.sub(r"[^\w\s-]", " ", text.lower()).split()
    best = None
    # every word n-gram of the text, looked up: the same answer as trying each dictionary phrase in turn
    for n in range(1, min(longest, len(words)) + 1):
        for i in range(len(words) - n + 1):
            r = rank.get(" ".join(words[i:i + n]))
            if r is not None and (best is None or r < best):
                best = r
    return phrase_sector[_dictionary()[2][best]] if best is not None else None


@lru_cache(maxsize=1)
def _phrase_rank() -> tuple[dict[str, int], int]:
    phrases = _dictionary()[2]
    return {p: i for i, p in enumerate(phrases)}, max((len(p.split()) for p in phrases), default=0)


_RUN_BY = "(?:run|led|controlled|held|affiliated|aligned|allied|appointed|installed|linked)"


@lru_cache(maxsize=1)
def _named_groups() -> list[tuple[str, re.Pattern, str | None, str]]:
    groups = _dictionary()[0].get("groups") or {}
    out = []
    for name, (country, sector) in groups.items():
        flags = 0 if name.isupper() else re.I
        # "the Houthi-run health ministry", "Hamas-led authorities": a body run by the group is the group's side
        out.append((name, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w]|-(?!{_RUN_BY}\b))", flags), country,
                    sector))
    return sorted(out, key=lambda g: -len(g[1].pattern))


@lru_cache(maxsize=1)
def _groups() -> list[tuple[re.Pattern, str | None, str]]:
    return [(rx, country, sector) for _, rx, country, sector in _named_groups()]


@lru_cache(maxsize=1)
def _group_first_words() -> dict[str, tuple[int, ...]]:
    """The groups (their places in `_groups()`) by the first word of their name, lower case: a name can only
    match a text holding that word, so most phrases are settled by a few set lookups (one search of an
    alternation of every name cost more than the rest of the actor tagger)."""
    index: dict[str, list[int]] = {}
    for i, (name, _, _, _) in enumerate(_named_groups()):
        words = re.findall(r"\w+", name)
        index.setdefault(words[0].lower() if words else "", []).append(i)
    return {w: tuple(ix) for w, ix in index.items()}


@lru_cache(maxsize=8192)
def named_group(text: str) -> tuple[str | None, str] | None:
    """A named armed group's home country and sector ("the Houthis" → YEM, REB)."""
    index = _group_first_words()
    found = set()
    for w in re.findall(r"\w+", text):
        ix = index.get(w.lower())
        if ix:
            found.update(ix)
    if not found:
        return None
    groups = _groups()
    for i in sorted(found):  # longest pattern first, as the definition
        rx, country, sector = groups[i]
        if rx.search(text):
            return (None if country in (None, "null") else country), sector
    return None


@lru_cache(maxsize=8192)
def is_igo(text: str) -> bool:
    data = _dictionary()[0]
    low = re.sub(r"^the\s+", "", text.lower().strip())
    # a short acronym in lower case is a word ("rioters who were looting" is not the WHO)
    return low in data["igos"] and not (len(low) <= 4 and re.sub(r"^the\s+", "", text.strip()).islower())


@lru_cache(maxsize=8192)
def is_adversary(text: str) -> bool:
    low = " " + text.lower() + " "
    return any(f" {p} " in low for p in _dictionary()[0]["adversary"])


@lru_cache(maxsize=None)
def _word_set(key: str) -> frozenset:
    """A word list of the actors dictionary as a set (read once, not on every phrase)."""
    return frozenset(_dictionary()[0].get(key) or ())


def _text_of(doc: Doc, span: Span) -> str:
    """`span.text`, sliced from the Doc's cached text (Span.text joins its tokens on every call)."""
    if not len(span):
        return span.text
    return _dc.text(doc)[span.start_char:span.end_char]


def source_kind(text: str) -> str:
    low = " " + text.lower() + " "
    for kind in ("media", "ministry", "official", "witness", "unnamed"):
        if any(f" {p} " in low for p in _dictionary()[0]["source_kinds"][kind]):
            return kind
    return "unnamed"


_STATE_FEATURES = {"PCLI", "PCLD", "PCLS", "PCLIX", "PCL", "PPLC", "PCLF"}


def countries_in(doc: Doc, start_char: int, end_char: int, of_only: bool = False, states_only: bool = False,
                 any_prep: bool = False) -> list[str]:
    """ISO alpha-3 codes of demonyms and places that qualify a phrase inside a character range, in text order.
    A place inside a prepositional phrase ("the airport in Khartoum") locates the thing, it does not make it
    a country's; only "of" may do that ("the forces of Armenia"), and only when `of_only` allows it. With
    `any_prep` every preposition may ("separatists in Luhansk": an armed group is of the ground it holds)."""
    found = []
    for s, e, iso2 in _dc.ext(doc, "demonyms") or []:
        if start_char <= s and e <= end_char:
            found.append((s, iso3(iso2)))
    for p in _dc.ext(doc, "places") or []:
        if start_char <= p.start and p.end <= end_char and p.country:
            if states_only and p.feature_code not in _STATE_FEATURES:
                continue  # a town names where, not who: "shelled Kupiansk"
            if _before_person(doc, p.end):
                continue  # "minister Aden Farah Gedi": a first name the gazetteer took for a town
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and len(span) and span[0].ent_type_ == "PERSON" and _person_name(span[0]):
                continue  # "Sofia Coppola", "Israel Katz": a person's name, not a place (listed people: term_countries)
            root = span.root if span is not None else None
            if not any_prep and root is not None and root.dep_ == "pobj" and root.head.idx >= start_char and (
                    root.head.lower_ != "of" or not of_only):
                continue
            found.append((p.start, iso3(p.country)))
    return [c for _, c in sorted(found) if c]


def _before_person(doc: Doc, end_char: int) -> bool:
    """Does a name ending at `end_char` run straight into a person's name ("Aden Farah Gedi", the first word
    taken for a place and the rest for a PERSON)? Then it is that person's first name, not a place."""
    text = _dc.text(doc)
    if end_char + 1 >= len(text) or text[end_char] != " " or not text[end_char + 1].isupper():
        return False
    nxt = doc.char_span(end_char + 1, end_char + 2, alignment_mode="expand")
    return nxt is not None and len(nxt) and nxt[0].idx == end_char + 1 and nxt[0].ent_type_ == "PERSON" and \
        nxt[0].ent_iob_ == "B"


# a leading time stamp ("19:40 GMT - ", "GMT - ", "0930 local time: ") or a dash left by one
_STAMP = re.compile(r"^\s*(?:(?:\d{1,2}[:.h]?\d{2}\s*(?:(?:GMT|UTC|BST|CET|EAT|CAT|WAT|local time)\b)?"
                    r"|(?:GMT|UTC|BST|CET|EAT|CAT|WAT)\b)\s*)?[-\u2013\u2014:|]+\s+|^\s*(?:\d{1,2}[:.]\d{2}\s*)?"
                    r"(?:GMT|UTC)\b\s*[-\u2013\u2014:|]*\s*")


def mention_for(doc: Doc, span: Span) -> ActorMention | None:
    """An actor mention for a phrase, or None when it names no country, sector or institution."""
    stamp = _STAMP.match(_text_of(doc, span))
    if stamp:  # a live blog's "19:40 GMT - " glued to the phrase is no part of the actor
        span = doc.char_span(span.start_char + stamp.end(), span.end_char, alignment_mode="contract")
        if span is None or not len(span):
            return None
    text = _text_of(doc, span).strip()
    if text and _unbalanced_quote(text):
        # 12 "terrorists": a quote mark whose partner lies outside the phrase is no part of the actor
        trimmed = doc.char_span(span.start_char, span.end_char, alignment_mode="contract")
        toks = [t for t in (trimmed or span) if t.text not in _QUOTES]
        if not toks:
            return None
        span = doc[toks[0].i:toks[-1].i + 1]
        text = _text_of(doc, span).strip()
        if _unbalanced_quote(text):
            text = "".join(ch for ch in text if ch not in _QUOTES).strip()
    if not text:
        return None
    if span.label_ == "LANGUAGE":
        return None  # "English-speaking", "in Arabic": a language, not a party
    if span.root.lower_ == "time" or _CLOCK.search(text):
        return None  # "at 07:15 Eastern Indonesia Time", "0400 Moscow time": when, not who
    group = named_group(text)
    if group is not None:
        return ActorMention(span.start, span.end, text, group[0], group[1], False, False, span.root.i)
    sector = sector_of(text)
    countries = countries_in(doc, span.start_char, span.end_char, of_only=sector is not None,
                             states_only=sector is None)
    igo = is_igo(text) or _igo_body(span)
    adversary = is_adversary(text)
    if not igo and _based_organisation(span, text, sector):
        # "the Norway-based group Iran Human Rights", "a US-based research group": an organisation located
        # somewhere speaks for no state (data/claims-eval/README.md)
        return ActorMention(span.start, span.end, text, None, "NGO", False, False, span.root.i)
    if not countries and not igo and sector in _ARMED_SECTORS | {"GOV"}:
        # "separatists in Luhansk", "officials in Kabul": an armed group is of the ground it holds, a government
        # body of the seat it sits in
        countries = countries_in(doc, span.start_char, span.end_char, any_prep=True)
    if not countries and not igo and not adversary:
        countries = term_countries(doc, span)
    elif countries and not igo and not adversary:
        own = _listed_person_country(doc, span)
        if own is not None and own not in countries[:1]:
            # "Georgia's prime minister Irakli Kobakhidze": the listed person the phrase is about outweighs a
            # place name the gazetteer read another way
            countries = [own] + [c for c in countries if c != own]
    if sector is None and countries and not igo and not adversary and _territory(span):
        return None  # "in central Mali", "fighting in Sudan": where, not who
    if not igo and not group_free_sector(text) and any(
            p.start <= span.start_char and span.end_char <= p.end and p.feature_code not in _STATE_FEATURES
            and p.precision != "country" and not (countries and iso3(p.country) not in countries
                         and (p.feature_code or "").startswith("PPL"))
            for p in _dc.ext(doc, "places") or []):
        return None  # "Zamfara State", "Kherson Oblast": the phrase is a place the gazetteer knows
    places = _word_set("place_nouns")
    root = span.root
    if not igo and (root.lemma_.lower() in places or root.dep_ in ("compound", "nmod") and root.head.i >= span.end
                    and root.head.lemma_.lower() in places):
        return None  # "Kaura Namoda local government area", "Kaura Namoda" in it: a place, not a party
    if not igo and root.lemma_.lower() in ("camp", "camps") and any(
            t.lower_ in _word_set("camp_place_modifiers") for t in span if t.i < root.i):
        return None  # "the Far'a refugee camp": a place, not a party
    if not igo and _admin_division(span):
        return None  # "near Kumbo in Bui division": an administrative division, not an army's
    if sector == "CVL" and any(t.dep_ in ("acl", "relcl") and t.head.i in range(span.start, span.end)
                               and t.lemma_.lower() in _word_set("protest_verbs") for t in span):
        sector = "PRO"  # "thousands of students protesting against quotas"
    if span.label_ == "PERSON" and sector is None and any(t.pos_ == "PROPN" for t in span):  # not "Kidnappings"
        # a named person without a title: a listed commander or armed group's leader by the list, anyone else a
        # government official, refined by the sentence's appositives below
        sector = person_sector(text) or "GOV"
    if not (countries or sector or igo or adversary):
        return None
    if sector is None and countries and _listed_person(text):
        # "Tangsiri", "Nasser Kanaani" the tagger missed as a person: a listed official, not a state
        sector = person_sector(text) or "GOV"
    if sector is None and countries and not igo and _counted_nationals(span):
        sector = "CVL"  # "two Palestinians", "at least 900 Syrians": people counted by nationality, not a state
    country = None if igo or adversary else (countries[0] if countries else None)
    if igo:
        sector = "IGO"
    # a bare country as an actor ("Azerbaijan has destroyed ...") is the state
    if country and sector is None:
        sector = "STATE"
    return ActorMention(span.start, span.end, text, country, sector, adversary, igo, span.root.i)


_DETERMINERS = frozenset({"the", "a", "an"})


def _igo_body(span: Span) -> bool:
    """A body, mission or official named by the international organisation it belongs to: "the UN human rights
    office", "NATO's peacekeeping force", "a United Nations official in Juba" (the organisation's name opens the
    phrase and modifies its head). Not "UN-backed forces", nor "NATO member Poland" (a state is the head)."""
    toks = [t for t in span if not (t.i == span.start and t.lower_ in _DETERMINERS)]
    if len(toks) < 2 or not toks[0].text[:1].isupper():
        return False
    root = span.root
    if root.ent_type_ in ("GPE", "NORP", "LOC") or root.i <= toks[0].i:
        return False
    doc = span.doc
    for n in range(min(6, root.i - toks[0].i), 0, -1):
        last = toks[n - 1]
        name = _text_of(doc, doc[toks[0].i:last.i + 1])
        if not is_igo(name):
            continue
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is None or nxt.i > root.i or not last.whitespace_ and nxt.text not in ("'s", "’s"):
            return False  # "UN-backed", "NATO-led": a body the organisation backs is not the organisation
        return True
    return False


def _based_organisation(span: Span, text: str, sector: str | None) -> bool:
    """"a London-based monitoring group", "the Norway-based group X": an organisation whose place word only
    says where it is based (no armed, state or media sector in the phrase)."""
    if sector not in (None, "NGO", "ORG", "STATE") or "-based" not in text.lower():
        return False
    return span.root.lemma_.lower() in _word_set("organisation_nouns") or any(
        t.lemma_.lower() in _word_set("organisation_nouns") and t.dep_ in ("appos", "compound") for t in span)


_QUANTIFIERS = frozenset({"dozens", "hundreds", "thousands", "scores", "several", "many", "some", "millions"})


def _counted_nationals(span: Span) -> bool:
    """A counted plural of a nationality ("two Palestinians", "dozens of Afghans"): people, not the state."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS") or not root.text[:1].isupper() or not root.text.endswith("s"):
        return False
    from ..geo.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    if not (gaz.demonym(root.text) or gaz.demonym(root.text[:-1])):
        return False
    return any(t.like_num or t.lower_ in _QUANTIFIERS for t in span if t.i < root.i)


def _admin_division(span: Span) -> bool:
    """A lower-case "division" after a proper name, with no number or arm of service in the phrase: "Bui
    division" is an administrative division; "the 6th Infantry Division", "the army's 3rd division" are units."""
    root = span.root
    if root.text not in _word_set("admin_division_nouns"):
        return False
    mods = [t for t in span if t.i < root.i and t.dep_ in ("compound", "nmod", "amod") and t.head.i == root.i]
    if not mods or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in mods):
        return False
    units = _word_set("unit_words_of_division")
    return not any(t.like_num or t.pos_ == "NUM" or t.lower_ in units or t.lower_.rstrip("s") in ("army", "force")
                   or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_) for t in span)


_ARMED_SECTORS = {"REB", "MLT", "UAG"}
_LANGUAGE_AFTER = re.compile(r"-(?:speaking|speakers?|language|medium)\b", re.I)
_CLOCK = re.compile(r"^(?:(?:at|around|about|at around|at about|by|from|until)\s+)?\d{1,2}[:.]?\d{2}\b")
_QUOTES = frozenset('"\u201c\u201d')


def _unbalanced_quote(text: str) -> bool:
    return sum(text.count(q) for q in _QUOTES) % 2 == 1
_TERM_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _country_terms() -> tuple[dict[tuple[str, ...], str], int, frozenset, frozenset]:
    """Words that tie a phrase to a country where the gazetteer finds none in it: demonyms, short names and
    seats of government it lacks ("Tigrayan", "Zionist", "Abu Dhabi"), one-country groups and leaders
    (`codebooks/actor_countries.yaml`), and every country's ISO names (pycountry). Keys are lower-case word
    tuples; short acronyms ("US", "DRC") match only in capitals. The keys of people are returned apart: inside a
    person's name only they count ("Sofia Coppola" is no Bulgarian)."""
    books = load_yaml("codebooks/actor_countries.yaml")
    index: dict[tuple[str, ...], str] = {}
    acronyms, people = set(), set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                index.setdefault(tuple(_TERM_WORD.findall(name.split(",")[0].lower())), c.alpha_3)
    for section in ("aliases", "groups", "people"):
        for code, phrases in (books.get(section) or {}).items():
            if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
                continue
            for p in phrases:
                p = str(p)
                key = tuple(_TERM_WORD.findall(p.lower()))
                if not key:
                    continue
                if len(key) == 1 and p.replace(".", "").isupper() and len(p.replace(".", "")) <= 4:
                    acronyms.add(key[0])
                index[key] = code
                if section == "people":
                    people.add(key)
    index.pop((), None)
    return index, max(len(k) for k in index), frozenset(acronyms), frozenset(people)


def _person_name(tok) -> bool:
    """Is the token part of a PERSON entity of two or more tokens (a full name, "Sofia Coppola"; a lone
    capitalised word the tagger took for a person, "Amhara", is not)?"""
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ == "PERSON"


def dictionary_country(text: str | None) -> str | None:
    """The country a whole phrase names by the dictionary of `_country_terms` ("Port Sudan", "the Kremlin",
    "Naypyitaw"), whatever the gazetteer made of it; None when the phrase is more than such a name."""
    if not text:
        return None
    words = _TERM_WORD.findall(re.sub(r"^the\s+|'s$|’s$", "", text.strip(), flags=re.I).lower())
    index, _, acronyms, people = _country_terms()
    code = index.get(tuple(words))
    if code is not None and len(words) == 1 and words[0] in acronyms and not text.strip().isupper():
        return None
    if code is not None and tuple(words) in people and not _capitalised(_TERM_WORD.findall(text)[-1]):
        return None  # "the tusk": a word, not a person's name
    return code


def _listed_person_country(doc: Doc, span: Span) -> str | None:
    """The country of a listed person (`actor_countries.yaml`, people) whose name in the phrase contains the
    phrase's head ("Georgia's prime minister Irakli Kobakhidze" is about Kobakhidze); else None."""
    root = span.root
    if root.ent_type_ != "PERSON" and not root.text[:1].isupper():
        return None
    index, longest, _, people = _country_terms()
    doc = span.doc
    # only the word runs that contain the head: a name of up to `longest` words around it
    for start in range(max(span.start, root.i - longest + 1), root.i + 1):
        for end in range(min(span.end, start + longest), root.i, -1):
            words = tuple(w.lower() for t in doc[start:end] for w in _TERM_WORD.findall(t.text))
            if words in people and _capitalised(doc[end - 1].text):
                return index[words]
    return None


def _listed_person(text: str) -> bool:
    """Is the phrase, without "the" and a possessive, a person's name listed in `actor_countries.yaml`?"""
    words = _TERM_WORD.findall(re.sub(r"^the\s+|'s$|’s$", "", text.strip(), flags=re.I).lower())
    return tuple(words) in _country_terms()[3]


@lru_cache(maxsize=1)
def _people_sectors() -> dict[tuple[str, ...], str]:
    out = {}
    for sector, names in (_dictionary()[0].get("people_sectors") or {}).items():
        for n in names:
            out[tuple(_TERM_WORD.findall(str(n).lower()))] = sector
    return out


@lru_cache(maxsize=4096)
def person_sector(text: str) -> str | None:
    """The sector of a listed person who is no government civilian (`people_sectors` in actors.yaml: a chief of
    staff MIL, an armed group's leader REB or MLT), for a phrase that is the name alone; else None."""
    words = _TERM_WORD.findall(re.sub(r"^the\s+|'s$|’s$", "", text.strip(), flags=re.I).lower())
    if not words or not _capitalised(_TERM_WORD.findall(text)[-1]):
        return None
    return _people_sectors().get(tuple(words))


def _capitalised(word: str) -> bool:
    """A name's word as names are written: its first letter a capital."""
    return word[:1].isupper()


def term_countries(doc: Doc, span: Span) -> list[str]:
    """Countries of dictionary words inside a phrase (`_country_terms`), for a phrase in which the gazetteer
    found no demonym or place to count. A word the gazetteer placed wholly inside the phrase in that same
    country was judged already ("shelled Kupiansk" names where, not who); one it misread ("Russia" as a town
    in Ohio) or cut across ("GMT - Ukraine") is read from the dictionary. A name after a locative preposition
    ("the airport in Kabul") stays a place."""
    text = _text_of(doc, span)
    if not any(ch.isupper() for ch in text):
        return []
    index, longest, acronyms, people = _country_terms()
    words = [(m.group().lower(), m.start(), m.end()) for m in _TERM_WORD.finditer(text)]
    base = span.start_char
    places = _dc.ext(doc, "places") or []
    preps = _word_set("locative_prepositions")
    found = []
    i = 0
    while i < len(words):
        step = 1
        for n in range(min(longest, len(words) - i), 0, -1):
            code = index.get(tuple(w for w, _, _ in words[i:i + n]))
            if code is None:
                continue
            a, b = words[i][1], words[i + n - 1][2]
            if n == 1 and words[i][0] in acronyms and not text[a:b].isupper():
                continue
            key = tuple(w for w, _, _ in words[i:i + n])
            if key in people and not _capitalised(text[words[i + n - 1][1]:b]):
                continue  # a person's name is written with a capital: "an elephant tusk" names no Tusk
            s, e = base + a, base + b
            if _LANGUAGE_AFTER.match(_dc.text(doc), e):
                break  # "English-speaking regions", "French-language media": a language, not a country
            sub = doc.char_span(s, e, alignment_mode="expand")
            if sub is not None and len(sub) and sub[0].ent_type_ == "PERSON" and _person_name(sub[0]) and \
                    key not in people:
                continue
            step = n
            if any(p.start <= s and e <= p.end and span.start_char <= p.start and p.end <= span.end_char
                   and iso3(p.country) == code for p in places):
                break
            if key not in people and _before_person(doc, e):
                break  # "Aden Farah Gedi": a first name, not Aden
            root = sub.root if sub is not None and len(sub) else None
            if root is not None and root.dep_ == "pobj" and root.head.lower_ in preps and root.head.i >= span.start:
                break
            found.append(code)
            break
        i += step
    return found


@lru_cache(maxsize=8192)
def group_free_sector(text: str) -> bool:
    """Does the phrase carry a sector word besides a place word ("Zamfara State police" does, "Zamfara State"
    does not)? Place words that are also sector words ("state") do not count."""
    low = re.sub(r"[^\w\s-]", " ", text.lower()).split()
    return any(sector_of(w) for w in low if w not in ("state", "region", "district", "province"))


def _territory(span: Span) -> bool:
    """A place phrase that names ground, not a state: a country with a part-of-territory modifier ("central
    Mali", "northern Burkina Faso") or the object of a locative preposition ("fighting in Sudan")."""
    modifiers = _word_set("region_modifiers")
    preps = _word_set("locative_prepositions")
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "across eastern Chad and South Sudan"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in preps and root.head.i < span.start:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in _word_set("movement_prepositions") and \
            root.head.head.lemma_.lower() in _word_set("movement_verbs"):
        return True  # "fled to Niger"
    # a modifier inside a place's own name ("South Korea", "East Timor") names the state, not part of it
    named = [(p.start, p.end) for p in _dc.ext(span.doc, "places") or []]
    return any(t.lower_ in modifiers and t.dep_ in ("amod", "compound", "advmod", "npadvmod") for t in span
               if t.i != span.root.i and not any(s <= t.idx < e for s, e in named))


def _phrases(doc: Doc) -> list[Span]:
    chunks = list(doc.noun_chunks)
    spans = list(_dc.ents(doc)) + chunks
    # noun chunks miss "sabotage groups of the opposing side": extend a chunk with its "of" phrase
    extra = []
    stops = _word_set("of_phrase_stops")
    locatives = _word_set("locative_prepositions")
    for nc in chunks:
        if nc.root.lemma_.lower() in stops or nc.root.lower_ in stops:
            continue  # "two days of fighting with the army, residents said": a span of time, not a party
        for child in nc.root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and not any(
                    g.dep_ == "pobj" and (g.lower_ in stops or g.lemma_.lower() in stops) for g in child.children):
                sub = list(child.subtree)
                end = sub[-1].i + 1
                # "the gate of a military camp in X, a village in Y": the party's phrase ends before a place
                # phrase, an apposition or a relative clause after the "of" phrase's own noun
                for t in sub[1:]:
                    if t.text == "," or t.dep_ == "relcl" or t.dep_ == "prep" and t.lower_ in locatives \
                            and t.head.i != child.i:
                        end = min(end, t.i)
                        break
                if end > child.i + 1:
                    extra.append(doc[nc.start:end])
    return spans + extra


_ACRONYM = re.compile(r"((?:the\s+)?(?:[A-Z][\w'-]*\s+){1,6}?(?:[A-Z][\w'-]*))\s+\(([A-Z]{2,8})\)")


def acronyms(doc: Doc) -> dict[str, ActorMention]:
    """"the paramilitary Rapid Support Forces (RSF)": later mentions of RSF are that group."""
    out = {}
    for m in _ACRONYM.finditer(_dc.text(doc)):
        start = m.start(1)
        # take in lower-case modifiers before the name ("the paramilitary ...")
        before = _dc.text(doc)[max(0, start - 40):start]
        extra = re.search(r"((?:the\s+)?(?:[a-z-]+\s+){0,2})$", before)
        if extra:
            start -= len(extra.group(1))
        span = doc.char_span(start, m.end(1), alignment_mode="expand")
        mention = mention_for(doc, span) if span is not None else None
        if mention is not None:
            out[m.group(2)] = mention
    return out


def find_mentions(doc: Doc) -> list[ActorMention]:
    seen: dict[tuple[int, int], ActorMention] = {}
    known = acronyms(doc)
    # an entity and a noun chunk often cover the same tokens: the mention depends on the tokens and on whether
    # the span is a PERSON entity only, so it is worked out once
    done: dict[tuple[int, int, bool], ActorMention | None] = {}
    for span in _phrases(doc):
        ident = (span.start, span.end, span.label_ == "PERSON")
        if ident in done:
            m = done[ident]
        else:
            m = mention_for(doc, span)
            if m is None and known:
                span_text = _text_of(doc, span)
                key = re.sub(r"^the\s+", "", span_text.strip(), flags=re.I)
                if key in known:
                    k = known[key]
                    m = ActorMention(span.start, span.end, span_text, k.country, k.sector, k.adversary, k.igo,
                                     span.root.i)
            done[ident] = m
        if m is not None:
            seen[(m.start, m.end)] = m
    return sorted(seen.values(), key=lambda m: (m.start, -(m.end - m.start)))


def document_dyad(doc: Doc, outlet_country: str | None = None) -> list[str]:
    """The (up to) two countries the article is about, most mentioned first."""
    counts: Counter[str] = Counter()
    for _, _, iso2 in _dc.ext(doc, "demonyms") or []:
        counts[iso3(iso2)] += 1
    for p in _dc.ext(doc, "places") or []:
        if p.country:
            counts[iso3(p.country)] += 1
    counts.pop(None, None)
    return [c for c, _ in counts.most_common(2)]


def opponent_of(country: str | None, dyad: list[str]) -> str | None:
    if country in dyad and len(dyad) == 2:
        return dyad[1] if dyad[0] == country else dyad[0]
    return None


for _name in ("actor_mentions", "dyad"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("sitrep_actors", assigns=["doc._.actor_mentions", "doc._.dyad"],
                  requires=["doc._.places", "doc._.demonyms"])
def make_actors_component(nlp: Language, name: str) -> "ActorTagger":
    return ActorTagger()


class ActorTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = find_mentions(doc)
        doc._.dyad = document_dyad(doc)
        return doc
