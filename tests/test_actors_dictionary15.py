"""Actors, session 16 (h10): a country's word on a strike carried out ("A Turkish drone strike", "an Israeli
airstrike") is its armed forces, not the state at large; a line on the ground a country's word names ("the Moroccan
defensive wall") is no party, nor is the country word on it. Sentences are made up."""
from conftest import events_of, in_role, span_mention


def test_a_countrys_drone_strike_is_its_military(extract_text):
    evs = events_of(extract_text, "A Turkish drone strike killed three fighters near Qamishli on Monday, a Kurdish "
                                  "official said.", published="2024-01-22")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("TUR", "MIL")], ev["actors"]
    # (and Qamishli is the Syrian city, not a Turkish hamlet spelt alike: the fighters are of Syria)
    assert [a["country"] for a in in_role(ev, "actor2")] == ["SYR"], ev["actors"]


def test_a_countrys_missile_strike_is_its_military(extract_text):
    evs = events_of(extract_text, "A Russian missile strike killed three people in Kharkiv on Monday, officials "
                                  "said.", published="2024-01-22")
    [ev] = evs
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor1")] == [("RUS", "MIL")], ev["actors"]


def test_a_country_that_accuses_stays_the_state(extract_text):
    # only a strike carried out: a country blamed by name in a statement keeps its own reading
    evs = events_of(extract_text, "Turkey carried out a drone strike near Qamishli on Monday, killing three "
                                  "fighters, a Kurdish official said.", published="2024-01-22")
    assert evs and all(a["sector"] != "MIL" or a["name"] != "Turkey" for e in evs for a in e["actors"]), \
        [e["actors"] for e in evs]


def test_a_defensive_wall_is_no_party(nlp, extract_text):
    assert span_mention(nlp, "Four people were killed east of the Moroccan defensive wall.",
                        "the Moroccan defensive wall") is None
    evs = events_of(extract_text, "A drone strike killed four people east of the Moroccan defensive wall near "
                                  "Tifariti on Monday, the front said.", published="2024-01-22")
    assert evs and not any(a["country"] == "MAR" for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_a_local_official_named_by_a_neighbours_people_is_of_where_he_serves(extract_text):
    evs = events_of(extract_text, "PRISTINA, Kosovo - Police arrested a local Serb official in North Mitrovica on "
                                  "Monday, officials said.", published="2024-01-22")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Arrests"]
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor2")] == [("XKX", "GOV")], ev["actors"]


def test_a_local_official_of_the_adjectives_own_country_stays_there(extract_text):
    evs = events_of(extract_text, "BELGRADE - Police arrested a local Serbian official in Novi Sad on Monday, "
                                  "officials said.", published="2024-01-22")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Arrests"]
    assert [(a["country"], a["sector"]) for a in in_role(ev, "actor2")] == [("SRB", "GOV")], ev["actors"]
