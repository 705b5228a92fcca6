"""Throughput: sitrep's full pipeline against bare spaCy `nlp.pipe` on the same texts, in one run.

    .venv/bin/python bench/throughput.py [--limit N] [--batch-size 16] [--json]

Texts: ../shared/data/geo/trnews.jsonl + lgl.jsonl (706 articles). Throughput is measured in one process that
alternates batches between bare spaCy (the same model with sitrep's components disabled) and the full sitrep
pipeline, so both see the same machine load; peak RSS is measured in two separate processes, one each.
Reports articles/s for both, their ratio, peak RSS and the cold start of `sitrep extract` (process start to
first JSON on stdout).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "data" / "geo" / name for name in ("trnews.jsonl", "lgl.jsonl")]


def load_texts(limit: int | None) -> list[str]:
    texts = []
    for path in CORPORA:
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def interleaved(limit: int | None, batch_size: int) -> dict:
    """Alternate batches of bare spaCy and sitrep on the same texts; returns articles/s for each."""
    from sitrep.model import Document
    from sitrep.pipeline import build_nlp, extract

    texts = load_texts(limit)
    nlp = build_nlp()
    sitrep_pipes = [p for p in nlp.pipe_names if p.startswith("sitrep_")]
    list(extract([Document(text=texts[0], published="2016-01-01")], nlp=nlp))  # warm caches
    spent = {"spacy": 0.0, "sitrep": 0.0}
    for i in range(0, len(texts), batch_size):
        chunk = texts[i:i + batch_size]
        order = ("spacy", "sitrep") if (i // batch_size) % 2 == 0 else ("sitrep", "spacy")
        for kind in order:
            start = time.perf_counter()
            if kind == "spacy":
                with nlp.select_pipes(disable=sitrep_pipes):
                    for _ in nlp.pipe(chunk, batch_size=batch_size):
                        pass
            else:
                for _ in extract([Document(text=t, published="2016-01-01") for t in chunk], nlp=nlp,
                                 batch_size=batch_size):
                    pass
            spent[kind] += time.perf_counter() - start
    return {k: len(texts) / v for k, v in spent.items()}


def worker(kind: str, limit: int | None, batch_size: int) -> None:
    texts = load_texts(limit)
    if kind == "spacy":
        from sitrep.pipeline import load_model

        nlp = load_model()  # the same model choice as sitrep's own pipeline
        start = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    else:
        from sitrep.model import Document
        from sitrep.pipeline import build_nlp, extract

        nlp = build_nlp()
        docs = [Document(text=t, published="2016-01-01") for t in texts]
        start = time.perf_counter()
        n = sum(1 for _ in extract(docs, nlp=nlp, batch_size=batch_size))
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"kind": kind, "articles": n, "seconds": seconds, "per_second": n / seconds, "peak_rss_mb": rss_mb}))


def cold_start() -> float:
    seed = ROOT / "data" / "samples" / "azernews-2022-09-13.txt"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "extract", str(seed), "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.read(1)
    elapsed = time.perf_counter() - start
    proc.communicate()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", choices=["spacy", "sitrep"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.limit, args.batch_size)
        return
    if not all(p.exists() for p in CORPORA):
        sys.exit("bench: ../shared/data/geo is not present")
    results = {}
    rates = interleaved(args.limit, args.batch_size)
    for kind in ("spacy", "sitrep"):
        cmd = [sys.executable, __file__, "--worker", kind, "--batch-size", str(args.batch_size)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        results[kind] = json.loads(out.strip().splitlines()[-1])
    summary = {
        "articles": results["sitrep"]["articles"],
        "spacy_per_second": round(rates["spacy"], 2),
        "sitrep_per_second": round(rates["sitrep"], 2),
        "ratio": round(rates["sitrep"] / rates["spacy"], 3),
        "separate_runs_ratio": round(results["sitrep"]["per_second"] / results["spacy"]["per_second"], 3),
        "spacy_peak_rss_mb": round(results["spacy"]["peak_rss_mb"]),
        "sitrep_peak_rss_mb": round(results["sitrep"]["peak_rss_mb"]),
        "cold_start_seconds": round(cold_start(), 2),
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"throughput on {summary['articles']} TR-News + LGL articles")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for k, v in summary.items():
        table.add_row(k, str(v))
    Console().print(table)


if __name__ == "__main__":
    main()
