"""Actors, session 14 (h10): a state's joint operations command is its military; armed resistance to a junta by its
common names; opposition figures and migrants are people, not their state; a party named by its own name in a
one-country story is of that country; a neighbour's adjective on a border is no second state of the story, and the
border no party; a division with a direction before it and its word after it is a place; a highway is no party.
Sentences are made up."""
from conftest import mentions_by_text


def test_joint_operations_command_is_the_military(nlp):
    found = mentions_by_text(nlp, "The Joint Operations Command said on Monday that soldiers and police would patrol "
                                  "Harare and Bulawayo.")
    m = found["The Joint Operations Command"]
    assert (m.country, m.sector) == ("ZWE", "MIL"), found


def test_resistance_forces_are_rebels_not_the_army(nlp):
    found = mentions_by_text(nlp, "Myanmar's resistance forces captured a military base near Myawaddy on Thursday.")
    m = found["Myanmar's resistance forces"]
    assert (m.country, m.sector) == ("MMR", "REB"), found


def test_opposition_figures_and_migrants_are_people_not_the_state(nlp):
    found = mentions_by_text(nlp, "Two Eritrean migrants, Ali Humed and Tesfai Woldu, drowned off the coast of "
                                  "Djibouti on Saturday, the International Organization for Migration said.")
    assert found["Two Eritrean migrants"].sector == "CVL", found
    assert found["Ali Humed"].sector != "STATE", found
    from sitrep.actors import sector_of
    assert sector_of("two opposition figures") == "CVL"


def test_party_by_its_own_name_in_a_one_country_story(nlp):
    found = mentions_by_text(nlp, "Members of the Inkatha Freedom Party marched through Durban and Pietermaritzburg "
                                  "on Saturday.")
    m = found["Members of the Inkatha Freedom Party"]
    assert (m.country, m.sector) == ("ZAF", "CVL"), found


def test_neighbours_border_is_no_second_state_of_the_story(nlp):
    found = mentions_by_text(nlp, "Ethnic armed groups seized a military base near Lashio, close to the Chinese "
                                  "border, on Friday. Residents of Lashio said fighting continued in northern Shan "
                                  "State on Saturday.")
    assert found["a military base"].country == "MMR", found
    assert "the Chinese border" not in found, found
    assert "northern Shan State" not in found, found  # a place, not a government


def test_a_highway_is_no_party(nlp):
    found = mentions_by_text(nlp, "Youths blocked the Jos-Abuja highway in protest on Tuesday, Nigerian police in "
                                  "Jos said.")
    assert "the Jos-Abuja highway" not in found, found


def test_a_facility_named_after_a_people_gives_no_nationality(nlp):
    found = mentions_by_text(nlp, "Mohamed Osman, a doctor at the Saudi Hospital in El Fasher, said the wounded "
                                  "included children.")
    m = found["Mohamed Osman"]
    assert (m.country, m.sector) == (None, "CVL"), found
    assert "the Saudi Hospital" not in found, found
