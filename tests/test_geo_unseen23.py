"""Places on invented articles (session 27, h3): named front lines and ceasefire lines ("the Line of Control", "the
Blue Line", "the Line of Contact", "the Durand Line") are places, after "along" and "on" too; a numbered local unit
("Sector 4") is no town named "Sector". Sentences are made up."""

from conftest import events_of


def _places(extract_text, text, published="2026-04-14"):
    return [(p["text"], p["name"], p["country"], p["feature_code"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_the_line_of_control_is_a_place_of_its_event(extract_text):
    evs = events_of(extract_text, "JAMMU, India (Valley News) - Pakistani troops shelled Indian posts along the Line "
                                  "of Control on Thursday, wounding two soldiers, the army said.", published="2026-04-14")
    [ev] = evs
    assert [l["name"] for l in ev["locations"]] == ["Line of Control"], ev["locations"]


def test_the_blue_line_is_a_place(extract_text):
    places = _places(extract_text, "TYRE, Lebanon (Levant Monitor) - An Israeli drone hit a motorbike near the Blue "
                                   "Line on Friday, killing its rider, the state news agency said.")
    assert ("Blue Line", "Blue Line", None, "RGN") in places, places


def test_the_line_of_contact_lies_in_azerbaijan(extract_text):
    places = _places(extract_text, "BAKU, Azerbaijan (Caspian Wire) - Armenian units fired on Azerbaijani positions on "
                                   "the Line of Contact overnight, the defence ministry said.")
    assert [(n, c) for t, n, c, _ in places if t == "Line of Contact"] == [("Line of Contact", "AZ")], places


def test_the_durand_line_is_a_place(extract_text):
    places = _places(extract_text, "QUETTA, Pakistan (Indus Daily) - Pakistani and Afghan border forces exchanged fire "
                                   "along the Durand Line on Saturday, officials said.")
    assert "Durand Line" in [t for t, *_ in places], places


def test_a_line_of_contact_in_lower_case_is_no_place(extract_text):
    # (the front of any war: no named line)
    places = _places(extract_text, "KYIV, Ukraine (Dnipro Daily) - Russian forces shelled Ukrainian positions along the "
                                   "line of contact in the east on Tuesday, the general staff said.")
    assert not [t for t, *_ in places if "line" in t.lower()], places


def test_a_numbered_sector_is_no_town(extract_text):
    places = _places(extract_text, "KYIV, Ukraine (Dnipro Daily) - Two soldiers were wounded by shelling in Sector 4 "
                                   "on Tuesday, the general staff said.")
    assert not [t for t, *_ in places if t.startswith("Sector")], places


def test_boni_in_a_story_filed_from_mopti_is_in_mali(extract_text):
    # (GeoNames lists "Boni" as an alternate name of Bonn)
    places = _places(extract_text, "MOPTI, Mali (Sahel Courier) - Militants attacked an army camp in Boni on Saturday, "
                                   "killing two soldiers, the army said.")
    assert [c for t, _, c, _ in places if t == "Boni"] == ["ML"], places
