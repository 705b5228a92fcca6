"""Actors: who acts, normalised to a country (ISO alpha-3) and a sector.

A spaCy component (`sitrep_actors`, after `sitrep_geo`) that finds actor mentions (noun phrases and named
entities that carry a sector word, a demonym, a country or an institution) and sets
`Doc._.actor_mentions` and `Doc._.dyad` (the two countries the article is mostly about, which lets
"the opposing side" be resolved once the speaker's side is known).
"""
from __future__ import annotations

from .. import doccache as _dc

import bisect
import calendar
import re
import unicodedata
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
    inferred: bool = False  # the country is the story's, not named ("the army" in a story told in one country)

    def to_actor(self, role: str | None = None, doc: Doc | None = None) -> Actor:
        start = doc[self.start].idx if doc is not None else None
        end = doc[self.end - 1].idx + len(doc[self.end - 1]) if doc is not None else None
        name = self.text
        # "12 insurgents", "at least 80 people", "Over 1,200 families": the party is the people counted; the count
        # is the event's figure, no part of the party's name (session 15, h11)
        cut = _count_end(doc, self) if doc is not None else None
        while cut is not None and cut < self.end - 1 and doc[cut].text in _QUOTES:
            cut += 1  # (9 "bandits": the quote mark before the counted word is no part of the name)
        if cut is not None:
            name, start = _text_of(doc, doc[cut:self.end]).strip(), doc[cut].idx
            if _unbalanced_quote(name):
                name = "".join(ch for ch in name if ch not in _QUOTES).strip()
        return Actor(name=name, country=self.country, sector=self.sector, role=role, start=start, end=end)


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
    civil = _civil_general_titles()
    # "the party's general secretary", "the director general": "general" in a civil title is no military rank
    titled = {i + k for i in range(len(words) - 1) if tuple(words[i:i + 2]) in civil for k in (0, 1)
              if words[i + k] == "general"}
    # every word n-gram of the text, looked up: the same answer as trying each dictionary phrase in turn
    for n in range(1, min(longest, len(words)) + 1):
        for i in range(len(words) - n + 1):
            if n == 1 and i in titled:
                continue
            r = rank.get(" ".join(words[i:i + n]))
            if r is not None and (best is None or r < best):
                best = r
    return phrase_sector[_dictionary()[2][best]] if best is not None else None


@lru_cache(maxsize=1)
def _civil_general_titles() -> frozenset:
    """Two-word civil titles with "general" in them ("secretary general", "consul general"), as word pairs."""
    return frozenset(tuple(p.split()) for p in _dictionary()[0].get("civil_general_titles") or ()
                     if len(p.split()) == 2)


@lru_cache(maxsize=1)
def _phrase_rank() -> tuple[dict[str, int], int]:
    phrases = _dictionary()[2]
    return {p: i for i, p in enumerate(phrases)}, max((len(p.split()) for p in phrases), default=0)


_RUN_BY = "(?:run|led|controlled|held|affiliated|aligned|allied|appointed|installed|linked)"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    d = unicodedata.normalize("NFKD", c)
    if len(d) > 1 and all(unicodedata.combining(x) for x in d[1:]):
        return d[0]
    return "'" if c in "\u2019\u2018\u02bc" else c


def _fold(text: str) -> str:
    """The text without accents, curly apostrophes made straight, character for character (offsets hold):
    "Front de Libération de l’Azawad" and "Front de Liberation de l'Azawad" are one name."""
    return text if text.isascii() else "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Each unaccented Latin letter and the straight apostrophe with the characters written for it."""
    out: dict[str, set[str]] = {"'": {"'", "\u2019", "\u2018", "\u02bc"}}
    for n in range(0xC0, 0x250):
        c = chr(n)
        base = _fold_char(c)
        if base != c and base.isascii():
            out.setdefault(base, {base}).add(c)
    return {k: "".join(sorted(v)) for k, v in out.items()}


def _loose(name: str) -> str:
    """A regex for a name written with or without its accents and with either apostrophe ("Front de Liberation de
    l’Azawad" for "Front de Libération de l'Azawad"), its words apart by spaces or a line break; case is left to
    the flags."""
    variants = _accented()
    out = []
    for c in _fold(name):
        if c == " ":  # a space, or one line break of a hard-wrapped text
            out.append(r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)")
            continue
        chars = variants.get(c, "")
        out.append(f"[{re.escape(chars)}]" if chars else re.escape(c))
    return "".join(out)


class _LazyPattern:
    """A group name's regex, compiled on its first use: compiling all ~700 accent-tolerant patterns at start-up
    cost about 1.6 s of a one-article run, while an article only ever tries the few whose first word it holds."""

    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags, self._rx = pattern, flags, None

    def _compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def search(self, *args, **kwargs):
        return self._compiled().search(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self._compiled().finditer(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self._compiled().match(*args, **kwargs)


def _spellings(name: str) -> set[str]:
    """A force's name as news writes it either way: "Defence" or "Defense", "Force" or "Forces" at its end ("the
    Uganda People's Defence Forces" for the Uganda People's Defence Force); a Spanish "Frente" named for a person or
    place as English writes it, the name before "front" ("the Dagoberto Ramos front" for Frente Dagoberto Ramos);
    the name itself first."""
    out = {name}
    front = re.match(r"Frente ([A-Z\u00C0-\u00DE][^\s]*(?: \S+)*)$", name)
    if front is not None:
        out |= {f"{front.group(1)} front", f"{front.group(1)} Front"}
    for n in list(out):
        out |= {n.replace("Defence", "Defense"), n.replace("Defense", "Defence")}
    for n in list(out):
        if n.endswith(" Force"):
            out.add(n + "s")
        elif n.endswith(" Forces"):
            out.add(n[:-1])
    return out


@lru_cache(maxsize=1)
def _named_groups() -> list[tuple[str, _LazyPattern, str | None, str]]:
    groups = _dictionary()[0].get("groups") or {}
    out = []
    for name, (country, sector) in groups.items():
        flags = 0 if name.isupper() else re.I
        # (the other spellings as capitalised: "border security forces" is no name)
        others = "|".join(_loose(n) for n in sorted(_spellings(name) - {name}, key=len, reverse=True))
        names = _loose(name) + (f"|(?-i:{others})" if others else "")
        # "the Houthi-run health ministry", "Hamas-led authorities": a body run by the group is the group's side
        out.append((name, _LazyPattern(rf"(?<![\w-])(?:{names})(?![\w]|-(?!{_RUN_BY}\b))", flags), country,
                    sector))
    # the longest name first (as its escaped pattern's length, before accents widened the patterns)
    return sorted(out, key=lambda g: -len(re.escape(g[0])))


@lru_cache(maxsize=1)
def _groups() -> list[tuple[_LazyPattern, str | None, str]]:
    return [(rx, country, sector) for _, rx, country, sector in _named_groups()]


@lru_cache(maxsize=1)
def _group_first_words() -> dict[str, tuple[int, ...]]:
    """The groups (their places in `_groups()`) by the first word of their name, lower case: a name can only
    match a text holding that word, so most phrases are settled by a few set lookups (one search of an
    alternation of every name cost more than the rest of the actor tagger)."""
    index: dict[str, list[int]] = {}
    for i, (name, _, _, _) in enumerate(_named_groups()):
        # (and each other spelling's, which may open with another word: "Dagoberto Ramos front")
        for first in {(re.findall(r"\w+", _fold(n)) or [""])[0].lower() for n in _spellings(name)}:
            index.setdefault(first, []).append(i)
    return {w: tuple(ix) for w, ix in index.items()}


@lru_cache(maxsize=8192)
def named_group(text: str) -> tuple[str | None, str] | None:
    """A named armed group's home country and sector ("the Houthis" → YEM, REB)."""
    index = _group_first_words()
    found = set()
    for w in re.findall(r"\w+", _fold(text)):  # the names' first words are indexed without accents
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


_HOME_GROUP_SECTORS = frozenset({"REB", "MLT"})
# session 27 (h7): ... and a country's own political parties ("the Awami League", "ZANU-PF"), which act at home: the
# story's country as much as its rebels (a lone "Gopalganj" is Bangladesh's in a story on the Awami League)
_HOME_HINT_SECTORS = _HOME_GROUP_SECTORS | {"CVL"}


def home_group_countries(text: str) -> Counter:
    """ISO alpha-3 countries of the named rebel groups, militias and parties a text names, each as often as it is named
    ("Amba Boys" -> CMR): the story's country where it names no other (read by the geo component to choose among
    namesakes). Groups of no single country and forces abroad (a private military company) say nothing."""
    index = _group_first_words()
    found = set()
    for w in set(re.findall(r"\w+", _fold(text))):
        ix = index.get(w.lower())
        if ix:
            found.update(ix)
    out: Counter = Counter()
    if not found:
        return out
    groups = _groups()
    taken: list[tuple[int, int]] = []
    for i in sorted(found):  # longest pattern first: "Kataib Hezbollah" is not also Hezbollah
        rx, country, sector = groups[i]
        if country in (None, "null") or sector not in _HOME_HINT_SECTORS:
            continue
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out[country] += 1
    return out


@lru_cache(maxsize=1)
def _shared_names() -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    out = []
    for name, (sector, *countries) in (_dictionary()[0].get("shared_names") or {}).items():
        flags = 0 if name.isupper() else re.I
        out.append((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w])", flags), sector, tuple(countries)))
    return out


def _shared_name(doc: Doc, text: str) -> tuple[str, str] | None:
    """(country, sector) of a body whose name several states use ("ISPR": Pakistan's and Bangladesh's armed
    forces' media wing): the one of those states the article names most, else the first listed."""
    for rx, sector, countries in _shared_names():
        if rx.search(text):
            counts = Counter()
            for _, _, iso2 in _dc.ext(doc, "demonyms") or []:
                counts[iso3(iso2)] += 1
            for p in _dc.ext(doc, "places") or []:
                if p.country:
                    counts[iso3(p.country)] += 1
            best = max(countries, key=lambda c: (counts.get(c, 0), -countries.index(c)))
            return best, sector
    return None


@lru_cache(maxsize=1)
def _local_group_names() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    return [(re.compile(rf"(?<![\w-]){_loose(name)}(?![\w-])", 0 if name.isupper() else re.I), tuple(countries))
            for name, countries in (_dictionary()[0].get("local_group_names") or {}).items()]


def _local_group_country(doc: Doc, text: str, home: str | None) -> str | None:
    """The country a group's name means locally (`local_group_names`): a listed country the story names (as places
    and demonyms) more often than the group's own home; None when the name keeps its home."""
    names = [countries for rx, countries in _local_group_names() if rx.search(text)]
    if not names:
        return None
    counts: Counter = Counter()
    for _, _, iso2 in _dc.ext(doc, "demonyms") or []:
        counts[iso3(iso2)] += 1
    for p in _dc.ext(doc, "places") or []:
        if p.country:
            counts[iso3(p.country)] += 1
    best = max(names[0], key=lambda c: counts.get(c, 0))
    return best if counts.get(best, 0) > counts.get(home, 0) else None


def _longer_group(doc: Doc, span: Span) -> tuple[str | None, str] | None:
    """A named group whose name starts inside the phrase and runs on past its end ("the Islamic Resistance" of
    "the Islamic Resistance in Iraq", a name the tagger cut short): that group; None when none does."""
    text = _dc.text(doc)
    tail = text[span.start_char:min(len(text), span.end_char + 40)].split("\n")[0]
    if len(tail) <= span.end_char - span.start_char:
        return None
    index = _group_first_words()
    found = set()
    for w in re.findall(r"\w+", _fold(text[span.start_char:span.end_char])):
        found.update(index.get(w.lower(), ()))
    best = None
    for i in sorted(found):
        name, rx, country, sector = _named_groups()[i]
        for m in rx.finditer(tail):
            if m.start() < span.end_char - span.start_char < m.end() and (best is None or m.end() > best[0]):
                best = (m.end(), (None if country in (None, "null") else country), sector)
    return best[1:] if best is not None else None


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


_WRAPPED_KEY = "sitrep.actors.hard_wrapped"
_WRAP_LINE = re.compile(r"^[^\n]{50,}[^\s.:!?;\"\u201d')\]]$")


def _hard_wrapped(doc: Doc) -> bool:
    """A text wrapped at a fixed width (an e-mail, a plain-text bulletin): three lines or more of 50 characters
    or more that end mid-sentence and run on after a single line break."""
    found = doc.user_data.get(_WRAPPED_KEY)
    if found is None:
        lines = _dc.text(doc).split("\n")
        found = sum(1 for a, b in zip(lines, lines[1:]) if b.strip() and _WRAP_LINE.match(a)) >= 3
        doc.user_data[_WRAPPED_KEY] = found
    return found


def _line_break(doc: Doc, tok) -> bool:
    """A token that ends a line no name runs across: a blank line, or a line break outside a hard-wrapped text
    ("... from Ankara" / "The Syrian Democratic Forces said": a headline or a heading and the next line)."""
    return "\n" in tok.text and (tok.text.count("\n") > 1 or not _hard_wrapped(doc))


def _one_line(doc: Doc, span: Span) -> Span:
    """The part of a phrase on one line: a noun chunk or entity the parser ran over a line break ("Ankara\n\nThe
    Syrian Democratic Forces") is cut there, keeping the part its head is in (else the last part with words)."""
    pieces = _line_pieces(doc, span)
    if len(pieces) == 1 and pieces[0] is span:
        return span
    if not pieces:
        return doc[span.start:span.start]
    root = span.root.i
    return next((p for p in pieces if p.start <= root < p.end), pieces[-1])


def _line_pieces(doc: Doc, span: Span) -> list[Span]:
    """Every part of a phrase that lies on one line (the phrase itself when it runs over no line break)."""
    cuts = [t.i for t in span if _line_break(doc, t)]
    if not cuts:
        return [span]
    bounds = [span.start] + [i + 1 for i in cuts]
    return [Span(doc, a, b, label=span.label_) for a, b in zip(bounds, cuts + [span.end])
            if b > a and any(not t.is_space for t in doc[a:b])]


def source_kind(text: str) -> str:
    low = " " + text.lower() + " "
    for kind in ("media", "ministry", "official", "witness", "unnamed"):
        if any(f" {p} " in low for p in _dictionary()[0]["source_kinds"][kind]):
            return kind
    return "unnamed"


_STATE_FEATURES = {"PCLI", "PCLD", "PCLS", "PCLIX", "PCL", "PPLC", "PCLF"}


class SpanIndex:
    """Items of a list with character bounds (start, end), indexed by start once, so that a phrase's lookups need not
    scan the whole document's list. Each query answers as the scan it names would, items in the list's order."""
    __slots__ = ("items", "n", "order", "starts", "ends", "reach", "longest")

    def __init__(self, items, bounds) -> None:
        self.items, self.n = items, len(items)
        pairs = [bounds(x) for x in items]
        self.order = sorted(range(len(items)), key=lambda i: pairs[i][0])
        self.starts = [pairs[i][0] for i in self.order]
        self.ends = [e for _, e in pairs]
        self.longest = max((e - s for s, e in pairs), default=0)
        reach, top = [], None
        for i in self.order:  # the furthest end among the items starting at or before each one
            top = self.ends[i] if top is None or self.ends[i] > top else top
            reach.append(top)
        self.reach = reach

    def _pick(self, lo: int, hi: int, keep) -> list:
        if lo >= hi:
            return []
        return [self.items[i] for i in sorted(i for i in self.order[lo:hi] if keep(i))]

    def inside(self, a: int, b: int) -> list:
        """`[x for x in items if a <= start and end <= b]`"""
        ends = self.ends
        return self._pick(bisect.bisect_left(self.starts, a), bisect.bisect_right(self.starts, b),
                          lambda i: ends[i] <= b)

    def starting(self, a: int, b: int) -> list:
        """`[x for x in items if a <= start < b]`"""
        return self._pick(bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b), lambda i: True)

    def covering(self, a: int, b: int) -> list:
        """`[x for x in items if start <= a and b <= end]`"""
        ends = self.ends
        return self._pick(bisect.bisect_left(self.starts, b - self.longest), bisect.bisect_right(self.starts, a),
                          lambda i: ends[i] >= b)

    def overlapping(self, a: int, b: int) -> list:
        """`[x for x in items if start < b and a < end]`"""
        ends = self.ends
        return self._pick(bisect.bisect_right(self.starts, a - self.longest), bisect.bisect_left(self.starts, b),
                          lambda i: ends[i] > a)

    def overlaps(self, a: int, b: int) -> bool:
        """`any(start < b and a < end for items)`"""
        k = bisect.bisect_left(self.starts, b)
        return k > 0 and self.reach[k - 1] > a

    def covers(self, x: int) -> bool:
        """`any(start <= x < end for items)`"""
        k = bisect.bisect_right(self.starts, x)
        return k > 0 and self.reach[k - 1] > x


def span_index(doc: Doc, key: str, items, bounds) -> SpanIndex:
    """A `SpanIndex` of `items` kept in `doc.user_data[key]`, built again when another list (or the same list grown
    or shrunk) is asked for under that key."""
    cached = doc.user_data.get(key)
    if cached is None or cached.items is not items or cached.n != len(items):
        cached = doc.user_data[key] = SpanIndex(items, bounds)
    return cached


def _place_bounds(p) -> tuple[int, int]:
    return p.start, p.end


def _demonym_bounds(d) -> tuple[int, int]:
    return d[0], d[1]


def _places_index(doc: Doc) -> SpanIndex:
    return span_index(doc, "sitrep.actors.places_index", _dc.ext(doc, "places") or [], _place_bounds)


def _demonyms_index(doc: Doc) -> SpanIndex:
    return span_index(doc, "sitrep.actors.demonyms_index", _dc.ext(doc, "demonyms") or [], _demonym_bounds)


def countries_in(doc: Doc, start_char: int, end_char: int, of_only: bool = False, states_only: bool = False,
                 any_prep: bool = False) -> list[str]:
    """ISO alpha-3 codes of demonyms and places that qualify a phrase inside a character range, in text order.
    A place inside a prepositional phrase ("the airport in Khartoum") locates the thing, it does not make it
    a country's; only "of" may do that ("the forces of Armenia"), and only when `of_only` allows it. With
    `any_prep` every preposition may ("separatists in Luhansk": an armed group is of the ground it holds)."""
    found = []
    for s, e, iso2 in _demonyms_index(doc).inside(start_char, end_char):
        if not _BACKED_AFTER.match(_dc.text(doc), e) and not _named_facility(doc, s, e, start_char):
            found.append((s, iso3(iso2)))
    for p in _places_index(doc).inside(start_char, end_char):
        if p.country:
            state = _possessor_state(doc, p)
            if state is not None:
                # "Taiwan's presidential office", "Niger's junta", "Burkina Faso's government": a country's name as
                # the owner is the state, whatever province or town of that name the gazetteer chose and whatever
                # the tagger made of the words (a person's name is not a possessor "Burkina Faso's")
                found.append((p.start, state))
                continue
            if states_only and p.feature_code not in _STATE_FEATURES:
                continue  # a town names where, not who: "shelled Kupiansk"
            if _BACKED_AFTER.match(_dc.text(doc), p.end):
                continue  # "Iran-aligned militias": the state that backs a group is not the group's
            if _person_not_place(doc, p):
                continue  # "Haddad:" opening a transcript turn, "Haddad said": the person introduced before
            if _before_person(doc, p.end) or _rank_before_name(doc, p):
                continue  # "minister Aden Farah Gedi": a first name the gazetteer took for a town; "Brig. X" a rank
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if _inside_longer_name(doc, span):
                continue  # "Sofia Coppola", "Israel Katz": a person's name, not a place (listed people: term_countries)
            root = span.root if span is not None else None
            if not any_prep and root is not None and root.dep_ == "pobj" and root.head.idx >= start_char and (
                    root.head.lower_ != "of" or not of_only):
                continue
            found.append((p.start, iso3(p.country)))
    return [c for _, c in sorted(found) if c]


# facilities named after a people ("the Saudi Hospital in El Fasher", "the Turkish School"): places, not parties
_FACILITY_HEADS = frozenset({"hospital", "clinic", "school", "university", "college", "mosque", "church", "market",
                             "hotel", "stadium"})


def _named_facility(doc: Doc, s: int, e: int, start_char: int) -> bool:
    """Is the demonym at s..e part of a facility's capitalised name that a preposition other than "of" hangs on the
    phrase ("a doctor at the Saudi Hospital")?"""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    return head.i != span.root.i and head.lower_ in _FACILITY_HEADS and head.text[:1].isupper() \
        and head.dep_ == "pobj" and head.head.lower_ != "of" and head.head.idx >= start_char


_LED = re.compile(r"\w-led\b", re.I)


def _led_body(span: Span) -> bool:
    """"The Kenya-led mission", "a US-led ceasefire monitoring committee": a body of several states (its head in
    `multinational_bodies`) that a country word only leads."""
    root = span.root
    if root.lemma_.lower() not in _word_set("multinational_bodies"):
        root = span[-1]  # "the US-led ceasefire monitoring committee", the parse's head cut short
        if root.lemma_.lower() not in _word_set("multinational_bodies"):
            return False
    return any(t.i < root.i and _LED.search(t.text + (span.doc[t.i + 1].text + span.doc[t.i + 2].text
                                                       if t.i + 2 < len(span.doc) else ""))
               for t in span)


def _proper_name_of(span: Span) -> bool:
    """Is the phrase an organisation's proper name with a preposition inside ("the Kurdish Democratic Union of
    Iran"): an ORG entity of capitalised words and function words, at least two capitalised before the
    preposition?"""
    if len(span) < 4 or span.root.ent_type_ != "ORG":
        return False
    toks = [t for t in span if not (t.i == span.start and t.lower_ in _DETERMINERS)]
    if len(toks) < 4:
        return False
    preps = [k for k, t in enumerate(toks) if t.pos_ == "ADP"]
    if not preps or preps[0] < 2:
        return False
    return all(t.text[:1].isupper() or t.pos_ in ("ADP", "DET", "CCONJ") for t in toks)


def _military_region(root) -> bool:
    """"The Second Army Region", "the Eastern Military District": a command named for the ground it holds (a
    capitalised arm of service compounded with the place noun), a unit, not a place."""
    return root.text[:1].isupper() and any(c.dep_ == "compound" and c.text[:1].isupper() and sector_of(c.text) == "MIL"
                                           for c in root.children)


def _possessor_state(doc: Doc, p) -> str | None:
    """The country a place name is the name of ("Niger", "Taiwan"), when the name is a possessor ("Niger's junta")
    and the gazetteer read it as a province or town (Niger State, Taiwan province); None otherwise."""
    text = _dc.text(doc)
    if text[p.end:p.end + 2] not in ("'s", "\u2019s"):
        return None
    if p.feature_code in _STATE_FEATURES:
        return iso3(p.country)  # the gazetteer's own reading of a country's name ("Congo's army": which Congo)
    words = tuple(w.lower() for w in _TERM_WORD.findall(text[p.start:p.end]))
    index, _, acronyms, people = _country_terms()
    code = index.get(words)
    if code is None or words in people or len(words) == 1 and words[0] in acronyms:
        return None
    return code if code in _state_names() else None


@lru_cache(maxsize=1)
def _state_names() -> frozenset:
    """ISO alpha-3 codes of every country (pycountry) and the user-assigned ones of the actors dictionary."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(
        (_dictionary()[0].get("extra_codes") or {}).values())


def _inside_longer_name(doc: Doc, span: Span | None) -> bool:
    """Is the phrase part of a longer person's name the tagger found ("Sofia" of "Sofia Coppola", "Israel" of
    "Israel Katz")? Not when the person entity is the phrase alone or with a possessive ("Burkina Faso's",
    "Kramatorsk's" a tagger took for a person)."""
    if span is None or not len(span) or span[0].ent_type_ != "PERSON" or not _person_name(span[0]):
        return False
    i = span[0].i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    j = span[-1].i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return any(t.is_alpha for t in doc[i:span.start]) or any(t.is_alpha for t in doc[span.end:j])


def _after_other_name(doc: Doc, start_char: int) -> bool:
    """Does a one-word name at `start_char` follow a capitalised word that is no title ("Bandar Abbas", a city;
    not "President Abbas" nor a sentence's first word before it)? Then the listed surname is part of another
    name."""
    tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if tok is None or not len(tok) or tok[0].i == 0:
        return False
    prev = doc[tok[0].i - 1]
    # a sentence's first word counts only when the tagger made one name of the two
    return prev.is_alpha and prev.text[:1].isupper() and (not prev.is_sent_start or tok[0].ent_iob_ == "I") \
        and sector_of(prev.text) is None \
        and prev.lower_.rstrip(".") not in _word_set("rank_abbreviations") and prev.lower_ not in _word_set("rank_words")


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
_ZONES = r"GMT|UTC|BST|CET|CEST|EAT|CAT|WAT|EST|EDT|PST|PDT|MSK|PKT|JST|KST|PHT|ICT|WIB|HKT|SGT|AEST|AEDT"
_STAMP = re.compile(rf"^\s*(?:(?:\d{{1,2}}[:.h]?\d{{2}}\s*(?:(?:{_ZONES}|local time)\b)?"
                    rf"|(?:{_ZONES})\b)\s*)?[-\u2013\u2014:|]+\s+|^\s*(?:\d{{1,2}}[:.]\d{{2}}\s*)?"
                    rf"(?:{_ZONES})\b\s*[-\u2013\u2014:|]*\s*")


_COMPOSITION_ADVERBS = frozenset({"mostly", "mainly", "largely", "predominantly", "primarily", "chiefly",
                                  "overwhelmingly", "principally"})


# "the Union for ", "Cooperative for ": a capitalised name's head and the joiner that runs it on, right before a phrase
# (not "of": "Fighters of the so-called Ambazonia Defence Forces (ADF)" names the group after "of")
_NAME_HEAD_BEFORE = re.compile(r"\b[A-Z][\w'-]+ for $")
# " (CODECO)": initials in brackets right after a name, which define the whole name
_INITIALS_AFTER = re.compile(r" \([A-Z][A-Za-z-]{1,9}\)")
_DAY_WORDS = frozenset({d.lower() for d in calendar.day_name} | {"today", "yesterday", "tonight"})


def mention_for(doc: Doc, span: Span) -> ActorMention | None:
    """An actor mention for a phrase, or None when it names no country, sector or institution."""
    span = _one_line(doc, span)  # a mention never runs over a line break
    if not len(span):
        return None
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
    if span[0].lower_ in _COMPOSITION_ADVERBS and len(span) > 1:
        return None  # "40 people, mostly women": what the people named before were, not a party of its own
    if len(span) == 1 and _FLAG_AFTER.match(_dc.text(doc), span.end_char):
        return None  # "a Liberian-flagged cargo ship": the flag a ship flies, no party of its own (the ship is one)
    while len(span) > 1 and span[0].text in ("(", "[") and not any(t.text in (")", "]") for t in span[1:]):
        # "(ELN" of "the National Liberation Army (ELN)": a bracket whose partner lies outside is no part of it
        span = doc[span.start + 1:span.end]
        text = _text_of(doc, span).strip()
    full = _dc.text(doc)
    if span[0].lower_ == "the" and _NAME_HEAD_BEFORE.search(full, max(0, span.start_char - 40), span.start_char) \
            and _INITIALS_AFTER.match(full, span.end_char):
        # session 26 (h7): "the Development of Congo" of "the Cooperative for the Development of Congo (CODECO)": the
        # tail of a longer name its initials define is no party of its own
        return None
    if any(p.feature_code == "PCLI" and p.start < span.start_char and p.end >= span.end_char
           for p in _places_index(doc).covering(span.start_char, span.end_char)):
        # session 27 (h10): "Congo" of "(eastern) Democratic Republic of Congo": the tail of a country's longer name
        # is no party of its own (and no other country: the Republic of the Congo)
        return None
    opens = [t.i for t in span if t.text in ("(", "[")]
    if opens and opens[-1] > span.start and not any(t.text in (")", "]") for t in doc[opens[-1] + 1:span.end]):
        # session 26 (h7): "Volunteers for the Defence of the Homeland (" or "... Homeland (VDP" cut from "...
        # Homeland (VDP)": a bracket opened at the end whose partner lies outside is no part of the name
        span = doc[span.start:opens[-1]]
        text = _text_of(doc, span).strip()
    own = _own_words(span)
    if own is not None:  # "Uganda's army, which operates with ... the ADF": the army, not the ADF
        span = own
        text = _text_of(doc, span).strip()
    whole = _with_own_modifiers(span)
    if whole is not None:  # "defence ministry" cut from "Azerbaijan's defence ministry": Azerbaijan's
        span = whole
        text = _text_of(doc, span).strip()
    while len(span) > 1 and span[0].ent_type_ == "DATE" and span[0].lower_ in _DAY_WORDS \
            and span[1].ent_type_ != "DATE":
        # session 26 (h7): "(On) Sunday insurgents attacked ...": the day the parser glued to the party is no part of it
        span = doc[span.start + 1:span.end]
        text = _text_of(doc, span).strip()
    while len(span) > 1 and _leading_predicate(span):
        # "(shot) dead two Indonesian soldiers", "(killed) two soldiers": a verb or the state it leaves is no
        # part of the party it governs
        span = doc[span.start + 1:span.end]
        text = _text_of(doc, span).strip()
    if span.label_ == "LANGUAGE":
        return None  # "English-speaking", "in Arabic": a language, not a party
    if span.root.lower_ == "time" or _CLOCK.search(text):
        return None  # "at 07:15 Eastern Indonesia Time", "0400 Moscow time": when, not who
    if span.root.lemma_.lower() in _word_set("series_nouns") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return None  # "a string of attacks on civilians", "a wave of arrests": what happened, not who
    defined = doc.user_data.get(_ACRONYMS_KEY)
    bare = re.sub(r"^the\s+", "", text, flags=re.I)
    if defined and bare.isupper() and bare in defined and defined[bare].country is not None:
        # "the so-called Ambazonia Defence Forces (ADF)": the article says what its initials stand for, and that
        # outweighs another group the dictionary knows by the same letters (the ADF of Congo and Uganda)
        k = defined[bare]
        return ActorMention(span.start, span.end, text, k.country, k.sector, k.adversary, k.igo, span.root.i)
    group = named_group(text)
    if group is None:
        whole = _hyphen_whole(doc, span)
        if whole is not None and named_group(_text_of(doc, whole).strip()) is not None:
            # "The Pakistan Tehreek-e" cut from "Pakistan Tehreek-e-Insaf": the name runs on over its hyphens
            span = whole
            text = _text_of(doc, span).strip()
            group = named_group(text)
    # a group named in full with its country ("CPI (Maoist)") is that group, not a name several states' share
    shared = _shared_name(doc, text) if group is None or group[0] is None else None
    if shared is not None:  # "ISPR": Pakistan's and Bangladesh's, the one the article is about
        return ActorMention(span.start, span.end, text, shared[0], shared[1], False, False, span.root.i)
    if group is not None:
        group = _longer_group(doc, span) or group  # "the Islamic Resistance" cut from "... in Iraq"
        local = _local_group_country(doc, text, group[0])
        if local is not None:  # "al-Shabaab" in a story from Cabo Delgado: Mozambique's insurgents
            group = (local, group[1])
        return ActorMention(span.start, span.end, text, group[0], group[1], False, False, span.root.i)
    defined = doc.user_data.get(_ACRONYMS_KEY)
    if defined:
        k = defined.get(re.sub(r"^the\s+", "", text, flags=re.I))
        if k is not None:  # "FACT" after "the Front for Change and Concord in Chad (FACT)"
            return ActorMention(span.start, span.end, text, k.country, k.sector, k.adversary, k.igo, span.root.i)
        root = span.root
        if root.lemma_.lower() in _word_set("possessive_titles"):
            k = next((defined[t.text] for t in span if t.i < root.i and t.dep_ in ("compound", "poss", "nmod")
                      and t.head.i == root.i and t.text in defined and defined[t.text].sector in _ARMED_SECTORS),
                     None)
            if k is not None:  # "a KIA spokesman", "an SDF commander": the group's, as "a Houthi spokesman"
                return ActorMention(span.start, span.end, text, k.country, k.sector, False, False, root.i)
    sector = sector_of(text)
    if sector is not None and span.root.lower_ in _word_set("kin_nouns") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        sector = "CVL"  # session 20 (h7): "relatives of the dead soldiers": kin, not the force they lost
    if sector is None and span.root.lower_ in _word_set("civil_heads"):
        sector = "CVL"  # "The Tanzanian opposition said": the political opposition, not its state
    if sector == "MIL" and _either_force_rank(span):
        sector = _rank_force(doc)  # "Officers arrested twelve protesters, police said": police officers
    if sector in (None, "CVL") and not is_igo(text) and _civil_organisation(span):
        # "the Myanmar Witness Network", "the Kuki Students' Forum": a civil body named after a people or a place
        # speaks for no state (data/claims-eval/README.md: NGOs and research groups are of no country)
        return ActorMention(span.start, span.end, text, None, "NGO", False, False, span.root.i)
    countries = countries_in(doc, span.start_char, span.end_char, of_only=sector is not None,
                             states_only=sector is None)
    igo = is_igo(text) or _igo_body(span) or _of_igo(span) or _igo_country_office(doc, span, text) \
        or _serving_igo(span) or _igo_led(span)
    adversary = is_adversary(text)
    if not igo and _based_organisation(span, text, sector):
        # "the Norway-based group Iran Human Rights", "a US-based research group": an organisation located
        # somewhere speaks for no state (data/claims-eval/README.md)
        return ActorMention(span.start, span.end, text, None, "NGO", False, False, span.root.i)
    if not countries and not igo:
        countries = _long_name_countries(doc, span)  # "the Office for Kosovo and Metohija" is Serbia's
    if not countries and not igo and sector is None and _proper_name_of(span):
        # "the Kurdish Democratic Union of Iran": an organisation's own name holds its country, whatever preposition
        # carries it
        named = _name_country(doc, span)
        countries = [named] if named else []
    if not countries and not igo and sector in _ARMED_SECTORS | {"GOV"} and \
            span.root.lemma_.lower() not in _word_set("posted_titles"):
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
    if sector is None and not igo and span.root.lower_ in _FACILITY_HEADS and span.root.text[:1].isupper():
        return None  # "a doctor at the Saudi Hospital in El Fasher": a facility by its name, not a party
    if sector is None and not igo and span.root.lemma_.lower() in _word_set("ground_line_nouns") and not any(
            t.dep_ == "prep" and t.head.i == span.root.i for t in span):
        # "close to the Chinese border", "east of the Moroccan defensive wall": ground along a line, not a party
        return None
    if sector is None and not igo and span.root.dep_ in ("amod", "compound", "nmod") \
            and span.root.head.lemma_.lower() in _word_set("ground_line_nouns") \
            and not span.start <= span.root.head.i < span.end:
        return None  # ... nor the country word on it alone
    # ("northern Shan State": a direction or a determiner before a place the gazetteer knows is no part of a party)
    lead, tail = span.start, span.end
    while lead < span.end - 1 and doc[lead].is_lower and doc[lead].pos_ in ("ADJ", "DET"):
        lead += 1
    if tail - 1 > lead and doc[tail - 1].lower_ in _ADMIN_TAIL:
        tail -= 1  # "Shan State" with "Shan" the place found: the division's word after it
    core_end = doc[tail - 1].idx + len(doc[tail - 1].text)
    if not igo and not group_free_sector(text) and any(
            p.feature_code not in _STATE_FEATURES
            and p.precision != "country" and not (countries and iso3(p.country) not in countries
                         and (p.feature_code or "").startswith("PPL")) and not _person_not_place(doc, p)
            for p in _places_index(doc).covering(doc[lead].idx, core_end)):
        return None  # "Zamfara State", "Kherson Oblast": the phrase is a place the gazetteer knows
    places = _word_set("place_nouns")
    root = span.root
    if not igo and (root.lemma_.lower() in places or root.dep_ in ("compound", "nmod") and root.head.i >= span.end
                    and root.head.lemma_.lower() in places) and not _military_region(root):
        return None  # "Kaura Namoda local government area", "Kaura Namoda" in it: a place, not a party
    if not igo and sector is None and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in places | {"camp", "camps"} and root.head.head.i < span.start:
        return None  # "the camp of Adre", "the village of X" the gazetteer missed: a place named, not a person
    if not igo and root.lemma_.lower() in ("camp", "camps") and any(
            t.lower_ in _word_set("camp_place_modifiers") for t in span if t.i < root.i):
        return None  # "the Far'a refugee camp": a place, not a party
    if not igo and _admin_division(span):
        return None  # "near Kumbo in Bui division": an administrative division, not an army's
    if not igo and _federal_state(doc, span):
        return None  # "the northern state of Sinaloa", "Myanmar's Rakhine state": a region, not a government
    if sector == "CVL" and any(t.dep_ in ("acl", "relcl") and t.head.i in range(span.start, span.end)
                               and t.lemma_.lower() in _word_set("protest_verbs") for t in span):
        sector = "PRO"  # "thousands of students protesting against quotas"
    if sector == "CVL" and span.root.lower_ in _word_set("possessed_fighters"):
        armed = _possessive_antecedent(doc, span)
        if armed is not None and armed.sector in _FIGHTING_SECTORS:
            # "the vigilante group lost three of its men", "the commander said his men would fight on": the
            # men of an armed body are its fighters, not civilians
            sector = armed.sector
            if armed.country and not countries:
                countries = [armed.country]
    if sector is None and not countries and not igo and _person_tag_on_place(span):
        return None  # "retook Macomia", "residents of Libiri and Kokorou", "Kuki groups": a place or a people
    if sector == "MIL" and not igo and _rank_only(span):
        body = _rank_holder_body(doc, span)
        if body is not None:
            # "a separatist commander, who gave his name as General X", "a rebel spokesman, Colonel X": a rank
            # held in an armed group is the group's, not a state's army's
            sector = body.sector
            if body.country and not countries:
                countries = [body.country]
    if sector is None and not igo and _name_before_party(span):
        # "the Kilimo party's leader", "the Chadema party": a name the tagger took for a person's, right before
        # "party", is the party's own name; a party is people of the country the story is told in (session 15)
        sector = "CVL"
        if not countries:
            home = _article_country(doc)
            countries = [home] if home else []
    if span.label_ == "PERSON" and sector is None and any(t.pos_ == "PROPN" for t in span):  # not "Kidnappings"
        # a named person without a title: a listed commander or armed group's leader by the list, anyone else a
        # government official, refined by the sentence's appositives below
        sector = person_sector(text) or "GOV"
    if not countries and not igo and not adversary and (sector in _CONTEXT_SECTORS or sector is None):
        # "Its spokesman, X", "its fighters", "Sabri" named in full before with a title, "In Kigali, government
        # spokeswoman X said": a mention that names no country of its own takes the one its context gives
        found = _context_country(doc, span, sector)
        if found is not None and found[0] is None:
            if sector in (None, "GOV") or found[1] in ("IGO", "NGO"):
                # "Its spokesman" of a church or an NGO, "Colonel X, spokesman of the African Union mission": a
                # speaker for a body of no state
                sector = found[1]
        elif found is not None:
            countries = [found[0]]
            if found[1] and (sector is None or sector == "GOV" and span.root.ent_type_ == "PERSON" or
                             sector in ("GOV", "MIL") and found[1] in _ARMED_SECTORS and
                             span.root.lemma_.lower() in _word_set("possessive_titles")) and \
                    person_sector(text) is None:
                # the person's title: "the Houthis' military spokesman" is the group's; "the group's spokesman"
                # after an armed group is named speaks for it
                sector = found[1]
    if not countries and not igo and not adversary and sector in ("MLT", "CVL") and \
            span.root.lemma_.lower() in _word_set("settler_nouns"):
        # "Settlers attacked a village near Nablus": settlers in a territory another state settles are that
        # state's people, not the territory's
        settling = (_dictionary()[0].get("settler_states") or {}).get(_story_country(doc, span))
        if settling:
            countries = [settling]
    if not countries and not igo and not adversary and sector in _CONTEXT_SECTORS:
        # "Members of the Rapid Intervention Unit (UIR)", "elements of the BIR": the people of a body are of the
        # body's country, however that was found
        body = _of_body(doc, span)
        if body is not None and body.country and not body.igo and body.sector in (sector, None):
            countries = [body.country]
    inferred = False
    if not countries and not igo and not adversary and sector in _HOME_FORCE_SECTORS and (
            _bare_forces(span) or _named_force_unit(span)):
        # "the army", "Soldiers", "police" in a story all of whose places lie in one country, naming no other
        # state: that country's forces
        home = _lead_in_country(doc, span) or _article_country(doc)
        if home is None and not any(t.lower_ in _word_set("foreign_force_modifiers") for t in span) \
                and _targeted(span):
            # a story told in several countries: the forces of the one country all the places of their own
            # sentence lie in ("Jihadists killed 20 soldiers in northern Burkina Faso", in a Sahel round-up)
            home = _own_sentence_country(doc, span)
        if home is not None:
            countries, inferred = [home], True
    if sector in (None, "CVL", "PRO") and not countries and not igo and not adversary and _PARTY_NAME.search(text):
        # "the Inkatha Freedom Party", "supporters of the X Party" in a story all of whose places lie in one country:
        # a party by its own name is of the country the story is told in
        home = _article_country(doc)
        if home is not None:
            countries = [home]
    if not (countries or sector or igo or adversary):
        return None
    if sector is None and countries and _listed_person(text):
        # "Tangsiri", "Nasser Kanaani" the tagger missed as a person: a listed official, not a state
        sector = person_sector(text) or "GOV"
    if sector is None and countries and not igo and _counted_nationals(span):
        sector = "CVL"  # "two Palestinians", "at least 900 Syrians": people counted by nationality, not a state
    if countries and not igo and not adversary and sector in (None, "CVL", "PRO", "RIO", "MLT"):
        home = _people_of_another_state(doc, span, countries)
        outer = _modified_phrase(doc, span) if home is None else None
        if outer is not None and _people_of_another_state(doc, outer, countries) is not None:
            # "Albanian" alone in "an ethnic Albanian militia": the people's name goes where its phrase goes
            home = _people_of_another_state(doc, outer, countries)
            sector = "CVL" if sector is None else sector
        if home is not None:
            # "an ethnic Albanian party in North Macedonia", "the Serbian List party" in a Kosovo story: the
            # adjective names the group's people; the party, minority or community is of the country it lives in
            countries = [home]
    if countries and not igo and not adversary and sector is None and len(span) == 1:
        outer = _modified_phrase(doc, span)
        if outer is not None and _local_official_home(doc, outer, countries) is not None:
            return None  # ("Serb" alone in "a local Serb official in North Mitrovica": the official is the party)
    if countries and not igo and not adversary and sector == "GOV":
        home = _local_official_home(doc, span, countries)
        if home is not None:
            # "the arrest of a local Serb official in North Mitrovica": a people's adjective on a local official of
            # another country names whom the official is, the office is the local government where it lies
            countries = [home]
    if sector is None and countries and not igo and not adversary and _people_group(span) and \
            not any(t.lower_ in _word_set("national_party_modifiers") for t in span):
        sector = "CVL"  # a party, a minority, a community, their members: people of a country, never its state
    country = None if igo or adversary else (countries[0] if countries else None)
    if sector == "NGO":
        country = None  # "a Nigerian rights group", "a US think tank": NGOs speak for no state (claims-eval README)
    elif country and not adversary and _led_body(span):
        # "the Kenya-led multinational mission", "a US-led monitoring committee": a body of several states that one
        # leads speaks for none of them
        country, sector = None, "IGO"
    if igo:
        sector = "IGO"
    if country and sector is None and not igo and not adversary and \
            span.root.lemma_.lower() in _word_set("armed_group_nouns"):
        # "the Somali group" after "al-Shabaab": a group of that nationality named before, never the state
        before = _group_named_before(doc, span)
        if before is not None and before[0] in (None, country):
            sector = before[1]
        else:
            return ActorMention(span.start, span.end, text, country, None, False, False, span.root.i)
    # a bare country as an actor ("Azerbaijan has destroyed ...") is the state
    if country and sector is None:
        sector = "STATE"
    return ActorMention(span.start, span.end, text, country, sector, adversary, igo, span.root.i, inferred)


_DETERMINERS = frozenset({"the", "a", "an"})
# a party's own name: capitalised words before "Party" ("the Inkatha Freedom Party", "the X Congress Party")
# (session 15: "the opposition Wiper party", "the uMkhonto weSizwe party": "party" in lower case and a name with an
# inner capital; "The party" is no name)
_PARTY_WORD = r"(?:[a-z]{1,3})?[A-Z][\w’'-]+"
_PARTY_NAME = re.compile(rf"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Each|Every|Another|One|Any|"
                         rf"No|Some|Ruling|Governing|Main|Largest|Biggest|Opposition)\b){_PARTY_WORD}"
                         rf"(?: (?:{_PARTY_WORD}|of|for|and))* [Pp]arty\b")
# a division's word after its name ("Shan State", "Sagaing Region"): the place the gazetteer found is the name alone
_ADMIN_TAIL = frozenset({"state", "region", "province", "district", "division", "county", "oblast", "governorate"})
_MEMBER_NOUNS = frozenset({"member", "members", "element", "elements", "officer", "officers", "fighter", "fighters",
                           "soldier", "soldiers", "troops", "agent", "agents", "personnel", "unit", "units"})


def _of_body(doc: Doc, span: Span) -> ActorMention | None:
    """The body a phrase of its members names after "of" ("Members of the Rapid Intervention Unit"), as a mention."""
    root = span.root
    if root.lower_ not in _MEMBER_NOUNS:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None or not span.start <= obj.i < span.end:
        return None
    inner = doc[obj.left_edge.i:min(obj.right_edge.i + 1, span.end)]
    return mention_for(doc, inner) if len(inner) < len(span) else None


def _either_force_rank(span: Span) -> bool:
    """The phrase names its party by a rank both a state's army and its police hold ("Officers", "two officers"),
    with no word of either force in it ("army officers", "police officers" say whose)."""
    root = span.root
    if root.lower_ not in _word_set("either_force_ranks") or any(t.pos_ == "PROPN" for t in span):
        return False
    rest = " ".join(t.text for t in span if t.i != root.i)
    return sector_of(rest) is None


_RANK_FORCE_KEY = "sitrep.actors.rank_force"


def _rank_force(doc: Doc) -> str:
    """The force a bare rank ("officers") belongs to in this story: police when the story names police and no
    army, the army otherwise."""
    if _RANK_FORCE_KEY not in doc.user_data:
        police = army = False
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") or t.lower_ in _word_set("either_force_ranks"):
                continue
            found = sector_of(t.lower_)
            if found == "MIL":
                # "security forces", "police forces", "the national guard": a force word read with the words before it
                # that say whose force it is ("Security forces launched a search" in a police story are police)
                k = t.i
                while k > 0 and doc[k - 1].head.i == t.i and doc[k - 1].dep_ in ("compound", "amod"):
                    k -= 1
                if k < t.i:
                    found = sector_of(doc[k:t.i + 1].text.lower()) or found
            police = police or found == "POL"
            army = army or found == "MIL" and t.lemma_.lower() in _word_set("home_force_nouns")
        doc.user_data[_RANK_FORCE_KEY] = "POL" if police and not army else "MIL"
    return doc.user_data[_RANK_FORCE_KEY]


def _leading_predicate(span: Span) -> bool:
    """The phrase starts with a verb or a resultative state ("dead", "alive") followed by a determiner or a number:
    a modifier never comes before those, so the word belongs to the clause, not to the phrase."""
    first, nxt = span[0], span[1]
    if not (first.pos_ in ("VERB", "AUX") or first.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP")
            or first.lower_ in ("dead", "alive")):
        return False
    return nxt.pos_ in ("DET", "NUM") or nxt.like_num or nxt.tag_ == "PRP$"


def _hyphen_whole(doc: Doc, span: Span) -> Span | None:
    """The phrase run on over the hyphenated word it was cut inside ("Tehreek-e" of "Tehreek-e-Insaf"); None when
    the phrase ends at a word's end."""
    end = span.end
    while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text in ("-", "\u2010") \
            and doc[end].whitespace_ == "" and doc[end + 1].is_alpha:
        end += 2
    return doc[span.start:end] if end > span.end else None


def _igo_country_office(doc: Doc, span: Span, text: str) -> bool:
    """An international body's office in a country, named by the body and the country ("Amnesty International
    Kenya", "UNICEF Sudan"): the body's, no state's (session 15)."""
    for p in _places_index(doc).inside(span.start_char + 1, span.end_char):  # (the places inside it, in order)
        if p.precision == "country" and p.end == span.end_char:
            return is_igo(_dc.text(doc)[span.start_char:p.start].strip())
    return False


def _name_before_party(span: Span) -> bool:
    """A proper name whose last word is a compound of "party" just after the phrase ("the Kilimo party's leader");
    not of a ruling party ("the ruling Georgian Dream party" keeps the ruling party's convention)."""
    last = span[-1]
    head = last.head
    return last.pos_ == "PROPN" and last.dep_ in ("compound", "nmod") and head.i == span.end \
        and head.lower_ in ("party", "parties") and not any(
            c.lower_ in _word_set("national_party_modifiers") for c in head.children if c.dep_ == "amod")


def _people_group(span: Span) -> bool:
    """Does the phrase name a party, a minority or a community, or its members ("members of the X party",
    "a Bosniak community leader")? (`people_group_nouns` in actors.yaml)"""
    nouns = _word_set("people_group_nouns")
    return any(t.lower_ in nouns and t.pos_ in ("NOUN", "PROPN") for t in span)


def _people_of_another_state(doc: Doc, span: Span, countries: list[str]) -> str | None:
    """The country a party, minority or community lives in when an ethnic or national adjective in its phrase
    names another state's people: "an ethnic Albanian opposition party in North Macedonia" (MKD), "the Serbian
    List party" in a story told from Kosovo (XKX). None when the adjective's state is the story's own, when the
    phrase names the state by a place or a possessor ("Serbia's ruling party"), for a ruling party ("the Serbian
    ruling party" is Serbia's) and for a state's adjective on a people's name ("an Iranian Kurdish party" is of
    Iran, "Bosnian Serb" of Bosnia)."""
    words = {t.lower_ for t in span}
    if "ethnic" not in words and not _people_group(span):
        return None
    if words & _word_set("national_party_modifiers"):
        return None
    first = countries[0]
    places = _dc.ext(doc, "places") or []
    if any(span.start_char <= p.start and p.end <= span.end_char and iso3(p.country) == first for p in places):
        return None  # "Serbia's ruling party", "the party of Albania": the state itself named
    own = [(s, e) for s, e, c in _dc.ext(doc, "demonyms") or []
           if span.start_char <= s and e <= span.end_char and iso3(c) == first]
    if not own:
        return None
    nxt = next((t for t in span if t.idx >= own[0][1]), None)
    if nxt is not None and nxt.ent_type_ == "NORP" and nxt.text[:1].isupper():
        return None  # "an Iranian Kurdish party", "Bosnian Serb": the state's adjective on a people's name
    placed = _placed_in(doc, span)
    if "ethnic" not in words and not words & _word_set("minority_nouns") and placed is None and not (
            nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
        # a party by a state's adjective alone ("the Russian party United Russia" in a story from Kyiv) is that
        # state's, unless its own name holds the adjective ("the Serbian List party", "the Serb Democratic
        # Party") or the text places it ("a Russian party in Latvia")
        return None
    home = placed or _story_country(doc, span)
    if home is None or home == first or home in countries:
        return None
    return home


def _local_official_home(doc: Doc, span: Span, countries: list[str]) -> str | None:
    """The country a local official named by another state's people's adjective serves in ("a local Serb official
    in North Mitrovica" -> XKX): only with a word of local office ("local", "municipal"), the adjective a people's
    word (no place of that state named in the phrase), and the phrase or its sentence placed in another country (a
    dateline alone does not: "A Syrian mayor said" in a story filed from Jerusalem is Syria's)."""
    words = {t.lower_ for t in span}
    if not words & _word_set("local_office_words"):
        return None
    first = countries[0]
    if any(iso3(p.country) == first for p in _places_index(doc).inside(span.start_char, span.end_char)):
        return None  # "a local Serbia official": the state itself named
    if not any(span.start_char <= s and e <= span.end_char and iso3(c) == first
               for s, e, c in _dc.ext(doc, "demonyms") or []):
        return None
    home = _story_country(doc, span, near=True)
    return None if home is None or home == first else home


def _modified_phrase(doc: Doc, span: Span) -> Span | None:
    """The noun chunk a modifier phrase ("Albanian" in "an ethnic Albanian militia") qualifies, or None."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head.i < span.end:
        return None
    return next((c for c in doc.noun_chunks if c.start <= span.start and span.end <= c.end
                 and c.root.i == root.head.i and (c.start, c.end) != (span.start, span.end)), None)


def _placed_in(doc: Doc, span: Span) -> str | None:
    """The country of a place hung on the phrase's head by a locative preposition: "a party in North Macedonia"."""
    places = [p for p in _dc.ext(doc, "places") or [] if p.country]
    preps = _word_set("locative_prepositions")
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i >= span.end:
            sub = list(child.subtree)
            a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
            hit = next((p for p in places if a <= p.start and p.end <= b), None)
            if hit is not None:
                return iso3(hit.country)
    return None


def _story_country(doc: Doc, span: Span, near: bool = False) -> str | None:
    """The country a phrase is placed in: a place hung on its head by a locative preposition ("a party in North
    Macedonia"), else a place of its sentence outside it, else (unless `near`) the dateline's place, else the country
    most of the article's places are in."""
    placed = _placed_in(doc, span)
    if placed is not None:
        return placed
    places = [p for p in _dc.ext(doc, "places") or [] if p.country]
    outside = [p for p in places if p.end <= span.start_char or p.start >= span.end_char]
    sent = span.sent
    in_sentence = [iso3(p.country) for p in outside if sent.start_char <= p.start and p.end <= sent.end_char]
    if in_sentence or near:
        return in_sentence[0] if in_sentence else None
    from ..geo.component import dateline_place  # (geo reads this module's group names: imported on use)
    filed = dateline_place(doc)  # a dateline in the text, or the one the ingest read from the head
    if filed is not None and filed.country:
        return iso3(filed.country)
    counts = Counter(iso3(p.country) for p in places)
    counts.pop(None, None)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _group_named_before(doc: Doc, span: Span) -> tuple[str | None, str] | None:
    """The named armed group last named in the sentence of the phrase (before it) or the two sentences before."""
    sent = span.sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    text = _dc.text(doc)[doc[start].idx:span.start_char]
    found = None
    for m in re.finditer(r"[^.;!?\n]+", text):
        g = named_group(m.group(0))
        if g is not None and g[1] in _ARMED_SECTORS:
            found = g
    return found


def _rank_only(span: Span) -> bool:
    """Is the phrase a person's name whose only word of sector is a rank before it ("General X", "Col. X")?"""
    toks = [t for t in span if not (t.i == span.start and t.lower_ in _DETERMINERS)]
    ranks = [t for t in toks if t.lower_.rstrip(".") in _word_set("rank_abbreviations")
             or t.lower_ in _word_set("rank_words")]
    rest = [t for t in toks if t not in ranks and not t.is_punct]
    return bool(ranks) and bool(rest) and ranks[0].i == toks[0].i and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) and sector_of(" ".join(t.text for t in rest)) is None


def _rank_holder_body(doc: Doc, span: Span) -> ActorMention | None:
    """The armed group a ranked name belongs to by the title it is tied to: the title it stands in apposition to
    or just after ("a rebel spokesman, Colonel X"), or the title noun its clause hangs on ("a separatist
    commander, who gave his name as General X"); None when that title is no non-state armed group's."""
    depth = doc.user_data.get(_DEPTH_KEY, 0)
    if depth >= 2:
        return None
    doc.user_data[_DEPTH_KEY] = depth + 1
    try:
        titles = _word_set("possessive_titles")
        cands = []
        t = span.root
        for _ in range(5):  # up the parse to the first title noun of the sentence
            if t.head.i == t.i or t.head.sent.start != span.sent.start:
                break
            t = t.head
            if t.i < span.start and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in titles:
                cands.append(t)
                break
        k = span.start - 1
        if k >= 1 and doc[k].text == "," and doc[k - 1].lemma_.lower() in titles and doc[k - 1].pos_ == "NOUN":
            cands.append(doc[k - 1])  # "a rebel spokesman, Colonel X" parsed apart
        for t in cands:
            title = doc[max(t.left_edge.i, t.sent.start):t.i + 1]
            m = mention_for(doc, title)
            if m is not None and m.sector in _ARMED_SECTORS and not m.igo and not m.adversary:
                return m
        return None
    finally:
        doc.user_data[_DEPTH_KEY] = depth


def _person_tag_on_place(span: Span) -> bool:
    """A one-word name the tagger took for a person's that stands where a place or a people does: the object of a
    preposition of place ("fighting in Kokorou and Anefis") or of a verb of taking ground ("retook Macomia"), after
    "residents of" ("residents of Libiri and Kokorou"), or a name before a plural noun ("Kuki groups", "Fulani
    herders"): no government official. Listed people stay people."""
    toks = [t for t in span if not t.is_punct]
    # (a hyphenated name is one name: "Kuki-Zo")
    hyphened = len(toks) > 1 and all(t.pos_ == "PROPN" for t in toks) and all(
        t.text in ("-", "‐", "‑") for t in span if t.is_punct) and any(t.is_punct for t in span) \
        and all(not span[i].whitespace_ for i in range(len(span) - 1))
    if not toks or len(toks) != 1 and not hyphened or toks[0].pos_ != "PROPN" or toks[0].ent_type_ != "PERSON" \
            or _listed_person(span.text):
        return False
    tok = span.root if hyphened else toks[0]
    if tok.dep_ == "compound" and tok.head.tag_ in ("NNS", "NNPS") and not span.start <= tok.head.i < span.end:
        return True
    if tok.dep_ == "nmod" and tok.head.tag_ == "NNS" and any(c.dep_ == "conj" and c.pos_ == "PROPN"
                                                             for c in tok.children):
        return True  # "Kuki-Zo and Meitei groups": peoples' names before a plural noun
    if tok.dep_ in ("compound", "nmod") and not span.start <= tok.head.i < span.end and tok.head.tag_ == "NN" and \
            tok.head.lower_ in (_word_set("organisation_nouns") | _word_set("minority_nouns")) - {"party", "parties"}:
        return True  # "a Kuki civil society group", "the Fulani community": a people's name, the body its phrase's
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if first is not tok and first.dep_ in ("compound", "nmod") and head.tag_ in ("NNS", "NNPS") \
            and first.pos_ == "PROPN":
        return True  # "the Meitei and Kuki-Zo communities": the second of two peoples' names before a plural noun
    if first.dep_ == "pobj" and head.lower_ in _word_set("locative_prepositions") | _word_set("movement_prepositions"):
        return head.lower_ not in ("to", "from") or head.head.lemma_.lower() in _word_set("movement_verbs")
    if first.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _word_set("place_of_nouns"):
        return True
    return first.dep_ == "dobj" and (head.lemma_.lower() in _word_set("ground_taking_verbs") or
                                     head.lower_ in _word_set("ground_taking_verbs"))


def _civil_organisation(span: Span) -> bool:
    """A proper name whose head is a civil body's noun ("Witness Network", "Students' Forum", "Iran Human
    Rights"), as the phrase's head or its appositive ("the group, the X Network")."""
    heads = _word_set("civil_organisation_heads")
    root = span.root
    names = [root] + [t for t in root.children if t.dep_ == "appos" and span.start <= t.i < span.end]
    if not any(t.lower_ in heads for t in names):
        return False
    return any(t.text[:1].isupper() and t.pos_ == "PROPN" and t.lower_ in heads and t.i > span.start
               and any(c.dep_ == "compound" and c.text[:1].isupper() for c in t.children) for t in names)
def _with_own_modifiers(span: Span) -> Span | None:
    """A phrase cut inside its noun phrase ("defence ministry" of "Azerbaijan's defence ministry", as a
    coreference or an entity gives it) with the possessor or compound its head has just before it; None when the
    phrase is whole."""
    root = span.root
    if not len(span) or span.start == 0 or root.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [c for c in root.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < span.start]
    if not before:
        return None
    start = min(c.left_edge.i for c in before)
    if start < span.start - 6 or any(t.is_punct and t.text != "'" or "\n" in t.text for t in span.doc[start:span.start]):
        return None
    return span.doc[start:span.end]


# prepositions whose object is another party or a target, not the organisation itself ("a rebel group near a
# military base", "troops fighting alongside the army"); "of", "for", "from", "by", "in", "at" describe it
_CUT_PREPS = frozenset({"near", "with", "against", "on", "outside", "around", "toward", "towards", "into", "across",
                        "after", "during", "alongside", "behind", "beside", "over", "under", "through", "upon"})


def _own_words(span: Span) -> Span | None:
    """The phrase without what comes after its head and names another party: a relative or participial clause
    ("which operates with Congolese troops against the ADF", "operating near a military base") or a
    prepositional phrase other than "of"/"for"/"in" ("a rebel group near a military base"), when that part holds
    a sector word or a named group of its own. An organisation's sector and country are read from the words
    that describe it (head, compounds, appositive, "of" phrase), not from the objects of its verbs. None when
    nothing is cut."""
    root = span.root
    cut = None
    for c in root.children:
        if c.i <= root.i or c.i >= span.end:
            continue
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _word_set("describing_verbs") and \
                not _backs_another(c):
            continue  # "a group calling itself X", "a website linked to al-Shabaab": the body itself
        if c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in _CUT_PREPS:
            sub = span.doc[c.left_edge.i:min(c.right_edge.i + 1, span.end)]
            words = _text_of(span.doc, sub)
            if sector_of(words) is not None or named_group(words) is not None:
                cut = c.left_edge.i if cut is None else min(cut, c.left_edge.i)
    if cut is None:
        return None
    while cut > span.start and (span.doc[cut - 1].is_punct or span.doc[cut - 1].lower_ in ("which", "who", "that")):
        cut -= 1
    if cut <= root.i:
        return None
    return span.doc[span.start:cut]

def _backs_another(verb) -> bool:
    """"Algeria's foreign ministry, which backs the Polisario": an active relative clause whose subject is the
    phrase's head and whose object is another party it backs or runs (not "militias backed by Iran", which says
    who the militias are, nor "a group which calls itself X")."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _word_set("backing_verbs"):
        return False
    kids = list(verb.children)
    return any(k.dep_ == "nsubj" and k.lower_ in ("which", "that", "who") for k in kids) and \
        any(k.dep_ == "dobj" and not k.lower_.endswith(("self", "selves")) for k in kids)


# ------------------------------------------------------------------------------------ context of a mention
# A mention that names no country of its own ("Its spokesman, Zhao Lin", "Sabri", "its fighters", "government
# spokeswoman X" after "In Kigali,") takes the country its context gives; only mentions of these sectors do.
_CONTEXT_SECTORS = frozenset({"GOV", "MIL", "POL", "BGD", "REB", "MLT", "STATE"})
_PEOPLE_KEY = "sitrep.actors.people"
_DEPTH_KEY = "sitrep.actors.context_depth"
_SUBJECTS = ("nsubj", "nsubjpass")


def _context_country(doc: Doc, span: Span, sector: str | None) -> tuple[str, str | None] | None:
    """(country, title sector) for a mention of no stated country, from (1) the person's own introduction in the
    article ("The Houthis' military spokesman, Yahya Sabri" makes a later "Sabri" the Houthis'), (2) a possessive
    "its"/"their" in the phrase (the body that is the subject of this sentence's main clause, else of the
    sentences before), (3) "for the command" in a title (the latest body named with that head noun) and (4) for a
    state's speaker, the capital its verb places it in ("In Kigali, government spokeswoman X rejected ...")."""
    described = None
    if sector is None and not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        described = _describes_body(span)
        if not described and _bare_name(span) is None:
            return None  # only a name or a body's description is placed by its context without a word of sector
    body = _speaks_for_body(span)
    if body is not None:
        return None, body  # "the church's spokesman", "a spokesman of the African Union mission": no state's
    depth = doc.user_data.get(_DEPTH_KEY, 0)
    if depth >= 2:
        return None
    doc.user_data[_DEPTH_KEY] = depth + 1
    try:
        key = _name_key(span)
        if sector is None and not key and not (described if described is not None else _describes_body(span)):
            return None  # only a person's name is placed by its context without a word of sector
        if key:
            reg = _person_registry(doc)
            found = reg.get(key) or (reg.get(key[-1:]) if len(key) > 1 else None)
            if found:
                return found
        found = _possessor_country(doc, span)
        if found is not None:
            return found
        found = _described_body_country(doc, span) or _definite_body_country(doc, span)
        if found is not None:
            return found
        if sector in ("GOV", "MIL", "POL", "BGD", "STATE") and span.root.lemma_.lower() not in _word_set("posted_titles"):
            # a state's speaker or seated body is placed by its capital ("In Kigali, government spokeswoman X
            # rejected", "the defence ministry in Tokyo"); soldiers are not ("troops guarded the airport in Kabul")
            seated = sector == "GOV" or span.root.lemma_.lower() in _word_set("seated_bodies")
            country = (_capital_of_clause(doc, span.root) or _capital_in(doc, span)) if seated else None
            if country is not None:
                return country, None
            if sector in ("GOV", "MIL", "POL", "BGD") and not key and span.root.dep_ in _SUBJECTS and \
                    span.root.lemma_.lower() in _word_set("speaker_titles") and not any(
                        c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with") or c.dep_ == "poss" and
                        c.lemma_.lower() in _word_set("armed_group_nouns") | _word_set("igo_body_nouns")
                        for c in span.root.children):
                # (nor "the group's spokesman": a possessor of no state says whose)
                # ("a spokesperson for the UN mission" says whose it is)
                # "Japan said A. The government's top spokesman said B": a state's speaker by title alone
                country = _previous_speaker_country(doc, span)
                if country is not None:
                    return country, None
        if sector == "GOV" and any(t.lemma_.lower() in _word_set("local_official_titles") for t in span):
            country = _sentence_places_country(doc, span)
            if country is not None:
                return country, None
        return None
    finally:
        doc.user_data[_DEPTH_KEY] = depth


def _speaks_for_body(span: Span) -> str | None:
    """"IGO" or "NGO" for a title that names the body of no state it speaks for: a civil body as its possessor
    ("the church's spokesman", "the collective's spokeswoman") or an international or civil body after "for"/"of"
    ("spokesman of the African Union mission", "a spokesman for the Zomi Joint Forum"); None otherwise."""
    root = span.root
    if root.n_lefts + root.n_rights == 0:
        return None
    heads = _word_set("civil_organisation_heads")
    # the head and its appositive ("Colonel X, spokesman of the African Union mission")
    nouns = [root] + [c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end]
    if any(c.dep_ == "poss" and c.lower_ in heads for n in nouns for c in n.children):
        return "NGO"
    doc = span.doc
    for p in (c for n in nouns for c in n.children):
        if p.dep_ != "prep" or p.lower_ not in ("for", "of") or p.i >= span.end:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.i >= span.end:
                continue
            sub = doc[o.left_edge.i:min(o.right_edge.i + 1, span.end)]
            if is_igo(_text_of(doc, sub)) or _igo_body(sub):
                return "IGO"
            if o.lower_ in heads and o.text[:1].isupper() and o.pos_ == "PROPN":
                return "NGO"
    return None


def _name_key(span: Span) -> tuple[str, ...] | None:
    """The words of the person's name a phrase ends in ("Brig. Gen. Abdulkarim Sharaf" → ("abdulkarim",
    "sharaf")), or of a phrase that is a bare capitalised name ("Sabri"); None for any other phrase."""
    toks = [t for t in span if t.ent_type_ == "PERSON"]
    last = span.end - 1
    while last > span.start and span.doc[last].is_punct:
        last -= 1
    if toks and toks[-1].i == last and (span.root.ent_type_ == "PERSON" or toks[-1].dep_ == "appos"
                                        and toks[-1].head.i == span.root.i):
        run = []
        for t in reversed(toks):
            if run and t.i != run[-1].i - 1:
                break
            run.append(t)
        words = [t.lower_ for t in reversed(run) if t.is_alpha and t.lower_ not in _word_set("rank_abbreviations")]
        return tuple(words) or None
    words = [t for t in span if not (t.i == span.start and t.lower_ in _DETERMINERS)]
    if 1 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in words):
        return tuple(t.lower_ for t in words)
    return _bare_name(span)


def _bare_name(span: Span) -> tuple[str, ...] | None:
    """A surname the tagger read as a common noun, as a transcript turn opens ("Hameed: That is not true") or a
    verb's subject: one to three capitalised words, none a word of sector; None otherwise. Only a name the
    article introduced with a title is ever found by it (`_person_registry`)."""
    if not 1 <= len(span) <= 3 or not span[0].text[:1].isupper() or span[0].lower_ in _DETERMINERS:
        return None
    words = list(span)
    if not all(t.text[:1].isupper() and not t.is_upper and t.is_alpha and t.pos_ in ("PROPN", "NOUN")
               and sector_of(t.text) is None for t in words):
        return None
    return tuple(t.lower_ for t in words)


def _titled_name(ent: Span) -> tuple[str, ...] | None:
    """The name's words of an entity the tagger labelled an organisation but which is a person's name after a
    title ("spokeswoman, Sadia Hameed", "spokesman, Rear Admiral Eyal Dagan"): its capitalised words after any
    leading rank, two or three of them, none a word of sector, no named group nor international body; None for
    anything else."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ in _DETERMINERS)]
    while toks and (toks[0].lower_.rstrip(".") in _word_set("rank_abbreviations") or toks[0].is_punct
                    or toks[0].lower_ in _word_set("rank_words") or sector_of(toks[0].text) is not None):
        toks = toks[1:]
    if not 2 <= len(toks) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
                                          and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", t.text) for t in toks):
        return None
    text = " ".join(t.text for t in toks)
    if sector_of(text) is not None or named_group(text) is not None or is_igo(text) or \
            any(t.lower_ in _word_set("civil_organisation_heads") or t.lower_ in _word_set("organisation_nouns")
                or t.lower_ in _word_set("institution_nouns") for t in toks):
        return None
    return tuple(t.lower_ for t in toks)


def _person_registry(doc: Doc) -> dict[tuple[str, ...], tuple[str, str | None] | None]:
    """Each person the article introduces with a title that has a country ("SDN spokesman X", "X, Iran's
    foreign minister", "Its spokesman, X" after a named body), by full name and by surname; a name two
    introductions give different countries maps to None."""
    reg = doc.user_data.get(_PEOPLE_KEY)
    if reg is not None:
        return reg
    doc.user_data[_PEOPLE_KEY] = {}  # while it is built, no person is known (no recursion)
    reg = {}
    for ent in _dc.ents(doc):
        if ent.label_ == "PERSON":
            key = _name_key(ent)
        elif ent.label_ == "ORG" and (ent.root.dep_ == "appos" or ent.start > 0 and doc[ent.start - 1].text == ","):
            key = _titled_name(ent)  # "Pakistan's foreign office spokeswoman, Sadia Hameed" tagged ORG
        else:
            continue
        if not key:
            continue
        found = _introduced_as(doc, ent)
        if found is None:
            continue
        for k in {key, key[-1:]}:
            if k in reg and reg[k] != found:
                reg[k] = None
            else:
                reg[k] = found
    doc.user_data[_PEOPLE_KEY] = reg
    return reg


_PERSON_TITLE_DEPS = ("compound", "amod", "nmod", "poss", "det", "punct", "flat")


def _introduced_as(doc: Doc, ent: Span) -> tuple[str, str | None] | None:
    """The country (and sector) of a person's title: the words before the name in its noun phrase ("Foreign
    Ministry spokesman X"), the phrase the name is in apposition to ("The Houthis' military spokesman, X") or
    its own appositive ("X, the junta's spokesman,"); a state's title of no country is placed by the capital
    its verb names ("spokesman X took questions in Tehran")."""
    root = ent.root
    titles = []
    left = root.left_edge.i
    first = ent
    k = ent.start - 1
    if k >= 1 and doc[k].text == ".":
        k -= 1
    if k >= 0 and doc[k].lower_.rstrip(".") in _word_set("rank_abbreviations") and doc[k].sent.start < ent.sent.start:
        # "Brigade commander Col. X": the parser ended a sentence at the rank's full stop
        sent = doc[k].sent
        toks = doc[sent.start:k]
        cut = max((t.i + 1 for t in toks if "\n" in t.text), default=sent.start)
        if cut < k:
            titles.append(doc[cut:k])
            first = doc[cut:k]
    if left < ent.start:
        toks = doc[max(left, ent.sent.start):ent.start]
        cut = max((t.i + 1 for t in toks if "\n" in t.text or t.text in (":", "-", "\u2013", "\u2014")),
                  default=toks.start if len(toks) else ent.start)
        if cut < ent.start:
            titles.append(doc[cut:ent.start])
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        titles.append(doc[max(head.left_edge.i, ent.sent.start):head.i + 1])
    for c in root.children:
        if c.dep_ == "appos" and c.i >= ent.end:
            titles.append(doc[c.left_edge.i:min(c.right_edge.i + 1, c.left_edge.i + 12)])
    k = ent.start - 2 if ent.start >= 2 and doc[ent.start - 1].text == "," else ent.start - 1
    if k >= 0 and (k < ent.start - 1 or not titles):
        # "the briefing of Pakistan's foreign office spokeswoman, Sadia Hameed", "Hezbollah lawmaker Ali X" parsed
        # as two subjects: a title just before the name (or its comma) that the parse did not tie to it
        t = doc[k]
        if t.pos_ == "NOUN" and t.sent.start == ent.sent.start and (
                t.lemma_.lower() in _word_set("possessive_titles") or sector_of(t.text) is not None):
            titles.append(doc[max(t.left_edge.i, ent.sent.start):t.i + 1])
    if not titles and ent.start > ent.sent.start:
        # "Foreign Minister Hélène Mercier later told …" parsed apart: the capitalised title just before the name
        k = ent.start
        while k > ent.sent.start and ent.start - k < 4 and doc[k - 1].pos_ in ("PROPN", "NOUN") and \
                doc[k - 1].text[:1].isupper():
            k -= 1
        if k < ent.start and sector_of(doc[k:ent.start].text) in ("GOV", "MIL", "POL", "BGD"):
            titles.append(doc[k:ent.start])
    state_title = None
    speaks = False
    for title in titles:
        while len(title) and (title[-1].is_punct or title[-1].lower_ in _word_set("rank_abbreviations")):
            title = title[:-1]
        if not len(title) or not any(t.pos_ == "NOUN" for t in title) and sector_of(title.text) is None:
            continue  # (a title the tagger took for a name, "Foreign Minister", still counts)
        body = _speaks_for_body(title)
        if body is not None:
            return None, body  # "X, spokesman of the African Union mission": of no state
        m = mention_for(doc, title)
        if m is None or m.adversary:
            continue
        if m.country:
            return m.country, m.sector
        if m.igo or m.sector in ("NGO", "IGO", "MED", "CVL"):
            # "the UN envoy, X", "Its spokesman" of a church; "X, a doctor at the Y Hospital": a civilian
            return None, "IGO" if m.igo else m.sector
        if m.sector in ("GOV", "MIL", "POL", "BGD"):
            state_title = m.sector
            speaks = speaks or m.sector == "GOV" or any(t.lemma_.lower() in _word_set("speaker_titles") for t in title)
    if state_title is not None:
        # a unit's title ("army spokesman") is not another branch's voice; a ministry's may be ("Defence ministry
        # spokesman X" after "the government in Kabul said")
        branch = None if any(t.lemma_.lower() in ("ministry", "government", "office", "department", "presidency")
                             for title in titles for t in title) else state_title
        country = (_capital_of_clause(doc, root) if speaks else None) or \
            _previous_speaker_country(doc, first, branch) or (_dateline_capital(doc) if speaks else None)
        if country is not None:
            return country, state_title
    return None


def _previous_speaker_country(doc: Doc, ent: Span, title: str | None = None) -> str | None:
    """"Armenia's Ministry of Defence responded within the hour. '…,' spokeswoman X wrote": a person with a
    state's title of no country, introduced in the sentence after one whose main subject is a state body or
    armed group of a named country, speaks for that body — not a title of another branch ("army spokesman X"
    after "Algeria's foreign ministry said …")."""
    sent = ent.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = next((t for t in prev if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return None
    m = mention_for(doc, _subject_phrase(doc, subj, prev))
    if m is None or m.igo or m.adversary or m.sector not in ("GOV", "MIL", "POL", "BGD", "STATE", "REB", "MLT"):
        return None
    if title in ("MIL", "POL", "BGD") and m.sector not in (title, "STATE"):
        return None
    return m.country


def _dateline_capital(doc: Doc) -> str | None:
    """"BEIJING, May 8 - Foreign ministry spokesman X took questions": the country of a capital that is the
    article's dateline, where a state's spokesman of no stated country speaks; None for a town or no dateline."""
    from ..geo.component import dateline_place  # (geo reads this module's group names: imported on use)
    start, end = _dc.dateline(doc)
    places = _dc.ext(doc, "places") or []
    # the dateline in the text (its first capital), or the one the ingest read from the article's head
    p = next((p for p in places if start <= p.start and p.end <= end and p.feature_code == "PPLC" and p.country),
             None) if end else dateline_place(doc)
    if p is None or p.feature_code != "PPLC" or not p.country:
        return None
    # "VIENNA - The UN watchdog said Iran's military …; a spokesman for the regime": a capital filed
    # from that the story never names again says nothing of who speaks
    later = {q.country for q in places if not (end and start <= q.start < end) and q.country
             and q.feature_code in _STATE_FEATURES}
    later |= {code for s, _, code in _dc.ext(doc, "demonyms") or [] if not (end and start <= s < end)}
    return iso3(p.country) if not later or p.country in later else None


def _capital_in(doc: Doc, span: Span) -> str | None:
    """"the defence ministry in Tokyo": a state body placed in a capital inside its own phrase."""
    for p in _places_index(doc).inside(span.start_char, span.end_char):  # (the phrase's places, in order)
        if p.feature_code == "PPLC" and p.country:
            tok = doc.char_span(p.start, p.end, alignment_mode="expand")
            root = tok.root if tok is not None and len(tok) else None
            if root is not None and root.dep_ == "pobj" and root.head.lower_ == "in":
                return iso3(p.country)
    return None


def _capital_of_clause(doc: Doc, tok) -> str | None:
    """The country whose capital the clause of a subject is placed in ("In Kigali, X rejected ...", "X took
    questions in Tehran"): only a capital (a state's seat), never a town ("officials said in Goma")."""
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in _SUBJECTS:
        return None
    verb = tok.head
    places = _dc.ext(doc, "places") or []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # "At a regular briefing in Beijing, X denied": the place of the occasion the verb's "at" names
    preps += [c for p in preps if p.lower_ in ("at", "during") for o in p.children if o.dep_ == "pobj"
              for c in o.children if c.dep_ == "prep"]
    for c in preps:
        if c.lower_ != "in":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            for p in places:
                if p.start <= o.idx < p.end and p.feature_code == "PPLC" and p.country:
                    return iso3(p.country)
    return None


def _long_name_countries(doc: Doc, span: Span) -> list[str]:
    """The country of an organisation named in full in the dictionary by three words or more
    (`actor_countries.yaml`: "Office for Kosovo and Metohija", "Internal Security Operations Command"), before
    any place its name holds is read as where it is."""
    index, longest, _, people = _country_terms()
    words = [w.lower() for w in _TERM_WORD.findall(_text_of(doc, span))]
    for n in range(min(longest, len(words)), 2, -1):
        for i in range(len(words) - n + 1):
            key = tuple(words[i:i + n])
            code = index.get(key)
            if code is not None and key not in people:
                return [code]
    return []


_BORDER_AFTER = re.compile(r"\s+(?:border|borders|frontier)\b", re.I)
_BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.I)


_HOME_FORCE_SECTORS = frozenset({"MIL", "POL", "BGD"})
_ARTICLE_COUNTRY_KEY = "sitrep.actors.article_country"
# "fled into Uganda", "crossed to Chad": a country named as a refuge or a destination is not a party to the story
_REFUGE_BEFORE = re.compile(r"\b(?:into|to|towards|toward|across|in neighbou?ring)\s+(?:neighbou?ring\s+)?$", re.I)


def _quoted(doc: Doc, pos: int) -> bool:
    """Does character `pos` stand inside quotation marks of its paragraph?"""
    text = _dc.text(doc)
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _bare_forces(span: Span) -> bool:
    """A state's forces named by a common noun alone ("the army", "Soldiers", "security forces", "police"): no
    proper name, no possessive ("its troops" is the speaker's) and no "of" or "from" phrase saying whose."""
    # ("Junta aircraft": a force word opening a sentence may be tagged a proper noun; it names no one still)
    common = _word_set("junta_nouns") | {"military", "army"}
    # session 16 (h8): "our forces" outside quotation marks is the author's own side: an army's communiqué
    own = {t.i for t in span if t.lower_ == "our" and not _quoted(span.doc, t.idx)}
    if any((t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")) and t.lower_ not in common
           or t.ent_type_ in ("GPE", "NORP") or (t.tag_ in ("PRP$", "POS") or t.dep_ == "poss") and t.i not in own
           for t in span):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "for") for c in span.root.children):
        return False
    homes = _word_set("home_force_nouns")
    if span.root.lower_ in homes or span.root.lemma_.lower() in homes or span.root.lower_ in _word_set("junta_nouns"):
        return True
    # "Junta aircraft", "a military post", "army helicopters": the forces' own aircraft, posts and patrols, named by
    # a force word before them
    return span.root.lemma_.lower() in _word_set("force_asset_nouns") and any(
        t.i < span.root.i and (t.lower_ in homes or t.lemma_.lower() in homes or t.lower_ in _word_set("junta_nouns"))
        for t in span)


_UNIT_NOUNS = frozenset({"unit", "battalion", "brigade", "regiment", "squadron", "company", "corps", "division",
                         "task force", "command"})


def _named_force_unit(span: Span) -> bool:
    """A state force's unit by its own name, which tells no country ("the Rapid Intervention Unit (UIR)", "the 3rd
    Battalion"): no person, place or people in it, no possessive; the story's country says whose it is."""
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or t.tag_ in ("PRP$", "POS") or t.dep_ == "poss"
           for t in span):
        return False
    words = [t.lower_ for t in span if t.is_alpha]
    return any(w in _UNIT_NOUNS for w in words) and span.root.lower_ in _UNIT_NOUNS


def _article_country(doc: Doc) -> str | None:
    """The one country a story is told in: every place below country level lies in it (a border or a refuge
    named aside), no other state is named as a place or by a demonym, and at least one place is named."""
    if _ARTICLE_COUNTRY_KEY in doc.user_data:
        return doc.user_data[_ARTICLE_COUNTRY_KEY]
    text = _dc.text(doc)
    found: set[str] = set()
    named: list[str] = []
    local = False
    for p in _dc.ext(doc, "places") or []:
        if not p.country or _BORDER_AFTER.match(text, p.end) or \
                _BORDER_BEFORE.search(text, max(0, p.start - 20), p.start):
            continue
        if p.precision == "country" and _REFUGE_BEFORE.search(text, max(0, p.start - 24), p.start):
            continue
        found.add(p.country)
        named.append(p.country)
        local = local or p.precision != "country"
    # ("close to the Chinese border": a neighbour's adjective on a border names the border, not a party)
    demonyms = [c for _, e, c in _dc.ext(doc, "demonyms") or [] if c and not _BORDER_AFTER.match(text, e)]
    found |= set(demonyms)
    # a state's forces or seat named by name ("the IDF", "the Kremlin"): that state is a party too
    for ent in doc.ents:
        if ent.label_ in ("ORG", "FAC"):  # places and demonyms are counted above
            group = named_group(ent.text)
            state = dictionary_country(ent.text) or (group[0] if group and group[1] in _HOME_FORCE_SECTORS else None)
            if state:
                # (the dictionary's codes are alpha-3, the places' alpha-2: "Mozambique" tagged ORG is the MZ of
                # "Maputo", not a second state)
                alpha2 = pycountry.countries.get(alpha_3=state.upper())
                extra = {v: k for k, v in ((_dictionary()[0].get("extra_codes") or {}).items())}
                found.add(alpha2.alpha_2 if alpha2 is not None else extra.get(state.upper(), state))
    # (a story of one sentence, "soldiers guarded the airport in Kabul", tells where the soldiers are, not whose
    # they are: the country must be named at least twice, by places or demonyms)
    home = iso3(next(iter(found))) if len(found) == 1 and local and len(named) + len(demonyms) >= 2 else None
    doc.user_data[_ARTICLE_COUNTRY_KEY] = home
    return home


def _targeted(span: Span) -> bool:
    """The forces are the ones acted on ("killed 20 soldiers", "soldiers were ambushed", "an attack on troops"):
    attacked where they serve, which is their own country's ground unless a demonym says otherwise. Forces that act
    or speak ("police in Juliaca fired", "the army said") may be anywhere."""
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ in ("on", "against")


_LEAD_IN = re.compile(r"(?:(?:Meanwhile|Elsewhere),?\s+)?(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?:neighbouring\s+|"
                      r"neighboring\s+)?$")


def _lead_in_country(doc: Doc, span: Span) -> str | None:
    """"In neighbouring Chad, suspected jihadists attacked an army base": the country a sentence opens with, set
    off by a comma, is where its bare forces are (ISO alpha-3); None for none."""
    text = _dc.text(doc)
    sent = span[0].sent
    for p in _dc.ext(doc, "places") or []:
        if p.feature_code == "PCLI" and p.country and sent.start_char <= p.start < span.start_char \
                and text[p.end:p.end + 1] == "," and _LEAD_IN.fullmatch(text, sent.start_char, p.start):
            return iso3(p.country)
    return None


def _own_sentence_country(doc: Doc, span: Span) -> str | None:
    """The one country every place of the phrase's sentence lies in, none across a border or a refuge, no other
    state named by a demonym; None otherwise. Only for stories that name places outside the sentence too."""
    text = _dc.text(doc)
    sent = span[0].sent
    if not any(p.country for p in _dc.ext(doc, "places") or [] if not sent.start_char <= p.start < sent.end_char):
        return None  # a story of one sentence tells where the forces are, not whose they are
    found = set()
    for p in _dc.ext(doc, "places") or []:
        if not sent.start_char <= p.start < sent.end_char or not p.country:
            continue
        if _BORDER_AFTER.match(text, p.end) or _BORDER_BEFORE.search(text, max(0, p.start - 20), p.start) or \
                _TOWARDS_BEFORE.search(text, max(0, p.start - 24), p.start):
            return None
        found.add(p.country)
    if any(c for s_, _, c in _dc.ext(doc, "demonyms") or [] if sent.start_char <= s_ < sent.end_char):
        return None  # "French troops … in Mali": another state is named
    if len(found) != 1:
        return None
    home = iso3(next(iter(found)))
    # "The IDF struck … near Tyre. … The army said …": a state's forces named by name elsewhere in the story may be
    # the ones a bare "the army" means
    if any(state != home for state in _forces_states(doc)):
        return None
    return home


_FORCES_STATES_KEY = "sitrep.actors.forces_states"


def _forces_states(doc: Doc) -> frozenset:
    """The states whose forces the story's ORG/FAC/NORP entities name (none overlapping a place), worked out once
    per Doc (and places list): `_own_sentence_country` asks it of every bare "the army" of a story told in several
    countries."""
    places_list = _dc.ext(doc, "places") or []
    cached = doc.user_data.get(_FORCES_STATES_KEY)
    if cached is not None and cached[0] is places_list and cached[1] == len(places_list):
        return cached[2]
    places = _places_index(doc)
    states = set()
    for ent in _dc.ents(doc):
        if ent.label_ in ("ORG", "FAC", "NORP") and not places.overlaps(ent.start_char, ent.end_char):
            # (a country's name tagged as an organisation is a place, no force)
            group = named_group(ent.text)
            state = group[0] if group and group[1] in _HOME_FORCE_SECTORS else None
            if ent.label_ != "NORP":
                state = state or dictionary_country(ent.text) if group is None or group[1] in _HOME_FORCE_SECTORS \
                    else state
            if state:
                states.add(state)
    states = frozenset(states)
    doc.user_data[_FORCES_STATES_KEY] = (places_list, len(places_list), states)
    return states


_TOWARDS_BEFORE = re.compile(r"\b(?:into|to|towards|toward|across|from)\s+(?:neighbou?ring\s+)?$", re.I)


_OFF_BORDERS_KEY = "sitrep.actors.places_off_borders"


def _places_off_borders(doc: Doc) -> list:
    """The places not named as a border's side, in list order, once per Doc and places list."""
    all_places = _dc.ext(doc, "places") or []
    cached = doc.user_data.get(_OFF_BORDERS_KEY)
    if cached is not None and cached[0] is all_places and cached[1] == len(all_places):
        return cached[2]
    text = _dc.text(doc)
    # "towards the Malian border", "the border with Mali": the country across a border is not the official's
    places = [p for p in all_places if not _BORDER_AFTER.match(text, p.end)
              and not _BORDER_BEFORE.search(text, max(0, p.start - 20), p.start)]
    doc.user_data[_OFF_BORDERS_KEY] = (all_places, len(all_places), places)
    return places


def _sentence_places_country(doc: Doc, span: Span) -> str | None:
    """"…attacked the village of Mbau in Mocimboa da Praia district, the district administrator said": a local
    official of no stated country is of the country all the places of the sentence lie in (None for none or
    several countries)."""
    sent = span[0].sent
    text = _dc.text(doc)
    # ("… a hill overlooking the road to Djibouti", "fled into Chad": a country named as where a road or people go
    # is not where the official sits)
    places = [p for p in _places_off_borders(doc) if not (
        (p.precision == "country" or p.feature_code in _STATE_FEATURES) and
        _TOWARDS_BEFORE.search(text, max(0, p.start - 24), p.start))]
    found = {p.country for p in places if sent.start_char <= p.start < sent.end_char and p.country}
    before = sent
    for _ in range(3):
        if found or before.start == 0:
            break
        # "The district administrator said 2,000 people had fled": a sentence that names no place is about the
        # latest ground named before, told by the places below a country ("Rwandan troops" are foreign there;
        # "Mbau village in Cabo Delgado" is where the official sits)
        before = doc[before.start - 1].sent
        found = {p.country for p in places if before.start_char <= p.start < before.end_char and p.country
                 and p.feature_code not in _STATE_FEATURES and p.precision != "country"}
    return iso3(next(iter(found))) if len(found) == 1 else None


def _possessor_country(doc: Doc, span: Span) -> tuple[str | None, str | None] | None:
    """"Its spokesman, X", "its fighters", "their commander": the body the possessive stands for, the subject of
    this sentence's main clause when it comes before, else the nearest subject before it in the sentence, else
    the main subject of the two sentences before (a pronoun subject passes the search on)."""
    poss = next((t for t in span if t.lower_ in _word_set("actor_possessives") and t.dep_ == "poss"
                 and span.start <= t.head.i < span.end and t.head.lemma_.lower() in _word_set("possessive_titles")),
                None)
    if poss is None:
        return None  # "its jets", "its fighters" stay as they were: the claims linker reads them as it was fitted
    sent = poss.sent
    sents = [sent]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    for k, s in enumerate(sents):
        subs = [t for t in s if t.dep_ in _SUBJECTS and t.i < span.start and not span.start <= t.i < span.end]
        if k == 0:
            subs.sort(key=lambda t: (t.head.dep_ != "ROOT", -t.i))
        else:
            subs.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
        for t in subs:
            if t.pos_ == "PRON" or t.ent_type_ == "PERSON" and poss.lower_ == "its":
                continue
            m = mention_for(doc, _subject_phrase(doc, t, s))
            if m is None:
                continue
            if m.igo or m.sector in ("NGO", "IGO", "MED"):
                return None, ("IGO" if m.igo else m.sector)  # "The Church ... Its spokesman": no state's
            if m.adversary or m.sector in ("CVL", "PRO", "RIO") or m.country is None:
                return None
            # "The PMF said one of its brigade commanders was killed": an armed group's officer is the group's
            return m.country, (m.sector if m.sector in _ARMED_SECTORS else None)
    return None


_FIGHTING_SECTORS = frozenset({"MIL", "POL", "BGD", "REB", "MLT", "UAG"})


def _possessive_antecedent(doc: Doc, span: Span) -> ActorMention | None:
    """The mention a possessive pronoun of the phrase ("its men", "his men", "their men") stands for: the subject
    of the sentence's main clause when it comes before, else the nearest subject before it in the sentence, else
    the main subject of the sentence before; None when there is none or no possessive."""
    poss = next((t for t in span if t.lower_ in ("its", "his", "their") and t.dep_ == "poss"
                 and t.head.i == span.root.i), None)
    if poss is None:
        return None
    depth = doc.user_data.get(_DEPTH_KEY, 0)
    if depth >= 2:
        return None
    doc.user_data[_DEPTH_KEY] = depth + 1
    try:
        sents = [poss.sent]
        if sents[0].start > 0:
            sents.append(doc[sents[0].start - 1].sent)
        for k, s in enumerate(sents):
            subs = [t for t in s if t.dep_ in _SUBJECTS and t.i < span.start]
            subs.sort(key=lambda t: (t.head.dep_ != "ROOT", -t.i if k == 0 else t.i))
            for t in subs:
                if t.pos_ == "PRON":
                    continue
                m = mention_for(doc, _subject_phrase(doc, t, s))
                if m is not None:
                    return m
        return None
    finally:
        doc.user_data[_DEPTH_KEY] = depth


def _subject_phrase(doc: Doc, t, sent) -> Span:
    """A subject's own words: its modifiers and its "of" phrase ("The Kurdistan Democratic Party of Iran"),
    not its relative clauses."""
    end = t.i + 1
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)
    if of is not None:
        end = of.right_edge.i + 1
    return doc[max(t.left_edge.i, sent.start):min(end, sent.end)]


def _title_compound(t, span: Span) -> bool:
    """"Office director X", "Command spokesman X": a capitalised institution noun opening a title, standing for
    the body of that name named before."""
    first = span.start + (1 if span[0].lower_ in _DETERMINERS else 0)
    return t.i == first and t.dep_ == "compound" and t.text[:1].isupper() and not t.is_upper and \
        t.lemma_.lower() in _word_set("institution_nouns") and t.head.lemma_.lower() in _word_set("possessive_titles")


def _describes_body(span: Span) -> bool:
    """Does the phrase name a body by a definite description or a title compound ("the office's director", "a
    spokesman for the command", "Office director X")?"""
    nouns = _word_set("institution_nouns")
    if len(span) == 2 and span[0].lower_ == "the" and span[1].lemma_.lower() in nouns:
        return True  # "the agency", "the office"
    for t in span:
        if t.lemma_.lower() not in nouns:
            continue
        if (t.dep_ == "pobj" and t.head.lower_ in ("for", "of") or t.dep_ == "poss") and \
                any(c.lower_ == "the" and c.dep_ == "det" for c in t.children) or _title_compound(t, span):
            return True
    return False


def _definite_body_country(doc: Doc, span: Span) -> tuple[str | None, str | None] | None:
    """"The agency said" after "The Sahrawi Press Service said": a bare definite description of a body ("the"
    and an institution noun, no armed group's) stands for the latest body named before with that head noun."""
    toks = list(span)
    if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].pos_ != "NOUN":
        return None
    noun = toks[1].lemma_.lower()
    if noun not in _word_set("institution_nouns") or noun in _word_set("armed_group_nouns"):
        return None
    found = None
    for m in getattr(doc._, "actor_mentions", None) or []:
        if m.end > span.start:
            break
        if (m.country or m.igo) and 0 <= m.head < len(doc) and m.end - m.start > 2 and \
                doc[m.head].lemma_.lower() == noun:
            found = (None, "IGO") if m.igo else (m.country, None)
    return found


class _BodyMentions:
    """The actor mentions `_described_body_country` looks back over, listed once per Doc: by their head's lemma
    (those of a country or an international body), the international bodies, and the armed groups of a country,
    each as positions in the mention list."""
    __slots__ = ("mentions", "n", "reach", "by_head", "igos", "armed")

    def __init__(self, doc: Doc, mentions: list) -> None:
        self.mentions, self.n = mentions, len(mentions)
        self.reach, top = [], None  # the furthest end among the mentions up to each one
        self.by_head: dict[str, list[int]] = {}
        self.igos, self.armed = [], []
        for i, m in enumerate(mentions):
            top = m.end if top is None or m.end > top else top
            self.reach.append(top)
            if (m.country or m.igo) and 0 <= m.head < len(doc):
                self.by_head.setdefault(doc[m.head].lemma_.lower(), []).append(i)
            if m.igo:
                self.igos.append(i)
            if m.country and m.sector in _ARMED_SECTORS:
                self.armed.append(i)

    @classmethod
    def of(cls, doc: Doc, mentions: list) -> "_BodyMentions":
        cached = doc.user_data.get("sitrep.actors.body_mentions")
        if cached is None or cached.mentions is not mentions or cached.n != len(mentions):
            cached = doc.user_data["sitrep.actors.body_mentions"] = cls(doc, mentions)
        return cached

    def before(self, token: int) -> int:
        """How many mentions come before the first one that ends past `token`."""
        return bisect.bisect_right(self.reach, token)

    @staticmethod
    def latest(positions, before: int):
        """The positions under `before`, the latest first."""
        return reversed(positions[:bisect.bisect_left(positions, before)])


def _described_body_country(doc: Doc, span: Span) -> tuple[str | None, str | None] | None:
    """"A spokesman for the command, Senior Colonel X": the latest body named before the phrase whose head noun
    the definite description repeats ("China's Eastern Theater Command")."""
    mentions = getattr(doc._, "actor_mentions", None)
    if not mentions:
        return None
    for t in span:
        if t.dep_ == "compound" and t.text.islower() and t.head.i in range(span.start, span.end) and \
                t.head.lemma_.lower() in _word_set("possessive_titles") and \
                t.lemma_.lower() in _word_set("coalition_nouns") and not any(c.dep_ == "compound" for c in t.children):
            # "a coalition spokesman" after "Saudi-led coalition positions": the one coalition named before
            named = {m.country for m in mentions if m.end <= span.start and not m.adversary and not m.igo
                     and t.lower_ in {w.lower() for w in _TERM_WORD.findall(m.text)}}
            if len(named) == 1 and None not in named:
                return next(iter(named)), None
        if (t.dep_ == "pobj" and t.head.lower_ in ("for", "of") or t.dep_ == "poss") \
                and t.lemma_.lower() in _word_set("institution_nouns") \
                and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children) and \
                not any(c.dep_ == "poss" for c in t.children) or _title_compound(t, span):
            # "the armed forces' spokesman": the modifiers must be the earlier body's too
            mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
            found = None
            # (the mentions read are those before the first one ending past the phrase, the latest first)
            bodies = _BodyMentions.of(doc, mentions)
            before = bodies.before(span.start)
            for i in bodies.latest(bodies.by_head.get(t.lemma_.lower(), ()), before):
                m = mentions[i]
                if mods <= {w.lower() for w in _TERM_WORD.findall(m.text)}:
                    # "The office's spokeswoman" of "the UN human rights office": of no state
                    found = (None, "IGO") if m.igo else (m.country, None)
                    break
            if found is None and t.lemma_.lower() in _word_set("igo_body_nouns") and not mods:
                # "The mission's spokesman" after "UNIFIL said": the international body named last before
                if next(bodies.latest(bodies.igos, before), None) is not None:
                    found = (None, "IGO")
            if found is None and t.lemma_.lower() in _word_set("armed_group_nouns") and not mods:
                # "The group's spokesman" after "Iraq's Kataib Hezbollah": the armed group named last before
                i = next(bodies.latest(bodies.armed, before), None)
                if i is not None:
                    found = (mentions[i].country, mentions[i].sector)
            return found
    return None


def _person_not_place(doc: Doc, p) -> bool:
    """Is a place name the surname of a person the article introduced with a title ("SDN spokesman Rami
    Haddad" ... "Haddad:" or "Haddad said"), used as a speaker: a transcript turn or a verb's subject?"""
    text = _dc.text(doc)
    name = text[p.start:p.end]
    if " " in name or not name[:1].isupper():
        return False
    reg = _person_registry(doc)
    if not reg.get((name.lower(),)):
        return False
    turn = re.match(r"\s*:", text[p.end:p.end + 3]) and (p.start == 0 or text[p.start - 1] == "\n")
    if turn:
        return True
    tok = doc.char_span(p.start, p.end, alignment_mode="expand")
    return tok is not None and len(tok) == 1 and tok[0].dep_ in _SUBJECTS


def _rank_before_name(doc: Doc, p) -> bool:
    """"Brig. Nabil Osman": a rank written with a full stop before a name, not a town of that name."""
    text = _dc.text(doc)
    return text[p.start:p.end].lower().rstrip(".") in _word_set("rank_abbreviations") and \
        bool(re.match(r"\.?\s+[A-Z]", text[p.end:p.end + 3]))


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
    for k, first in enumerate(toks):
        if first.i >= root.i:
            break
        if k and not (first.text[:1].isupper() and doc[first.i - 1].text == "-" or
                      first.text[:1].isupper() and doc[first.i - 1].lower_ in ("led", "backed", "run", "mandated")):
            continue  # (session 12) only a name after "NATO-led" may name the body itself: "NATO-led KFOR troops"
        for n in range(min(6, root.i - first.i), 0, -1):
            last = doc[first.i + n - 1]
            name = _text_of(doc, doc[first.i:last.i + 1])
            if not is_igo(name):
                continue
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.i > root.i or not last.whitespace_ and nxt.text not in ("'s", "’s"):
                break  # "UN-backed", "NATO-led": a body the organisation backs is not the organisation
            return True
    return False


def _of_igo(span: Span) -> bool:
    """Peacekeepers or troops "of the UN mission MONUSCO", "of the African Union force": a force whose "of" phrase
    inside the mention names an international organisation's body is that body's (session 12)."""
    root = span.root
    if sector_of(root.text) not in ("MIL", "POL"):
        return False
    doc = span.doc
    for child in root.children:
        if child.dep_ != "prep" or child.lower_ != "of" or child.i >= span.end:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj" or obj.i >= span.end:
                continue
            chunk = next((c for c in doc.noun_chunks if c.root.i == obj.i), None)
            if chunk is not None and (is_igo(_text_of(doc, chunk)) or _igo_body(chunk)):
                return True
    return False


def _igo_led(span: Span) -> bool:
    """"The NATO-led peacekeeping force", "an AU-led mission": a force or body an international organisation leads
    is of several states, none its own (session 23, h6; a body only backed by one, "UN-backed forces", is not)."""
    doc = span.doc
    root = span.root
    for t in span:
        if t.i + 2 >= root.i + 1 or doc[t.i + 1].text != "-" or doc[t.i + 2].lower_ != "led":
            continue
        first = t
        while first.i > span.start and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].whitespace_:
            first = doc[first.i - 1]  # ("the African Union-led mission")
        if is_igo(_text_of(doc, doc[first.i:t.i + 1])):
            return True
    return False


def _serving_igo(span: Span) -> bool:
    """Peacekeepers "serving with MINUSCA", troops "deployed under the African Union mission": a force told by the
    verb after it to serve an international organisation's body is that body's (session 23, h6)."""
    root = span.root
    if sector_of(root.text) not in ("MIL", "POL"):
        return False
    doc = span.doc
    verbs = _word_set("igo_service_verbs")
    for acl in root.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in verbs:
            continue
        for prep in acl.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "in", "under", "for", "to"):
                continue
            for obj in prep.children:
                chunk = next((c for c in doc.noun_chunks if c.root.i == obj.i), None) if obj.dep_ == "pobj" else None
                if chunk is not None and (is_igo(_text_of(doc, chunk)) or _igo_body(chunk)):
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
    # a people's name that takes no plural "s" counts as well ("20 Rohingya", "dozens of Fulani")
    if root.tag_ not in ("NNS", "NNPS", "NNP") or not root.text[:1].isupper() or \
            root.tag_ != "NNP" and not root.text.endswith("s"):
        return False
    from ..geo.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    if not (gaz.demonym(root.text) or gaz.demonym(root.text[:-1])):
        if root.tag_ != "NNP" or dictionary_country(root.text) is None:
            return False
    # the count may lie outside the phrase the tagger cut ("20 Rohingya", the entity "Rohingya" alone)
    return any(t.like_num or t.lower_ in _QUANTIFIERS for t in span if t.i < root.i) or any(
        c.dep_ == "nummod" and c.like_num for c in root.children)


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


_REGION_STATE = re.compile(r"\bstate of [A-Z]|\b(?!(?:The|A|An|This|That|Each|Every|Any|No|Our|Their|Its|His|Her|One)\b)"
                           r"[A-Z][\w'-]+ [Ss]tate\b(?! (?:of|government|governments|house|"
                           r"assembly|media|television|tv|news|agency|department|police)\b)")


_SPEECH_LEMMAS = frozenset({"say", "announce", "tell", "confirm", "report", "state", "claim", "deny", "add"})


def _region_state_before(doc: Doc, span: Span) -> bool:
    """Was a region called a state named in the sentence of the phrase or the two before it ("the northeastern
    state of Manipur", "in Kaduna State", "Rakhine state"), and no state's government since?"""
    start = span.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    base = doc[start].idx
    text = _dc.text(doc)[base:span.start_char]
    places = [p for p in _dc.ext(doc, "places") or [] if p.country and p.precision != "country"
              and p.feature_code not in _STATE_FEATURES]
    for m in _REGION_STATE.finditer(text):
        name = m.group(0)
        if named_group(name) is not None:
            continue  # "Islamic State"
        # the region's name is a place below a country the gazetteer knows
        at = base + (m.end() - 1 if name.startswith("state of") else m.start())
        if not any(p.start <= at < p.end for p in places):
            continue
        return not re.search(r"\bthe (?:federal|central|national) (?:state|government)\b", text[m.start():].lower())
    return False


def _federal_state(doc: Doc, span: Span) -> bool:
    """A lower-case "state" that names a region of a country, not its government: with a word of region ("the
    northern state", "India's northeastern state"), after a proper name ("Rakhine state") or with the name of a
    place below a country after "of" ("the Mexican state of Sonora"). A bare "the state" stays the state."""
    root = span.root
    if root.text not in ("state", "states"):
        return False
    kids = [c for c in root.children if span.start <= c.i < span.end]
    if any(c.dep_ == "amod" and c.lower_ in _word_set("region_modifiers") for c in kids):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _word_set("statehood_modifiers") for c in kids):
        return True  # "fighting for an independent state", "a separate state": the state sought, no government
    if root.text == "state" and all(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not (
            root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_LEMMAS) and _region_state_before(doc, span):
        return True  # "The state has been gripped by violence" after "the northeastern state of Manipur"
    if any(c.dep_ in ("compound", "nmod") and c.i < root.i and c.pos_ == "PROPN" and c.text[:1].isupper()
           and c.ent_type_ != "NORP" and named_group(c.text) is None for c in kids):
        return True  # (not "the Houthi state": a group's)
    for c in root.children:  # "the Mexican state" cut from "the Mexican state of Sonora" has it after
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and any(p.start <= obj.idx < p.end and p.country and p.feature_code not in
                                       _STATE_FEATURES and p.precision != "country"
                                       for p in _dc.ext(doc, "places") or []):
                return True
    return False


_ARMED_SECTORS = {"REB", "MLT", "UAG"}
_BACKED_AFTER = re.compile(r"-(?:backed|aligned|allied|supported|sponsored|funded|armed|trained|linked|affiliated|"
                           r"financed|equipped|made|built|manufactured|supplied|designed|produced|donated)\b", re.I)
# session 12 (h8): "Turkish-made drones", "Emirati-supplied drones": the maker or supplier, not the force using them
# session 18 (h7): "the group", "the militia" with no name: the armed group named just before (in the last
# GROUP_BACK characters), when one is
_GROUP_ANAPHOR = re.compile(r"(?:the|this) (?:group|militia|movement)", re.I)
GROUP_BACK = 600


def group_anaphors(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions for "the group" (and "the militia", "the movement") that no other mention covers, as the armed group
    named just before (for the event extractor; speakers keep their own resolution)."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("group", "militia", "movement") or tok.i == 0 or doc[tok.i - 1].lower_ not in ("the", "this"):
            continue
        if tok.i + 1 < len(doc) and (doc[tok.i + 1].pos_ in ("NOUN", "PROPN") or doc[tok.i + 1].lower_ == "of"):
            continue  # ("the group leader", "the group of gunmen": another head)
        if any(m.start <= tok.i < m.end for m in mentions):
            continue
        named = _group_told_before(doc, doc[tok.i - 1].idx)
        if named is not None:
            # "hours after the group fired two missiles": the armed group named last before, as its own name would be
            out.append(ActorMention(tok.i - 1, tok.i + 1, doc[tok.i - 1:tok.i + 1].text, named[0], named[1], False,
                                    False, tok.i))
    return out


def _group_told_before(doc: Doc, start_char: int) -> tuple[str | None, str] | None:
    text = _dc.text(doc)
    window = text[max(0, start_char - GROUP_BACK):start_char]
    index, groups = _group_first_words(), _groups()
    found = set()
    for w in re.findall(r"\w+", _fold(window)):
        found.update(index.get(w.lower(), ()))
    best = None
    for i in found:
        rx, country, sector = groups[i]
        if sector not in _HOME_GROUP_SECTORS | {"REB", "MLT"}:
            continue
        for m in rx.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), None if country in (None, "null") else country, sector)
    if best is None:
        return None
    lo = start_char - len(window) + best[0]
    if any(e.label_ == "ORG" and lo <= e.start_char and e.end_char <= start_char and named_group(e.text) is None
           for e in doc.ents):
        return None  # "..., Human Rights Watch said. The group ...": another body named since may be the one meant
    return best[1], best[2]


# session 18 (h7): "a Liberian-flagged ship", "a Greek-owned tanker": a word on a vessel, no party of its own
_FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed|chartered|bound)\b", re.I)
_LANGUAGE_AFTER = re.compile(r"-(?:speaking|speakers?|language|medium)\b", re.I)
# "at 07:15", "0400 Moscow time", "1530 hrs": a clock time; "300 junta soldiers", "1500 troops" (digits run together,
# no time word after them) are counts
_CLOCK = re.compile(r"^(?:(?:at|around|about|at around|at about|by|from|until)\s+)?(?:\d{1,2}[:.]\d{2}\b|"
                    r"\d{4}\s*(?:hrs?|hours|GMT|UTC|Z|local)\b|\d{4}(?=\s+(?:[A-Z][A-Za-z]*\s+){0,3}time\b))")
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
            if _BACKED_AFTER.match(_dc.text(doc), e):
                break  # "Iran-aligned militias", "Turkish-backed factions": the backer, not the group's state
            if _LANGUAGE_AFTER.match(_dc.text(doc), e):
                break  # "English-speaking regions", "French-language media": a language, not a country
            sub = doc.char_span(s, e, alignment_mode="expand")
            if key not in people and _inside_longer_name(doc, sub):
                continue
            if key in people and len(key) == 1 and _after_other_name(doc, s):
                continue  # "Bandar Abbas": a listed surname inside another name
            step = n
            if any(p.start <= s and e <= p.end and span.start_char <= p.start and p.end <= span.end_char
                   and iso3(p.country) == code for p in places):
                break
            if key not in people and _before_person(doc, e):
                break  # "Aden Farah Gedi": a first name, not Aden
            if _named_facility(doc, s, e, span.start_char):
                break  # "a doctor at the Saudi Hospital": a facility's name
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
    # session 12: "near the border with the Democratic Republic of Congo": the country a border runs along is
    # ground ("Congo" inside the long name included); "in Bangladesh's Chittagong Hill Tracts", "in Cameroon's
    # Northwest region": a country owning the place where something happened is where, not who
    named = root
    if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.pos_ == "PROPN" \
            and named.head.head.i < root.i:
        named = named.head.head
    if named.dep_ == "pobj" and named.head.lower_ in ("with", "of") and \
            named.head.head.lemma_.lower() in _word_set("border_nouns"):
        return True
    if _BORDER_BEFORE.search(_dc.text(span.doc)[max(0, span.start_char - 40):span.start_char]):
        return True  # the same when the parser hung "with ..." on the verb
    owned = root.head
    if root.dep_ == "poss" and owned.dep_ == "pobj" and owned.head.lower_ in preps and (
            owned.lemma_.lower() in _word_set("place_nouns") | {"state", "states"} or owned.pos_ == "PROPN"
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in owned.children)):
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
            if child.dep_ == "prep" and child.lower_ == "of" and any(t.dep_ in ("cc", "conj")
                                                                     for t in doc[nc.end:child.i]):
                # "Burundian police and members of the Imbonerakure": the "of" phrase the parser hung on the first
                # of two coordinated parties is the second's; the first's phrase does not run over the "and"
                continue
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
                    if t.dep_ == "cc" and (sector_of(_text_of(doc, doc[t.i + 1:end])) is not None
                                           or named_group(_text_of(doc, doc[t.i + 1:end])) is not None):
                        # "mercenaries of the Wagner Group and Central African troops", "the government of South
                        # Sudan and the SPLM-IO": a second party with a sector or a group's name of its own after
                        # "and" is no part of the first's "of" phrase
                        end = min(end, t.i)
                        break
                if end > child.i + 1:
                    extra.append(doc[nc.start:end])
    extra += _long_names(doc, chunks)
    # "Ankara\n\nThe Syrian Democratic Forces": a phrase the parser ran over a line break is its lines' parts
    return [p for span in spans + extra for p in _line_pieces(doc, _after_closing_quote(span))]


def _after_closing_quote(span: Span) -> Span:
    """Session 27 (h3): 'it had "neutralised" four "terrorists"': the parser hangs the mark that closes the quoted
    verb on the noun after it, and the noun's phrase would open with it; no phrase opens with a closing mark."""
    start = span.start
    while start < span.end - 1 and span.doc[start].tag_ == "''":
        start += 1
    return span if start == span.start else span.doc[start:span.end]


@lru_cache(maxsize=1)
def _long_name_firsts() -> frozenset:
    """The first words of the dictionary's names of three words or more (people aside)."""
    index, _, _, people = _country_terms()
    return frozenset(k[0] for k in index if len(k) >= 3 and k not in people)


def _long_names(doc: Doc, chunks: list[Span]) -> list[Span]:
    """Organisations the dictionary names in full by three words or more whose name the tagger cut short ("the
    Office for Kosovo" of "the Office for Kosovo and Metohija"): the whole name, from each ORG entity or proper
    noun chunk that opens it."""
    index, longest, _, people = _country_terms()
    firsts = _long_name_firsts()
    text = _dc.text(doc)
    out = []
    # ORG entities and noun chunks headed by a capitalised name ("the government Office" when the tagger made
    # "Kosovo" a place and "Metohija" an organisation)
    spans = [e for e in _dc.ents(doc) if e.label_ == "ORG"] + [
        c for c in chunks if c.root.pos_ == "PROPN" and c.root.text[:1].isupper()]
    for ent in spans:
        if ent.end >= len(doc) or doc[ent.end].pos_ not in ("ADP", "CCONJ", "PROPN"):
            continue  # a name cut short runs on with "for", "of", "and" or another name
        for tok in ent:  # the name may open after a modifier ("the government Office for ...")
            if not tok.text[:1].isupper() or tok.lower_ not in firsts:
                continue
            start = tok.idx
            words = list(_TERM_WORD.finditer(text[start:start + 120].split("\n")[0]))[:longest]
            found = False
            for n in range(len(words), 2, -1):
                key = tuple(w.group().lower() for w in words[:n])
                if key in index and key not in people:
                    end = start + words[n - 1].end()
                    if end > ent.end_char:
                        span = doc.char_span(ent.start_char, end, alignment_mode="expand")
                        if span is not None:
                            out.append(span)
                    found = True
                    break
            if found:
                break
    return out


_ACRONYM = re.compile(r"((?:the\s+)?(?:[A-Z][\w'-]*\s+){1,6}?(?:[A-Z][\w'-]*))\s+\(([A-Z]{2,8})\)")
# a name with function words inside: "the Front for Change and Concord in Chad (FACT)"
_ACRONYM_LONG = re.compile(r"((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|in|de|du|des|la|le|al|el|pour|"
                           r"et)\s+)*[A-Z][\w'-]*){1,8})\s+\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYMS_KEY = "sitrep.actors.acronyms"


def acronyms(doc: Doc) -> dict[str, ActorMention]:
    """"the paramilitary Rapid Support Forces (RSF)": later mentions of RSF are that group. An armed group whose
    name the text defines ("the Front for Change and Concord in Chad (FACT)") is of the country its own name
    holds, whatever preposition puts it there (inside a name "in Chad" is no location)."""
    out = {}
    text = _dc.text(doc)
    matches = {m.group(2): m for m in _ACRONYM.finditer(text)}
    for m in _ACRONYM_LONG.finditer(text):
        matches.setdefault(m.group(2), m)
    for acronym, m in matches.items():
        start = m.start(1)
        # take in lower-case modifiers before the name ("the paramilitary ...")
        before = text[max(0, start - 40):start]
        extra = re.search(r"((?:the\s+)?(?:[a-z-]+\s+){0,2})$", before)
        if extra:
            start -= len(extra.group(1))
        span = doc.char_span(start, m.end(1), alignment_mode="expand")
        mention = mention_for(doc, span) if span is not None else None
        if span is not None and (mention is None or mention.country is None and not mention.igo
                                 and named_group(_text_of(doc, span)) is None):
            named = _name_country(doc, span)
            sector = mention.sector if mention is not None else None
            if sector is None and any(w in _word_set("armed_name_words")
                                      for w in re.findall(r"[a-z]+", m.group(1).lower())):
                sector = "REB"
            if named is None and sector in _ARMED_SECTORS:
                # "the Sinjar Resistance Units (YBS)": an armed group named after its town or region is of the
                # country that place lies in
                held = countries_in(doc, span.start_char, span.end_char, any_prep=True)
                if not held:
                    # (the recogniser leaves a name inside an organisation's name alone: the place named so
                    # elsewhere in the story counts)
                    words = set(re.findall(r"[A-Z][\w'-]+", m.group(1)))
                    held = [iso3(p.country) for p in _dc.ext(doc, "places") or []
                            if p.country and p.feature_code not in _STATE_FEATURES
                            and _dc.text(doc)[p.start:p.end] in words]
                held = list(dict.fromkeys(c for c in held if c))
                named = held[0] if len(held) == 1 else None
            if named is not None and sector is not None:
                mention = ActorMention(span.start, span.end, _text_of(doc, span), named, sector, False, False,
                                       span.root.i)
        if mention is not None:
            out[acronym] = mention
    # "Kachin Independence Army fighters ... a KIA spokesman": an armed group's initials, never defined in
    # brackets, stand for the group whose name the article spells out
    for acronym in sorted(set(re.findall(r"(?<![\w.-])[A-Z]{2,6}(?![\w-])", text)) - set(out)):
        if named_group(acronym) is not None or is_igo(acronym) or dictionary_country(acronym) is not None:
            continue
        joint = r"\s+(?:(?:of|for|the|and|de|du|des|al|el)\s+)*"
        rx = r"\b" + joint.join(rf"{c}[\w'-]*" for c in acronym) + r"\b"
        for m in re.finditer(rx, text):
            if text[m.start():m.end()] == acronym or sum(ch.isupper() for ch in m.group(0)) != len(acronym):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            mention = mention_for(doc, span) if span is not None else None
            if mention is not None and mention.sector in _ARMED_SECTORS and not mention.igo and not mention.adversary:
                out[acronym] = mention
                break
    return out


def _name_country(doc: Doc, span: Span) -> str | None:
    """The one country an organisation's own name holds ("... Concord in Chad"): a state's name or demonym inside
    it, by the gazetteer or the dictionary, whatever preposition carries it; None for none or several."""
    found = countries_in(doc, span.start_char, span.end_char, states_only=True, any_prep=True)
    if not found:
        index, _, acronyms_, people = _country_terms()
        for w in re.findall(r"[A-Z][\w'-]*", _text_of(doc, span)):
            code = index.get((w.lower(),))
            if code is not None and (w.lower(),) not in people and (w.lower() not in acronyms_ or w.isupper()):
                found.append(code)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def find_mentions(doc: Doc) -> list[ActorMention]:
    seen: dict[tuple[int, int], ActorMention] = {}
    doc.user_data.pop(_ACRONYMS_KEY, None)
    doc.user_data.pop(_PEOPLE_KEY, None)
    known = acronyms(doc)
    if known:
        doc.user_data[_ACRONYMS_KEY] = known
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
    # "Fighters" cut from "Fighters of Sudan's Rapid Support Forces": the same party, named shorter, is the one its
    # longer phrase names, not a party of its own found from the sentence around it (session 12)
    # (the mentions of one head and start listed once, in `seen`'s order: each is read afresh from `seen` below)
    same_start: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key, x in seen.items():
        same_start.setdefault((x.head, x.start), []).append(key)
    for (start, end), m in list(seen.items()):
        longer = [x for x in (seen[k] for k in same_start[(m.head, start)]) if x.end > end
                  and (x.country or x.sector or x.igo)]
        if longer:
            x = max(longer, key=lambda x: x.end)
            if (x.country, x.sector, x.igo) != (m.country, m.sector, m.igo):
                seen[(start, end)] = ActorMention(m.start, m.end, m.text, x.country, x.sector, x.adversary, x.igo,
                                                  m.head)
    # the people's introductions are read again when asked for after this, with the mentions known ("the armed
    # forces' spokesman" is the body named before)
    doc.user_data.pop(_PEOPLE_KEY, None)
    return sorted(seen.values(), key=lambda m: (m.start, -(m.end - m.start)))


_COUNT_WORDS = frozenset({"dozen", "dozens", "hundreds", "thousands", "scores", "millions"})
_COUNT_LEAD = frozenset({"at", "least", "most", "over", "more", "than", "nearly", "almost", "about", "around", "some",
                         "up", "to", "approximately", "roughly", "an", "estimated", "a", "as", "many", "no", "fewer",
                         "less", "just", "under", "close", "upwards", "of", "and", "or", "between", "-", "\u2013",
                         "another", "further", "only", "exactly", "the", "all"})


def _demonym_plural(t) -> bool:
    """"Palestinians", "Nigerians": a nationality's plural noun (the tagger's NORP), people and not a name."""
    return t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS") and t.lower_.endswith("s")


def _count_end(doc: Doc, m: ActorMention) -> int | None:
    """Where a party's phrase starts after the count it opens with ("at least 80 people" → "people"), or None when
    it opens with none (or the count is all it holds, or a name: "the Group of Seven")."""
    last = None
    for t in doc[m.start:m.end]:
        if t.i >= m.head:
            break
        if t.like_num and t.tag_ == "CD" and t.ent_type_ not in ("DATE", "TIME", "ORDINAL") \
                or t.lower_ in _COUNT_WORDS:  # (not an ordinal: "the first protesters")
            last = t.i
        elif t.lower_ not in _COUNT_LEAD:
            break
    if last is None or last + 1 > m.head or any(t.lower_ == "of" for t in doc[last + 1:m.head + 1]):
        return None
    # (a people's plural is the people counted, no name: "15 Palestinians", "at least 12 Nigerians")
    if any((t.is_title or t.is_upper) and not _demonym_plural(t) for t in doc[last + 1:m.head + 1]) or any(
            t.is_title and not t.is_sent_start and t.lower_ not in _COUNT_LEAD for t in doc[m.start:last + 1]):
        # a name's own number ("the 2 Division", "the 101 Battalion's base", "the Group of Seven"); a count before
        # a name ("12 Abu Sayyaf suspects") is left whole too, as the number may be the name's
        return None
    return last + 1


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
