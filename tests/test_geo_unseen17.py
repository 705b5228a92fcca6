"""Places on invented articles (session 21, h6): towns and a dam the packaged gazetteer lacked (regions.tsv), a
named armed group's name that is a town abroad, a name tagged up to a joiner ("Santa Cruz de la" + "Sierra") and a
route's two ends tagged as one title. Sentences are made up."""


def _places(extract_text, text, published="2026-11-22"):
    return [(p["text"], p["name"], p["country"], p["precision"])
            for p in extract_text(text, published=published).to_json()["places"]]


def test_humera_is_a_town_of_ethiopia_not_of_sudan_named_beside_it(extract_text):
    places = _places(extract_text, "Fighting broke out on Saturday near Humera, which lies close to the border with "
                                   "Eritrea and Sudan, residents said.")
    assert [(c, p) for t, _, c, p in places if t == "Humera"] == [("ET", "town")], places


def test_awdheegle_is_a_town_of_lower_shabelle(extract_text):
    places = _places(extract_text, "MOGADISHU - Al-Shabaab militants captured a military base in Awdheegle, a town in "
                                   "the Lower Shabelle region, early on Tuesday, officials said.")
    assert [(c, p) for t, _, c, p in places if t == "Awdheegle"] == [("SO", "town")], places


def test_the_tishreen_dam_is_a_site_in_syria(extract_text):
    places = _places(extract_text, "A drone struck a vehicle near the Tishreen dam, south-east of Manbij, on Monday.")
    [(name, cc, precision)] = [(n, c, p) for t, n, c, p in places if t.lower().startswith("tishreen")]
    assert (name, cc, precision) == ("Tishreen Dam", "SY", "town"), places


def test_an_armed_groups_name_is_no_town_abroad(extract_text):
    record = extract_text("Fighting broke out on Saturday between Fano militiamen and federal troops on the outskirts "
                          "of Humera, in western Tigray.", published="2026-11-22").to_json()
    assert not any(p["text"] == "Fano" for p in record["places"]), record["places"]
    [event] = record["events"]
    assert [loc["country"] for loc in event["locations"]] == ["ET"], event["locations"]


def test_a_name_tagged_up_to_a_joiner_is_read_whole(extract_text):
    places = _places(extract_text, "Police fired tear gas on Sunday to disperse protesters who had blocked a highway "
                                   "on the outskirts of Santa Cruz de la Sierra to demand lower fuel prices.")
    assert ("Santa Cruz de la Sierra", "Santa Cruz de la Sierra", "BO", "town") in places, places
    assert not any(t == "Santa Cruz de la" for t, *_ in places), places


def test_a_routes_known_end_is_a_place_when_the_other_is_unknown(extract_text):
    record = extract_text("PEMBA - Two Mozambican soldiers were killed when insurgents ambushed a military convoy on "
                          "the road between Macomia and Mucojo on Tuesday morning, a military source said.",
                          published="2026-11-25").to_json()
    assert ("Macomia", "MZ") in [(p["name"], p["country"]) for p in record["places"]], record["places"]
    [event] = record["events"]
    assert [loc["name"] for loc in event["locations"]] == ["Macomia"], event["locations"]


def test_a_village_is_not_anchored_at_a_capital_that_speaks_in_the_headline(extract_text):
    record = extract_text("Islamabad says militants killed in raid on hideout\n\nSecurity forces killed six militants "
                          "in a raid on a hideout in the village of Shin Warsak, the military's media wing said on "
                          "Friday.", published="2026-11-21").to_json()
    [village] = [p for p in record["places"] if p["text"] == "Shin Warsak"]
    assert (village["country"], village["precision"]) == ("PK", "country"), village
    assert village["alternatives"][0]["name"] == "Pakistan", village


def test_a_capital_named_as_a_place_still_anchors_its_village(extract_text):
    record = extract_text("Gunmen attack village outside Islamabad\n\nGunmen killed two guards in the village of "
                          "Shin Warsak near Islamabad on Friday, police said.", published="2026-11-21").to_json()
    [village] = [p for p in record["places"] if p["text"] == "Shin Warsak"]
    assert (village["country"], village["precision"]) == ("PK", "district"), village
