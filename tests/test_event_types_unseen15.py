"""Event types and parties on invented articles (session 23, h6): a death in a force's custody is that force's
attack on the one held (and no event where no holder is named); where a march went is no party of the arrests made
at it ("Congress" alone is the legislature of the story's country, not the US one); followers of rival parties
fighting each other riot (mob violence); a protest whose crowd the police met with tear gas in the joined clause is
one with intervention; "Protesters" tagged as a name after a dateline still protest; gunmen firing on a police
patrol fight the state (a battle), and the article's two states do not make either one's army a side of it.
Sentences are made up."""


def _events(extract_text, text, published="2026-10-07"):
    return extract_text(text, published=published).to_json()["events"]


def _types(events):
    return [(e["acled"]["event_type"], e["acled"]["sub_event_type"]) for e in events]


def _sides(event, role):
    return [(a["name"], a["country"], a["sector"]) for a in event["actors"] if a["role"] == role]


def test_a_death_in_police_custody_is_the_polices_attack(extract_text):
    [event] = _events(extract_text, "JUBA - A detainee died in police custody in Bor on Sunday, his family said.")
    assert _types([event]) == [("Violence against civilians", "Attack")], event
    assert [s for _, _, s in _sides(event, "actor1")] == ["POL"], event["actors"]
    assert [s for _, _, s in _sides(event, "actor2")] == ["CVL"], event["actors"]


def test_a_death_in_the_custody_of_the_army_names_the_army(extract_text):
    [event] = _events(extract_text, "N'DJAMENA - The opposition said one of its members had died in the custody of "
                                    "the army in Abeche.")
    assert _sides(event, "actor1") == [("the army", "TCD", "MIL")], event["actors"]


def test_a_death_in_custody_with_no_holder_named_is_no_event(extract_text):
    assert _events(extract_text, "A rights group said 12 inmates had died in custody in Kasese this year.") == []


def test_where_a_march_went_is_no_party_of_the_arrests(extract_text):
    [event] = _events(extract_text, "LIMA - Dozens of people were detained in Lima during a march to Congress, the "
                                    "interior ministry said.")
    assert _types([event]) == [("Strategic developments", "Arrests")], event
    assert not any(a["name"] == "Congress" for a in event["actors"]), event["actors"]
    assert all(a["country"] in (None, "PER") for a in event["actors"]), event["actors"]


def test_the_us_congress_named_so_stays_american(extract_text):
    record = extract_text("WASHINGTON - Protesters marched to the US Congress on Tuesday and were arrested by "
                          "Capitol police.", published="2026-10-07").to_json()
    assert not any(a["name"] == "Congress" and a["country"] != "USA" for e in record["events"]
                   for a in e["actors"]), record["events"]


def test_rival_party_supporters_clashing_is_mob_violence(extract_text):
    [event] = _events(extract_text, "DHAKA - Supporters of the two parties clashed in Gopalganj on Thursday, police "
                                    "said.")
    assert _types([event]) == [("Riots", "Mob violence")], event
    assert {s for _, _, s in _sides(event, "actor1")} == {"RIO"}, event["actors"]


def test_party_supporters_clashing_with_police_still_riot_as_a_demonstration(extract_text):
    [event] = _events(extract_text, "Supporters of the opposition clashed with police in Gopalganj on Thursday.")
    assert _types([event]) == [("Riots", "Violent demonstration")], event


def test_armed_party_supporters_are_no_mob(extract_text):
    events = _events(extract_text, "Armed supporters of the two parties clashed in Gopalganj on Thursday.")
    assert ("Riots", "Mob violence") not in _types(events), events


def test_tear_gas_in_the_joined_clause_is_an_intervention(extract_text):
    [event] = _events(extract_text, "Protesters blocked the highway in Junín on Monday, and police fired tear gas to "
                                    "clear the roadblocks.")
    assert _types([event]) == [("Protests", "Protest with intervention")], event
    assert [s for _, _, s in _sides(event, "actor2")] == ["POL"], event["actors"]


def test_troops_deployed_in_the_joined_clause_are_no_intervention(extract_text):
    events = _events(extract_text, "Farmers blocked roads in Junín on Monday, and troops were deployed to the "
                                   "region.")
    assert ("Protests", "Peaceful protest") in _types(events), events


def test_protesters_after_a_dateline_still_protest(extract_text):
    events = _events(extract_text, "LIMA - Protesters blocked the highway in Junín on Monday.")
    assert _types(events) == [("Protests", "Peaceful protest")], events


def test_gunmen_firing_on_a_police_patrol_fight_the_state(extract_text):
    text = ("PRISTINA - A Kosovo police officer was wounded when unknown gunmen opened fire on a patrol near Zvecan "
            "on Thursday, the police said.\n\nSerbia's president accused Pristina of persecuting Serbs.")
    [event] = _events(extract_text, text)
    assert _types([event]) == [("Battles", "Armed clash")], event
    assert [c for _, c, _ in _sides(event, "actor2")] == ["XKX"], event["actors"]


def test_the_attackers_of_a_repulsed_attack_are_the_other_side(extract_text):
    [event] = _events(extract_text, "JUBA - Soldiers repulsed an attack by fighters of the National Salvation Front "
                                    "on a barracks in Yei, killing five of them.")
    assert _sides(event, "actor2") == [("fighters of the National Salvation Front", "SSD", "REB")], event["actors"]


def test_the_army_fought_over_days_before_a_town_fell_is_its_other_side(extract_text):
    [event] = _events(extract_text, "GOMA - M23 rebels seized the town of Masisi on Sunday after two days of heavy "
                                    "fighting with the Congolese army, residents said.")
    assert _types([event]) == [("Battles", "Non-state actor overtakes territory")], event
    assert _sides(event, "actor2") == [("the Congolese army", "COD", "MIL")], event["actors"]


def test_peacekeepers_serving_with_a_un_mission_are_the_missions(extract_text):
    [event] = _events(extract_text, "BANGUI - Two peacekeepers serving with MINUSCA were killed when their convoy hit "
                                    "an improvised explosive device near Bocaranga.")
    assert _sides(event, "actor2") == [("peacekeepers", None, "IGO")], event["actors"]
    assert event["acled"]["interaction"].endswith("External/Other forces"), event["acled"]


def test_many_such_raids_are_a_count_over_time_not_a_raid(extract_text):
    assert _events(extract_text, "Pibor has seen many such raids since January.") == []
    events = _events(extract_text, "Gunmen carried out two such raids in Pibor on Monday, killing four.")
    assert len(events) == 1, events


def test_the_troops_a_force_deploys_are_its_own(extract_text):
    [event] = _events(extract_text, "PRISTINA - KFOR, the NATO-led peacekeeping force, deployed troops to the bridge "
                                    "in Mitrovica on Thursday.")
    assert _types([event]) == [("Strategic developments", "Change to group/activity")], event
    assert [(a["name"], a["country"], a["sector"]) for a in event["actors"]] == [("KFOR", None, "IGO")], \
        event["actors"]


def test_troops_deployed_with_no_one_sending_them_stay_the_party(extract_text):
    [event] = _events(extract_text, "Troops were deployed to Gopalganj on Friday after the clashes.")
    assert [a["sector"] for a in event["actors"]] == ["MIL"], event["actors"]
