"""A seventh new-user pass: ACLED's civilian_targeting marks events whose main target is civilians, never a
battle whose victims' tally is read as a side; an article posted again through the API reports what the store
holds (not an extraction it did not keep) and says that a date or outlet given with it did not apply, and the
web UI's "Add an article" says so too; a page's time after its "PM" keeps its zone ("2:05 PM EDT") and a
dotted time ("09.30 BST") is kept. Everything here is made up."""
import pytest

from sitrep.export import acled_row, targets_civilians

AUTH = {"Authorization": "Bearer tok"}


# --- export: civilian_targeting ---------------------------------------------------------------------------------
def _ev(event_type, sub, actor2_sectors, actor1_sector="REB"):
    actors = [{"name": "gunmen", "country": "NGA", "sector": actor1_sector, "role": "actor1"}]
    actors += [{"name": f"side {i}", "country": "NGA", "sector": s, "role": "actor2"}
               for i, s in enumerate(actor2_sectors)]
    return {"id": "x-e1", "acled": {"event_type": event_type, "sub_event_type": sub, "interaction": None},
            "plover": {}, "actors": actors, "locations": [], "quantities": [], "sources": [], "evidence": []}


@pytest.mark.parametrize("event_type, sub, actor2, expected", [
    # two armed groups fight and "killed at least 80 people": the tally is not the battle's target
    ("Battles", "Armed clash", ["REB", "CVL"], False),
    ("Battles", "Armed clash", ["CVL"], False),
    # shelling that hits houses, an air strike on a market: civilians are the side acted upon
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", ["CVL"], True),
    # an air strike on fighters that also killed civilians: the main target is armed
    ("Explosions/Remote violence", "Air/drone strike", ["MLT", "CVL"], False),
    # every attack on, or abduction of, civilians is civilian targeting, however actor2 was read
    ("Violence against civilians", "Abduction/forced disappearance", [], True),
    ("Violence against civilians", "Attack", ["GOV"], True),
    ("Protests", "Excessive force against protesters", ["PRT"], True),
    ("Protests", "Peaceful protest", ["CVL"], False),
    ("Strategic developments", "Looting/property destruction", ["CVL"], False),
    ("Riots", "Mob violence", ["CVL"], True),
])
def test_civilian_targeting_marks_events_aimed_at_civilians(event_type, sub, actor2, expected):
    ev = _ev(event_type, sub, actor2)
    assert targets_civilians(ev) is expected
    assert acled_row(ev)["civilian_targeting"] == ("Civilian targeting" if expected else None)


# --- API: posting an article the store holds already ------------------------------------------------------------
def _fake_pipeline(monkeypatch):
    """A pipeline that finds two events in an undated article and one once it is given a date, as a real one
    does when a date lets a year-less dateline resolve and two mentions fall on one day."""
    import sitrep.pipeline
    from sitrep.model import Actor, Event, Evidence, Record

    def fake_extract(docs, nlp=None):
        for d in docs:
            n = 1 if d.published else 2
            events = [Event(id=f"{d.id}-e{i}", acled={"event_type": "Battles", "sub_event_type": "Armed clash",
                                                       "interaction": None},
                            actors=[Actor(name="troops", country="MLI", sector="MIL", role="actor1", start=0, end=6)],
                            evidence=[Evidence(0, 10, d.text[:10])]) for i in range(1, n + 1)]
            yield Record(document=d, events=events)
    monkeypatch.setattr(sitrep.pipeline, "extract", fake_extract)
    monkeypatch.setattr(sitrep.pipeline, "build_nlp", lambda *a, **k: None)


ARTICLE = ("Soldiers clashed with gunmen near a made-up village on Sunday, officials said.\n\n"
           "Residents said the fighting lasted several hours before the gunmen withdrew.")


@pytest.fixture()
def api(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    _fake_pipeline(monkeypatch)
    with TestClient(create_app(str(tmp_path / "nu7.duckdb"), token="tok", hold_lock=False)) as client:
        yield client


def test_a_repost_reports_the_stored_record_and_says_its_date_did_not_apply(api):
    first = api.post("/api/documents", headers={**AUTH, "Content-Type": "text/plain"}, content=ARTICLE)
    assert first.status_code == 201, first.text
    doc = first.json()["documents"][0]
    assert doc["status"] == "added" and len(doc["events"]) == 2 and doc["warnings"] == []

    again = api.post("/api/documents?published=2025-06-02&outlet=Made-up%20Wire",
                     headers={**AUTH, "Content-Type": "text/plain"}, content=ARTICLE)
    assert again.status_code == 200, again.text
    item = again.json()["documents"][0]
    assert item["status"] == "unchanged" and item["id"] == doc["id"]
    stored = api.get(f"/api/documents/{doc['id']}").json()
    # what the store holds (two events, no date, no outlet), not the one-event extraction it did not keep
    assert item["events"] == doc["events"] == sorted(e["id"] for e in stored["events"])
    assert stored["document"]["published"] is None and stored["document"]["outlet"] is None
    assert len(item["warnings"]) == 1
    warning = item["warnings"][0]
    assert "kept as stored" in warning and "published" in warning and "outlet" in warning

    # posted again as it was, nothing is said
    plain = api.post("/api/documents", headers={**AUTH, "Content-Type": "text/plain"}, content=ARTICLE)
    assert plain.json()["documents"][0]["warnings"] == []


def test_an_untitled_article_is_listed_by_the_start_of_its_text(api):
    import json

    api.post("/api/documents", headers={**AUTH, "Content-Type": "text/plain"}, content=ARTICLE)
    api.post("/api/documents", headers={**AUTH, "Content-Type": "application/x-ndjson"},
             content=json.dumps({"id": "t-1", "title": "A titled clash", "text": "Troops fought rebels."}) + "\n")
    items = {d["title"]: d for d in api.get("/api/documents").json()["items"]}
    assert items["A titled clash"]["lead"] is None
    lead = items[None]["lead"]
    assert lead.startswith("Soldiers clashed with gunmen") and "\n" not in lead and len(lead) <= 80
    # the list's search finds it by what the list shows of it
    found = api.get("/api/documents", params={"q": "clashed with gunmen"}).json()["items"]
    assert [d["lead"][:16] for d in found] == ["Soldiers clashed"]


def test_claims_of_an_untitled_article_carry_its_lead(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.model import Record
    from sitrep.store import Store

    text = "Officials met in Alpha on Monday to discuss the harvest."
    claim = {"id": "nu7-c1", "claimant": {"name": "Alpha council", "country": "MLI", "sector": "GOV"},
             "stance": "assert", "text": "Officials met in Alpha", "start": 0, "end": 22, "cue": ":",
             "event": None, "responses": [], "sources": []}
    path = str(tmp_path / "nu7c.duckdb")
    with Store(path) as store:
        store.add(Record.from_json({"document": {"id": "nu7", "title": None, "language": "en", "text": text},
                                    "events": [], "claims": [claim]}))
    with TestClient(create_app(path, token=None)) as c:
        item = c.get("/api/claims").json()["items"][0]
    assert item["doc_title"] is None and item["doc_lead"] == text


def test_a_repost_under_another_id_names_the_stored_one(api):
    import json

    line = {"id": "feed-1", "title": "Clash", "text": ARTICLE}
    api.post("/api/documents", headers={**AUTH, "Content-Type": "application/x-ndjson"},
             content=json.dumps(line) + "\n")
    # the same text under a new id is the stored article
    r = api.post("/api/documents", headers={**AUTH, "Content-Type": "application/x-ndjson"},
                 content=json.dumps({**line, "id": "feed-2"}) + "\n")
    item = r.json()["documents"][0]
    assert item["status"] == "unchanged" and item["id"] == "feed-1"
    assert item["events"] == ["feed-1-e1", "feed-1-e2"]
    assert api.get(f"/api/documents/{item['id']}").status_code == 200


# --- web UI: "Add an article" over an article already stored ----------------------------------------------------
@pytest.mark.browser
def test_the_add_form_says_a_date_did_not_apply_to_a_stored_article(tmp_path, monkeypatch):
    from pathlib import Path

    from conftest import CHROMIUM, served

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}")
    from sitrep.api import create_app

    _fake_pipeline(monkeypatch)
    with served(create_app(str(tmp_path / "nu7ui.duckdb"), token="tok", hold_lock=False)) as base, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/#/documents")
            page.fill("#token", "tok")
            page.fill("#ingest-text", ARTICLE)
            page.click("#ingest-form button[type=submit]")
            page.wait_for_url("**#/document/*")  # a new article opens
            page.wait_for_selector("h1 .untitled")
            assert page.locator("h1").inner_text().startswith("Soldiers clashed with gunmen")  # not its id
            page.goto(base + "/#/documents")
            page.wait_for_selector("#documents-table tbody tr")
            cell = page.locator("#documents-table tbody tr td").nth(1)
            assert cell.inner_text().startswith("Soldiers clashed") and cell.inner_text().endswith("\u2026")
            page.fill("#ingest-text", ARTICLE)
            page.fill("#ingest-published", "2025-06-02")
            page.click("#ingest-form button[type=submit]")
            msg = page.locator("#ingest-msg.error")
            msg.wait_for()
            text = msg.inner_text()
            assert "kept as stored" in text and "published" in text, text
            assert "#/documents" in page.url  # it stays, saying so, rather than opening the article as if dated
            page.click("#ingest-msg a")
            page.wait_for_url("**#/document/*")
        finally:
            browser.close()


# --- ingest: times in page heads -----------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("May 8, 2025 2:05 PM EDT", "2025-05-08T14:05:00-04:00"),       # the zone after the half of the day
    ("8 May 2025 9.30 p.m. EST", "2025-05-08T21:30:00-05:00"),
    ("May 8 2025 10:15 AM (PKT)", "2025-05-08T10:15:00+05:00"),
    ("Thu 8 May 2025 09.30 BST", "2025-05-08T09:30:00"),             # a dotted time; BST is ambiguous, no offset
    ("14.05.2025 08.30", "2025-05-14T08:30:00"),
    ("08.05.2025", "2025-05-08"),                                    # a dotted date is no time
    ("13 September 2022 13:10 (UTC+04:00)", "2022-09-13T13:10:00+04:00"),
])
def test_head_times_keep_their_zone_and_dotted_clock(value, expected):
    from sitrep.ingest.head import parse_datetime

    assert parse_datetime(value) == expected


def test_a_dotted_time_in_a_text_head_resolves_the_articles_hours():
    from sitrep.ingest.head import parse_head

    head = parse_head("Shelling hits border villages\nThu 8 May 2025 21.40 BST\n\n"
                      "Three people were killed in shelling overnight, officials said.")
    assert head.published == "2025-05-08T21:40:00"


# --- CLI: --bbox on events and export, as on report and the API -------------------------------------------------
@pytest.fixture(scope="module")
def boxed_db(tmp_path_factory):
    from sitrep.model import Record
    from sitrep.store import Store

    def ev(doc, n, place, lat, lon):
        return {"id": f"{doc}-e{n}", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                               "interaction": None}, "plover": {},
                "date": "2025-03-13", "date_precision": "day", "actors": [],
                "locations": [{"name": place, "country": "MZ", "lat": lat, "lon": lon, "precision": "town"}],
                "quantities": [], "sources": [], "status": "reported", "historical": False, "evidence": []}

    path = tmp_path_factory.mktemp("newuser7") / "box.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {"id": "bx", "title": "Made-up", "published": "2025-03-14",
                                                 "language": "en", "text": "Made-up text about two towns."},
                                    "events": [ev("bx", 1, "North town", -11.3, 40.3),
                                               ev("bx", 2, "South town", -25.9, 32.6)], "claims": []}))
    return str(path)


def test_events_and_export_take_a_bounding_box(boxed_db, tmp_path):
    import json

    from conftest import one_error_line, run_cli

    res = run_cli("events", "--db", boxed_db, "--bbox", "39,-13,41,-10", "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert [e["id"] for e in json.loads(res.stdout)] == ["bx-e1"]
    out = tmp_path / "box.csv"
    res = run_cli("export", "--db", boxed_db, "--bbox", "30,-30,35,-20", "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    rows = out.read_text().splitlines()
    assert len(rows) == 2 and rows[1].startswith("bx-e2,")
    bad = run_cli("events", "--db", boxed_db, "--bbox", "39,-13,41")
    assert bad.returncode == 2
    one_error_line(bad, "--bbox must be four numbers")


# --- API: a claimant filter that finds who denied, a status in any case, actor roles checked ----------------------
@pytest.fixture()
def claims_client(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.model import Record
    from sitrep.store import Store

    text = ("Made-up army said rebels shelled the town. The rebels denied shelling the town, a spokesman said.")
    claim = {"id": "dn-c1", "claimant": {"name": "Made-up army", "country": "MLI", "sector": "MIL"},
             "stance": "assert", "text": "rebels shelled the town", "start": 17, "end": 40, "cue": "said",
             "event": "dn-e1", "sources": [],
             "responses": [{"by": {"name": "The rebels", "country": "MLI", "sector": "REB"}, "stance": "deny",
                            "text": "shelling the town", "start": 54, "end": 71}]}
    ev = {"id": "dn-e1", "acled": {"event_type": "Explosions/Remote violence",
                                   "sub_event_type": "Shelling/artillery/missile attack", "interaction": None},
          "plover": {}, "date": "2025-03-01", "date_precision": "day",
          "actors": [{"name": "rebels", "country": "MLI", "sector": "REB", "role": "actor1"}],
          "locations": [], "quantities": [], "sources": [], "status": "denied", "historical": False,
          "evidence": []}
    path = str(tmp_path / "dn.duckdb")
    with Store(path) as store:
        store.add(Record.from_json({"document": {"id": "dn", "title": "Made-up", "published": "2025-03-02",
                                                 "language": "en", "text": text},
                                    "events": [ev], "claims": [claim]}))
    with TestClient(create_app(path, token=None)) as c:
        yield c


def test_claimant_filter_finds_the_claims_someone_answered(claims_client):
    r = claims_client.get("/api/claims", params={"claimant": "rebels"}).json()
    assert [c["id"] for c in r["items"]] == ["dn-c1"]  # the rebels only deny: the claim they answer
    assert claims_client.get("/api/claims", params={"claimant": "army"}).json()["total"] == 1
    assert claims_client.get("/api/claims", params={"claimant": "Somebody else"}).json()["total"] == 0


def test_status_filter_ignores_case_and_actor_role_is_checked(claims_client):
    for url in ("/api/events", "/api/events.points", "/api/timeline"):
        r = claims_client.get(url, params={"status": "Denied"})
        assert r.status_code == 200, (url, r.text)
    assert claims_client.get("/api/events", params={"status": "DENIED"}).json()["total"] == 1
    assert claims_client.get("/api/events", params={"status": "reported"}).json()["total"] == 0
    bad = claims_client.get("/api/actors", params={"role": "attacker"})
    assert bad.status_code == 422 and "actor1" in bad.json()["message"]
    assert claims_client.get("/api/actors", params={"role": "actor1"}).json()["total"] == 1


# --- web UI: an event's span of days, and undated events said so ----------------------------------------------
@pytest.fixture(scope="module")
def spans_ui(tmp_path_factory):
    from conftest import browsing
    from sitrep.model import Record
    from sitrep.store import Store

    def ev(n, date, end, place):
        return {"id": f"sp-e{n}", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                            "interaction": None}, "plover": {},
                "date": date, "date_end": end, "date_precision": "day" if date else None, "actors": [],
                "locations": [{"name": place, "country": "CO", "lat": 8.0 + n, "lon": -73.0, "precision": "town"}],
                "quantities": [], "sources": [], "status": "reported", "historical": False, "evidence": []}

    path = tmp_path_factory.mktemp("newuser7ui") / "spans.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {"id": "sp", "title": "Made-up fighting", "published": "2025-01-18",
                                                 "language": "en", "text": "Made-up text about fighting."},
                                    "events": [ev(1, "2025-01-16", "2025-01-18", "Alpha"),
                                               ev(2, "2025-01-18", None, "Beta"),
                                               ev(3, "2024-12-30", "2025-01-02", "Gamma"),
                                               ev(4, None, None, "Delta")], "claims": []}))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_event_rows_show_their_span_and_undated_ones_say_so(spans_ui):
    base, browser = spans_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        for url, table in (("/#/", "#events-table"), ("/#/document/sp", "table.data")):
            page.goto(base + url)
            page.wait_for_selector(f"{table} tbody tr")
            dates = {}
            for row in page.locator(f"{table} tbody tr").all():
                tds = row.locator("td").all_inner_texts()
                where = tds[3]
                dates[where] = tds[0]
            assert dates == {"Alpha": "2025-01-16 \u2013 01-18", "Beta": "2025-01-18",
                             "Gamma": "2024-12-30 \u2013 2025-01-02", "Delta": "undated"}, (url, dates)
    finally:
        page.close()


# --- merge after writes: a POST joins incidents, a re-run ingest merges what a killed run left ---------------------
def test_a_posted_article_is_merged_into_incidents(api, tmp_path):
    import duckdb

    r = api.post("/api/documents", headers={**AUTH, "Content-Type": "text/plain"}, content=ARTICLE)
    assert r.status_code == 201 and r.json()["documents"][0]["warnings"] == []
    con = duckdb.connect(str(tmp_path / "nu7.duckdb"), read_only=True)
    try:
        unmerged = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                               "(SELECT 1 FROM incident_events i WHERE i.event_id = e.id)").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    assert events == 2 and unmerged == 0


def test_a_rerun_ingest_merges_what_an_earlier_run_stored_unmerged(tmp_path):
    import duckdb

    from conftest import run_cli

    art = tmp_path / "clash.txt"
    art.write_text("KANO, June 3, 2025 - Gunmen killed four people in an attack on a market in Kano on Monday, "
                   "police said.\n")
    db = str(tmp_path / "rerun.duckdb")
    first = run_cli("ingest", str(art), "--db", db, "--no-merge")  # as a run killed before its merge leaves it
    assert first.returncode == 0, first.stderr.decode()
    assert "merged" not in first.stderr.decode()
    again = run_cli("ingest", str(art), "--db", db)
    err = again.stderr.decode()
    assert again.returncode == 0 and "1 unchanged" in err and "merged 1 new document" in err, err
    con = duckdb.connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM incident_events").fetchone()[0] >= 1
    finally:
        con.close()
    # and once merged, a re-run says nothing about merging
    third = run_cli("ingest", str(art), "--db", db)
    assert "merged" not in third.stderr.decode()
