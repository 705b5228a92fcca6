"""Event types on invented articles (session 21, h6): burning homes that kills the people inside is an attack on
them, one event with the houses, the dead and the hour the next sentence tells; a force's "neutralised" militants
told after its strike are that strike's toll. Sentences are made up."""


def test_arson_that_kills_is_an_attack_not_property_destruction(extract_text):
    record = extract_text(
        "JOS, November 20 - Armed men set fire to more than 40 houses in the village of Kwall Dutse in Bassa local "
        "government area of Plateau State on Wednesday night, killing 14 residents who were trapped inside, police "
        "said on Thursday.\nA police spokesman said the attackers arrived on motorcycles at about 10 pm and burned "
        "the homes before fleeing towards the hills.", published="2026-11-20").to_json()
    [event] = record["events"]
    assert (event["acled"]["event_type"], event["acled"]["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert {q["kind"]: q["best"] for q in event["quantities"]} == {"property": 40, "fatalities": 14}
    assert [a["sector"] for a in event["actors"] if a["role"] == "actor2"] == ["CVL"]
    assert event["time"] == "22:00"


def test_burning_with_no_one_killed_stays_property_destruction(extract_text):
    record = extract_text("Armed men set fire to more than 40 houses in the village of Kwall Dutse in Plateau State "
                          "on Wednesday night, police said.", published="2026-11-20").to_json()
    assert [e["acled"]["sub_event_type"] for e in record["events"]] == ["Looting/property destruction"]


def test_a_rioting_mob_that_burns_and_kills_stays_a_riot(extract_text):
    record = extract_text("An angry mob set fire to a police outpost in Sreemangal on Monday evening, killing a "
                          "constable, officials said.", published="2026-11-24").to_json()
    assert "Attack" not in [e["acled"]["sub_event_type"] for e in record["events"]], record["events"]


def test_militants_neutralised_in_the_operation_are_the_strikes_toll(extract_text):
    record = extract_text(
        "Turkish warplanes destroyed a shelter used by the PKK near the village of Sidakan Kani in the Duhok province "
        "of northern Iraq on Thursday, the Turkish Defence Ministry said.\nFour militants were neutralised in the "
        "operation, the ministry said in a statement on Friday.", published="2026-11-21").to_json()
    [event] = record["events"]
    assert event["acled"]["sub_event_type"] == "Air/drone strike" and event["date"] == "2026-11-19"
    assert [(q["kind"], q["best"]) for q in event["quantities"]] == [("fatalities", 4)]


def test_a_constable_killed_when_rioters_torched_the_post_is_the_riots_toll(extract_text):
    record = extract_text("An angry mob set fire to a police outpost in Sreemangal upazila of Moulvibazar district on "
                          "Monday evening, officials said.\nA police constable died of burns and four others were "
                          "injured when the building was torched, police said.", published="2026-11-24").to_json()
    [event] = record["events"]
    assert event["acled"]["sub_event_type"] == "Violent demonstration"
    assert {q["kind"]: q["best"] for q in event["quantities"]} == {"fatalities": 1, "injuries": 4}


def test_houses_burned_with_no_one_named_after_an_attack_are_part_of_it(extract_text):
    record = extract_text("Armed men attacked the village of Kwall Dutse in Plateau State on Wednesday night, killing "
                          "14 residents.\nDozens of houses were burned, police said.", published="2026-11-20").to_json()
    [event] = record["events"]
    assert event["acled"]["sub_event_type"] == "Attack"
    assert sorted(q["kind"] for q in event["quantities"]) == ["fatalities", "property"]


def test_looting_told_as_separate_stays_its_own_event(extract_text):
    record = extract_text("Soldiers clashed with rebels near Goma on Monday, killing six.\nIn a separate incident, "
                          "shops were looted in Bukavu on Monday.", published="2026-11-24").to_json()
    assert [e["acled"]["sub_event_type"] for e in record["events"]] == ["Armed clash", "Looting/property destruction"]
