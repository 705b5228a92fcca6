"""A learned choice of the attribution content span, as an experiment (issue 6; session 20): does a small model
that picks, for each attribution the rules found, one of a few other readings of where its content starts and ends
beat the rules' own reading on PolNeAR documents it was not fitted on?

    .venv/bin/python bench/attribution_content.py ../shared/data/attribution/polnear-dev.jsonl [--parsed DOCBIN]
        [--C 0.3,1,3,10] [--margin 0,0.5,1,2] [--model logit|lr|gbm] [--drop PREFIX,...] [--oracle]

Candidates (`candidates`): the rules' content first; a leading "that", quote mark or sentence-opening connective
cut or kept; the first separate piece of the parse skipped ("the deal | as toothless") or the sentence before the
content taken in; the content cut before a breaking punctuation mark inside it or before a separate last piece of
the parse ("… as a “disgrace” | Wednesday on …"), or run on to each later breaking mark, the sentence end, a
closing quote or through the next sentence of the paragraph (never over a cue or the attribution's source).
Each carries features of the variant and of the words it adds or drops (first word, dependency and part of speech
of their root and where that root hangs — inside the content, on the cue, elsewhere —, length, a finite verb, a
reporting verb, a quote mark, a sentence or paragraph break), the attribution's kind and cue lemma.

A candidate is labelled by exact match (normalised spans) with the gold content of the gold attribution whose cue
shares most tokens with the predicted cue. Models, fitted on the groups (one attribution's candidates) that have a
positive: `logit`, a conditional logit (softmax over each group, L2 1/C; scipy L-BFGS); `lr`, a logistic
regression over the candidates; `gbm`, gradient-boosted trees. Cross-fitting: the model fitted on the odd
documents chooses on the even ones and the other way round; a candidate replaces the rules' content only when it
scores more than `margin` above it. Printed: per half, switches / gained / lost (exact contents), then the
official scores (`sitrep.eval.attribution.score_documents`) of the rules and of the cross-fitted choice.

Session 20 finding (PolNeAR dev, non-embedded attributions): the rules' content is exact for 767 of 1,031
attributions on the even half and 582 of 789 on the odd half; the best candidate would be for 827 and 639 (+60 /
+57). No model and no setting (logit and lr, C 0.3-10, margin 0-2; gbm) raises content exact F1 on both halves:
every model loses about as many right contents as it gains (e.g. logit C=1, margin 0.5: even 0.6772 -> 0.6790,
odd 0.6732 = ; margin 0: even -> 0.6693, odd -> 0.6743), because the boundary choices it would learn are ones
PolNeAR's annotators make both ways. Nothing is shipped; the product keeps the rules' contents.
"""
from __future__ import annotations

import os
import sys

# keep bench/ off the import path: its script names must never shadow the standard library
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.getcwd()) != _HERE]

import argparse  # noqa: E402
from collections import Counter  # noqa: E402
from typing import Any  # noqa: E402

from spacy.tokens import Token  # noqa: E402

from sitrep.claims.attribution_core import DASHES, QUOTE_CHARS, Attribution, Span2, _Doc, _is_quote_tok  # noqa: E402

BREAKS = {",", ";", ":", "(", ")", "[", "]"} | DASHES
CONNECTIVE_WORDS = {"but", "and", "so", "yet", "or"}
# the first word of a piece added or dropped at the end, told apart by the model
PIECE_WORDS = {"which", "who", "whom", "whose", "where", "when", "and", "but", "or", "as", "while", "although",
               "though", "because", "if", "after", "before", "since", "including", "according", "that", "to",
               "in", "on", "at", "for", "with", "from", "by", "of", "said", "says", "he", "she", "they", "it",
               "we", "i", "the", "a", "an", "not", "even", "especially", "adding", "saying", "noting", "citing"}
MAX_END_CANDIDATES = 12


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def _word(t: Token) -> str:
    w = t.lower_
    if w in PIECE_WORDS:
        return w
    if _is_quote_tok(t):
        return "Q"
    if t.is_punct or t.text in DASHES:
        return "P" + t.text
    return t.tag_


def _first_word(doc, a: int, b: int) -> Token | None:
    for k in range(a, b):
        t = doc[k]
        if not (t.is_space or t.is_punct or t.text in DASHES or _is_quote_tok(t)):
            return t
    return None


def _piece_feats(d: _Doc, a: int, b: int, tag: str, lex_verbs, where=None) -> list[str]:
    """Features of the tokens [a, b) that an end candidate adds ("+") or drops ("-")."""
    doc = d.doc
    if b <= a:
        return []
    toks = doc[a:b]
    out = [f"{tag}len={_bucket(sum(1 for t in toks if not (t.is_space or t.is_punct)))}"]
    out.append(f"{tag}w0={_word(doc[a])}")
    fw = _first_word(doc, a, b)
    if fw is not None:
        out.append(f"{tag}fw={_word(fw)}")
        out.append(f"{tag}fwdep={fw.dep_}")
        # the piece's own root: the first token whose head lies outside it
    root = next((t for t in toks if not (a <= t.head.i < b) and not t.is_space), None)
    if root is not None:
        out.append(f"{tag}rdep={root.dep_}")
        out.append(f"{tag}rpos={root.pos_}")
        if where is not None:
            w = where(root.head.i)
            out.append(f"{tag}head={w}")
            out.append(f"{tag}head={w}|{root.dep_}")
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        out.append(f"{tag}finite")
    if any(t.lemma_.lower() in lex_verbs for t in toks if t.pos_ == "VERB"):
        out.append(f"{tag}repverb")
    if any(_is_quote_tok(t) for t in toks):
        out.append(f"{tag}quote")
    if any(t.is_sent_start for t in toks[1:]) or (b - a > 1 and doc[a].is_sent_start):
        out.append(f"{tag}sent")
    if any("\n" in t.text_with_ws for t in toks[:-1]):
        out.append(f"{tag}para")
    return out


def _last_real(doc, a: int, b: int) -> int:
    """The last token of [a, b) that can end a content (not a space or a breaking punctuation mark)."""
    k = b - 1
    while k >= a and (doc[k].is_space or (doc[k].is_punct and not _is_quote_tok(doc[k])) or doc[k].text in DASHES):
        k -= 1
    if k > a and doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "or", "but", "nor"):
        k -= 1
        while k >= a and (doc[k].is_space or doc[k].is_punct or doc[k].text in DASHES) and not _is_quote_tok(doc[k]):
            k -= 1
    return k


def _free_bounds(doc, lo: int, hi: int) -> list[int]:
    """Token boundaries k (lo < k <= hi) inside tokens [lo, hi] that no dependency arc within the range crosses:
    [lo, k) and [k, hi] are separate pieces of the parse."""
    n = hi - lo + 2
    diff = [0] * (n + 1)
    for i in range(lo, hi + 1):
        h = doc[i].head.i
        if lo <= h <= hi and h != i:
            a, b = min(i, h), max(i, h)
            diff[a - lo + 1] += 1
            diff[b - lo + 1] -= 1
    out = []
    run = 0
    for k in range(lo + 1, hi + 1):
        run += diff[k - lo]
        if run == 0:
            out.append(k)
    return out


def candidates(d: _Doc, a: Attribution, blocked: list[Span2]) -> list[tuple[list[Span2], list[str]]]:
    """Candidate contents for `a` (the rules' own first), each with its features. `blocked`: char spans no
    candidate may cover (every attribution's cue, this one's source)."""
    doc = d.doc
    text = d.text
    spans = list(a.content)
    s0, e_first = spans[0]
    s_last, e0 = spans[-1]
    ts = d.tok_at(s0)
    te = d.tok_before(e0 - 1)
    tl = d.tok_at(s_last)
    if ts >= len(doc) or te < tl:
        return [(spans, [])]
    before_cue = e0 <= a.cue[0]
    kind = a.kind
    lex_verbs = d.lex.verbs

    cue_toks = range(d.tok_at(a.cue[0]), d.tok_before(a.cue[1] - 1) + 1)

    def where(i: int) -> str:
        if i in cue_toks:
            return "cue"
        c = doc[i].idx
        if any(x <= c < y for x, y in spans):
            return "in"
        return "out"

    def free(lo: int, hi: int) -> bool:
        return not any(x < hi and lo < y for x, y in blocked)

    # -- starts (on the first span) ----------------------------------------------------------------------
    starts: list[tuple[int, list[str]]] = [(s0, ["s=rule"])]
    first_end_tok = d.tok_before(e_first - 1)
    t0 = doc[ts]
    prev = doc[ts - 1] if ts > 0 else None
    if t0.lower_ == "that" and ts < first_end_tok:
        starts.append((doc[ts + 1].idx, ["s=-that"]))
    if prev is not None and prev.lower_ == "that" and prev.idx >= a.cue[1] and free(prev.idx, s0):
        starts.append((prev.idx, ["s=+that"]))
    if _is_quote_tok(t0) and ts < first_end_tok:
        starts.append((doc[ts + 1].idx, ["s=-q"]))
    if prev is not None and _is_quote_tok(prev) and free(prev.idx, s0):
        starts.append((prev.idx, ["s=+q"]))
    if t0.lower_ in CONNECTIVE_WORDS and ts < first_end_tok:
        starts.append((doc[ts + 1].idx, ["s=-conn"]))
    if prev is not None and prev.lower_ in CONNECTIVE_WORDS and prev.is_sent_start and free(prev.idx, s0):
        starts.append((prev.idx, ["s=+conn"]))

    # skipping a separate first piece ("the deal | as toothless", "them | \"lone wolves\"")
    n_skip = 0
    for k in _free_bounds(doc, ts, first_end_tok):
        if n_skip >= 2 or doc[k].idx >= e_first:
            break
        if doc[k].is_space or (doc[k].is_punct and not _is_quote_tok(doc[k])) or _first_word(doc, k, first_end_tok + 1) is None:
            continue
        n_skip += 1
        r = next((t for t in doc[ts:k] if not (ts <= t.head.i < k)), doc[ts])
        starts.append((doc[k].idx, [f"s=skip{n_skip}", f"s=skip|dep={r.dep_}", f"s=skip|w={_word(doc[k])}",
                                    f"s=skip|len={_bucket(k - ts)}"]))
    # the rest of the sentence before the content, when no cue or source lies there
    sstart = doc[ts].sent.start
    if sstart < ts and free(doc[sstart].idx, s0) and not before_cue:
        starts.append((doc[sstart].idx, ["s=sent", f"s=sent|len={_bucket(ts - sstart)}"]))

    # -- ends (on the last span) -------------------------------------------------------------------------
    sent = doc[te].sent
    limit = sent.end  # exclusive token bound for run-ons
    nxt = None
    if sent.end < len(doc) and not before_cue:
        nxt = doc[sent.end].sent
        if d.para[nxt.start] == d.para[te]:
            limit = nxt.end
    if before_cue:
        limit = min(limit, d.tok_at(a.cue[0]))
    ends: list[tuple[int, list[str]]] = [(e0, ["e=rule"])]
    seen = {e0}
    # cuts inside the last span: before each breaking punctuation mark
    cuts = []
    for k in range(te, tl, -1):
        if doc[k].text in BREAKS and doc[k].idx > s_last:
            j = _last_real(doc, tl, k)
            if j > tl:
                cuts.append((k, j))
    for n, (k, j) in enumerate(cuts[:4]):
        e = doc[j].idx + len(doc[j].text)
        if e in seen or e <= s_last:
            continue
        seen.add(e)
        ends.append((e, [f"e=cut{min(n + 1, 2)}", f"e=cut|w={_word(doc[k])}"] +
                     _piece_feats(d, k, te + 1, "-", lex_verbs, where)))
    # cuts before a separate last piece with no punctuation ("… as a “disgrace” | Wednesday on The … Show")
    n = 0
    for k in reversed(_free_bounds(doc, tl, te)):
        if n >= 2:
            break
        j = _last_real(doc, tl, k)
        if j <= tl:
            break
        e = doc[j].idx + len(doc[j].text)
        if e in seen or e <= s_last:
            continue
        seen.add(e)
        n += 1
        ends.append((e, [f"e=dcut{n}", f"e=dcut|w={_word(doc[k])}"] + _piece_feats(d, k, te + 1, "-", lex_verbs, where)))
    # run-ons after the span: to each later breaking mark, the sentence end, a closing quote, the next sentence
    n = 0
    k = te + 1
    while k <= limit and len(ends) < MAX_END_CANDIDATES:
        at_end = k == limit or (k < len(doc) and (doc[k].text in BREAKS or doc[k].is_sent_start
                                                   or (doc[k].is_punct and doc[k].text in ".!?")))
        if at_end:
            j = _last_real(doc, te + 1, k)
            if j > te:
                e = doc[j].idx + len(doc[j].text)
                if e not in seen and free(e0, e):
                    seen.add(e)
                    n += 1
                    crossed = any(doc[x].is_sent_start for x in range(te + 1, j + 1))
                    f = [f"e=ext{min(n, 3)}", "e=ext|sentend" if k >= sent.end - 1 and not crossed else "e=ext|mid"]
                    if crossed:
                        f.append("e=ext|nextsent")
                    if k < len(doc):
                        f.append(f"e=ext|stop={_word(doc[k])}")
                    ends.append((e, f + _piece_feats(d, te + 1, j + 1, "+", lex_verbs, where)))
            if k < len(doc) and not free(doc[k].idx, doc[k].idx + 1):
                break
        k += 1
    # a closing quote right after the end
    if te + 1 < len(doc) and _is_quote_tok(doc[te + 1]):
        e = doc[te + 1].idx + len(doc[te + 1].text)
        if e not in seen:
            seen.add(e)
            ends.append((e, ["e=+q"]))
    if _is_quote_tok(doc[te]) and te > tl:
        j = te - 1
        e = doc[j].idx + len(doc[j].text)
        if e not in seen:
            seen.add(e)
            ends.append((e, ["e=-q"]))

    # -- context features shared by every candidate ------------------------------------------------------
    ctx = [f"k={kind}", "pos=before" if before_cue else "pos=after", f"nsp={min(len(spans), 3)}"]
    q_in = sum(text.count(c, s0, e0) for c in "“”\"")
    ctx.append(f"q={min(q_in, 3)}")
    out: list[tuple[list[Span2], list[str]]] = []
    made: set[tuple[Span2, ...]] = set()
    for s, sf in starts:
        for e, ef in ends:
            if len(spans) == 1:
                if e <= s:
                    continue
                new = [(s, e)]
            else:
                first = (s, e_first)
                last = (s_last, e)
                if first[1] <= first[0] or last[1] <= last[0]:
                    continue
                new = [first] + spans[1:-1] + [last]
            if tuple(new) in made:  # the same reading reached another way: the first one stands
                continue
            made.add(tuple(new))
            feats = sf + ef + [f"{x}|{kind}" for x in (sf[0], ef[0])]
            if sf[0] != "s=rule" or ef[0] != "e=rule":
                seg = text[new[0][0]:new[-1][1]]
                nq = sum(seg.count(c) for c in "“”\"")
                feats.append("bal=even" if nq % 2 == 0 else "bal=odd")
                if seg[-1:] in QUOTE_CHARS:
                    feats.append("endq")
                if a.cue_lemma:
                    feats.append(f"lem={a.cue_lemma.lower()}|{ef[0][:5]}")
            out.append((new, ctx + feats if (sf[0] != "s=rule" or ef[0] != "e=rule") else ctx + ["rule"]))
    return out


def score(model: dict[str, Any], feats: list[str]) -> float:
    w = model["weights"]
    return sum(w.get(f, 0.0) for f in feats)


# --------------------------------------------------------------------------------------------- experiment

def _parsed(docs: list[dict], cache: str | None) -> list:
    from spacy.tokens import DocBin

    from sitrep.eval.attribution import default_nlp

    nlp = default_nlp()
    if cache and os.path.exists(cache):
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    with nlp.select_pipes(disable=["sitrep_attribution"]):
        parsed = list(nlp.pipe([d.get("text") or "" for d in docs]))
    if cache:
        db = DocBin(store_user_data=False)
        for d in parsed:
            db.add(d)
        db.to_disk(cache)
    return parsed


def groups(doc, gold_atts: list[dict], lex) -> list[tuple[Attribution, list, list[int]]]:
    """The rules' attributions in a parsed doc (not embedded ones), each with its candidates and their labels."""
    from sitrep.claims.attribution import extract
    from sitrep.eval.attribution import _Tokens, normalise

    text = doc.text
    toks = _Tokens(text)
    found = extract(doc, lex)
    atts = [a for a in found if not a.embedded]
    d = _Doc(doc, lex)
    cues = [a.cue for a in found]
    gold = [(toks.of(normalise(text, g["cue"])), normalise(text, g["content"])) for g in gold_atts]
    out = []
    for a in atts:
        cands = candidates(d, a, cues + ([a.source] if a.source else [])) if a.content else [(a.content, [])]
        pc = toks.of(normalise(text, [a.cue]))
        best = max(gold, key=lambda g: len(g[0] & pc), default=None)
        gc = best[1] if best and best[0] & pc else None
        out.append((a, cands, [int(gc is not None and normalise(text, c) == gc) for c, _ in cands]))
    return out


def _train_rows(G: dict, idx, keep):
    X, y, gid = [], [], []
    g = 0
    for i in idx:
        for _a, cands, lab in G[i]:
            if not max(lab) or len(cands) < 2:
                continue
            for (_c, f), l in zip(cands, lab):
                X.append({x: 1 for x in f if keep(x)})
                y.append(l)
                gid.append(g)
            g += 1
    return X, y, gid


def fit_logit(G: dict, idx, C: float, keep) -> dict:
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    X, y, gid = _train_rows(G, idx, keep)
    dv = DictVectorizer()
    M = dv.fit_transform(X).tocsr()
    yv = np.array(y, float)
    g = np.array(gid)
    starts = np.r_[0, np.nonzero(np.diff(g))[0] + 1]
    tgt = yv / np.add.reduceat(yv, starts)[g]
    lam = 1.0 / C

    def f(w):
        s = M @ w
        mx = np.maximum.reduceat(s, starts)
        e = np.exp(s - mx[g])
        z = np.add.reduceat(e, starts)
        logz = np.log(z) + mx
        loss = -(tgt * (s - logz[g])).sum() + 0.5 * lam * (w @ w)
        return loss, M.T @ (e / z[g] - tgt) + lam * w

    r = minimize(f, np.zeros(M.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return {"weights": {n: float(v) for n, v in zip(dv.get_feature_names_out(), r.x) if abs(v) > 1e-4}}


def fit_lr(G: dict, idx, C: float, keep) -> dict:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y, _ = _train_rows(G, idx, keep)
    dv = DictVectorizer()
    lr = LogisticRegression(C=C, max_iter=3000).fit(dv.fit_transform(X), np.array(y))
    return {"weights": {n: float(w) for n, w in zip(dv.get_feature_names_out(), lr.coef_[0]) if abs(w) > 1e-4}}


def gbm_scorer(G: dict, idx, keep):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    X, y, _ = _train_rows(G, idx, keep)
    dv = DictVectorizer()
    m = HistGradientBoostingClassifier(max_depth=3, max_iter=200, learning_rate=0.05,
                                       l2_regularization=1.0).fit(dv.fit_transform(X).toarray(), y)
    return lambda feats: [float(p) for p in m.predict_proba(dv.transform(
        [{x: 1 for x in f if keep(x)} for f in feats]).toarray())[:, 1]]


def choose(G: dict, idx, scorer, margin: float) -> tuple[dict[int, list], Counter]:
    from sitrep.eval.attribution import _as_prediction

    preds: dict[int, list] = {}
    c: Counter = Counter()
    for i in idx:
        out = []
        for a, cands, lab in G[i]:
            k = 0
            if len(cands) > 1:
                sc = scorer([f for _, f in cands])
                sc[0] += margin
                k = max(range(len(sc)), key=lambda j: sc[j])
            if k:
                c["switched"] += 1
                c["gained"] += int(bool(lab[k] and not lab[0]))
                c["lost"] += int(bool(lab[0] and not lab[k]))
            p = _as_prediction(a)
            p["content"] = [list(sp) for sp in cands[k][0]]
            out.append(p)
        preds[i] = out
    return preds, c


def _row(docs, preds, idx) -> str:
    from sitrep.eval.attribution import score_documents

    r = score_documents((docs[i].get("text") or "", docs[i].get("attributions") or [], preds[i]) for i in idx)
    return "att %.4f  source %.4f/%.4f  cue %.4f/%.4f  content %.4f/%.4f" % (
        r["attribution"]["f1"], r["source"]["exact"]["f1"], r["source"]["overlap"]["f1"], r["cue"]["exact"]["f1"],
        r["cue"]["overlap"]["f1"], r["content"]["exact"]["f1"], r["content"]["overlap"]["f1"])


def main(argv: list[str] | None = None) -> int:
    from sitrep.claims.attribution_lexicon import load_lexicon
    from sitrep.eval.attribution import read_jsonl

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--parsed", default=None, help="a DocBin of the parsed documents (written if missing)")
    ap.add_argument("--C", default="1,3", help="inverse regularisation strengths (comma-separated)")
    ap.add_argument("--margin", default="0,0.5,1", help="margins over the rules' reading (comma-separated)")
    ap.add_argument("--model", choices=("logit", "lr", "gbm"), default="logit")
    ap.add_argument("--drop", default="", help="feature prefixes to leave out (comma-separated)")
    ap.add_argument("--oracle", action="store_true", help="only the rules' and the best candidates' counts")
    args = ap.parse_args(argv)
    docs = read_jsonl(args.file)
    parsed = _parsed(docs, args.parsed)
    lex = load_lexicon()
    G = {i: groups(parsed[i], docs[i].get("attributions") or [], lex) for i in range(len(docs))}
    halves = {"even": list(range(0, len(docs), 2)), "odd": list(range(1, len(docs), 2))}
    for name, idx in halves.items():
        n = sum(len(G[i]) for i in idx)
        print(f"{name}: {n} attributions, {sum(len(g[1]) for i in idx for g in G[i])} candidates; rules exact "
              f"{sum(g[2][0] for i in idx for g in G[i])}, oracle {sum(max(g[2]) for i in idx for g in G[i])}")
    if args.oracle:
        return 0
    drop = tuple(x for x in args.drop.split(",") if x)

    def keep(x: str) -> bool:
        return not (drop and x.startswith(drop))

    rules, _ = choose(G, range(len(docs)), lambda feats: [0.0] * len(feats), 1.0)
    for name, idx in halves.items():
        print(f"rules      {name:4s} {_row(docs, rules, idx)}")
    for C in [float(x) for x in args.C.split(",")]:
        scorers = {}
        for name, other in (("even", "odd"), ("odd", "even")):
            if args.model == "gbm":
                scorers[name] = gbm_scorer(G, halves[other], keep)
            else:
                m = (fit_logit if args.model == "logit" else fit_lr)(G, halves[other], C, keep)
                scorers[name] = (lambda m: lambda feats: [score(m, f) for f in feats])(m)
        for mg in [float(x) for x in args.margin.split(",")]:
            for name, idx in halves.items():
                preds, c = choose(G, idx, scorers[name], mg)
                print(f"{args.model} C={C:g} margin={mg:g} {name:4s} switched {c['switched']:3d} gained "
                      f"{c['gained']:3d} lost {c['lost']:3d}  {_row(docs, preds, idx)}")
        if args.model == "gbm":
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
