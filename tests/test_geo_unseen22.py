"""Places on invented articles (session 26, h7): a unit whose word is part of its name placed "of" a larger area
("Nasir County of Upper Nile State"), the bare town the unit is named after elsewhere in the story, a country named
only inside an armed group's name ("Sudan People's Liberation Army"), and an unknown name told again in a sentence
that names where people fled to. Sentences are made up."""


def _places(extract_text, text, published="2026-03-06"):
    return [(p["text"], p["name"], p["country"], p["feature_code"])
            for p in extract_text(text, published=published).to_json()["places"]]


_STORY = ("JUBA, March 6, 2026 - Armed youth attacked an army base in Duk County of Jonglei State on Tuesday, "
          "officials said. The Sudan People's Liberation Army-in-Opposition denied any role in the fighting.\n\n"
          "Hundreds of families have fled Duk County since Tuesday. Many crossed into Ethiopia's Gambella region.")

# ("Leer" is a German town of 34,000 and a town of South Sudan's Unity State)
_LEER = ("JUBA, March 6, 2026 - Gunmen attacked cattle camps in Leer County of Unity State on Tuesday, officials said. "
         "The Sudan People's Liberation Army-in-Opposition said its forces were not in Leer.\n\n"
         "Hundreds of families have fled Leer since Tuesday. Many crossed into Ethiopia's Gambella region.")


def test_a_county_of_a_state_lies_in_that_states_country(extract_text):
    # (the second mention's sentence names only the country people fled to)
    places = _places(extract_text, _STORY)
    assert [c for t, _, c, _ in places if t == "Duk County"] == ["SS", "SS"], places


def test_the_bare_town_a_county_is_named_after_lies_there_too(extract_text):
    # ("Sudan" is named only inside the group's name)
    places = _places(extract_text, _LEER)
    assert [c for t, _, c, _ in places if t == "Leer"] == ["SS", "SS"], places


def test_a_foreign_town_of_the_name_loses_to_the_area_it_is_placed_in(extract_text):
    places = _places(extract_text, "Gunmen killed nine cattle herders in Leer County of Unity State on Sunday, "
                                   "county officials told Radio Tamazuj.")
    assert [c for t, _, c, _ in places if t.startswith("Leer")] == ["SS"], places
