"""Actors, session 12 (h5): unseen conflicts and outlets. Parties, minorities and communities named by another
state's people; unidentified armed groups in ACLED's interaction codes; private military companies; Venezuela's
colectivos; merchant ships as civilian targets; countries along a border or owning a place as ground, not parties;
two coordinated parties kept apart. Sentences are made up for the tests."""
from sitrep import codebooks
from conftest import mentions_by_text, span_mention


def _events(record):
    return record.to_json()["events"]


# ------------------------------------------------------------------------------------ unidentified armed groups

def test_an_unidentified_armed_group_has_an_acled_actor_type():
    # ACLED codes gunmen and bandits as a political militia of the event's country (3), so an attack of theirs on
    # civilians is 37, not "Civilians only"
    assert codebooks.actor_type("UAG") == 3
    assert codebooks.interaction_code("UAG", "TCD", "CVL", "TCD")[0] == 37
    assert codebooks.interaction_code("MIL", "TCD", "UAG", "TCD")[0] == 13


def test_bandits_killing_villagers_is_coded_militia_against_civilians(extract_text):
    rec = extract_text("Bandits killed nine herders and stole their camels near Abeche, local officials said "
                       "on Friday.", published="2024-04-05")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Violence against civilians"]
    assert evs, _events(rec)
    assert evs[0]["acled"]["interaction_code"] == 37


# ------------------------------------------------------------------------------------ a people's party abroad

def test_an_ethnic_party_placed_in_another_country_is_of_that_country(nlp):
    m = span_mention(nlp, "An ethnic Hungarian party in Romania said two of its members were beaten.",
                     "An ethnic Hungarian party")
    assert m is not None and m.country == "ROU" and m.sector != "STATE"


def test_a_national_party_in_a_story_filed_from_another_country_is_of_that_country(nlp):
    text = "PRISTINA, May 2 (Reuters) - Police arrested four members of the Serbian List party on Monday."
    m = span_mention(nlp, text, "four members of the Serbian List party")
    assert m is not None and (m.country, m.sector) == ("XKX", "CVL")


def test_party_members_arrested_by_police_are_civilians_not_state_forces(extract_text):
    rec = extract_text("PRISTINA, May 2 (Reuters) - Kosovo police arrested four members of the Serbian List party "
                       "in Leposavic on Monday.", published="2024-05-02")
    evs = [e for e in _events(rec) if e["acled"]["sub_event_type"] == "Arrests"]
    assert evs, _events(rec)
    assert evs[0]["acled"]["interaction_code"] == 17


def test_a_community_leader_of_a_people_is_a_civilian(nlp):
    m = span_mention(nlp, "SARAJEVO - Police in Zvornik detained a Bosniak community leader on Tuesday.",
                     "a Bosniak community leader")
    assert m is not None and (m.country, m.sector) == ("BIH", "CVL")


def test_a_state_adjective_on_a_people_and_a_ruling_party_keep_their_state(nlp):
    # "an Iranian Kurdish party" is Iran's Kurds' party wherever it is based (claims-eval convention)
    m = span_mention(nlp, "An Iranian Kurdish opposition party based in Iraq said one of its fighters died.",
                     "An Iranian Kurdish opposition party")
    assert m is not None and m.country == "IRN"
    # a ruling party is its own state's, whatever the story's dateline
    m = span_mention(nlp, "PRISTINA - The Serbian ruling party said Belgrade would respond.",
                     "The Serbian ruling party")
    assert m is not None and m.country == "SRB"
    # a party by a state's adjective alone, neither placed nor named by it, is that state's
    m = span_mention(nlp, "KYIV - Drones hit Odesa, and the Belarusian party Belaya Rus praised the strike.",
                     "the Belarusian party")
    assert m is not None and m.country == "BLR"


# ------------------------------------------------------------------------------------ named armed groups

def test_wagner_and_the_africa_corps_are_external_forces_not_militias(nlp):
    m = span_mention(nlp, "Wagner fighters raided a gold mine near Bria.", "Wagner fighters")
    assert m is not None and (m.country, m.sector) == ("RUS", "PMC")
    m = span_mention(nlp, "Africa Corps troops patrolled the road to Gao.", "Africa Corps troops")
    assert m is not None and (m.country, m.sector) == ("RUS", "PMC")
    assert codebooks.interaction_code("PMC", "RUS", "CVL", "CAF")[0] == 78


def test_colectivos_are_a_militia(nlp):
    m = span_mention(nlp, "Armed colectivos fired at students in Merida on Tuesday.", "Armed colectivos")
    assert m is not None and m.sector == "MLT"


def test_a_merchant_ship_is_a_civilian_target_not_its_owners_state(nlp):
    m = span_mention(nlp, "Houthi rebels fired a drone at a Maltese-owned bulk carrier in the Red Sea.",
                     "a Maltese-owned bulk carrier")
    assert m is not None and m.sector == "CVL"


# ------------------------------------------------------------------------------------ ground, not parties

def test_a_country_a_border_runs_along_is_ground_long_name_included(nlp):
    found = mentions_by_text(nlp, "Rebels attacked an army post near the border with the Central African Republic.")
    assert not any("Central African Republic" in t or t == "Republic" for t in found), found
    found = mentions_by_text(nlp, "Gunmen attacked a police station near the border with Chad.")
    assert "Chad" not in found, found


def test_a_country_owning_the_place_where_it_happened_is_ground(nlp):
    found = mentions_by_text(nlp, "Two soldiers were killed in a clash in Myanmar's Chin state on Sunday.")
    assert "Myanmar" not in found and "Myanmar's" not in found, found


# ------------------------------------------------------------------------------------ coordinated parties

def test_coordinated_parties_are_not_one_phrase(nlp):
    found = mentions_by_text(nlp, "Ugandan police and members of the Imbonerakure detained five traders in Kampala.")
    assert not any(" and members" in t for t in found), found
    found = mentions_by_text(nlp, "Mercenaries of the Wagner Group and Malian troops killed nine herders.")
    assert not any("Wagner Group and" in t for t in found), found
    assert any("Wagner" in t and m.sector == "PMC" for t, m in found.items()), found


def test_the_peoples_name_inside_an_ethnic_phrase_goes_where_its_phrase_goes(nlp):
    found = mentions_by_text(nlp, "SKOPJE - An ethnic Bulgarian militia attacked a police station near Kumanovo.")
    assert found["An ethnic Bulgarian militia"].country == "MKD", found
    # the bare people's name is no second party of another state
    assert found.get("Bulgarian") is None or found["Bulgarian"].country == "MKD", found


# ------------------------------------------------------------------------------------ international bodies

def test_a_mission_named_after_the_body_that_leads_it_is_international(nlp):
    m = span_mention(nlp, "NATO-led KFOR soldiers blocked the bridge in Mitrovica.", "NATO-led KFOR soldiers")
    assert m is not None and m.igo and m.sector == "IGO"
    # a force an organisation only backs stays no international body
    m = span_mention(nlp, "UN-backed forces retook the port on Monday.", "UN-backed forces")
    assert m is not None and not m.igo


def test_a_name_after_the_place_noun_it_names_is_no_person(nlp):
    found = mentions_by_text(nlp, "Refugees in the camp of Moussa Kalla protested against ration cuts.")
    assert "Moussa Kalla" not in found, found


def test_troops_of_an_international_mission_are_the_missions(nlp):
    m = span_mention(nlp, "Peacekeepers of the UN mission UNMISS repelled the raiders near Bor.",
                     "Peacekeepers of the UN mission UNMISS")
    assert m is not None and m.igo and m.country is None
    # soldiers of a government an organisation backs stay that government's
    m = span_mention(nlp, "Soldiers of the UN-backed government retook the port.",
                     "Soldiers of the UN-backed government")
    assert m is not None and not m.igo


def test_a_party_named_shorter_is_the_one_its_longer_phrase_names(nlp):
    found = mentions_by_text(nlp, "Fighters of Sudan's Rapid Support Forces clashed with Chadian border guards "
                                  "near Tine.")
    assert found["Fighters"].country == "SDN" and found["Fighters"].sector == "MLT", found
