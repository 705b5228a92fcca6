"""Event types, roles, dates and figures on short invented conflict reports (session 14, h12): one test per fix."""
from conftest import events_of as _events, in_role as _role, sub_types as _subs


def _figures(ev):
    return [(q["kind"], q["best"], q["cumulative"]) for q in ev["quantities"]]


def test_a_running_total_clause_leaves_the_days_event_its_own_day_and_figures(extract_text):
    evs = _events(extract_text, "Rebels killed 12 people overnight in the village of Kiwanja, taking the death toll "
                                "from attacks this month to at least 40.")
    assert _subs(evs) == ["Attack"], evs
    assert evs[0]["date_precision"] != "cumulative" and evs[0]["date"] == "2023-05-09", evs[0]
    assert sorted(_figures(evs[0])) == [("fatalities", 12, False), ("fatalities", 40, True)], evs[0]["quantities"]


def test_the_number_killed_raised_to_a_figure_is_a_running_total_of_deaths(extract_text):
    evs = _events(extract_text, "An air strike killed 14 people in the town of Saada on Monday, raising the number "
                                "killed there this month to more than 100.")
    assert _subs(evs) == ["Air/drone strike"], evs
    assert sorted(_figures(evs[0])) == [("fatalities", 14, False), ("fatalities", 100, True)], evs[0]["quantities"]


def test_a_group_seizing_a_brigade_headquarters_takes_ground_and_police_seizing_a_party_office_do_not(extract_text):
    evs = _events(extract_text, "Houthi rebels seized the headquarters of the 35th brigade in the city of Taiz on "
                                "Friday, residents said.")
    assert _subs(evs) == ["Non-state actor overtakes territory"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["REB"], evs[0]["actors"]
    evs = _events(extract_text, "Militants overran an army barracks in the town of Damboa on Friday.")
    assert _subs(evs) == ["Non-state actor overtakes territory"], evs
    evs = _events(extract_text, "Police seized the headquarters of the opposition party in Harare on Monday and "
                                "arrested six officials.")
    assert not [s for s in _subs(evs) if "territory" in s], evs
    assert "Arrests" in _subs(evs), evs


def test_a_denial_of_the_shelling_just_told_is_no_second_shelling(extract_text):
    evs = _events(extract_text, "Villagers said soldiers shelled the village of Kalma on Monday. On Wednesday the "
                                "army denied that its troops shelled the village.")
    assert _subs(evs) == ["Shelling/artillery/missile attack"], evs
    assert evs[0]["date"] == "2023-05-08" and evs[0]["status"] == "disputed", evs[0]
    # (a denied shelling of another town on another day is another event)
    evs = _events(extract_text, "Soldiers shelled the village of Kalma on Monday. The army denied that its troops "
                                "had shelled the town of Nyala on Friday.")
    assert len(evs) == 2, evs


def test_a_denied_event_dated_only_by_the_denial_is_dated_on_or_before_it(extract_text):
    evs = _events(extract_text, "The army on Wednesday denied that its troops shelled the village of Kalma in Darfur.")
    assert len(evs) == 1 and evs[0]["status"] == "denied", evs
    assert evs[0]["date_precision"] == "said", evs[0]


def test_a_grenade_or_a_bomber_as_the_subject_of_a_verb_of_violence_is_one_event(extract_text):
    evs = _events(extract_text, "A grenade exploded in a bar in the town of Goma on Saturday, wounding 12.")
    assert _subs(evs) == ["Grenade"], evs
    assert _figures(evs[0]) == [("injuries", 12, False)], evs[0]["quantities"]
    evs = _events(extract_text, "A suicide bomber struck a market in the town of Konduga on Friday, killing four and "
                                "wounding 12.")
    assert _subs(evs) == ["Suicide bomb"], evs
    assert sorted(_figures(evs[0])) == [("fatalities", 4, False), ("injuries", 12, False)], evs[0]["quantities"]


def test_a_raid_to_rape_is_sexual_violence_and_with_killings_an_attack(extract_text):
    evs = _events(extract_text, "Armed men stormed a village in Jonglei state on Saturday and raped seven women, a "
                                "local official said.")
    assert _subs(evs) == ["Sexual violence"], evs
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["CVL"], evs[0]["actors"]
    evs = _events(extract_text, "Armed men stormed a village in Jonglei state on Saturday, killed three men and raped "
                                "seven women, a local official said.")
    assert _subs(evs)[0] == "Attack", evs


def test_a_live_blogs_entries_stay_apart_and_their_stamps_out_of_the_evidence(extract_text):
    text = ("Sudan war live\n\n14:05 GMT - Heavy shelling hit the city of Omdurman on Wednesday, residents said\n{sep}"
            "13:40 GMT - The army said its aircraft struck RSF positions in the Kafouri district of Khartoum North\n{sep}"
            "13:10 GMT - At least 12 civilians were killed when a shell hit a market in the town of El Obeid, medics "
            "said.\n")
    for sep in ("\n", ""):  # (entries with a blank line between them, and run on line by line)
        evs = _events(extract_text, text.format(sep=sep))
        assert sorted(_subs(evs)) == ["Air/drone strike", "Shelling/artillery/missile attack",
                                      "Shelling/artillery/missile attack"], evs
        for ev in evs:
            assert len({l["name"] for l in ev["locations"]} & {"Omdurman", "El Obeid", "Kafouri"}) == 1, ev
            for e in ev["evidence"]:
                assert "GMT" not in e["text"] and "\n" not in e["text"], e


def test_children_among_the_dead_are_victims_never_who_struck(extract_text):
    evs = _events(extract_text, "An air strike on a village in Sagaing region on Monday killed six civilians, "
                                "including two children.")
    assert _subs(evs) == ["Air/drone strike"], evs
    assert not _role(evs[0], "actor1"), evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["CVL"], evs[0]["actors"]


def test_a_vehicle_hitting_a_bomb_is_a_roadside_blast_that_hit_its_passengers(extract_text):
    evs = _events(extract_text, "The army said two soldiers were killed when their vehicle hit an improvised explosive "
                                "device near the town of Sevare on Monday.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert not _role(evs[0], "actor1"), evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["MIL"], evs[0]["actors"]
    evs = _events(extract_text, "A police patrol triggered a roadside device in the district of Kech on Monday, "
                                "wounding three officers.")
    assert _subs(evs) == ["Remote explosive/landmine/IED"], evs
    assert not _role(evs[0], "actor1"), evs[0]["actors"]
    assert _events(extract_text, "A truck hit a pedestrian in the town of Sevare on Monday.") == []


def test_what_the_attackers_also_burned_is_part_of_their_attack(extract_text):
    evs = _events(extract_text, "Suspected jihadists attacked a market in the village of Tanwalbougou in Burkina Faso "
                                "on Tuesday, killing nine traders. No group has claimed the attack. The attackers also "
                                "set fire to several shops.")
    assert _subs(evs) == ["Attack"], evs
    evs = _events(extract_text, "Armed men abducted 12 construction workers in the Kech district of Balochistan "
                                "province on Tuesday, officials said. The gunmen also torched two excavators before "
                                "fleeing. The Balochistan Liberation Front claimed the abduction.")
    assert _subs(evs) == ["Abduction/forced disappearance"], evs


def test_the_fighting_a_place_was_retaken_after_is_no_clash_of_its_own(extract_text):
    evs = _events(extract_text, "Government forces said they had recaptured the town of Adan Yabaal from the "
                                "militants following heavy fighting.")
    assert _subs(evs) == ["Government regains territory"], evs


def test_days_of_demonstrations_called_for_are_no_protest_yet(extract_text):
    evs = _events(extract_text, "The opposition has called for three days of demonstrations against the rising cost "
                                "of living.")
    assert evs == [], evs
    evs = _events(extract_text, "Thousands of people held demonstrations against the rising cost of living in Nairobi "
                                "on Monday.")
    assert _subs(evs) == ["Peaceful protest"], evs


def test_the_parties_between_whom_a_clash_was_are_no_toll(extract_text):
    evs = _events(extract_text, "Clashes between 1,200 families and herders left four dead in the village of Yelwata "
                                "on Monday.")
    assert _subs(evs) == ["Armed clash"], evs
    assert _figures(evs[0]) == [("fatalities", 4, False)], evs[0]["quantities"]


def test_them_after_a_verb_on_the_assailants_stands_for_the_assailants(extract_text):
    evs = _events(extract_text, "The army said its troops had pursued the assailants and \"neutralised\" about 20 of "
                                "them near the town of Fada N'Gourma.")
    assert _subs(evs) == ["Armed clash"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["MIL"], evs[0]["actors"]
    assert _figures(evs[0]) == [("fatalities", 20, False)], evs[0]["quantities"]
    # (what "them" stands for decides: mines neutralised are weapons made safe)
    evs = _events(extract_text, "Soldiers found three mines near the town of Gao on Monday and neutralised them.")
    assert "Armed clash" not in _subs(evs), evs


def test_a_crowd_met_by_force_burning_tyres_and_stoning_officers_is_one_violent_demonstration(extract_text):
    evs = _events(extract_text, "Kenyan police fired tear gas at hundreds of opposition supporters who blocked roads "
                                "and burned tyres in Nairobi's Kibera district on Tuesday, witnesses said. Protesters "
                                "hurled stones at officers, and at least 23 people were arrested, police said.")
    assert _subs(evs) == ["Violent demonstration"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["RIO"], evs[0]["actors"]
    assert "POL" in [a["sector"] for a in _role(evs[0], "actor2")], evs[0]["actors"]
    assert ("arrests", 23, False) in _figures(evs[0]), evs[0]["quantities"]


def test_a_seizure_joined_to_a_killing_is_by_the_killers_never_the_dead(extract_text):
    evs = _events(extract_text, "FAMa said they killed \"dozens of terrorists\" and seized weapons near the town of Gao "
                                "on Monday.")
    seized = [e for e in evs if e["acled"]["sub_event_type"] == "Disrupted weapons use"]
    assert len(seized) == 1, evs
    assert [a["sector"] for a in _role(seized[0], "actor1")] == ["MIL"], seized[0]["actors"]
    evs = _events(extract_text, "Soldiers killed five militants and seized weapons near the town of Gao on Monday.")
    seized = [e for e in evs if e["acled"]["sub_event_type"] == "Disrupted weapons use"]
    assert [a["sector"] for a in _role(seized[0], "actor1")] == ["MIL"], seized[0]["actors"]


def test_the_raid_an_abduction_was_made_in_is_that_abduction(extract_text):
    evs = _events(extract_text, "The students were abducted on April 12 when gunmen stormed the school in the village "
                                "of Kuriga, the state government said.")
    assert _subs(evs) == ["Abduction/forced disappearance"], evs
    assert [a["sector"] for a in _role(evs[0], "actor1")] == ["UAG"], evs[0]["actors"]
    assert [a["sector"] for a in _role(evs[0], "actor2")] == ["CVL"], evs[0]["actors"]


def test_an_attack_burning_homes_as_it_kills_is_one_attack(extract_text):
    evs = _events(extract_text, "Insurgents beheaded four villagers and torched dozens of homes in the village of "
                                "Mitambo in Cabo Delgado province on Sunday, residents said.")
    assert _subs(evs) == ["Attack"], evs
    assert ("fatalities", 4, False) in _figures(evs[0]), evs[0]["quantities"]


def test_a_part_of_a_whole_counts_the_part(extract_text):
    evs = _events(extract_text, "Ukraine's air force said it had shot down 18 of 21 drones launched by Russia "
                                "overnight.")
    assert [(q["kind"], q["best"]) for e in evs for q in e["quantities"]] == [("weapons", 18)], evs
    evs = _events(extract_text, "Soldiers killed 12 of the 20 attackers near the town of Gao on Monday.")
    assert _figures(evs[0]) == [("fatalities", 12, False)], evs[0]["quantities"]
