"""Actors, session 14 (h6): initials an article defines outweigh the dictionary's group of the same letters; the
members of a body are of its country; a named state force unit in a one-country story; self-defence groups in
British spelling; a country tagged as an organisation no longer hides the story's country. Sentences are made up."""
from conftest import mentions_by_text


def test_initials_defined_in_the_text_beat_the_dictionary(nlp):
    found = mentions_by_text(nlp, "Fighters of the so-called Ambazonia Defence Forces (ADF) raided a checkpoint near "
                                  "Kumba in Cameroon. The ADF later said it had seized weapons.")
    m = found["The ADF"]
    assert (m.country, m.sector) == ("CMR", "REB"), found


def test_dictionary_initials_without_a_definition_keep_their_group(nlp):
    found = mentions_by_text(nlp, "ADF rebels killed twelve farmers near Beni in Congo on Sunday.")
    assert found["ADF rebels"].country == "COD", found


def test_members_of_a_named_unit_in_a_one_country_story(nlp):
    found = mentions_by_text(nlp, "Members of the Rapid Response Unit (RRU) fired tear gas at marchers in Maputo and "
                                  "Beira, Mozambique, on Friday.")
    m = next(v for k, v in found.items() if k.startswith("Members of"))
    assert (m.country, m.sector) == ("MOZ", "MIL"), found


def test_self_defence_groups_in_british_spelling_are_militias(nlp):
    from sitrep.actors import sector_of
    assert sector_of("local self-defence groups") == "MLT"
    assert sector_of("a self-defence militia") == "MLT"


def test_a_country_tagged_as_an_organisation_still_makes_a_one_country_story(nlp):
    # ("Mozambique" read as an organisation once counted as a second state beside the places in it)
    found = mentions_by_text(nlp, "Soldiers fired live ammunition at protesters in Maputo and Nampula, Mozambique, "
                                  "killing six.")
    assert found["Soldiers"].country == "MOZ", found


def test_junta_aircraft_are_the_story_countrys_military(nlp):
    found = mentions_by_text(nlp, "Junta aircraft bombed a monastery in Kanbalu township in Sagaing region on Monday. "
                                  "Residents of Kanbalu said the strike killed nine monks.")
    m = found["Junta aircraft"]
    assert (m.country, m.sector) == ("MMR", "MIL"), found


def test_a_military_post_is_the_story_countrys_military(nlp):
    found = mentions_by_text(nlp, "Separatists stormed a military post near Kumba on Sunday. Officials in Buea said "
                                  "the attackers withdrew into the forest near Kumba.")
    m = found["a military post"]
    assert (m.country, m.sector) == ("CMR", "MIL"), found


def test_a_military_council_under_another_name_is_the_military(nlp):
    from sitrep.actors import sector_of
    assert sector_of("the terrorist military council") == "MIL"


def test_bare_soldiers_in_a_story_of_several_countries_take_their_sentences_country(nlp):
    found = mentions_by_text(nlp, "Jihadists killed eleven soldiers in an ambush near Djibo in Burkina Faso on "
                                  "Sunday. In Mali, gunmen attacked troops near Gao on Monday.")
    soldiers = next(v for k, v in found.items() if k.endswith("soldiers"))
    troops = next(v for k, v in found.items() if k.lower() == "troops")
    assert soldiers.country == "BFA" and troops.country == "MLI", found


def test_bare_forces_that_act_in_a_story_of_several_countries_take_no_country_from_places(nlp):
    # ("police in Juliaca fired": where they acted, not whose they are, when the story names other states)
    found = mentions_by_text(nlp, "Did police in Juliaca fire on marchers? The clip was filmed near Cochabamba in "
                                  "Bolivia, a fact-checker said.")
    assert found["police"].country is None, found


def test_soldiers_who_fled_into_another_country_take_no_country_from_it(nlp):
    found = mentions_by_text(nlp, "Rebels overran a base in Ituri, Congo. Soldiers who fled into Uganda were disarmed.")
    soldiers = next(v for k, v in found.items() if k.startswith("Soldiers"))
    assert soldiers.country != "UGA", found
