"""Merging benchmark: ingest a labelled corpus, merge it, and score the incidents against the labels.

    .venv/bin/python bench/merge.py [data/corpus/border-clash] [--json] [--keep DB]

Reports pairwise precision/recall of the incident grouping (over extracted events whose evidence overlaps a
labelled mention), whether syndicated copies were found, whether every planted contradiction is listed,
and whether an incremental merge (documents added in reverse order, in three batches) gives exactly the
incidents of the batch merge.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep import merge  # noqa: E402
from sitrep.ingest import read  # noqa: E402
from sitrep.model import Document  # noqa: E402
from sitrep.pipeline import extract  # noqa: E402
from sitrep.store import Store  # noqa: E402


def load(corpus: Path):
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8"))
    docs: dict[str, Document] = {}
    for item in read([str(p) for p in sorted(corpus.glob("*.txt"))]):
        if isinstance(item, Document):
            docs[Path(item.path).name] = item
    return labels, docs


def gold_of_events(records, labels, docs) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """event id → gold incident (by evidence overlap with a labelled mention), event id → file, misses."""
    by_id = {d.id: name for name, d in docs.items()}
    gold, file_of, misses = {}, {}, []
    for rec in records:
        name = by_id[rec.document.id]
        text = rec.document.text
        spans = []
        for m in labels["mentions"].get(name, []):
            i = text.find(m["text"])
            if i < 0:
                raise SystemExit(f"labels: {name}: mention not in text: {m['text']!r}")
            spans.append((i, i + len(m["text"]), m["incident"], m["text"]))
        hit_mentions = set()
        for ev in rec.events:
            file_of[ev.id] = name
            overlap = Counter()
            for e in ev.evidence:
                for a, b, inc, t in spans:
                    o = min(b, e.end) - max(a, e.start)
                    if o > 0:
                        overlap[inc] += o
                        hit_mentions.add(t)
            if overlap:
                gold[ev.id] = overlap.most_common(1)[0][0]
        misses += [f"{name}: {t}" for a, b, inc, t in spans if t not in hit_mentions]
    return gold, file_of, misses


def pairwise(gold: dict[str, str], pred: dict[str, str], file_of: dict[str, str], cross_only: bool) -> dict:
    ids = sorted(gold)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        if cross_only and file_of[a] == file_of[b]:
            continue
        g = gold[a] == gold[b]
        p = pred.get(a) is not None and pred.get(a) == pred.get(b)
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs_tp": tp, "pairs_fp": fp, "pairs_fn": fn, "precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0}


def _num(v) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", str(v)))


def check_contradictions(planted, found, pred_gold: dict[str, str], docs) -> list[dict]:
    out = []
    for c in planted:
        hit = None
        for item in found:
            if item["kind"] != c["kind"]:
                continue
            if c.get("scope") == "document":
                if item["scope"] == "document" and item.get("doc_id") == docs[c["doc"]].id:
                    hit = item
                    break
                continue
            if item["scope"] != "incident" or pred_gold.get(item["incident_id"]) != c["incident"]:
                continue
            values = [str(s["value"]) for s in item["sides"]]
            if c["kind"] == "figures":
                if not item.get("subject", "").startswith(c["subject"]):
                    continue
                if all(any(_num(v) <= _num(x) for x in values) for v in c["values"]):
                    hit = item
                    break
            elif c["kind"] == "attribution":
                if set(c["values"]) <= set(values):
                    hit = item
                    break
            elif c["kind"] == "denial":
                reporters = {r["doc_id"] for s in item["sides"] for r in s["reports"]}
                if all(docs[d].id in reporters for d in c.get("docs", [])):
                    hit = item
                    break
        out.append({"id": c["id"], "kind": c["kind"], "found": hit is not None,
                    "listed_as": hit["summary"] if hit else None, "note": c.get("note")})
    return out


def run(corpus: Path, keep: str | None = None) -> dict:
    labels, docs = load(corpus)
    t0 = time.perf_counter()
    records = list(extract(docs.values()))
    t_extract = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-merge-"))
    batch_db = keep or str(tmp / "batch.duckdb")
    Path(batch_db).unlink(missing_ok=True)
    with Store(batch_db) as store:
        for rec in records:
            store.add(rec)
        t0 = time.perf_counter()
        stats = merge.update(store)
        t_merge = time.perf_counter() - t0
        links = dict(store.con.execute("SELECT event_id, incident_id FROM incident_events").fetchall())
        dups = dict(store.con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())
        found = merge.contradictions(store)
        n_incidents = len(merge.incidents(store))
        contra_rows = store.con.execute("SELECT * FROM contradictions ORDER BY id").fetchall()
    # incremental, reverse order, three batches
    with Store(str(tmp / "incremental.duckdb")) as store:
        rev = list(reversed(records))
        for chunk in (rev[:7], rev[7:14], rev[14:]):
            for rec in chunk:
                store.add(rec)
            merge.update(store, [r.document.id for r in chunk])
        links_inc = dict(store.con.execute("SELECT event_id, incident_id FROM incident_events").fetchall())
        dups_inc = dict(store.con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())
        contra_inc = store.con.execute("SELECT * FROM contradictions ORDER BY id").fetchall()
    gold, file_of, misses = gold_of_events(records, labels, docs)
    # predicted incident → the gold incident most of its labelled events belong to
    members: dict[str, Counter] = {}
    for eid, inc in links.items():
        if inc and eid in gold:
            members.setdefault(inc, Counter())[gold[eid]] += 1
    pred_gold = {inc: c.most_common(1)[0][0] for inc, c in members.items()}
    name_of = {d.id: n for n, d in docs.items()}
    dup_expected = {(d["doc"], d["duplicate_of"]) for d in labels.get("duplicates", [])}
    dup_found = {(name_of[a], name_of[b]) for a, b in dups.items()}
    unlabelled = [e for e in file_of if e not in gold]
    result = {
        "corpus": str(corpus), "documents": len(docs), "events": len(file_of), "labelled_events": len(gold),
        "unlabelled_events": len(unlabelled), "mentions_without_event": len(misses),
        "incidents": n_incidents, "gold_incidents": len(labels["incidents"]),
        "skipped_by_merge": sum(1 for e in gold if links.get(e) is None),
        "pairwise_all": pairwise(gold, links, file_of, cross_only=False),
        "pairwise_cross_document": pairwise(gold, links, file_of, cross_only=True),
        "duplicates": {"expected": sorted(dup_expected), "found": sorted(dup_found),
                       "ok": dup_found == dup_expected},
        "contradictions": check_contradictions(labels.get("contradictions", []), found, pred_gold, docs),
        "contradictions_listed": len(found),
        "incremental_equals_batch": links == links_inc and dups == dups_inc and contra_rows == contra_inc,
        "seconds": {"extract": round(t_extract, 1), "merge": round(t_merge, 2)},
        "merge_stats": stats, "misses": misses,
    }
    result["contradictions_found"] = f"{sum(c['found'] for c in result['contradictions'])}/{len(result['contradictions'])}"
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "data/corpus/border-clash"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", help="write the batch store to this DuckDB file")
    args = ap.parse_args()
    r = run(Path(args.corpus), args.keep)
    if args.json:
        print(json.dumps(r, indent=2, default=str))
        return
    print(f"{r['documents']} documents, {r['events']} events ({r['labelled_events']} labelled, "
          f"{r['unlabelled_events']} unlabelled), {r['incidents']} incidents (gold {r['gold_incidents']})")
    for k in ("pairwise_all", "pairwise_cross_document"):
        p = r[k]
        print(f"{k:24} P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}  "
              f"(tp {p['pairs_tp']}, fp {p['pairs_fp']}, fn {p['pairs_fn']})")
    print(f"duplicates ok: {r['duplicates']['ok']} found {r['duplicates']['found']}")
    print(f"contradictions found: {r['contradictions_found']} (listed {r['contradictions_listed']})")
    for c in r["contradictions"]:
        print(f"  {c['id']:4} {c['kind']:12} {'ok  ' if c['found'] else 'MISS'} {c['listed_as'] or c['note']}")
    print(f"incremental (reverse order, 3 batches) equals batch: {r['incremental_equals_batch']}")
    print(f"labelled mentions with no extracted event: {r['mentions_without_event']}; "
          f"labelled events the merge skipped: {r['skipped_by_merge']}")
    print(f"seconds: {r['seconds']}")


if __name__ == "__main__":
    main()
