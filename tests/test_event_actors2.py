"""Event actors and actor codes on unseen conflicts (session 11, h7): ranks held in armed groups, an armed
group's initials, "the <demonym> group", a state sought or a federal state, a national by trade, a coalition's
speaker; in events, a closing "X and Y said", the acl slip before it, places after "border with", two armed groups
of one country, and another group told on attached to an event. Sentences are made up for the tests."""
from conftest import mentions_by_text, span_mention


def _events(record):
    return record.to_json()["events"]


# ------------------------------------------------------------------------------------ actors

def test_a_rank_given_by_a_rebel_commander_is_the_rebels_not_an_army(nlp):
    ms = mentions_by_text(nlp, "Separatist fighters burned a school near Wum on Friday. A separatist commander, "
                               "who gave his name as General Tumi, said his men would keep fighting.")
    assert ms["General Tumi"].sector == "REB"
    # a rank of the state's forces stays the army's
    ms = mentions_by_text(nlp, "Troops repelled the rebels, army spokesman General Musa Bello said.")
    m = next(m for t, m in ms.items() if "Musa Bello" in t)
    assert m.sector == "MIL"


def test_an_armed_groups_initials_and_its_ranked_spokesman_are_the_groups(nlp):
    text = ("Fighters of the Northern Hills Liberation Front raided a police post near Gulu, "
            "an NHLF spokesman, Colonel Okot Ayoo, said.")
    ms = mentions_by_text(nlp, text)
    group = ms["the Northern Hills Liberation Front"]
    assert group.sector == "REB"
    assert ms["an NHLF spokesman"].sector == "REB"
    assert ms["Colonel Okot Ayoo"].sector == "REB"


def test_the_demonym_group_is_the_armed_group_named_before_not_the_state(nlp):
    m = span_mention(nlp, "Insurgents loyal to al-Shabaab raided the port. The Somali group later withdrew.",
                     "The Somali group")
    assert m is not None and (m.country, m.sector) == ("SOM", "REB")
    # with no group named before, a nationality's group is still no state
    m = span_mention(nlp, "The Lebanese group said it fired rockets.", "The Lebanese group")
    assert m is None or m.sector != "STATE"


def test_a_state_sought_and_a_federal_state_named_before_are_no_government(nlp):
    ms = mentions_by_text(nlp, "The rebels want an independent state in the hills.")
    assert "an independent state" not in ms
    ms = mentions_by_text(nlp, "Gunmen attacked a bus in the Mexican state of Sinaloa. The state has seen more "
                               "killings this year.")
    assert "The state" not in ms
    # the state speaking is its government
    ms = mentions_by_text(nlp, "Bandits raided a village in Kaduna State. The state said 12 people were abducted.")
    assert ms["The state"].sector == "GOV"


def test_a_national_by_trade_is_a_civilian_and_a_military_pilot_the_army(nlp):
    m = span_mention(nlp, "A New Zealand pilot was freed by the rebels.", "A New Zealand pilot")
    assert m is not None and (m.country, m.sector) == ("NZL", "CVL")
    m = span_mention(nlp, "A Russian fighter pilot was captured near the river.", "A Russian fighter pilot")
    assert m is not None and (m.country, m.sector) == ("RUS", "MIL")


def test_a_coalition_spokesman_speaks_for_the_coalition_named_before(extract_text):
    rec = extract_text("Yemeni rebels fired drones at Saudi-led coalition positions near Marib. A coalition "
                       "spokesman said two soldiers were hurt.", published="2024-03-05")
    claims = rec.to_json()["claims"]
    spoken = [c for c in claims if c["claimant"] and "coalition spokesman" in c["claimant"]["name"]]
    assert spoken and spoken[0]["claimant"]["country"] == "SAU"


# ------------------------------------------------------------------------------------ events

def test_a_closing_source_is_no_party_and_the_subject_the_parse_cut_off_acts(extract_text):
    rec = extract_text("Armed bandits killed 14 villagers in a night raid on a farming settlement in northwest "
                       "Nigeria, police and residents said on Wednesday.", published="2024-03-06")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Violence against civilians"]
    assert evs, _events(rec)
    a1 = [a for a in evs[0]["actors"] if a["role"] == "actor1"]
    assert a1 and a1[0]["sector"] == "UAG"
    assert not any(a["sector"] == "POL" for a in evs[0]["actors"])


def test_a_country_across_a_border_is_no_party_and_two_rebel_groups_both_stand(extract_text):
    rec = extract_text("FARC dissidents clashed with ELN rebels near the border with Venezuela in Arauca "
                       "province on Sunday, the army said.", published="2024-01-22")
    evs = [e for e in _events(rec) if e["acled"]["event_type"] == "Battles"]
    assert evs, _events(rec)
    actors = evs[0]["actors"]
    assert not any(a["country"] == "VEN" for a in actors)
    roles = {a["role"]: a for a in actors}
    assert roles["actor1"]["sector"] == "REB" and roles["actor2"]["sector"] == "REB"
    assert evs[0]["acled"]["interaction"] == "Rebel group-Rebel group"


def test_another_armed_group_told_on_is_not_attached_to_the_event(extract_text):
    rec = extract_text(
        "SHILLONG, India, May 3 (Reuters) - Suspected militants fired rockets at a hamlet in India's northeastern "
        "state of Manipur, killing two people and wounding five, police said.\n"
        "The state has been torn by ethnic violence between two communities since last year.\n"
        "Paramilitary troops were sent to the area, an official said.\n"
        "Naga groups accused Meitei armed volunteers of attacking their villages, a charge the Meitei groups "
        "rejected.\n", published="2024-05-03")
    evs = [e for e in _events(rec) if e["trigger"] == "fired"]
    assert evs, _events(rec)
    assert [a["sector"] for a in evs[0]["actors"] if a["role"] == "actor1"] == ["REB"]
    assert not any(a["sector"] == "MLT" for a in evs[0]["actors"])
