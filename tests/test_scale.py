"""Scale-out ingest: streaming readers, feeds, the pre-filter, resumability under SIGKILL, Ray = local.

The end-to-end tests run the real `sitrep ingest` in subprocesses on a corpus written by bench/corpus_gen.py.
"""
import csv
import importlib.util
import json
import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, SHARED, SITREP, run_cli

CASE_DEV = SHARED / "data" / "case2021" / "dev.tsv"


def _corpus_gen():
    spec = importlib.util.spec_from_file_location("corpus_gen", ROOT / "bench" / "corpus_gen.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --- the pre-filter -----------------------------------------------------------------------------------------
def test_prefilter_recall_on_case2021_dev_snippets():
    if not CASE_DEV.exists():
        pytest.skip("../shared/data/case2021/dev.tsv is not present")
    from sitrep.scale.prefilter import get_prefilter

    csv.field_size_limit(10 ** 8)
    with open(CASE_DEV, encoding="utf-8") as fh:
        snippets = [r["EventSnippet"] for r in csv.DictReader(fh, delimiter="\t")]
    kept = sum(get_prefilter().relevant(s) for s in snippets)
    assert len(snippets) > 300 and kept / len(snippets) >= 0.98, (kept, len(snippets))


def test_prefilter_on_written_texts_keeps_conflict_and_drops_the_rest():
    from sitrep.resources import load_yaml  # noqa: F401  (the package's data files are importable)
    from sitrep.scale.prefilter import Prefilter, get_prefilter

    path = ROOT / "src" / "sitrep" / "data" / "prefilter" / "heldout.jsonl"
    items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    p = get_prefilter()
    conflict = [i for i in items if i["conflict"]]
    other = [i for i in items if not i["conflict"]]
    recall = sum(p.relevant(i["text"]) for i in conflict) / len(conflict)
    dropped = sum(not p.relevant(i["text"]) for i in other) / len(other)
    assert recall >= 0.98 and dropped >= 0.9, (recall, dropped)
    # the matching rules: stems, whole words, multi-word terms across spaces and hyphens
    q = Prefilter(["shell*", "war", "tear gas"])
    assert q.hits("Shelling resumed; tear-gas was fired.") == ["shelling", "tear gas"]
    assert q.hits("a warm, award-winning warden") == [] and q.hits("the war") == ["war"]
    assert p is get_prefilter()  # built once per process


# --- streaming readers and feeds ----------------------------------------------------------------------------
def test_stream_reads_jsonl_line_by_line_like_read(tmp_path):
    from sitrep.errors import InputError
    from sitrep.ingest import read
    from sitrep.ingest.stream import count, stream

    lines = [json.dumps({"id": f"d{i}", "text": f"Police arrested {i + 2} men in Lagos on Friday, officials said."})
             for i in range(50)]
    lines[7] = "{oops"
    lines[9] = json.dumps({"title": "no text"})
    lines.insert(20, "")
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text("Troops shelled the village of Kalma on Monday, the ministry said.")
    (tmp_path / "a.txt").write_text("Rebels attacked a convoy near Goma on Sunday, killing three soldiers.")
    (tmp_path / ".hidden.txt").write_text("Rebels attacked a convoy near Goma.")

    def key(item):
        return ("E", str(item)) if isinstance(item, InputError) else (item.id, item.text, item.path, item.published)

    assert [key(x) for x in stream([str(tmp_path)])] == [key(x) for x in read([str(tmp_path)])]
    assert count([str(tmp_path)]) == 53  # 51 lines with content or not, two text files

    # a JSONL line over the per-article limit is skipped on its own; the lines after it are read
    huge = tmp_path / "huge.jsonl"
    huge.write_text(json.dumps({"text": "x " * 5000}) + "\n" + lines[0] + "\n")
    items = list(stream([str(huge)], max_bytes=2000))
    assert isinstance(items[0], InputError) and "limit" in str(items[0]) and items[1].id == "d0"


def test_stream_is_lazy(tmp_path):
    """The first document comes out before a later, broken part of the file is read."""
    from sitrep.ingest.stream import stream

    path = tmp_path / "lazy.jsonl"
    with open(path, "w") as fh:
        fh.write(json.dumps({"text": "Protesters marched in Dakar on Monday against fuel prices."}) + "\n")
        fh.write('{"text": "' + "y" * 100 + '"}\n')
    it = stream([str(path)])
    first = next(it)
    with open(path, "a") as fh:  # appended after the first item was read: a whole-file reader would miss it
        fh.write(json.dumps({"text": "Gunmen abducted 12 villagers near Kaduna overnight."}) + "\n")
    rest = list(it)
    assert first.text.startswith("Protesters") and rest[-1].text.startswith("Gunmen")


def test_stream_memory_stays_bounded(tmp_path):
    """Streaming 20,000 lines (7 MB) never holds more than a sliver of the file."""
    import tracemalloc

    from sitrep.ingest.stream import stream

    path = tmp_path / "many.jsonl"
    with open(path, "w") as fh:
        for i in range(20_000):
            fh.write(json.dumps({"id": f"m{i}", "text": f"Police arrested {i} men in Lagos on Friday after clashes "
                                 f"between rival groups left {i % 7} dead, officials said. " * 3}) + "\n")
    tracemalloc.start()
    n = sum(1 for _ in stream([str(path)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 20_000 and path.stat().st_size > 6e6 and peak < 1.5e6, peak


def test_feeds_become_documents(tmp_path):
    from sitrep.errors import InputError
    from sitrep.ingest.stream import stream

    (tmp_path / "wire.rss").write_bytes("""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
<item><title>Clashes near Goma</title><link>https://example.org/1</link><guid>ex-1</guid>
<pubDate>Tue, 13 Sep 2022 10:00:00 +0400</pubDate><description>Short.</description>
<content:encoded><![CDATA[<p>Rebels attacked a convoy near Goma on Sunday, killing three soldiers.</p>
<p>Caf\xe9 owners fled &amp; hid.</p>]]></content:encoded></item>
<item><title>No text</title><guid>ex-2</guid></item>
</channel></rss>""".encode("latin-1"))
    (tmp_path / "news.atom").write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><id>urn:x:1</id><title>Protest</title><updated>2023-03-02T08:00:00Z</updated>
<summary type="html">&lt;p&gt;Thousands protested in Tbilisi on Thursday.&lt;/p&gt;</summary></entry></feed>""")
    (tmp_path / "note.xml").write_text("<note><to>x</to></note>")
    items = list(stream([str(tmp_path)]))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.title for d in docs] == ["Protest", "Clashes near Goma"]
    atom, rss = docs
    assert rss.text == "Rebels attacked a convoy near Goma on Sunday, killing three soldiers.\n\nCafé owners fled & hid."
    assert rss.outlet == "Example Wire" and rss.url == "https://example.org/1"
    assert rss.published == "2022-09-13T10:00:00+04:00" and atom.published == "2023-03-02T08:00:00+00:00"
    assert any("wire.rss#2" in e and "no content" in e for e in errors)
    assert any("note.xml" in e and "not an RSS or Atom feed" in e for e in errors)


# --- end to end: SIGKILL mid-run and resume; Ray gives the local run's output --------------------------------
N_DOCS = 100


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "corpus.jsonl"
    _corpus_gen().generate(N_DOCS, path, conflict_share=0.8, seed=7)
    return path


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _store_summary(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "documents": q("SELECT count(*) FROM documents")[0][0],
            "duplicate_hashes": q("SELECT count(*) FROM (SELECT hash FROM documents GROUP BY hash HAVING count(*) > 1)")[0][0],
            "duplicate_places": q("SELECT count(*) FROM (SELECT doc_id, idx FROM places GROUP BY ALL HAVING count(*) > 1)")[0][0],
            "orphan_events": q("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)")[0][0],
            "prefiltered": q("SELECT count(*) FROM documents WHERE warnings LIKE '%prefiltered%'")[0][0],
            "events": sorted(json.dumps(json.loads(j), sort_keys=True) for (j,) in q("SELECT json FROM events")),
            "hashes": {h for (h,) in q("SELECT hash FROM documents")},
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def resumed(corpus, tmp_path_factory):
    """Ingest with 2 workers, SIGKILL the command once documents are being committed, re-run to completion."""
    db = tmp_path_factory.mktemp("resume") / "r.duckdb"
    proc = subprocess.Popen(SITREP + ["ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "4",
                                      "--log-every", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, b"")), daemon=True)
    reader.start()

    def extracted() -> int:
        found = [re.search(rb"(\d+) extracted", line) for line in list(lines)]
        return max((int(m.group(1)) for m in found if m), default=0)

    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None and extracted() < 12:
        time.sleep(0.05)
    workers = [c for c in _children(proc.pid) if _alive(c)]
    assert proc.poll() is None, "the ingest ended before it could be killed: " + b"".join(lines).decode()
    os.kill(proc.pid, signal.SIGKILL)  # mid-run: documents are being extracted and committed
    proc.wait()
    # the worker processes notice their parent is gone and exit: no model-sized orphans
    t = time.time()
    while any(_alive(w) for w in workers) and time.time() - t < 20:
        time.sleep(0.2)
    assert len(workers) >= 2 and not any(_alive(w) for w in workers)
    killed = _store_summary(db)
    assert 0 < killed["documents"] < N_DOCS, killed["documents"]
    again = run_cli("ingest", str(corpus), "--db", str(db))
    assert again.returncode == 0, again.stderr.decode()
    return db, killed, again.stderr.decode()


def _event_diff(a: list[str], b: list[str]) -> str:
    da = {json.loads(e)["id"]: json.loads(e) for e in a}
    db = {json.loads(e)["id"]: json.loads(e) for e in b}
    lines = [f"only in local: {sorted(set(da) - set(db))[:5]}", f"only in ray: {sorted(set(db) - set(da))[:5]}"]
    for k in sorted(set(da) & set(db)):
        if da[k] != db[k]:
            lines.append(f"{k}: " + str({f: (da[k][f], db[k].get(f)) for f in da[k] if da[k][f] != db[k].get(f)})[:400])
    return "\n".join(lines[:8])


def test_killed_ingest_resumes_with_every_document_stored_once(resumed, corpus):
    from sitrep.ingest.stream import stream

    db, killed, stderr = resumed
    final = _store_summary(db)
    expected = {d.hash for d in stream([str(corpus)])}
    assert final["hashes"] == expected and final["documents"] == N_DOCS
    assert final["duplicate_hashes"] == final["duplicate_places"] == final["orphan_events"] == 0
    assert killed["hashes"] <= final["hashes"]
    summary = [line for line in stderr.splitlines() if " added, " in line][0]
    assert (f"{N_DOCS - killed['documents']} added, 0 updated, {killed['documents']} unchanged, 0 skipped"
            in summary), summary
    assert final["prefiltered"] > 0 and "pre-filter:" in stderr or final["prefiltered"] == 0
    assert final["events"]
    # a third run changes nothing
    third = run_cli("ingest", str(corpus), "--db", str(db))
    assert f"0 added, 0 updated, {N_DOCS} unchanged" in third.stderr.decode()


def test_ray_engine_output_equals_local_run(resumed, corpus, tmp_path):
    pytest.importorskip("ray", reason="ray is not installed: pip install 'ray==2.60.0' to test --engine ray")
    db, _, _ = resumed
    shards = tmp_path / "shards"
    res = run_cli("ingest", str(corpus), "--engine", "ray", "--workers", "2", "--out", str(shards))
    assert res.returncode == 0, res.stderr.decode()
    assert f"{N_DOCS} added" in res.stderr.decode() and list(shards.glob("sitrep-*.parquet"))
    ray_db = tmp_path / "ray.duckdb"
    loaded = run_cli("load", str(shards), "--db", str(ray_db))
    assert loaded.returncode == 0 and f"{N_DOCS} added" in loaded.stderr.decode(), loaded.stderr.decode()
    local, ray = _store_summary(db), _store_summary(ray_db)
    assert ray["hashes"] == local["hashes"] and ray["prefiltered"] == local["prefiltered"]
    # the resumed local run and the Ray run: the same events
    assert ray["events"] == local["events"], _event_diff(local["events"], ray["events"])
    again = run_cli("load", str(shards), "--db", str(ray_db))
    assert f"0 added, 0 updated, {N_DOCS} unchanged" in again.stderr.decode()


# --- memory over long runs ------------------------------------------------------------------------------------
def test_release_memory_trims_the_heap_at_most_every_few_seconds():
    """glibc keeps freed memory; `release_memory` hands it back (forced: at once; else throttled)."""
    import ctypes.util
    from sitrep.scale.engine import TRIM_EVERY_S, release_memory

    if not ctypes.util.find_library("c") or os.uname().sysname != "Linux":
        pytest.skip("malloc_trim is glibc's")
    assert TRIM_EVERY_S > 0
    assert release_memory(force=True) is True
    assert release_memory() is False  # within TRIM_EVERY_S of the last trim
    blocks = [bytearray(4096) for _ in range(20_000)]  # 80 MB of small blocks, then freed: the heap keeps them
    del blocks
    assert release_memory(force=True) is True


def _bench_scale():
    spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "bench" / "scale.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rss_summary_peaks_per_process_and_growth():
    bench = _bench_scale()
    rows = [{"t_s": t, "docs": d, "pid": pid, "role": role, "rss_mb": mb, "hwm_mb": mb}
            for t, d, pid, role, mb in [(0, 0, 1, "main", 100), (0, 0, 2, "worker", 200), (10, 1000, 2, "worker", 250),
                                        (20, 5000, 2, "worker", 300), (30, 10000, 2, "worker", 260),
                                        (30, 10000, 1, "main", 120), (30, 10000, 3, "tracker", 10)]]
    out = bench.rss_summary(rows, marks=(1000, 10000))
    assert set(out) == {"main 1", "worker 2"}  # the resource tracker is not a process of the run's own
    assert out["worker 2"]["peak_rss_mb_at_docs"] == {"1000": 250, "10000": 300}
    assert out["worker 2"]["growth_from_1k"] == 0.2
    assert out["main 1"]["peak_rss_mb_at_docs"]["10000"] == 120
    # the current RSS: the median of the samples between marks, not the high-water mark
    rows = [{"t_s": t, "docs": d, "pid": 2, "role": "worker", "rss_mb": rss, "hwm_mb": hwm}
            for t, d, rss, hwm in [(0, 0, 150, 150), (5, 1000, 200, 260), (10, 1000, 210, 260), (15, 1000, 220, 260),
                                   (20, 5000, 230, 300), (25, 8000, 215, 300), (30, 8000, 260, 300)]]
    out = bench.rss_summary(rows, marks=(1000, 10000))["worker 2"]
    assert out["peak_rss_mb_at_docs"] == {"1000": 260, "8000": 300}
    assert out["rss_mb_at_docs"] == {"1000": 210, "8000": 230}
    assert out["growth_from_1k"] == 0.154 and out["rss_growth_from_1k"] == 0.095


def test_rss_sampler_sees_a_process_tree_and_its_progress(tmp_path):
    import sys

    bench = _bench_scale()
    log = tmp_path / "log"
    log.write_text("sitrep: progress: 500 read, 500 added\nother\nsitrep: progress: 1000 read, 990 added\n")
    assert bench._docs_done(log) == 1000
    child = subprocess.Popen([sys.executable, "-c", "import subprocess, sys, time; "
                              "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1.5)']); "
                              "time.sleep(1.5); p.wait()"])
    rows = bench.sample_rss(child.pid, tmp_path / "rss.csv", log, 0.3, time.time())
    pids = {r["pid"] for r in rows}
    assert child.pid in pids and len(pids) >= 2  # the child's own child is sampled too
    assert all(r["rss_mb"] > 0 and r["docs"] == 1000 for r in rows)
    assert (tmp_path / "rss.csv").read_text().startswith("t_s,docs,pid,role,rss_mb,hwm_mb")


def test_worker_batches_run_in_a_memory_zone_with_the_same_output():
    """After its first batch a worker runs each batch in `nlp.memory_zone()`: the output is the same as without
    it, and the new words of a batch no longer stay in the StringStore."""
    from sitrep.model import Document
    from sitrep.pipeline import build_nlp, extract
    from sitrep.scale.engine import process_batch

    first = [Document(text="Rebels attacked a police post near Goma on Monday, killing four officers, the army said.",
                      published="2023-05-02")]
    batch = [Document(text=f"Gunmen abducted {n} villagers near Kaduna on Friday, police spokesman Zorvandelix "
                           f"Quintarbo{n} said, and burned the Vexmoorane{n} market.", published="2023-05-06")
             for n in (7, 12)]
    process_batch(first)  # a worker's first batch: outside any zone
    nlp = build_nlp()
    strings = len(nlp.vocab.strings)
    zoned = [r.to_json() for r in process_batch(batch)[0]]
    assert len(nlp.vocab.strings) == strings  # "Quintarbo7", "Vexmoorane12", ... were dropped with the zone
    plain = [r.to_json() for r in extract(batch, nlp=nlp)]
    assert len(nlp.vocab.strings) > strings
    assert zoned == plain and zoned[0]["events"]


def test_lemmatizer_cache_is_bounded():
    from sitrep.scale import engine

    class Lemmatizer:
        cache = {i: [str(i)] for i in range(engine.LEMMA_CACHE_MAX + 1)}

    class NLP:
        pipe_names = ["tagger", "lemmatizer"]

        def get_pipe(self, name):
            return Lemmatizer

    engine.bound_spacy_caches(NLP())
    assert Lemmatizer.cache == {}
    Lemmatizer.cache = {1: ["a"]}
    engine.bound_spacy_caches(NLP())
    assert Lemmatizer.cache == {1: ["a"]}


# --- batching by documents and characters ---------------------------------------------------------------------
def _docs(lengths):
    from sitrep.model import Document

    return [Document(id=f"d{i}", text=("x" * (n - 1)) + str(i % 10)) for i, n in enumerate(lengths)]


def test_batches_are_bounded_by_count_and_characters():
    from sitrep.ingest.stream import batched

    lengths = [300, 900, 250, 4000, 100, 100, 100, 100, 100, 2500, 700, 800, 50, 1200, 1200, 1200]
    docs = _docs(lengths)
    out = list(batched(iter(docs), 4, 1000))
    assert [d for b in out for d in b] == docs  # order kept, every document exactly once
    for b in out:
        chars = sum(len(d.text) for d in b)
        assert len(b) <= 4
        assert chars <= 1000 or len(b) == 1, [len(d.text) for d in b]  # only a lone oversize document is over
    assert [len(d.text) for d in out[3]] == [4000]  # an oversize document is alone, not merged with the next
    # a batch closes before the document that would push it over, not after
    assert [[len(d.text) for d in b] for b in out[:5]] == [[300], [900], [250], [4000], [100] * 4]
    assert [len(b) for b in batched(docs, 4, None)] == [4, 4, 4, 4]  # no budget: by count only
    assert list(batched([], 4, 1000)) == []


def test_ingest_run_sends_the_engine_budgeted_batches_and_writes_each_document_once():
    from sitrep.model import Record
    from sitrep.scale.engine import Engine
    from sitrep.scale.run import run
    from sitrep.scale.sinks import Sink

    class Recording(Engine):
        def __init__(self):
            super().__init__()
            self.batches = []

        def submit(self, batch):
            self.batches.append([len(d.text) for d in batch])
            return batch

        def result(self, batch):
            return [Record(document=d) for d in batch], {"pid": 0}

    class Memory(Sink):
        def __init__(self):
            self.ids = []

        def known(self, h):
            return False

        def write_many(self, records):
            self.ids += [r.document.id for r in records]
            return ["added"] * len(records)

    docs = _docs([600, 600, 600, 3000, 200, 200, 200, 200, 200, 200, 200])
    engine, sink = Recording(), Memory()
    stats = run(iter(docs + docs[:2]), engine=engine, sink=sink, batch_size=5, batch_chars=1300)
    assert engine.batches == [[600, 600], [600], [3000], [200] * 5, [200, 200]]
    assert sink.ids == [d.id for d in docs]  # in order; the repeated documents were not sent again
    assert stats.extracted == len(docs) and stats.unchanged == 2


def test_batch_character_budget_default_and_override(monkeypatch):
    import importlib

    run_mod = importlib.import_module("sitrep.scale.run")  # the module (the package exports the function `run`)
    monkeypatch.delenv("SITREP_BATCH_CHARS", raising=False)
    assert run_mod.batch_chars_default() == run_mod.BATCH_CHARS > 0
    monkeypatch.setenv("SITREP_BATCH_CHARS", "0")
    assert run_mod.batch_chars_default() == 0  # no budget: batches by count only
    monkeypatch.setenv("SITREP_BATCH_CHARS", "12000")
    assert run_mod.batch_chars_default() == 12000
    monkeypatch.setenv("SITREP_BATCH_CHARS", "lots")
    assert run_mod.batch_chars_default() == run_mod.BATCH_CHARS


def test_output_does_not_depend_on_how_documents_are_batched():
    from sitrep.ingest.stream import batched
    from sitrep.model import Document
    from sitrep.scale.engine import process_batch

    texts = ["Rebels attacked a police post near Goma on Monday, killing four officers, the army said.",
             "Shares in Northwind rose 3 percent on Tuesday after the company raised its forecast.",
             "Gunmen abducted 12 villagers near Kaduna on Friday, police said. Troops later freed five of them.",
             "Protesters marched in Dhaka on Sunday over fuel prices; police fired tear gas, witnesses said.",
             "Two soldiers were killed when a roadside bomb exploded near Gao on Wednesday, the ministry said."]
    docs = [Document(id=f"b{i}", text=t, published="2023-05-08") for i, t in enumerate(texts)]
    one = [r.to_json() for r in process_batch(docs)[0]]
    small = [r.to_json() for b in batched(docs, 16, 150) for r in process_batch(b)[0]]
    assert len(list(batched(docs, 16, 150))) >= 3
    assert small == one and any(r["events"] for r in one)


def test_worker_collects_each_batchs_cyclic_garbage():
    """A batch's Docs die in reference cycles (Spans, sitrep objects and the parser's step models point back
    at them): the worker collects them after every batch, cheaply, its warm-up objects frozen out of the way."""
    import gc

    from sitrep.model import Document
    from sitrep.scale.engine import process_batch

    docs = [Document(text=f"Militants attacked an army base near Gao on Tuesday, killing {n} soldiers, the "
                          "ministry said.", published="2023-05-09") for n in (3, 5, 9)]
    process_batch(docs[:1])  # warm (first batch of this process, or not: either way)
    assert gc.get_freeze_count() > 0
    records, _ = process_batch(docs[1:])
    assert records[0].events
    assert gc.collect() < 50  # without the worker's own collection a batch leaves ~100s of objects in cycles
