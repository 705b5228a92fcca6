"""Geoparsing on invented articles (session 16, h10): a three-letter alternate name of a far city ("Ber", one of
Berlin's GeoNames alternates) in a story whose other places all lie in a country it names is a local place the
gazetteer lacks, placed from the story's context; "X in the Y region", where the gazetteer knows the region only by
another name but knows its town Y, puts X in Y's country.

Real gazetteer, real resolver, spaCy for recognition; hand-made sentences (invented wording, real place names).
"""
from __future__ import annotations

import sitrep.geo as geo
from sitrep.geo.gazetteer import get_gazetteer
from sitrep.geo.resolver import Resolver


def _places(text: str) -> dict[str, object]:
    return {p.text: p for p in geo.geoparse(text)}


def _resolve(text: str, *names: str) -> dict[str, object]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {p.text: p for p in Resolver(get_gazetteer()).resolve(text, spans)}


def test_a_short_alternate_name_of_a_far_capital_is_a_local_place():
    text = "Fighters overran an army post near Ber, north of Timbuktu, on Friday, the army said in Bamako."
    p = _resolve(text, "Ber", "Timbuktu", "Bamako")
    assert p["Ber"].country == "ML", p["Ber"]
    assert p["Timbuktu"].country == "ML"


def test_a_town_in_a_region_named_after_a_known_town_lies_in_its_country():
    text = "Fighters seized a police station near Ber in the Timbuktu region on Friday."
    p = _resolve(text, "Ber", "Timbuktu")
    assert p["Ber"].country == "ML", p["Ber"]
    ms = {m.text: m for m in Resolver(get_gazetteer()).analyse(text, [(text.index(n), text.index(n) + len(n))
                                                                      for n in ("Ber", "Timbuktu")])}
    assert [get_gazetteer().entry(i).country for i in ms["Ber"].within] == ["ML"]


def test_a_dateline_story_keeps_its_short_name_at_home_end_to_end():
    p = _places("BAMAKO, May 3 - Jihadist fighters overran a gendarmerie post near Ber in the Timbuktu region "
                "on Friday.")
    assert p["Ber"].country == "ML", p["Ber"]


def test_a_written_abbreviation_in_capitals_keeps_its_reading():
    # only a name written like a word loses its far reading: a short name in capitals is an abbreviation
    text = "Protesters marched in LA on Sunday, and police in Mexico City said the march was peaceful."
    p = _resolve(text, "LA", "Mexico City")
    assert p["Mexico City"].country == "MX"
    assert "LA" not in p or p["LA"].country != "MX", p.get("LA")


def test_an_armed_groups_home_country_lets_a_small_town_in():
    # "near Mahbes" (tagged a person's name) in a story filed from Rabat about Polisario fighters: a town of
    # Western Sahara, the group's home country, though the story names only Morocco
    text = ("RABAT, March 14 - A drone strike killed four Polisario fighters near Mahbes on Thursday, the group said "
            "in a statement.")
    p = _places(text)
    assert "Mahbes" in p and p["Mahbes"].country == "EH", p
    assert p["RABAT"].country == "MA"


def test_an_unknown_village_lies_near_the_storys_places_not_at_the_dateline():
    # "Farsia" (not in the gazetteer) is located from the story's own place (Mahbes, Western Sahara), not at Rabat,
    # the city the report was filed from
    text = ("RABAT, March 14 - Polisario fighters shelled Moroccan army positions near Farsia on Thursday, the group "
            "said. A drone strike later killed four people near Mahbes, the Polisario Front said.")
    p = _places(text)
    assert p["Mahbes"].country == "EH", p["Mahbes"]
    assert p["Farsia"].geonameid is None and p["Farsia"].country == "EH", p["Farsia"]
