"""Ingest on more heads not seen before (session 16, h11): a place with its country and the date, a dateline in
brackets ("(Cali, January 30, 2025) -"), an outlet's line with its date, a colon dateline under the headline, and an
outlet's line or a dateline line above the headline, which is then still the headline. Every article here is made up.
"""
from __future__ import annotations

import pytest

from sitrep.ingest import from_text
from sitrep.ingest.head import parse_head

BODY = ("Gunmen attacked a police checkpoint on the main road on Tuesday night, killing two officers, a district "
        "official said. The attackers fled towards the hills.\n")
HEADLINE = "Two officers killed as gunmen attack checkpoint"


# --- a place, its country and the date ---------------------------------------------------------------------------
@pytest.mark.parametrize("line, place, published", [
    ("Kirkuk, Iraq, 19 August 2023", "Kirkuk", "2023-08-19"),
    ("Mosul, Iraq – August 19, 2023", "Mosul", "2023-08-19"),
    ("KIRKUK, Iraq, 19 August 2023", "Kirkuk", "2023-08-19"),
])
def test_a_place_with_its_country_and_a_date_under_the_headline_is_the_dateline(line, place, published):
    doc = from_text(f"{HEADLINE}\n{line}\n\n{BODY}", "a.txt")
    assert (doc.title, doc.published, doc.dateline, doc.outlet) == (HEADLINE, published, place, None)
    assert doc.text == f"{HEADLINE}\n\n{BODY.rstrip()}"


def test_a_place_with_its_country_and_a_date_as_the_first_line_is_no_headline():
    doc = from_text(f"Kirkuk, Iraq, 19 August 2023\n\n{BODY}", "a.txt")
    assert doc.title is None and doc.published == "2023-08-19" and doc.dateline == "Kirkuk"
    assert doc.text.startswith("Gunmen attacked")


def test_an_outlet_its_town_and_a_date_give_both():
    doc = from_text(f"{HEADLINE}\nHarbour Ledger, Mombasa, 3 June 2025\n\n{BODY}", "a.txt")
    assert (doc.outlet, doc.dateline, doc.published) == ("Harbour Ledger", "Mombasa", "2025-06-03")


# --- a dateline in brackets --------------------------------------------------------------------------------------
def test_a_bracketed_dateline_with_its_date_opens_the_body():
    raw = "(Cali, January 30, 2025) - " + BODY
    doc = from_text(raw, "a.txt")
    assert doc.published == "2025-01-30" and doc.dateline == "Cali"
    # (the dateline proper opens inside the bracket: a bracketed name in a dateline is otherwise its agency)
    assert doc.text[doc.dateline_start - 1:doc.dateline_end] == "(Cali, January 30, 2025) - "


def test_a_headline_right_above_a_bracketed_dateline_is_the_headline():
    doc = from_text(f"{HEADLINE}\n(Cali, Colombia, 30 January 2025) – {BODY}", "a.txt")
    assert doc.title == HEADLINE and doc.published == "2025-01-30" and doc.dateline == "Cali"
    assert doc.text[doc.dateline_start - 1:doc.dateline_end] == "(Cali, Colombia, 30 January 2025) – "


def test_the_town_of_a_bracketed_dateline_is_a_place(nlp):
    from sitrep.pipeline import extract
    [record] = list(extract([from_text("(Cali, January 30, 2025) - " + BODY, "a.txt")], nlp=nlp))
    assert [p["name"] for p in record.to_json()["places"]] == ["Cali"]


def test_a_bracketed_word_and_a_dash_without_a_date_is_no_dateline():
    head = parse_head("(Updated) - Gunmen attacked a police checkpoint on Tuesday night, officials said.")
    assert head.dateline_end == 0 and head.dateline_place is None


# --- a colon dateline under the headline ------------------------------------------------------------------------
@pytest.mark.parametrize("raw, dateline", [
    (f"{HEADLINE}\nQUETTA: {BODY}", "QUETTA: "),
    (f"{HEADLINE}\nQUETTA:\n\n{BODY}", "QUETTA:\n\n"),
])
def test_a_headline_right_above_a_colon_dateline_is_the_headline(raw, dateline):
    doc = from_text(raw, "a.txt")
    assert doc.title == HEADLINE and doc.dateline == "Quetta"
    assert doc.text[doc.dateline_start:doc.dateline_end] == dateline
    assert doc.text.startswith(HEADLINE + "\n\nQUETTA:")


# --- an outlet's line or a date line above the headline ----------------------------------------------------------
@pytest.mark.parametrize("raw, outlet, published, dateline", [
    (f"Le Riverain\nCotonou, 3 Oct 2025\n\n{HEADLINE}\n\n{BODY}", "Le Riverain", "2025-10-03", "Cotonou"),
    (f"The Lantern\nQUETTA, October 3, 2025\n\n{HEADLINE}\n\n{BODY}", "The Lantern", "2025-10-03", "Quetta"),
    (f"Harbour Gazette\n3 October 2025\n{HEADLINE}\n\n{BODY}", "Harbour Gazette", "2025-10-03", None),
    (f"Valley Now, 5 March 2025\n\n{HEADLINE}\n\n{BODY}", "Valley Now", "2025-03-05", None),
    (f"Valley Now\n\n{HEADLINE}\n\n{BODY}", "Valley Now", None, None),
    (f"Valley Now\n{HEADLINE}\n\n{BODY}", "Valley Now", None, None),
    (f"Valley Now\n{HEADLINE}\nBy Jane Roe\n5 March 2025\n\n{BODY}", "Valley Now", "2025-03-05", None),
])
def test_an_outlet_or_date_line_above_the_headline_leaves_the_headline_the_title(raw, outlet, published, dateline):
    doc = from_text(raw, "a.txt")
    assert (doc.title, doc.outlet, doc.published, doc.dateline) == (HEADLINE, outlet, published, dateline)
    assert doc.text == f"{HEADLINE}\n\n{BODY.rstrip()}"


def test_a_sections_label_under_the_date_is_neither_the_outlet_nor_the_headline():
    doc = from_text(f"Published: 5 March 2025\n\nAnalysis\n\n{BODY}", "a.txt")
    assert doc.outlet is None and doc.title is None and doc.published == "2025-03-05"


def test_a_date_line_first_then_the_headline():
    doc = from_text(f"5 March 2025 10:40 (UTC+03:00)\n\n{HEADLINE}\n\n{BODY}", "a.txt")
    assert doc.title == HEADLINE and doc.published == "2025-03-05T10:40:00+03:00"


@pytest.mark.parametrize("raw, title", [
    # a headline in title case above a byline, or above the body: still the headline
    (f"Radio Station Bombed In The North\nBy Jane Roe\n\n{BODY}", "Radio Station Bombed In The North"),
    (f"Gunmen Kill Two Officers\n\n{BODY}", "Gunmen Kill Two Officers"),
    (f"The Attack\n\n{BODY}", "The Attack"),
    # a headline in title case above its date and a deck without a full stop
    (f"Rebels Seize River Port\nMay 2, 2024\n\nThe army vows to retake the town within days\n\n{BODY}",
     "Rebels Seize River Port"),
])
def test_a_headline_in_title_case_stays_the_headline(raw, title):
    doc = from_text(raw, "a.txt")
    assert doc.title == title and doc.outlet is None


def test_a_bare_country_name_first_is_still_no_outlet():
    doc = from_text(f"Niger\n\n{HEADLINE}\n\n{BODY}", "a.txt")
    assert doc.outlet is None


# --- through the pipeline: the outlet's name is not an actor, the headline's count not a second event -----------
@pytest.mark.parametrize("raw", [
    f"Chad Now\nMaiduguri, 3 Oct 2025\n\n{HEADLINE}\n\n{BODY}",  # a dateline of another country: its actors are not TCD
    f"Chad Now\n{HEADLINE}\n\n{BODY}",
])
def test_an_outlet_named_after_a_country_is_no_actor_and_the_headline_no_second_event(nlp, raw):
    from sitrep.pipeline import extract
    [record] = list(extract([from_text(raw, "a.txt")], nlp=nlp))
    data = record.to_json()
    assert data["document"]["outlet"] == "Chad Now" and data["document"]["title"] == HEADLINE
    actors = [a for e in data["events"] for a in e["actors"]]
    # the outlet's name gives no actor a country, and the one event is read from the body, not the headline
    assert actors and not any(a["country"] == "TCD" for a in actors), actors
    assert all(a["start"] > len(HEADLINE) for a in actors), actors
    killed = [q for e in data["events"] for q in e["quantities"] if q["kind"] == "fatalities"]
    assert len(data["events"]) == 1 and [q["best"] for q in killed] == [2], data["events"]
