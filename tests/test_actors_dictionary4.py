"""Actors, session 9: the claimant countries of speakers. A surname the tagger took for a common noun or an
organisation is found from the person's titled introduction; a country's name as a possessor is the state
whatever province or person the gazetteer or tagger made of it; civil bodies, missions several states make up
and NGOs speak for no state; bodies of the state by their common names; a title's possessor says whose speaker
it is. Sentences are made up for the tests."""
from sitrep.actors import mention_for
from sitrep.model import Document
from sitrep.pipeline import _prepare


def _span_mention(nlp, text, words, occurrence=0, prepared=False):
    """The actor mention of the `occurrence`-th place `words` stand in `text` (0: the first)."""
    doc = nlp(_prepare(nlp, Document(text=text, id="t"))) if prepared else nlp(text)
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(words, i + 1)
    return mention_for(doc, doc.char_span(i, i + len(words), alignment_mode="expand"))


# ------------------------------------------------------------------------------------ people named again

def test_transcript_turn_is_the_titled_speaker_introduced_before(nlp):
    text = ("Remarks at the weekly briefing of Chile's foreign ministry spokeswoman, Marta Quiroga:\n\n"
            "Quiroga: Our navy did not enter those waters.\n\nQuiroga: The fishing boat was warned twice.")
    m = _span_mention(nlp, text, "Quiroga", occurrence=1)
    assert m is not None and m.country == "CHL"


def test_a_title_the_parse_did_not_tie_to_the_name_still_introduces_it(nlp):
    text = ("The Peruvian army said it had shelled a camp. Ecuadorian lawmaker Rosa Endara rejected that account. "
            "Endara said the camp held farmers.")
    m = _span_mention(nlp, text, "Endara", occurrence=1)
    assert m is not None and m.country == "ECU"


def test_a_capitalised_common_noun_is_no_person_without_an_introduction(nlp):
    m = _span_mention(nlp, "Residents said the market had been shelled twice.", "Residents")
    assert m is None or m.country is None


def test_a_state_spokesman_of_no_country_speaks_in_the_datelined_capital(nlp):
    text = ("LIMA, May 3 - Foreign ministry spokesman Tomas Arroyo took questions at the daily briefing.\n\n"
            "Arroyo: The border is calm.")
    m = _span_mention(nlp, text, "Arroyo", occurrence=1, prepared=True)
    assert m is not None and m.country == "PER"


def test_a_dateline_town_places_no_spokesman(nlp):
    text = ("OSORNO, May 3 - Foreign ministry spokesman Tomas Arroyo took questions at the daily briefing.\n\n"
            "Arroyo: The border is calm.")
    m = _span_mention(nlp, text, "Arroyo", occurrence=1, prepared=True)
    assert m is None or m.country is None


# ------------------------------------------------------------------------------------ possessors

def test_a_possessive_country_name_is_the_state_even_when_tagged_a_person(nlp):
    text = "Aid groups said 40 people died. Burkina Faso's government spokesman called the report false."
    m = _span_mention(nlp, text, "Burkina Faso's government spokesman")
    assert m is not None and m.country == "BFA"


def test_a_possessive_country_name_beats_a_province_of_that_name(nlp):
    m = _span_mention(nlp, "Niger's junta said French troops had left Niamey.", "Niger's junta")
    assert m is not None and m.country == "NER"


def test_a_listed_surname_inside_another_name_is_no_person(nlp):
    text = "A port official said Bandar Abbas harbour master Reza Tavakoli had ordered the ship to stop."
    m = _span_mention(nlp, text, "Bandar Abbas harbour master Reza Tavakoli")
    assert m is None or m.country != "PSE"


def test_the_groups_spokesman_is_the_armed_group_named_before(nlp):
    text = ("Colombia's ELN denied attacking the pipeline. Two US officials said the group was behind it. "
            "The group's spokesman, Andres Villa, said its fighters were observing a truce.")
    m = _span_mention(nlp, text, "The group's spokesman, Andres Villa")
    assert m is not None and m.country == "COL"


def test_a_civil_bodys_spokesman_speaks_for_no_state(nlp):
    text = ("Armenia's government accused a bishop of plotting. The church's spokesman, Father Aram Petrosyan, "
            "said the charges were invented.")
    m = _span_mention(nlp, text, "The church's spokesman, Father Aram Petrosyan")
    assert m is not None and m.country is None and m.sector == "NGO"


def test_a_missions_spokesman_is_the_international_body_named_before(nlp):
    text = ("UNIFIL said a tank had fired at a watchtower near the border. The mission's spokesman, Luca Bruni, said "
            "it was the third such incident.")
    m = _span_mention(nlp, text, "The mission's spokesman, Luca Bruni")
    assert m is not None and m.country is None and m.sector == "IGO"


# ------------------------------------------------------------------------------------ bodies of no state

def test_a_civil_network_named_after_a_country_speaks_for_no_state(nlp):
    m = _span_mention(nlp, "The Chad Nurses Network said 12 people were killed.", "The Chad Nurses Network")
    assert m is not None and m.country is None


def test_a_think_tank_of_a_country_speaks_for_no_state(nlp):
    m = _span_mention(nlp, "A Japanese think tank said the island had a new runway.", "A Japanese think tank")
    assert m is not None and m.country is None and m.sector == "NGO"


def test_a_mission_a_state_leads_is_no_states(nlp):
    m = _span_mention(nlp, "The Rwanda-led multinational mission said it had retaken the port.",
                      "The Rwanda-led multinational mission")
    assert m is not None and m.country is None


def test_a_coalition_a_state_leads_stays_that_states(nlp):
    m = _span_mention(nlp, "The Saudi-led coalition said it had struck a depot.", "The Saudi-led coalition")
    assert m is not None and m.country == "SAU"


def test_a_ministry_that_backs_a_group_is_the_ministrys_not_the_groups(nlp):
    text = "Iran's foreign ministry, which backs the Houthis, said the strikes were illegal."
    m = _span_mention(nlp, text, "Iran's foreign ministry, which backs the Houthis,")
    assert m is not None and m.country == "IRN"


def test_an_organisations_own_name_holds_its_country(nlp):
    text = "The Baloch National Union of Pakistan said two of its members had been detained."
    m = _span_mention(nlp, text, "The Baloch National Union of Pakistan")
    assert m is not None and m.country == "PAK"


# ------------------------------------------------------------------------------------ state bodies by name

def test_oversight_bodies_and_the_presidency_are_the_states(nlp):
    from sitrep.actors import sector_of

    for phrase in ("the national human rights commission", "the presidency",
                   "the Central Electoral Commission", "the prison agency"):
        assert sector_of(phrase) == "GOV", phrase


def test_a_live_blog_stamp_in_eastern_time_is_no_part_of_the_actor(nlp):
    text = "08:10 EST - Haiti's national police said two officers were wounded."
    m = _span_mention(nlp, text, "08:10 EST - Haiti's national police")
    assert m is not None and m.country == "HTI" and "EST" not in m.text


def test_an_officer_speaking_for_an_international_mission_speaks_for_no_state(nlp):
    text = ("MOGADISHU, Oct 3 - Colonel Peter Odhiambo, spokesman of the African Union mission, was interviewed "
            "on a local radio station.")
    m = _span_mention(nlp, text, "Colonel Peter Odhiambo, spokesman of the African Union mission,", prepared=True)
    assert m is not None and m.country is None and m.sector == "IGO"


def test_a_spokesman_for_a_named_civil_forum_speaks_for_no_state(nlp):
    text = "A spokesman for the Naga Hoho Joint Forum, Kevi Rengma, said the villagers had fled."
    m = _span_mention(nlp, text, "A spokesman for the Naga Hoho Joint Forum, Kevi Rengma,")
    assert m is not None and m.country is None and m.sector == "NGO"


def test_a_briefing_in_a_capital_places_the_spokeswoman(nlp):
    text = "At a regular briefing in Hanoi, foreign ministry spokeswoman Le Thu Ha denied the report."
    m = _span_mention(nlp, text, "foreign ministry spokeswoman Le Thu Ha")
    assert m is not None and m.country == "VNM"


def test_an_army_region_is_a_command_not_a_place(nlp):
    m = _span_mention(nlp, "Thailand's Second Army Region said two soldiers were hurt.",
                      "Thailand's Second Army Region")
    assert m is not None and m.country == "THA" and m.sector == "MIL"


def test_a_local_government_area_stays_a_place(nlp):
    m = _span_mention(nlp, "Gunmen attacked a village in the Kaura Namoda local government area.",
                      "the Kaura Namoda local government area")
    assert m is None


def test_relief_and_activist_groups_are_ngos_and_health_offices_the_states(nlp):
    from sitrep.actors import sector_of

    assert sector_of("a church-run relief group") == "NGO"
    assert sector_of("a Baloch activist group") == "NGO"
    assert sector_of("the provincial health department") == "GOV"
    assert sector_of("the health directorate in Erbil") == "GOV"
