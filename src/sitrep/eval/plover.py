"""PLOVER gold-standard evaluation: event type and actor country on the PLOVER GSR file (PLOVER_GSR_CAMEO.txt).

The gold records carry PLOVER 0.5b1 event names. They are mapped onto PLOVER 2021 with the `legacy_events`
table of `sitrep/data/codebooks/plover.yaml`: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT, the other twelve unchanged (the 2021 draft merged or renamed exactly these). Then the
`legacy_refinements` there move the records of CAMEO codes that the 2021 table puts under another event
(recognised by the record's 0.5b1 mode or its coded eventText: destroying property and abduction are ASSAULT,
lifting a curfew RETREAT, a resignation CONCEDE, sanctions and blockades COERCE). `event_accuracy_by_name` is the
figure against the event-name-only mapping, `remapped_n` the number of records the refinement moves. The DOCUMENT
record and records without text are skipped.

Event type: the sentence (`text`) goes through `sitrep.events.typing.get_plover_typer()`, which is trained only
on the package's own snippets and the PLOVER definitions, so the figure is a held-out one. `crossval` adds the
other folds of the file to the training data instead.

Actor country: every gold source and target actor with a code is resolved from its own text (`actorText`), with
the sentence as context for mentions that carry no clue themselves ("hostage-takers"), by
`sitrep.actors.resolve_actor` when that module provides it and by `sitrep.codebooks.actor_country` otherwise.
Gold codes that are CAMEO rather than ISO (JAP, ITL, VTN) are mapped to ISO alpha-3. `actor_country` counts
actors whose gold code is a country; `actor_code` also counts the IGO/NGO/IMG pseudo-codes.

    python -m sitrep.eval.plover ../shared/data/plover/PLOVER_GSR_CAMEO.txt [--cv 5]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from typing import Any, Sequence

from sitrep import codebooks

__all__ = ["read_gsr", "evaluate", "crossval", "render", "resolve_country"]

CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR"}
PSEUDO = {"IGO", "NGO", "IMG"}


def read_gsr(path: str) -> list[dict[str, Any]]:
    """Gold records with text, each with `event2021` added."""
    with open(path, encoding="utf-8") as fh:
        records = json.load(fh)
    out = []
    for rec in records:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        rec = dict(rec)
        rec["event2021_by_name"] = codebooks.legacy_plover_event(rec["event"])
        rec["event2021"] = codebooks.legacy_plover_event(rec["event"], rec.get("mode"), rec.get("eventText"))
        out.append(rec)
    return out


def _actors(rec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(role, actorText, gold code) for each coded source/target actor."""
    out = []
    for role in ("source", "target"):
        value = rec.get(role)
        if not isinstance(value, list):
            continue
        for actor in value:
            text, code = (actor.get("actorText") or "").strip(), (actor.get("code") or "").strip().upper()
            if text and code:
                out.append((role, text, CAMEO_TO_ISO.get(code, code)))
    return out


def _resolver():
    try:  # the project's actor resolver, when present, knows more names than the codebook lookup
        from sitrep.actors import resolve_actor  # type: ignore[attr-defined]
    except Exception:
        return None
    return resolve_actor


def resolve_country(actor_text: str, sentence: str | None = None) -> str | None:
    resolver = _resolver()
    if resolver is not None:
        try:
            actor = resolver(actor_text)
        except Exception:
            actor = None
        if actor is not None and getattr(actor, "country", None):
            return actor.country
        if actor is not None and getattr(actor, "sector", None) in PSEUDO:
            return actor.sector
    pos = sentence.find(actor_text) if sentence else -1
    return codebooks.actor_country(actor_text, sentence, pos if pos >= 0 else None)


def _score_events(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    labels = sorted(set(gold) | set(pred))
    per = {}
    for lab in labels:
        tp = sum(g == lab == p for g, p in zip(gold, pred))
        fp = sum(p == lab != g for g, p in zip(gold, pred))
        fn = sum(g == lab != p for g, p in zip(gold, pred))
        prec, rec = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        per[lab] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                    "support": tp + fn}
    present = [lab for lab in labels if per[lab]["support"]]
    return {
        "n": len(gold),
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
        "macro_f1": sum(per[lab]["f1"] for lab in present) / len(present) if present else 0.0,
        "per_class": per,
        "confusions": Counter((g, p) for g, p in zip(gold, pred) if g != p).most_common(12),
    }


def _mapping_figures(records: list[dict[str, Any]], pred: Sequence[str]) -> dict[str, Any]:
    """How much the record-level refinement of the 0.5b1 -> 2021 mapping matters: the records it moves and the
    accuracy against the event-name-only mapping."""
    by_name = [r["event2021_by_name"] for r in records]
    return {
        "event_accuracy_by_name": sum(g == p for g, p in zip(by_name, pred)) / len(pred) if pred else 0.0,
        "remapped_n": sum(r["event2021"] != r["event2021_by_name"] for r in records),
    }


def _score_actors(records: list[dict[str, Any]]) -> dict[str, Any]:
    country_hits = country_n = code_hits = code_n = 0
    misses = []
    for rec in records:
        for role, text, gold in _actors(rec):
            pred = resolve_country(text, rec["text"])
            hit = pred == gold
            code_n += 1
            code_hits += hit
            if gold not in PSEUDO and len(gold) == 3:
                country_n += 1
                country_hits += hit
            if not hit:
                misses.append({"id": rec["id"], "role": role, "text": text, "gold": gold, "pred": pred})
    return {
        "actor_country": country_hits / country_n if country_n else 0.0, "actor_country_n": country_n,
        "actor_code": code_hits / code_n if code_n else 0.0, "actor_code_n": code_n,
        "actor_misses": misses,
    }


def evaluate(path: str, typer=None) -> dict[str, Any]:
    """Event-type accuracy (held out: the typer never saw the file) and actor-country accuracy."""
    from sitrep.events.typing import get_plover_typer

    records = read_gsr(path)
    typer = typer or get_plover_typer()
    t0 = time.perf_counter()
    preds = typer.predict([r["text"] for r in records])
    seconds = time.perf_counter() - t0
    result = _score_events([r["event2021"] for r in records], [p.label for p in preds])
    result.update(_mapping_figures(records, [p.label for p in preds]))
    result.update(_score_actors(records))
    result.update({"path": path, "mode": "held-out", "event_accuracy": result["accuracy"],
                   "per_second": len(records) / seconds if seconds else float("inf")})
    return result


def crossval(path: str, folds: int = 5, seed: int = 13) -> dict[str, Any]:
    """Event typing with k-fold cross-validation: each fold predicted by a typer trained on the package's data
    plus the other folds. Actor figures are the same as in `evaluate` (the lookup is not trained)."""
    from sitrep.eval.types import _folds
    from sitrep.events.typing import train

    records = read_gsr(path)
    gold = [r["event2021"] for r in records]
    fold = _folds(gold, folds, seed)
    pred: list[str] = [""] * len(records)
    for f in range(folds):
        tr = [i for i in range(len(records)) if fold[i] != f]
        te = [i for i in range(len(records)) if fold[i] == f]
        typer = train("plover", [records[i]["text"] for i in tr], [gold[i] for i in tr])
        for i, p in zip(te, typer.predict([records[i]["text"] for i in te])):
            pred[i] = p.label
    result = _score_events(gold, pred)
    result.update(_mapping_figures(records, pred))
    result.update(_score_actors(records))
    result.update({"path": path, "mode": f"{folds}-fold cross-validation", "event_accuracy": result["accuracy"],
                   "per_second": float("nan")})
    return result


def render(result: dict[str, Any], console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    head = Table(title=f"PLOVER GSR — {result.get('mode', '')} — {result.get('path', '')}")
    for col in ("measure", "n", "value"):
        head.add_column(col, justify="left" if col == "measure" else "right")
    head.add_row("event type accuracy (PLOVER 2021)", str(result["n"]), f"{result['event_accuracy']:.3f}")
    if "event_accuracy_by_name" in result:
        head.add_row(f"  … gold mapped by event name only ({result['remapped_n']} records differ)", str(result["n"]),
                     f"{result['event_accuracy_by_name']:.3f}")
    head.add_row("event type macro F1", str(result["n"]), f"{result['macro_f1']:.3f}")
    head.add_row("actor country accuracy", str(result["actor_country_n"]), f"{result['actor_country']:.3f}")
    head.add_row("actor code accuracy (with IGO/NGO/IMG)", str(result["actor_code_n"]), f"{result['actor_code']:.3f}")
    console.print(head)
    from .types import render_per_class

    render_per_class(result, console, "Event types", "event")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.eval.plover")
    parser.add_argument("path", help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="k-fold cross-validation for event typing")
    parser.add_argument("--misses", action="store_true", help="list actor mentions resolved wrongly")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = crossval(args.path, args.cv) if args.cv else evaluate(args.path)
    if args.json:
        print(json.dumps(result, indent=1, default=str))
        return 0
    render(result)
    if args.misses:
        for m in result["actor_misses"]:
            print(f"{m['id']}\t{m['role']}\t{m['text']!r}\tgold={m['gold']}\tpred={m['pred']}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
