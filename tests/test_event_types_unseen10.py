"""Events on invented articles (session 18, h7): a loss denied ("said it had lost no fighters", "suffered no
casualties") is no event, while the clashes named in the same clause still are; the toll that opens a story ("The
death toll from three days of clashes ... has risen to 94") names the story's event and is its toll; aircraft or
artillery that destroyed vehicles made a strike, not a destruction of property; another voice's toll of the event
told just before widens its range instead of making a second event; a definite event ranked among others ("the
clash was the fourth in the province this month") is the event told before, not one of the month. Every sentence
is made up for this file."""
from __future__ import annotations

from conftest import events_of, sub_types


def test_a_loss_denied_is_no_event(extract_text):
    evs = events_of(extract_text, "KAYA, Burkina Faso (Sahel Wire) - The group said in a statement on Sunday that it "
                                  "had lost no fighters. The army said it suffered no casualties.",
                    published="2026-03-16")
    assert evs == [], [(e["trigger"], e["acled"]) for e in evs]


def test_clashes_named_beside_a_denied_loss_are_an_event(extract_text):
    evs = events_of(extract_text, "KAYA, Burkina Faso (Sahel Wire) - JNIM said on Friday it had lost no fighters "
                                  "during clashes with soldiers near Kaya.", published="2026-03-16")
    assert sub_types(evs) == ["Armed clash"], [(e["trigger"], e["acled"]) for e in evs]
    assert evs[0]["trigger"] == "clashes"


def test_a_toll_opening_the_story_names_its_event(extract_text):
    evs = events_of(extract_text, "BEIRUT (Levant Monitor) - The death toll from two days of clashes between rival "
                                  "clans in Syria's Deir ez-Zor province has risen to 37, a war monitor said on "
                                  "Tuesday.", published="2026-07-14")
    clashes = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert clashes, [(e["trigger"], e["acled"]) for e in evs]
    assert [(q["kind"], q["best"]) for q in clashes[0]["quantities"]] == [("fatalities", 37)]


def test_a_toll_told_on_an_event_told_before_is_still_a_running_toll(extract_text):
    evs = events_of(extract_text, "Gunmen killed four farmers in Kauru on Sunday, police said. The death toll from "
                                  "raids in the district this month has risen to 40, a local official said.",
                    published="2026-03-16")
    assert [e["trigger"] for e in evs] == ["killed"], [(e["trigger"], e["date"]) for e in evs]


def test_aircraft_that_destroyed_vehicles_made_an_air_strike(extract_text):
    evs = events_of(extract_text, "PORT SUDAN (Nile Dispatch) - The army said its aircraft had destroyed 14 combat "
                                  "vehicles of the paramilitary near Mellit on Wednesday night.",
                    published="2026-06-13")
    assert sub_types(evs) == ["Air/drone strike"], [(e["trigger"], e["acled"]) for e in evs]


def test_fighters_who_destroyed_homes_still_destroyed_property(extract_text):
    evs = events_of(extract_text, "Fighters of the paramilitary destroyed 30 homes in the village of Umm Kadada on "
                                  "Tuesday, residents said.", published="2026-06-13")
    assert sub_types(evs) == ["Looting/property destruction"], [(e["trigger"], e["acled"]) for e in evs]


def test_another_voices_toll_widens_the_range(extract_text):
    evs = events_of(extract_text, "KADUNA, Nigeria (Sahel Wire) - Gunmen killed at least 12 villagers in Kauru on "
                                  "Sunday, police said.\n\nA local official put the toll higher, saying up to 20 "
                                  "people had died.", published="2026-03-16")
    assert len(evs) == 1, [(e["trigger"], e["quantities"]) for e in evs]
    [q] = [q for q in evs[0]["quantities"] if q["kind"] == "fatalities"]
    assert (q["low"], q["best"], q["high"]) == (12, 12, 20), q


def test_the_other_sides_dead_do_not_widen_the_toll(extract_text):
    evs = events_of(extract_text, "PESHAWAR, Pakistan (Frontier Wire) - Militants attacked a checkpost in Bannu "
                                  "district early on Thursday, killing 12 soldiers, the military said.\n\nThe "
                                  "military said six attackers were killed in the exchange of fire.",
                    published="2026-11-05")
    tolls = [(q["low"], q["best"], q["high"]) for e in evs for q in e["quantities"] if q["kind"] == "fatalities"]
    assert (12, 12, 12) in tolls and (6, 6, 6) in tolls, tolls


def test_a_ranked_clash_gives_the_event_no_month(extract_text):
    evs = events_of(extract_text, "BACOLOD CITY, Philippines (Visayas Daily) - A soldier and two rebels were killed "
                                  "in a firefight in Himamaylan early Thursday, the army said. The army said the "
                                  "clash was the fourth in the province this month.", published="2026-08-28")
    assert [e["date"] for e in evs] == ["2026-08-27"], [(e["trigger"], e["date"], e["date_end"]) for e in evs]
