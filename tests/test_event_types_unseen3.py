"""Event types, actors and merging on short invented conflict reports (session 14, h5): one test per fix."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def test_a_sit_in_split_by_the_tokeniser_is_a_protest(extract_text):
    evs = _events(extract_text, "Dozens of nurses staged a sit-in outside the health ministry in Khartoum on "
                                "Wednesday to demand unpaid wages.")
    assert _subs(evs) == ["Peaceful protest"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["PRO"], evs[0]["actors"]
    evs = _events(extract_text, "Teachers held sit-ins at four schools in Nairobi on Monday over late salaries.")
    assert _subs(evs) == ["Peaceful protest"], evs


def test_a_deal_signed_by_a_government_of_a_country_and_a_rebel_movement_has_both_parties(extract_text):
    evs = _events(extract_text, "The government of Sudan and the SPLM-N signed a ceasefire agreement in Juba on "
                                "Tuesday.")
    assert _subs(evs) == ["Agreement"], evs
    assert [(a["country"], a["sector"]) for a in _role(evs[0], "actor1")] == [("SDN", "GOV")], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["REB"], evs[0]["actors"]


def test_a_pact_signed_by_two_governments_is_an_agreement_between_them(extract_text):
    evs = _events(extract_text, "The government of Niger and the Chadian authorities signed a security pact in "
                                "Niamey on Thursday.")
    assert _subs(evs) == ["Agreement"], evs
    assert {a["country"] for a in evs[0]["actors"] if a["role"] in ("actor1", "actor2")} == {"NER", "TCD"}, evs


def test_a_party_joined_to_the_acting_one_by_and_is_its_associate(extract_text):
    evs = _events(extract_text, "Army soldiers and a pro-government militia looted shops in the town of Gao on "
                                "Friday, residents said.")
    assert _subs(evs) == ["Looting/property destruction"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "associated")] == ["MLT"], evs[0]["actors"]
    evs = _events(extract_text, "Soldiers and police officers raided a mosque in Bulawayo on Friday and beat "
                                "worshippers, witnesses said.")
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "associated")] == ["POL"], evs[0]["actors"]


def test_a_group_claiming_the_attack_next_is_who_the_unnamed_gunmen_were(extract_text):
    text = ("Gunmen ambushed an army patrol near the town of Arbinda on Sunday, killing six soldiers, security "
            "sources said. {} the attack on Monday.")
    evs = _events(extract_text, text.format("JNIM claimed"))
    assert len(evs) == 1, evs
    assert [a["name"] for a in _role(evs[0], "actor1")] == ["JNIM"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["REB"], evs[0]["actors"]
    evs = _events(extract_text, text.format("JNIM has not claimed"))  # no claim: the gunmen stay
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["UAG"], evs[0]["actors"]


def test_who_fighting_killed_is_never_who_fought(extract_text):
    evs = _events(extract_text, "Fighting in the town of Kadugli killed at least 25 people on Saturday, a medical "
                                "charity said.")
    assert _subs(evs) == ["Armed clash"], evs
    assert not any(a["sector"] == "CVL" for a in _role(evs[0], "actor1")), evs[0]["actors"]
    assert [(q["kind"], q["best"]) for q in evs[0]["quantities"]] == [("fatalities", 25)]


def test_what_the_blast_destroyed_is_no_event_of_its_own(extract_text):
    evs = _events(extract_text, "A bomb went off at a bus station in Kaduna on Tuesday, killing five people, police "
                                "said. The explosion also destroyed two buses.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    evs = _events(extract_text, "Heavy shelling destroyed a school in the town of Orikhiv on Friday, the regional "
                                "governor said.")
    assert _subs(evs) == ["Shelling/artillery/missile attack"], evs
    # (another blast is another event)
    evs = _events(extract_text, "A bomb went off at a bus station in Kaduna on Tuesday, killing five people, police "
                                "said. On Thursday another explosion destroyed a bridge in the town of Zaria.")
    assert len(evs) == 2, evs


def test_a_bomb_going_off_is_an_explosion(extract_text):
    evs = _events(extract_text, "A bomb went off near a mosque in the town of Quetta on Friday, wounding six "
                                "worshippers, police said.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert _events(extract_text, "A fire alarm went off at a hotel in Quetta on Friday.") == []


def test_arrests_made_at_the_protest_just_told_are_its_intervention(extract_text):
    evs = _events(extract_text, "Thousands of people marched in Yerevan on Saturday against the new pension law. "
                                "Police used pepper spray to disperse the crowd outside the government building and "
                                "detained at least 40 people, the interior ministry said.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert ("arrests", 40) in [(q["kind"], q["best"]) for q in evs[0]["quantities"]], evs[0]["quantities"]
    evs = _events(extract_text, "Police fired tear gas at hundreds of traders marching in Kumasi on Monday against "
                                "new market fees. At least 12 people were hurt and 15 were arrested, a traders' union "
                                "said.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["POL"], evs[0]["actors"]
    assert ("arrests", 15) in [(q["kind"], q["best"]) for q in evs[0]["quantities"]], evs[0]["quantities"]
    # (arrests on another day are arrests of their own)
    evs = _events(extract_text, "Police fired tear gas at hundreds of traders marching in Kumasi on Monday against "
                                "new market fees. On Wednesday police arrested three union leaders at their homes.")
    assert sorted(_subs(evs)) == ["Arrests", "Protest with intervention"], evs


def test_a_place_taken_after_a_preposition_is_taken_by_the_verbs_subject_from_the_side_named(extract_text):
    evs = _events(extract_text, "Government troops burned several houses in the town of Tessit on Sunday after "
                                "seizing control of the area from the rebels, residents said.")
    regain = [e for e in evs if e["acled"]["sub_event_type"] == "Government regains territory"]
    assert len(regain) == 1, evs
    assert [a["sector"] for a in _role(regain[0], "actor1")] == ["MIL"], regain[0]["actors"]
    assert [a["sector"] for a in _role(regain[0], "actor2")] == ["REB"], regain[0]["actors"]


def test_the_force_met_by_a_riot_is_part_of_the_riot(extract_text):
    evs = _events(extract_text, "Youths hurled stones at police and burned tyres in the town of Kakamega on "
                                "Wednesday after the vote count, police said. Officers fired tear gas to disperse "
                                "the crowd.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["POL"], evs[0]["actors"]


def test_residents_of_a_place_beating_a_man_to_death_are_a_mob(extract_text):
    evs = _events(extract_text, "Residents of the village of Bwari beat a suspected cattle thief to death on "
                                "Tuesday, police said.")
    assert _subs(evs) == ["Mob violence"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]


def test_a_mob_setting_fire_to_a_station_is_one_riot_and_the_death_it_answers_is_not_its_toll(extract_text):
    evs = _events(extract_text, "An angry mob set fire to a police post in the town of Mchinji on Saturday after a "
                                "young man died in custody, officials said.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert not evs[0]["quantities"], evs[0]["quantities"]
    assert all(a["sector"] != "CVL" for a in _role(evs[0], "actor2")), evs[0]["actors"]


def test_live_ammunition_used_against_protesters_is_force_against_the_protest(extract_text):
    evs = _events(extract_text, "Soldiers used live ammunition against demonstrators in the city of Mandalay on "
                                "Saturday, killing three people, witnesses said.")
    assert _subs(evs) == ["Excessive force against protesters"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]


def test_dispersing_them_after_a_protest_is_its_intervention_and_nothing_alone(extract_text):
    evs = _events(extract_text, "Dozens of mothers blocked the road to a military camp in the town of Beni on "
                                "Tuesday to demand news of their sons. Soldiers fired in the air to disperse them.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert [(a["country"], a["sector"]) for a in _role(evs[0], "actor1")] == [("COD", "MIL")], evs[0]["actors"]
    assert not any(a["sector"] == "MIL" for a in _role(evs[0], "actor2")), evs[0]["actors"]  # (the camp is where)
    assert _events(extract_text, "Armed men gathered near the market in the town of Beni on Tuesday. Soldiers fired "
                                 "in the air to disperse them.") == []


def test_the_speaker_who_said_it_did_one_thing_did_the_next_too(extract_text):
    evs = _events(extract_text, "The army said it had destroyed a militant camp and seized dozens of rifles in "
                                "Nangade district on Sunday.")
    seized = [e for e in evs if e["acled"]["sub_event_type"] == "Disrupted weapons use"]
    assert len(seized) == 1, evs
    assert [a["sector"] for a in _role(seized[0], "actor1")] == ["MIL"], seized[0]["actors"]


def test_a_victim_joined_by_and_to_another_is_hit_too_never_the_attacker(extract_text):
    evs = _events(extract_text, "A roadside bomb killed a district governor and his driver in Helmand province on "
                                "Monday, police said.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert not _role(evs[0], "actor1"), evs[0]["actors"]
    assert len(_role(evs[0], "actor2")) == 2, evs[0]["actors"]


def test_a_claim_of_the_bombing_told_before_names_its_attacker(extract_text):
    evs = _events(extract_text, "A roadside bomb killed a district governor and his driver in Helmand province on "
                                "Monday, police said. Islamic State Khorasan claimed responsibility for the bombing.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert [a["name"] for a in _role(evs[0], "actor1")] == ["Islamic State Khorasan"], evs[0]["actors"]


def test_protesters_storming_and_burning_a_building_are_a_violent_demonstration(extract_text):
    evs = _events(extract_text, "Protesters stormed the provincial assembly in the city of Lahore on Friday and set "
                                "part of it on fire, police said.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]


def test_more_victims_after_no_violence_told_make_no_event(extract_text):
    evs = _events(extract_text, "Police detained 40 opposition supporters in Lusaka on Friday. Dozens more were "
                                "injured, the party said.")
    assert _subs(evs) == ["Arrests"], evs
    evs = _events(extract_text, "The government and the rebels signed a truce in Bangui on Monday. Several others "
                                "were killed.")
    assert _subs(evs) == ["Agreement"], evs
    # (told with a place and fighting of its own, they are that fighting's victims)
    evs = _events(extract_text, "Dozens more were wounded in clashes in the town of Kaga-Bandoro on Tuesday, a "
                                "doctor said.")
    assert _subs(evs) == ["Armed clash"], evs


def test_a_group_claiming_in_its_own_words_the_bombing_reported_in_a_town_is_its_attacker(extract_text):
    evs = _events(extract_text, "A car bomb killed 11 soldiers on a bus in the city of Malatya on Saturday, officials "
                                "said. The PKK said its fighters had carried out a bomb attack in Turkey on Saturday.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["REB"], evs[0]["actors"]
    assert [l["name"] for l in evs[0]["locations"]] == ["Malatya"], evs[0]["locations"]


def test_an_exchange_of_prisoners_is_an_agreement_between_the_two_sides(extract_text):
    evs = _events(extract_text, "Armenia and Azerbaijan exchanged prisoners at their border on Wednesday, officials "
                                "said.")
    assert _subs(evs) == ["Agreement"], evs
    assert {a["country"] for a in evs[0]["actors"] if a["role"] in ("actor1", "actor2")} == {"ARM", "AZE"}, evs
    evs = _events(extract_text, "Russia and Ukraine carried out a prisoner swap on Tuesday, officials said.")
    assert _subs(evs) == ["Agreement"], evs
    assert {a["country"] for a in evs[0]["actors"] if a["role"] in ("actor1", "actor2")} == {"RUS", "UKR"}, evs
    # (what was traded is no party)
    evs = _events(extract_text, "Russia and Ukraine swapped the bodies of dead soldiers on Tuesday.")
    assert _subs(evs) == ["Agreement"], evs
    assert all(a["sector"] != "MIL" for a in evs[0]["actors"]), evs[0]["actors"]


def test_force_told_on_a_crowd_that_rioted_in_the_same_sentence_is_one_violent_demonstration(extract_text):
    evs = _events(extract_text, "Police in Quito clashed with demonstrators who hurled rocks and set fire to a "
                                "police van on Friday, injuring nine officers.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["POL"], evs[0]["actors"]
