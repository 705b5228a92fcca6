"""Places on invented articles (session 22, h6): two divisions told with their shared word once ("North and South
Kivu"), a town tagged as a person after a weapon fired "at" it, towns the packaged gazetteer lacked (regions.tsv:
Bunagana, Shariff Aguak, Pibor), and an unknown village placed by the story's region rather than the city the report
was filed from. Sentences are made up."""


def _places(extract_text, text, published="2026-11-22"):
    return [(p["text"], p["name"], p["country"], p["precision"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_two_divisions_sharing_their_last_word_are_both_read(extract_text):
    places = _places(extract_text, "Aid agencies said fighting in North and South Kivu had forced thousands from "
                                   "their homes this month.")
    assert [(t, n, c) for t, n, c, _ in places] == [("North", "Nord-Kivu", "CD"), ("South Kivu", "Sud-Kivu", "CD")], \
        places


def test_a_shared_word_that_names_no_known_pair_stays_one_name(extract_text):
    places = _places(extract_text, "Heavy rain hit North and South Wexbury on Sunday.")
    assert not any(t == "North" for t, *_ in places), places


def test_a_town_tagged_as_a_person_after_rockets_fired_at_it(extract_text):
    record = extract_text("Hezbollah fired rockets at Kiryat Shmona on Sunday, wounding three people, Israeli "
                          "medics said.", published="2026-11-23").to_json()
    assert [(p["text"], p["country"], p["precision"]) for p in record["places"]] == [
        ("Kiryat Shmona", "IL", "town")], record["places"]
    [event] = record["events"]
    assert [loc["country"] for loc in event["locations"]] == ["IL"], event["locations"]
    assert not any(a["name"] == "Kiryat Shmona" for a in event["actors"]), event["actors"]


def test_bunagana_is_the_congolese_town_in_a_congolese_story(extract_text):
    places = _places(extract_text, "GOMA - M23 rebels took control of Bunagana, on the border with Uganda, on "
                                   "Saturday, a Congolese army spokesman said.")
    assert [(c, p) for t, _, c, p in places if t == "Bunagana"] == [("CD", "town")], places


def test_bunagana_is_the_ugandan_town_in_a_ugandan_story(extract_text):
    places = _places(extract_text, "KAMPALA - Refugees crossed into Bunagana in Kisoro district on Sunday, Ugandan "
                                   "officials said.")
    assert [(c, p) for t, _, c, p in places if t == "Bunagana"] == [("UG", "town")], places


def test_shariff_aguak_and_pibor_are_towns(extract_text):
    places = _places(extract_text, "A bomb went off near the market in Shariff Aguak, Maguindanao del Sur, on "
                                   "Monday.")
    assert [(c, p) for t, _, c, p in places if t == "Shariff Aguak"] == [("PH", "town")], places
    places = _places(extract_text, "Gunmen attacked a cattle camp near Pibor in Jonglei state on Friday.")
    assert [(c, p) for t, _, c, p in places if t == "Pibor"] == [("SS", "town")], places


def test_an_unknown_village_by_a_border_lies_in_the_storys_region_not_the_filing_city(extract_text):
    record = extract_text("NIAMEY, Nov 21 (Reuters) - Gunmen killed 12 villagers in Tillabéri region on Thursday, "
                          "officials said. The attackers struck the village of Kourfagueye near the border with "
                          "Mali at dawn.", published="2026-11-21").to_json()
    [village] = [p for p in record["places"] if p["text"] == "Kourfagueye"]
    assert village["country"] == "NE" and village["alternatives"][0]["name"] != "Niamey", village
    assert village["precision"] != "district", village
