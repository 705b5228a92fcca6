"""Event types, parties and places on invented articles (session 22, h6): a mine that kills is a remote explosive;
"set ablaze"/"alight" burns; a bare town seized is territory taken; a rebel raid that kills an unarmed man with no
armed side against it is an attack; a fight named after a withdrawal is a battle of its own; captives freed are no
side of the fight; where a party came from is not where it acted; the attackers named again are no second side; a
sentence opening on "The jet" retells the strike just told; a story filed from a capital whose army fights a
foreign armed group is placed in that country. Sentences are made up."""


def _events(extract_text, text, published="2026-11-22"):
    return extract_text(text, published=published).to_json()["events"]


def _types(events):
    return [(e["acled"]["event_type"], e["acled"]["sub_event_type"]) for e in events]


def test_a_mine_that_kills_is_a_remote_explosive(extract_text):
    events = _events(extract_text, "A landmine killed two herders near Bol on Sunday, a local chief said.")
    assert _types(events) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")], events


def test_a_drone_as_the_killers_subject_is_a_drone_strike(extract_text):
    events = _events(extract_text, "A drone killed four fighters near Kidal on Monday, the army said.")
    assert _types(events) == [("Explosions/Remote violence", "Air/drone strike")], events


def test_set_ablaze_by_gunmen_is_property_destruction(extract_text):
    events = _events(extract_text, "Gunmen set ablaze a health centre in Ndop on Saturday night, residents said.")
    assert _types(events) == [("Strategic developments", "Looting/property destruction")], events
    events = _events(extract_text, "Separatist fighters set the council office alight in Batibo on Monday.")
    assert _types(events) == [("Strategic developments", "Looting/property destruction")], events


def test_rioters_who_set_a_building_ablaze_riot(extract_text):
    events = _events(extract_text, "Rioters set a police post ablaze in Kumba on Tuesday.")
    assert _types(events) == [("Riots", "Violent demonstration")], events


def test_a_town_seized_by_name_is_territory_taken(extract_text):
    events = _events(extract_text, "GOMA - M23 rebels captured Sake on Sunday, a Congolese army officer said.")
    assert _types(events) == [("Battles", "Non-state actor overtakes territory")], events
    assert [loc["name"] for loc in events[0]["locations"]] == ["Sake"], events[0]["locations"]


def test_a_town_named_as_no_object_of_the_taking_is_no_territory(extract_text):
    events = _events(extract_text, "Police seized 40 kilograms of cannabis in Sake on Sunday, a Congolese officer "
                                   "said.")
    assert not any(t[1].endswith("territory") for t in _types(events)), events


def test_a_rebel_raid_that_kills_a_village_chief_is_an_attack(extract_text):
    events = _events(extract_text, "Fighters of the 3R armed group attacked the village of Bohong in Ouham-Pendé "
                                   "on Tuesday, burning some 30 huts and killing a village chief, local sources "
                                   "said.")
    assert _types(events) == [("Violence against civilians", "Attack")], events


def test_a_fight_named_after_a_withdrawal_is_a_battle_with_both_sides(extract_text):
    events = _events(extract_text, "BANGUI - A MINUSCA spokesman said 3R fighters withdrew from Ngaoundaye on "
                                   "Friday after an exchange of fire with peacekeepers, in which two peacekeepers "
                                   "were wounded.")
    [battle] = [e for e in events if e["acled"]["event_type"] == "Battles"]
    assert battle["acled"]["sub_event_type"] == "Armed clash", battle
    assert [a["sector"] for a in battle["actors"] if a["role"] == "actor1"] == ["REB"], battle["actors"]
    assert [q["best"] for q in battle["quantities"] if q["kind"] == "injuries"] == [2], battle["quantities"]


def test_captives_freed_after_a_gunfight_are_no_side_of_it(extract_text):
    events = _events(extract_text, "Gunmen abducted nine pupils from a school in Ndu on Monday. The governor said "
                                   "soldiers freed five of the pupils on Wednesday after a gunfight in which two "
                                   "kidnappers were killed.", published="2026-11-26")
    [battle] = [e for e in events if e["acled"]["event_type"] == "Battles"]
    assert [(a["sector"], a["role"]) for a in battle["actors"] if a["role"] == "actor1"] == [("MIL", "actor1")], \
        battle["actors"]


def test_where_the_raiders_came_from_is_not_where_they_raided(extract_text):
    events = _events(extract_text, "JUBA - Armed youth from Warrap State raided cattle camps near Rumbek on "
                                   "Thursday, killing 14 people, officials said.")
    [attack] = events
    assert [loc["name"] for loc in attack["locations"]] == ["Rumbek"], attack["locations"]


def test_the_attackers_named_again_are_no_second_side(extract_text):
    events = _events(extract_text, "ISWAP fighters attacked an army base in Monguno on Sunday night, killing four "
                                   "soldiers. The troops repelled the assault and killed 20 assailants, the army "
                                   "said.", published="2026-11-23")
    [battle] = events
    assert not any(a["name"] == "assailants" for a in battle["actors"]), battle["actors"]


def test_a_sentence_opening_on_the_jet_retells_the_strike(extract_text):
    events = _events(extract_text, "A junta air strike killed at least eight civilians in Tabayin township, Sagaing "
                                   "region, on Thursday, residents said.\n\nThe jet bombed a monastery at around "
                                   "11 a.m., destroying two buildings, a resident said.", published="2026-11-21")
    assert _types(events) == [("Explosions/Remote violence", "Air/drone strike")], events
    assert events[0]["time"] == "11:00", events[0]


def test_another_strike_told_next_stays_apart(extract_text):
    events = _events(extract_text, "A junta air strike killed at least eight civilians in Tabayin township, Sagaing "
                                   "region, on Thursday, residents said.\n\nThe jet also bombed a monastery in "
                                   "Kanbalu township at around 11 a.m., killing three monks, a resident said.",
                     published="2026-11-21")
    assert len(events) == 2, events


def test_a_story_filed_from_the_capital_of_the_army_that_fought_is_placed_in_its_country(extract_text):
    events = _events(extract_text, "N'DJAMENA - Boko Haram fighters attacked a Chadian army post in Lake Chad on "
                                   "Sunday, the army said.\n\nIn a separate incident, a mine killed two fishermen on "
                                   "Monday, a local official said.", published="2026-11-24")
    [mine] = [e for e in events if e["acled"]["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert [loc["country"] for loc in mine["locations"]] == ["TD"], mine["locations"]
