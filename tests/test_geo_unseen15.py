"""Places on invented articles (session 19, h7): a sentence's first word read as an adjective before a common noun
("Mobile internet ...") is no town; the gang members are "members of" ("members of Los Lobos") is no town; a wire
dateline's large city names its country, so a town of that country the tagger took for a person ("in
Londonderry") is still a place. Sentences are made up."""
from conftest import events_of


def _places(extract_text, text, published="2026-04-12"):
    return [(p["text"], p["country"]) for p in extract_text(text, published=published).to_json()["places"]]


def test_mobile_internet_is_no_town(extract_text):
    places = _places(extract_text, "ADDIS ABABA, Ethiopia (Horn Dispatch) - Troops fought militiamen near Gondar on "
                                   "Monday. Mobile phone networks in the area have been down since Friday.")
    assert ("Mobile", "US") not in places, places


def test_the_gang_whose_members_fought_is_no_town(extract_text):
    places = _places(extract_text, "QUITO, Ecuador (Andes Press) - Fighting broke out between members of Los Lobos "
                                   "and Los Choneros at a prison in Esmeraldas on Sunday.")
    assert not any(p == "Los Lobos" for p, _ in places), places


def test_a_town_after_in_is_placed_by_the_dateline_city(extract_text):
    evs = events_of(extract_text, "BELFAST, July 14 (Ulster Newsline) - Youths threw petrol bombs at police officers "
                                  "in Londonderry on Sunday night, police said.", published="2026-07-14")
    assert evs
    assert any(loc["country"] == "GB" and loc["precision"] == "town" for loc in evs[0]["locations"]), \
        evs[0]["locations"]


def test_where_the_victims_came_from_is_no_place_of_the_killing(extract_text):
    evs = events_of(extract_text, "QUETTA, Pakistan (Frontier Post Online) - Gunmen killed six men near Turbat on "
                                  "Monday, police said.\n\nThe chief minister condemned the killing of the men, "
                                  "whom he described as labourers from Sindh.", published="2026-09-02")
    assert len(evs) == 1, [(e["trigger"], e["locations"]) for e in evs]
    assert not any(loc["name"] == "Sindh" for loc in evs[0]["locations"]), evs[0]["locations"]
