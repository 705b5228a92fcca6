"""Event types and event splitting on short invented conflict reports (session 15, h6): the means of an attack
told after "from"/"with" ("fired explosives from drones"), a death "in a gunfight", a state force's later fight
with the attackers of a one-sided raid, and an armed crowd. Every sentence is made up for this file."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def test_explosives_fired_from_drones_are_a_drone_strike(extract_text):
    evs = _events(extract_text, "Guerrillas fired explosives from drones at an army base in Suarez on Saturday, the "
                                "army said. No casualties were reported.")
    assert _subs(evs) == ["Air/drone strike"], evs
    evs = _events(extract_text, "Gunmen attacked a police post with drones in the town of Jamundi overnight.")
    assert _subs(evs) == ["Air/drone strike"], evs
    # ... not gunfire on a post with no aircraft named
    evs = _events(extract_text, "Gunmen opened fire on a police post in the town of Jamundi overnight, wounding two "
                                "officers.")
    assert "Air/drone strike" not in _subs(evs), evs


def test_men_killed_in_a_gunfight_fell_in_a_battle(extract_text):
    evs = _events(extract_text, "Soldiers killed two men in a gunfight near Argelia on Saturday, the defence ministry "
                                "said.")
    assert _subs(evs) == ["Armed clash"], evs
    # ... while men killed in a raid on their homes were attacked
    evs = _events(extract_text, "Gunmen killed two men in their homes near Argelia on Saturday, police said.")
    assert _subs(evs) == ["Attack"], evs


def test_police_fighting_the_raiders_later_is_an_event_of_its_own(extract_text):
    evs = _events(extract_text, "Bandits killed five villagers in the village of Kucheri in Zamfara State on Sunday "
                                "night, residents said. Police later exchanged fire with the gang, a police "
                                "spokesman said.")
    assert sorted(_subs(evs)) == ["Armed clash", "Attack"], evs
    clash = next(e for e in evs if e["acled"]["sub_event_type"] == "Armed clash")
    attack = next(e for e in evs if e["acled"]["sub_event_type"] == "Attack")
    assert [a["sector"] for a in _role(clash, "actor1")] == ["POL"], clash["actors"]
    assert not any(a["sector"] == "POL" for a in attack["actors"]), attack["actors"]


def test_armed_youths_raiding_camps_are_no_mob(extract_text):
    evs = _events(extract_text, "In Jonglei state, armed youths raided cattle camps near Akobo on Saturday, killing "
                                "11 people, officials said.")
    assert _subs(evs) == ["Attack"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["MLT"], evs[0]["actors"]
    # ... an unarmed crowd beating a man to death still is
    evs = _events(extract_text, "An angry mob of residents beat a suspected thief to death in the market of Bor on "
                                "Saturday, police said.")
    assert _subs(evs) == ["Mob violence"], evs


def test_a_strike_told_after_the_story_moved_abroad_is_no_part_of_the_first_countrys_event(extract_text):
    evs = _events(extract_text, "Rebels seized the town of Bambouti in Haut-Mbomou prefecture on Tuesday after a "
                                "battle with government troops, a local official said.\n\nElsewhere, in central "
                                "Mali, jihadists attacked a bus on Monday afternoon, killing at least 20 passengers, "
                                "a union official said. The army said it had launched air strikes on the attackers "
                                "on Tuesday morning.", published="2025-03-12")
    seized = next(e for e in evs if "territory" in e["acled"]["sub_event_type"])
    assert not any("air strikes" in x["text"] for x in seized["evidence"]), seized["evidence"]
    strike = next(e for e in evs if e["acled"]["sub_event_type"] == "Air/drone strike")
    assert [loc["country"] for loc in strike["locations"]] == ["ML"], strike["locations"]


def test_deaths_on_an_earlier_day_told_in_a_when_clause_are_their_own_past_event(extract_text):
    evs = _events(extract_text, "Gunmen ambushed a police patrol near Apatzingan on Monday, killing seven officers, "
                                "the ministry said.\n\nThe attack was the deadliest on police in the state since "
                                "December, when 13 officers were killed in Coahuayana.", published="2025-06-03")
    today = [e for e in evs if not e["historical"]]
    assert len(today) == 1 and [q["best"] for q in today[0]["quantities"] if q["kind"] == "fatalities"] == [7], evs
    past = [e for e in evs if e["historical"]]
    assert len(past) == 1 and past[0]["date"].startswith("2024-12"), evs
    assert [q["best"] for q in past[0]["quantities"] if q["kind"] == "fatalities"] == [13], past[0]["quantities"]


def test_a_town_a_distance_is_measured_from_is_no_place_for_the_next_event(extract_text):
    evs = _events(extract_text, "The army killed more than 30 militants in an operation in the Lower Shabelle region "
                                "on Thursday, the ministry said.\n\nThe operation took place near two farming "
                                "villages, about 45 km west of Mogadishu. Troops also destroyed a bomb-making "
                                "factory, the ministry said.", published="2025-08-15")
    factory = next(e for e in evs if any("factory" in x["text"] for x in e["evidence"]))
    assert "Mogadishu" not in [loc["name"] for loc in factory["locations"]], factory["locations"]


def test_a_town_qualifying_a_party_is_no_place_of_its_event(extract_text):
    evs = _events(extract_text, "Forces loyal to the Tripoli-based government arrested 14 people in Zawiya on "
                                "Wednesday over smuggling, the interior ministry said.", published="2025-07-09")
    arrests = next(e for e in evs if e["acled"]["sub_event_type"] == "Arrests")
    assert [loc["name"] for loc in arrests["locations"]] == ["Zawiya"], arrests["locations"]


def test_a_country_across_the_border_the_attackers_fled_to_does_not_move_the_fight_abroad(extract_text):
    evs = _events(extract_text, "On 2 August 2025, an army unit on a security mission was attacked near Gayeri, in "
                                "the Komandjari province.\n\nThe response of our troops made it possible to neutralise "
                                "about fifty terrorists. Air support destroyed two vehicles of the attackers as they "
                                "fled toward the border with Niger.", published="2025-08-04")
    assert evs and not any(loc["country"] == "NE" for e in evs for loc in e["locations"]), \
        [(e["acled"]["sub_event_type"], e["locations"]) for e in evs]
