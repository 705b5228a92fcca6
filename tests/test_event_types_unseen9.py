"""Events on invented articles (session 17, h8): a crewed aircraft shot down with its crew killed is one fight with
the forces that flew it, its dead no civilians; "the retreating column" and "a fire that burned for hours" tell no
event of their own; the deed a man is arrested for ("on charges of ordering the killing of an activist in 2020",
"linked to the bombing of a bus in X in 2023") gives the arrest neither its year, its place nor parties. Every
sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of, in_role, sub_types


def test_a_helicopter_shot_down_with_its_crew_is_one_fight(extract_text):
    evs = events_of(extract_text, "Rebels shot down an army helicopter near the town of Kidal on Monday, killing its "
                                  "four crew members, the army said.", published="2026-11-10")
    assert sub_types(evs) == ["Armed clash"], [(e["trigger"], e["acled"]) for e in evs]
    [ev] = evs
    assert not any(a["sector"] == "CVL" for a in ev["actors"]), ev["actors"]
    assert [a["sector"] for a in in_role(ev, "actor2")] == ["MIL"], ev["actors"]
    assert [(q["kind"], q["best"]) for q in ev["quantities"]] == [("fatalities", 4)]


def test_a_drone_shot_down_stays_a_disrupted_weapon(extract_text):
    evs = events_of(extract_text, "Air defences shot down four drones over the city on Monday, the army said.",
                    published="2026-11-10")
    assert sub_types(evs) == ["Disrupted weapons use"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_retreating_column_is_no_withdrawal(extract_text):
    evs = events_of(extract_text, "The army said its aircraft had struck the retreating column near Arbinda on Monday.",
                    published="2026-11-24")
    assert "Non-violent transfer of territory" not in sub_types(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_a_fire_that_burned_is_no_destruction_of_its_own(extract_text):
    evs = events_of(extract_text, "A drone attack hit a fuel depot in Kosti early on Tuesday, setting off a fire that "
                                  "burned for hours, witnesses said.", published="2026-11-18")
    assert sub_types(evs) == ["Air/drone strike"], [(e["trigger"], e["acled"]) for e in evs]


def test_the_deed_of_the_charge_is_no_party_of_the_arrest(extract_text):
    evs = events_of(extract_text, "In Basra, counter-terrorism forces arrested a militia commander early Tuesday on "
                                  "charges of ordering the killing of an activist in 2020, officials said.",
                    published="2026-11-03")
    assert sub_types(evs) == ["Arrests"], [(e["trigger"], e["acled"]) for e in evs]
    assert not any(a["sector"] in ("PRO", "RIO", "CVL") for a in evs[0]["actors"]), evs[0]["actors"]


def test_the_year_and_town_of_the_deed_are_not_the_arrests(extract_text):
    evs = events_of(extract_text, "Police in Maguindanao del Sur arrested a suspected rebel linked to the bombing of a "
                                  "bus in Isulan in 2023.", published="2026-11-16")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Arrests"]
    assert not ev["historical"] and not (ev["date"] or "").startswith("2023"), (ev["date"], ev["historical"])
    assert [loc["text"] for loc in ev["locations"]] == ["Maguindanao del Sur"], ev["locations"]


def test_a_killing_told_with_its_drone_attack_is_a_drone_strike(extract_text):
    evs = events_of(extract_text, "Dissidents killed two police officers and injured three others in an explosive "
                                  "drone attack on a police station in Jamundí on Monday, police said.",
                    published="2026-11-10")
    assert sub_types(evs) == ["Air/drone strike"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_counter_charge_joined_to_a_denial_is_no_denied_event(extract_text):
    evs = events_of(extract_text, "Azerbaijan's Defence Ministry denied the claims and accused Armenian units of firing "
                                  "at its positions in the Kalbajar district on Thursday.", published="2026-11-13")
    assert evs and all(e["status"] != "denied" for e in evs), [(e["trigger"], e["status"]) for e in evs]
    evs = events_of(extract_text, "Azerbaijan's Defence Ministry denied that its units had fired at Armenian positions "
                                  "near Sotk on Thursday.", published="2026-11-13")
    assert [e["status"] for e in evs] == ["denied"], [(e["trigger"], e["status"]) for e in evs]
