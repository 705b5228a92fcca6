"""Places on invented articles (session 20, h7): a name the gazetteer lacks, placed once, keeps that place when a
later sentence names another country ("US Africa Command"); a loose spelling match abroad is no reading of a river
followed by ", Kosovo police said"; "the village of X" is no spelling variant of a region. Sentences are made up."""


def _places(extract_text, text, published="2026-04-12"):
    return [(p["text"], p["country"], p["geonameid"]) for p in extract_text(text, published=published).to_json()["places"]]


def test_an_unknown_town_keeps_its_first_placement(extract_text):
    places = _places(extract_text, "MOGADISHU (Somali Current) - Al-Shabaab fighters attacked an army post near the "
                                   "town of Awdheegle in Lower Shabelle on Monday.\n\nUS Africa Command said it later "
                                   "struck the fighters about 8 km west of Awdheegle.")
    assert [c for t, c, _ in places if t == "Awdheegle"] == ["SO", "SO"], places


def test_a_river_followed_by_a_country_named_as_a_speaker_stays_in_the_story(extract_text):
    places = _places(extract_text, "PRISTINA (Balkan Daily) - Two officers were injured on Saturday near the bridge "
                                   "over the Ibar river, Kosovo police said.")
    assert [c for t, c, _ in places if t == "Ibar river"] == ["XK"], places


def test_a_village_is_no_spelling_variant_of_a_region(extract_text):
    places = _places(extract_text, "BAMAKO (West Africa Today) - Soldiers killed 11 herders in the village of Kourma, "
                                   "in the Ségou region, on Friday, residents said.")
    [(_, cc, gid)] = [p for p in places if p[0] == "Kourma"]
    assert cc == "ML" and gid is None, places
