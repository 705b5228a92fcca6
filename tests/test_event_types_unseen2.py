"""Event types, actors, interactions and merging on short invented conflict reports (session 13, h10): one test per fix."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def test_a_bombing_no_one_is_named_for_is_an_unidentified_armed_group_on_civilians(extract_text):
    evs = _events(extract_text, "A suicide bomber blew himself up at a crowded market in the town of Baidoa on "
                                "Tuesday, killing at least nine people, police said.")
    assert _subs(evs) == ["Suicide bomb"], evs
    assert not _role(evs[0], "actor1")  # no actor made up for it ...
    assert evs[0]["acled"]["interaction_code"] == 37  # ... but coded as ACLED codes an unidentified armed group
    # (harm from what fell from the sky is no armed group's doing)
    evs = _events(extract_text, "Air defences intercepted a ballistic missile over Kyiv on Thursday morning, the "
                                "military administration said. Fragments of the missile fell on a house in the town "
                                "of Brovary, injuring a man.")
    assert all(e["acled"]["interaction_code"] != 37 for e in evs), evs


def test_a_roadside_bomb_on_police_by_no_one_named_is_13(extract_text):
    evs = _events(extract_text, "An improvised explosive device struck a police vehicle near Kandahar on Sunday, "
                                "killing three officers, officials said.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert evs[0]["acled"]["interaction_code"] == 13


def test_fighting_told_on_at_the_same_place_is_between_the_sides_told_before(extract_text):
    evs = _events(extract_text, "M23 rebels and Congolese army troops clashed near Sake on Monday, the army said. "
                                "Fighting continued near Sake on Tuesday, residents said.")
    clashes = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 2, evs
    second = clashes[1]
    assert [a["sector"] for a in _role(second, "actor1")] == ["REB"], second["actors"]
    assert [a["sector"] for a in _role(second, "actor2")] == ["MIL"], second["actors"]
    assert second["acled"]["interaction_code"] == 12


def test_the_debris_of_a_downed_drone_leaves_the_interception_where_it_was_told(extract_text):
    evs = _events(extract_text, "Air defences shot down ten drones over Kharkiv region overnight, the governor said. "
                                "Debris from a downed drone damaged a house in the town of Chuhuiv, he said.")
    assert _subs(evs) == ["Disrupted weapons use"], evs
    assert evs[0]["locations"][0]["precision"] != "town", evs[0]["locations"]


def test_air_defences_destroying_drones_is_an_interception_not_a_battle(extract_text):
    evs = _events(extract_text, "Russian air defences destroyed five Ukrainian drones over the Belgorod region on "
                                "Saturday, the defence ministry said.")
    assert _subs(evs) == ["Disrupted weapons use"], evs


def test_a_witness_retelling_the_force_on_the_protest_is_the_same_event(extract_text):
    evs = _events(extract_text, "Kenyan police fired live rounds at protesters in Nairobi on Tuesday, killing two "
                                "demonstrators, a rights group said. Soldiers opened fire on the crowd as it marched "
                                "towards parliament, a witness said.")
    assert _subs(evs) == ["Excessive force against protesters"], evs
    e = evs[0]
    assert [a["sector"] for a in _role(e, "actor1")] == ["POL"], e["actors"]
    assert any(a["sector"] == "MIL" for a in _role(e, "associated")), e["actors"]


def test_where_marchers_went_is_no_party_to_the_march(extract_text):
    evs = _events(extract_text, "Crowds marched towards parliament in Accra on Monday to demand higher pay.")
    assert _subs(evs) == ["Peaceful protest"], evs
    assert all(a["sector"] != "GOV" for a in evs[0]["actors"]), evs[0]["actors"]


def test_an_accusation_of_provoking_a_fight_is_no_fight(extract_text):
    assert _events(extract_text, "Serbia accused Kosovo of provoking a confrontation in the north on Sunday, the "
                                 "foreign ministry said.") == []
    assert _events(extract_text, "Armenia blamed Azerbaijan for starting a clash in the region.") == []


def test_captives_named_by_a_participle_are_no_arrest(extract_text):
    evs = _events(extract_text, "On Monday, a crowd in Accra marched towards the presidential palace to demand the "
                                "release of detained journalists.")
    assert "Arrests" not in _subs(evs), evs
    assert _subs(evs) == ["Peaceful protest"], evs


def test_a_planned_rally_is_no_protest(extract_text):
    evs = _events(extract_text, "Police arrested 23 opposition supporters in Dhaka on Sunday, a party spokesman said. "
                                "The detentions came hours before a planned rally.")
    assert _subs(evs) == ["Arrests"], evs


def test_troops_demolishing_homes_named_by_a_country_word_is_destruction_of_civilians_property(extract_text):
    evs = _events(extract_text, "Israeli troops demolished three Palestinian homes in the village of Masafer Yatta in "
                                "the occupied West Bank on Wednesday, residents said.")
    assert _subs(evs) == ["Looting/property destruction"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["CVL"], evs[0]["actors"]


def test_a_death_in_a_road_accident_is_no_attack(extract_text):
    evs = _events(extract_text, "Hundreds of students rallied peacefully in Dhaka on Saturday demanding justice for a "
                                "classmate killed in a road accident.")
    assert _subs(evs) == ["Peaceful protest"], evs


def test_the_next_sentences_toll_from_another_voice_is_the_riots_toll(extract_text):
    evs = _events(extract_text, "In Arequipa, protesters threw stones at police, who responded with tear gas, local "
                                "media reported. Eleven officers were injured, the interior ministry said.",
                  published="2023-05-08")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [(q["kind"], q["best"]) for q in evs[0]["quantities"]] == [("injuries", 11)]


def test_a_story_naming_one_country_and_no_town_known_is_placed_in_that_country(extract_text):
    evs = _events(extract_text, "Thousands of miners marched in southern Peru on Monday to demand the resignation of "
                                "the regional governor. In Arequipa, protesters threw stones at police.")
    riot = [e for e in evs if e["acled"]["sub_event_type"] == "Violent demonstration"]
    assert len(riot) == 1, evs
    assert [(l["country"], l["precision"]) for l in riot[0]["locations"]] == [("PE", "country")]


def test_a_crowd_blocking_roads_to_demand_something_is_protesting(extract_text):
    evs = _events(extract_text, "Farmers blocked a highway near Lahore on Thursday to demand lower fertiliser prices.")
    assert _subs(evs) == ["Peaceful protest"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["PRO"], evs[0]["actors"]
    evs = _events(extract_text, "Troops blocked the main road into the town on Thursday.")
    assert "Peaceful protest" not in _subs(evs), evs


def test_a_strike_told_next_with_no_one_named_is_by_the_force_striking_before(extract_text):
    evs = _events(extract_text, "Russian forces shelled the city of Kherson on Sunday, killing two civilians, the "
                                "regional governor said. A drone strike also hit a bus in the nearby village of "
                                "Bilozerka, injuring the driver.")
    strikes = [e for e in evs if e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1, evs
    assert [(a["country"], a["sector"]) for a in _role(strikes[0], "actor1")] == [("RUS", "MIL")]


def test_the_wounded_soldiers_of_the_side_that_won_are_not_its_enemy(extract_text):
    evs = _events(extract_text, "The Philippine army said it had recaptured a village in Maguindanao from Islamic "
                                "State-linked militants after two days of fighting. Three soldiers were wounded.")
    assert _subs(evs) == ["Government regains territory"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["REB"], evs[0]["actors"]


def test_tear_gas_fired_at_a_partys_supporters_is_force_on_a_protest(extract_text):
    evs = _events(extract_text, "Police in Islamabad fired tear gas at supporters of the former prime minister who "
                                "had gathered outside the high court on Tuesday.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert evs[0]["acled"]["interaction_code"] == 16


def test_a_petrol_bomb_thrown_by_unknown_assailants_at_an_office_is_no_riot(extract_text):
    evs = _events(extract_text, "Unidentified assailants hurled a petrol bomb at the offices of an opposition party in "
                                "Colombo late on Thursday, causing minor damage, police said.")
    assert _subs(evs) == ["Looting/property destruction"], evs


def test_soldiers_also_firing_at_the_same_marchers_are_the_same_events_associate(extract_text):
    evs = _events(extract_text, "Police opened fire on demonstrators in Lusaka on Thursday, killing one man. Soldiers "
                                "also fired at the marchers, a witness said.")
    assert _subs(evs) == ["Excessive force against protesters"], evs
    assert [(a["country"], a["sector"]) for a in _role(evs[0], "associated")] == [("ZMB", "MIL")], evs[0]["actors"]


def test_police_blocking_the_marchers_told_next_is_that_protests_intervention(extract_text):
    evs = _events(extract_text, "Opposition supporters marched in Caracas on Saturday to demand the release of "
                                "political prisoners. Police blocked the marchers from reaching the electoral council, "
                                "witnesses said.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert evs[0]["acled"]["interaction_code"] == 16


def test_an_interception_is_placed_where_it_was_stopped_not_where_the_rocket_was_fired_from(extract_text):
    evs = _events(extract_text, "Israeli air defences intercepted a rocket fired from Gaza over Ashkelon on Monday, "
                                "the military said.")
    assert _subs(evs) == ["Disrupted weapons use"], evs
    assert [l["name"] for l in evs[0]["locations"]] == ["Ashkelon"], evs[0]["locations"]


def test_arrests_over_the_violence_told_before_are_where_that_violence_was(extract_text):
    evs = _events(extract_text, "Rioters set fire to a police station and looted shops in the Nigerian city of Kano on "
                                "Tuesday, residents said. Police said they had arrested 45 people in connection with "
                                "the violence.")
    arrests = [e for e in evs if e["acled"]["sub_event_type"] == "Arrests"]
    assert len(arrests) == 1, evs
    assert [l["name"] for l in arrests[0]["locations"]] == ["Kano"], arrests[0]["locations"]


def test_who_used_water_cannon_to_disperse_the_crowd_intervened(extract_text):
    evs = _events(extract_text, "Thai police used water cannon and rubber bullets to disperse thousands of "
                                "pro-democracy protesters in Bangkok on Saturday.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["POL"], evs[0]["actors"]
    assert evs[0]["acled"]["interaction_code"] == 16


def test_the_base_established_is_no_party_to_its_establishment(extract_text):
    evs = _events(extract_text, "Mali's junta established a new military base in the town of Tessalit on Monday, the "
                                "army said.")
    assert _subs(evs) == ["Headquarters or base established"], evs
    assert not _role(evs[0], "actor2"), evs[0]["actors"]
    assert evs[0]["acled"]["interaction_code"] == 10


def test_withdrawing_from_the_area_is_from_the_place_just_told(extract_text):
    evs = _events(extract_text, "Mali's junta established a new military base in the town of Tessalit on Monday, the "
                                "army said. Tuareg rebels said they had withdrawn from the area.")
    moves = [e for e in evs if e["plover"]["event"] == "RETREAT" or e["acled"]["sub_event_type"] ==
             "Non-violent transfer of territory"]
    assert moves, evs
    assert all(l["name"] == "Tessalit" for e in moves for l in e["locations"]), moves


def test_damage_done_by_the_attackers_just_told_is_part_of_their_attack(extract_text):
    evs = _events(extract_text, "Armed men on motorcycles attacked the village of Dinguila in Niger's Tillaberi region "
                                "on Tuesday, killing 14 civilians, the interior ministry said. The assailants also "
                                "burned granaries before fleeing towards the Malian border.")
    assert _subs(evs) == ["Attack"], evs
    assert all(l["country"] == "NE" for l in evs[0]["locations"]), evs[0]["locations"]


def test_security_forces_raiding_the_sit_in_told_before_is_its_intervention(extract_text):
    evs = _events(extract_text, "Hundreds of refugees protested outside the UN refugee agency's office in Tripoli on "
                                "Monday. Libyan security forces later raided the sit-in, rights groups said.")
    assert _subs(evs) == ["Protest with intervention"], evs


def test_protests_a_sentence_was_handed_down_for_are_no_protest(extract_text):
    evs = _events(extract_text, "A court in Minsk sentenced an opposition activist to 12 years in prison on Tuesday for "
                                "organising protests, her lawyer said.")
    assert "Peaceful protest" not in _subs(evs), evs


def test_the_rally_told_on_by_its_marchers_is_one_protest(extract_text):
    evs = _events(extract_text, "Teachers in Nairobi held a rally on Tuesday to demand better pay. The demonstrators "
                                "marched from Uhuru Park to the education ministry.")
    assert _subs(evs) == ["Peaceful protest"], evs


def test_a_petition_handed_over_is_no_territory(extract_text):
    evs = _events(extract_text, "Striking nurses handed over a petition to the health minister in Nairobi on Tuesday.")
    assert "Non-violent transfer of territory" not in _subs(evs), evs
