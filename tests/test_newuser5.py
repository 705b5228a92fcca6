"""A fifth new-user pass: the API refuses a query parameter its endpoint does not take (a typo such as
`?contry=ML` would otherwise give the unfiltered answer as if it were the filtered one); event list items carry
`fatalities_high`, and the web UI's table shows a range as "40–60" and a lower bound as "≥12" instead of 40 and
12; a bad filter's error shows once, not under the map and again in the timeline; a publication day without a
year ("--11-18") reads as such; `sitrep incidents` and `contradictions` name their values in --help as the other
commands do. Everything here is made up."""

import pytest

from conftest import browsing, run_cli

TEXT = ("Gunmen ambushed a convoy near the town of Alpha on Saturday, killing between 40 and 60 soldiers, "
        "security sources said. A second attack hit Beta, killing at least 12 people.")


def _event(doc_id, n, place, lat, lon, low, best, high, text):
    return {"id": f"{doc_id}-e{n}", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                              "interaction": "State forces-Rebel group", "interaction_code": 12},
            "plover": {"event": "ASSAULT", "mode": None, "context": []}, "date": f"2024-05-0{n + 3}",
            "date_end": None, "date_precision": "day",
            "actors": [{"role": "actor1", "name": "Gunmen", "country": "MLI", "sector": "REB"}],
            "locations": [{"name": place, "country": "ML", "lat": lat, "lon": lon, "precision": "town"}],
            "quantities": [{"kind": "fatalities", "text": text, "start": 0, "end": len(text), "low": low,
                            "best": best, "high": high, "approximate": high is None or low != high,
                            "cumulative": False}],
            "sources": [{"name": "Test Wire", "kind": "outlet"}], "status": "reported", "historical": False,
            "evidence": [{"start": 0, "end": 30, "text": TEXT[:30]}]}


def _records():
    from sitrep.model import Record

    events = [_event("nu5-1", 1, "Alpha", 15.0, -1.5, 40, None, 60, "between 40 and 60"),
              _event("nu5-1", 2, "Beta", 14.0, -2.0, 12, 12, None, "at least 12"),
              _event("nu5-1", 3, "Gamma", 13.0, -3.0, 5, 5, 5, "five")]
    events[2]["actors"] = [{"role": "actor1", "name": "Soldiers", "country": "MLI", "sector": "MIL"}]
    events[2]["sources"].append({"name": "army spokesman", "kind": "official"})
    yield Record.from_json({"document": {"id": "nu5-1", "title": "Made-up ambush", "published": "2024-05-07",
                                         "outlet": "Test Wire", "language": "en", "text": TEXT},
                            "events": events, "claims": []})
    # a wire dateline with a day and month only ("ALPHA, May 6 -"): the publication day has no year
    yield Record.from_json({"document": {"id": "nu5-2", "title": "Made-up yearless report", "published": "--05-06",
                                         "outlet": "Test Wire", "language": "en",
                                         "text": "Officials met in Alpha on Monday to discuss the harvest."},
                            "events": [], "claims": [
                                {"id": "nu5-2-c1", "claimant": {"name": "Alpha council", "country": "MLI",
                                                                "sector": "GOV"},
                                 "stance": "assert", "text": "Officials met in Alpha", "start": 0, "end": 22,
                                 "cue": ":", "event": None, "responses": [], "sources": []},
                                {"id": "nu5-2-c2", "claimant": {"name": "Beta mayor", "country": "MLI",
                                                                "sector": "GOV"},
                                 "stance": "assert", "text": "to discuss the harvest", "start": 33, "end": 55,
                                 "cue": "said", "event": None, "responses": [], "sources": []}]})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("newuser5") / "nu5.duckdb"
    with Store(str(path)) as store:
        for rec in _records():
            store.add(rec)
    return str(path)


@pytest.fixture(params=["index", "sql"])
def client(db, request, monkeypatch):
    """Both ways the API answers a list: the in-memory event index and plain SQL."""
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    monkeypatch.setenv("SITREP_API_INDEX", "1" if request.param == "index" else "0")
    with TestClient(create_app(db, token=None)) as c:
        if request.param == "index":
            import time
            deadline = time.time() + 20
            while not c.get("/api/health").json()["index"]["ready"]:
                assert time.time() < deadline, "index not ready"
                time.sleep(0.05)
        yield c


# --- API: unknown query parameters ----------------------------------------------------------------------------
@pytest.mark.parametrize("url, unknown, named", [
    ("/api/events?contry=ML", "'contry'", "country"),                      # a typo of a filter
    ("/api/events?country=ML&stance=deny", "'stance'", "status"),          # a parameter of another endpoint
    ("/api/claims?since=2024-01-01", "'since'", "stance"),
    ("/api/timeline?sort=date", "'sort'", "until"),
    ("/api/health?verbose=1", "'verbose'", "no query parameters"),
    ("/api/events/nu5-1-e1?include=actors", "'include'", "no query parameters"),
])
def test_a_query_parameter_the_endpoint_does_not_take_is_refused(client, url, unknown, named):
    r = client.get(url)
    assert r.status_code == 422, r.text
    msg = r.json()["message"]
    assert msg.startswith("unknown query parameter") and unknown in msg and named in msg
    assert "\n" not in msg


def test_every_parameter_an_endpoint_documents_is_accepted(client):
    """The check reads the same parameters the schema lists, the shared filters included."""
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events.points", "/api/timeline", "/api/claims", "/api/export"):
        names = [p["name"] for p in schema["paths"][path]["get"]["parameters"]]
        assert "limit" in names or "since" in names
        r = client.get(path, params={n: "" for n in names})  # empty values: each is read, none unknown
        assert not (r.status_code == 422 and "unknown query parameter" in r.text), (path, r.text)
    assert client.get("/api/events", params={"country": "ML", "limit": 2, "sort": "-date"}).json()["total"] == 3


# --- API and UI: fatalities as ranges and lower bounds --------------------------------------------------------
def test_list_items_carry_the_high_end_of_a_range(client):
    items = {e["location"]: e for e in client.get("/api/events?sort=location").json()["items"]}
    assert (items["Alpha"]["fatalities_low"], items["Alpha"]["fatalities_best"], items["Alpha"]["fatalities_high"]) \
        == (40, None, 60)
    assert (items["Beta"]["fatalities_low"], items["Beta"]["fatalities_high"]) == (12, None)
    assert (items["Gamma"]["fatalities_low"], items["Gamma"]["fatalities_high"]) == (5, 5)


@pytest.fixture(scope="module")
def ui(db):
    with browsing(db) as found:
        yield found


@pytest.mark.browser
def test_table_shows_ranges_and_lower_bounds_as_such(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/")
        page.wait_for_selector("body[data-events-ready]")
        cells = {}
        for row in page.locator("#events-table tbody tr").all():
            tds = row.locator("td").all_inner_texts()
            cells[tds[3]] = tds[5]
        assert cells == {"Alpha": "40\u201360", "Beta": "\u226512", "Gamma": "5"}
    finally:
        page.close()


@pytest.mark.browser
def test_a_bad_filter_is_said_once(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/?since=2024-06-01&until=2024-05-01")
        page.wait_for_selector("p.error")
        page.wait_for_timeout(300)
        errors = page.locator("p.error").all_inner_texts()
        assert len(errors) == 1 and "swapped" in errors[0]
    finally:
        page.close()


@pytest.mark.browser
def test_a_publication_day_without_a_year_says_so(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/documents")
        page.wait_for_selector("table tbody tr")
        text = page.inner_text("table")
        assert "05-06 (year not given)" in text and "--05-06" not in text
        assert "2024-05-07" in text
        page.goto(base + "/#/document/nu5-2")
        page.wait_for_selector("h1")
        page.wait_for_timeout(300)
        assert "05-06 (year not given)" in page.inner_text("body")
    finally:
        page.close()


# --- CLI: the merge commands' --help --------------------------------------------------------------------------
@pytest.mark.parametrize("cmd, usage, options", [
    ("incidents", "[INCIDENT_ID]", ["--db FILE", "--country CODE", "--since DATE", "--limit N", "--explain EVENT_ID",
                                    "-f, --format FORMAT"]),
    ("contradictions", "[INCIDENT_ID]", ["--db FILE", "-f, --format FORMAT"]),
])
def test_merge_commands_name_their_values(cmd, usage, options):
    res = run_cli(cmd, "--help")
    text = res.stdout.decode()
    assert res.returncode == 0 and f"[OPTIONS] {usage}" in text
    assert "<str>" not in text and "<int>" not in text and "<list[str]>" not in text
    for opt in options:
        assert opt in text, opt


# --- API: a feed that repeats an article ---------------------------------------------------------------------
def test_a_posted_feed_that_repeats_an_article_lists_it_once_and_names_the_repeat(tmp_path):
    import json

    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    one = {"id": "nu5-feed-1", "published": "2024-05-07", "outlet": "Test Wire",
           "text": "Gunmen attacked a village near the town of Alpha on Monday, killing 4 people, police said."}
    two = {"id": "nu5-feed-2", "published": "2024-05-08", "outlet": "Test Wire",
           "text": "Soldiers clashed with rebels near the town of Beta on Tuesday, the army said."}
    feed = "\n".join(json.dumps(x) for x in (one, two, one)) + "\n"
    with TestClient(create_app(str(tmp_path / "feed.duckdb"), token="tok", hold_lock=False)) as c:
        r = c.post("/api/documents", files={"file": ("feed.jsonl", feed.encode())},
                   headers={"Authorization": "Bearer tok"})
        assert r.status_code == 201, r.text
        body = r.json()
        assert [d["id"] for d in body["documents"]] == ["nu5-feed-1", "nu5-feed-2"]
        assert [d["status"] for d in body["documents"]] == ["added", "added"]
        assert len(body["errors"]) == 1
        assert body["errors"][0].endswith("feed.jsonl:3: skipped: the same document as <api>:feed.jsonl:1")


# --- CLI: the actor and source filters the API and web UI have ------------------------------------------------
@pytest.mark.parametrize("args, expected", [
    (["--actor", "gunmen"], ["nu5-1-e1", "nu5-1-e2"]),        # part of an actor's name, any case
    (["--actor", "MIL"], ["nu5-1-e3"]),                       # a sector code
    (["--actor", "mli"], ["nu5-1-e1", "nu5-1-e2", "nu5-1-e3"]),  # an ISO alpha-3 code
    (["--source", "spokesman"], ["nu5-1-e3"]),
    (["--actor", "gunmen", "--source", "spokesman"], []),
])
def test_events_and_export_filter_by_actor_and_source(db, tmp_path, args, expected):
    import csv
    import json

    res = run_cli("events", "--db", db, "-f", "json", *args)
    assert res.returncode == 0, res.stderr
    assert sorted(e["id"] for e in json.loads(res.stdout)) == expected
    out = tmp_path / "ev.csv"
    res = run_cli("export", "--db", db, "-o", str(out), *args)
    assert res.returncode == 0, res.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        assert sorted(r["event_id_cnty"] for r in csv.DictReader(fh)) == expected


def test_store_actor_and_source_filters_agree_with_the_api(db, client):
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        for kw in ({"actor": "soldiers"}, {"actor": "REB"}, {"source": "test wire"}, {"actor": "nobody"}):
            ours = sorted(r["id"] for r in store.events(**kw))
            theirs = sorted(e["id"] for e in client.get("/api/events", params=kw).json()["items"])
            assert ours == theirs, kw


# --- CLI: the table says who acted on whom --------------------------------------------------------------------
def test_table_actors_read_actor1_to_actor2_each_code_once():
    from sitrep.cli import _actor_sides

    actors = [{"role": "actor1", "country": "CMR", "sector": "REB"},
              {"role": "actor2", "country": "CMR", "sector": "POL"},
              {"role": "actor2", "country": "CMR", "sector": "POL"},   # "a gendarmerie post", "three gendarmes"
              {"role": "associated", "country": None, "sector": "MIL"}]
    assert _actor_sides(actors) == "CMR REB, ? MIL → CMR POL"
    assert _actor_sides([{"role": "actor1", "country": "MLI", "sector": "MIL"}]) == "MLI MIL"
    assert _actor_sides([]) == ""


def test_events_table_heads_the_actor_column_with_its_direction(db):
    res = run_cli("events", "--db", db, "--actor", "gunmen")
    text = res.stdout.decode()
    assert res.returncode == 0 and "actors (1 → 2)" in text and "MLI REB" in text and "MLI MIL" not in text


@pytest.mark.browser
def test_a_punctuation_cue_is_not_shown_in_quotes(ui):
    base, browser = ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/claims")
        page.wait_for_selector(".claim")
        cards = {c.split("\n")[0]: c for c in page.locator(".claim").all_inner_texts()}
        council = next(v for k, v in cards.items() if "Alpha council" in k)
        mayor = next(v for k, v in cards.items() if "Beta mayor" in k)
        assert "\u201c:\u201d" not in council and "\u201csaid\u201d" in mayor
    finally:
        page.close()


# --- CLI: --published on an article the store already holds ---------------------------------------------------
def test_ingest_says_when_published_cannot_change_a_stored_article(tmp_path):
    art = tmp_path / "bare.txt"
    art.write_text("Gunmen attacked a market in the town of Alpha on Monday, killing 3 traders, police said.\n",
                   encoding="utf-8")
    db = str(tmp_path / "p.duckdb")
    first = run_cli("ingest", str(art), "--db", db, "--no-merge")
    assert first.returncode == 0 and "1 added" in first.stderr.decode()
    assert "kept as stored" not in first.stderr.decode()
    again = run_cli("ingest", str(art), "--db", db, "--no-merge", "--published", "2024-05-08", "--outlet", "Wire")
    err = again.stderr.decode()
    assert again.returncode == 0 and "1 unchanged" in err
    assert "1 document was stored already and kept as stored: --published and --outlet fill in only" in err
