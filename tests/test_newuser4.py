"""A fourth new-user pass: a "By X staff" byline names the outlet without its "By"; a JSONL line without an
article says why (no "text" field, an empty one, not an object); ACLED's inter1/inter2 follow actor1 and actor2
instead of the interaction code's sorted digits; the CSV's admin1 column is filled from the gazetteer; the
store's fatality columns (the API's sort, map and timeline) leave running totals out, as the CSV does, and a
review keeps them; GET /api says what the API offers; a review whose end date falls before its start date is
refused; union and JSON errors read as one plain sentence; "1 event" reads singular and argument help shows no
Python types; an HTML page dated only by its <time> tag keeps the time and offset; the table shows lower bounds
and running totals as such; extract prints a document a feed repeats once. Everything here is made up."""
import json

import pytest

from conftest import run_cli

AUTH = {"Authorization": "Bearer tok"}
TEXT = ("Rebels attacked an army post near the town of Alpha on Monday, killing 3 soldiers, the army said. "
        "More than 90 people have been killed in the district since January, officials said.")


def _record(doc_id="nu4-1"):
    from sitrep.model import Record

    ev = {"id": f"{doc_id}-e1", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                          "interaction": "State forces-Rebel group", "interaction_code": 12},
          "plover": {"event": "ASSAULT", "mode": None, "context": []}, "date": "2024-05-06", "date_end": "2024-05-07",
          "date_precision": "day",
          "actors": [{"role": "actor1", "name": "Rebels", "country": "MLI", "sector": "REB"},
                     {"role": "actor2", "name": "an army post", "country": "MLI", "sector": "MIL"}],
          "locations": [{"name": "Alpha", "country": "ML", "lat": 16.0, "lon": 0.0, "precision": "town"}],
          "quantities": [{"kind": "fatalities", "text": "3", "start": 75, "end": 76, "low": 3, "best": 3, "high": 3,
                          "approximate": False, "cumulative": False},
                         {"kind": "fatalities", "text": "More than 90", "start": 100, "end": 112, "low": 90,
                          "best": 90, "high": None, "approximate": True, "cumulative": True}],
          "sources": [{"name": "Test Wire", "kind": "outlet"}], "status": "reported", "historical": False,
          "evidence": [{"start": 0, "end": 40, "text": TEXT[:40]}]}
    return Record.from_json({"document": {"id": doc_id, "title": "Made-up clash", "published": "2024-05-07",
                                          "outlet": "Test Wire", "language": "en", "text": TEXT},
                             "events": [ev], "claims": []})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("newuser4") / "nu4.duckdb"
    with Store(str(path)) as store:
        store.add(_record())
    return str(path)


@pytest.fixture()
def client(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.store import Store

    path = tmp_path / "nu4api.duckdb"
    with Store(str(path)) as store:
        store.add(_record())
    with TestClient(create_app(str(path), token="tok", hold_lock=False)) as c:
        yield c


# --- ingest ----------------------------------------------------------------------------------------------
def test_staff_byline_names_the_outlet_without_its_by():
    from sitrep.ingest.head import parse_head

    head = parse_head("Live: floods reach the coast\nBy Harbour Wire staff\nPublished 2025-03-15 08:00 GMT\n\n"
                      "08:05 GMT\nWater is rising.")
    assert head.outlet == "Harbour Wire" and head.author is None and head.title.startswith("Live: floods")
    # the byline without "By" reads as before, and a person's byline stays a person's
    assert parse_head("Live: floods\nHarbour Wire staff\n\nBody.").outlet == "Harbour Wire"
    person = parse_head("Floods reach the coast\nBy Jane Roe\n\nBody.")
    assert person.author == "Jane Roe" and person.outlet is None


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Raid on a made-up village</title></head>
<body><article><h1>Raid on a made-up village</h1><p class="byline">By Jane Roe</p>
<time datetime="{stamp}">16 April 2024, 18:20</time>
<p>Gunmen attacked the village of Alpha this morning, killing six farmers, the governor said in a statement.</p>
<p>The militia denied any part in the raid, saying its fighters had been far from the area at the time.</p>
</article></body></html>"""


def test_a_page_stamped_only_by_its_time_tag_keeps_the_time_and_offset(tmp_path):
    from sitrep.ingest import read_path

    page = tmp_path / "raid.html"
    page.write_text(PAGE.format(stamp="2024-04-16T18:20:00+09:00"), encoding="utf-8")
    doc = next(d for d in read_path(page) if hasattr(d, "text"))
    assert doc.published == "2024-04-16T18:20:00+09:00"
    # a <time> of another day than the page's (a related story's) is not taken for the article's
    from sitrep.ingest.readers import _time_published

    assert _time_published(PAGE.format(stamp="2024-04-15T23:00:00+00:00"), "2024-04-16") is None
    assert _time_published(PAGE.format(stamp="2024-04-16T18:20:00+09:00"), None) is None


@pytest.mark.parametrize("line, needle", [
    ('{"id": "a", "body": "Gunmen attacked a village."}', 'no "text" field (its fields: id, body)'),
    ('{"id": "a", "text": "   "}', '"text" is empty'),
    ('{"text": 12}', '"text" is a number, not a string'),
    ('["Gunmen attacked a village."]', "is an array, not an object"),
])
def test_a_jsonl_line_without_an_article_says_why(line, needle):
    from sitrep.errors import InputError
    from sitrep.ingest.readers import read_jsonl

    out = list(read_jsonl(line + '\n{"text": "Gunmen attacked a village on Monday."}', "feed.jsonl"))
    assert isinstance(out[0], InputError) and "feed.jsonl:1: skipped: " in str(out[0]) and needle in str(out[0])
    assert not isinstance(out[1], InputError) and out[1].text.startswith("Gunmen")


# --- export ----------------------------------------------------------------------------------------------
def _event(actors, code, country="ML"):
    return {"id": "x-e1", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash", "interaction": None,
                                    "interaction_code": code},
            "plover": {"event": "ASSAULT", "mode": None}, "date": "2024-05-06", "actors": actors,
            "locations": [{"name": "Alpha", "country": country, "lat": 1.0, "lon": 1.0, "precision": "town"}],
            "quantities": [], "sources": [], "evidence": []}


def _actor(role, sector, country="MLI"):
    return {"role": role, "name": f"{sector} side", "country": country, "sector": sector}


@pytest.mark.parametrize("actors, code, expected", [
    ([_actor("actor1", "REB"), _actor("actor2", "MIL")], 12, (2, 1)),     # rebels attack soldiers
    ([_actor("actor1", "MIL"), _actor("actor2", "REB")], 12, (1, 2)),
    ([_actor("actor1", "UAG"), _actor("actor2", "CVL")], 37, (3, 7)),
    ([_actor("actor1", "CVL"), _actor("actor2", "UAG")], 37, (7, 3)),
    ([_actor("actor2", "CVL")], 70, (0, 7)),                               # victims alone: no actor1
    ([_actor("actor2", "POL")], 13, (3, 1)),          # an unidentified bomber (3, no actor named) and police
    ([_actor("actor1", "POL")], 13, (1, 3)),
    ([_actor("actor1", "PRO")], 60, (6, 0)),
    ([_actor("actor1", "MIL", "NER"), _actor("actor2", "MIL")], 18, (8, 1)),  # a foreign army is external
    ([_actor("actor1", "MIL"), _actor("actor2", "MIL", "NER")], 18, (1, 8)),
    ([], None, (None, None)),
])
def test_inter1_and_inter2_belong_to_actor1_and_actor2(actors, code, expected):
    from sitrep.export import acled_row, geojson

    row = acled_row(_event(actors, code))
    assert (row["inter1"], row["inter2"]) == expected
    feature = geojson([_event(actors, code)])["features"][0]["properties"]
    assert (feature["inter1"], feature["inter2"]) == expected


def test_admin1_is_the_province_a_place_is_in():
    from sitrep.export import acled_row, admin1_name
    from sitrep.geo.gazetteer import GAZETTEER_PATH, get_gazetteer

    if not GAZETTEER_PATH.exists():
        pytest.skip("gazetteer not built")
    gaz = get_gazetteer()
    # any populated place whose first-level division the gazetteer has
    for idx in range(0, len(gaz), 97):
        town = gaz.entry(idx)
        province = gaz.admin1(town.country, town.admin1) if town.geonameid and town.feature_code == "PPL" else None
        if province is not None and province.name != town.name:
            break
    else:
        pytest.fail("no town with a province in the gazetteer")
    loc = {"name": town.name, "geonameid": town.geonameid, "country": town.country, "lat": town.lat,
           "lon": town.lon, "precision": "town"}
    assert admin1_name(loc) == province.name
    ev = dict(_event([], None, town.country), locations=[loc])
    assert acled_row(ev)["admin1"] == province.name
    # the province itself; GeoNames' code as a reviewed location carries it; a name given is kept
    assert admin1_name({"geonameid": province.geonameid, "country": town.country, "precision": "province"}) == \
        province.name
    assert admin1_name({"name": "X", "admin1": town.admin1, "country": town.country, "precision": "town"}) == \
        province.name
    assert admin1_name({"name": "X", "admin1": "Upper Made-up Region", "precision": "town"}) == "Upper Made-up Region"
    # a country, or a place without a GeoNames id, has none
    assert admin1_name({"name": "X", "geonameid": town.geonameid, "country": town.country,
                        "precision": "country"}) is None
    assert admin1_name({"name": "X", "country": town.country, "precision": "town"}) is None


# --- store and API: running totals ------------------------------------------------------------------------
def test_store_fatality_columns_leave_running_totals_out(db):
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        low, best, high = con.execute("SELECT fatalities_low, fatalities_best, fatalities_high FROM events").fetchone()
    finally:
        con.close()
    assert (low, best, high) == (3, 3, 3)


def test_timeline_and_review_keep_running_totals_apart(client):
    day = client.get("/api/timeline").json()["days"][0]
    assert day["events"] == 1 and day["fatalities"] == 3
    r = client.patch("/api/events/nu4-1-e1", headers=AUTH, json={"fatalities": {"low": 4, "best": 4, "high": 5}})
    assert r.status_code == 200, r.text
    change = next(c for c in r.json()["changed"] if c["field"] == "fatalities")
    assert change["old"]["best"] == 3 and change["new"]["best"] == 4
    kept = [q for q in r.json()["event"]["quantities"] if q["kind"] == "fatalities"]
    assert sorted((q["best"], bool(q.get("cumulative"))) for q in kept) == [(4, False), (90, True)]
    assert client.get("/api/timeline").json()["days"][0]["fatalities"] == 4


# --- API: index, review dates, messages -----------------------------------------------------------------------
def test_api_root_lists_what_it_offers(client):
    for path in ("/api", "/api/"):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text)
        body = r.json()
        assert body["schema"] == "/openapi.json"
        listed = {(e["method"], e["path"]) for e in body["endpoints"]}
        assert {("GET", "/api/events"), ("POST", "/api/documents"), ("PATCH", "/api/events/{event_id}")} <= listed
        assert all(e["summary"] for e in body["endpoints"] if e["path"] == "/api/events")
        assert "Bearer" in body["auth"]


def test_a_review_ending_before_it_starts_is_refused(client):
    r = client.patch("/api/events/nu4-1-e1", headers=AUTH, json={"date": "2024-05-09", "date_end": "2024-05-01"})
    assert r.status_code == 422 and r.json()["message"] == "date 2024-05-09 is after date_end 2024-05-01"
    # a date given alone is checked against the stored end, and says how to move both
    r = client.patch("/api/events/nu4-1-e1", headers=AUTH, json={"date": "2024-05-09"})
    assert r.status_code == 422 and "date_end 2024-05-07" in r.json()["message"] and "date_end too" in \
        r.json()["message"]
    # a month-precision end covers the days of its month; clearing the end is fine
    assert client.patch("/api/events/nu4-1-e1", headers=AUTH,
                        json={"date": "2024-05-09", "date_end": "2024-05"}).status_code == 200
    assert client.patch("/api/events/nu4-1-e1", headers=AUTH,
                        json={"date": "2024-06-01", "date_end": None}).status_code == 200


def test_union_and_json_errors_read_as_one_sentence(client):
    r = client.patch("/api/events/nu4-1-e1", headers=AUTH, json={"fatalities": {"low": 30, "best": 17}})
    assert r.status_code == 422
    assert r.json()["message"] == "fatalities: figures must satisfy low <= best <= high"
    r = client.patch("/api/events/nu4-1-e1", headers=dict(AUTH, **{"Content-Type": "application/json"}),
                     content=b"not json")
    assert r.status_code == 422 and r.json()["message"].startswith("body: not valid JSON")
    # a plain wrong type still names its field and what it got
    r = client.patch("/api/events/nu4-1-e1", headers=AUTH, json={"fatalities": "many"})
    msg = r.json()["message"]
    assert r.status_code == 422 and msg.startswith("fatalities") and "function-after" not in msg and "\n" not in msg


# --- CLI -----------------------------------------------------------------------------------------------------
def test_one_event_reads_singular(db, tmp_path):
    res = run_cli("events", "--db", db)
    assert res.returncode == 0 and "1 event " in res.stdout.decode() and "1 events" not in res.stdout.decode()
    res = run_cli("export", "--db", db, "-o", str(tmp_path / "one.csv"))
    assert res.returncode == 0 and "wrote 1 event to" in res.stderr.decode()


@pytest.mark.parametrize("cmd, usage", [("extract", "PATH..."), ("claims", "[PATH]..."), ("load", "FOLDER")])
def test_argument_help_names_values_not_python_types(cmd, usage):
    res = run_cli(cmd, "--help")
    text = res.stdout.decode()
    assert res.returncode == 0 and f"[OPTIONS] {usage}" in text
    assert "<list[str]>" not in text and "<str>" not in text and "{" not in text


def test_table_figures_show_lower_bounds_and_running_totals():
    from sitrep.cli import _figure

    assert _figure({"kind": "fatalities", "low": 17, "best": 17, "high": None, "approximate": True}) == "≥17 fatalities"
    assert _figure({"kind": "fatalities", "low": 220, "best": 220, "high": None, "approximate": True,
                    "cumulative": True}) == "≥220 fatalities to date"
    assert _figure({"kind": "displaced", "low": 60000, "best": 60000, "high": 60000, "approximate": True,
                    "cumulative": True}) == "~60000 displaced to date"
    # an exact or hedged figure with its top is unchanged
    assert _figure({"kind": "fatalities", "low": 6, "best": 6, "high": 6}) == "6 fatalities"
    assert _figure({"kind": "fatalities", "low": 24, "best": 24, "high": 24, "approximate": True}) == "~24 fatalities"


def test_extract_prints_a_repeated_document_once(tmp_path):
    line = json.dumps({"id": "nu4-feed-1", "title": "Made-up raid", "published": "2024-05-07",
                       "text": "Gunmen attacked the village of Alpha on Monday, killing six farmers, the governor said."})
    other = json.dumps({"id": "nu4-feed-2", "published": "2024-05-07",
                        "text": "Police arrested nine men in the town of Beta on Tuesday, a police spokesman said."})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([line, other, line]) + "\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("Police arrested nine men in the town of Beta on Tuesday, a police spokesman said.\n",
                    encoding="utf-8")
    res = run_cli("extract", str(feed), "--format", "jsonl")
    ids = [json.loads(x)["document"]["id"] for x in res.stdout.decode().splitlines()]
    assert res.returncode == 0 and ids == ["nu4-feed-1", "nu4-feed-2"]
    err = res.stderr.decode()
    assert "feed.jsonl:3: skipped: the same document as " in err and "feed.jsonl:1" in err and "Traceback" not in err
    # the same text in a plain file and in a feed line is one document too (the text is compared, not the name)
    res = run_cli("extract", str(copy), str(feed), "--format", "jsonl")
    assert len(res.stdout.decode().splitlines()) == 2 and "feed.jsonl:2: skipped: the same document as" in \
        res.stderr.decode()
