"""Events on invented articles (session 24, h6): deaths at a town of their own, told beside another side's strike on
another town, are an event of their own; the other side's account of a strike told before ("denied that any
village had been bombed, saying its aircraft had struck a camp") is that strike with a second source; "Armed men on
motorcycles killed ..., officials said" keeps its attackers when the parser hangs the verb on "motorcycles"; a denial
of another kind of act leaves the events it does not answer undisputed; an activist who died in custody is no
protester met by force. Sentences are made up."""


def _events(extract_text, text, published="2026-03-05"):
    return extract_text(text, published=published).to_json()["events"]


def _sides(event, role):
    return [(a["name"], a["country"], a["sector"]) for a in event["actors"] if a["role"] == role]


def _places(event):
    return {loc["name"] for loc in event["locations"]}


def test_deaths_at_a_town_of_their_own_are_not_the_other_sides_strike(extract_text):
    events = _events(extract_text, "BEIRUT, Nov 20 (Reuters) - Israeli strikes hit the southern Lebanese town of "
                                   "Nabatieh on Wednesday, killing four people, while Hezbollah rockets struck "
                                   "Kiryat Shmona in northern Israel, wounding two, officials on both sides said.",
                     "2025-11-20")
    assert len(events) == 2, [(_places(e), e["actors"]) for e in events]
    assert all(len(_places(e)) == 1 for e in events)
    by_country = {e["locations"][0]["country"]: e for e in events}
    assert {a["country"] for a in by_country["LB"]["actors"] if a["role"] == "actor1"} == {"ISR"}
    assert {a["country"] for a in by_country["IL"]["actors"] if a["role"] == "actor1"} == {"LBN"}


def test_the_other_side_s_account_of_a_strike_is_that_strike_with_a_second_source(extract_text):
    events = _events(extract_text, "Nine civilians were killed when a junta fighter jet bombed a village in Sagaing "
                                   "Region's Ye-U Township on Sunday night, residents told reporters.\n\n"
                                   "Resistance fighters have been fighting regime troops around Indaw since March, "
                                   "the NUG said.\n\n"
                                   "The junta's information team denied that any village had been bombed, saying "
                                   "its aircraft had struck a \"terrorist training camp\".", "2025-10-22")
    strikes = [e for e in events if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e["acled"], _places(e)) for e in events]
    [strike] = strikes
    assert strike["status"] == "disputed"
    assert any("junta" in s["name"] for s in strike["sources"]), strike["sources"]
    assert any("residents" in s["name"] for s in strike["sources"]), strike["sources"]


def test_a_denied_strike_in_another_country_stays_its_own(extract_text):
    events = _events(extract_text, "Nine civilians were killed when a junta fighter jet bombed a village in Sagaing "
                                   "Region's Ye-U Township on Sunday night, residents said.\n\n"
                                   "Thailand's air force denied that its jets had bombed targets in Thailand's Tak "
                                   "province on Monday.", "2025-10-22")
    strikes = [e for e in events if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert not any("air force" in s["name"].lower() for e in strikes for s in e["sources"]
                   if "Ye-U" in " ".join(x["text"] for x in e["evidence"]))


def test_armed_men_on_motorcycles_keep_the_attack_when_the_parser_slips(extract_text):
    [event] = _events(extract_text, "OUAGADOUGOU \u2014 Armed men on motorbikes killed at least 20 villagers and "
                                    "wounded eleven others in a raid on the village of Seytenga in northern Burkina "
                                    "Faso's Seno province on Saturday night, local officials told reporters.",
                      "2025-10-14")
    assert event["acled"]["event_type"] == "Violence against civilians"
    assert [(n, s) for n, _, s in _sides(event, "actor1")] == [("Armed men", "UAG")], event["actors"]
    assert [s for _, _, s in _sides(event, "actor2")] == ["CVL"]


def test_a_denial_of_another_act_leaves_the_clash_undisputed(extract_text):
    events = _events(extract_text, "JUBA, March 4 (Reuters) - Government troops shelled the town of Nasir on Monday, "
                                   "killing nine civilians, local officials said. Clashes between the army and the "
                                   "White Army militia left 14 fighters dead near Ulang on Tuesday, a military "
                                   "spokesman said.\n\nThe opposition SPLM-IO denied that it had armed the White "
                                   "Army.")
    assert events and all(e["status"] == "reported" for e in events), [(e["trigger"], e["status"]) for e in events]


def test_a_denial_of_the_act_itself_still_disputes_it(extract_text):
    events = _events(extract_text, "BAMAKO, Feb 10 (Reuters) - A drone strike hit a wedding in the village of "
                                   "Sofara on Tuesday, killing 11 civilians, residents said.\n\nThe army denied that "
                                   "its drones had struck the wedding.")
    [strike] = [e for e in events if "Sofara" in _places(e)]
    assert strike["status"] == "disputed"


def test_an_activist_dying_in_custody_is_no_protest_met_by_force(extract_text):
    events = _events(extract_text, "HARARE, June 3 (Reuters) - An opposition activist, Tendai Moyo, who was arrested "
                                   "on Monday, died in police custody in Harare on Wednesday, his lawyer said.",
                     "2026-06-03")
    [death] = [e for e in events if e["trigger"] == "died"]
    assert (death["acled"]["event_type"], death["acled"]["sub_event_type"]) == \
        ("Violence against civilians", "Attack")
    assert [s for _, _, s in _sides(death, "actor2")] == ["CVL"], death["actors"]
