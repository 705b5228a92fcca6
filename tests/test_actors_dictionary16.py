"""Actors on invented articles (session 17, h8): a country word on the fire or the weapon that struck ("Azerbaijani
sniper fire", "US aircraft") is its armed forces; a state forces' post hit, named with no country ("the K1 military
base"), is the story's country's; "A military airstrike" in a story of one country's war is that country's
military. Sentences are made up."""
from conftest import events_of, in_role


def test_a_countrys_fire_is_its_military(extract_text):
    evs = events_of(extract_text, "YEREVAN - An Armenian soldier was wounded by Azerbaijani sniper fire near Sotk on "
                                  "Thursday, the ministry said.", published="2026-11-13")
    [ev] = evs
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("AZE", "MIL")], ev["actors"]


def test_a_countrys_aircraft_are_its_military(extract_text):
    evs = events_of(extract_text, "US aircraft carried out three airstrikes on a fuel port in Hodeidah province "
                                  "overnight, a Yemeni official said.", published="2026-11-12")
    assert evs and all((a["country"], a["sector"]) == ("USA", "MIL") for e in evs for a in in_role(e, "actor1")), \
        [e["actors"] for e in evs]


def test_a_military_post_hit_is_of_the_storys_country(extract_text):
    evs = events_of(extract_text, "KIRKUK, Iraq - A rocket hit the K1 military base northwest of Kirkuk late on "
                                  "Monday, killing two soldiers, an Iraqi security official said.",
                    published="2026-11-03")
    [ev] = evs
    assert all(a["country"] == "IRQ" for a in in_role(ev, "actor2")), ev["actors"]


def test_a_military_airstrike_is_the_storys_military(extract_text):
    evs = events_of(extract_text, "A military airstrike on a monastery in Sagaing Region's Kani township killed at "
                                  "least 14 people in Myanmar on Wednesday, residents said.", published="2026-11-06")
    [ev] = evs
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("MMR", "MIL")], ev["actors"]


def test_who_fired_the_missile_acts_and_the_camps_people_are_hit(extract_text):
    evs = events_of(extract_text, "Yemen's government said a ballistic missile fired by the Houthis struck a camp for "
                                  "displaced people in Marib on Wednesday evening, killing five people.",
                    published="2026-11-12")
    [ev] = evs
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("YEM", "REB")], ev["actors"]
    assert all(a["sector"] == "CVL" for a in in_role(ev, "actor2")) and in_role(ev, "actor2"), ev["actors"]


def test_the_country_across_a_border_crossing_is_no_party(extract_text):
    evs = events_of(extract_text, "PRISTINA - Kosovo police arrested two men at the Jarinje border crossing with "
                                  "Serbia on Saturday, the police said.", published="2026-11-15")
    [ev] = evs
    assert not any(a["country"] == "SRB" for a in ev["actors"]), ev["actors"]
