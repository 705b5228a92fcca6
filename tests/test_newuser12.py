"""A twelfth new-user pass: a ministry's release under the state's name ("FEDERAL DEMOCRATIC REPUBLIC OF X /
MINISTRY OF DEFENCE / Office of Public Relations / PRESS RELEASE / Ref: … / Town, date") has its head read; a live
page's "… live desk" line is the outlet's; "Dawn" above the date lines is the paper, not a headline (a town's
alternate name in English is no place there); `extract` no longer says a non-English text was "stored"; the
documents and claims lists run in the order of the times they show; a GeoJSON export says it wrote a point for each
place. Everything here is made up."""

import json

import pytest

from conftest import run_cli


def _read(text: str):
    from sitrep.ingest.readers import read_text

    (doc,) = list(read_text(text, "made-up.txt"))
    return doc


BODY = ("Gunmen on motorcycles shot dead two policemen guarding a vaccination team in a made-up district on "
        "Thursday morning, police said.\n\nThe attackers fled, a police officer said.\n")

# --- ingest: a ministry's release under the state's name ---------------------------------------------------------
RELEASE = """FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA
MINISTRY OF NATIONAL DEFENCE
Office of Public Relations

PRESS RELEASE
Ref: MND/PR/2026/311
Addis Ababa, 27 November 2026

The Ministry of National Defence informs the public that its units repelled an attack by militants on a made-up
town on Wednesday.

The Ministry rejects as baseless the allegations circulated on social media that its forces carried out a drone
strike on a made-up market on Tuesday.
"""


def test_a_release_under_the_states_name_has_its_head_read():
    doc = _read(RELEASE)
    assert doc.outlet == "Ministry of National Defence"
    assert doc.published == "2026-11-27" and doc.dateline == "Addis Ababa"
    assert doc.title is None
    assert doc.text.startswith("The Ministry of National Defence informs the public")
    assert "Ref:" not in doc.text and "PRESS RELEASE" not in doc.text


def test_the_reference_line_is_no_claimant(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE)
    res = run_cli("extract", str(path))
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["document"]["published"] == "2026-11-27"
    claimants = [(c.get("claimant") or {}).get("name") for c in record["claims"]]
    assert "Ref" not in claimants
    # "on Wednesday" before Friday 27 November 2026
    dates = [e["date"] for e in record["events"] if e["date"]]
    assert "2026-11-25" in dates


@pytest.mark.parametrize("state", ["REPUBLIC OF KENYA", "Republic of Kenya"])
def test_a_states_name_over_a_ministry_and_its_office(state):
    doc = _read(f"{state}\nMINISTRY OF DEFENCE\nDepartment of Public Communication\n\nPRESS RELEASE\n"
                f"Nairobi, 27 November 2026\n\n{BODY}")
    assert doc.outlet == "Ministry of Defence" and doc.published == "2026-11-27" and doc.dateline == "Nairobi"
    assert doc.text.startswith("Gunmen on motorcycles")


def test_a_ministrys_name_in_capitals_right_above_the_release_line_is_written_as_its_name():
    doc = _read(f"REPUBLIC OF KENYA\nMINISTRY OF DEFENCE\nPRESS RELEASE\n\n27 November 2026\n\n{BODY}")
    assert doc.outlet == "Ministry of Defence" and doc.published == "2026-11-27"


def test_a_states_name_over_a_headline_stays_as_before():
    doc = _read(f"Republic of Kenya\nSoldiers killed in attack\n\n{BODY}")
    assert doc.outlet is None


@pytest.mark.parametrize("line", ["Ref: MND/PR/2026/311", "Ref. No. 45/2026", "Our ref: 2026/17", "Reference No. 12/B"])
def test_a_reference_number_under_the_release_line_leaves_the_text(line):
    doc = _read(f"PRESS RELEASE\n{line}\n\n{BODY}")
    assert doc.text.startswith("Gunmen on motorcycles")
    assert doc.outlet is None and doc.title is None


def test_press_release_alone_on_the_first_line_is_no_headline():
    doc = _read(f"PRESS RELEASE\n\n{BODY}")
    assert doc.title is None and doc.text.startswith("Gunmen on motorcycles")


def test_a_headline_about_a_reference_stays_the_headline():
    doc = _read(f"Reference: the attack in a made-up town\n\n{BODY}")
    assert doc.title == "Reference: the attack in a made-up town"


# --- ingest: a live page's desk line ------------------------------------------------------------------------------
LIVE = """Live: strikes on a made-up region – latest updates
Made-up Ledger live desk
Updated 26 November 2026 18:05 EET

18:05
The air force said it had shot down 41 of 55 drones launched overnight over a made-up region.

16:40
The regional governor said a guided bomb struck a residential block in a made-up town, killing two women.
"""


def test_a_live_pages_desk_line_is_the_outlet_and_its_update_the_publication_time():
    doc = _read(LIVE)
    assert doc.title == "Live: strikes on a made-up region – latest updates"
    assert doc.outlet == "Made-up Ledger"
    assert doc.published == "2026-11-26T18:05:00+02:00"
    assert "live desk" not in doc.text and doc.text.startswith("Live: strikes")


@pytest.mark.parametrize("desk", ["world desk", "foreign desk", "news desk", "web desk"])
def test_other_desks(desk):
    doc = _read(f"Clashes erupt in a made-up border town\nMade-up Wire {desk}\n27 November 2026\n\n{BODY}")
    assert doc.outlet == "Made-up Wire" and doc.published == "2026-11-27"


def test_a_sentence_about_a_desk_is_body():
    doc = _read(f"Clashes erupt\nFront desk staff were evacuated\n\n{BODY}")
    assert doc.outlet is None


# --- ingest: "Dawn" above the date lines (s18 known issue) ---------------------------------------------------------
def test_dawn_above_a_place_and_date_line_is_the_outlet():
    doc = _read(f"Dawn\nKarachi, November 27, 2026\n\n{BODY}")
    assert doc.outlet == "Dawn" and doc.title is None
    assert doc.published == "2026-11-27" and doc.dateline == "Karachi"
    assert doc.text.startswith("Gunmen on motorcycles")


def test_a_one_word_headline_that_is_a_towns_own_name_is_still_no_outlet():
    # ("Karachi" over the date: a town's own name, not an outlet's, as before)
    doc = _read(f"Karachi\nNovember 27, 2026\n\n{BODY}")
    assert doc.outlet is None


def test_a_large_towns_alternate_name_is_still_a_place():
    from sitrep.ingest.head import _OUTLET_PLACE_ALTERNATE, _is_place

    assert _is_place("Kiev", _OUTLET_PLACE_ALTERNATE) == "town"  # (an alternate name of Kyiv)
    assert _is_place("Dawn") == "town" and _is_place("Dawn", _OUTLET_PLACE_ALTERNATE) is None


def test_dawn_raid_stays_a_headline():
    doc = _read(f"Dawn raid\n\n{BODY}")
    assert doc.title == "Dawn raid"


# --- ingest: more head lines as pages give them --------------------------------------------------------------------
HEADLINE = "Gunmen kill two policemen in made-up town"


@pytest.mark.parametrize("kicker", ["Exclusive", "ANALYSIS", "Breaking news", "Explainer:"])
def test_a_section_label_above_the_headline_is_no_headline_and_the_head_under_it_is_read(kicker):
    doc = _read(f"{kicker}\n{HEADLINE}\n27 November 2026\n\n{BODY}")
    assert doc.title == HEADLINE and doc.published == "2026-11-27"
    assert doc.text.startswith(HEADLINE + "\n\nGunmen on motorcycles")


@pytest.mark.parametrize("widget", ["Share", "Save article", "Listen to this article · 4 min", "Print", "12 comments",
                                    "Share this article"])
def test_a_pages_buttons_leave_the_head(widget):
    doc = _read(f"{HEADLINE}\n27 November 2026\n{widget}\n\n{BODY}")
    assert doc.title == HEADLINE and doc.published == "2026-11-27" and doc.outlet is None
    assert widget not in doc.text


def test_an_agency_byline_with_the_name_in_capitals():
    doc = _read(f"{HEADLINE}\nBy JANE ROE Associated Press\nNovember 27, 2026\n\n{BODY}")
    assert doc.author == "Jane Roe" and doc.outlet == "Associated Press" and doc.published == "2026-11-27"


@pytest.mark.parametrize("line, author", [("Jane Roe in Nairobi", "Jane Roe"),
                                          ("Jane Roe and John Doe in Nairobi", "Jane Roe and John Doe")])
def test_reporters_in_a_town_are_the_authors_and_the_dateline(line, author):
    doc = _read(f"{HEADLINE}\n{line}\nThu 27 Nov 2026 18.05 GMT\n\n{BODY}")
    assert doc.author == author and doc.dateline == "Nairobi" and doc.outlet is None
    assert doc.published == "2026-11-27T18:05:00+00:00"
    assert line not in doc.text


def test_a_reporter_above_the_outlet_and_its_town():
    doc = _read(f"{HEADLINE}\n27 November 2026\nJane Roe\nBBC News, Nairobi\n\n{BODY}")
    assert doc.author == "Jane Roe" and doc.outlet == "BBC News" and doc.dateline == "Nairobi"
    assert doc.text.startswith(HEADLINE + "\n\nGunmen on motorcycles")


def test_a_pictures_source_and_caption_lines_leave_the_text():
    doc = _read(f"{HEADLINE}\n27 November 2026\nImage source, Getty Images\n"
                f"Image caption, Police at the scene of the made-up attack\n\n{BODY}")
    assert doc.published == "2026-11-27"
    assert "Image" not in doc.text and doc.text.startswith(HEADLINE + "\n\nGunmen on motorcycles")


@pytest.mark.parametrize("line, published", [
    ("Published On 27 Nov 202627 Nov 2026", "2026-11-27"),  # (the date twice, run together, as copied)
    ("November 27, 20262:05 PM GMTUpdated an hour ago", "2026-11-27T14:05:00+00:00"),
])
def test_a_date_line_copied_without_its_spaces_is_read(line, published):
    doc = _read(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert doc.title == HEADLINE and doc.published == published
    assert doc.text.startswith(HEADLINE + "\n\nGunmen on motorcycles")


def test_a_number_run_into_a_year_elsewhere_is_left_alone():
    from sitrep.ingest.head import _unglue

    assert _unglue("2026-11-27T18:05:00Z") == "2026-11-27T18:05:00Z"
    assert _unglue("Population 202612 people") == "Population 202612 people"


def test_a_sentence_in_a_town_stays_body():
    doc = _read(f"{HEADLINE}\n\nTroops deployed in Nairobi\n\n{BODY}")
    assert doc.author is None


# --- cli: what `extract` says of a non-English text (s18 known issue) ---------------------------------------------
FRENCH = ("<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Attaque contre un convoi imaginaire</title></head>"
          "<body><article><h1>Attaque contre un convoi imaginaire</h1><p>Publié le 25 novembre 2026</p>"
          "<p>Au moins huit civils ont été tués mardi lorsque des hommes armés ont attaqué un convoi de camions sur "
          "une route imaginaire, selon des sources locales.</p><p>L'armée a indiqué avoir lancé une opération de "
          "ratissage dans la zone. Aucun groupe n'a revendiqué l'attaque.</p></article></body></html>")


def test_extract_says_a_non_english_text_was_not_extracted_not_stored(tmp_path):
    path = tmp_path / "fr.html"
    path.write_text(FRENCH)
    res = run_cli("extract", str(path))
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["warnings"] == ["not English: no events or claims extracted"]
    assert "stored" not in res.stdout.decode() and "stored" not in res.stderr.decode()
    # ingest stores it, and says so
    db = tmp_path / "fr.duckdb"
    res = run_cli("ingest", str(path), "--db", str(db))
    assert res.returncode == 0, res.stderr.decode()
    from sitrep.store import Store

    with Store(str(db), read_only=True) as store:
        (warnings,) = [r[0] for r in store.con.execute("SELECT warnings FROM documents").fetchall()]
    assert "stored without extraction" in json.dumps(warnings)


# --- store / API: lists in the order of the times they show ------------------------------------------------------
def _doc(doc_id, published, text):
    from sitrep.model import Record

    return Record.from_json({"document": {"id": doc_id, "title": f"Made-up report {doc_id}", "published": published,
                                          "language": "en", "text": text}, "events": [], "claims": []})


def test_documents_list_in_the_order_of_their_shown_dates(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app
    from sitrep.store import Store

    db = str(tmp_path / "order.duckdb")
    with Store(db) as store:
        # 19:40 at UTC-5 on the 24th is 00:40 UTC on the 25th: shown as the 24th, it goes below the 25th
        store.add(_doc("late-west", "2026-11-24T19:40:00-05:00", "Gunmen attacked a made-up post, police said."))
        store.add(_doc("day-only", "2026-11-25", "Rebels shelled a made-up town, officials said."))
        store.add(_doc("morning", "2026-11-25T09:00:00+03:00", "Troops clashed with militants, the army said."))
        store.add(_doc("yearless", "--11-26", "Militants raided a made-up village, residents said."))
    with TestClient(create_app(db, token=None, hold_lock=False)) as client:
        res = client.get("/api/documents")
        assert res.status_code == 200, res.text
        ids = [d["id"] for d in res.json()["items"]]
    assert ids == ["morning", "day-only", "late-west", "yearless"]


# --- cli: a GeoJSON export counts its points; eval claims names the repository's files ----------------------------
def test_a_geojson_export_says_it_wrote_a_point_for_each_place(tmp_path):
    from sitrep.model import Record
    from sitrep.store import Store

    def loc(name, lat, lon):
        return {"name": name, "country": "XK", "lat": lat, "lon": lon, "precision": "town", "text": name,
                "start": 0, "end": len(name)}

    ev = {"id": "g-e1", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
          "date": "2026-11-20", "locations": [loc("Made-up A", 42.6, 20.9), loc("Made-up B", 42.7, 21.0)],
          "status": "reported", "evidence": []}
    unplaced = dict(ev, id="g-e2", locations=[])
    db = tmp_path / "geo.duckdb"
    with Store(str(db)) as store:
        store.add(Record.from_json({"document": {"id": "g", "published": "2026-11-20", "language": "en",
                                                 "text": "Troops clashed with rebels in two made-up towns."},
                                    "events": [ev, unplaced], "claims": []}))
    out = tmp_path / "ev.geojson"
    res = run_cli("export", "--db", str(db), "-f", "geojson", "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    assert res.stderr.decode().strip() == \
        f"sitrep: wrote 2 events as 2 points (one for each place of an event) to {out}"
    data = json.loads(out.read_text())
    assert [f["properties"]["event_id_cnty"] for f in data["features"]] == ["g-e1", "g-e1"]


def test_eval_claims_help_names_the_files_in_the_repository():
    res = run_cli("eval", "claims", "--help")
    assert res.returncode == 0
    assert "data/claims-eval/" in res.stdout.decode()


# --- web UI: empty searches, the claims page's count, the documents' order -----------------------------------------
@pytest.fixture(scope="module")
def claims_ui(tmp_path_factory):
    from sitrep.model import Record
    from sitrep.store import Store

    from conftest import browsing

    def claim(i):
        return {"id": f"c{i:02d}-c1", "claimant": {"name": "police", "country": None, "sector": "POL"},
                "stance": "assert", "text": f"Gunmen attacked made-up post {i}", "cue": "said",
                "start": 0, "end": 20, "responses": [], "sources": []}

    path = tmp_path_factory.mktemp("newuser12ui") / "claims.duckdb"
    with Store(str(path)) as store:
        for i in range(55):
            store.add(Record.from_json({"document": {
                "id": f"c{i:02d}", "title": f"Made-up post {i} attacked", "published": f"2026-10-{1 + i % 28:02d}",
                "language": "en", "text": f"Gunmen attacked made-up post {i} on Sunday, police said."},
                "events": [], "claims": [claim(i)]}))
        store.add(_doc("late-west", "2026-11-24T19:40:00-05:00", "Gunmen attacked a made-up post, police said."))
        store.add(_doc("day-only", "2026-11-25", "Rebels shelled a made-up town, officials said."))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_a_claims_search_that_finds_nothing_says_so(claims_ui):
    base, browser = claims_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/claims?q=nothing-like-this")
        page.wait_for_selector("#no-claims")
        assert page.inner_text("#no-claims") == "No claims match these filters. Show all claims"
        assert page.locator(".pager").count() == 0
        page.click("#no-claims a")
        page.wait_for_selector("#claims .claim")
        assert page.inner_text("#claims-count").startswith("55 claims (1–50 shown);")
        page.click("text=next →")
        page.wait_for_selector("#claims-count:has-text('(51–55 shown)')")
        assert page.locator("#claims .claim").count() == 5
    finally:
        page.close()


@pytest.mark.browser
def test_a_documents_search_that_finds_nothing_shows_no_empty_table(claims_ui):
    base, browser = claims_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/documents?q=nothing-like-this")
        page.wait_for_selector("#no-documents")
        assert page.inner_text("#no-documents") == "No documents match “nothing-like-this”. Show all documents"
        assert page.locator("#documents-table").count() == 0 and page.locator(".pager").count() == 0
        assert page.locator("#ingest-form").count() == 1  # the form to add one stays
        page.click("#no-documents a")
        page.wait_for_selector("#documents-table tbody tr")
        shown = page.locator("#documents-table tbody tr td:nth-child(1)").all_inner_texts()[:2]
        assert shown == ["2026-11-25", "2026-11-24 19:40"]  # in the order of the dates shown
    finally:
        page.close()


# --- cli: `sitrep claims` on a large store lists the first N, as `sitrep events` does ---------------------------
def test_claims_from_the_store_are_limited_like_events(tmp_path):
    from sitrep.model import Record
    from sitrep.store import Store

    db = tmp_path / "many.duckdb"
    with Store(str(db)) as store:
        for i in range(5):
            store.add(Record.from_json({"document": {
                "id": f"m{i}", "published": f"2026-10-0{i + 1}", "language": "en",
                "text": f"Gunmen attacked made-up post {i} on Sunday, police said."}, "events": [],
                "claims": [{"id": f"m{i}-c1", "claimant": {"name": "police"}, "stance": "assert",
                            "text": f"Gunmen attacked made-up post {i}", "cue": "said", "start": 0, "end": 20,
                            "responses": [], "sources": []}]}))
    res = run_cli("claims", "--db", str(db), "--limit", "3", "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    lines = res.stdout.decode().splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["m0", "m1", "m2"]  # oldest article first
    # (with the total since newuser14)
    assert res.stderr.decode().strip() == "sitrep: showing the first 3 of 5 matching claims; --limit N shows more"
    res = run_cli("claims", "--db", str(db), "--limit", "3")
    assert "3 claims (more match)" in res.stdout.decode()
    res = run_cli("claims", "--db", str(db), "--format", "jsonl")
    assert len(res.stdout.decode().splitlines()) == 5 and not res.stderr.decode().strip()


# --- ingest: a JSONL record broken over lines by raw line breaks in its text -------------------------------------
BROKEN_FEED = "\n".join([
    json.dumps({"id": "one", "published": "2026-11-22", "text": "Gunmen attacked a made-up post on Friday, police said."}),
    '{"id": "two", "published": "2026-11-25", "text": "Gangs attacked a made-up suburb on Tuesday, police said.',
    "",
    'Officers repelled the attack after a two-hour gunfight."}',
    '{"id": "cut", "text": "Soldiers clashed with',
    json.dumps({"id": "three", "published": "2026-11-25", "text": "Rebels shelled a made-up city on Wednesday."}),
]) + "\n"


def _feed_items(items):
    return [(x.id if hasattr(x, "text") else str(x)) for x in items]


def test_a_record_broken_by_raw_line_breaks_is_one_error_in_both_readers(tmp_path):
    from sitrep.ingest.readers import read_jsonl
    from sitrep.ingest.stream import stream

    path = tmp_path / "feed.jsonl"
    path.write_text(BROKEN_FEED)
    broken = (f"{path}:2: skipped: lines 2–4 are one record broken by line breaks inside a string (JSONL writes a "
              "line break in a text as \\n)")
    for items in (list(read_jsonl(BROKEN_FEED, str(path))), list(stream([str(path)]))):
        got = _feed_items(items)
        assert got[0] == "one" and got[1] == broken and got[-1] == "three", got
        assert len(got) == 4 and "line cut short" in got[2] and got[2].startswith(f"{path}:5:")


def test_ingest_says_it_once_and_stores_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(BROKEN_FEED)
    res = run_cli("ingest", str(path), "--db", str(tmp_path / "feed.duckdb"), "--no-merge")
    err = res.stderr.decode()
    assert res.returncode == 0, err
    assert "lines 2–4 are one record" in err and ":3:" not in err and ":4:" not in err
    assert "2 added" in err
