"""Event types, actors and interactions on short invented conflict reports (session 13, h6): one test per fix."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def test_coordinated_country_words_name_both_sides_of_a_clash(extract_text):
    evs = _events(extract_text, "Thai and Cambodian troops clashed along the disputed frontier on Monday.")
    clash = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert len(clash) == 1, evs
    e = clash[0]
    assert [(a["country"], a["sector"]) for a in _role(e, "actor1")] == [("THA", "MIL")]
    assert [(a["country"], a["sector"]) for a in _role(e, "actor2")] == [("KHM", "MIL")]
    assert e["acled"]["interaction_code"] == 11


def test_toll_of_a_side_already_named_adds_no_countryless_party(extract_text):
    evs = _events(extract_text, "Georgian and Russian troops exchanged fire near Ergneti on Monday. "
                                "Four soldiers were killed, the ministry said.")
    assert len(evs) == 1, evs
    e = evs[0]
    assert any(q["kind"] == "fatalities" and q["best"] == 4 for q in e["quantities"])
    assert all(a["country"] for a in e["actors"] if a["role"] in ("actor1", "actor2")), e["actors"]


def test_fighting_that_won_a_town_is_that_battle_and_the_loser_is_actor2(extract_text):
    evs = _events(extract_text, "Government troops recaptured the town of Sirte from rebels on Friday after weeks "
                                "of heavy fighting, the army said.")
    assert _subs(evs) == ["Government regains territory"], evs
    assert evs[0]["acled"]["interaction_code"] == 12
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["REB"]


def test_clashes_with_a_party_before_a_takeover_name_the_other_side(extract_text):
    evs = _events(extract_text, "Rebels seized the town of Bunia on Sunday after clashes with the army, residents said.")
    take = [e for e in evs if e["acled"]["sub_event_type"] == "Non-state actor overtakes territory"]
    assert take, evs
    assert [a["sector"] for a in _role(take[0], "actor2")] == ["MIL"]
    assert take[0]["acled"]["interaction_code"] == 12


def test_another_fight_between_other_countries_is_not_folded_into_the_one_before(extract_text):
    evs = _events(extract_text, "Syrian troops clashed with rebels in Saraqeb on Thursday. "
                                "Thai and Cambodian troops exchanged fire on the border.")
    assert len(evs) == 2, evs
    border = [e for e in evs if "exchanged" in e["trigger"]]
    assert border and {a["country"] for a in border[0]["actors"]} == {"THA", "KHM"}
    assert not any("exchanged" in x["text"] for e in evs if e is not border[0] for x in e["evidence"])


def test_lethal_fire_on_demonstrators_is_one_excessive_force_event(extract_text):
    evs = _events(extract_text, "Riot police opened fire on demonstrators in Harare on Saturday, killing two "
                                "people, witnesses said.")
    assert _subs(evs) == ["Excessive force against protesters"], evs
    e = evs[0]
    assert any(q["kind"] == "fatalities" and q["best"] == 2 for q in e["quantities"])
    assert e["acled"]["interaction_code"] == 16


def test_injured_in_the_unrest_is_the_riots_toll(extract_text):
    evs = _events(extract_text, "Youths threw stones at police and burned tyres in Dakar on Monday. "
                                "Five people were injured in the unrest, a doctor said.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert any(q["kind"] == "injuries" and q["best"] == 5 for q in evs[0]["quantities"])
    assert evs[0]["acled"]["interaction_code"] == 15


def test_artillery_pounding_a_town_is_shelling_and_gets_its_toll(extract_text):
    evs = _events(extract_text, "Russian artillery pounded the town of Vuhledar overnight, officials said. "
                                "Three soldiers were wounded in the shelling of Vuhledar, the army said.")
    assert _subs(evs) == ["Shelling/artillery/missile attack"], evs
    assert any(q["kind"] == "injuries" and q["best"] == 3 for q in evs[0]["quantities"])


def test_rape_is_sexual_violence_whatever_the_lemmatiser_says(extract_text):
    evs = _events(extract_text, "Militiamen raped at least eight women in a village in Ituri province on Sunday, "
                                "a local official said.")
    assert _subs(evs) == ["Sexual violence"], evs
    assert evs[0]["plover"] == {"event": "ASSAULT", "mode": "sexual", "context": []}


def test_defection_is_a_change_to_the_group_and_handing_over_arms_no_territory(extract_text):
    evs = _events(extract_text, "About 200 rebel fighters defected to the army on Friday, handing over their "
                                "weapons in Kidal, officials said.")
    subs = _subs(evs)
    assert "Change to group/activity" in subs, evs
    assert "Non-violent transfer of territory" not in subs


def test_mobilisation_of_a_counted_force_is_told_in_full_not_a_back_reference(extract_text):
    evs = _events(extract_text, "The government ordered the mobilisation of 50,000 reservists on Monday, the "
                                "defence ministry said.")
    assert _subs(evs) == ["Change to group/activity"], evs
    assert evs[0]["plover"]["event"] == "MOBILIZE"


def test_a_withdrawal_is_plover_retreat(extract_text):
    evs = _events(extract_text, "Russian troops withdrew from the town of Kupiansk on Tuesday, the governor said.")
    assert _subs(evs) == ["Non-violent transfer of territory"], evs
    assert (evs[0]["plover"]["event"], evs[0]["plover"]["mode"]) == ("RETREAT", "withdraw")


def test_debris_damage_is_no_property_destruction(extract_text):
    evs = _events(extract_text, "Air defences shot down 14 drones over Odesa overnight. Falling debris damaged "
                                "two houses, the governor said.")
    assert "Looting/property destruction" not in _subs(evs), evs
    assert "Disrupted weapons use" in _subs(evs)


def test_seized_tanks_are_disrupted_weapons_use(extract_text):
    evs = _events(extract_text, "Ukrainian troops seized three Russian tanks near Izium on Sunday.")
    assert _subs(evs) == ["Disrupted weapons use"], evs


def test_those_detained_is_no_second_arrest_and_raids_are_the_arrests_setting(extract_text):
    evs = _events(extract_text, "Police detained 30 people suspected of links to the group in raids across "
                                "Ankara on Tuesday, the ministry said. Those detained included four foreigners.")
    assert _subs(evs) == ["Arrests"], evs


def test_parties_agreeing_to_a_cessation_of_hostilities(extract_text):
    evs = _events(extract_text, "Sudan and South Sudan agreed on Monday to a cessation of hostilities along "
                                "their border.")
    assert _subs(evs) == ["Agreement"], evs
    assert {a["country"] for a in evs[0]["actors"] if a["role"] in ("actor1", "actor2")} == {"SDN", "SSD"}
    assert _role(evs[0], "actor2")


def test_burning_the_bodies_is_no_property_destruction(extract_text):
    evs = _events(extract_text, "A mob lynched a man accused of theft in Kano on Friday. Residents then set "
                                "fire to the body, police said.")
    assert "Looting/property destruction" not in _subs(evs), evs
    assert "Mob violence" in _subs(evs)


def test_a_country_word_inside_the_vehicle_hit_is_no_attacker(extract_text):
    evs = _events(extract_text, "A roadside bomb exploded near a Kenyan army convoy in Mandera on Monday, killing "
                                "two soldiers, police said.")
    bomb = [e for e in evs if e["acled"]["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert bomb, evs
    assert not any(a["country"] == "KEN" for a in _role(bomb[0], "actor1")), bomb[0]["actors"]
    assert any(a["country"] == "KEN" for a in _role(bomb[0], "actor2"))


def test_the_protesters_told_on_are_the_protest_the_police_dispersed(extract_text):
    evs = _events(extract_text, "Police used tear gas to disperse thousands of protesters in Yerevan on Monday. "
                                "The demonstrators were marching against a border deal.")
    assert _subs(evs) == ["Protest with intervention"], evs


def test_the_losers_withdrawal_is_the_takeover_told_on(extract_text):
    evs = _events(extract_text, "Rebels seized the town of Bunia on Sunday after clashes with the army. "
                                "The army withdrew from the town, residents said.")
    assert _subs(evs) == ["Non-state actor overtakes territory"], evs


def test_the_group_claiming_a_bombing_is_its_actor1(extract_text):
    evs = _events(extract_text, "A roadside bomb exploded near an army truck in Mandera on Monday, killing two "
                                "soldiers, police said. Al Shabaab claimed responsibility for the blast.")
    bomb = [e for e in evs if e["acled"]["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(bomb) == 1, evs
    assert [a["name"] for a in _role(bomb[0], "actor1")] == ["Al Shabaab"]
    assert bomb[0]["acled"]["interaction_code"] == 12


def test_state_force_on_marchers_is_force_against_a_protest(extract_text):
    evs = _events(extract_text, "Soldiers beat marchers with batons and fired live ammunition into the crowd in "
                                "Conakry on Thursday, witnesses said.")
    assert _subs(evs) == ["Excessive force against protesters"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["PRO"]
    assert evs[0]["acled"]["interaction_code"] == 16


def test_the_deal_told_on_by_the_two_sides_is_the_same_agreement(extract_text):
    evs = _events(extract_text, "Ethiopia's government and Tigrayan rebels agreed on Wednesday to a permanent "
                                "cessation of hostilities. The two sides signed a deal on the disarmament of fighters.")
    assert _subs(evs) == ["Agreement"], evs
    assert _role(evs[0], "actor1") and _role(evs[0], "actor2"), evs[0]["actors"]
    assert len(evs[0]["evidence"]) >= 2


def test_an_agreement_at_talks_abroad_makes_no_party_foreign_forces(extract_text):
    evs = _events(extract_text, "Ethiopia's government and Tigrayan forces agreed to a cessation of hostilities "
                                "in Pretoria on Wednesday.")
    assert _subs(evs) == ["Agreement"], evs
    assert str(evs[0]["acled"]["interaction_code"])[0] != "8", evs[0]["acled"]


def test_a_partys_own_measure_with_no_place_is_in_its_own_country(extract_text):
    evs = _events(extract_text, "Ukrainian troops shelled Russian positions near Bakhmut on Monday. Russia ordered "
                                "the mobilisation of 300,000 reservists on Wednesday.")
    mob = [e for e in evs if e["acled"]["sub_event_type"] == "Change to group/activity"]
    assert mob, evs
    assert [loc["country"] for loc in mob[0]["locations"]] in (["RU"], ["RUS"]), mob[0]["locations"]
    assert mob[0]["acled"]["interaction_code"] == 10


def test_the_party_coordinated_with_the_subject_of_a_clash_is_the_other_side(extract_text):
    evs = _events(extract_text, "Nigerian soldiers and Boko Haram fighters clashed near Maiduguri on Monday.")
    assert _subs(evs) == ["Armed clash"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["REB"]
    assert evs[0]["acled"]["interaction_code"] == 12
    # allies who attack together stay one side
    evs = _events(extract_text, "Nigerian soldiers and allied vigilantes attacked a camp near Maiduguri on Monday.")
    assert not any(a["sector"] == "MIL" for e in evs for a in _role(e, "actor2")), evs


def test_a_town_taken_without_a_fight_is_a_non_violent_transfer(extract_text):
    evs = _events(extract_text, "Government forces took control of the town of Adale on Monday after the militants "
                                "abandoned it without a fight. The militants withdrew overnight, residents said.")
    assert _subs(evs) == ["Non-violent transfer of territory"], evs


def test_the_strike_phrase_is_no_party_its_country_word_acts(extract_text):
    evs = _events(extract_text, "A Russian drone strike hit a apartment block in Sumy on Friday, killing three "
                                "civilians, the governor said.")
    strike = [e for e in evs if e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert strike, evs
    assert not any("strike" in a["name"] for a in strike[0]["actors"]), strike[0]["actors"]
    assert {a["sector"] for a in _role(strike[0], "actor2")} == {"CVL"}


def test_two_sides_attacks_in_one_sentence_stay_two_events(extract_text):
    evs = _events(extract_text, "Israeli artillery shelled the outskirts of the Lebanese town of Khiam on Tuesday, "
                                "and Hezbollah fired a barrage of rockets at an Israeli army base, both sides said.")
    assert len(evs) == 2, evs
    assert sorted(a["country"] for e in evs for a in _role(e, "actor1")) == ["ISR", "LBN"]


def test_force_on_the_strike_told_next_is_that_protests_intervention(extract_text):
    evs = _events(extract_text, "Thousands of garment workers went on strike in Ashulia on Sunday, blocking a "
                                "highway. Police fired rubber bullets and tear gas to clear the road, injuring at "
                                "least 20 workers, a union leader said.")
    assert _subs(evs) == ["Protest with intervention"], evs
    assert evs[0]["acled"]["interaction_code"] == 16
    assert any(q["kind"] == "injuries" and q["best"] == 20 for q in evs[0]["quantities"])


def test_a_crowd_that_lynches_is_mob_violence(extract_text):
    evs = _events(extract_text, "A crowd lynched a suspected gang member in the Delmas neighbourhood of "
                                "Port-au-Prince on Wednesday, police said.")
    assert _subs(evs) == ["Mob violence"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"]


def test_checkpoints_set_up_by_an_armed_group(extract_text):
    evs = _events(extract_text, "Jihadist fighters established checkpoints on the road to Menaka on Tuesday, "
                                "residents said.")
    assert _subs(evs) == ["Headquarters or base established"], evs


def test_a_curfew_imposed_by_the_army_is_plover_coerce(extract_text):
    evs = _events(extract_text, "The army imposed a curfew on the town of Kumbo on Monday, officials said.")
    assert _subs(evs) == ["Change to group/activity"], evs
    assert (evs[0]["plover"]["event"], evs[0]["plover"]["mode"]) == ("COERCE", "curfew")


def test_trigger_plover_codes_are_plover_2021_events_and_modes():
    from sitrep import codebooks
    from sitrep.resources import load_yaml

    events = codebooks.load().plover["events"]
    coded = [e for e in load_yaml("events/triggers.yaml")["triggers"] if e.get("plover")]
    assert coded
    for entry in coded:
        event, mode = entry["plover"][0], entry["plover"][1] if len(entry["plover"]) > 1 else None
        assert event in events, entry
        assert mode is None or mode in (events[event].get("modes") or []), entry
