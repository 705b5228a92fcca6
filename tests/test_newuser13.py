"""A thirteenth new-user pass: a live page's "… live team" line is the outlet's (the head was not read at all);
a paper's one-word name right above a headline and its date line is the outlet (nothing was read: no title, no
date); a section's name there ("Security") is a kicker; a town's name alone above the date line is the dateline,
not the title; "Geneva/Juba, 27 November 2026" in a release is its date line; a page whose only date is a year
("26 de noviembre de 2026" in a page trafilatura cannot read) is not dated 1 January; a date without a year says
so in the record and on stderr. Everything here is made up."""

import json

import pytest

from conftest import run_cli


def _read(text: str):
    from sitrep.ingest.readers import read_text

    (doc,) = list(read_text(text, "made-up.txt"))
    return doc


BODY = ("Gunmen on motorcycles attacked a checkpoint in a made-up district on Wednesday, killing two policemen, "
        "police said.\n\nThe attackers fled, an officer said.\n")

# --- ingest head: a live page's team line ------------------------------------------------------------------------
LIVE = """Ceasefire talks: live updates
Made-up Daily live team
Updated 27 November 2026 21:40 EET

21:15
Negotiators are expected to meet again tomorrow morning, an official said.

17:05
A drone strike hit a made-up town at around 14:30, the army said.
"""


def test_a_live_pages_team_line_is_the_outlet_and_the_head_is_read():
    doc = _read(LIVE)
    assert doc.title == "Ceasefire talks: live updates"
    assert doc.outlet == "Made-up Daily"
    assert doc.published == "2026-11-27T21:40:00+02:00"
    assert doc.text.startswith("Ceasefire talks: live updates\n\n21:15\n")
    assert "live team" not in doc.text


@pytest.mark.parametrize("line", ["Made-up Post news team", "By Made-up Post live blog team",
                                  "Made-up Post live desk"])
def test_a_desks_or_teams_line_under_the_headline(line):
    doc = _read(f"Ceasefire holds in the north\n{line}\n27 November 2026\n\n{BODY}")
    assert doc.outlet == "Made-up Post" and doc.published == "2026-11-27"
    assert doc.text.startswith("Ceasefire holds in the north\n\nGunmen")


# --- ingest head: a one-word paper's name above the headline ----------------------------------------------------
def test_a_one_word_papers_name_above_a_headline_and_its_date():
    doc = _read(f"Kathimerini\nMigrant boat capsizes off the coast, 9 dead\n26 November 2026\n\n{BODY}")
    assert doc.outlet == "Kathimerini"
    assert doc.title == "Migrant boat capsizes off the coast, 9 dead"
    assert doc.published == "2026-11-26"
    assert doc.text.startswith("Migrant boat capsizes off the coast, 9 dead\n\nGunmen")


def test_a_one_word_name_above_a_headline_and_a_byline():
    doc = _read(f"Zarbon\nGunmen kill two policemen\nBy Jane Roe\n\n{BODY}")
    assert doc.outlet == "Zarbon" and doc.author == "Jane Roe" and doc.title == "Gunmen kill two policemen"


@pytest.mark.parametrize("kicker", ["Security", "World", "POLITICS", "Human rights"])
def test_a_sections_name_above_the_headline_is_a_kicker_not_the_outlet(kicker):
    doc = _read(f"{kicker}\nDrone strike kills 14 at cattle market\n26 November 2026\n\n{BODY}")
    assert doc.outlet is None
    assert doc.title == "Drone strike kills 14 at cattle market" and doc.published == "2026-11-26"
    assert not doc.text.startswith(kicker)


def test_a_one_word_line_above_a_headline_closed_by_a_blank_line_stays_as_before():
    # (no date or byline under the headline: nothing says the word is the paper's)
    doc = _read(f"Kathimerini\nMigrant boat capsizes off the coast\n\n{BODY}")
    assert doc.outlet is None and doc.title is None
    assert doc.text.startswith("Kathimerini\n")


# --- ingest head: a town's name alone above the date line -------------------------------------------------------
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_towns_name_above_the_date_line_is_the_dateline_not_the_title(gap):
    doc = _read(f"Mogadishu{gap}November 26, 2026\n\n{BODY}")
    assert doc.title is None and doc.dateline == "Mogadishu" and doc.published == "2026-11-26"
    assert doc.text.startswith("Gunmen on motorcycles")


def test_a_towns_name_above_the_date_line_and_a_headline():
    doc = _read(f"Mogadishu\nNovember 26, 2026\nGunmen kill two policemen\n\n{BODY}")
    assert doc.dateline == "Mogadishu" and doc.title == "Gunmen kill two policemen"
    assert doc.published == "2026-11-26"


def test_a_towns_name_above_a_headline_and_its_date_line():
    doc = _read(f"Karachi\nGunmen kill two policemen\nNovember 27, 2026\n\n{BODY}")
    assert doc.dateline == "Karachi" and doc.title == "Gunmen kill two policemen"
    assert doc.published == "2026-11-27" and doc.outlet is None
    assert doc.text.startswith("Gunmen kill two policemen\n\nGunmen on motorcycles")


def test_a_towns_name_above_the_body_alone_stays_the_title():
    doc = _read(f"Kabul\n\n{BODY}")
    assert doc.title == "Kabul" and doc.dateline is None


# --- ingest head: a release dated in two towns ------------------------------------------------------------------
RELEASE = f"""UNITED NATIONS
Office for the Coordination of Humanitarian Affairs

PRESS RELEASE

Geneva/Juba, 27 November 2026

Coordinator condemns killing of aid workers

{BODY}"""


def test_a_release_dated_in_two_towns_has_its_date_and_headline_read():
    doc = _read(RELEASE)
    assert doc.published == "2026-11-27"
    assert doc.title == "Coordinator condemns killing of aid workers"
    assert doc.outlet == "United Nations"
    assert doc.text.startswith("Coordinator condemns killing of aid workers\n\nGunmen")
    assert "Geneva/Juba" not in doc.text


# --- ingest: a page whose only date is a year is not dated 1 January --------------------------------------------
PAGE = """<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1><p>{line}</p>
<p>{para}</p><p>{para2}</p></article></body></html>"""


def _page(tmp_path, name, **kw):
    path = tmp_path / name
    path.write_text(PAGE.format(**kw), encoding="utf-8")
    from sitrep.ingest import read

    (doc,) = [d for d in read([str(path)]) if hasattr(d, "text")]
    return doc


def test_a_year_alone_does_not_date_a_page_1_january(tmp_path):
    doc = _page(tmp_path, "es.html", lang="es", title="Enfrentamientos dejan ocho muertos",
                line="Publicado el 26 de noviembre de 2026",
                para="Al menos ocho personas murieron en combates entre grupos armados en la región, informó la "
                     "Defensoría del Pueblo el miércoles.",
                para2="Cientos de familias huyeron hacia la ciudad, según las autoridades locales.")
    assert doc.published is None


def test_a_page_that_says_1_january_keeps_it(tmp_path):
    doc = _page(tmp_path, "jan.html", lang="en", title="Rebels attack a market",
                line="Published on 1 January 2026",
                para="Rebels attacked a market in a made-up town on Thursday, killing four people, police said on "
                     "the first day of the year.",
                para2="The attackers fled into the forest, a local official said.")
    assert doc.published == "2026-01-01"


# --- a date without a year says so --------------------------------------------------------------------------------
YEARLESS = ("KHARTOUM, Nov 26 (Made-up Wire) - Fighters shelled a market in a made-up town on Wednesday, killing "
            "15 people, medics said.\n")


def test_a_date_without_a_year_is_a_warning_in_the_record_and_on_stderr(tmp_path):
    path = tmp_path / "yearless.txt"
    path.write_text(YEARLESS)
    res = run_cli("extract", str(path), "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["document"]["published"] == "--11-26"
    assert any("has no year" in w and "--published" in w for w in record["warnings"])
    assert "has no year" in res.stderr.decode()
    assert all(e["date"] is None for e in record["events"])


def test_a_date_without_a_year_and_published_given_warns_nothing(tmp_path):
    path = tmp_path / "yearless.txt"
    path.write_text(YEARLESS)
    res = run_cli("extract", str(path), "--format", "json", "--published", "2026-11-27")
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["document"]["published"] == "2026-11-26"
    assert not any("has no year" in w for w in record["warnings"])
    assert "has no year" not in res.stderr.decode()


# --- web UI: the events page's empty states and its count of undated events --------------------------------------
@pytest.fixture(scope="module")
def events_ui(tmp_path_factory):
    from sitrep.model import Record
    from sitrep.store import Store

    from conftest import browsing

    def ev(doc, n, date, country, lat):
        return {"id": f"{doc}-e{n}", "acled": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                               "interaction": None}, "plover": {},
                "date": date, "date_end": None, "date_precision": "day" if date else None, "actors": [],
                "locations": [{"name": f"Made-up town {n}", "country": country, "lat": lat, "lon": 25.3,
                               "precision": "town"}],
                "quantities": [], "sources": [], "status": "reported", "historical": False, "evidence": []}

    path = tmp_path_factory.mktemp("newuser13ui") / "events.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {
            "id": "dated", "title": "Clashes in two made-up towns", "published": "2026-11-26", "language": "en",
            "text": "Rebels and soldiers clashed in two made-up towns on Wednesday, the army said."},
            "events": [ev("dated", 1, "2026-11-25", "SD", 13.6), ev("dated", 2, "2026-11-25", "SD", 14.6)],
            "claims": [{"id": "dated-c1", "claimant": {"name": "the army", "country": "SDN", "sector": "MIL"},
                        "stance": "assert", "text": "Rebels and soldiers clashed in two made-up towns", "cue": "said",
                        "start": 0, "end": 48, "sources": [],
                        "responses": [{"by": {"name": "Made-up capital", "country": "SSD", "sector": "STATE"},
                                       "stance": "deny", "text": "the report", "start": 0, "end": 6,
                                       "cue": "rejected"}]}]}))
        store.add(Record.from_json({"document": {
            "id": "yearless", "title": None, "published": "--11-26", "language": "en",
            "text": "Fighters clashed in a made-up town on Wednesday, medics said."},
            "events": [ev("yearless", 3, None, "SO", 2.0)], "claims": []}))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_the_timeline_counts_one_undated_event_in_the_singular(events_ui):
    base, browser = events_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/")
        page.wait_for_selector("body[data-events-ready]")
        assert "Click a bar to filter to that day. 1 undated event not shown." in page.inner_text("main")
        assert page.locator(".pager").count() == 1
    finally:
        page.close()


@pytest.mark.browser
def test_a_filter_that_matches_nothing_shows_no_pager_and_says_so_once(events_ui):
    base, browser = events_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/?country=SD&status=denied")
        page.wait_for_selector("body[data-events-ready]")
        assert page.inner_text("#no-events") == "No events match these filters. Show all events"
        assert page.locator(".pager").count() == 0
        assert page.inner_text("#timeline-empty") == "No events to chart."
        assert "No dated events" not in page.inner_text("main")
    finally:
        page.close()


@pytest.mark.browser
def test_a_filter_that_matches_undated_events_only_says_how_many(events_ui):
    base, browser = events_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/?country=SO")
        page.wait_for_selector("body[data-events-ready]")
        assert page.inner_text("#timeline-empty") == "No dated events: 1 undated event not shown."
        assert page.locator("#events-table tbody tr").count() == 1
    finally:
        page.close()


# --- cli: contradictions listed up to a limit ---------------------------------------------------------------------
def test_contradictions_lists_the_first_n_and_says_how_many_there_are(tmp_path):
    import duckdb

    from sitrep.store import Store

    db = tmp_path / "contra.duckdb"
    with Store(str(db)):
        pass
    res = run_cli("contradictions", "--db", str(db), "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert json.loads(res.stdout) == []
    # the contradictions table as the merge stage writes it: a few document-scope denials
    con = duckdb.connect(str(db))
    cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'contradictions' ORDER BY ordinal_position").fetchall()]
    assert {"id", "json", "scope", "kind"} <= set(cols), cols
    for i in range(5):
        item = {"id": f"con-{i}", "incident_id": None, "kind": "denial", "scope": "document", "doc_id": f"d{i}",
                "event_id": None, "subject": "whether it happened", "summary": f"denied {i}", "sides": []}
        values = {c: None for c in cols}
        values.update(id=item["id"], json=json.dumps(item), scope="document", kind="denial", doc_id=f"d{i}")
        con.execute(f"INSERT INTO contradictions ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                    [values[c] for c in cols])
    con.close()
    res = run_cli("contradictions", "--db", str(db), "--format", "json", "--limit", "3", "--no-update")
    assert res.returncode == 0, res.stderr.decode()
    assert len(json.loads(res.stdout)) == 3
    assert res.stderr.decode().strip() == "sitrep: showing the first 3 of 5 contradictions; --limit N shows more"
    res = run_cli("contradictions", "--db", str(db), "--format", "json", "--no-update")
    assert len(json.loads(res.stdout)) == 5 and "showing" not in res.stderr.decode()


@pytest.mark.browser
def test_a_denial_under_a_claim_names_the_deniers_country_and_sector(events_ui):
    base, browser = events_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/claims")
        page.wait_for_selector("#claims .claim .responses")
        assert page.inner_text("#claims .claim .responses") == "deny Made-up capital (SSD, STATE): the report"
    finally:
        page.close()
