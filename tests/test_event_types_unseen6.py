"""Event types, roles and event splitting on short invented conflict reports (session 15, h10): a crowd gathered
to press a demand, that protest turning violent, party supporters fighting the police, a killing and kidnapping
raid parsed with its subject as a victim, the hearer of a statement, a fight of its own told after an attack, and
an attack told again by the side that repelled it. Every sentence is made up for this file."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def test_a_crowd_gathered_to_press_a_demand_is_a_protest(extract_text):
    evs = _events(extract_text, "ACCRA, June 4 - Several hundred traders gathered outside the regional assembly in "
                                "Kumasi on Monday demanding the reopening of the central market, witnesses said.")
    assert _subs(evs) == ["Peaceful protest"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["PRO"], evs[0]["actors"]
    # ... not people gathered for a funeral
    evs = _events(extract_text, "ACCRA, June 4 - Hundreds of mourners gathered in Kumasi on Monday for the burial of "
                                "a retired judge.")
    assert evs == [], evs


def test_a_protest_whose_crowd_then_burned_tyres_is_one_violent_demonstration(extract_text):
    evs = _events(extract_text, "ACCRA, June 4 - Several hundred traders gathered outside the regional assembly in "
                                "Kumasi on Monday demanding the reopening of the central market, witnesses said. "
                                "Some of the protesters set tyres on fire.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert any("tyres" in x["text"] for x in evs[0]["evidence"]), evs[0]["evidence"]
    # ... and "set tyres on fire" alone, by protesters, is a riot of its own
    evs = _events(extract_text, "Protesters set tyres on fire on the main road out of Kumasi on Monday, police said.")
    assert _subs(evs) == ["Violent demonstration"], evs


def test_party_supporters_fighting_the_police_are_rioters_not_a_battle(extract_text):
    evs = _events(extract_text, "Supporters of a disqualified mayoral candidate clashed with police in the town of "
                                "Kasama on Wednesday, leaving four officers injured, police said.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["POL"], evs[0]["actors"]
    evs = _events(extract_text, "Police clashed with university students in Kasama on Wednesday.")
    assert _subs(evs) == ["Violent demonstration"], evs
    # ... while a militia fighting soldiers is still a battle
    evs = _events(extract_text, "Members of a local militia clashed with soldiers near Kasama on Wednesday.")
    assert _subs(evs) == ["Armed clash"], evs


def test_raiders_who_killed_some_and_kidnapped_others_attacked_them(extract_text):
    evs = _events(extract_text, "Bandits killed at least 17 people and kidnapped more than 30 others in raids on "
                                "three hamlets in Katsina State on Friday night, police said.")
    assert _subs(evs) == ["Attack"], evs
    assert [a["name"] for a in _role(evs[0], "actor1")] == ["Bandits"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["CVL"], evs[0]["actors"]
    # ... a kidnapping with no one killed stays an abduction
    evs = _events(extract_text, "Bandits kidnapped 14 passengers from a bus near Funtua on Friday, police said.")
    assert _subs(evs) == ["Abduction/forced disappearance"], evs


def test_whom_a_minister_told_is_no_party(extract_text):
    evs = _events(extract_text, "NAIROBI, Kenya - Kenya's defence minister told parliament on Tuesday that between "
                                "eight and ten soldiers had been wounded in an ambush in Lamu county.")
    assert evs, evs
    assert not any("parliament" in a["name"].lower() for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_a_killing_by_a_named_force_after_an_attack_on_a_village_is_a_fight_of_its_own(extract_text):
    evs = _events(extract_text, "LICHINGA, Mozambique - Insurgents beheaded about ten villagers in Niassa province "
                                "at the weekend, a police commander said on Monday.\n\nThe attack on the village of "
                                "Mecula left dozens of houses burned, according to a priest.\n\nTanzanian troops "
                                "deployed alongside the Mozambican army killed 11 insurgents on Sunday, the Tanzanian "
                                "army said.")
    clash = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert len(clash) == 1, evs
    assert [a["country"] for a in _role(clash[0], "actor1")] == ["TZA"], clash[0]["actors"]
    assert not any(a["country"] == "TZA" for e in evs if e is not clash[0] for a in e["actors"]), evs


def test_an_attack_the_army_says_it_repelled_is_the_same_attack(extract_text):
    evs = _events(extract_text, "PEMBA, July 14 (Coastal Monitor) - Insurgents ambushed a military convoy near the "
                                "town of Macomia on Saturday, killing at least nine soldiers, a local source said. The "
                                "army said on Sunday that its forces had repelled the attack and killed 11 insurgents.",
                  published=None)  # (undated: no day to join the two tellings by)
    assert len(evs) == 1, evs
    items = sorted((q["item"] or "") for q in evs[0]["quantities"] if q["kind"] == "fatalities")
    assert items == ["insurgents", "soldiers"], evs[0]["quantities"]


def test_a_fight_named_in_passing_lends_it_neither_source_nor_party(extract_text):
    evs = _events(extract_text, "ILIGAN, Philippines - Soldiers killed between 15 and 20 militants in a three-day "
                                "offensive in the hills of Lanao del Sur, the military said on Monday.\n\nOver 900 "
                                "families were evacuated from villages near the fighting, the provincial relief "
                                "office said.")
    fight = [e for e in evs if e["acled"]["event_type"] == "Battles"]
    assert len(fight) == 1, evs
    assert not any("relief" in s["name"] for s in fight[0]["sources"]), fight[0]["sources"]
    assert not any(a["sector"] == "CVL" for a in fight[0]["actors"]), fight[0]["actors"]


def test_the_attack_named_again_in_a_village_of_its_province_is_the_same_attack(extract_text):
    evs = _events(extract_text, "LICHINGA, Mozambique - Insurgents beheaded about ten villagers in Cabo Delgado "
                                "province at the weekend, a police commander said on Monday.\n\nThe attack on the "
                                "village of Mocimboa da Praia left dozens of houses burned, according to a priest.")
    assert _subs(evs) == ["Attack"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["REB"], evs[0]["actors"]
    assert [loc["precision"] for loc in evs[0]["locations"]] == ["town"], evs[0]["locations"]
    # ... not an attack in a town of another province
    evs = _events(extract_text, "LICHINGA, Mozambique - Insurgents beheaded about ten villagers in Niassa province at "
                                "the weekend, a police commander said on Monday.\n\nThe attack on the town of Pemba "
                                "left dozens of houses burned, according to a priest.")
    assert len([e for e in evs if e["acled"]["sub_event_type"] == "Attack"]) == 2, evs


def test_a_toll_that_names_the_strike_told_some_sentences_before_is_that_strikes(extract_text):
    evs = _events(extract_text, "KHARTOUM, Sudan - The Sudanese army said on Sunday that its jets had struck a column "
                                "of rebel vehicles near the town of Kutum, killing dozens of fighters.\n\n\"These are "
                                "lies. Our forces do not target civilians,\" an army spokesman told reporters. He gave no "
                                "further details.\n\nThe rebel group said the column was carrying displaced families "
                                "and that 12 civilians were killed in the air strike.")
    assert _subs(evs) == ["Air/drone strike"], evs
    assert {loc["precision"] for loc in evs[0]["locations"]} == {"town"}, evs[0]["locations"]
    assert "civilians" in [q["item"] for q in evs[0]["quantities"] if q["kind"] == "fatalities"], evs[0]


def test_a_foreign_force_fighting_beside_the_army_is_no_foe_of_its_soldiers(extract_text):
    evs = _events(extract_text, "MAPUTO, Mozambique - Insurgents burned dozens of houses in a village in Niassa "
                                "province at the weekend, a local official said on Monday.\n\nTanzanian troops "
                                "deployed alongside the Mozambican army killed 11 insurgents on Sunday, the Tanzanian "
                                "army said. The toll from a week of fighting rose to 31, a military source in Lichinga "
                                "said.\n\nMozambique's interior minister told parliament that between six and nine "
                                "soldiers had been wounded.")
    hurt = [e for e in evs if any(q["kind"] == "injuries" for q in e["quantities"])]
    assert hurt, evs
    # (the soldiers' foe is not the force told fighting beside them)
    assert not any(a["name"].startswith("Military Forces of") for e in hurt for a in e["actors"]), hurt
