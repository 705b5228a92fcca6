"""Actors, session 13 (h8): a state's forces named by a common noun alone take the country the story is told in,
unless the story names another state; a mention never starts with the verb or the resultative state that governs
it. Sentences are made up for the tests."""
from conftest import mentions_by_text


# ------------------------------------------------------------------------------ bare forces: the story's country

def test_bare_troops_take_the_country_all_places_lie_in(nlp):
    found = mentions_by_text(nlp, "Gunmen raided the village of Tungan Kudu in Katsina state on Friday. "
                                  "Troops later freed nine of the hostages, police said.")
    assert found["Troops"].country == "NGA" and found["Troops"].sector == "MIL", found
    assert found["police"].country == "NGA", found


def test_the_army_in_a_story_whose_refuge_lies_abroad(nlp):
    found = mentions_by_text(nlp, "Rebels seized the town of Walikale in North Kivu province on Monday. Hundreds "
                                  "of families fled across the border into Uganda. The army said it would retake "
                                  "the town.")
    assert found["The army"].country == "COD", found


def test_bare_forces_stay_without_country_when_another_state_is_named(nlp):
    found = mentions_by_text(nlp, "Soldiers shelled positions near Pokrovsk in the Donetsk region on Sunday. "
                                  "Russian officials said the army had advanced.")
    assert found["Soldiers"].country is None, found


def test_bare_forces_stay_without_country_when_places_lie_in_two_countries(nlp):
    found = mentions_by_text(nlp, "Police dispersed marchers in Lahore and in Kandahar on Saturday.")
    assert found["Police"].country is None, found


def test_bare_forces_stay_without_country_when_another_states_forces_are_named(nlp):
    # the story's places all lie in Lebanon, but "the IDF" names Israel's army: "the army" may be either
    found = mentions_by_text(nlp, "The IDF struck a vehicle near Tyre on Tuesday, killing a Hezbollah commander. "
                                  "Residents of Tyre said two bystanders were wounded. The army said the strike "
                                  "was its third near Tyre this week.")
    assert found["The army"].country is None, found


def test_a_country_taken_from_the_story_is_marked_inferred(nlp):
    found = mentions_by_text(nlp, "Gunmen raided the village of Tungan Kudu in Katsina state on Friday. "
                                  "Troops later freed nine of the hostages in Katsina, police said.")
    assert found["Troops"].inferred and not found["Katsina state"].inferred if "Katsina state" in found else \
        found["Troops"].inferred


# ------------------------------------------------------------------------------ no verb at a mention's start

def test_a_mention_does_not_start_with_a_resultative_state(nlp):
    found = mentions_by_text(nlp, "Militants shot dead six Pakistani soldiers in Kurram on Sunday. Separatist "
                                  "fighters shot dead two Indonesian police officers in Puncak regency on Friday.")
    assert found["six Pakistani soldiers"].country == "PAK", found
    assert found["two Indonesian police officers"].sector == "POL", found
    assert not any(k.lower().startswith("dead") for k in found), found
