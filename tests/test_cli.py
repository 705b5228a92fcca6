"""The command line as a user meets it: bad input never gives a traceback, stores are idempotent."""
import json

from conftest import SAMPLES, SEED, run_cli


def _no_traceback(res):
    assert b"Traceback" not in res.stderr, res.stderr.decode()


def test_bad_inputs_each_get_one_line_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Soldiers clashed near Gyumri on Monday, the ministry said. "
                                          "Café owners fled.".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"x " * (3 * 1024 * 1024))
    (tmp_path / "nobody.html").write_text("<html><body><nav>Home</nav></body></html>")
    (tmp_path / "feed.jsonl").write_text('{"id": "j1", "text": "Police arrested 5 men in Lagos on Friday."}\n{oops\n')
    (tmp_path / "russian.txt").write_text("Военные заявили, что обстрел продолжался всю ночь в районе границы.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "truncated.html").write_text("<html><body><article><p>" + "Rebels attacked a convoy near Goma "
                                             "on Sunday, killing three soldiers, the army said. " * 3)
    db = tmp_path / "t.duckdb"
    res = run_cli("ingest", str(tmp_path), "--db", str(db))
    _no_traceback(res)
    assert res.returncode == 0
    err = res.stderr.decode()
    for name, reason in (("empty.txt", "empty"), ("binary.txt", "binary"), ("big.txt", "limit"),
                         ("nobody.html", "no article body"), ("feed.jsonl:2", "malformed JSON"),
                         ("image.png", "unsupported file type"), ("russian.txt", "not English")):
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1 and reason in lines[0], (name, err)
    out = run_cli("events", "--db", str(db), "--format", "json")
    events = json.loads(out.stdout)
    assert {e["doc_id"] for e in events} >= {"j1"}
    docs = run_cli("claims", "--db", str(db), "--format", "json")
    _no_traceback(docs)


def test_nothing_processed_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = run_cli("extract", str(tmp_path / "empty.txt"))
    _no_traceback(res)
    assert res.returncode != 0 and b"empty" in res.stderr
    res = run_cli("extract", str(tmp_path / "missing.txt"))
    assert res.returncode != 0 and b"no such file" in res.stderr


def test_stdin_and_jsonl_output():
    text = b"KYIV, March 2 (AP) - Russian forces shelled Kherson on Thursday, killing two civilians, officials said."
    res = run_cli("extract", "-", "--format", "jsonl", input=text)
    assert res.returncode == 0, res.stderr.decode()
    [line] = res.stdout.decode().splitlines()
    data = json.loads(line)
    assert data["document"]["outlet"] == "AP"
    assert any(e["acled"]["event_type"] for e in data["events"])


def test_published_and_outlet_options_date_stdin_text_and_never_overwrite(tmp_path):
    text = b"Gunmen attacked a police post in Gao on Sunday, killing four officers, the governor said."
    res = run_cli("extract", "-", "--published", "2024-05-08", "--outlet", "Radio Kayira", input=text)
    assert res.returncode == 0, res.stderr.decode()
    data = json.loads(res.stdout)
    assert data["document"]["published"] == "2024-05-08" and data["document"]["outlet"] == "Radio Kayira"
    assert [e["date"] for e in data["events"]] == ["2024-05-05"]  # the Sunday before Wednesday 8 May
    assert data["events"][0]["sources"][0] == {"name": "Radio Kayira", "kind": "outlet"}
    # an article's own dateline and agency win over the defaults
    own = b"BAMAKO, March 2, 2023 (AFP) - Gunmen attacked a police post in Gao on Sunday, the governor said."
    res = run_cli("extract", "-", "--published", "2024-05-08", "--outlet", "Radio Kayira", input=own)
    doc = json.loads(res.stdout)["document"]
    assert doc["published"].startswith("2023-03-02") and doc["outlet"] == "AFP"
    # a dateline with day and month only completes its year from --published, not from today
    yearless = b"JAMMU, June 10 (Test Wire) - Troops fired across the border near Poonch, officials said."
    res = run_cli("extract", "-", "--published", "2021-06-11", input=yearless)
    assert json.loads(res.stdout)["document"]["published"] == "2021-06-10", res.stdout[:300]
    # ingest takes the same defaults
    db = tmp_path / "d.duckdb"
    res = run_cli("ingest", "-", "--db", str(db), "--published", "2024-05-08T09:30+02:00", "--no-merge", input=text)
    assert res.returncode == 0, res.stderr.decode()
    events = json.loads(run_cli("events", "--db", str(db), "--format", "json").stdout)
    assert [e["date"] for e in events] == ["2024-05-05"]
    bad = run_cli("extract", "-", "--published", "last week", input=text)
    _no_traceback(bad)
    assert bad.returncode == 2 and b"--published" in bad.stderr


def test_ingest_is_idempotent_and_filters_and_exports_work(tmp_path):
    db = tmp_path / "s.duckdb"
    first = run_cli("ingest", str(SAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    counts = json.loads(run_cli("events", "--db", str(db), "--format", "json", "--limit", "10000").stdout)
    again = run_cli("ingest", str(SAMPLES), "--db", str(db))
    assert b"0 added" in again.stderr and b"unchanged" in again.stderr
    assert json.loads(run_cli("events", "--db", str(db), "--format", "json", "--limit", "10000").stdout) == counts
    # SITREP_DB is the default store
    env_list = run_cli("events", "--format", "json", "--limit", "10000", env={"SITREP_DB": str(db)})
    assert json.loads(env_list.stdout) == counts

    az = json.loads(run_cli("events", "--db", str(db), "--country", "AZE", "--format", "json").stdout)
    assert az and all(any(loc["country"] == "AZ" for loc in e["locations"]) for e in az)
    battles = json.loads(run_cli("events", "--db", str(db), "--type", "Battles", "--format", "json").stdout)
    assert battles and all(e["acled"]["event_type"] == "Battles" for e in battles)
    recent = json.loads(run_cli("events", "--db", str(db), "--since", "2023-01-01", "--format", "json").stdout)
    assert recent and all((e["date_end"] or e["date"]) >= "2023-01-01" for e in recent)

    import csv
    import io
    csv_text = run_cli("export", "--db", str(db), "--format", "csv").stdout.decode()
    assert csv_text.startswith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert len(rows) == len(counts) and {r["event_id_cnty"] for r in rows} == {e["id"] for e in counts}
    geo = json.loads(run_cli("export", "--db", str(db), "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    pq = tmp_path / "e.parquet"
    assert run_cli("export", "--db", str(db), "--format", "parquet", "-o", str(pq)).returncode == 0
    import pyarrow.parquet as pq_mod
    assert pq_mod.read_table(pq).num_rows == len(counts)


def test_help_everywhere():
    for args in (["--help"], ["extract", "--help"], ["ingest", "--help"], ["events", "--help"], ["export", "--help"],
                 ["claims", "--help"], ["eval", "--help"], ["eval", "geo", "--help"]):
        res = run_cli(*args)
        assert res.returncode == 0 and b"Usage" in res.stdout


def test_table_output_for_people():
    res = run_cli("extract", str(SEED), "--format", "table")
    assert res.returncode == 0 and "Battles" in res.stdout.decode()


def test_cli_start_up_does_not_load_the_store_merge_or_report_code():
    import subprocess
    import sys

    code = ("import sys; import sitrep.cli; "
            "print(sorted(m for m in ('duckdb', 'sitrep.merge.incidents', 'sitrep.report.build', 'sklearn') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    # and the lazily exported names still resolve to the functions, also where a module shares the name
    code = "from sitrep import merge, report; print(callable(merge.update), callable(merge.incidents), callable(report.to_html))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True", "True", "True"], out.stderr


def test_eval_types_scores_with_and_without_the_codebook_rules(tmp_path):
    tsv = tmp_path / "snippets.tsv"
    tsv.write_text("id\tEventSnippet\tSubType\n"
                   "a1\tSoldiers and rebels exchanged fire for hours near the border post on Tuesday.\tARMED_CLASH\n"
                   "a2\tThousands marched peacefully through the capital demanding fair elections.\tPEACE_PROTEST\n"
                   "a3\tPolice detained 14 suspected members of the militia in a dawn raid.\tARREST\n")
    out = {}
    for flag in ((), ("--no-rules",)):
        res = run_cli("eval", "types", str(tsv), "--format", "json", *flag)
        _no_traceback(res)
        assert res.returncode == 0, res.stderr.decode()
        out[flag] = json.loads(res.stdout)
        assert out[flag]["n"] == 3 and 0.0 <= out[flag]["accuracy"] <= 1.0
    assert out[()]["accuracy"] >= 2 / 3  # three plain cases of three different kinds
