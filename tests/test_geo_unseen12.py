"""Datelines outside the text (session 16, h13): a dateline the ingest reads from the article's head ("Town,
Country, 19 August 2023" on a line of its own) is metadata, not text, yet it still places the story as a dateline in
the text does: geo resolves the story's names with its country, and an event the story places nowhere takes the
country it was filed from (as it does for a dateline in the text); a bare text's bracketed dateline ("(Town) –")
starts inside its bracket, so its place is no agency's name.

Real gazetteer and pipeline; invented wording, real place names.
"""
from __future__ import annotations

from sitrep.model import Document
from sitrep.pipeline import extract


def _record(nlp, text: str, **fields):
    return next(extract([Document(text=text, **fields)], nlp=nlp))


def _countries(rec) -> dict[str, str | None]:
    return {p.text: p.country for p in rec.places}


def test_a_head_dateline_lends_its_country_to_an_ambiguous_name(nlp):
    # the head's dateline (not in the text) settles "Tripoli" as a dateline opening the text would
    text = "Gunmen clashed with soldiers in Tripoli on Friday, leaving two dead."
    assert _countries(_record(nlp, text))["Tripoli"] == "LY"  # the larger namesake, with nothing else to go by
    assert _countries(_record(nlp, text, dateline="Beirut"))["Tripoli"] == "LB"
    rec = _record(nlp, "Police fired tear gas at protesters in Hyderabad on Friday.", dateline="Karachi")
    assert _countries(rec)["Hyderabad"] == "PK"
    # the dateline itself is no place of the text: every place's offsets still point into it
    assert all(rec.document.text[p.start:p.end] == p.text for p in rec.places)


def test_a_head_dateline_places_an_event_the_story_places_nowhere(extract_text):
    rec = extract_text("Kirkuk, Iraq, 19 August 2023\n\nGunmen attacked a police checkpoint on Saturday night, killing "
                       "two officers, a security official said.")
    assert rec.document.dateline and "Kirkuk" not in rec.document.text
    ev = rec.events[0]
    assert [(loc["country"], loc["precision"]) for loc in ev.locations] == [("IQ", "country")], ev.locations
    assert not rec.places  # nothing of the head is reported as a place of the text


def test_an_in_text_dateline_places_such_an_event_the_same_way(extract_text):
    rec = extract_text("MOSUL - A roadside bomb exploded near an army patrol on Friday, wounding four soldiers, a "
                       "military spokesman said.", published="2023-08-19")
    ev = rec.events[0]
    # the country it was filed from, not the city: where the report was filed is not where it happened
    assert [(loc["country"], loc["precision"]) for loc in ev.locations] == [("IQ", "country")], ev.locations


def test_a_dateline_lends_no_country_to_a_story_of_another_country(nlp):
    # filed from one country about another's forces: the dateline says nothing of where it happened
    rec = _record(nlp, "Syrian government troops shelled a village on Monday, killing three people, a monitor said.",
                  dateline="Beirut")
    assert rec.events and all(not ev.locations for ev in rec.events), [ev.locations for ev in rec.events]


def test_a_story_naming_its_own_places_keeps_them(extract_text):
    rec = extract_text("Bamako, Mali, 3 May 2025\n\nJihadist fighters overran a gendarmerie post near Kidal on "
                       "Friday, the army said.")
    ev = rec.events[0]
    assert any(loc["name"] and "Kidal" in loc["name"] for loc in ev.locations), ev.locations
    assert all(loc["precision"] != "country" for loc in ev.locations), ev.locations


def test_a_bracketed_bare_dateline_starts_inside_its_bracket(nlp):
    from sitrep.events.extract import bare_dateline

    text = "(Beirut) \u2013 An airstrike hit a car on a coastal road on Monday, killing two people, officials said."
    start, end = bare_dateline(text)
    assert text[start:end].startswith("Beirut)"), text[start:end]
    headed = "Strike on coastal road\n\n" + text
    start, end = bare_dateline(headed)
    assert headed[start:end].startswith("Beirut)"), headed[start:end]
    # through the pipeline, with no dateline from an ingest: the bracketed place is the city, not an agency
    rec = _record(nlp, text)
    assert _countries(rec).get("Beirut") == "LB", rec.places
