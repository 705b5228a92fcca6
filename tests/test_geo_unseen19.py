"""Places on invented articles (session 23, h6): a country named by its own name is no town of that country that
GeoNames lists under it ("Kosovo" for Kosovo Polje, near the Pristina dateline), and a dateline named like a national
capital is that capital, however a small namesake abroad is pulled by another town near it (a Lima and a Junín both in
Argentina). Sentences are made up."""


def _places(extract_text, text, published="2026-10-07"):
    return [(p["text"], p["name"], p["country"], p["feature_code"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_a_country_named_after_its_capitals_dateline_stays_the_country(extract_text):
    places = _places(extract_text, "PRISTINA - A police officer was wounded on Thursday when gunmen fired on a patrol "
                                   "in northern Kosovo.")
    assert ("Kosovo", "Kosovo", "XK", "PCLI") in places, places


def test_a_town_told_as_a_settlement_may_still_bear_the_countrys_name(extract_text):
    # (a name told as a town keeps its town readings: the rule above only drops them for a bare name)
    places = _places(extract_text, "Gunmen attacked a bus near the town of Kosovo Polje on Monday.")
    assert [c for t, _, c, f in places if t.startswith("Kosovo")] == ["XK"], places


def test_a_dateline_named_like_a_capital_is_the_capital(extract_text):
    places = _places(extract_text, "LIMA - Protesters blocked the highway in Junín on Monday.")
    assert places[0][1:3] == ("Lima", "PE"), places
    assert places[1][2] == "PE", places


def test_a_dateline_named_like_no_capital_keeps_its_own_reading(extract_text):
    # (the bonus is for capitals: a dateline town abroad stays what the document's places make it)
    places = _places(extract_text, "SPRINGFIELD, Ill. - Police arrested two men after a shooting downtown.")
    assert places[0][2] == "US", places


def test_towns_the_packaged_gazetteer_lacked(extract_text):
    # (regions.tsv: Maungdaw, the town of Masisi, Tinzaouaten)
    for text, name, country in (("The rebels captured a border post near Maungdaw in Rakhine state.", "Maungdaw", "MM"),
                                ("GOMA - M23 rebels seized the town of Masisi on Sunday.", "Masisi", "CD"),
                                ("BAMAKO - Troops struck targets near Tinzaouaten.", "Tinzaouaten", "ML")):
        places = _places(extract_text, text)
        assert (name, name, country, "PPL") in places, places


def test_a_county_located_at_its_namesake_town_keeps_the_countys_precision(extract_text):
    record = extract_text("JUBA - Armed youths attacked a cattle camp in Pibor County on Monday, killing five "
                          "herders. Residents of Pibor fled.", published="2026-03-04").to_json()
    precision = {p["text"]: p["precision"] for p in record["places"]}
    assert precision["Pibor County"] == "district" and precision["Pibor"] == "town", record["places"]
    assert [loc["precision"] for loc in record["events"][0]["locations"]] == ["district"], record["events"]


def test_an_unknown_river_is_placed_by_its_own_paragraph_not_the_next(extract_text):
    record = extract_text("PRISTINA - Serbs protested in North Mitrovica. KFOR deployed troops to the bridge over the "
                          "Ibar river.\n\nSerbia accused Pristina of persecuting Serbs.",
                          published="2026-05-15").to_json()
    [river] = [p for p in record["places"] if p["text"] == "Ibar river"]
    assert river["country"] == "XK", river
