"""Dates on invented articles (session 20, h7): an event named by the object of "after" in "The protest came two days
after fighting near X" is dated that many days before the event the sentence's subject names. Every sentence is made
up for this file."""
from __future__ import annotations

from conftest import events_of


def test_fighting_named_after_came_is_counted_back_from_the_protest(extract_text):
    evs = events_of(extract_text, "MEKELLE, Ethiopia (Horn Observer) - Hundreds of students rallied in Mekelle on "
                                  "Thursday to demand the reopening of the university. The rally came three days after "
                                  "clashes between federal troops and militiamen near Shire.", published="2026-04-17")
    dates = {e["acled"]["event_type"]: e["date"] for e in evs}
    assert dates.get("Protests") == "2026-04-16", dates
    assert dates.get("Battles") == "2026-04-13", dates


def test_a_definite_event_after_came_keeps_the_subject_dated_from_it(extract_text):
    evs = events_of(extract_text, "MEKELLE, Ethiopia (Horn Observer) - Militiamen attacked a bus near Shire on "
                                  "Monday, killing six passengers. The strike came a day after the attack, officials "
                                  "said.", published="2026-04-17")
    assert evs and evs[0]["date"] == "2026-04-13", [(e["trigger"], e["date"]) for e in evs]
