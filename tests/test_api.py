"""The REST API against a real DuckDB file built by running the real pipeline on texts written here."""
import io
import json
import shutil
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")
from fastapi.testclient import TestClient  # noqa: E402

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

ARMENIA = ("YEREVAN, Sept 13 (Reuters) - At least 49 Armenian soldiers were killed overnight when Azerbaijani "
           "forces shelled positions near the town of Jermuk, Armenia's Defence Ministry said on Tuesday.\n"
           "Azerbaijan's Defence Ministry denied shelling civilian areas and said its troops had responded to "
           "provocations.")
SUDAN = ("KHARTOUM, April 16 (Sudan Tribune) - Air strikes by the Sudanese army hit Rapid Support Forces "
         "positions in Khartoum on Sunday, killing at least 56 civilians, the Central Committee of Sudanese "
         "Doctors said.")
SCRIPT = ("KHARKIV, March 2 (Example News) - Russian artillery shelled the town of Kupiansk in Kharkiv region on "
          "Thursday, killing three civilians <script>alert('x')</script> and wounding five, regional governor "
          "Oleh Syniehubov said.")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, extract_text):
    """Two articles stored through the pipeline and the store; the third comes in through POST."""
    from sitrep.api.queries import writer_store
    from sitrep.store import Store

    path = str(tmp_path_factory.mktemp("api") / "api.duckdb")
    with Store(path) as store:
        w = writer_store(store.con, path)
        assert w.add(extract_text(ARMENIA, published="2022-09-13T08:00:00+04:00")) == "added"
        assert w.add(extract_text(SUDAN, published="2023-04-16T12:00:00+02:00")) == "added"
    return path


@pytest.fixture(scope="module")
def app(db_path, nlp):
    from sitrep.api import create_app

    app = create_app(db_path, token=TOKEN)
    yield app
    app.state.db.close()


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def posted(client):
    """The <script> article, ingested through the API (runs the pipeline in the server)."""
    r = client.post("/api/documents", content=SCRIPT.encode(), headers=dict(AUTH, **{"Content-Type": "text/plain"}),
                    params={"published": "2023-03-02T10:00:00+02:00"})
    assert r.status_code == 201, r.text
    return r.json()["documents"][0]


def sql(app, query, params=()):
    with app.state.db.read() as con:
        return con.execute(query, list(params)).fetchall()


# --- reads ----------------------------------------------------------------------------------------------
def test_documents(client, posted):
    r = client.get("/api/documents")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 3 and len(body["items"]) == 3
    assert {d["outlet"] for d in body["items"]} >= {"Reuters", "Sudan Tribune"}
    detail = client.get(f"/api/documents/{posted['id']}").json()
    assert detail["document"]["text"].startswith("KHARKIV")
    assert detail["events"] and detail["places"] and "claims" in detail
    assert client.get("/api/documents/nope").status_code == 404


def test_script_article_is_stored_and_returned_as_text(client, posted):
    detail = client.get(f"/api/documents/{posted['id']}")
    assert detail.headers["content-type"].startswith("application/json")
    assert "<script>alert('x')</script>" in detail.json()["document"]["text"]
    ev = client.get(f"/api/events/{posted['events'][0]}").json()
    assert "<script>" in ev["document"]["text"]
    # the UI is served with a CSP that forbids inline scripts
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]


def test_events_list_filters(client, app, posted):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    total = sql(app, "SELECT count(*) FROM events")[0][0]
    assert everything["total"] == total == len(everything["items"]) >= 3  # the pipeline decides how many
    by_country = {}
    for e in everything["items"]:
        by_country.setdefault(e["country"], set()).add(e["id"])
    for code, iso3 in (("AM", "ARM"), ("SD", "SDN"), ("UA", "UKR")):
        a2 = client.get("/api/events", params={"country": code}).json()
        a3 = client.get("/api/events", params={"country": iso3.lower()}).json()
        assert {e["id"] for e in a2["items"]} == {e["id"] for e in a3["items"]} >= by_country[code]
        assert all(code in (e["country"],) or e["id"] not in by_country.get(e["country"], set()) for e in a2["items"])
    sd = client.get("/api/events", params={"type": "Air/drone strike"}).json()
    assert sd["total"] >= 1 and all(e["sub_event_type"] == "Air/drone strike" for e in sd["items"])
    assert client.get("/api/events", params={"type": "air/drone strike"}).json()["total"] == sd["total"]
    since = client.get("/api/events", params={"since": "2023-01-01"}).json()
    assert since["items"] and all(e["date"] >= "2023-01-01" for e in since["items"])
    until = client.get("/api/events", params={"until": "2022-12"}).json()
    assert until["items"] and all(e["date"] <= "2022-12-31" for e in until["items"])
    assert since["total"] + until["total"] == total  # every test event is dated
    actor = client.get("/api/events", params={"actor": "sudanese army", "include": "actors"}).json()
    assert actor["total"] >= 1 and all(any("Sudanese army" in a["name"] for a in e["actors"]) for e in actor["items"])
    source = client.get("/api/events", params={"source": "reuters"}).json()
    assert source["total"] >= 1 and all("Reuters" in e["source"] for e in source["items"])
    box = client.get("/api/events", params={"bbox": "43,38,47,42"}).json()  # the South Caucasus
    assert box["total"] >= 1 and all(43 <= e["lon"] <= 47 and 38 <= e["lat"] <= 42 for e in box["items"])
    assert {e["country"] for e in box["items"]} == {"AM"}
    denied = client.get("/api/events", params={"status": "denied"}).json()
    assert all(e["status"] == "denied" for e in denied["items"])
    both = client.get("/api/events", params={"country": "AM", "since": "2023-01-01"}).json()
    assert both["total"] == 0
    combo = client.get("/api/events", params={"country": "SDN", "type": "Air/drone strike", "since": "2023-04-01",
                                              "status": "reported", "source": "tribune"}).json()
    assert combo["total"] >= 1 and all(e["country"] == "SD" for e in combo["items"])


def test_events_pagination_and_sort(client):
    full = client.get("/api/events", params={"sort": "-fatalities,date", "limit": 1000}).json()
    assert "actors" not in full["items"][0]
    fats = [e["fatalities_best"] for e in full["items"] if e["fatalities_best"] is not None]
    assert fats == sorted(fats, reverse=True) and fats[0] >= 56
    pages, offset = [], 0
    while True:
        page = client.get("/api/events", params={"sort": "-fatalities,date", "limit": 2, "offset": offset}).json()
        assert page["total"] == full["total"] and page["limit"] == 2 and page["offset"] == offset
        if not page["items"]:
            break
        pages += [e["id"] for e in page["items"]]
        offset += 2
    assert pages == [e["id"] for e in full["items"]]
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "-date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params", [{"country": "Armenia"}, {"since": "13/09/2022"}, {"bbox": "1,2,3"},
                                    {"bbox": "0,50,10,40"}, {"status": "rumoured"}, {"sort": "colour"},
                                    {"limit": 0}, {"limit": 100000}, {"offset": -1},
                                    {"since": "2022-02-30"}, {"until": "2022-13"}, {"type": "Skirmishes"}])
def test_events_bad_params(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_event_detail(client, posted):
    ev_id = posted["events"][0]
    r = client.get(f"/api/events/{ev_id}").json()
    assert r["event"]["id"] == ev_id and r["doc_id"] == posted["id"]
    text = r["document"]["text"]
    for span in r["event"]["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert [s["name"] for s in r["event"]["sources"]][0] == "Example News"
    assert client.get("/api/events/nope").status_code == 404


def test_geojson(client):
    r = client.get("/api/events.geojson", params={"country": "SD"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 21 < lon < 39 and 8 < lat < 23  # Sudan
        assert f["properties"]["country"] == "SD" and f["properties"]["event_type"]
    everything = client.get("/api/events.geojson").json()
    assert everything["total"] == len(everything["features"]) >= len(fc["features"])


def test_points_are_the_geojson_in_columns(client):
    """/api/events.points (the map's lean layer) carries the GeoJSON's events, order and values."""
    for params in ({}, {"country": "SD"}, {"limit": 2, "offset": 1}, {"country": "ZW"}):
        fc = client.get("/api/events.geojson", params=params).json()
        pts = client.get("/api/events.points", params=params).json()
        assert (pts["total"], pts["n"]) == (fc["total"], len(fc["features"]))
        value = lambda col, i: None if pts[col][i] is None else pts["values"][col][pts[col][i]]  # noqa: E731
        for i, f in enumerate(fc["features"]):
            p = f["properties"]
            assert (pts["id"][i], pts["lon"][i], pts["lat"][i]) == (f["id"], *f["geometry"]["coordinates"])
            assert (pts["date"][i], pts["fatalities"][i]) == (p["date"], p["fatalities"])
            assert [value(c, i) for c in ("event_type", "sub_event_type", "location")] == \
                [p["event_type"], p["sub_event_type"], p["location"]]
        for col in ("event_type", "sub_event_type", "location"):  # each distinct string is sent once
            assert len(set(pts["values"][col])) == len(pts["values"][col])
    assert client.get("/api/events.points", params={"bbox": "1,2"}).status_code == 422


def test_timeline(client):
    days = client.get("/api/timeline").json()["days"]
    # a day a bar, on each event's first day ("killed overnight" in a morning report starts the day before)
    firsts = {e["date"] for e in client.get("/api/events", params={"limit": 5000}).json()["items"] if e["date"]}
    assert {d["date"] for d in days} == firsts
    assert {d[:7] for d in firsts} >= {"2022-09", "2023-04"}
    assert sum(d["events"] for d in days) == client.get("/api/events").json()["total"]


def test_claims_places_actors(client, posted):
    claims = client.get("/api/claims").json()
    assert claims["total"] >= 3 and all("claimant" in c and "stance" in c for c in claims["items"])
    one_doc = client.get("/api/claims", params={"doc_id": posted["id"]}).json()
    assert one_doc["items"] and all(c["doc_id"] == posted["id"] for c in one_doc["items"])
    places = client.get("/api/places").json()
    names = {p["name"] for p in places["items"]}
    assert {"Jermuk", "Khartoum"} <= names
    am = client.get("/api/places", params={"country": "ARM"}).json()
    assert am["items"] and all(p["country"] == "AM" for p in am["items"])
    actors = client.get("/api/actors").json()
    assert actors["total"] >= 3 and all(a["events"] >= 1 for a in actors["items"])
    assert client.get("/api/actors", params={"q": "sudanese"}).json()["total"] >= 1


def test_export_formats(client):
    total = client.get("/api/events").json()["total"]
    csv = client.get("/api/export", params={"format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.strip().splitlines()
    assert lines[0].startswith("event_id_cnty,event_date") and len(lines) == total + 1
    jsonl = client.get("/api/export", params={"format": "jsonl", "country": "SD"}).text.strip().splitlines()
    assert jsonl and all(json.loads(line)["locations"][0]["country"] == "SD" for line in jsonl)
    gj = client.get("/api/export", params={"format": "geojson"}).json()
    assert gj["type"] == "FeatureCollection" and gj["features"]
    plover = client.get("/api/export", params={"format": "plover"}).json()
    assert len(plover) == total and all("event" in p for p in plover)
    import pyarrow.parquet as pq

    pq_body = client.get("/api/export", params={"format": "parquet"}).content
    assert pq.read_table(io.BytesIO(pq_body)).num_rows == total
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


def test_meta_endpoints(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/events/{event_id}",
                 "/api/events.geojson", "/api/claims", "/api/places", "/api/actors", "/api/export"):
        assert path in spec["paths"], path
    assert "patch" in spec["paths"]["/api/events/{event_id}"]
    cb = client.get("/api/codebook").json()
    assert "Air/drone strike" in cb["acled"]["Explosions/Remote violence"]
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] >= 3


# --- writes: auth, limits, ingest -------------------------------------------------------------------------
def test_writes_need_the_token(client, posted):
    ev = posted["events"][0]
    assert client.post("/api/documents", content=b"text").status_code == 401
    assert client.post("/api/documents", content=b"text", headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/documents", content=b"text", headers={"Authorization": "Basic dTpw"}).status_code == 401
    assert client.patch(f"/api/events/{ev}", json={"status": "denied"}).status_code == 401
    assert client.patch(f"/api/events/{ev}", json={"status": "denied"},
                        headers={"Authorization": "Bearer nope"}).status_code == 403
    assert client.get(f"/api/events/{ev}").json()["event"]["status"] == "reported"


def test_size_limit(client):
    big = b"a" * (2 * 1024 * 1024 + 1)
    assert client.post("/api/documents", content=big, headers=AUTH).status_code == 413

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(3):
            yield b"b" * (1024 * 1024)
    assert client.post("/api/documents", content=chunks(), headers=AUTH).status_code == 413


def test_post_bad_bodies(client):
    assert client.post("/api/documents", content=b"   ", headers=AUTH).status_code == 422
    bad = client.post("/api/documents", content=b"{not json", headers=dict(AUTH, **{"Content-Type": "application/json"}))
    assert bad.status_code == 422


def test_post_same_text_again_is_unchanged(client, posted):
    r = client.post("/api/documents", content=SCRIPT.encode(), headers=AUTH,
                    params={"published": "2023-03-02T10:00:00+02:00"})
    assert r.status_code == 200 and r.json()["documents"][0]["status"] == "unchanged"
    assert client.get("/api/documents").json()["total"] == 3


def test_post_json_body(client, app):
    body = {"text": "MOGADISHU, May 3 (Horn Wire) - Al-Shabaab fighters attacked an army base near Mogadishu on "
                    "Wednesday, killing four soldiers, a military official said.", "title": "Base attacked",
            "published": "2023-05-03"}
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    doc = r.json()["documents"][0]
    assert doc["title"] == "Base attacked"
    assert client.get(f"/api/documents/{doc['id']}").json()["document"]["title"] == "Base attacked"
    # leave the corpus as the other tests expect it
    with app.state.db.write() as con:
        from sitrep.api.queries import writer_store
        writer_store(con, "")._delete(doc["id"])


# --- review mode ----------------------------------------------------------------------------------------
def test_review_persists_with_audit(client, app, db_path):
    listed = client.get("/api/events", params={"country": "SD"}).json()["items"]  # now in the response cache
    ev_id = next(e["id"] for e in listed if e["sub_event_type"] == "Air/drone strike")
    before = client.get(f"/api/events/{ev_id}").json()["event"]
    r = client.patch(f"/api/events/{ev_id}", headers=AUTH, json={
        "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "fatalities": {"low": 56, "best": 60, "high": 70},
        "location": {"name": "Omdurman", "country": "SD"}, "reviewer": "alice"})
    assert r.status_code == 200, r.text
    assert {c["field"] for c in r.json()["changed"]} >= {"event_type", "sub_event_type", "fatalities", "location"}
    after = client.get(f"/api/events/{ev_id}").json()
    ev = after["event"]
    assert ev["acled"]["event_type"] == "Violence against civilians" and ev["acled"]["sub_event_type"] == "Attack"
    assert ev["case_label"] == "ATTACK" and ev["review"]["by"] == "alice"
    assert ev["locations"][0]["name"] == "Omdurman" and abs(ev["locations"][0]["lat"] - 15.6) < 0.3
    fat = [q for q in ev["quantities"] if q["kind"] == "fatalities"]
    assert len(fat) == 1 and (fat[0]["low"], fat[0]["best"], fat[0]["high"]) == (56, 60, 70)
    assert ev["evidence"] == before["evidence"]  # the article spans are untouched
    # reflected in lists (the cached answer was dropped), filters, GeoJSON and exports
    relisted = {e["id"]: e for e in client.get("/api/events", params={"country": "SD"}).json()["items"]}
    assert relisted[ev_id]["sub_event_type"] == "Attack" and relisted[ev_id]["location"] == "Omdurman"
    row = next(e for e in client.get("/api/events", params={"type": "Attack", "country": "SD"}).json()["items"]
               if e["id"] == ev_id)
    assert row["fatalities_best"] == 60 and row["location"] == "Omdurman"
    assert ev_id not in {e["id"] for e in client.get("/api/events", params={"type": "Air/drone strike"}).json()["items"]}
    feat = next(f for f in client.get("/api/events.geojson").json()["features"] if f["id"] == ev_id)
    assert feat["properties"]["fatalities"] == 60
    csv_line = next(line for line in client.get("/api/export", params={"format": "csv"}).text.splitlines()
                    if line.startswith(ev_id))
    assert "Violence against civilians" in csv_line and "Omdurman" in csv_line
    # audit rows
    audit = sql(app, "SELECT field, old, new, who FROM reviews WHERE event_id = ? ORDER BY field", [ev_id])
    fields = {a[0]: a for a in audit}
    assert json.loads(fields["event_type"][1]) == "Explosions/Remote violence"
    assert json.loads(fields["event_type"][2]) == "Violence against civilians"
    assert json.loads(fields["fatalities"][2]) == {"low": 56, "best": 60, "high": 70}
    assert {a[3] for a in audit} == {"alice"}
    assert [h["field"] for h in after["reviews"]] and after["reviews"][0]["who"] == "alice"
    # a repeat of the same correction writes nothing
    again = client.patch(f"/api/events/{ev_id}", headers=AUTH, json={"sub_event_type": "Attack"})
    assert again.status_code == 200 and again.json()["changed"] == []
    assert len(sql(app, "SELECT * FROM reviews WHERE event_id = ?", [ev_id])) == len(audit)


def test_review_survives_a_restart(tmp_path, client, app, db_path):
    """A read-only server over a copy of the file sees the correction, and refuses writes."""
    from sitrep.api import create_app

    first = client.get("/api/events", params={"country": "AM"}).json()["items"][0]
    ev_id = first["id"]
    new_status = "claimed" if first["status"] == "disputed" else "disputed"
    new_date = "2022-09-11" if first["date"] == "2022-09-12" else "2022-09-12"  # a change, whatever was extracted
    assert client.patch(f"/api/events/{ev_id}", headers=AUTH, json={"status": new_status, "date": new_date}
                        ).status_code == 200
    with app.state.db.write() as con:
        con.execute("CHECKPOINT")
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db_path, copy)
    ro = create_app(str(copy), token=None)
    try:
        with TestClient(ro) as c:
            ev = c.get(f"/api/events/{ev_id}").json()
            assert ev["event"]["status"] == new_status and ev["event"]["date"] == new_date
            assert {r["field"] for r in ev["reviews"]} >= {"status", "date"}
            assert c.get("/api/health").json()["writes_enabled"] is False
            assert c.patch(f"/api/events/{ev_id}", json={"status": "reported"}, headers=AUTH).status_code == 403
            assert c.post("/api/documents", content=b"x", headers=AUTH).status_code == 403
    finally:
        ro.state.db.close()


@pytest.mark.parametrize("body", [{}, {"event_type": "Skirmish"}, {"sub_event_type": "Picnic"},
                                  {"event_type": "Battles", "sub_event_type": "Attack"},
                                  {"fatalities": {"low": 10, "high": 5}}, {"fatalities": -1},
                                  {"location": {"name": "Nowhere-on-earth-xyz"}}, {"location": {"lat": 95, "lon": 0}},
                                  {"date": "yesterday"}, {"date": "2022-09-31"}, {"status": "rumoured"},
                                  {"colour": "red"}])
def test_review_rejects_bad_corrections(client, posted, body):
    r = client.patch(f"/api/events/{posted['events'][0]}", headers=AUTH, json=body)
    assert r.status_code == 422, r.text


def test_review_unknown_event(client):
    assert client.patch("/api/events/nope", headers=AUTH, json={"status": "denied"}).status_code == 404


def test_concurrent_reads_and_writes(client, posted):
    ev_id = posted["events"][0]
    errors = []

    def read(i):
        r = client.get("/api/events", params={"limit": 5, "offset": i % 3, "sort": "-date"})
        if r.status_code != 200 or r.json()["total"] < 3:
            errors.append(r.text)

    def write(i):
        r = client.patch(f"/api/events/{ev_id}", headers=AUTH,
                         json={"fatalities": i + 1, "reviewer": f"r{i}"})
        if r.status_code != 200:
            errors.append(r.text)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: (write if i % 5 == 0 else read)(i), range(60)))
    assert not errors
    ev = client.get(f"/api/events/{ev_id}").json()
    assert len([r for r in ev["reviews"] if r["field"] == "fatalities"]) == 12


def test_report_endpoint_gives_the_brief_for_the_filters(client):
    """`GET /api/report` is the web UI's "export brief": the same report as `sitrep report`."""
    html = client.get("/api/report", params={"format": "html"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "Situation report" in html.text and "<script" not in html.text.lower()
    assert "style-src 'unsafe-inline'" in html.headers["content-security-policy"]
    md = client.get("/api/report", params={"format": "md", "since": "2100-01-01"})
    assert md.status_code == 200 and md.text.startswith("# Situation report")
    assert client.get("/api/report", params={"bbox": "1,2"}).status_code == 422


# --- the in-memory event index (sitrep.api.index) answers exactly as the SQL does -------------------------
def _random_store(path, n=1500, seed=7):
    """Events with the awkward cases: NULLs everywhere, mixed case, non-ASCII, partial dates, date_end,
    events without coordinates, several locations in different countries, actors without a country, and
    values containing LIKE wildcards."""
    import random

    from sitrep.store import Store

    rnd = random.Random(seed)
    types = [("Battles", "Armed clash", "ARMED_CLASH", "FIGHT"), ("Riots", "Mob violence", "MOB_VIOL", "PROTEST"),
             ("Explosions/Remote violence", "Air/drone strike", "AIR_STRIKE", "ASSAULT"), (None, None, None, None),
             ("Protests", "Peaceful protest", "PEACE_PROTEST", "protest")]
    places = [("Jermuk", "AM", "ARM", 39.84, 45.67), ("Şuşa", "AZ", "AZE", 39.76, 46.75),
              ("Kharkiv", "UA", "UKR", 49.99, 36.23), ("Suva", "FJ", "FJI", -18.1, 178.4),
              ("Taveuni", "FJ", "FJI", -16.9, -179.9), (None, None, None, None, None), ("khartoum", "SD", "SDN", 15.5, 32.5)]
    sources = ["Reuters", "reuters | AFP", "Agence_France%Presse", "Ministère de la Défense", None, "TASS"]
    actors = [("Military Forces of Armenia", "ARM", "MIL"), ("Civilians", None, "CVL"), ("rapid support forces", "SDN", "REB"),
              ("Forces_x%", "UKR", None), (None, None, "POL")]
    dates = [None, "2022", "2022-09", "2022-09-13", "2022-09-14", "2023-01-02", "2023-04-16", "2021-12-31"]
    ev_cols = ("id", "doc_id", "event_type", "sub_event_type", "case_label", "plover_event", "date", "date_end",
               "status", "location", "country", "country_iso3", "lat", "lon", "fatalities_best", "fatalities_low",
               "source")
    events, acts, locs = [], [("no-such-event", "actor1", "Orphan", "ARM", "MIL")], []
    for i in range(n):
        t = rnd.choice(types)
        p = rnd.choice(places)
        date = rnd.choice(dates)
        date_end = rnd.choice([None, None, "2022-09-20", "2023-05-01"]) if date else None
        fat = rnd.choice([None, 0.0, 3.0, 49.0, 2.5, 150.0])
        eid = f"ev{rnd.randrange(10**6):06d}-{i}"
        events.append((eid, f"doc{i % 97}", *t, date, date_end, rnd.choice(["reported", "claimed", "denied", None]),
                       p[0], p[1], p[2], p[3], p[4], fat, rnd.choice([fat, None, 1.0]), rnd.choice(sources)))
        acts += [(eid, f"actor{k + 1}", *rnd.choice(actors)) for k in range(rnd.randrange(3))]
        locs += [(eid, k, q[0], q[1], q[3], q[4]) for k, q in enumerate(rnd.choice(places) for _ in range(rnd.randrange(3)))]
    rnd.shuffle(acts)  # an event's actor rows need not be adjacent

    def table(cols, rows):
        import pyarrow as pa

        return pa.table({c: list(v) for c, v in zip(cols, zip(*rows))})
    with Store(str(path)) as store:
        con = store.con
        for name, cols, rows in (("events", ev_cols, events), ("event_actors", ("event_id", "role", "name", "country", "sector"), acts),
                                 ("event_locations", ("event_id", "idx", "name", "country", "lat", "lon"), locs)):
            con.register("rows_in", table(cols, rows))
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM rows_in")
            con.unregister("rows_in")


INDEX_FILTERS = [{}, {"country": "FJ"}, {"country": "fji"}, {"country": "am"}, {"country": "ZZ"},
                 {"type": "battles"}, {"type": "AIR/DRONE STRIKE"}, {"type": "protest"}, {"type": "mob_viol"},
                 {"since": "2022-09-14"}, {"until": "2022-09"}, {"until": "2022"}, {"since": "2022", "until": "2022-12-31"},
                 {"actor": "forces"}, {"actor": " sdn "}, {"actor": "cvl"}, {"actor": "_x%"}, {"actor": "pol"},
                 {"bbox": (170, -20, -170, -10)}, {"bbox": (40, 35, 50, 42)}, {"source": "reuters"},
                 {"source": "_france%"}, {"source": "défense"}, {"status": "denied"}, {"doc_id": "doc3"},
                 {"q": "khar"}, {"q": "ŞUŞA"}, {"country": "UA", "type": "Battles", "since": "2022-01-01", "status": "claimed"},
                 {"actor": "armenia", "bbox": (40, 35, 50, 42), "source": "a"}]
INDEX_SORTS = [None, "-date", "-fatalities,date", "type", "-type", "sub_type,-country", "location", "-status,source",
               "id", "-id", ",", "country,-fatalities"]


def test_event_index_answers_as_sql(tmp_path):
    import duckdb

    from sitrep.api import queries as Q
    from sitrep.api.index import Snapshot

    path = tmp_path / "idx.duckdb"
    _random_store(path)
    con = duckdb.connect(str(path), read_only=True)
    snap = Snapshot(con.cursor(), 0)
    assert snap.n == 1500
    cur = con.cursor()
    nonempty = 0
    for n, filters in enumerate(INDEX_FILTERS):
        # every sort on the first filters, then three per filter in turn (the SQL side is the slow one)
        sorts = INDEX_SORTS if n < 2 else [INDEX_SORTS[(3 * n + k) % len(INDEX_SORTS)] for k in range(3)]
        for sort in sorts:
            for limit, offset in ((40, 0), (7, 13)) + (((1000, 0), (5, 2000)) if sort in (None, "-id") else ()):
                want = Q.list_events(cur, filters, sort=sort, limit=limit, offset=offset)
                assert snap.list_events(filters, sort=sort, limit=limit, offset=offset) == want, (filters, sort)
                nonempty += bool(want[1])
        assert snap.list_events(filters, actors=False) == Q.list_events(cur, filters, actors=False)
        assert snap.events_geojson(filters, limit=300, offset=4) == Q.events_geojson(cur, filters, limit=300, offset=4)
        assert snap.events_points(filters, limit=300, offset=4) == Q.events_points(cur, filters, limit=300, offset=4)
        assert snap.timeline(filters) == Q.timeline(cur, filters), filters
    assert nonempty > len(INDEX_FILTERS) * 3  # the comparisons were not all of empty pages
    with pytest.raises(Q.QueryError):
        snap.mask(since="13/09/2022")
    con.close()


def test_event_index_serves_lists_and_follows_writes(client, app, posted):
    """The API answers lists from the index once it is built; a write makes it stale and the next read
    rebuilds it, so a correction shows at once."""
    index = app.state.index
    first = client.get("/api/events", params={"country": "AM", "limit": 3}).json()
    status = client.get("/api/health").json()["index"]
    assert status["enabled"] and status["ready"] and status["events"] == sql(app, "SELECT count(*) FROM events")[0][0]
    builds = index.builds
    ev = first["items"][0]
    new_status = "denied" if ev["status"] != "denied" else "claimed"
    assert client.patch(f"/api/events/{ev['id']}", headers=AUTH, json={"status": new_status}).status_code == 200
    assert client.get("/api/health").json()["index"]["ready"] is False
    again = client.get("/api/events", params={"country": "AM", "status": new_status}).json()
    assert ev["id"] in {e["id"] for e in again["items"]}
    assert index.builds == builds + 1 and client.get("/api/health").json()["index"]["ready"]
    with app.state.db.read() as con:  # and the index agrees with SQL on the live database
        from sitrep.api import queries as Q

        assert index.get().list_events({"country": "AM"}, sort="-date") == Q.list_events(con, {"country": "AM"}, sort="-date")


def test_event_index_large_store_uses_sql_while_building(tmp_path, monkeypatch):
    """Above the synchronous limit the index is built in the background (lists are answered by SQL
    meanwhile); the answers are the same before and after."""
    from sitrep.api import create_app
    from sitrep.api import index as I

    path = tmp_path / "big.duckdb"
    _random_store(path, n=300)
    monkeypatch.setattr(I, "SYNC_MAX", 10)
    app = create_app(str(path), token=None)
    try:
        assert app.state.index.sync_max == 10
        with TestClient(app) as c:
            before = c.get("/api/events", params={"sort": "-fatalities", "limit": 20}).json()
            snap = app.state.index.wait()
            assert snap is not None and snap.n == 300
            app.state.cache.clear()
            after = c.get("/api/events", params={"sort": "-fatalities", "limit": 20}).json()
            assert before == after and before["total"] == 300
    finally:
        app.state.index.close()
        app.state.db.close()
