"""Geoparsing evaluation on the geo JSONL format (see shared/README.md).

    python -m sitrep.eval.geo FILE.jsonl [--gold-spans] [--limit N] [--format json]

With gold spans every gold toponym is resolved in its document context (``resolve_spans``);
without, the full pipeline recognises and resolves (``geoparse``), recognition is scored on exact
spans and resolution on the recognised gold toponyms. Demonyms/adjectives ("Turkish") count as
toponyms, as the corpora annotate them.

Scores: acc161 (share within 161 km), exact_id (over gold toponyms with a GeoNames id), mean/median
error in km, AUC of the log error curve (Gritta et al. 2019, lower is better), misses (gold toponyms
with no resolution), per_second (toponyms resolved per second; end to end: per second of pipeline).
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

MAX_KM = 20039.0  # half the Earth's circumference: the error of a missing answer


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def auc_of_errors(errors: list[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (Gritta et al. 2019)."""
    if not errors:
        return 0.0
    ys = sorted(math.log(e + 1) for e in errors)
    if len(ys) == 1:
        return ys[0] / math.log(MAX_KM)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1)) / (len(ys) - 1)
    return area / math.log(MAX_KM)


def load(path: str, limit: int | None = None) -> list[dict[str, Any]]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
                if limit is not None and len(docs) >= limit:
                    break
    return docs


def _score(pairs: list[tuple[dict, Any]]) -> dict[str, Any]:
    errors, id_hits, id_total, misses = [], 0, 0, 0
    for gold, pred in pairs:
        if pred is None or pred.lat is None:
            err = MAX_KM
            misses += 1
        else:
            err = _haversine(gold["lat"], gold["lon"], pred.lat, pred.lon)
        errors.append(err)
        if gold.get("geonameid") is not None:
            id_total += 1
            if pred is not None and pred.geonameid == gold["geonameid"]:
                id_hits += 1
    n = len(errors)
    return {
        "n": n,
        "acc161": round(sum(e <= 161 for e in errors) / n, 4) if n else 0.0,
        "exact_id": round(id_hits / id_total, 4) if id_total else 0.0,
        "mean_km": round(statistics.fmean(errors), 1) if n else 0.0,
        "median_km": round(statistics.median(errors), 1) if n else 0.0,
        "auc": round(auc_of_errors(errors), 4),
        "misses": misses,
    }


def evaluate(path: str, gold_spans: bool, limit: int | None = None) -> dict[str, Any]:
    from sitrep.geo import geoparse, get_gazetteer, resolve_spans

    docs = load(path, limit)
    get_gazetteer()  # load outside the timed part
    pairs: list[tuple[dict, Any]] = []
    if gold_spans:
        t0 = time.perf_counter()
        for d in docs:
            tops = d["toponyms"]
            places = resolve_spans(d["text"], [(t["start"], t["end"]) for t in tops])
            by_start = {p.start: p for p in places}
            for t in tops:
                pairs.append((t, by_start.get(t["start"])))
        elapsed = time.perf_counter() - t0
        out = _score(pairs)
        out["per_second"] = round(len(pairs) / elapsed, 1) if elapsed else 0.0
    else:
        from sitrep.geo import load_pipeline

        load_pipeline()
        t0 = time.perf_counter()
        predicted = geoparse([d["text"] for d in docs], include_demonyms=True)
        elapsed = time.perf_counter() - t0
        tp = fp = fn = 0
        n_gold = 0
        for d, places in zip(docs, predicted):
            gold = {(t["start"], t["end"]): t for t in d["toponyms"]}
            pred = {(p.start, p.end): p for p in places}
            n_gold += len(gold)
            for span, t in gold.items():
                if span in pred:
                    tp += 1
                    pairs.append((t, pred[span]))
                else:
                    fn += 1
            fp += sum(1 for span in pred if span not in gold)
        out = _score(pairs)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out["recognition"] = {"precision": round(p, 4), "recall": round(r, 4),
                              "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
        out["gold_toponyms"] = n_gold
        out["misses"] = fn
        out["per_second"] = round(n_gold / elapsed, 1) if elapsed else 0.0
        out["docs_per_second"] = round(len(docs) / elapsed, 2) if elapsed else 0.0
    out["file"] = str(path)
    out["gold_spans"] = gold_spans
    out["documents"] = len(docs)
    return out


def render(result: dict[str, Any], console) -> None:
    from rich.table import Table

    mode = "gold spans" if result.get("gold_spans") else "end to end"
    table = Table(title=f"geo eval: {Path(str(result.get('file', ''))).name} ({mode})")
    table.add_column("metric")
    table.add_column("value", justify="right")
    rows = [("documents", result.get("documents")), ("toponyms scored", result.get("n")),
            ("acc@161km", result.get("acc161")), ("exact GeoNames id", result.get("exact_id")),
            ("mean error km", result.get("mean_km")), ("median error km", result.get("median_km")),
            ("AUC (lower is better)", result.get("auc")), ("misses", result.get("misses")),
            ("toponyms / s", result.get("per_second"))]
    rec = result.get("recognition")
    if rec:
        rows += [("recognition precision", rec["precision"]), ("recognition recall", rec["recall"]),
                 ("recognition F1", rec["f1"])]
    for k, v in rows:
        if v is not None:
            table.add_row(k, str(v))
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate geoparsing on a geo JSONL file")
    ap.add_argument("file")
    ap.add_argument("--gold-spans", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--format", choices=["table", "json"], default="table")
    args = ap.parse_args(argv)
    res = evaluate(args.file, args.gold_spans, args.limit)
    if args.format == "json":
        json.dump(res, sys.stdout, indent=2)
        print()
    else:
        from rich.console import Console

        render(res, Console())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
