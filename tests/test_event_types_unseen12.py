"""Events on invented articles (session 20, h7): a drone, missile or shell named alone as the subject of a strike is
no party (a drone of a named country still is its military). Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of, in_role


def test_a_drone_alone_is_no_actor(extract_text):
    evs = events_of(extract_text, "ERBIL, Iraq (Tigris Press) - An explosive-laden drone hit a car park near the "
                                  "airport in Erbil on Saturday night, causing no casualties, officials said.",
                    published="2026-04-12")
    assert evs
    assert not any("drone" in a["name"].lower() for e in evs for a in in_role(e, "actor1")), \
        [e["actors"] for e in evs]


def test_a_drone_of_a_named_country_is_its_military(extract_text):
    evs = events_of(extract_text, "KHARKIV, Ukraine (Dnipro Wire) - A Russian drone hit a bus in Kharkiv on Sunday, "
                                  "killing two people, officials said.", published="2026-04-12")
    assert [(a["country"], a["sector"]) for a in in_role(evs[0], "actor1")] == [("RUS", "MIL")], evs[0]["actors"]


def test_relatives_blocking_a_road_are_protesters_not_the_army(extract_text):
    evs = events_of(extract_text, "HARGEISA, Somaliland (Horn Current) - On Sunday, relatives of the missing soldiers "
                                  "blocked the airport road, demanding news of the men.", published="2026-04-14")
    assert [e["acled"]["event_type"] for e in evs] == ["Protests"], [(e["trigger"], e["acled"]) for e in evs]
    assert [a["sector"] for e in evs for a in e["actors"] if "relatives" in a["name"]] == ["PRO"], evs[0]["actors"]


def test_residents_who_gathered_asking_for_help_protest_where_they_live(extract_text):
    evs = events_of(extract_text, "TBILISI (Caucasus Ledger) - Dozens of residents of Gori gathered outside the town "
                                  "hall on Monday, asking the authorities to rebuild the damaged school.",
                    published="2026-04-14")
    assert [e["acled"]["event_type"] for e in evs] == ["Protests"], [(e["trigger"], e["acled"]) for e in evs]
    assert [loc["name"] for loc in evs[0]["locations"]] == ["Gori"], evs[0]["locations"]
