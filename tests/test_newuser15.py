"""A fifteenth new-user pass: a deck under the headline no longer hides the head (it stays the body's first
paragraph); "April 18, 2025 2:05 PM 2 min read" and "18-Apr-2025" are date lines; a paper's name joined by
lower-case links of other languages ("Carta de Pemba", "Courrier du Nord") between the headline and the date line is
the outlet, and the head is read (was: no title, no date, the three lines left in the text); "2025-13-01" is no date
(it was read as 13 January, so `--published 2025-13-01` dated an article silently); a page whose HTML stops
mid-sentence says it seems truncated; a dateline's day without a year takes the year of the date in the file's name
when they agree; an event whose doer is not named shows "— → …" in the tables; the web UI's event page prints "at
least six" as "≥6", as the list and the CLI do. Everything here is made up."""

import json

import pytest

from conftest import one_error_line, run_cli


def _text(raw: str, path: str = "made-up.txt"):
    from sitrep.ingest.readers import from_text

    return from_text(raw, path)


# --- ingest head: an outlet's name with lower-case links above the date line ---------------------------------------
LINKED = ("Two soldiers killed in made-up ambush near Vale\n{outlet}\n24 November 2026\n\n"
          "PEMBA - Two soldiers were killed when insurgents ambushed a convoy near the made-up village of Vale on "
          "Tuesday, a military source said.\n")


@pytest.mark.parametrize("outlet", ["Carta de Vale", "Voz da Costa", "Jornal do Litoral", "El Heraldo del Sur",
                                    "Courrier du Nord"])
def test_a_papers_name_with_lower_case_links_above_the_date_line_is_the_outlet(outlet):
    doc = _text(LINKED.format(outlet=outlet))
    assert doc.outlet == outlet
    assert doc.title == "Two soldiers killed in made-up ambush near Vale"
    assert doc.published == "2026-11-24"
    assert outlet not in doc.text and "24 November 2026" not in doc.text
    assert doc.text.startswith(doc.title + "\n\nPEMBA - Two soldiers")


def test_a_papers_name_with_links_on_the_first_line_above_the_headline_is_the_outlet():
    doc = _text("Voz da Costa\n" + LINKED.format(outlet="").replace("Vale\n\n24", "Vale\n24", 1))
    assert (doc.outlet, doc.title, doc.published) == ("Voz da Costa", "Two soldiers killed in made-up ambush near Vale",
                                                      "2026-11-24")
    # an English headline in title case above another line is not taken for a paper's name
    doc = _text("Battle Of Vale Ends\nTwo soldiers killed in made-up ambush near Vale\n\nPEMBA - Two soldiers were "
                "killed when insurgents ambushed a convoy, a source said.\n")
    assert doc.outlet is None


def test_a_towns_name_with_links_above_the_date_line_is_no_outlet():
    # "Rio de Janeiro" names a place, however it is written: never the outlet
    doc = _text(LINKED.format(outlet="Rio de Janeiro"))
    assert doc.outlet != "Rio de Janeiro"


def test_a_name_ending_in_a_link_word_is_no_papers_name():
    from sitrep.ingest.head import _linked_paper_name

    assert _linked_paper_name("Carta de Vale")
    assert not _linked_paper_name("Carta de")
    assert not _linked_paper_name("Voz")  # one word: the general outlet rules decide
    assert not _linked_paper_name("Voice of the Coast")  # English links only: the general outlet rules decide
    assert not _linked_paper_name("Ataque contra la base")  # "contra" is no link and not capitalised


# --- a year-first day that does not exist is no date -------------------------------------------------------------
def test_a_year_first_day_that_does_not_exist_is_no_date():
    from sitrep.ingest.head import parse_datetime

    assert parse_datetime("2025-13-01") is None  # was 2025-01-13, read day first
    assert parse_datetime("2025-02-30") is None
    assert parse_datetime("2025-02-29 10:00") is None
    assert parse_datetime("2024-02-29") == "2024-02-29"
    assert parse_datetime("2025-4-8") == "2025-04-08"
    assert parse_datetime("2025-04-18 07:05 EAT") == "2025-04-18T07:05:00+03:00"


def test_published_with_month_13_is_a_one_line_error(tmp_path):
    res = run_cli("extract", "-", "--published", "2025-13-01",
                  input=b"Made-up militants attacked a police post in the made-up town of Vale on Monday.")
    assert res.returncode != 0 and not res.stdout
    one_error_line(res, "--published", "'2025-13-01'")


def test_a_feeds_published_with_month_13_is_a_warning_not_13_january(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "m13", "published": "2025-13-01",
                                "text": "Made-up militants attacked a police post in the made-up town of Vale."}) + "\n")
    from sitrep.ingest import read_bytes

    (doc,) = list(read_bytes(feed.read_bytes(), str(feed), suffix=".jsonl"))
    assert doc.published is None
    assert any("'2025-13-01' is not a date" in w for w in doc.warnings)


# --- HTML cut short -------------------------------------------------------------------------------------------------
PAGE = ("<!DOCTYPE html><html><head><title>Made-up shelling hits camp near Vale</title></head><body><article>"
        "<h1>Made-up shelling hits camp near Vale</h1>"
        "<p>Shells hit a camp for displaced people outside the made-up town of Vale on Thursday, killing at least "
        "six people, a made-up relief group said.</p>"
        "<p>The group said the camp shelters thousands of people who fled fighting in the hills last year, and "
        "that between 3,000 and 4,000 fighters were massed in the eastern hi")


def _html(raw: str):
    from sitrep.ingest import read_bytes

    (doc,) = list(read_bytes(raw.encode(), "page.html", suffix=".html"))
    return doc


def test_a_page_that_stops_mid_sentence_without_closing_its_html_says_so(tmp_path):
    doc = _html(PAGE)
    (warning,) = [w for w in doc.warnings if w.startswith("cut short")]
    assert "truncated" in warning and "eastern hi" in warning
    path = tmp_path / "cut.html"
    path.write_text(PAGE)
    res = run_cli("extract", str(path), "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert any(w.startswith("cut short") for w in json.loads(res.stdout)["warnings"])
    assert "cut short" in res.stderr.decode() and "cut.html" in res.stderr.decode()


def test_a_whole_page_or_a_fragment_is_not_cut_short():
    assert not any(w.startswith("cut short") for w in _html(PAGE + "lls.</p></article></body></html>").warnings)
    # a page that ends its last sentence, its closing tags lost, is read whole
    assert not any(w.startswith("cut short") for w in _html(PAGE + "lls.</p>").warnings)
    # a fragment (no <html> or <body>) is not a page that was cut
    fragment = PAGE.split("<article>", 1)[1]
    assert not any(w.startswith("cut short") for w in _html(fragment).warnings)


# --- a year-less dateline and the date in the file's name ---------------------------------------------------------
WIRE = "VALE, Sept 13 (Made-up Wire) - Made-up rebels shelled an army post near Vale on Tuesday, officials said.\n"


def test_a_yearless_dateline_takes_the_year_of_the_file_names_date_when_they_agree():
    doc = _text(WIRE, "wire-vale-2022-09-13.txt")
    assert doc.published == "2022-09-13"
    assert not any("has no year" in w for w in doc.warnings)
    assert _text(WIRE, "archive/20220913_vale.txt").published == "2022-09-13"


def test_a_file_names_date_of_another_day_gives_no_year():
    for name in ("wire-vale-2022-09-14.txt", "wire-vale.txt", "2022-09-13/wire.txt", "feed.jsonl:3"):
        doc = _text(WIRE, name)
        assert doc.published == "--09-13", name
        assert any("has no year" in w for w in doc.warnings), name


def test_the_bundled_wire_sample_is_dated(tmp_path):
    from conftest import SAMPLES

    from sitrep.ingest import read

    (doc,) = [d for d in read([str(SAMPLES / "wire-yerevan-2022-09-13.txt")]) if hasattr(d, "published")]
    assert doc.published == "2022-09-13" and not doc.warnings


# --- tables: an event whose doer is not named ---------------------------------------------------------------------
def test_an_event_without_actor1_shows_a_dash_before_the_arrow():
    from sitrep.cli import _actor_sides

    assert _actor_sides([{"role": "actor2", "country": "COD", "sector": "CVL"}]) == "— → COD CVL"
    assert _actor_sides([{"role": "actor1", "country": "COD", "sector": "REB"},
                         {"role": "actor2", "country": "COD", "sector": "CVL"}]) == "COD REB → COD CVL"
    assert _actor_sides([]) == ""


# --- web UI: a lower bound on the event page -----------------------------------------------------------------------
@pytest.mark.browser
def test_the_event_page_prints_at_least_six_as_a_lower_bound(tmp_path):
    from conftest import browsing
    from sitrep.model import Record
    from sitrep.store import Store

    text = "Shells hit a made-up camp near Vale on Thursday, killing at least six people and wounding 19, medics said."
    quantities = [{"kind": "fatalities", "text": "at least six", "start": 48, "end": 60, "item": "people", "low": 6,
                   "best": 6, "high": None, "approximate": True, "cumulative": False},
                  {"kind": "injuries", "text": "19", "start": 77, "end": 79, "item": None, "low": 19, "best": 19,
                   "high": 19, "approximate": False, "cumulative": False},
                  {"kind": "displaced", "text": "about 300", "start": 0, "end": 5, "item": None, "low": 300,
                   "best": 300, "high": 300, "approximate": True, "cumulative": False}]
    path = tmp_path / "ui.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {"id": "camp", "title": "Made-up camp shelled", "language": "en",
                                                 "published": "2026-11-27", "text": text},
                                    "events": [{"id": "camp-e1", "acled": {"event_type": "Explosions/Remote violence",
                                                                           "sub_event_type": "Shelling/artillery/missile attack"},
                                                "plover": {}, "date": "2026-11-26", "actors": [],
                                                "locations": [{"name": "Vale", "country": "CD", "lat": -1.6, "lon": 29.2,
                                                               "precision": "town"}],
                                                "quantities": quantities, "sources": [], "status": "reported",
                                                "evidence": [{"start": 0, "end": len(text), "text": text}]}],
                                    "claims": []}))
    with browsing(str(path)) as (base, browser):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(base + "/#/event/camp-e1")
            page.wait_for_selector("text=fatalities")
            body = page.inner_text("body")
            assert "≥6 fatalities (people)" in body and "~6" not in body
            assert "19 injuries" in body and "~300 displaced" in body  # exact and approximate figures as before
        finally:
            page.close()


# --- ingest head: a deck under the headline, a reading time after the time, "18-Apr-2025" -------------------------
VALE_BODY = ("Made-up gunmen attacked a checkpoint near the made-up town of Vale on Friday, killing three soldiers, "
             "officials said.\n")
VALE_TITLE = "Gunmen kill three soldiers at checkpoint near Vale"


@pytest.mark.parametrize("head", ["Published On 18 Apr 2025", "By Jane Roe\n18 April 2025",
                                  "\nPublished 18 April 2025"])
def test_a_deck_under_the_headline_is_the_bodys_first_paragraph_and_the_head_is_read(head):
    deck = "The attack is the third this month in the restive made-up province."
    doc = _text(f"{VALE_TITLE}\n{deck}\n{head}\n\n{VALE_BODY}")
    assert doc.title == VALE_TITLE and doc.published == "2025-04-18"
    assert doc.text == f"{VALE_TITLE}\n\n{deck}\n\n{VALE_BODY.strip()}"
    assert doc.author == ("Jane Roe" if "Jane" in head else None)


def test_a_long_deck_and_a_dateline_under_it_keep_their_offsets():
    deck = ("The attack, the third this month in the restive made-up province, came a day after the governor "
            "promised more troops to guard the roads between the towns of the valley and the border posts.")
    doc = _text(f"{VALE_TITLE}\n{deck}\nBy Jane Roe\n18 April 2025\n\nVALE - {VALE_BODY}")
    assert len(deck) > 160 and doc.title == VALE_TITLE and doc.author == "Jane Roe"
    assert doc.text[doc.dateline_start:doc.dateline_end].startswith("VALE")


def test_a_first_paragraph_or_a_dateline_under_the_headline_is_no_deck():
    # "By then …" is a sentence, not a byline: the paragraph under the headline stays as it was
    doc = _text(f"{VALE_TITLE}\n\nMade-up gunmen attacked a checkpoint near Vale on Friday.\nBy then the town was "
                "calm.\n")
    assert doc.text.endswith("on Friday.\nBy then the town was calm.")
    doc = _text(f"{VALE_TITLE}\nVALE - Made-up gunmen attacked a checkpoint near Vale on Friday.\n18 April 2025\n")
    assert doc.dateline == "Vale" and doc.text.startswith(f"{VALE_TITLE}\n\nVALE - Made-up gunmen")


def test_a_text_of_head_lines_only_keeps_its_headline_once():
    doc = _text(f"{VALE_TITLE}\n\nPublished 18 April 2025\n")
    assert doc.title == VALE_TITLE and doc.text.count(VALE_TITLE) == 1


@pytest.mark.parametrize("line,published", [("April 18, 2025 2:05 PM 2 min read", "2025-04-18T14:05:00"),
                                            ("18-Apr-2025", "2025-04-18")])
def test_date_lines_with_a_reading_time_or_in_short_form(line, published):
    doc = _text(f"{VALE_TITLE}\n{line}\n\n{VALE_BODY}")
    assert (doc.title, doc.published) == (VALE_TITLE, published)
    assert doc.text == f"{VALE_TITLE}\n\n{VALE_BODY.strip()}"


# --- `sitrep events --limit` says of how many ----------------------------------------------------------------------
def test_events_limit_says_of_how_many_matching_events(tmp_path):
    from sitrep.model import Record
    from sitrep.store import Store

    db = str(tmp_path / "e.duckdb")
    ev = {"acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "plover": {}, "actors": [],
          "quantities": [], "sources": [], "status": "reported", "evidence": []}
    with Store(db) as store:
        store.add(Record.from_json({"document": {"id": "x", "language": "en", "text": "Made-up clashes."},
                                    "events": [{**ev, "id": f"x-e{i}", "date": f"2026-11-2{i}",
                                                "locations": [{"name": "Vale", "country": "SD" if i < 4 else "ML",
                                                               "lat": 13.0, "lon": 25.0 + i, "precision": "town"}]}
                                               for i in range(1, 6)], "claims": []}))
    with Store(db, read_only=True) as store:
        assert store.count_events(country="SD") == 3 and store.count_events(bbox="26.5,12,28.5,14") == 2
    res = run_cli("events", "--db", db, "--limit", "2", "--country", "SD", "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    assert len(res.stdout.decode().splitlines()) == 2
    assert res.stderr.decode().strip() == "sitrep: showing the first 2 of 3 matching events; --limit N shows more"
    res = run_cli("events", "--db", db, "--limit", "2", "--bbox", "26.5,12,28.5,14", "--format", "jsonl")
    assert "first 2 of 2" not in res.stderr.decode() and len(res.stdout.decode().splitlines()) == 2
    res = run_cli("events", "--db", db, "--limit", "1", "--bbox", "26.5,12,28.5,14", "--format", "jsonl")
    assert "showing the first 1 of 2 matching events" in res.stderr.decode()


def test_a_deck_above_a_name_and_the_date_line():
    deck = "The attack is the third this month in the restive made-up province"
    doc = _text(f"{VALE_TITLE}\n{deck}\nCoast Courier\n18 April 2025\n\n{VALE_BODY}")
    assert (doc.title, doc.outlet, doc.published) == (VALE_TITLE, "Coast Courier", "2025-04-18")
    assert doc.text == f"{VALE_TITLE}\n\n{deck}\n\n{VALE_BODY.strip()}"


def test_a_copied_date_line_with_its_zone_offset_run_into_updated():
    doc = _text(f"{VALE_TITLE}\nBy Jane Roe\nApril 18, 20252:05 PM GMT+3Updated 2 hours ago\n\n{VALE_BODY}")
    assert (doc.author, doc.published) == ("Jane Roe", "2025-04-18T14:05:00+03:00")
    assert doc.text == f"{VALE_TITLE}\n\n{VALE_BODY.strip()}"
