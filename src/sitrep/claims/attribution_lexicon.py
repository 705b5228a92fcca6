"""The attribution cue lexicon: reporting verbs, cue nouns and adjectives, multi-word cues and source nouns, read from
`sitrep/data/cues/*.tsv` once per process. See `sitrep/data/cues/README.md` for the file formats."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any
import json
import os
import re

CUES_DIR = Path(__file__).resolve().parent.parent / "data" / "cues"
# "h": a cue only between persons, a named person or "he"/"she" as subject and as object ("Trump attacked
# Machado"), so that a verb mostly physical in conflict reporting ("troops attacked the post") stays no cue
# "w": with an infinitive after an object, the object is the one won over ("persuaded the court to drop the case"),
# not part of the content
# "e" (adjectives only): after a copula with an extraposed "it" and a that-clause ("it is clear that …"), an evidential
# with no source
# "r": answering verbs, whose preposition opens the content instead of joining the cue ("did not respond | to requests
# for comment", "replied | to the charge")
FRAMES = frozenset("cqixonpahwer")


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    cls: str  # speech | belief | intention | evidence | evaluation | naming | evidential | acquisition
    frames: frozenset[str]
    preps: frozenset[str]


@dataclass(frozen=True)
class PhraseCue:
    words: tuple[str, ...]
    kind: str  # according_to | via | evidential
    lemma: str


@dataclass(frozen=True)
class NounCue:
    lemma: str
    frames: frozenset[str]
    preps: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, VerbCue]
    phrases: dict[str, list[PhraseCue]]  # keyed by first word (lower case)
    source_nouns: dict[str, str]  # noun -> PERSON | ORG | ANY
    nouns: dict[str, NounCue] = field(default_factory=dict)
    adjectives: dict[str, NounCue] = field(default_factory=dict)  # same columns as nouns
    catenatives: frozenset[str] = frozenset()  # "went on to explain": verbs that join the cue they govern
    light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "raised questions about": verb -> nouns
    # "no group", "nobody": a subject that says nobody spoke (word sequences, lower case)
    negative_sources: tuple[tuple[str, ...], ...] = ()
    # "asking not to be named": anonymity boilerplate, never the content of a statement (lower case)
    anonymity: tuple[str, ...] = ()
    # "Statement: …", "Live: …": headline labels that are not speakers (lower case)
    headline_labels: frozenset[str] = frozenset()
    # organisation nouns that can stand for any named body ("the group"); source_nouns.tsv third column
    generic_nouns: frozenset[str] = frozenset()
    # "it goes without saying", "let's say", "that said": set phrases whose cue word reports nobody (lower case)
    idioms: tuple[tuple[str, ...], ...] = ()
    # "did not respond", "declined to comment": verbs that, negated or refused, say nobody made a statement
    non_responses: frozenset[str] = frozenset()
    # "declined", "refused", "failed": verbs whose infinitive of a `non_responses` verb is no statement either
    refusals: frozenset[str] = frozenset()
    # "in one poll", "by one estimate": a preposition whose object, one of these nouns, is the source of the
    # clause the phrase modifies (preposition -> noun lemmas)
    prep_sources: dict[str, frozenset[str]] = field(default_factory=dict)
    # "faced criticism from X", "drew ridicule": light verbs whose subject is the target of the act, not its
    # source (light_verbs.tsv third column "target")
    target_light_verbs: frozenset[str] = frozenset()
    # the learned cue model (learned_cues.json: {"bias", "threshold", "weights": {feature: weight}}), or None
    cue_model: dict[str, Any] | None = None
    # verbs of physical and armed action the learned model never makes a cue (physical_verbs.tsv, lower case)
    physical_verbs: frozenset[str] = frozenset()

    def idiom_tokens(self, words: list[str]) -> set[int]:
        """Indices of the words (lower case, in order) that are part of an idiom listed in `idioms.tsv`."""
        out: set[int] = set()
        if not self.idioms:
            return out
        firsts = {i[0] for i in self.idioms}
        for k, w in enumerate(words):
            if w in firsts:
                for idiom in self.idioms:
                    if tuple(words[k:k + len(idiom)]) == idiom:
                        out.update(range(k, k + len(idiom)))
        return out

    def is_negative_source(self, words: list[str]) -> bool:
        """Whether a source phrase (its lower-case words) opens with a negative quantifier ("No group",
        "Nobody", "None of the factions")."""
        return any(tuple(words[:len(n)]) == n for n in self.negative_sources)

    def anonymity_at(self, text: str) -> int:
        """Where anonymity boilerplate starts in `text` (case-insensitive), or -1."""
        m = _anonymity_pattern(self.anonymity).search(text) if self.anonymity else None
        return m.start() if m else -1

    def phrase_at(self, words: list[str]) -> PhraseCue | None:
        """The longest phrase cue that `words` (lower case) starts with."""
        best = None
        for p in self.phrases.get(words[0], ()) if words else ():
            if tuple(words[: len(p.words)]) == p.words and (best is None or len(p.words) > len(best.words)):
                best = p
        return best


@lru_cache(maxsize=8)
def _anonymity_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    alts = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


def _rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _read(name: str, directory: str | Path | None) -> str:
    if directory is not None:
        return (Path(directory) / name).read_text(encoding="utf-8")
    return (CUES_DIR / name).read_text(encoding="utf-8")


def _complement_cues(text: str, what: str) -> dict[str, NounCue]:
    out: dict[str, NounCue] = {}
    for row in _rows(text):
        if len(row) < 2:
            raise ValueError(f"cue {what} line needs a word and frames: {row!r}")
        frames = frozenset(row[1].split())
        if not frames <= FRAMES:
            raise ValueError(f"unknown frame in {row!r}")
        preps = frozenset(p for p in (row[2].split("|") if len(row) > 2 else []) if p)
        out[row[0].lower()] = NounCue(row[0].lower(), frames, preps)
    return out


def _read_optional(name: str, directory: str | Path | None) -> str:
    try:
        return _read(name, directory)
    except FileNotFoundError:
        return ""


def parse_lexicon(verbs: str, phrases: str, source_nouns: str, nouns: str = "", adjectives: str = "",
                  catenatives: str = "", light_verbs: str = "", negative_sources: str = "",
                  anonymity: str = "", headline_labels: str = "", idioms: str = "",
                  non_responses: str = "", prep_sources: str = "") -> Lexicon:
    vmap: dict[str, VerbCue] = {}
    for row in _rows(verbs):
        if len(row) < 3:
            raise ValueError(f"cue verb line needs lemma, class and frames: {row!r}")
        frames = frozenset(row[2].split())
        if not frames <= FRAMES:
            raise ValueError(f"unknown frame in {row!r}")
        preps = frozenset(p for p in (row[3].split("|") if len(row) > 3 else []) if p)
        lemma = row[0].lower()
        old = vmap.get(lemma)
        if old:  # a lemma listed twice: union of its frames
            frames, preps = frames | old.frames, preps | old.preps
        vmap[lemma] = VerbCue(lemma, row[1] if not old else old.cls, frames, preps)
    pmap: dict[str, list[PhraseCue]] = {}
    for row in _rows(phrases):
        words = tuple(row[0].lower().split())
        pc = PhraseCue(words, row[1], row[2] if len(row) > 2 else row[0])
        pmap.setdefault(words[0], []).append(pc)
    nmap = {row[0].lower(): row[1] for row in _rows(source_nouns) if len(row) >= 2}
    cmap = _complement_cues(nouns, "noun")
    amap = _complement_cues(adjectives, "adjective")
    cats = frozenset(row[0].lower() for row in _rows(catenatives))
    light = {row[0].lower(): frozenset(row[1].lower().split()) for row in _rows(light_verbs) if len(row) >= 2}
    targets = frozenset(row[0].lower() for row in _rows(light_verbs) if len(row) >= 3 and row[2] == "target")
    negs = tuple(tuple(row[0].lower().split()) for row in _rows(negative_sources) if row[0])
    anon = tuple(" ".join(row[0].lower().split()) for row in _rows(anonymity) if row[0])
    labels = frozenset(" ".join(row[0].lower().split()) for row in _rows(headline_labels) if row[0])
    generic = frozenset(row[0].lower() for row in _rows(source_nouns) if len(row) >= 3 and row[2] == "generic")
    idiom_rows = tuple(tuple(row[0].lower().split()) for row in _rows(idioms) if row[0])
    silent = [row for row in _rows(non_responses) if len(row) >= 2]
    for row in silent:
        if row[1] not in ("verb", "refusal"):
            raise ValueError(f"non-response line needs kind verb or refusal: {row!r}")
    quiet = frozenset(row[0].lower() for row in silent if row[1] == "verb")
    refusals = frozenset(row[0].lower() for row in silent if row[1] == "refusal")
    psrc: dict[str, frozenset[str]] = {}
    for row in _rows(prep_sources):
        if len(row) < 2:
            raise ValueError(f"source preposition line needs a preposition and nouns: {row!r}")
        psrc[row[0].lower()] = psrc.get(row[0].lower(), frozenset()) | frozenset(row[1].lower().split())
    return Lexicon(vmap, pmap, nmap, cmap, amap, cats, light, negs, anon, labels, generic, idiom_rows, quiet, refusals,
                   psrc, targets)


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon from the package data (or from `directory`, for experiments). The learned cue model is read
    from `learned_cues.json` there; `$SITREP_CUE_MODEL` names another file, or `none` to run without it."""
    lex = _parse_files(directory)
    physical = frozenset(" ".join(row[0].lower().split()) for row in _rows(_read_optional("physical_verbs.tsv", directory))
                         if row[0])
    return replace(lex, cue_model=_read_cue_model(directory), physical_verbs=physical)


def _read_cue_model(directory: str | Path | None) -> dict[str, Any] | None:
    env = os.environ.get("SITREP_CUE_MODEL", "").strip()
    if env.lower() == "none":
        return None
    path = Path(env) if env else Path(directory or CUES_DIR) / "learned_cues.json"
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(model.get("weights"), dict) or "threshold" not in model:
        raise ValueError(f"{path}: a cue model needs 'weights' and 'threshold'")
    return model


def _parse_files(directory: str | None) -> Lexicon:
    return parse_lexicon(_read("verbs.tsv", directory), _read("phrases.tsv", directory),
                         _read("source_nouns.tsv", directory), _read("nouns.tsv", directory),
                         _read_optional("adjectives.tsv", directory), _read_optional("catenatives.tsv", directory),
                         _read_optional("light_verbs.tsv", directory),
                         _read_optional("negative_sources.tsv", directory), _read_optional("anonymity.tsv", directory),
                         _read_optional("headline_labels.tsv", directory), _read_optional("idioms.tsv", directory),
                         _read_optional("non_responses.tsv", directory),
                         _read_optional("prep_sources.tsv", directory))
