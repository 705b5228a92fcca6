"""Places on invented articles (session 24, h7): a division word written before the name ("District Karak", "in
district Swat"), the area a district lies in ("X district of Balochistan" is the province), a town named like the
division around it against a bigger place abroad that bears the name only as an alternate ("Puno" is not Pune), a
settlement told inside a division that holds none of its readings ("Kano village in Zamfara state"), a village named
like a province ("Kachin village"), a name joined by a Romance particle ("Vizcatán del Ene district") and the
first-level division of the hand-written towns of regions.tsv. Sentences are made up."""


def _places(extract_text, text, published="2026-02-11"):
    return [(p["text"], p["name"], p["country"], p["feature_code"], p["precision"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_a_division_word_before_the_name_makes_it_the_division(extract_text):
    places = _places(extract_text, "Gunmen shot dead a shopkeeper in District Bannu of Khyber Pakhtunkhwa late on "
                                   "Monday, police said.")
    assert ("Bannu", "Bannu District", "PK", "ADM2", "district") in places, places
    assert not any(t.startswith("District") for t, *_ in places), places


def test_the_division_word_before_a_name_spacy_does_not_tag(extract_text):
    places = _places(extract_text, "A roadside bomb wounded two levies men in District Karak of Khyber Pakhtunkhwa "
                                   "on Wednesday.")
    assert ("Karak", "Karak District", "PK", "ADM2", "district") in places, places


def test_the_division_word_in_lower_case_after_a_preposition(extract_text):
    places = _places(extract_text, "Flash floods swept away houses in district Swat, the disaster authority said.")
    assert [(t, c, f) for t, _, c, f, _ in places] == [("Swat", "PK", "ADM2")], places


def test_an_official_of_the_district_is_no_place(extract_text):
    places = _places(extract_text, "The District Police Officer Karak told reporters two men were held.")
    assert not any("District" in t or "Police" in t for t, *_ in places), places


def test_a_force_named_after_the_district_is_no_place(extract_text):
    # ("Reserve" is a town of the United States: here a word of a police force's name)
    places = _places(extract_text, "RAIPUR - Commandos of the District Reserve Guard raided a forest camp in "
                                   "Bijapur, police in India said.")
    assert not any(t == "Reserve" for t, *_ in places), places


def test_the_word_ending_another_name_is_no_division_word(extract_text):
    # ("Chamber" is a town of Pakistan: here a word of a traders' body)
    places = _places(extract_text, "Traders of the Mardan District Chamber of Commerce met officials in Peshawar.")
    assert not any(t == "Chamber" for t, *_ in places), places


def test_the_area_a_named_district_lies_in_keeps_its_own_precision(extract_text):
    record = extract_text("QUETTA - Gunmen killed five road workers in Panjgur district of Balochistan on Sunday "
                          "night, officials said.", published="2026-02-09").to_json()
    precision = {p["text"]: p["precision"] for p in record["places"]}
    assert precision["Balochistan"] == "province" and precision["Panjgur"] == "district", record["places"]
    assert [loc["name"] for loc in record["events"][0]["locations"]] == ["Panjgur District"], record["events"]


def test_a_town_named_like_its_province_beats_a_bigger_alternate_abroad(extract_text):
    # (Pune lists "Puno" among its alternate names; Bolivia's department is "El Beni")
    places = _places(extract_text, "Farmers blocked the road near Puno on Tuesday.")
    assert places[0][1:3] == ("Puno", "PE"), places
    places = _places(extract_text, "Gunmen killed seven people in Beni overnight.")
    assert places[0][1:4] == ("Beni", "CD", "PPL"), places


def test_the_documents_other_places_still_decide_between_them(extract_text):
    places = _places(extract_text, "Police fired tear gas at road blockers in Beni on Tuesday. In La Paz and "
                                   "Cochabamba, miners marched.")
    assert places[0][2] == "BO", places


def test_a_village_told_inside_a_division_is_none_of_its_namesakes_elsewhere(extract_text):
    places = _places(extract_text, "Bandits raided Katsina village in Zamfara state on Monday, killing six.")
    village = next(p for p in places if p[0] == "Katsina")
    assert village[1:4] == ("Katsina", "NG", None), places  # located in Zamfara, no GeoNames id
    assert ("Zamfara", "Zamfara", "NG", "ADM1", "province") in places, places


def test_a_village_named_like_a_province_is_no_province(extract_text):
    places = _places(extract_text, "Soldiers burned Kachin village near Tamu on Monday, residents said.")
    village = next(p for p in places if p[0] == "Kachin")
    assert village[3] != "ADM1" and village[4] != "province", places


def test_a_name_joined_by_a_particle_is_one_name(extract_text):
    places = _places(extract_text, "LIMA - Two soldiers died in an ambush in Santa Rosa del Mantaro district, in "
                                   "Junín region.")
    assert any(t == "Santa Rosa del Mantaro" and c == "PE" for t, _, c, *_ in places), places
    assert not any(t == "Mantaro" for t, *_ in places), places


def test_no_place_is_written_all_in_lower_case(extract_text):
    places = _places(extract_text, "Ataque en el VRAEM deja dos muertos / Attack in the VRAEM leaves two dead\n\n"
                                   "Two soldiers were killed in the VRAEM valley on Monday.")
    assert all(any(ch.isupper() for ch in t) for t, *_ in places), places


def test_a_hand_written_town_has_its_first_level_division(extract_text):
    record = extract_text("COTABATO CITY - Soldiers clashed with gunmen near Shariff Aguak on Monday.").to_json()
    [town] = [p for p in record["places"] if p["text"] == "Shariff Aguak"]
    assert town["admin1"] is not None, town
    [region] = [p for p in extract_text("Troops patrolled the VRAEM on Monday.").to_json()["places"]]
    assert region["admin1"] is None, region  # (a region spanning several divisions keeps none)
