"""Actors, session 12 (h8): foreign state forces coded as external forces in the event's country; mentions kept on
one line; civil titles with "general" in them; bare "Maoists" of the story's country; armed groups named in French,
Spanish and Portuguese, with or without accents; rangers, smugglers and Kurdish Iranian opposition groups.
Sentences are made up for the tests."""
from sitrep.actors import named_group, sector_of
from conftest import mentions_by_text, span_mention


def _events(record):
    return record.to_json()["events"]


# ------------------------------------------------------------------------------ foreign forces: external (8)

def test_a_states_forces_in_another_country_are_external_forces_and_at_home_state_forces(extract_text):
    abroad = _events(extract_text("Israeli jets struck a village near Nabatieh in southern Lebanon on Tuesday, "
                                  "killing three civilians, the health ministry said.", published="2024-05-08"))
    strike = [e for e in abroad if e["acled"]["event_type"] == "Explosions/Remote violence"]
    assert strike and strike[0]["acled"]["interaction_code"] == 78, abroad
    home = _events(extract_text("Rwandan troops attacked insurgents near Nyagatare in eastern Rwanda on Thursday, "
                                "killing six insurgents, the army said.", published="2024-05-10"))
    clash = [e for e in home if e["acled"]["event_type"] == "Battles"]
    assert clash and clash[0]["acled"]["interaction_code"] == 12, home


# ------------------------------------------------------------------------------ a mention stays on its line

def test_a_mention_never_runs_over_a_line_break_but_a_name_runs_over_a_wrapped_line(nlp):
    text = "Officials met the delegation from Ankara\nThe Syrian Democratic Forces said they shelled a post."
    found = mentions_by_text(nlp, text)
    assert not [t for t in found if "\n" in t], found
    assert (found["The Syrian Democratic Forces"].country, found["The Syrian Democratic Forces"].sector) == \
        ("SYR", "REB")
    blank = span_mention(nlp, "The minister spoke in Ankara\n\nQuestion: The Kurdish militants said they shelled "
                              "a post.", "Ankara\n\nQuestion: The Kurdish militants")
    assert blank is not None and "\n" not in blank.text and blank.sector == "REB"
    # a text wrapped at a fixed width: its single line breaks are spaces inside a name
    wrapped = ("Fighters of the rebel alliance attacked an army convoy near the town of Kidal\n"
               "on Sunday and said in a statement that units of the Syrian Democratic\n"
               "Forces had taken control of two positions, while the army said it had\n"
               "repelled the attack and that the rebels had lost many men in the fighting.\n")
    m = span_mention(nlp, wrapped, "the Syrian Democratic\nForces")
    assert m is not None and (m.country, m.sector) == ("SYR", "REB")


# ------------------------------------------------------------------------------ "general" in a civil title

def test_general_in_a_civil_title_is_no_military_rank(nlp):
    for title in ("general secretary", "secretary general", "director general", "consul general",
                  "governor general", "attorney general", "inspector general"):
        assert sector_of(f"the party's {title} said") != "MIL", title
    assert sector_of("the consul general said") == "GOV"
    assert sector_of("a major general said") == "MIL" and sector_of("the general said") == "MIL"
    m = span_mention(nlp, "The party's general secretary said the vote was rigged.", "The party's general secretary")
    assert m is None or m.sector != "MIL"


# ------------------------------------------------------------------------------ bare Maoists

def test_bare_maoists_are_an_armed_group_of_the_storys_country(nlp):
    india = mentions_by_text(nlp, "Maoists killed two villagers in Bijapur district of Chhattisgarh on Friday, "
                                  "police said. The Maoist committee of the area claimed the killings.")
    assert (india["Maoists"].country, india["Maoists"].sector) == ("IND", "REB")
    assert (india["The Maoist committee"].country, india["The Maoist committee"].sector) == ("IND", "REB")
    phl = mentions_by_text(nlp, "Maoists attacked an army detachment in Samar province in the central Philippines on "
                                "Sunday, the military said.")
    assert (phl["Maoists"].country, phl["Maoists"].sector) == ("PHL", "REB")
    assert named_group("the CPI (Maoist) said") == ("IND", "REB")


# ------------------------------------------------------------------------------ names in French, Spanish, Portuguese

def test_armed_groups_named_in_french_spanish_and_portuguese_with_or_without_accents(nlp):
    for text in ("the Front de Libération de l'Azawad said", "the Front de Liberation de l\u2019Azawad said",
                 "FRONT DE LIBERATION DE L'AZAWAD"):
        assert named_group(text) == ("MLI", "REB"), text
    assert named_group("fighters of the Mouvement du 23 mars") == ("COD", "REB")
    assert named_group("the Frente Jaime Martinez attacked") == ("COL", "REB")
    assert named_group("the Cartel de Jalisco Nueva Generacion") == ("MEX", "MLT")
    assert named_group("the Frente para a Libertacao do Enclave de Cabinda") == ("AGO", "REB")
    assert named_group("Fla units") is None  # an acronym in capitals matches only in capitals
    m = span_mention(nlp, "Fighters of the Front de Liberation de l'Azawad attacked an army post near Kidal.",
                     "Fighters of the Front de Liberation de l'Azawad")
    assert m is not None and (m.country, m.sector) == ("MLI", "REB")


# ------------------------------------------------------------------------------ rangers, smugglers, opposition

def test_rangers_smugglers_and_kurdish_iranian_opposition_groups(nlp):
    found = mentions_by_text(nlp, "Suspected insurgents shot dead two rangers in Narathiwat province on Tuesday. "
                                  "Border guards clashed with smugglers near the frontier on Monday.")
    assert found["two rangers"].sector == "MIL"
    assert found["smugglers"].sector == sector_of("a criminal group") == "MLT"
    assert sector_of("two park rangers") != "MIL"
    kurds = span_mention(nlp, "Revolutionary Guards fired missiles at the bases of Kurdish Iranian opposition "
                              "groups in northern Iraq.", "Kurdish Iranian opposition groups")
    assert kurds is not None and (kurds.country, kurds.sector) == ("IRN", "REB")


def test_a_weapons_maker_is_not_the_force_that_uses_it(nlp):
    m = span_mention(nlp, "The junta's forces used Turkish-made drones to strike a market near Timbuktu.",
                     "Turkish-made drones")
    assert m is not None and m.sector == "MIL" and m.country != "TUR"
    m = span_mention(nlp, "Turkish drones struck a village near Kobani.", "Turkish drones")
    assert m is not None and (m.country, m.sector) == ("TUR", "MIL")

