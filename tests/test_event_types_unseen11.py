"""Events on invented articles (session 19, h7): tyres burned by the crowd of a protest make that protest violent
rather than a destruction of property of its own; gunfire and explosions residents described during a fight are no
bombing of their own; raiders who withdrew after the attack just told handed over no territory; "Clashes pitted X
against Y" names both sides; "a government helicopter gunship" is the forces of the state where it struck. Every
sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of, in_role, sub_types


def test_a_road_blocked_with_burning_tyres_is_one_violent_demonstration(extract_text):
    evs = events_of(extract_text, "SIDON, Lebanon (Levant Post) - On Saturday morning, scores of fishermen blocked "
                                  "the coastal road near Sidon with burning tyres to protest against fuel prices, "
                                  "the agency said.", published="2026-04-12")
    assert sub_types(evs) == ["Violent demonstration"], [(e["trigger"], e["acled"]) for e in evs]
    assert [a["sector"] for a in in_role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]


def test_tyres_burned_by_the_crowd_of_a_protest_told_before_join_it(extract_text):
    evs = events_of(extract_text, "BENGHAZI, Libya (Maghreb Today) - On Monday evening, hundreds of students gathered "
                                  "outside the university in Benghazi demanding the release of a lecturer. Some of "
                                  "them set fire to tyres at the gate.", published="2026-04-12")
    assert sub_types(evs) == ["Violent demonstration"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_protest_burning_tyres_in_a_participle_is_one_event(extract_text):
    evs = events_of(extract_text, "KANO, Nigeria (Sahel Times) - On Tuesday, hundreds of traders blocked the "
                                  "Kano-Zaria road for several hours to protest against the closure of the market, "
                                  "burning tyres and chanting slogans.", published="2026-04-12")
    assert sub_types(evs) == ["Violent demonstration"], [(e["trigger"], e["acled"]) for e in evs]


def test_described_gunfire_and_explosions_are_no_bombing(extract_text):
    evs = events_of(extract_text, "ADEN, Yemen (Gulf Report) - Fighting between two rival brigades broke out in the "
                                  "Crater district of Aden late on Friday. Witnesses described heavy gunfire and "
                                  "explosions through the night.", published="2026-04-12")
    assert sub_types(evs) == ["Armed clash"], [(e["trigger"], e["acled"]) for e in evs]


def test_raiders_who_withdrew_after_the_attack_handed_over_no_territory(extract_text):
    evs = events_of(extract_text, "MAIDUGURI, Nigeria (Sahel Times) - Jihadist fighters stormed an army base in "
                                  "Marte late on Friday, killing at least nine soldiers, a security source said. The "
                                  "fighters withdrew before dawn, taking two trucks with them.", published="2026-04-12")
    assert sub_types(evs) == ["Armed clash"], [(e["trigger"], e["acled"]) for e in evs]
    assert evs[0]["date"] == "2026-04-10", evs[0]["date"]


def test_an_army_withdrawing_from_a_town_still_hands_it_over(extract_text):
    evs = events_of(extract_text, "BAMAKO, Mali (Sahel Wire) - The army withdrew from the town of Ber on Sunday, "
                                  "handing its camp to the UN mission, officials said.", published="2026-04-12")
    assert "Non-violent transfer of territory" in sub_types(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_clashes_that_pitted_two_forces_name_both_sides(extract_text):
    evs = events_of(extract_text, "MISRATA, Libya (Maghreb Today) - Clashes on Sunday pitted the Halbous brigade "
                                  "against fighters of the Mahjoub battalion in the city's port district, residents "
                                  "said.", published="2026-04-12")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert [a["name"] for a in in_role(ev, "actor1")] == ["the Halbous brigade"], ev["actors"]
    assert in_role(ev, "actor2"), ev["actors"]


def test_a_government_gunship_is_the_forces_of_the_state_where_it_struck(extract_text):
    evs = events_of(extract_text, "JUBA, South Sudan (Nile Courier) - At least 12 civilians were killed when a "
                                  "government helicopter gunship attacked the village of Longechuk on Friday, the UN "
                                  "mission said.", published="2026-04-12")
    [ev] = [e for e in evs if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("SSD", "MIL")], ev["actors"]


def test_the_rival_in_a_dispute_is_no_party_of_the_attack(extract_text):
    evs = events_of(extract_text, "TEGUCIGALPA, Honduras (Central America Journal) - Gunmen shot dead four men at a "
                                  "bus stop in Choloma on Tuesday night. Police said the killings appeared to be part "
                                  "of a dispute with the rival MS-13 over extortion.", published="2026-01-30")
    assert not any("MS-13" in a["name"] for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_weapons_seized_in_arrests_are_the_arrests(extract_text):
    evs = events_of(extract_text, "TEGUCIGALPA, Honduras (Central America Journal) - On Thursday, police raided "
                                  "houses in Choloma and detained nine suspected gang members, seizing three rifles "
                                  "and a pistol, the security ministry said.", published="2026-01-30")
    assert sub_types(evs) == ["Arrests"], [(e["trigger"], e["acled"]) for e in evs]
    assert {q["kind"] for q in evs[0]["quantities"]} >= {"arrests", "weapons"}, evs[0]["quantities"]


def test_a_vigil_pressing_a_demand_is_a_protest(extract_text):
    evs = events_of(extract_text, "TEGUCIGALPA, Honduras (Central America Journal) - Hundreds of people held a vigil "
                                  "outside the cathedral in Choloma on Thursday evening, demanding justice for the "
                                  "victims.", published="2026-01-30")
    assert sub_types(evs) == ["Peaceful protest"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_vigil_of_mourning_alone_is_no_protest(extract_text):
    evs = events_of(extract_text, "TEGUCIGALPA, Honduras (Central America Journal) - Relatives held a vigil for the "
                                  "victims in Choloma on Thursday evening.", published="2026-01-30")
    assert evs == [], [(e["trigger"], e["acled"]) for e in evs]


def test_the_islamic_state_province_gives_no_country_to_the_soldiers_it_claims(extract_text):
    evs = events_of(extract_text, "NIAMEY, Niger (Sahel Wire) - Gunmen attacked an army post near Ayorou on "
                                  "Saturday. In a message on Telegram, the Islamic State Sahel Province said its "
                                  "fighters had killed 30 soldiers.", published="2026-10-20")
    assert not any(a["country"] == "BFA" for e in evs for a in e["actors"]), [e["actors"] for e in evs]
    assert not any(loc["country"] == "BF" for e in evs for loc in e["locations"]), [e["locations"] for e in evs]


def test_people_freed_from_captivity_tell_no_abduction_of_their_own(extract_text):
    evs = events_of(extract_text, "PEMBA, Mozambique (Mozambique Weekly) - Soldiers killed five insurgents near "
                                  "Mocimboa da Praia on Monday and freed nine women who had been abducted, a local "
                                  "official said.", published="2026-05-05")
    assert sub_types(evs) == ["Armed clash"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_force_of_two_allied_countries_makes_neither_the_other_side(extract_text):
    evs = events_of(extract_text, "PEMBA, Mozambique (Mozambique Weekly) - Islamic State fighters said they had "
                                  "clashed with Mozambican troops near Mueda on Sunday. Rwandan and Mozambican forces "
                                  "launched an operation around the town on Monday.", published="2026-05-05")
    assert not any(a["country"] == "RWA" and a["role"] in ("actor1", "actor2") and "Military Forces of" in a["name"]
                   for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_a_capture_named_by_its_noun_is_a_taking_of_ground(extract_text):
    evs = events_of(extract_text, "JUBA, South Sudan (Nile Courier) - The White Army's capture of the barracks in "
                                  "Ulang on Wednesday left 12 soldiers dead, the information minister said.",
                    published="2026-03-09")
    assert "Non-state actor overtakes territory" in sub_types(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_the_capture_of_a_suspect_is_no_taking_of_ground(extract_text):
    evs = events_of(extract_text, "JUBA, South Sudan (Nile Courier) - Police announced the capture of a suspect in "
                                  "the killing of a trader in Juba on Monday.", published="2026-03-09")
    assert "Non-state actor overtakes territory" not in sub_types(evs), [(e["trigger"], e["acled"]) for e in evs]
    assert "Government regains territory" not in sub_types(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_what_protesters_demanded_is_no_party(extract_text):
    evs = events_of(extract_text, "GUSAU, Nigeria (Sahel Times) - On Sunday, hundreds of youths blocked the "
                                  "Gusau-Zaria highway for hours to protest against the killings, demanding more "
                                  "soldiers for the area.", published="2026-11-24")
    assert not any(a["sector"] == "MIL" for e in evs for a in e["actors"]), [e["actors"] for e in evs]
