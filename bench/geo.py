"""Geoparsing benchmark: accuracy and speed on the dev corpora, gazetteer load time and memory.

    .venv/bin/python bench/geo.py [--limit N] [--end-to-end]

Reads ../shared/data/geo/{trnews,lgl}.jsonl relative to the project root; skips what is absent.
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
        if args.end_to_end:
            out[f"{name}_end_to_end"] = evaluate(str(path), gold_spans=False, limit=args.limit)
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
