"""A ninth new-user pass: an HTML page whose <title> is never closed is read (it swallowed the whole page); a JSONL
line cut inside a string says the line ends before the string does; `sitrep incidents --type` reads CASE and PLOVER
labels as `sitrep events --type` does (a LIKE took "_" for a wildcard and knew neither); an event told with "12
killed" and "at least 24 killed" stores 36 as its best count (the map, timeline and sort read 12 while the CSV said
36); articles dated by their day only sort among timed ones in the API's lists; `sitrep claims` on a store lists
articles oldest first, each in the order of its text, with the article's date; `sitrep incidents --help` describes
its filters as `events` does; `contradictions` of an unknown incident fails, and nothing found reads as a sentence;
Kosovo filters by XK, XKX or its name; a date or outlet posted with an article fills in only what it lacks (a page's
own time and offset stay); a report names an account without an outlet by its headline, not its hash; the web UI
names an actor coded twice once, reads "1 event", "1 fatality", "part of day", and says when its brief leaves
filters out. Everything here is made up."""
import json

import pytest

from sitrep.model import Record
from sitrep.store import Store

from conftest import run_cli


def _event(eid, *, date="2025-05-02", sub="Armed clash", etype="Battles", case=None, plover=None, quantities=(),
           actors=(), place=("Alphaville", "ML", 16.0, -3.0)):
    name, country, lat, lon = place
    return {"id": eid, "acled": {"event_type": etype, "sub_event_type": sub, "interaction": None},
            "plover": {"event": plover, "mode": None, "context": []}, "case_label": case,
            "date": date, "date_end": None, "date_precision": "day", "actors": list(actors),
            "locations": [{"name": name, "country": country, "lat": lat, "lon": lon, "precision": "town"}],
            "quantities": list(quantities), "sources": [], "status": "reported", "historical": False,
            "evidence": []}


def _claim(cid, start, text="the town was shelled"):
    return {"id": cid, "claimant": {"name": "officials", "country": "MLI", "sector": "GOV"}, "stance": "assert",
            "text": text, "start": start, "end": start + len(text), "cue": "said", "event": None, "sources": [],
            "responses": []}


def _doc(did, published, *, title=None, outlet=None, events=(), claims=()):
    return Record.from_json({"document": {"id": did, "title": title, "published": published, "outlet": outlet,
                                          "language": "en",
                                          "text": f"Made-up text {did} about fighting near a town. " * 20},
                             "events": list(events), "claims": list(claims)})


def _fig(low, best, high, text):
    return {"kind": "fatalities", "text": text, "start": 0, "end": len(text), "item": None, "low": low,
            "best": best, "high": high, "approximate": False, "cumulative": False}


# --- ingest: broken markup, cut lines ------------------------------------------------------------------------------
PAGE = """<html><head><title>Rebels attack a police post in Made-up Town - Daily Made-up
<meta name="author" content="A. Writer">
<body><h1>Rebels attack a police post in Made-up Town</h1>
<time datetime="2025-06-02T09:15:00+09:00">2 June 2025 09:15</time>
<p>Rebels attacked a police post in Made-up Town early on Monday, killing two police officers, a police
spokesman said.
<p>Troops arrived in the area on Monday afternoon and were searching nearby villages, the military said.
<p>Hundreds of residents fled to a church in
"""


def test_a_page_whose_title_is_never_closed_is_read():
    from sitrep.ingest.readers import read_html

    (doc,) = list(read_html(PAGE, "page.html"))
    assert doc.text.startswith("Rebels attacked a police post in Made-up Town")
    assert "searching nearby villages" in doc.text and "<meta" not in doc.text
    assert doc.title == "Rebels attack a police post in Made-up Town"
    assert doc.published == "2025-06-02T09:15:00+09:00"


def test_a_page_with_its_title_closed_reads_the_same_and_an_empty_page_is_still_refused():
    from sitrep.errors import InputError
    from sitrep.ingest.readers import read_html

    closed = PAGE.replace("Daily Made-up\n", "Daily Made-up</title></head>\n")
    assert [d.text for d in read_html(closed, "a.html")] == [d.text for d in read_html(PAGE, "b.html")]
    with pytest.raises(InputError, match="no article body"):
        list(read_html("<html><head><title>Only a title", "empty.html"))


def test_a_line_cut_inside_a_string_says_the_line_ends_first():
    from sitrep.errors import InputError
    from sitrep.ingest.readers import jsonl_line

    line = '{"id": "x", "title": "Cut", "text": "This line is'
    (err,) = list(jsonl_line(line, "feed.jsonl:3"))
    assert isinstance(err, InputError)
    msg = str(err)
    assert "starting at column 37" in msg and f"the line ends at column {len(line)}" in msg and "at at" not in msg


# --- incidents: --type as `events` reads it -------------------------------------------------------------------------
@pytest.fixture()
def typed_db(tmp_path):
    path = str(tmp_path / "typed.duckdb")
    with Store(path) as store:
        store.add(_doc("ty1", "2025-05-03", title="Made-up clash", outlet="Made-up Post", events=[
            _event("ty1-e1", case="ARMED_CLASH", plover="FIGHT"),
            _event("ty1-e2", etype="Explosions/Remote violence", sub="Air/drone strike", case="AIR_STRIKE",
                   plover="ASSAULT", place=("Betaville", "NE", 14.0, 2.0)),
            _event("ty1-e3", etype="Violence against civilians", sub="Attack", case="ATTACK", plover="ASSAULT",
                   place=("Gammaville", "BF", 12.0, -1.0), date="2025-04-20")]))
    return path


@pytest.mark.parametrize("label", ["ASSAULT", "AIR_STRIKE", "armed clash", "Battles", "Attack", "FIGHT"])
def test_incidents_type_filter_reads_what_events_reads(typed_db, label):
    from sitrep import merge

    with Store(typed_db) as store:
        merge.update(store)
        events = {e["id"] for e in store.events(type=label)}
        found = merge.incidents(store, type=label)
        members = {r[0] for r in store.con.execute(
            "SELECT event_id FROM incident_events WHERE incident_id IN (SELECT unnest(?))",
            [[i["id"] for i in found]]).fetchall()}
    assert events and members == events


def test_incidents_type_filter_takes_no_wildcard(typed_db):
    from sitrep import merge

    with Store(typed_db) as store:
        merge.update(store)
        assert merge.incidents(store, type="Armed clas_") == []  # "_" was a LIKE wildcard
        assert len(merge.incidents(store, type="Armed clash")) == 1


def test_incidents_help_describes_its_filters_as_events_does():
    res = run_cli("incidents", "--help")
    assert res.returncode == 0
    text = " ".join(res.stdout.decode().split())
    assert "CASE or PLOVER label" in text and "YYYY-MM-DD (or YYYY-MM, YYYY)" in text
    assert "At most this many incidents" in text


# --- figures: "at least 24" counts in the best estimate ------------------------------------------------------------
@pytest.fixture()
def tolls_db(tmp_path):
    path = str(tmp_path / "tolls.duckdb")
    with Store(path) as store:
        store.add(_doc("tl", "2025-05-03", title="Made-up battle", outlet="Made-up Post", events=[
            _event("tl-e1", quantities=[_fig(12, 12, 12, "12 soldiers were killed"),
                                        _fig(24, None, None, "at least 24 attackers were killed")])]))
    return path


def test_an_at_least_figure_counts_in_the_stored_best_estimate(tolls_db, tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    with Store(tolls_db, read_only=True) as store:
        (row,) = store.query("SELECT fatalities_low, fatalities_best, fatalities_high FROM events")
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (36, 36, None)
    out = tmp_path / "tolls.csv"
    assert run_cli("export", "--db", tolls_db, "-o", str(out)).returncode == 0
    header, line = out.read_text().splitlines()[:2]
    assert dict(zip(header.split(","), line.split(",")))["fatalities"] == "36"  # the CSV and the store agree
    with TestClient(create_app(tolls_db, token=None)) as client:
        (day,) = client.get("/api/timeline").json()["days"]
        assert day["fatalities"] == 36
        (item,) = client.get("/api/events").json()["items"]
        assert item["fatalities_best"] >= item["fatalities_low"] == 36


def test_a_reviewed_events_old_figure_is_read_as_the_store_reads_it():
    from sitrep.api.queries import _figure_total

    total = _figure_total([_fig(12, 12, 12, "12"), _fig(24, None, None, "at least 24"),
                           dict(_fig(300, 300, 300, "300 since January"), cumulative=True)], "fatalities")
    assert total == {"low": 36, "best": 36, "high": None}
    assert _figure_total([_fig(3, 4, 5, "3 to 5")], "fatalities") == {"low": 3, "best": 4, "high": 5}
    # a range alone keeps no best estimate (the UI shows it as "40–60")
    assert _figure_total([_fig(40, None, 60, "between 40 and 60")], "fatalities") == \
        {"low": 40, "best": None, "high": 60}


# --- lists by publication: day-only dates among timed ones ---------------------------------------------------------
@pytest.fixture()
def dated_db(tmp_path):
    path = str(tmp_path / "dated.duckdb")
    with Store(path) as store:
        for did, pub in (("d-mar", "2025-03-14T18:40:00+01:00"), ("d-jul", "2025-07-08"),
                         ("d-aug", "2025-08-22T10:00:00+07:00"), ("d-jan", "2026-01-21"), ("d-none", None)):
            store.add(_doc(did, pub, title=f"Made-up story {did}", outlet="Made-up Post",
                           claims=[_claim(f"{did}-c2", 300, "a second thing happened"),
                                   _claim(f"{did}-c10", 400, "a third thing happened"),
                                   _claim(f"{did}-c1", 10)]))
    return path


def test_the_documents_list_sorts_day_only_dates_among_timed_ones(dated_db):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    with TestClient(create_app(dated_db, token=None)) as client:
        ids = [d["id"] for d in client.get("/api/documents").json()["items"]]
        assert ids == ["d-jan", "d-aug", "d-jul", "d-mar", "d-none"]
        claims = client.get("/api/claims").json()["items"]
        assert [c["doc_id"] for c in claims][::3] == ["d-jan", "d-aug", "d-jul", "d-mar", "d-none"]


def test_cli_claims_lists_articles_oldest_first_each_in_text_order(dated_db):
    res = run_cli("claims", "--db", dated_db, "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    items = json.loads(res.stdout)
    assert [c["id"] for c in items[:3]] == ["d-mar-c1", "d-mar-c2", "d-mar-c10"]  # by offset, not "c10" < "c2"
    assert [c["doc_id"] for c in items][::3] == ["d-mar", "d-jul", "d-aug", "d-jan", "d-none"]
    assert items[0]["published"] == "2025-03-14T18:40:00+01:00" and items[-1]["published"] is None
    table = run_cli("claims", "--db", dated_db, env={"COLUMNS": "200"}).stdout.decode()
    assert "published" in table and "2025-07-08" in table


# --- report: an account without an outlet ----------------------------------------------------------------------------
def test_a_report_names_an_account_without_an_outlet_by_its_headline(tmp_path):
    path = str(tmp_path / "untitled.duckdb")
    with Store(path) as store:
        store.add(_doc("nooutlet1", "2025-08-22", title="Live: made-up fighting in the south",
                       events=[_event("nooutlet1-e1", date="2025-08-22")]))
    res = run_cli("report", "--db", path, "-f", "md")
    assert res.returncode == 0, res.stderr.decode()
    md = res.stdout.decode()
    assert "| | Live: made-up fighting in the south (2025-08-22) |" in md
    html = run_cli("report", "--db", path, "--no-merge").stdout.decode()
    assert "Live: made-up fighting in the south<br>" in html


# --- web UI: an actor coded twice is named once; one event is "1 event" ---------------------------------------------
@pytest.fixture(scope="module")
def twice_ui(tmp_path_factory):
    from conftest import browsing

    crowd = "Several hundred made-up protesters"
    actors = [{"name": crowd, "country": "SRB", "sector": "RIO", "role": "actor1"},
              {"name": crowd, "country": "SRB", "sector": "PRO", "role": "actor1"},
              {"name": "made-up police", "country": "XKX", "sector": "POL", "role": "actor2"}]
    path = tmp_path_factory.mktemp("newuser9ui") / "twice.duckdb"
    with Store(str(path)) as store:
        riot = _event("tw-e1", etype="Riots", sub="Violent demonstration", actors=actors, date="2025-07-08",
                      quantities=[_fig(1, 1, 1, "one protester was killed")])
        riot["date_precision"] = "part_of_day"  # "on Tuesday evening"
        store.add(_doc("tw", "2025-07-08", title="Made-up riot", outlet="Made-up Wire", events=[riot]))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_an_actor_coded_twice_is_named_once_and_one_event_reads_singular(twice_ui):
    base, browser = twice_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/")
        page.wait_for_selector("#events-table tbody tr")
        (row,) = page.locator("#events-table tbody tr").all()
        actors = row.locator("td").all_inner_texts()[6]
        assert actors == "Several hundred made-up protesters; made-up police"
        body = page.inner_text("body")
        assert "1 event\n" in body and "1 events" not in body
        assert "1 fatality reported" in body
        assert page.inner_text("#brief-link") == "Export brief"
        page.goto(base + "/#/?type=Riots&country=ML")
        page.wait_for_selector("#events-table tbody tr")
        link = page.locator("#brief-link")
        assert link.inner_text() == "Export brief (dates and country only)"
        assert "type" in link.get_attribute("title") and "type=" not in link.get_attribute("href")
        assert "country=ML" in link.get_attribute("href")
        page.goto(base + "/#/event/tw-e1")
        page.wait_for_selector("#f-figures")
        assert page.inner_text("#f-figures") == "1 fatality"
        assert "2025-07-08 (part of day)" in page.inner_text("#view")
    finally:
        page.close()


# --- Kosovo: XK (GeoNames) and XKX (the actors' code) filter alike ------------------------------------------------------
@pytest.fixture()
def kosovo_db(tmp_path):
    path = str(tmp_path / "kosovo.duckdb")
    with Store(path) as store:
        store.add(_doc("ks", "2025-07-08", title="Made-up riot", outlet="Made-up Wire", events=[
            _event("ks-e1", etype="Riots", sub="Violent demonstration", date="2025-07-08",
                   place=("Made-up Town", "XK", 42.9, 20.8),
                   actors=[{"name": "made-up police", "country": "XKX", "sector": "POL", "role": "actor2"}]),
            _event("ks-e2", date="2025-07-08", place=("Alphaville", "RS", 43.0, 21.0))]))
    return path


@pytest.mark.parametrize("code", ["XK", "XKX", "xkx", "Kosovo"])
def test_kosovo_filters_by_either_code_or_its_name(kosovo_db, code):
    from sitrep import merge
    from sitrep.export.filters import check_country

    with Store(kosovo_db) as store:
        assert [e["id"] for e in store.events(country=check_country(code))] == ["ks-e1"]
        merge.update(store)
        (inc,) = merge.incidents(store, country=check_country(code))
    res = run_cli("events", "--db", kosovo_db, "--country", code, "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert [e["id"] for e in json.loads(res.stdout)] == ["ks-e1"]


# --- API: a date or outlet given with a posted article fills in what it lacks ----------------------------------------
@pytest.fixture()
def posting(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    import sitrep.pipeline
    from sitrep.api import create_app

    seen = []

    def fake_extract(docs, nlp=None):
        for d in docs:
            seen.append(d)
            yield Record(document=d)
    monkeypatch.setattr(sitrep.pipeline, "extract", fake_extract)
    monkeypatch.setattr(sitrep.pipeline, "build_nlp", lambda *a, **k: None)
    with TestClient(create_app(str(tmp_path / "post.duckdb"), token="tok", hold_lock=False)) as client:
        yield client, seen


HEADERS = {"Authorization": "Bearer tok"}


def test_a_posted_pages_own_time_is_not_cut_to_the_day_typed_with_it(posting):
    client, seen = posting
    page = PAGE.replace("Daily Made-up\n", "Daily Made-up</title></head>\n")
    r = client.post("/api/documents", params={"published": "2025-06-02", "outlet": "Typed Outlet"},
                    headers={**HEADERS, "Content-Type": "text/html"}, content=page.encode())
    assert r.status_code == 201, r.text
    assert seen[-1].published == "2025-06-02T09:15:00+09:00"  # the page's own stamp, with its hour and offset
    assert seen[-1].outlet == "Daily Made-up"


def test_a_posted_text_without_a_date_or_outlet_takes_the_given_ones(posting):
    client, seen = posting
    for text, want in (("Gunmen attacked a made-up village on Sunday, officials said. " * 3, "2025-06-02"),
                       ("MADE-UP TOWN, June 1 - Gunmen attacked a made-up village, officials said. " * 3,
                        "2025-06-02")):  # a dateline without a year lacks one too
        r = client.post("/api/documents", params={"published": "2025-06-02", "outlet": "Typed Outlet"},
                        headers={**HEADERS, "Content-Type": "text/plain"}, content=text.encode())
        assert r.status_code == 201, r.text
        assert seen[-1].published == want and seen[-1].outlet == "Typed Outlet"


# --- incidents and contradictions: an unknown id, nothing found, one of a kind ---------------------------------------
def test_contradictions_of_an_unknown_incident_fail_and_none_read_as_a_sentence(typed_db):
    from conftest import one_error_line

    res = run_cli("contradictions", "inc-nope", "--db", typed_db)
    assert res.returncode == 1
    one_error_line(res, "no such incident: inc-nope", "`sitrep incidents` lists them")
    res = run_cli("contradictions", "--db", typed_db)
    assert res.returncode == 0 and res.stdout.decode().strip() == "no contradictions"
    res = run_cli("incidents", "--db", typed_db, "--country", "ZW")
    assert res.returncode == 0 and res.stdout.decode().strip() == "no incidents"


def test_one_contradiction_reads_singular():
    from rich.console import Console

    from sitrep.merge.render import render_contradictions

    console = Console(record=True, width=160)
    side = {"value": "assert", "reports": [{"doc_id": "d1", "outlet": "Made-up Post", "text": "x", "start": 0,
                                            "end": 1}]}
    render_contradictions([{"kind": "denial", "incident_id": "inc-1", "summary": "s", "sides": [side]}], console)
    text = console.export_text()
    assert text.splitlines()[0].strip() == "1 contradiction" and "1 contradictions" not in text
