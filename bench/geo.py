"""Geoparsing benchmark: accuracy and speed on the dev corpora, gazetteer load time and memory.

    .venv/bin/python bench/geo.py [--limit N] [--end-to-end]

Reads ../shared/data/geo/{trnews,lgl}.jsonl relative to the project root; skips what is absent. Resolution speed on
gold spans is also given as a ratio to a bare gazetteer lookup of the same spans in the same run (each span's most
populous candidate), so the figure holds on a loaded machine: `{name}_speed`.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT.parent / "shared" / "data" / "geo"


def _rss_mb() -> float:
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def lookup_baseline(path: Path, limit: int | None) -> float:
    """Toponyms per second of the simplest resolver: each gold span's most populous gazetteer candidate."""
    from sitrep.eval.geo import load
    from sitrep.geo import get_gazetteer

    gaz = get_gazetteer()
    spans = [d["text"][t["start"]:t["end"]] for d in load(str(path), limit) for t in d["toponyms"]]
    start = time.perf_counter()
    for name in spans:
        max(gaz.candidates(name), key=lambda e: e.population, default=None)
    elapsed = time.perf_counter() - start
    return len(spans) / elapsed if elapsed else 0.0


def speed_against_lookup(path: Path, limit: int | None, resolved: dict) -> dict:
    """sitrep's gold-span resolution speed beside the bare lookup's, timed one after the other."""
    baseline = lookup_baseline(path, limit)
    return {"resolved_per_second": resolved["per_second"], "lookup_per_second": round(baseline, 1),
            "ratio": round(resolved["per_second"] / baseline, 4) if baseline else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    ap.add_argument("--end-to-end", action="store_true", help="also run recognition (spaCy), slower")
    args = ap.parse_args()
    out: dict = {}
    from sitrep.geo.gazetteer import Gazetteer  # imports spaCy via sitrep.geo: not part of the load

    r0 = _rss_mb()
    t = time.perf_counter()
    gaz = Gazetteer()  # kept alive so its memory is counted
    out["gazetteer_load_s"] = round(time.perf_counter() - t, 3)
    out["gazetteer_rss_mb"] = round(_rss_mb() - r0, 1)
    out["gazetteer_entries"] = len(gaz)
    from sitrep.eval.geo import evaluate

    for name in ("trnews", "lgl"):
        path = GEO / f"{name}.jsonl"
        if not path.exists():
            print(f"skip {name}: {path} absent", file=sys.stderr)
            continue
        out[f"{name}_gold_spans"] = evaluate(str(path), gold_spans=True, limit=args.limit)
        out[f"{name}_speed"] = speed_against_lookup(path, args.limit, out[f"{name}_gold_spans"])
        if args.end_to_end:
            out[f"{name}_end_to_end"] = evaluate(str(path), gold_spans=False, limit=args.limit)
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
