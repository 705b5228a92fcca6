"""Event extraction end to end on short articles written for these tests (never the seed)."""


def _events(record):
    return record.to_json()["events"]


def test_clash_with_place_actors_date_and_source(extract_text):
    rec = extract_text(
        "Georgian and Russian troops clashed near the village of Ergneti on Monday, killing two soldiers, "
        "the Georgian Defence Ministry said.", published="2023-03-08T12:00:00+04:00", outlet="Caucasus Wire")
    evs = _events(rec)
    clash = [e for e in evs if e["acled"]["event_type"] == "Battles"]
    assert clash, evs
    e = clash[0]
    assert e["date"] == "2023-03-06"
    assert {"GEO", "RUS"} <= {a["country"] for a in e["actors"]}
    assert any(q["kind"] == "fatalities" and q["best"] == 2 for q in e["quantities"])
    assert e["sources"][0] == {"name": "Caucasus Wire", "kind": "outlet"}
    assert any("Defence Ministry" in s["name"] for s in e["sources"])


def test_negated_and_planned_events_are_not_events(extract_text):
    rec = extract_text("The rebels did not attack the base. The army plans to shell the hills next week. "
                       "Officials threatened to arrest the organisers.", published="2023-03-08")
    assert _events(rec) == []


def test_denied_event_is_not_reported(extract_text):
    rec = extract_text('"Reports that our aircraft bombed a market in Idlib are false," the ministry said.',
                       published="2023-03-08")
    evs = _events(rec)
    assert evs and all(e["status"] != "reported" for e in evs)


def test_old_events_are_historical(extract_text):
    rec = extract_text("Troops clashed near Kupiansk on March 2, 2019, officials recalled.", published="2023-03-08")
    evs = _events(rec)
    assert evs and all(e["historical"] for e in evs if e["date"] < "2022-01-01")


def test_one_event_per_place_when_several_places_share_no_figure(extract_text):
    rec = extract_text("Artillery shelled Kupiansk, Izium and Balakliia on Tuesday, the governor said.",
                       published="2023-03-08")
    shelled = [e for e in _events(rec) if e["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len({loc["name"] for e in shelled for loc in e["locations"]}) == 3
    assert all(len(e["locations"]) == 1 for e in shelled)


def test_protest_arrests_and_weapons_seizure(extract_text):
    rec = extract_text("Thousands of people protested in Dakar on Friday. Police arrested 40 demonstrators. "
                       "Soldiers seized 300 rifles in a raid near Ziguinchor.", published="2023-06-03")
    subs = {e["acled"]["sub_event_type"] for e in _events(rec)}
    assert "Peaceful protest" in subs or "Protest with intervention" in subs
    assert "Arrests" in subs
    assert "Disrupted weapons use" in subs


def test_cumulative_figures_are_kept_apart(extract_text):
    rec = extract_text("To date, deminers have neutralized a total of 4,200 mines in the region, the agency said.",
                       published="2023-06-03")
    qs = [q for e in _events(rec) for q in e["quantities"]]
    assert qs and all(q["cumulative"] for q in qs)


def test_the_same_day_and_the_next_day_take_the_date_told_before(extract_text):
    rec = extract_text("Troops clashed near Kupiansk on March 2, officials said. The same day, artillery shelled "
                       "Izium. The next day, fighting resumed near Balakliia.", published="2023-03-08T12:00:00+02:00")
    by_place = {loc["text"]: e["date"] for e in _events(rec) for loc in e["locations"]}
    assert by_place.get("Izium") == "2023-03-02", by_place
    assert by_place.get("Balakliia") == "2023-03-03", by_place


def test_anaphoric_day_without_a_date_before_is_dropped():
    from sitrep.time import find_timexes, parse_published

    pub = parse_published("2023-03-08T12:00:00+02:00")
    assert find_timexes("The same day, shelling resumed.", pub) == []
    txs = find_timexes("On March 2 troops advanced. That night, drones struck the depot.", pub)
    night = [t for t in txs if t.text.lower().startswith("that night")]
    assert night and night[0].date == "2023-03-02" and night[0].date_end == "2023-03-03"


def test_a_possessive_day_dates_the_event_not_the_day_it_was_said(extract_text):
    rec = extract_text("Two soldiers were killed in Monday's clash near Kupiansk, the army said on Wednesday.",
                       published="2023-03-08T12:00:00+02:00")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Battles"]
    assert evs and evs[0]["date"] == "2023-03-06", evs
    assert any(loc["text"] == "Kupiansk" for loc in evs[0]["locations"])


def test_battling_a_blaze_and_frequent_clashes_are_not_events(extract_text):
    rec = extract_text("Firefighters battled the blaze for five hours. Clashes along the frontier have flared "
                       "repeatedly over the years.", published="2023-03-08")
    assert _events(rec) == []


def test_a_weapon_named_with_a_trigger_word_is_not_an_event(extract_text):
    rec = extract_text("Russian soldiers opened fire on Georgian posts near Ergneti with machine guns and grenade "
                       "launchers on Monday.", published="2023-03-08")
    subs = [e["acled"]["sub_event_type"] for e in _events(rec)]
    assert subs and "Grenade" not in subs, subs


def test_a_denial_in_the_words_of_the_event(extract_text):
    rec = extract_text("Rebels shelled the town of Izium on Tuesday, residents said. The rebel command said its "
                       "units did not fire on them.", published="2023-03-08")
    evs = _events(rec)
    assert len(evs) == 1 and evs[0]["status"] == "reported"
    assert any("did not fire" in ev["text"] for ev in evs[0]["evidence"])  # kept as evidence, not an event
    rec = extract_text("Rebels shelled the town of Izium on Tuesday, residents said. The rebel command said its "
                       "units did not fire rockets at Balakliia on Monday.", published="2023-03-08")
    denied = [e for e in _events(rec) if e["status"] == "denied"]
    assert denied and denied[0]["date"] == "2023-03-06"  # its own day: a denied event of its own


def test_the_town_points_back_to_the_town_named_before(extract_text):
    rec = extract_text("On Tuesday, rockets hit the town of Izium, residents said. The rebel command denied firing "
                       "on the town.", published="2023-03-08")
    evs = _events(rec)
    assert len(evs) == 2 and all(any(loc["text"] == "Izium" for loc in e["locations"]) for e in evs), evs


def test_byline_paragraph_and_hospital_town_are_not_the_event(extract_text):
    rec = extract_text("By Press service of the Ministry of Defence of Georgia\n\nOn May 3, Russian troops opened "
                       "fire on Georgian posts near Ergneti. Two soldiers were wounded and taken to hospital in Gori.",
                       published="2023-05-04")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Battles"]
    assert evs
    assert {a["country"] for a in evs[0]["actors"] if a["role"] == "actor1"} == {"RUS"}, evs[0]["actors"]
    assert "Gori" not in {loc["text"] for e in evs for loc in e["locations"]}
    assert all("By Press service" not in ev["text"] for e in evs for ev in e["evidence"])


def test_victims_are_not_made_attackers(extract_text):
    rec = extract_text("Three civilians died in Kupiansk on Monday after a rocket hit their house.",
                       published="2023-03-08")
    evs = _events(rec)
    assert evs and not any(a["role"] == "actor1" and a["sector"] == "CVL" for e in evs for a in e["actors"]), evs


def test_a_verb_sharing_the_subject_gets_the_attacker(extract_text):
    rec = extract_text("Russian soldiers crossed the line and attacked a Georgian post near Ergneti on Monday.",
                       published="2023-03-08")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Battles"]
    assert evs and [a["name"] for a in evs[0]["actors"] if a["role"] == "actor1"] == ["Russian soldiers"], evs


def test_a_demanded_withdrawal_and_damage_told_after_shelling_are_not_events(extract_text):
    rec = extract_text("Rebels shelled the town of Izium on Tuesday. Several houses and a school were damaged. "
                       "The governor demands that the rebel command withdraw its units from the area.",
                       published="2023-03-08")
    evs = _events(rec)
    assert [e["acled"]["event_type"] for e in evs] == ["Explosions/Remote violence"], evs
    assert any("were damaged" in ev["text"] for ev in evs[0]["evidence"])


def test_agreeing_to_withdraw_is_an_agreement(extract_text):
    rec = extract_text("Georgian and Russian commanders agreed to withdraw their troops from Ergneti on Friday.",
                       published="2023-03-08")
    subs = [e["acled"]["sub_event_type"] for e in _events(rec)]
    assert subs == ["Agreement"], subs


def test_coordinated_verbs_on_one_target_are_one_attack(extract_text):
    rec = extract_text("Armed men stormed a mosque near Gao on Friday and opened fire on worshippers, a local "
                       "councillor said.", published="2024-05-11T10:00:00+00:00")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] in ("Battles", "Violence against civilians")]
    assert len(evs) == 1, evs
    assert evs[0]["acled"]["sub_event_type"] == "Attack"
    assert any(a["role"] == "actor2" and a["sector"] == "CVL" for a in evs[0]["actors"]), evs[0]["actors"]


def test_neutralised_militants_is_a_battle_with_deaths(extract_text):
    rec = extract_text('The army said its soldiers had "neutralised" nine militants during a sweep on Sunday.',
                       published="2024-05-14T10:00:00+00:00")
    evs = _events(rec)
    assert any(e["acled"]["sub_event_type"] == "Armed clash" and
               any(q["kind"] == "fatalities" and q["best"] == 9 for q in e["quantities"]) for e in evs), evs


def test_a_country_named_as_ground_is_not_an_actor(extract_text):
    rec = extract_text("Insurgents killed 14 villagers in an ambush in northern Burkina Faso on Sunday, officials "
                       "said.", published="2024-05-14T10:00:00+00:00")
    evs = _events(rec)
    assert evs
    assert all(a["sector"] != "STATE" for e in evs for a in e["actors"]), evs


def test_artillery_named_as_the_actor_is_military(extract_text):
    rec = extract_text("Syrian artillery shelled the town of Atarib on Tuesday, the monitor said.",
                       published="2024-05-15T10:00:00+00:00")
    a1 = [a for e in _events(rec) for a in e["actors"] if a["role"] == "actor1"]
    assert a1 and a1[0]["sector"] == "MIL" and a1[0]["country"] == "SYR", a1


def test_participle_damage_and_the_weapon_used_belong_to_the_attack(extract_text):
    rec = extract_text("Drones attacked a fuel depot in Kharkiv on Thursday with 12 drones, wounding three guards "
                       "and damaging two tanks of diesel, the governor said.", published="2024-05-17T10:00:00+03:00")
    evs = _events(rec)
    assert len(evs) == 1, evs
    assert not any(e["acled"]["sub_event_type"] == "Looting/property destruction" for e in evs)
    assert any(q["kind"] == "injuries" and q["best"] == 3 for q in evs[0]["quantities"])
    assert not any(a["role"] == "actor2" and a["sector"] == "MIL" for a in evs[0]["actors"]), evs[0]["actors"]


def test_a_clock_time_takes_the_story_day_and_a_witness_retelling_folds(extract_text):
    rec = extract_text("Gunmen attacked a bus station in Kaduna on Saturday evening, killing five passengers, "
                       "police said.\n\n\"They came at around 9 pm and shot at everyone,\" a survivor said.",
                       published="2024-05-20T07:00:00+01:00")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] in ("Battles", "Violence against civilians")]
    assert len(evs) == 1, evs
    assert evs[0]["date"] == "2024-05-18"


def test_a_clock_time_after_publication_hour_keeps_the_day_told_before(extract_text):
    rec = extract_text("An airstrike hit a school in Idlib on Monday afternoon, rescuers said.\n\n"
                       "Two warplanes bombed the school at around 4:30 pm, the rescuers said.",
                       published="2024-05-22T09:00:00+03:00")  # a Wednesday: 4:30 pm is not the day before
    evs = _events(rec)
    assert evs and all(e["date"] == "2024-05-20" for e in evs), [(e["date"], e["time"]) for e in evs]


def test_a_total_since_a_date_is_a_running_total(extract_text):
    rec = extract_text("The health ministry said more than 900 people had been killed in the fighting since the "
                       "March 2023 offensive.", published="2024-05-22T10:00:00+00:00")
    evs = [e for e in _events(rec) if e["quantities"]]
    assert evs
    e = evs[0]
    assert all(q["cumulative"] for q in e["quantities"])
    assert e["date"] == "2023-03-01" and e["date_end"] == "2024-05-22" and not e["historical"]


def test_a_town_inside_the_province_told_before_is_the_same_strike(extract_text):
    rec = extract_text("A missile strike in Kharkiv Oblast killed four people on Monday morning, the governor said. "
                       "The missile hit a warehouse in Izium at around 8:10 am, he said.",
                       published="2024-05-21T18:00:00+03:00")
    strikes = [e for e in _events(rec) if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e["locations"], e["time"]) for e in strikes]
    assert strikes[0]["locations"][0]["name"] != "Kharkiv Oblast"


def test_shooting_down_drones_is_an_interception(extract_text):
    rec = extract_text("Air defences shot down 14 of the drones over Sumy on Friday, the air force said.",
                       published="2024-05-25T10:00:00+03:00")
    evs = _events(rec)
    assert {e["acled"]["sub_event_type"] for e in evs} == {"Disrupted weapons use"}, evs
    assert any(a["role"] == "actor1" and a["sector"] == "MIL" for e in evs for a in e["actors"]), evs


def test_a_tally_of_attacks_is_not_an_event(extract_text):
    rec = extract_text("Monitors have recorded 41 rocket attacks in Tal Afar district so far this year, the "
                       "provincial council said.", published="2024-06-01T10:00:00+03:00")
    assert _events(rec) == []


def test_force_against_protesters(extract_text):
    rec = extract_text("Riot police fired tear gas at hundreds of teachers marching against pay cuts in Nairobi on "
                       "Monday, witnesses said. In Kisumu, a teacher was shot dead during a demonstration on "
                       "Tuesday, local media reported.", published="2024-06-05T10:00:00+03:00")
    subs = {e["acled"]["sub_event_type"] for e in _events(rec)}
    assert "Protest with intervention" in subs, subs
    assert "Excessive force against protesters" in subs, subs
    assert "Peaceful protest" not in subs, subs  # the march met with force is that one event
    assert any(a["sector"] == "PRO" and a["role"] == "actor2" for e in _events(rec) for a in e["actors"])


def test_protesters_burning_property_is_a_violent_demonstration(extract_text):
    rec = extract_text("Protesters torched a police post in Karachi on Friday, police said.",
                       published="2024-06-08T10:00:00+05:00")
    subs = {e["acled"]["sub_event_type"] for e in _events(rec)}
    assert subs == {"Violent demonstration"}, subs


def test_a_raid_told_after_the_abduction_is_its_setting_and_areas_are_not_actors(extract_text):
    rec = extract_text("Gunmen have kidnapped 19 farmers, mostly men, in a dawn raid on Birnin Gwari local "
                       "government area of Kaduna State, residents said on Thursday.",
                       published="2024-06-07T10:00:00+01:00")
    evs = _events(rec)
    assert len(evs) == 1, evs
    assert evs[0]["acled"]["sub_event_type"] == "Abduction/forced disappearance"
    assert not any("area" in a["name"] or a["sector"] == "GOV" for a in evs[0]["actors"]), evs[0]["actors"]


def test_a_habit_in_a_predicate_adjective_is_not_an_event(extract_text):
    rec = extract_text("Abductions for ransom have become common in the northwest, residents said.",
                       published="2024-06-07T10:00:00+01:00")
    assert _events(rec) == []


def test_they_in_a_direct_quote_is_not_the_speaker(extract_text):
    rec = extract_text("Militants attacked a checkpoint in Bannu on Sunday night, police said.\n\n"
                       "\"They came from the fields and shot at the guards,\" a police officer said.",
                       published="2024-06-10T10:00:00+05:00")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] in ("Battles", "Violence against civilians")]
    assert len(evs) == 1, evs
    assert not any(a["sector"] == "POL" and a["role"] == "actor1" for a in evs[0]["actors"]), evs[0]["actors"]


def test_since_a_beginning_starts_a_running_total():
    from sitrep.time import find_timexes
    import datetime as dt

    pub = dt.datetime(2024, 6, 10, 12, 0)
    txs = find_timexes("More than 300 people have died since the unrest began on April 2, officials said.", pub)
    assert any(t.since and t.date == "2024-04-02" for t in txs), txs
    txs = find_timexes("Troops clashed near the border on April 2.", pub)
    assert not any(t.since for t in txs)


def test_a_war_toll_in_the_present_perfect_is_not_an_event(extract_text):
    rec = extract_text("Fighting between the army and the rebels has displaced some 800,000 people, according to "
                       "aid agencies. Clashes near Bentiu on Monday killed four soldiers, the army said.",
                       published="2024-06-12T10:00:00+03:00")
    evs = _events(rec)
    assert len(evs) == 1 and evs[0]["evidence"][0]["text"].startswith("Clashes"), evs


def test_overnight_on_a_named_day_and_no_inferred_soldiers_when_civilians_are_hit(extract_text):
    rec = extract_text("Russian troops shelled the port of Izmail overnight on May 3, injuring three dockers, "
                       "the governor said. Ukrainian and Russian forces clashed near Bakhmut on May 2.",
                       published="2024-05-03T22:00:00+03:00")
    strike = [e for e in _events(rec) if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert strike and strike[0]["date"] == "2024-05-03", strike
    assert not any(a["role"] == "actor2" and a["sector"] == "MIL" for a in strike[0]["actors"]), strike[0]["actors"]


def test_a_subjectless_clause_verb_takes_the_main_subject(extract_text):
    rec = extract_text("Police officers sent to the scene clashed with the gunmen near Tumaco on Monday, the army "
                       "said.", published="2024-05-08T10:00:00-05:00")
    a1 = [a for e in _events(rec) for a in e["actors"] if a["role"] == "actor1"]
    assert any(a["sector"] == "POL" for a in a1), a1


def test_a_lead_without_its_own_day_folds_into_the_detail_told_next(extract_text):
    rec = extract_text("Suspected rebels killed 14 villagers in an attack in eastern Congo, local officials said on "
                       "Thursday.\n\nGunmen stormed the village of Kilia near Beni on Wednesday night and opened "
                       "fire on residents, a local official said.", published="2024-06-14T10:00:00+00:00")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] in ("Battles", "Violence against civilians")]
    assert len(evs) == 1, [(e["date"], e["locations"], e["evidence"][0]["text"]) for e in evs]
    assert evs[0]["date"] == "2024-06-12"
    assert any(q["kind"] == "fatalities" and q["best"] == 14 for q in evs[0]["quantities"])


def test_an_inferred_side_is_a_fighting_party_not_a_venue_or_refuge(extract_text):
    rec = extract_text("Malian troops clashed with insurgents near Gao on Monday, months after a deal signed in "
                       "Algiers and long after the leaders fled to Niger and Algeria.", published="2023-03-08")
    evs = _events(rec)
    assert evs, evs
    names = {a["name"] for e in evs for a in e["actors"]}
    assert not any("Algeria" in n or "Niger" in n for n in names), names


def test_a_state_force_without_a_country_takes_the_one_country_of_a_domestic_war(extract_text):
    rec = extract_text("Federal forces clashed with militia fighters near Gondar in Amhara on Monday.",
                       published="2023-03-08")
    evs = _events(rec)
    assert any(a["country"] == "ETH" and a["sector"] == "MIL" for e in evs for a in e["actors"]), evs
