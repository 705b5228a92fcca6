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


def test_the_owner_of_positions_named_with_its_acronym_was_hit(extract_text):
    evs = events_of(extract_text, "DUHOK, Iraq (Tigris Press) - Turkish jets bombed Kurdistan Workers' Party (PKK) "
                                  "hideouts in the Gara mountains on Friday, the ministry said.", published="2026-04-12")
    assert [(a["country"], a["sector"]) for a in in_role(evs[0], "actor2")] == [("TUR", "REB")], evs[0]["actors"]


def test_a_crowd_storming_a_building_fights_no_foreign_army(extract_text):
    evs = events_of(extract_text, "ERBIL, Iraq (Tigris Press) - Turkish jets bombed PKK positions near Zakho on "
                                  "Friday, the ministry said.\n\nIn Nasiriyah, hundreds of protesters stormed the "
                                  "governor's office on Friday over water shortages.", published="2026-04-12")
    riot = [e for e in evs if e["acled"]["event_type"] == "Riots"]
    assert riot, [(e["trigger"], e["acled"]) for e in evs]
    assert not any(a["country"] == "TUR" for a in riot[0]["actors"]), riot[0]["actors"]


def test_a_participle_after_the_speakers_own_verb_is_the_speakers_act(extract_text):
    evs = events_of(extract_text, "ZAMBOANGA, Philippines (Mindanao Times) - The navy's special forces said they "
                                  "launched operations against the kidnappers on Sunday, killing three of them.",
                    published="2026-04-14")
    assert [a["sector"] for a in in_role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]


def test_a_source_of_the_next_sentence_is_not_the_doer_of_a_participle(extract_text):
    evs = events_of(extract_text, "ZAMBOANGA, Philippines (Mindanao Times) - The navy's special forces said they "
                                  "launched operations against the kidnappers on Sunday, killing three of them. About "
                                  "300 families fled their homes, local officials said.", published="2026-04-14")
    assert [a["sector"] for a in in_role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]


def test_an_air_force_striking_positions_is_an_air_strike_and_what_it_destroyed_is_its_damage(extract_text):
    evs = events_of(extract_text, "KHARTOUM, Sudan (Nile Chronicle) - The army said its air force struck RSF "
                                  "positions near El Obeid on Sunday, destroying an ammunition depot.",
                    published="2026-04-14")
    assert [(e["acled"]["sub_event_type"]) for e in evs] == ["Air/drone strike"], \
        [(e["trigger"], e["acled"]) for e in evs]


def test_a_protest_called_for_a_day_still_to_come_is_no_event(extract_text):
    evs = events_of(extract_text, "BAMENDA, Cameroon (Cameroon Sentinel) - The separatists declared a week-long "
                                  "shutdown of schools across the region from Monday in protest.",
                    published="2026-04-10")  # a Friday
    assert not [e for e in evs if e["acled"]["event_type"] == "Protests"], [(e["trigger"], e["date"]) for e in evs]


def test_assailants_withdrawing_after_the_attack_hand_over_no_territory(extract_text):
    evs = events_of(extract_text, "NIAMEY, Niger (Sahel Wire) - Suspected jihadists attacked the village of Tera "
                                  "on Monday, killing 12 villagers. The assailants set fire to granaries before "
                                  "withdrawing towards the Burkinabe border, a resident said.", published="2026-04-14")
    assert "Non-violent transfer of territory" not in [e["acled"]["sub_event_type"] for e in evs], \
        [(e["trigger"], e["acled"]) for e in evs]


def test_terrorists_neutralised_with_weapons_recovered_is_a_battle(extract_text):
    evs = events_of(extract_text, "OUAGADOUGOU, Burkina Faso (Sahel Wire) - The army said soldiers had neutralised "
                                  "about 30 terrorists near Arbinda on Sunday and recovered weapons.",
                    published="2026-04-14")
    assert "Armed clash" in [e["acled"]["sub_event_type"] for e in evs], [(e["trigger"], e["acled"]) for e in evs]
