"""A fourteenth new-user pass: a store keys each document by the input it was read from (`Document.source`, the
SHA-256 of a file's bytes, a JSONL line or a feed entry), so an input that a newer sitrep reads otherwise replaces
its earlier reading instead of being stored a second time; a store written before these keys is migrated (schema
2) and its documents get their key when an ingest meets them again. Markdown given without its file name (stdin,
the API's raw body) is read as Markdown; `sitrep contradictions` names an outlet once; `sitrep claims --limit`
says of how many. Everything here is made up."""

import hashlib
import json
from pathlib import Path

import duckdb

from conftest import run_cli
from sitrep.model import Document, Record

QUIET = ("Made-up Gazette\nTown fair draws record crowds\nBy Jane Roe\n27 November 2026\n\n"
         "The annual autumn fair in the made-up town of Vale opened on Friday with music, food stalls and a parade "
         "of decorated carts. Organisers said more visitors came than in any year before.\n")


def _read(data: bytes, name: str, **kw) -> list:
    from sitrep.ingest import read_bytes

    return list(read_bytes(data, name, **kw))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- ingest: the source key of what was read ------------------------------------------------------------------------
def test_an_article_read_whole_is_keyed_by_its_bytes_and_feed_lines_one_by_one():
    data = QUIET.encode()
    (doc,) = _read(data, "fair.txt", suffix=".txt")
    assert doc.source == _sha(data)
    assert doc.text != QUIET  # the key is of the bytes, not of the text as read (its head leaves the text)
    lines = [json.dumps({"text": "First made-up report about the fair."}),
             json.dumps({"text": "Second made-up report about the fair."})]
    docs = _read("\n".join(lines).encode(), "feed.jsonl", suffix=".jsonl")
    assert [d.source for d in docs] == [_sha(line.encode()) for line in lines]
    # the same line in another file is the same input
    (again,) = _read((lines[1] + "\n").encode(), "other.jsonl", suffix=".jsonl")
    assert again.source == docs[1].source


def test_a_feed_entry_is_keyed_by_its_id():
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Made-up Feed</title>"
           "<item><guid>made-up-guid-1</guid><title>Fair opens</title>"
           "<description>The made-up fair in Vale opened on Friday.</description></item>"
           "<item><guid>made-up-guid-2</guid><title>Fair closes</title>"
           "<description>The made-up fair in Vale closed on Sunday.</description></item></channel></rss>")
    docs = _read(rss.encode(), "feed.rss", suffix=".rss")
    assert len(docs) == 2 and len({d.source for d in docs}) == 2
    (first,) = _read(rss.replace("opened on Friday", "opened late on Friday").encode(), "feed.rss", suffix=".rss")[:1]
    assert first.source == docs[0].source  # an entry edited under the same id is the same entry


# --- store: an input read otherwise replaces its earlier reading ---------------------------------------------------
def test_an_input_read_otherwise_replaces_its_earlier_reading(tmp_path):
    from sitrep.store import Store

    with Store(str(tmp_path / "s.duckdb")) as store:
        old = Record(Document(text="Fair opens. The made-up fair opened.", source="k1"))
        assert store.add(old) == "added"
        assert store.add(old) == "unchanged"
        new = Record(Document(text="The made-up fair opened.", source="k1"))  # the head read otherwise
        assert store.add(new) == "updated"
        assert store.query("SELECT id, source FROM documents") == [{"id": new.document.id, "source": "k1"}]
        # another input with the same text is still stored once, and its own earlier reading goes
        other_old = Record(Document(text="Older reading of another input.", source="k2"))
        assert store.add(other_old) == "added"
        assert store.add(Record(Document(text="The made-up fair opened.", source="k2"))) == "updated"
        assert [r["id"] for r in store.query("SELECT id FROM documents")] == [new.document.id]
        # documents without a key (typed in by hand, older stores) are never matched by one
        assert store.add(Record(Document(text="No key at all."))) == "added"
        assert store.add(Record(Document(text="No key at all, read otherwise."))) == "added"


def _v1_store(path: str, text: str) -> None:
    """A store as sitrep wrote it before source keys (schema 1): documents without a `source` column."""
    con = duckdb.connect(path)
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("""CREATE TABLE documents (
      id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL, title VARCHAR, published VARCHAR, published_utc TIMESTAMP,
      author VARCHAR, outlet VARCHAR, language VARCHAR, url VARCHAR, text VARCHAR, warnings VARCHAR,
      ingested_at TIMESTAMP)""")
    doc = Document(text=text)
    con.execute("INSERT INTO documents VALUES (?, ?, NULL, NULL, NULL, NULL, NULL, 'en', NULL, ?, '[]', now())",
                [doc.id, doc.hash, text])
    con.close()


def test_a_store_of_schema_1_is_migrated_and_its_documents_keyed_when_met_again(tmp_path):
    from sitrep.store import Store

    path = str(tmp_path / "v1.duckdb")
    _v1_store(path, "The made-up fair opened.")
    with Store(path, read_only=True) as store:  # reading an old store changes nothing in it
        assert "source" not in store.query("SELECT * FROM documents")[0]
    with Store(path) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [{"value": "2"}]
        assert store.query("SELECT source FROM documents") == [{"source": None}]
        assert store.add(Record(Document(text="The made-up fair opened.", source="k1"))) == "unchanged"
        assert store.query("SELECT source FROM documents") == [{"source": "k1"}]
        assert store.add(Record(Document(text="Made-up fair opens", source="k1"))) == "updated"
        assert store.counts()["documents"] == 1
        # new rows keep their insert time though the column came after it in the migrated table
        assert store.query("SELECT count(*) AS n FROM documents WHERE ingested_at IS NULL") == [{"n": 0}]
    with Store(path) as store:  # opening it again migrates nothing twice
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [{"value": "2"}]


def test_the_ingest_sink_keys_an_old_copy_it_skips_and_replaces_an_older_reading(tmp_path):
    from sitrep.scale.sinks import StoreSink
    from sitrep.store import Store

    path = str(tmp_path / "v1.duckdb")
    _v1_store(path, "The made-up fair opened.")
    with Store(path) as store:
        with StoreSink(store) as sink:
            doc = Document(text="The made-up fair opened.", source="k1")
            assert sink.known(doc.hash)
            sink.seen_again(doc)  # what an ingest does with a document the store has
        assert store.query("SELECT source FROM documents") == [{"source": "k1"}]
        with StoreSink(store) as sink:  # a later run (a newer sitrep) reads the same input otherwise
            newer = Record(Document(text="Made-up fair opens", source="k1"))
            assert not sink.known(newer.document.hash)
            assert sink.write_many([newer]) == ["updated"]
        assert store.query("SELECT id FROM documents") == [{"id": newer.document.id}]


def test_cli_ingest_replaces_a_reading_an_older_sitrep_stored(tmp_path):
    """The whole `sitrep ingest` path (stream, pre-filter, sink, merge): the store holds this file as an older
    reading would have stored it (its head kept in the text), under the key of the same bytes."""
    from sitrep.store import Store

    article = tmp_path / "fair.txt"
    article.write_text(QUIET)
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        store.add(Record(Document(text=QUIET, source=_sha(QUIET.encode()), language="en")))
    res = run_cli("ingest", str(article), "--db", db)
    assert res.returncode == 0, res.stderr.decode()
    assert "0 added, 1 updated, 0 unchanged" in res.stderr.decode()
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT title, text, source FROM documents")
    assert len(rows) == 1 and rows[0]["title"] == "Town fair draws record crowds"
    assert rows[0]["source"] == _sha(QUIET.encode()) and not rows[0]["text"].startswith("Made-up Gazette")
    res = run_cli("ingest", str(article), "--db", db)
    assert "0 added, 0 updated, 1 unchanged" in res.stderr.decode()


# --- Markdown without its file name -------------------------------------------------------------------------------
MARKDOWN = ("# Made-up fair opens in Vale\n\n*Made-up Gazette* · November 27, 2026\n\n"
            "**VALE** — The annual fair in the made-up town of Vale opened on Friday, organisers said.\n")


def test_markdown_on_stdin_or_in_a_raw_body_is_read_as_markdown():
    (as_file,) = _read(MARKDOWN.encode(), "fair.md", suffix=".md")
    (sniffed,) = _read(MARKDOWN.encode(), "<stdin>", sniff=True)
    assert sniffed.title == as_file.title == "Made-up fair opens in Vale"
    assert sniffed.outlet == "Made-up Gazette" and sniffed.text == as_file.text and sniffed.id == as_file.id
    assert "**" not in sniffed.text
    # a hashtag is no heading: plain text stays plain
    (tagged,) = _read(b"#Vale fair opens\n\nThe made-up fair in Vale opened on *Friday*.\n", "<stdin>", sniff=True)
    assert "*Friday*" in tagged.text


def test_api_reads_a_markdown_body_posted_without_its_type(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    client = TestClient(create_app(str(tmp_path / "api.duckdb"), token="t"))
    res = client.post("/api/documents", content=MARKDOWN.encode(), headers={"Authorization": "Bearer t"})
    assert res.status_code == 201, res.text
    (doc,) = res.json()["documents"]
    assert doc["title"] == "Made-up fair opens in Vale"


# --- tables ---------------------------------------------------------------------------------------------------------
def test_contradictions_name_an_outlet_once_when_the_chain_starts_with_it():
    from sitrep.merge.render import _report_line

    line = _report_line({"doc_id": "d1", "outlet": "Made-up Wire", "source_chain": "Made-up Wire ← ministry",
                         "text": "The report is false", "start": 3, "end": 22})
    assert line.count("Made-up Wire") == 1 and line.startswith("d1, Made-up Wire ← ministry:")
    line = _report_line({"doc_id": "d1", "outlet": "Made-up Wire", "source_chain": "Other Radio ← ministry",
                         "text": "The report is false", "start": 3, "end": 22})
    assert line.startswith("d1 Made-up Wire, Other Radio ← ministry:")  # a chain from elsewhere keeps both


def test_cli_events_limit_one_reads_in_the_singular(tmp_path):
    from sitrep.store import Store

    db = str(tmp_path / "e.duckdb")
    ev = {"id": "x-e{}", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "plover": {},
          "date": "2026-11-2{}", "actors": [], "locations": [], "quantities": [], "sources": [], "status": "reported",
          "evidence": []}
    with Store(db) as store:
        store.add(Record.from_json({"document": {"id": "x", "language": "en", "text": "Made-up clashes."},
                                    "events": [{**ev, "id": f"x-e{i}", "date": f"2026-11-2{i}"} for i in (1, 2)],
                                    "claims": []}))
    res = run_cli("events", "--db", db, "--limit", "1", "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    assert len(res.stdout.decode().splitlines()) == 1
    assert res.stderr.decode().strip() == "sitrep: showing the first 1 of 2 matching events; --limit N shows more"


def test_parquet_shards_carry_the_source_key_to_the_store(tmp_path):
    from sitrep.scale.sinks import ParquetSink, load
    from sitrep.store import Store

    with ParquetSink(tmp_path / "shards") as sink:
        sink.write(Record(Document(text="Made-up fair opens", source="k1")))
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.add(Record(Document(text="Older reading: Made-up fair opens", source="k1")))
        assert load(tmp_path / "shards", store) == {"added": 0, "updated": 1, "unchanged": 0}
        assert store.query("SELECT text, source FROM documents") == [{"text": "Made-up fair opens", "source": "k1"}]


def test_cli_report_output_dash_is_stdout(tmp_path):
    from conftest import one_error_line
    from sitrep.store import Store

    db = str(tmp_path / "r.duckdb")
    with Store(db) as store:
        store.add(Record.from_json({"document": {"id": "r", "language": "en", "published": "2026-11-27",
                                                 "outlet": "Made-up Wire", "text": "Made-up clashes in Vale."},
                                    "events": [{"id": "r-e1", "acled": {"event_type": "Battles",
                                                                         "sub_event_type": "Armed clash"},
                                                "plover": {}, "date": "2026-11-27", "actors": [], "locations": [],
                                                "quantities": [], "sources": [], "status": "reported",
                                                "evidence": []}], "claims": []}))
    # run in tmp_path (where a file "-" would land), with this tree's sitrep
    src = {"PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    res = run_cli("report", "--db", db, "-f", "md", "-o", "-", cwd=tmp_path, env=src)
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.decode().lstrip().startswith("#") and not (tmp_path / "-").exists()
    res = run_cli("report", "--db", db, "-f", "pdf", "-o", "-", cwd=tmp_path, env=src)
    assert res.returncode == 2 and not (tmp_path / "-").exists()
    one_error_line(res, "pdf is binary")


def test_web_ui_counts_an_article_pasted_as_markdown(tmp_path):
    """The header's counts were read once, when the page loaded: after 'Extract and store' they still said
    '0 documents' (and the events page that the store was empty). A pasted Markdown article reads as Markdown."""
    import pytest

    from conftest import CHROMIUM, served
    from sitrep.api import create_app

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    with served(create_app(str(tmp_path / "ui.duckdb"), token="t")) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/#/documents")
            page.wait_for_selector("#ingest-text")
            assert page.inner_text("#counts").startswith("0 documents")
            page.fill("#token", "t")
            page.dispatch_event("#token", "change")
            page.fill("#ingest-text", MARKDOWN)
            page.click("#ingest-form button[type=submit]")
            page.wait_for_url("**/#/document/*", timeout=120_000)
            page.wait_for_selector("#counts:has-text('1 document ·')", timeout=10_000)
            assert "Made-up fair opens in Vale" in page.inner_text("h1, h2")
            assert "# Made-up" not in page.inner_text("body")
        finally:
            browser.close()


# --- ingest head: a breadcrumb trail written with slashes -----------------------------------------------------------
def _head(text: str):
    from sitrep.ingest.readers import read_text

    (doc,) = list(read_text(text, "made-up.txt"))
    return doc


SLASHED = ("{crumbs}\nMade-up militants storm police station in Vale\nPublished November 27, 2026\n\n"
           "VALE: Militants attacked a police station in the made-up district of Vale late on Wednesday, police "
           "officials said.\n")


def test_a_breadcrumb_trail_with_slashes_leaves_the_head():
    for crumbs in ("Home / World / Asia", "News / Asia / Pakistan", "Home / World"):
        doc = _head(SLASHED.format(crumbs=crumbs))
        assert doc.title == "Made-up militants storm police station in Vale", crumbs
        assert doc.published == "2026-11-27" and crumbs not in doc.text
    # two parts that read as a headline stay the headline
    doc = _head("Vale / Hill talks stall\nPublished November 27, 2026\n\nVALE: Talks between the made-up sides "
                "stalled on Thursday, officials said.\n")
    assert doc.title == "Vale / Hill talks stall"


def test_an_earlier_reading_with_reviewed_events_is_kept_as_corrected(tmp_path):
    from sitrep.store import Store

    with Store(str(tmp_path / "s.duckdb")) as store:
        ev = {"id": "{}-e1", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "plover": {},
              "date": "2026-11-27", "actors": [], "locations": [], "quantities": [], "sources": [],
              "status": "reported", "evidence": []}
        old = Record.from_json({"document": {"language": "en", "text": "Older reading: made-up clashes in Vale."},
                                "events": [], "claims": []})
        old.document.source = "k1"
        old.events = Record.from_json({"document": {"text": "x"}, "events": [dict(ev, id=f"{old.document.id}-e1")],
                                       "claims": []}).events
        store.add(old)
        store.con.execute("CREATE TABLE reviews (event_id VARCHAR, field VARCHAR, old VARCHAR, new VARCHAR, "
                          "who VARCHAR, \"at\" TIMESTAMP)")
        store.con.execute("INSERT INTO reviews VALUES (?, 'status', 'reported', 'disputed', 'analyst', now())",
                          [f"{old.document.id}-e1"])
        assert store.add(Record(Document(text="Made-up clashes in Vale.", source="k1"))) == "unchanged"
        assert [r["id"] for r in store.query("SELECT id FROM documents")] == [old.document.id]
