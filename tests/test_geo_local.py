"""Geoparsing of local conflict news: the document's own country over foreign homonyms and
aliases, places inside a named area, natural features named after towns, list qualifiers.

Real gazetteer, real resolver (and spaCy for recognition), hand-made sentences.
"""
from __future__ import annotations

import pytest

import sitrep.geo as geo


def _resolve(text: str, names: list[str]):
    spans = []
    for n in names:
        i = text.index(n)
        spans.append((i, i + len(n)))
    return {p.text: p for p in geo.resolve_spans(text, spans)}


def _all(text: str, names: list[tuple[str, int]]):
    """Resolve the given (name, occurrence) spans; return places in that order."""
    spans = []
    for n, occ in names:
        i = -1
        for _ in range(occ + 1):
            i = text.index(n, i + 1)
        spans.append((i, i + len(n)))
    by = {p.start: p for p in geo.resolve_spans(text, spans)}
    return [by[s] for s, _e in spans]


# ---- foreign homonyms and aliases lose to the document's country --------------------------
def test_village_in_named_region_is_not_a_foreign_homonym():
    text = ("YANGON - Troops torched homes in the village of Salin, in Myanmar's Magway Region, "
            "on Sunday, residents said.")
    p = _resolve(text, ["Salin", "Myanmar", "Magway Region"])
    salin = p["Salin"]
    # Salin, Turkey (a primary homonym) and Xuelin, China / Saline, US (alternate names) are out
    assert salin.country == "MM"
    assert salin.geonameid is None  # the gazetteer lacks it: located at its region
    assert salin.lat is not None and salin.precision in ("province", "district", "region")


def test_township_of_the_document_country_beats_a_large_foreign_namesake():
    text = ("A junta airstrike hit a school in Nara Township, in Myanmar's Magway Region, "
            "on Friday, a local resistance group said.")
    p = _resolve(text, ["Nara Township", "Myanmar", "Magway Region"])
    nara = p["Nara Township"]
    assert nara.country == "MM"  # not Nara, Japan (a prefecture of 3 million people)
    assert nara.geonameid is None and nara.name == "Nara"


def test_foreign_reading_kept_without_a_local_cue():
    # no settlement or local-unit cue: an ordinary foreign city stays itself
    text = "Officials from Kenya met their counterparts in Nara on Monday."
    p = _resolve(text, ["Kenya", "Nara"])
    assert p["Nara"].country == "JP"


def test_large_foreign_city_survives_a_settlement_cue():
    text = "The delegation flew from Nairobi, Kenya, to the city of Istanbul on Monday."
    p = _resolve(text, ["Nairobi", "Kenya", "Istanbul"])
    assert p["Istanbul"].country == "TR"


def test_place_inside_named_area_prefers_readings_there():
    text = "Shells landed at Sokolo, in the Segou region of Mali, on Tuesday."
    p = _resolve(text, ["Sokolo", "Segou", "Mali"])
    assert p["Sokolo"].country == "ML"  # not Socorro, New Mexico, nor the Sokolos of Ivory Coast
    assert p["Sokolo"].geonameid == 2450849


# ---- natural features named after a place ------------------------------------------------
def test_river_named_after_a_town_is_a_feature_not_the_town():
    text = "Fighting broke out on the Vakhsh river near the border, Tajik officials said."
    p = _resolve(text, ["Vakhsh river"])
    r = p["Vakhsh river"]
    assert r.geonameid is None and r.feature_code == "STM"
    assert r.name == "Vakhsh river" and r.country == "TJ"
    assert any(a.get("relation") == "named_after" and a["geonameid"] == 1220219 for a in r.alternatives)


def test_bare_span_before_a_feature_word_is_the_feature():
    # a given span "Vakhsh" followed by "river" names the river
    text = "Fighting broke out on the Vakhsh river near the border."
    p = _resolve(text, ["Vakhsh"])
    assert p["Vakhsh"].feature_code == "STM" and p["Vakhsh"].geonameid is None


def test_valley_named_after_a_province_is_a_feature():
    text = "Militants moved through the Kunar Valley overnight."
    p = _resolve(text, ["Kunar Valley"])
    assert p["Kunar Valley"].feature_code == "VAL" and p["Kunar Valley"].country == "AF"
    assert p["Kunar Valley"].geonameid is None


def test_same_town_elsewhere_stays_the_town():
    text = "Residents of Vakhsh fled after clashes on the Vakhsh river."
    town, river = _all(text, [("Vakhsh", 0), ("Vakhsh river", 0)])
    assert town.geonameid == 1220219 and town.feature_code == "PPL"
    assert river.geonameid is None and river.feature_code == "STM"


def test_feature_word_starting_a_name_is_not_a_feature():
    # "Naryn River Authority": a capitalised word after the feature word makes it an institution
    text = "The Naryn River Authority said water levels fell in Naryn."
    town = _all(text, [("Naryn", 1)])[0]
    assert town.geonameid is not None


def test_demonym_before_a_feature_word_stays_a_country():
    text = "Rescuers searched for Latvian mountain climbers."
    p = _resolve(text, ["Latvian"])
    assert p["Latvian"].country == "LV"


def test_union_is_not_a_district():
    text = "The frontier has been disputed since the collapse of the Soviet Union."
    p = _resolve(text, ["Soviet Union"])
    assert p["Soviet Union"].feature_code not in ("ADM1", "ADM2", "ADM3", "PPL")


# ---- recognition (spaCy + rules) ---------------------------------------------------------
@pytest.fixture(scope="module")
def parse():
    geo.load_pipeline()
    return lambda t: geo.geoparse(t)


def test_town_after_at_and_before_in_province_is_recognised(parse):
    text = ("Thai officials said Cambodian rockets hit Ban Kruat in Buri Ram province on Monday. "
            "Cambodia denied firing at Ban Kruat.")
    places = parse(text)
    hits = [p for p in places if p.text == "Ban Kruat"]
    assert len(hits) == 2 and all(p.country == "TH" for p in hits)


def test_town_near_is_recognised_in_its_country(parse):
    text = "Mali's army said it killed militants near Tenenkou on Friday."
    places = parse(text)
    assert any(p.text == "Tenenkou" and p.country == "ML" for p in places)


def test_village_in_township_is_recognised(parse):
    text = "Soldiers burned Kyauk Sin village in Tamu Township, in Myanmar's Sagaing Region, residents said."
    places = parse(text)
    names = {p.text for p in places}
    assert "Kyauk Sin" in names
    assert next(p for p in places if p.text == "Kyauk Sin").country == "MM"


def test_lowercase_river_joins_the_span(parse):
    text = "Tajik and Kyrgyz guards exchanged fire on the Vakhsh river on Monday, Tajikistan said."
    places = parse(text)
    r = [p for p in places if p.text.startswith("Vakhsh")]
    assert r and r[0].text == "Vakhsh river" and r[0].geonameid is None


def test_division_in_a_list_qualifies_only_names_inside_it():
    from sitrep.geo.resolver import Resolver

    r = Resolver(geo.get_gazetteer())
    text = "Drones were downed over Kharkiv, Sumy and Poltava overnight."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Kharkiv", "Sumy", "Poltava")]
    kharkiv = r.analyse(text, spans)[0]
    assert kharkiv.qualifiers == []  # Sumy oblast does not contain any Kharkiv
    text2 = "He moved from Springfield, Illinois, and Columbus, Ohio, to Denver."
    spans2 = [(text2.index(n), text2.index(n) + len(n)) for n in ("Springfield", "Illinois", "Columbus", "Ohio")]
    assert r.analyse(text2, spans2)[0].qualifiers  # Illinois does contain a Springfield


def test_dateline_in_capitals_is_a_place(parse):
    text = "NEW DELHI - Police fired tear gas at protesters on Friday, officials said."
    places = parse(text)
    assert any(p.text == "NEW DELHI" and p.country == "IN" for p in places)


def test_second_town_of_a_pair_is_recognised(parse):
    text = "Kenyan police said the road between Garissa and Dadaab was closed after a bomb attack."
    places = parse(text)
    names = {p.text: p for p in places}
    assert "Dadaab" in names and names["Dadaab"].country == "KE"


def test_name_with_lowercase_joiner_is_one_place(parse):
    text = "Mozambican troops clashed with insurgents near Mocimboa da Praia on Monday."
    places = parse(text)
    assert [p.text for p in places if "Praia" in p.text] == ["Mocimboa da Praia"]
    assert all(p.country == "MZ" for p in places if "Praia" in p.text)


def test_unknown_place_near_x_in_area_is_kept_in_that_area(parse):
    text = "A bomb hit a convoy near Qalandar Kot in North Waziristan, Pakistan's army said."
    places = parse(text)
    p = next(p for p in places if p.text == "Qalandar Kot")
    assert p.geonameid is None and p.country == "PK"


def test_unknown_single_word_inside_a_province_is_kept(parse):
    text = "Shells hit a school in Bwerumbi, in North Kivu province, on Monday."
    places = parse(text)
    p = next(p for p in places if p.text == "Bwerumbi")
    assert p.country == "CD" and p.geonameid is None


def test_admin_phrase_local_government_area(parse):
    text = "Gunmen attacked Gusau local government area of Zamfara State, Nigerian police said."
    places = parse(text)
    assert any(p.text == "Gusau" and p.country == "NG" for p in places)


def test_village_after_a_verb_in_a_country_document(parse):
    text = "Nigerian police said bandits invaded Dankurmi village at night and abducted 20 people."
    places = parse(text)
    p = next(p for p in places if p.text == "Dankurmi")
    assert p.country == "NG"


def test_olympic_village_is_not_a_place(parse):
    text = "Athletes from Kenya moved into the Olympic village on Monday."
    assert not any(p.text == "Olympic" for p in parse(text))


def test_country_name_with_or_without_article(parse):
    text = "Fighting spread in the Democratic Republic of Congo on Monday."
    places = parse(text)
    assert any(p.country == "CD" and p.feature_code == "PCLI" for p in places)


def test_district_of_a_province_does_not_make_the_province_a_district():
    text = "Insurgents attacked villages in the Mueda district of Cabo Delgado province on Sunday."
    p = _resolve(text, ["Mueda", "Cabo Delgado"])
    assert p["Cabo Delgado"].feature_code == "ADM1" and p["Cabo Delgado"].precision == "province"


def test_settlement_cue_without_a_local_anchor_keeps_the_gazetteer_town():
    # a release that names only the other side's country: no place of its own to locate the
    # town at, so the town of the gazetteer stays (not the other side's country)
    text = "Armenian forces shelled the town of Batken overnight, the ministry said."
    p = _resolve(text, ["Armenian", "Batken"])
    assert p["Batken"].country == "KG" and p["Batken"].geonameid is not None
