"""Places on invented articles (session 25, h7): an Islamic State "province" named after a country, a round-up's
paragraphs opened by a country's name in capitals, a village put in apposition near a town ("X, a village near Y
town"), a division named with its word that GeoNames lists as an alternate name ("Niassa province"), a spelling
variant of a town abroad in a story that names its own country by a three-word demonym. Sentences are made up."""


def _places(extract_text, text, published="2026-06-10"):
    return [(p["text"], p["name"], p["country"], p["feature_code"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_an_islamic_state_province_is_a_group_not_the_country(extract_text):
    places = _places(extract_text, "Fighters of Islamic State's Mozambique Province burned a church in Chiure on "
                                   "Sunday, residents said.")
    assert not any(t.startswith("Mozambique") for t, *_ in places), places
    # (the group is of Mozambique: its small town is read as Mozambique's)
    assert ("Chiure", "Chiure", "MZ", "ADM2") in places or any(t == "Chiure" and c == "MZ" for t, _, c, _ in places), \
        places


def test_a_country_named_as_a_place_stays_one(extract_text):
    places = _places(extract_text, "Insurgents attacked a convoy in Mozambique's Cabo Delgado province on Sunday.")
    assert ("Mozambique", "Mozambique", "MZ", "PCLI") in places, places


def test_a_round_ups_country_heading_is_the_country_not_a_town_of_its_name(extract_text):
    text = ("Weekly round-up\n\n"
            "IRAQ - A drone struck a car near Dohuk on Monday, killing two men, officials said.\n\n"
            "MOZAMBIQUE - Insurgents burned homes in Macomia on Tuesday, residents said.\n")
    places = _places(extract_text, text)
    assert ("IRAQ", "Iraq", "IQ", "PCLI") in places, places
    assert ("MOZAMBIQUE", "Mozambique", "MZ", "PCLI") in places, places


def test_a_capital_named_like_its_country_is_still_a_dateline(extract_text):
    places = _places(extract_text, "DJIBOUTI - Gunmen attacked a police post near Tadjourah on Monday, police said.")
    assert places[0][:2] == ("DJIBOUTI", "Djibouti") and places[0][3] == "PPLC", places


def test_a_village_in_apposition_near_a_town_is_no_city_abroad(extract_text):
    # ("Maua" is also a city of Brazil and a town of Kenya)
    places = _places(extract_text, "Insurgents attacked Maua, a village near Marrupa town in Niassa province, on "
                                   "Tuesday, residents said.")
    assert ("Marrupa", "Marrupa", "MZ", "PPL") in places, places
    assert [c for t, _, c, _ in places if t == "Maua"] == ["MZ"], places


def test_a_division_named_with_its_word_stays_the_division(extract_text):
    places = _places(extract_text, "Insurgents burned homes in Maua, a village in Niassa province, on Tuesday.")
    assert ("Niassa province", "Niassa", "MZ", "ADM1") in places, places


def test_a_town_placed_near_another_lies_near_it(extract_text):
    # ("Maua" near a town of Mozambique: not the Brazilian city of 400,000)
    places = _places(extract_text, "MAPUTO - Gunmen attacked Maua near Marrupa on Tuesday, residents said.")
    assert [c for t, _, c, _ in places if t == "Maua"] == ["MZ"], places


def test_a_three_word_demonym_names_its_country(extract_text):
    places = _places(extract_text, "Papua New Guinean police said tribal fighters killed six men near Mendi on "
                                   "Friday.")
    assert not any(c == "GN" for *_, c, _ in places), places
    assert ("Mendi", "Mendi", "PG", "PPL") in places or any(t == "Mendi" and c == "PG" for t, _, c, _ in places), \
        places


def test_a_spelling_variant_abroad_is_no_place_of_the_story(extract_text):
    # ("Tsak" is loosely Akron, Ohio; "Highlands" is a town of the United States too)
    places = _places(extract_text, "Papua New Guinean police said tribal fighters killed six men in Tsak, in the "
                                   "Highlands, on Friday.")
    assert not any(name == "Akron" for _, name, *_ in places), places
