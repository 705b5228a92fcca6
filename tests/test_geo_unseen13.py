"""Places on invented articles (session 17, h8): "X province" where the province is listed under the town's main
name ("Al Ḩasakah") and the town only under the short spelling news uses ("Hasakah", "Hodeidah") is the province;
"The attack took place near the village of X" places the event told before at X; a spelling of a real GeoNames town
the packages lack ("Kyaukphyu") is read through the alias table. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of


def _places(rec) -> dict[str, tuple[str, str | None]]:
    return {p.text: (p.precision, p.feature_code) for p in rec.places}


def test_a_province_named_by_its_towns_short_spelling(extract_text):
    rec = extract_text("A drone struck a car near the town of Amuda in Hasakah province on Sunday, killing two men. "
                       "Aircraft carried out three strikes on a fuel port in Hodeidah province overnight.",
                       published="2026-11-09")
    places = _places(rec)
    for name in ("Hasakah", "Hodeidah"):
        [kind] = [v for k, v in places.items() if k.startswith(name)]
        assert kind == ("province", "ADM1"), places


def test_the_bare_town_stays_the_town(extract_text):
    rec = extract_text("A rocket hit a market in Hodeidah on Sunday, killing two people.", published="2026-11-09")
    assert _places(rec)["Hodeidah"] == ("town", "PPL")


def test_the_attack_took_place_near_a_village_places_the_event_told_before(extract_text):
    evs = events_of(extract_text, "Militants ambushed a patrol in the eastern countryside of Deir ez-Zor on Sunday, "
                                  "killing four fighters, the group said. The attack took place near the village of "
                                  "Diban on the eastern bank of the Euphrates.", published="2026-11-09")
    assert len(evs) == 1, [(e["trigger"], e["acled"]["sub_event_type"]) for e in evs]
    assert [loc["text"] for loc in evs[0]["locations"]] == ["Diban"], evs[0]["locations"]


def test_a_spelling_variant_from_the_alias_table(extract_text):
    rec = extract_text("The rebels said they had seized a battalion headquarters outside Kyaukphyu on Thursday.",
                       published="2026-11-06")
    [p] = [p for p in rec.places if p.text == "Kyaukphyu"]
    assert (p.country, p.geonameid) == ("MM", 1316752)


def test_an_unknown_place_at_a_border_crossing_is_not_across_it(extract_text):
    rec = extract_text("PRISTINA - Kosovo police arrested two men at the Jarinje border crossing with Serbia on "
                       "Saturday, the police said.", published="2026-11-15")
    [p] = [p for p in rec.places if p.text == "Jarinje"]
    assert p.country == "XK", (p.country, p.precision)


def test_a_two_word_division_the_tagger_split(extract_text):
    rec = extract_text("An explosive device went off in the town of Bijeljina on Sunday, police in Republika Srpska "
                       "said.", published="2026-11-15")
    assert "Republika Srpska" in {p.text for p in rec.places}, [(p.text, p.name) for p in rec.places]


def test_an_armed_groups_acronym_is_no_unknown_place(extract_text):
    rec = extract_text("At least 80 people have been killed in clashes between the ELN and FARC dissidents in the "
                       "countryside near Tibu since Thursday, the ombudsman said.", published="2025-01-19")
    assert "ELN" not in {p.text for p in rec.places}, [(p.text, p.name) for p in rec.places]
