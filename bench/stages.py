"""Per-component time of the sitrep pipeline, and the attribution + claims stage's share of it.

    .venv/bin/python bench/stages.py [--limit N] [--generated N] [--batch-size 16] [--repeat R] [--json]

Texts: the first N TR-News + LGL articles (../shared/data/geo, default all 706), or `--generated N` articles
from bench/corpus_gen.py (written to /tmp, conflict articles only, so every component has work to do).
The pipeline is the one `sitrep extract` runs (`sitrep.pipeline.build_nlp`); this script drives its
components one at a time over each batch (each through its own `.pipe` where it has one, as `nlp.pipe`
does) and times each, plus document preparation (`_prepare`) and the Record build (`to_record`). All
components see the same machine load within one run, so the shares are the robust figure.

Prints seconds per article for every component, each one's share of the whole pipeline's time, and
`claims_stage_share`: (sitrep_attribution + sitrep_claims) / whole pipeline (the issue's goal is <= 30 %),
also as a share of bare spaCy's time (the model's own components). Exit status 0 when the share is <= 30 %.
"""
from __future__ import annotations

import os
import sys

# keep bench/ off the import path: its script names must never shadow the standard library
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.getcwd()) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "data" / "geo" / name for name in ("trnews.jsonl", "lgl.jsonl")]
CLAIMS_STAGE = ("sitrep_attribution", "sitrep_claims")
GOAL = 0.30


def load_documents(limit: int | None, generated: int | None):
    from sitrep.model import Document

    rows: list[dict] = []
    if generated:
        sys.path.insert(0, _HERE)
        try:
            import corpus_gen
        finally:
            sys.path.remove(_HERE)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "gen.jsonl"
            corpus_gen.generate(generated, out, conflict_share=1.0)
            with open(out, encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh if line.strip()]
    else:
        for path in CORPORA:
            with open(path, encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
        rows = rows[:limit] if limit else rows
    return [Document(text=r["text"], id=str(r.get("id") or i), published=r.get("published") or "2016-01-01",
                     outlet=r.get("outlet")) for i, r in enumerate(rows)]


def time_components(documents, batch_size: int = 16, repeat: int = 1) -> dict:
    """Seconds spent in each step of the pipeline over all documents (summed over `repeat` passes)."""
    from sitrep.pipeline import _prepare, build_nlp, to_record

    nlp = build_nlp()
    steps = ["prepare", *nlp.pipe_names, "to_record"]
    spent = dict.fromkeys(steps, 0.0)
    # warm-up: lexicons, gazetteer and caches load on first use, outside the timed runs
    for doc in nlp.pipe([_prepare(nlp, d) for d in documents[:2]]):
        pass
    for _ in range(max(1, repeat)):
        for i in range(0, len(documents), batch_size):
            batch = documents[i:i + batch_size]
            t0 = time.perf_counter()
            docs = [_prepare(nlp, d) for d in batch]
            spent["prepare"] += time.perf_counter() - t0
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                if hasattr(proc, "pipe"):
                    docs = list(proc.pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(d) for d in docs]
                spent[name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            for document, doc in zip(batch, docs):
                to_record(document, doc)
            spent["to_record"] += time.perf_counter() - t0
    return spent


def summarise(spent: dict, n_articles: int) -> dict:
    total = sum(spent.values())
    spacy_names = [k for k in spent if k not in ("prepare", "to_record") and not k.startswith("sitrep_")]
    spacy_total = sum(spent[k] for k in spacy_names)
    claims = sum(spent.get(k, 0.0) for k in CLAIMS_STAGE)
    return {
        "articles": n_articles,
        "components": {k: {"ms_per_article": round(1000 * v / n_articles, 3), "share": round(v / total, 4)}
                       for k, v in spent.items()},
        "pipeline_ms_per_article": round(1000 * total / n_articles, 3),
        "spacy_ms_per_article": round(1000 * spacy_total / n_articles, 3),
        "sitrep_ms_per_article": round(1000 * (total - spacy_total) / n_articles, 3),
        "claims_stage": list(CLAIMS_STAGE),
        "claims_stage_ms_per_article": round(1000 * claims / n_articles, 3),
        "claims_stage_share": round(claims / total, 4),
        "claims_stage_share_of_spacy": round(claims / spacy_total, 4) if spacy_total else None,
        "goal_share": GOAL,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N TR-News + LGL articles")
    ap.add_argument("--generated", type=int, default=None, metavar="N", help="N generated conflict articles instead")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.generated and not all(p.exists() for p in CORPORA):
        print("bench: ../shared/data/geo is not present; use --generated N", file=sys.stderr)
        return 2
    documents = load_documents(args.limit, args.generated)
    if not documents:
        print("no input texts", file=sys.stderr)
        return 2
    spent = time_components(documents, args.batch_size, args.repeat)
    summary = summarise(spent, len(documents) * max(1, args.repeat))
    summary["corpus"] = f"generated:{args.generated}" if args.generated else "trnews+lgl"
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{summary['articles']} articles ({summary['corpus']}), "
              f"{summary['pipeline_ms_per_article']:.1f} ms/article for the whole pipeline")
        for name, row in summary["components"].items():
            print(f"  {name:20} {row['ms_per_article']:8.2f} ms/article  {100 * row['share']:5.1f} %")
        print(f"attribution + claims: {summary['claims_stage_ms_per_article']:.2f} ms/article, "
              f"{100 * summary['claims_stage_share']:.1f} % of the pipeline "
              f"({100 * summary['claims_stage_share_of_spacy']:.1f} % of spaCy's own time); goal <= 30 %")
    return 0 if summary["claims_stage_share"] <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
