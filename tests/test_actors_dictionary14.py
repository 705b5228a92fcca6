"""Actors, session 16 (h8): a count of digits run together is no clock time ("300 junta soldiers"); a hyphenated
people's name before a plural noun is no government official ("the Meitei and Kuki-Zo communities"); an armed
group's "Resistance Units" are its fighters, of the country of the place it is named after ("the Sinjar Resistance
Units (YBS)"); "a string of attacks on civilians" names what happened, not a party. Sentences are made up."""
from conftest import events_of, in_role, mentions_by_text, span_mention


def test_a_count_of_three_digits_is_no_clock_time():
    from sitrep.actors import _CLOCK

    assert not _CLOCK.search("300 junta soldiers") and not _CLOCK.search("1500 troops")
    assert _CLOCK.search("0400 Moscow time") and _CLOCK.search("at 07:15") and _CLOCK.search("1530 hrs")


def test_three_hundred_junta_soldiers_are_the_ambushed_party(extract_text):
    evs = events_of(extract_text, "BAMAKO, 10 March 2025 -- Rebels ambushed 300 junta soldiers near Kidal on "
                                  "Monday, killing 12, the rebel coalition said.")
    [ev] = [e for e in evs if e["acled"]["event_type"] == "Battles"]
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor2")] == [("MLI", "MIL")], ev["actors"]


def test_a_hyphenated_peoples_name_before_communities_is_no_official(nlp):
    ms = mentions_by_text(nlp, "More than 200 people have been killed in violence between the Meitei and Kuki-Zo "
                               "communities since last year.")
    assert all(m.sector != "GOV" for m in ms.values()), {k: m.sector for k, m in ms.items()}
    ms = mentions_by_text(nlp, "Clashes between Kuki-Zo and Meitei groups left two dead.")
    assert all(m.sector != "GOV" for m in ms.values()), {k: m.sector for k, m in ms.items()}


def test_resistance_units_named_after_a_town_are_rebels_of_its_country(nlp):
    text = ("A drone strike hit a car near Sinune in Sinjar district on Saturday, killing two members of the Sinjar "
            "Resistance Units (YBS), local sources said.")
    m = span_mention(nlp, text, "YBS")
    assert (m.country, m.sector) == ("IRQ", "REB")


def test_a_string_of_attacks_on_civilians_is_no_party(nlp):
    text = "An official said it was the latest in a string of attacks on civilians in the city."
    assert span_mention(nlp, text, "a string of attacks on civilians") is None
    assert span_mention(nlp, text, "civilians").sector == "CVL"


def test_our_forces_in_an_army_communique_are_the_home_forces(nlp):
    text = "BAMAKO, 8 October 2023 -- Our forces repelled an attack near Gao on Saturday, killing 10 terrorists."
    m = span_mention(nlp, text, "Our forces")
    assert (m.country, m.sector) == ("MLI", "MIL")
    # inside a quotation "our" is the speaker's, whoever that is
    text = 'A rebel spokesman said: "Our forces repelled an attack near Gao on Saturday."'
    assert span_mention(nlp, text, "Our forces").country is None


def test_a_sentence_opening_with_another_country_places_its_bare_forces_there(nlp):
    text = ("NIAMEY, June 3 2025 (AFP) - Jihadists killed 11 soldiers in an attack on a post at Bosso in Niger's "
            "Diffa region on Sunday, the defence ministry said. In neighbouring Chad, suspected jihadists attacked "
            "an army base on an island of Lake Chad overnight, wounding seven troops, a military source said.")
    assert span_mention(nlp, text, "an army base").country == "TCD"
    assert span_mention(nlp, text, "11 soldiers").country == "NER"
    assert span_mention(nlp, text, "an island of Lake Chad") is None
