"""The multi-source corpus of the merging issue (data/corpus/border-clash, 22 articles written for sitrep about
one three-day clash): ingested through the CLI, its situation report counts what the store holds and shows
every contradiction planted in the corpus labels, and the merge finds every one of them."""
import importlib.util
from collections import Counter

import pytest

from conftest import ROOT, run_cli

CORPUS = ROOT / "data" / "corpus" / "border-clash"


def _bench_merge():
    """bench/merge.py (the benchmark's own scorer), loaded under its own name: a bare `import merge` finds whichever
    module called merge came first on the path."""
    spec = importlib.util.spec_from_file_location("sitrep_bench_merge", ROOT / "bench" / "merge.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    from sitrep.store import Store

    db = tmp_path_factory.mktemp("corpus") / "clash.duckdb"
    res = run_cli("ingest", str(CORPUS), "--db", str(db))  # ingest brings the incidents up to date
    assert res.returncode == 0, res.stderr.decode()
    store = Store(str(db))
    yield store
    store.close()


def _planted(store):
    from sitrep import merge

    bench = _bench_merge()
    labels, docs = bench.load(CORPUS)
    records = [store.record(d.id) for d in docs.values()]
    gold, _, _ = bench.gold_of_events(records, labels, docs)
    links = dict(store.con.execute("SELECT event_id, incident_id FROM incident_events").fetchall())
    members: dict[str, Counter] = {}
    for eid, inc in links.items():
        if inc and eid in gold:
            members.setdefault(inc, Counter())[gold[eid]] += 1
    pred_gold = {inc: c.most_common(1)[0][0] for inc, c in members.items()}
    return bench.check_contradictions(labels["contradictions"], merge.contradictions(store), pred_gold, docs)


def test_every_planted_contradiction_is_found_and_in_the_report(corpus_store):
    from sitrep.report import build_report, to_markdown

    planted = _planted(corpus_store)
    assert len(planted) >= 10
    missing = [c["id"] for c in planted if not c["found"]]
    assert not missing, missing
    report = build_report(corpus_store)
    in_report = {c.text for inc in report.incidents for c in inc.contradictions}
    markdown = to_markdown(report)
    for c in planted:
        assert c["listed_as"] in in_report, (c["id"], c["listed_as"])
        assert c["listed_as"] in markdown, c["id"]


def test_report_counts_equal_the_store(corpus_store):
    from sitrep.report import build_report

    report = build_report(corpus_store)
    sql = corpus_store.con.execute
    assert report.n_events == sql("SELECT count(*) FROM events").fetchone()[0] > 20
    assert report.n_documents == sql("SELECT count(*) FROM documents").fetchone()[0] == 22
    assert dict(report.by_type) == dict(sql("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall())
    assert report.incidents_total == len(merge_incidents(corpus_store))


def merge_incidents(store):
    from sitrep import merge

    return merge.incidents(store)
