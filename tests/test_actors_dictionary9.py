"""Actors, session 13 (h12): two coordinated parties after an "of" phrase, the TPLF's forces by their region's
name, the Taliban's government, settlers in a settled territory, bare ranks in a police story, people by a
calling; and a crowd that takes to the streets is no count of abductions. Sentences are made up for the tests."""
from conftest import mentions_by_text, prepared_doc


def test_a_government_and_a_group_coordinated_are_two_parties(nlp):
    found = mentions_by_text(nlp, "The government of South Sudan and the SPLM-IO signed a truce in Juba on Monday.")
    assert not any(" and " in k for k in found), found
    assert found["The government of South Sudan"].sector == "GOV", found
    assert found["the SPLM-IO"].sector == "REB", found


def test_tigrayan_forces_are_the_rebels_of_ethiopia(nlp):
    found = mentions_by_text(nlp, "Tigrayan forces shelled the town of Alamata on Tuesday, residents said.")
    m = found["Tigrayan forces"]
    assert (m.country, m.sector) == ("ETH", "REB"), found


def test_the_taliban_government_is_the_afghan_state(nlp):
    found = mentions_by_text(nlp, "The Taliban government detained three reporters in Herat on Sunday.")
    m = found["The Taliban government"]
    assert (m.country, m.sector) == ("AFG", "GOV"), found


def test_settlers_in_the_west_bank_are_israels(nlp):
    found = mentions_by_text(nlp, "Settlers torched two cars in a village near Nablus in the West Bank on Friday.")
    m = found["Settlers"]
    assert (m.country, m.sector) == ("ISR", "MLT"), found


def test_missionaries_are_civilians(nlp):
    found = mentions_by_text(nlp, "Gunmen seized two missionaries on a road in Kogi state on Sunday.")
    assert found["two missionaries"].sector == "CVL", found


def test_bare_officers_in_a_police_story_are_police(nlp):
    found = mentions_by_text(nlp, "Officers detained nine marchers in Mombasa on Tuesday, police said.")
    assert found["Officers"].sector == "POL", found


def test_bare_officers_beside_soldiers_stay_the_armys(nlp):
    found = mentions_by_text(nlp, "Two officers died when soldiers came under fire near the base.")
    assert found["Two officers"].sector == "MIL", found


def test_taking_to_the_streets_counts_no_abductions(nlp):
    doc = prepared_doc(nlp, "Thousands of people took to the streets of Kisumu on Friday.")
    assert not [q for q in doc._.quantities if q.quantity.kind == "abducted"], doc._.quantities
    doc = prepared_doc(nlp, "Gunmen took 14 villagers to the forest on Friday.")
    assert [q.quantity.best for q in doc._.quantities if q.quantity.kind == "abducted"] == [14]


def test_jnim_by_its_name_spelled_out(nlp):
    found = mentions_by_text(nlp, "Jama'at Nusrat al-Islam wal-Muslimin raided a checkpoint near Kaya on Monday.")
    m = found["Jama'at Nusrat al-Islam wal-Muslimin"]
    assert (m.country, m.sector) == (None, "REB"), found
