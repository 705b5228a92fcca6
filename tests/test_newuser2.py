"""A second new-user pass: help that reads in an 80-column terminal, store errors in the user's terms (locked,
not a store, a mistyped --db), paths that do not exist, country codes nobody has, the API's one-line
validation messages, the event page showing every claim of its article (a denial linked to a sibling event
included), the filtered empty state, the timeline's labels and the narrow layout. Everything here is made up."""
import json
import socket
import subprocess
import sys
import threading
import time

import pytest

from conftest import browsing, one_error_line, run_cli, served

TEXT = ("Gunmen attacked the village of Alpha on Monday, killing 6 farmers, the governor said. "
        "Militia leader Bravo denied that his men attacked the village. "
        "A second raid hit Beta on Tuesday, residents said.")


def _record(doc_id="nu2-1"):
    from sitrep.model import Record

    def event(n, day, place, lat, lon, status="reported"):
        return {"id": f"{doc_id}-e{n}", "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                                                  "interaction": "Rebel group-Civilians", "interaction_code": 27},
                "plover": {"event": "ASSAULT", "mode": None, "context": []}, "date": day, "date_precision": "day",
                "actors": [{"role": "actor1", "name": "Gunmen", "country": "MLI", "sector": "REB"}],
                "locations": [{"name": place, "geonameid": 900 + n, "country": "ML", "admin1": "Gao", "lat": lat,
                               "lon": lon, "precision": "town"}],
                "quantities": [], "sources": [{"name": "Test Wire", "kind": "outlet"}], "status": status,
                "historical": False, "evidence": [{"start": 0, "end": 30, "text": TEXT[0:30]}]}

    denial_start = TEXT.index("that his men")
    return Record.from_json({
        "document": {"id": doc_id, "title": "Made-up raid report", "published": "2024-05-07T09:00:00+00:00",
                     "outlet": "Test Wire", "language": "en", "text": TEXT},
        "events": [event(1, "2024-05-06", "Alpha", 16.0, 0.0), event(2, "2024-05-07", "Beta", 16.5, 0.5, "disputed")],
        "claims": [
            {"id": f"{doc_id}-c1", "claimant": {"name": "the governor", "country": "MLI", "sector": "GOV"},
             "stance": "assert", "text": "Gunmen attacked the village of Alpha", "start": 0, "end": 36,
             "event": f"{doc_id}-e2",
             "responses": [{"by": {"name": "Militia leader Bravo", "country": "MLI", "sector": "REB"},
                            "stance": "deny", "text": "that his men attacked the village",
                            "start": denial_start, "end": denial_start + 33}]},
            {"id": f"{doc_id}-c2", "claimant": {"name": "residents", "country": None, "sector": "CVL"},
             "stance": "assert", "text": "A second raid hit Beta on Tuesday", "start": TEXT.index("A second"),
             "end": TEXT.index("A second") + 33, "event": f"{doc_id}-e1"},
            {"id": f"{doc_id}-c3", "claimant": {"name": "the governor", "country": "MLI", "sector": "GOV"},
             "stance": "assert", "text": "killing 6 farmers", "start": TEXT.index("killing"),
             "end": TEXT.index("killing") + 17},
        ],
    })


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("newuser2") / "nu2.duckdb"
    with Store(str(path)) as store:
        store.add(_record())
    return str(path)


# --- help ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("cmd", [[], ["extract"], ["ingest"], ["events"], ["export"], ["claims"], ["serve"],
                                 ["report"], ["incidents"]])
def test_help_reads_in_80_columns(cmd):
    res = run_cli(*cmd, "--help", env={"COLUMNS": "80", "TERMINAL_WIDTH": "80"})
    out = res.stdout.decode()
    assert res.returncode == 0 and "Usage: sitrep" in out
    assert "…" not in out and "<bool>" not in out and "╭" not in out  # nothing cut, no flag shown as a value
    assert max(len(line) for line in out.splitlines()) <= 80


def test_command_list_is_whole_and_bare_sitrep_prints_it():
    out = run_cli("--help", env={"COLUMNS": "80"}).stdout.decode()
    for name in ("extract", "ingest", "events", "export", "claims", "serve", "incidents", "contradictions", "report"):
        line = next(line for line in out.splitlines() if line.strip().startswith(name + " "))
        assert not line.rstrip().endswith("..."), line  # a one-line summary, not a cut docstring
    res = run_cli()
    assert res.returncode == 2
    assert "Commands:" in (res.stdout + res.stderr).decode()  # plain help is the exception's message: shown


def test_date_options_name_their_values():
    out = run_cli("events", "--help").stdout.decode()
    assert "--since DATE" in out and "--db FILE" in out and "--country CODE" in out


# --- store errors ----------------------------------------------------------------------------------------
def test_make_demo_hint_only_for_the_default_store(tmp_path):
    (tmp_path / "demo.duckdb").write_bytes(b"")
    res = run_cli("events", "--db", str(tmp_path / "typo.duckdb"), cwd=tmp_path, env={"SITREP_DB": ""})
    line = one_error_line(res, "no database at", "typo.duckdb")
    assert "make demo" not in line  # the user named a store: the hint about demo.duckdb would mislead
    res = run_cli("events", cwd=tmp_path, env={"SITREP_DB": ""})
    one_error_line(res, "demo.duckdb")


def test_not_a_store_is_said_plainly(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    res = run_cli("events", "--db", str(bogus))
    assert res.returncode == 2
    line = one_error_line(res, "not a sitrep store", "notes.txt")
    assert "IO Error" not in line


def test_locked_store_is_one_short_line(db, tmp_path):
    """Another process holding the store for writing (an ingest)."""
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", db], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        res = run_cli("events", "--db", db)
        assert res.returncode == 2
        line = one_error_line(res, "locked by another process", f"PID {holder.pid}", "sitrep ingest")
        assert "duckdb.org" not in line and "IO Error" not in line
    finally:
        holder.kill()
        holder.wait()


def test_ingest_into_a_store_another_process_reads_says_what_to_do(db, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('ready', flush=True); time.sleep(60)", db], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        art = tmp_path / "a.txt"
        art.write_text("Rebels shelled the town of Alpha on Monday, killing 4 people.")
        res = run_cli("ingest", str(art), "--db", db)
        assert res.returncode == 2
        line = one_error_line(res, "in use by another process", f"PID {holder.pid}", "POST /api/documents")
        assert "duckdb.org" not in line
    finally:
        holder.kill()
        holder.wait()


def test_serve_says_what_the_store_allows(db, monkeypatch, capsys):
    import sitrep.api
    from sitrep import cli

    calls = []
    monkeypatch.setattr(sitrep.api, "serve", lambda **kw: calls.append(kw))
    cli.app(["serve", "--db", db, "--token", "t0k", "--port", "0"], standalone_mode=False)
    err = capsys.readouterr().err
    assert calls and calls[0]["token"] == "t0k"
    assert "/openapi.json" in err and "other sitrep commands can read" in err and "POST /api/documents" in err


# --- a server with writes enabled shares the store with the CLI ------------------------------------------
@pytest.fixture()
def shared(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.store import Store

    path = str(tmp_path / "shared.duckdb")
    with Store(path) as store:
        store.add(_record("nu2-s"))
    app = create_app(path, token="tok", hold_lock=False)
    with TestClient(app) as c:
        yield path, c, app


AUTH = {"Authorization": "Bearer tok"}


def test_cli_reads_while_a_token_server_runs_and_sees_its_writes(shared):
    path, c, _ = shared
    res = run_cli("events", "--db", path, "-f", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert {e["id"]: e["status"] for e in json.loads(res.stdout)} == {"nu2-s-e1": "reported", "nu2-s-e2": "disputed"}
    r = c.patch("/api/events/nu2-s-e1", headers=AUTH, json={"status": "denied", "reviewer": "t"})
    assert r.status_code == 200, r.text
    assert c.get("/api/events", params={"status": "denied"}).json()["total"] == 1  # the server reads its write
    res = run_cli("events", "--db", path, "--status", "denied", "-f", "json")
    assert [e["id"] for e in json.loads(res.stdout)] == ["nu2-s-e1"]  # and so does another process
    res = run_cli("export", "--db", path, "-f", "csv")
    assert res.returncode == 0 and b"nu2-s-e1" in res.stdout


def test_a_write_while_another_process_holds_the_file_is_503_and_reads_go_on(shared, monkeypatch):
    from sitrep.api.database import Database

    path, c, _ = shared
    monkeypatch.setattr(Database, "OPEN_WAIT", 0.5)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('ready', flush=True); time.sleep(60)", path],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        r = c.patch("/api/events/nu2-s-e1", headers=AUTH, json={"status": "claimed"})
        assert r.status_code == 503 and "another process" in r.json()["detail"]
        assert c.get("/api/events/nu2-s-e1").json()["event"]["status"] == "reported"  # reads still answered
    finally:
        holder.kill()
        holder.wait()
    r = c.patch("/api/events/nu2-s-e1", headers=AUTH, json={"status": "claimed"})
    assert r.status_code == 200 and c.get("/api/events/nu2-s-e1").json()["event"]["status"] == "claimed"


def test_streaming_export_and_writes_take_turns(shared):
    """A read in flight (an export streaming from its own cursor) holds writes back until it is closed."""
    path, c, app = shared
    db = app.state.db
    cur = db.fresh_cursor()
    done = []
    t = threading.Thread(target=lambda: done.append(
        c.patch("/api/events/nu2-s-e2", headers=AUTH, json={"status": "reported"}).status_code))
    t.start()
    time.sleep(0.5)
    assert not done  # waiting for the read
    assert cur.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    cur.close()
    t.join(10)
    assert done == [200]


def test_gate_gives_up_on_reads_that_never_end():
    from sitrep.api.database import _Gate

    gate = _Gate()
    gate.enter_read()
    t0 = time.monotonic()
    assert gate.enter_write(0.2) is False and time.monotonic() - t0 < 2
    gate.enter_read()  # a failed writer leaves the gate open to readers
    gate.exit_read()
    gate.exit_read()
    assert gate.enter_write(0.2) is True
    gate.exit_write()


def test_ingest_of_missing_paths_makes_no_store(tmp_path):
    store = tmp_path / "new.duckdb"
    res = run_cli("ingest", str(tmp_path / "nope.txt"), "--db", str(store))
    assert res.returncode == 2
    one_error_line(res, "nope.txt", "no such file")
    assert not store.exists()
    res = run_cli("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    one_error_line(res, "a.txt", "b.txt")


# --- country codes ---------------------------------------------------------------------------------------
def test_unknown_country_codes_are_refused():
    from sitrep.export.filters import FilterError, check_country

    assert check_country("ml") == "ML" and check_country("mli") == "MLI" and check_country("XK") == "XK"
    for bad in ("ZZ", "QQQ", "UK"):
        with pytest.raises(FilterError):
            check_country(bad)


def test_cli_and_api_refuse_a_country_code_nobody_has(db, client2):
    res = run_cli("events", "--db", db, "--country", "ZZ")
    assert res.returncode == 2
    one_error_line(res, "--country", "'ZZ'")
    r = client2.get("/api/events", params={"country": "ZZ"})
    assert r.status_code == 422 and "ZZ" in r.json()["detail"]
    assert client2.get("/api/events", params={"country": "ml"}).json()["total"] == 2


# --- API -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client2(db):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    with TestClient(create_app(db, token=None)) as c:
        yield c


def test_validation_errors_carry_one_line_message(client2):
    r = client2.get("/api/events", params={"limit": 0})
    assert r.status_code == 422
    body = r.json()
    assert isinstance(body["detail"], list)  # FastAPI's list stays for programs
    assert body["message"].startswith("limit: ") and "\n" not in body["message"]
    r = client2.get("/api/claims", params={"stance": "maybe", "offset": -3})
    msg = r.json()["message"]
    assert "stance" in msg and "offset" in msg and "'maybe'" in msg


def test_report_errors_name_parameters_not_cli_options(client2):
    r = client2.get("/api/report", params={"format": "md", "since": "2024-02-30"})
    assert r.status_code == 422
    assert "since" in r.json()["detail"] and "--" not in r.json()["detail"]


def test_event_detail_has_every_claim_of_its_article_this_events_first(client2):
    d = client2.get("/api/events/nu2-1-e1").json()
    # c2 is about e1; then c1 (about e2) and c3 (about no event) in text order
    assert [c["id"] for c in d["claims"]] == ["nu2-1-c2", "nu2-1-c1", "nu2-1-c3"]
    d = client2.get("/api/events/nu2-1-e2").json()
    assert [c["id"] for c in d["claims"]] == ["nu2-1-c1", "nu2-1-c3", "nu2-1-c2"]
    assert d["claims"][0]["responses"][0]["stance"] == "deny"


# --- web UI in chromium ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ui(db):
    with browsing(db) as found:
        yield found


@pytest.mark.browser
def test_event_page_shows_the_denial_linked_to_a_sibling_event(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/event/nu2-1-e1")
        page.wait_for_selector("#claims-other .claim")
        assert "A second raid hit Beta" in page.inner_text("#claims-event")
        other = page.inner_text("#claims-other")
        assert "Gunmen attacked the village of Alpha" in other and "Militia leader Bravo" in other
        assert page.locator("#claims-other .responses .stance-deny").count() == 1
    finally:
        page.close()


@pytest.mark.browser
def test_filtered_empty_state_and_timeline_labels(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/?since=2030-01-01")
        page.wait_for_selector("body[data-events-ready]")
        assert "No events match these filters" in page.inner_text("#no-events")
        assert page.locator("#events-table").count() == 0
        page.click("#no-events a")
        page.wait_for_selector("#events-table tbody tr")
        page.wait_for_selector("body[data-events-ready]")
        axis = page.inner_text("#timeline-axis")
        assert "2024-05-06" in axis and "2024-05-07" in axis and "tallest bar: 1 event a day" in axis
        assert page.locator("#timeline text").count() == 0  # no text inside the stretched SVG
        page.goto(base + "/#/?country=ZZ")
        page.wait_for_selector(".error")
        assert "ZZ" in page.inner_text(".error")
    finally:
        page.close()


@pytest.mark.browser
def test_narrow_screen_keeps_the_table_to_the_essentials(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page.goto(base + "/")
        page.wait_for_selector("body[data-events-ready]")
        visible = page.eval_on_selector_all("#events-table thead th",
                                            "ths => ths.filter(t => getComputedStyle(t).display !== 'none')"
                                            ".map(t => t.textContent.replace(/[▲▼]/g, '').trim())")
        assert "actors" not in visible and "source" not in visible and "country" not in visible
        assert visible[:3] == ["date", "type", "sub-type"] and "status" in visible
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert page.evaluate("document.getElementById('map').clientHeight") <= 300
    finally:
        page.close()


# --- report ----------------------------------------------------------------------------------------------
def test_report_with_no_matching_event_says_so(db, tmp_path):
    res = run_cli("report", "--db", db, "--since", "2031-01-01", "-f", "md", "--no-merge")
    assert res.returncode == 0
    md = res.stdout.decode()
    assert md.startswith("# Situation report, no events")
    assert "No stored event matches these filters" in md and "| ACLED type |" not in md  # no empty table
    assert "report is empty" in res.stderr.decode()
    out = tmp_path / "r.html"
    res = run_cli("report", "--db", db, "--since", "2031-01-01", "-o", str(out), "--no-merge")
    assert 'id="no-events"' in out.read_text() and "<th>Type</th>" not in out.read_text()
    res = run_cli("report", "--db", db, "-f", "md", "--no-merge")
    assert "No stored event matches" not in res.stdout.decode() and "| ACLED type |" in res.stdout.decode()


# --- serve -----------------------------------------------------------------------------------------------
def test_serve_on_a_port_in_use_is_one_line_before_anything_starts(db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = run_cli("serve", "--db", db, "--port", str(port))
    assert res.returncode == 2
    one_error_line(res, f"port {port}", "in use", "--port")
    res = run_cli("serve", "--db", db, "--port", "70000")
    assert res.returncode == 2
    one_error_line(res, "--port")


@pytest.mark.browser
def test_a_post_that_yields_no_document_reads_as_a_sentence(ui, tmp_path):
    """The API answers {"detail": {"message", "errors"}} when nothing in the body is an article: the page shows
    the message and the reasons, not a JSON dump."""
    from sitrep.api import create_app

    _, browser = ui
    with served(create_app(str(tmp_path / "w.duckdb"), token="tok")) as base:
        page = browser.new_page()
        try:
            page.goto(base + "/#/documents")
            page.fill("#token", "tok")
            page.dispatch_event("#token", "change")
            page.wait_for_selector("#ingest-form")
            page.fill("#ingest-text", "<html><head><title>x</title></head></html>")
            page.click("#ingest-form button[type=submit]")
            page.wait_for_function("() => document.getElementById('ingest-msg').className === 'error'")
            msg = page.inner_text("#ingest-msg")
            assert msg.startswith("422: no document in the body: ") and "{" not in msg, msg
        finally:
            page.close()


@pytest.mark.browser
def test_claim_links_have_no_dangling_separator(ui):
    base, browser = ui
    page = browser.new_page()
    try:
        page.goto(base + "/#/claims")
        page.wait_for_selector("#claims .claim")
        links = page.eval_on_selector_all("#claims .claim-links", "els => els.map(e => e.textContent)")
        assert len(links) == 3
        assert all(not t.startswith(" ·") and not t.strip().startswith("·") and not t.endswith("· ") for t in links), links
        assert any(t.startswith("event · Made-up raid report · 2024-05-07") for t in links), links
        assert "Made-up raid report · 2024-05-07" in links  # the claim about no event: no empty first part
    finally:
        page.close()


def test_reads_recover_when_another_process_wrote_between_two_of_ours(shared):
    """If another process takes the file for writing while the server has it closed (between a write and
    reopening), reads answer 503 instead of hanging, and work again once it lets go."""
    path, c, app = shared
    db = app.state.db
    app.state.index.wait()  # the index builds in the background at start-up, from a cursor of its own
    assert db._gate.enter_write(10)  # what a write does before it opens the file for writing
    db._close_pool()
    db._reads_open = False
    db._gate.exit_write()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", path], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"ready"
        r = c.get("/api/events/nu2-s-e1")
        assert r.status_code == 503 and "another process" in r.json()["detail"]
    finally:
        holder.kill()
        holder.wait()
    assert c.get("/api/events/nu2-s-e1").status_code == 200
    assert c.patch("/api/events/nu2-s-e1", headers=AUTH, json={"status": "claimed"}).status_code == 200


@pytest.mark.browser
def test_pasted_article_can_be_given_its_date_and_outlet(ui, tmp_path, monkeypatch):
    """The Documents page sends the date and outlet a pasted text lacks (the pipeline is stubbed: this is about
    the form and the API's parameters)."""
    import sitrep.api
    import sitrep.pipeline
    from sitrep.api import create_app

    seen = []

    def fake_extract(docs, nlp=None):
        for d in docs:
            seen.append((d.published, d.outlet, d.title))
            yield _record("nu2-p")
    monkeypatch.setattr(sitrep.pipeline, "extract", fake_extract)
    monkeypatch.setattr(sitrep.pipeline, "build_nlp", lambda *a, **k: None)
    _, browser = ui
    with served(create_app(str(tmp_path / "p.duckdb"), token="tok", hold_lock=False)) as base:
        page = browser.new_page()
        try:
            page.goto(base + "/#/documents")
            page.fill("#token", "tok")
            page.dispatch_event("#token", "change")
            page.wait_for_selector("#ingest-form")
            page.fill("#ingest-text", "Gunmen attacked a village on Sunday, officials said.")
            page.fill("#ingest-title", "Pasted")
            page.fill("#ingest-published", "2024-05-07")
            page.fill("#ingest-outlet", "Desk Wire")
            page.click("#ingest-form button[type=submit]")
            page.wait_for_url("**/#/document/nu2-p", timeout=20000)
            assert seen and seen[0][0].startswith("2024-05-07") and seen[0][1:] == ("Desk Wire", "Pasted")
        finally:
            page.close()


@pytest.mark.browser
def test_table_rows_open_from_the_keyboard(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/")
        page.wait_for_selector("#events-table tbody tr")
        row = page.locator('#events-table tr[data-id="nu2-1-e2"]')
        row.focus()
        page.keyboard.press("Enter")
        page.wait_for_selector("#event-title")
        assert page.url.endswith("#/event/nu2-1-e2")
    finally:
        page.close()


@pytest.mark.browser
def test_add_article_form_labels_sit_above_their_fields_on_a_phone(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    try:
        page.goto(base + "/#/documents")
        page.wait_for_selector("#ingest-form")
        for field in ("#ingest-title", "#ingest-published", "#ingest-outlet"):
            label = page.locator(f"label:has({field})")
            assert label.evaluate("l => getComputedStyle(l).flexDirection") == "column"
            lb, fb = label.bounding_box(), page.locator(field).bounding_box()
            assert fb["y"] > lb["y"] + 5 and fb["x"] < lb["x"] + 2  # the field under its caption, not beside it
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        page.close()


def test_openapi_describes_every_endpoint_and_parameter(client2):
    spec = client2.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("description"), f"{method.upper()} {path} has no description"
            for prm in op.get("parameters", []):
                if prm["in"] == "query":
                    assert prm.get("description"), (path, prm["name"])


def test_claims_stance_filter_and_denial_text(db):
    res = run_cli("claims", "--db", db, "--stance", "deny", "-f", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert [c["id"] for c in json.loads(res.stdout)] == ["nu2-1-c1"]  # the claim a denial answers
    res = run_cli("claims", "--db", db, "--stance", "deny")
    assert res.stdout.decode().split("\n")[0].strip() == "1 claim"
    assert "deny “that" in res.stdout.decode()  # the denial's own words follow its stance
    res = run_cli("claims", "--db", db, "--stance", "rumour")
    assert res.returncode == 2
    one_error_line(res, "--stance", "rumour")
