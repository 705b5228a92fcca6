"""Geoparsing on invented articles (session 16, h8: Cameroon, Pakistan): a story naming no country whose armed groups
are all of one country prefers that country's namesake ("Amba Boys ... in Bali" is Cameroon's Bali, not Indonesia's);
a small town abroad under its own name, in a country the story never names, is a homonym of a local village the
gazetteer lacks when the story's other places all lie in the one country it names or files from ("PESHAWAR:" is a
dateline).

Real gazetteer, real resolver, spaCy for recognition; hand-made sentences (invented wording, real place names).
"""
from __future__ import annotations

import sitrep.geo as geo


def _places(text: str) -> dict[str, object]:
    return {p.text: p for p in geo.geoparse(text)}


def test_an_armed_groups_country_picks_the_namesake_in_a_story_naming_no_country():
    p = _places("Amba Boys set fire to a school in Bali on Tuesday and abducted two teachers, residents said.")
    assert p["Bali"].country == "CM", p["Bali"]
    # the same sentence without the group keeps the larger namesake: nothing says the story is Cameroonian
    p = _places("Gunmen set fire to a school in Bali on Tuesday and abducted two teachers, residents said.")
    assert p["Bali"].country != "CM", p["Bali"]


def test_a_country_the_story_names_outweighs_its_groups_country():
    # a story that names its country keeps its own context (the group's country is only a hint where none is named)
    from sitrep.actors import home_group_countries

    assert home_group_countries("Amba Boys attacked Bali; Amba fighters fled.") == {"CMR": 2}
    assert home_group_countries("Wagner fighters and JNIM militants clashed.") == {}  # abroad / of no one country
    p = _places("In Indonesia, Amba Boys supporters rallied in Bali on Tuesday, police said.")
    assert p["Bali"].country == "ID", p["Bali"]


def test_a_small_town_abroad_is_no_reading_in_a_story_of_one_country():
    p = _places("PESHAWAR: Gunmen opened fire on a convoy near Bagan on Thursday, police said. The convoy was "
                "travelling from Parachinar to Peshawar.")
    assert p["Bagan"].country == "PK", p["Bagan"]
    assert p["PESHAWAR"].country == "PK"


def test_a_small_town_abroad_stays_when_the_story_has_one_place_of_its_own():
    # one other place is no clear home: the foreign reading is kept
    p = _places("Gunmen opened fire on a convoy near Bagan on Thursday, a police officer in Parachinar said.")
    assert p["Bagan"].country != "PK", p["Bagan"]


def test_an_unknown_county_is_not_placed_where_people_fled_to():
    p = _places("JUBA, 7 March 2025 - Militiamen overran an army garrison in Upper Nile state on Tuesday. Government "
                "troops later shelled Ulang county, forcing some 2,000 residents to flee into Ethiopia's Gambella "
                "region.")
    assert p["Ulang county"].country == "SS", p["Ulang county"]
    assert p["Gambella"].country == "ET"
