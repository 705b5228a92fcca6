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
