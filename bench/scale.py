"""Scale benchmark: sitrep ingest (stream → pre-filter → engine → DuckDB) against bare spaCy `nlp.pipe`.

    .venv/bin/python bench/scale.py [--n 100000] [--mixed-n N] [--dev-limit N] [--repeat 2] [--no-ray] [--json]
    .venv/bin/python bench/scale.py --long-run DIR --mixed-n 100000 --workers 2 [--rss-csv DIR/rss.csv]

--long-run DIR: one unattended `sitrep ingest` of the mixed feed (or --corpora gen: the generated corpus) into
DIR/ingest.duckdb, pre-filter on, --workers N, its progress logged to DIR/ingest.log, and the resident memory
of every process of the run (the main process, each worker) sampled every --rss-every seconds into a CSV
(t_s, docs, pid, role, rss_mb, hwm_mb). At the end: wall time, articles/s, and per process at 1k / 10k / 50k /
100k documents both the peak RSS so far (VmHWM) and the median current RSS (VmRSS) since the previous mark, with
their growth from 1k to the end (the goal: within 10 %), into DIR/summary.json (see `rss_summary`).
$SITREP_BATCH_CHARS, if set, reaches the ingest (0: batches by count only, as before the character budget).

Corpora:
  dev    ../shared/data/geo/trnews.jsonl + lgl.jsonl (706 real articles)
  gen    --n articles from bench/corpus_gen.py (half about conflict), written to /tmp
  mixed  --mixed-n articles from the generator with 15% about conflict: a realistic feed, for the pre-filter

Every configuration runs in its own process (so peak RSS is its own) and, with --repeat R, R times, keeping the
fastest run (the least disturbed by other load on the machine); sitrep and spaCy run back to back so their
ratio compares like with like. Configurations: bare spaCy with n_process 1 and 2; sitrep with 1 and 2 local
workers, with 2 Ray workers; on the mixed feed also without the pre-filter. sitrep's time is a real ingest
into a fresh DuckDB file (reading, pre-filter, extraction, writes); model loading is timed separately.
`time_100k_s` is measured when --n is 100000, else extrapolated as model load + 100000 / rate (stated).
Pre-filter figures: recall on the CASE 2021 dev snippets (all event reports), on the hand-written texts in
sitrep/data/prefilter/heldout.jsonl, on the generator's conflict labels, and against the documents in which
the full pipeline finds at least one event.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEV = [SHARED / "geo" / "trnews.jsonl", SHARED / "geo" / "lgl.jsonl"]
sys.path.insert(0, str(ROOT / "bench"))


# --- worker mode: one measurement in this process -------------------------------------------------------------
def _documents(paths: list[str], limit: int | None):
    from sitrep.errors import InputError
    from sitrep.ingest.stream import stream

    docs = []
    for item in stream(paths):
        if isinstance(item, InputError):
            continue
        docs.append(item)
        if limit and len(docs) >= limit:
            break
    return docs


def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_spacy(spec: dict) -> dict:
    from sitrep.pipeline import load_model

    texts = [d.text for d in _documents(spec["corpus"], spec.get("limit"))]
    t0 = time.perf_counter()
    nlp = load_model()  # the same model choice as sitrep's own pipeline
    load = time.perf_counter() - t0
    list(nlp.pipe(texts[:4]))
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=spec["batch_size"], n_process=spec["workers"]))
    seconds = time.perf_counter() - start
    workers = [_rss_mb(resource.RUSAGE_CHILDREN)] if spec["workers"] > 1 else [_rss_mb()]
    return {"articles": n, "seconds": seconds, "per_second": n / seconds, "model_load_s": load,
            "peak_rss_mb_per_worker": max(workers), "main_rss_mb": _rss_mb()}


def run_sitrep(spec: dict) -> dict:
    from sitrep.scale import StoreSink, get_engine, get_prefilter, run
    from sitrep.scale.prefilter import get_prefilter as prefilter_of
    from sitrep.store import Store

    docs = _documents(spec["corpus"], spec.get("limit"))
    tmp = tempfile.mkdtemp(prefix="sitrep-bench-")
    db = os.path.join(tmp, "bench.duckdb")
    engine = get_engine(spec["engine"], workers=spec["workers"])
    t0 = time.perf_counter()
    engine.start()
    # warm every worker on a throwaway batch (first-call costs: lazy imports, the typer, caches)
    for _ in engine.map([docs[i:i + 2] for i in range(0, 2 * engine.workers, 2)]):
        pass
    load = time.perf_counter() - t0
    engine.stats.clear()
    try:
        with Store(db) as store:
            sink = StoreSink(store)
            stats = run(iter(docs), engine=engine, sink=sink, prefilter=get_prefilter() if spec["prefilter"] else None,
                        batch_size=spec["batch_size"])
            with_events = {h for (h,) in store.con.execute(
                "SELECT hash FROM documents d WHERE EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)").fetchall()}
            events = store.counts()["events"]
    finally:
        engine.close()
    out = {"articles": len(docs), "seconds": stats.seconds, "per_second": len(docs) / stats.seconds,
           "model_load_s": load, "prefiltered": stats.prefiltered, "extracted": stats.extracted, "events": events,
           "peak_rss_mb_per_worker": max((w["peak_rss_mb"] for w in stats.workers.values()), default=_rss_mb()),
           "main_rss_mb": _rss_mb(), "worker_rss_mb": [round(w["peak_rss_mb"]) for w in stats.workers.values()]}
    if not spec["prefilter"]:  # how many of the documents with events would the pre-filter have kept?
        p = prefilter_of()
        hit = [d for d in docs if d.hash in with_events]
        out["docs_with_events"] = len(hit)
        out["prefilter_kept_of_docs_with_events"] = sum(p(d) for d in hit)
    return out


# --- long run: one real ingest, its memory sampled per process ---------------------------------------------------
def _proc_tree(root: int) -> list[int]:
    """root and its descendants, from /proc (no psutil needed)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode(errors="replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def _proc_mem(pid: int) -> tuple[float, float, str] | None:
    """(VmRSS MB, VmHWM MB, role) of a live process."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            status = dict(line.split(":", 1) for line in fh if ":" in line)
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    if "VmRSS" not in status:
        return None
    role = ("tracker" if "resource_tracker" in cmd else "worker" if "multiprocessing" in cmd or "spawn_main" in cmd
            else "main")
    return int(status["VmRSS"].split()[0]) / 1024, int(status.get("VmHWM", "0 kB").split()[0]) / 1024, role


_PROGRESS = "sitrep: progress: "


def _docs_done(log: Path) -> int:
    """Input items done, from the last progress line of the ingest's log."""
    try:
        with open(log, "rb") as fh:
            fh.seek(max(0, fh.seek(0, 2) - 4096))
            tail = fh.read().decode(errors="replace")
    except OSError:
        return 0
    lines = [line for line in tail.splitlines() if line.startswith(_PROGRESS)]
    return int(lines[-1][len(_PROGRESS):].split()[0]) if lines else 0


def sample_rss(root: int, csv_path: Path, log: Path, every: float, started: float) -> list[dict]:
    """Sample the process tree of `root` until it exits; rows also go to `csv_path` as they come."""
    rows = []
    with open(csv_path, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["t_s", "docs", "pid", "role", "rss_mb", "hwm_mb"])
        while True:
            try:
                done, _ = os.waitpid(root, os.WNOHANG)
            except ChildProcessError:
                done = root
            if done == root:
                break
            t, docs = round(time.time() - started, 1), _docs_done(log)
            for pid in _proc_tree(root):
                mem = _proc_mem(pid)
                if mem is None:
                    continue
                row = {"t_s": t, "docs": docs, "pid": pid, "role": mem[2], "rss_mb": round(mem[0], 1),
                       "hwm_mb": round(mem[1], 1)}
                rows.append(row)
                out.writerow(row.values())
            fh.flush()
            time.sleep(every)
    return rows


def rss_summary(rows: list[dict], marks=(1_000, 10_000, 50_000, 100_000)) -> dict:
    """Per process (main, workers), two measures at each mark of documents done, and their growth from the first
    mark to the end:

    * `peak_rss_mb_at_docs`: the peak (VmHWM, the kernel's own high-water mark, so nothing between samples is
      missed) up to the last sample whose logged count is at most the mark. The count comes from the progress
      log, so it lags by up to --log-every documents: the "1000" peak can include work up to 1000 + log_every.
    * `rss_mb_at_docs`: the median current RSS (VmRSS) of the samples logged after the previous mark and up to
      this one: what the process typically holds at that stage of the run, which the peak, set by the largest
      transient so far, is not."""
    by_proc: dict[str, list[dict]] = {}
    for row in rows:
        if row["role"] != "tracker":
            by_proc.setdefault(f"{row['role']} {row['pid']}", []).append(row)
    out = {}
    last = max((r["docs"] for r in rows), default=0)
    for name, samples in sorted(by_proc.items()):
        peaks, current = {}, {}
        prev = 0
        for m in [m for m in marks if m < last] + [last]:
            upto = [r.get("hwm_mb") or r["rss_mb"] for r in samples if r["docs"] <= m]
            if upto:
                peaks[str(m)] = round(max(upto))
            window = sorted(r["rss_mb"] for r in samples if prev < r["docs"] <= m)
            if window:
                current[str(m)] = round(window[len(window) // 2])
            prev = m
        out[name] = {"peak_rss_mb_at_docs": peaks, "growth_from_1k": _growth(peaks, marks[0], last),
                     "rss_mb_at_docs": current, "rss_growth_from_1k": _growth(current, marks[0], last)}
    return out


def _growth(values: dict, first: int, last: int) -> float | None:
    a, b = values.get(str(first)), values.get(str(last))
    return round(b / a - 1, 3) if a and b else None


def long_run(args) -> None:
    from corpus_gen import generate

    folder = Path(args.long_run)
    folder.mkdir(parents=True, exist_ok=True)
    n = args.mixed_n or args.n
    gen = "gen" in args.corpora and "mixed" not in args.corpora
    corpus = Path(tempfile.gettempdir()) / f"sitrep-scale-{'gen' if gen else 'mixed'}-{n}.jsonl"
    if not corpus.exists():
        generate(n, corpus, conflict_share=0.5 if gen else 0.15, seed=13 if gen else 29)
    db, log = folder / "ingest.duckdb", folder / "ingest.log"
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)
    sitrep = [str(Path(sys.executable).with_name("sitrep"))]
    cmd = sitrep + ["ingest", str(corpus), "--db", str(db), "--workers", str(args.workers), "--no-merge",
                    "--log-every", str(args.log_every), "--batch-size", str(args.batch_size)]
    started = time.time()
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=fh, cwd=ROOT)
    print(f"bench: long run pid {proc.pid}: {' '.join(cmd)}", file=sys.stderr, flush=True)
    rows = sample_rss(proc.pid, Path(args.rss_csv or folder / "rss.csv"), log, args.rss_every, started)
    wall = time.time() - started
    docs = _docs_done(log)
    # the rate once every worker has its model loaded: from the first 1,000 documents done to the end
    marks = sorted({(r["docs"], r["t_s"]) for r in rows if r["docs"] >= 1000})
    steady = (round((marks[-1][0] - marks[0][0]) / (marks[-1][1] - marks[0][1]), 2)
              if len(marks) > 1 and marks[-1][1] > marks[0][1] else None)
    try:
        from sitrep.scale.run import batch_chars_default

        batch_chars = batch_chars_default()
    except ImportError:  # a sitrep from before the character budget
        batch_chars = None
    summary = {"command": " ".join(cmd), "corpus": str(corpus), "articles": n, "workers": args.workers,
               "batch_size": args.batch_size, "batch_chars": batch_chars,
               "wall_s": round(wall, 1), "articles_per_s": round(n / wall, 2), "steady_articles_per_s": steady,
               "time_250k_h_extrapolated": round(250_000 / (n / wall) / 3600, 2),
               "docs_logged": docs, "rss": rss_summary(rows), "log_tail": log.read_text().splitlines()[-3:],
               "load_average_at_end": os.getloadavg()[0]}
    (folder / "summary.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))


# --- driver -----------------------------------------------------------------------------------------------------
def measure(spec: dict, repeat: int) -> dict:
    best = None
    for _ in range(repeat):
        cmd = [sys.executable, __file__, "--worker", json.dumps(spec)]
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if res.returncode != 0:
            return {"error": (res.stderr.strip().splitlines() or ["?"])[-1]}
        result = json.loads(res.stdout.strip().splitlines()[-1])
        if best is None or result["per_second"] > best["per_second"]:
            best = result
    return best


def prefilter_figures(gen_labels: dict | None) -> dict:
    from sitrep.scale.prefilter import get_prefilter

    p = get_prefilter()
    out = {}
    case = SHARED / "case2021" / "dev.tsv"
    if case.exists():
        csv.field_size_limit(10 ** 8)
        with open(case, encoding="utf-8") as fh:
            snippets = [r["EventSnippet"] for r in csv.DictReader(fh, delimiter="\t")]
        out["case2021_dev_recall"] = round(sum(p.relevant(s) for s in snippets) / len(snippets), 4)
        out["case2021_dev_snippets"] = len(snippets)
    items = [json.loads(line) for line in (ROOT / "src/sitrep/data/prefilter/heldout.jsonl").read_text().splitlines()
             if line.strip()]
    conflict = [i for i in items if i["conflict"]]
    other = [i for i in items if not i["conflict"]]
    out["written_recall"] = f"{sum(p.relevant(i['text']) for i in conflict)}/{len(conflict)}"
    out["written_non_conflict_dropped"] = f"{sum(not p.relevant(i['text']) for i in other)}/{len(other)}"
    if gen_labels:
        out.update(gen_labels)
    texts = [json.loads(line)["text"] for path in DEV if path.exists() for line in open(path, encoding="utf-8")]
    start = time.perf_counter()
    kept = sum(p.relevant(t) for t in texts)
    out["dev_kept"] = f"{kept}/{len(texts)}"
    out["prefilter_articles_per_s"] = round(len(texts) / (time.perf_counter() - start))
    return out


def label_recall(path: str) -> dict:
    from sitrep.scale.prefilter import get_prefilter

    p = get_prefilter()
    tp = fn = fp = tn = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            kept = p.relevant(item["text"])
            if item["conflict"]:
                tp, fn = tp + kept, fn + (not kept)
            else:
                fp, tn = fp + kept, tn + (not kept)
    return {"mixed_recall_on_generator_labels": round(tp / max(1, tp + fn), 4),
            "mixed_non_conflict_dropped": round(tn / max(1, tn + fp), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="size of the generated corpus")
    ap.add_argument("--mixed-n", type=int, default=None, help="size of the mixed feed (default: --n)")
    ap.add_argument("--dev-limit", type=int, default=None, help="only the first N dev articles")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--corpora", default="dev,gen,mixed")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--long-run", metavar="DIR", help="one sitrep ingest of the whole corpus, memory sampled")
    ap.add_argument("--workers", type=int, default=2, help="--long-run: worker processes")
    ap.add_argument("--rss-csv", help="--long-run: the per-process RSS samples (default DIR/rss.csv)")
    ap.add_argument("--rss-every", type=float, default=10.0, help="--long-run: seconds between samples")
    ap.add_argument("--log-every", type=int, default=500, help="--long-run: progress line every N items")
    args = ap.parse_args()
    if args.long_run:
        long_run(args)
        return
    if args.worker:
        spec = json.loads(args.worker)
        print(json.dumps(run_spacy(spec) if spec["kind"] == "spacy" else run_sitrep(spec)))
        return

    from corpus_gen import generate

    tmp = Path(tempfile.gettempdir())
    corpora = {}
    if "dev" in args.corpora and all(p.exists() for p in DEV):
        corpora["dev"] = ([str(p) for p in DEV], args.dev_limit)
    if "gen" in args.corpora:
        gen = tmp / f"sitrep-scale-gen-{args.n}.jsonl"
        if not gen.exists():
            generate(args.n, gen, conflict_share=0.5, seed=13)
        corpora["gen"] = ([str(gen)], None)
    mixed_n = args.mixed_n or args.n
    mixed = tmp / f"sitrep-scale-mixed-{mixed_n}.jsonl"
    if "mixed" in args.corpora:
        if not mixed.exists():
            generate(mixed_n, mixed, conflict_share=0.15, seed=29)
        corpora["mixed"] = ([str(mixed)], None)

    configs = [("spaCy nlp.pipe", {"kind": "spacy", "workers": 1}),
               ("sitrep 1 worker", {"kind": "sitrep", "engine": "local", "workers": 1, "prefilter": True}),
               ("spaCy nlp.pipe n_process=2", {"kind": "spacy", "workers": 2}),
               ("sitrep 2 workers", {"kind": "sitrep", "engine": "local", "workers": 2, "prefilter": True})]
    if not args.no_ray:
        configs.append(("sitrep Ray, 2 workers", {"kind": "sitrep", "engine": "ray", "workers": 2, "prefilter": True}))
    rows = []
    for corpus, (paths, limit) in corpora.items():
        # the full pipeline on every article (the goal's "≥ 0.6× bare spaCy"), and with the pre-filter on
        todo = list(configs) + [
            ("sitrep 1 worker, no pre-filter", {"kind": "sitrep", "engine": "local", "workers": 1, "prefilter": False}),
            ("sitrep 2 workers, no pre-filter", {"kind": "sitrep", "engine": "local", "workers": 2, "prefilter": False})]
        results = {}
        for label, spec in todo:
            spec = dict(spec, corpus=paths, limit=limit, batch_size=args.batch_size)
            r = measure(spec, args.repeat)
            results[label] = r
            print(f"bench: {corpus:5} {label:32} {json.dumps(r)}", file=sys.stderr, flush=True)
            print(f"bench: load average {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
        for label, r in results.items():
            if "error" in r:
                rows.append({"corpus": corpus, "config": label, "error": r["error"]})
                continue
            base = results["spaCy nlp.pipe n_process=2" if "2" in label and "sitrep" in label else "spaCy nlp.pipe"]
            row = {"corpus": corpus, "config": label, "articles": r["articles"],
                   "articles_per_s": round(r["per_second"], 2), "model_load_s": round(r["model_load_s"], 1),
                   "peak_rss_mb_per_worker": round(r["peak_rss_mb_per_worker"]), "main_rss_mb": round(r["main_rss_mb"])}
            if label.startswith("sitrep") and "error" not in base:
                row["ratio_to_spacy"] = round(r["per_second"] / base["per_second"], 3)
                row["prefiltered"] = r["prefiltered"]
                row["events"] = r["events"]
                seconds_100k = r["model_load_s"] + 100_000 / r["per_second"]
                measured = corpus == "gen" and r["articles"] >= 100_000
                row["time_100k_s"] = round(r["model_load_s"] + r["seconds"] if measured else seconds_100k)
                row["time_100k"] = "measured" if measured else f"extrapolated from {r['articles']}"
                if "docs_with_events" in r:
                    row["prefilter_kept_docs_with_events"] = (f"{r['prefilter_kept_of_docs_with_events']}/"
                                                              f"{r['docs_with_events']}")
            rows.append(row)
    summary = {"rows": rows, "prefilter": prefilter_figures(label_recall(str(mixed)) if mixed.exists() else None),
               "cpus": os.cpu_count(), "load_average_at_end": os.getloadavg()[0]}
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=250)
    cols = ["corpus", "config", "articles", "articles_per_s", "ratio_to_spacy", "prefiltered", "model_load_s",
            "peak_rss_mb_per_worker", "main_rss_mb", "time_100k_s", "time_100k", "prefilter_kept_docs_with_events",
            "error"]
    table = Table(title="sitrep scale benchmark")
    for c in cols:
        table.add_column(c.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*[str(row.get(c, "")) for c in cols])
    console.print(table)
    console.print(summary["prefilter"])


if __name__ == "__main__":
    main()
