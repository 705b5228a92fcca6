"""General rules found on unseen articles (batch 9: Cabo Delgado, El Fasher, northern Benin, Tripoli, Marib, Idlib and
Deir ez-Zor, Sagaing, Balochistan, Mirebalais, Cauca). Every text here is made up for the test; places are real so
that the gazetteer resolves them."""

PUB = "2025-06-10T10:00:00+00:00"  # a Tuesday


def _events(rec):
    return rec.to_json()["events"]


def _places(rec):
    return rec.to_json()["places"]


def _figures(ev, kind):
    return [q for q in ev["quantities"] if q["kind"] == kind]


# --- ingest: heads and tails ------------------------------------------------------------------------------

def test_a_title_case_place_with_a_full_date_and_a_dash_is_a_dateline():
    from sitrep.ingest.head import parse_head
    raw = "Soldiers killed in the north\n\nParakou, 3 June 2025 - Four soldiers were killed on Sunday.\n"
    head = parse_head(raw)
    assert head.published == "2025-06-03" and head.dateline_place == "Parakou", head
    # a person's name before a date is no dateline
    raw = "Title\n\nAmina Yusuf, 3 June 2025 - Four soldiers were killed on Sunday.\n"
    assert parse_head(raw).dateline_place != "Amina Yusuf"


def test_published_in_a_paper_on_a_date_closing_the_text_dates_it():
    from sitrep.ingest import from_text
    doc = from_text("Bomb wounds two in Turbat\n\nA bomb wounded two soldiers in Turbat on Friday.\n\n"
                    "Published in The Frontier Post, June 7th, 2025\n", "x.txt")
    assert doc.published == "2025-06-07"
    assert "Published" not in doc.text


def test_a_spaced_dash_after_the_dateline_year_is_no_range(extract_text):
    rec = extract_text("Parakou, 3 June 2025 - Eight soldiers were killed and four others wounded when gunmen "
                       "attacked a post in Benin on Sunday.", published="2025-06-03")
    dead = [q for e in _events(rec) for q in _figures(e, "fatalities")]
    assert [q["best"] for q in dead] == [8], dead


# --- quantities -------------------------------------------------------------------------------------------

def test_a_single_victim_among_a_figure_is_part_of_it(extract_text):
    rec = extract_text("A drone strike killed four people, among them a girl, near Sarmada in Syria on Monday.",
                       published=PUB)
    dead = [q for e in _events(rec) for q in _figures(e, "fatalities")]
    assert sum(q["best"] for q in dead if not q.get("subset")) == 4 and len(dead) == 1, dead


def test_others_wounded_in_the_next_sentence_are_the_attacks_injured(extract_text):
    rec = extract_text("Gunmen attacked a market in Kalat, Pakistan, on Monday, killing three traders. Between 10 "
                       "and 12 others were wounded.", published=PUB)
    hurt = [q for e in _events(rec) for q in _figures(e, "injuries")]
    assert [(q["low"], q["high"]) for q in hurt] == [(10, 12)], _events(rec)


def test_an_official_shot_dead_is_one_dead(extract_text):
    rec = extract_text("Gunmen shot dead a village administrator in Kalat district, Pakistan, on Monday.",
                       published=PUB)
    assert any(q["best"] == 1 for e in _events(rec) for q in _figures(e, "fatalities")), _events(rec)


# --- events -----------------------------------------------------------------------------------------------

def test_gunmen_killing_an_unarmed_official_is_violence_against_civilians(extract_text):
    rec = extract_text("Unknown gunmen shot dead a district council official in Deir ez-Zor province, Syria, on "
                       "Sunday evening.", published=PUB)
    evs = _events(rec)
    assert evs and all(e["acled"]["event_type"] == "Violence against civilians" for e in evs), evs


def test_soldiers_attacked_are_still_a_battle(extract_text):
    rec = extract_text("Gunmen attacked an army post in Kalat district, Pakistan, on Sunday, killing two soldiers.",
                       published=PUB)
    assert any(e["acled"]["event_type"] == "Battles" for e in _events(rec)), _events(rec)


def test_a_rise_in_attacks_is_a_trend_not_an_event(extract_text):
    # (an undated text: with a publication date, a running span with no figure is dropped anyway)
    rec = extract_text("The north of Togo has seen a sharp rise in attacks since 2022, as armed groups active in "
                       "neighbouring Burkina Faso and Niger move south.")
    assert not _events(rec), _events(rec)


def test_people_displaced_by_fighting_tell_no_battle(extract_text):
    rec = extract_text("A jet bombed a school in Myanmar's Sagaing Region on Monday, where about 200 people "
                       "displaced by fighting were sheltering.", published=PUB)
    assert not any(e["acled"]["event_type"] == "Battles" for e in _events(rec)), _events(rec)
    rec = extract_text("Thousands were displaced by fighting in Kalehe, Congo, on Monday.", published=PUB)
    assert any(e["acled"]["event_type"] == "Battles" for e in _events(rec)), _events(rec)


def test_a_remote_controlled_bomb_that_targeted_a_vehicle_is_an_explosive(extract_text):
    rec = extract_text("A remote-controlled bomb targeted a police van in Quetta, Pakistan, on Monday, wounding "
                       "four officers.", published=PUB)
    subs = {e["acled"]["sub_event_type"] for e in _events(rec)}
    assert subs == {"Remote explosive/landmine/IED"}, _events(rec)


def test_a_definite_party_goes_on_where_it_was(extract_text):
    rec = extract_text("Insurgents killed three farmers in a raid on Mocimboa da Praia, Mozambique, on Monday.\n\n"
                       "The insurgents later beheaded a fisherman on Tuesday, a resident said.", published=PUB)
    evs = _events(rec)
    assert evs and all(loc["precision"] != "country" for e in evs for loc in e["locations"]), evs


def test_a_village_in_a_township_told_after_the_region_is_the_same_strike(extract_text):
    rec = extract_text("A military air strike on a school in Sagaing Region, Myanmar, killed at least 9 people on "
                       "Monday. A jet dropped two bombs on the school in Let Yet Kone village, Tabayin township, "
                       "at about 10 a.m., residents said.", published=PUB)
    strikes = [e for e in _events(rec) if e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1, strikes


# --- geo --------------------------------------------------------------------------------------------------

def test_a_countrys_capital_is_the_capital_city(extract_text):
    rec = extract_text("Clashes between rival militias broke out in Libya's capital on Monday, killing four people.",
                       published=PUB)
    [ev] = _events(rec)
    assert [(loc["name"], loc["precision"]) for loc in ev["locations"]] == [("Tripoli", "town")], ev["locations"]
    rec = extract_text("Shelling killed five people in El Fasher, the capital of Sudan's North Darfur state, on "
                       "Monday.", published=PUB)
    assert all(loc["name"] != "Khartoum" for e in _events(rec) for loc in e["locations"]), _events(rec)


def test_the_city_of_a_name_is_the_town_beside_its_governorate(extract_text):
    rec = extract_text("A missile struck a house in the city of Marib on Friday, killing two children. Fighting "
                       "continued on the southern fronts of Marib governorate.", published=PUB)
    got = sorted((p["feature_code"], p["precision"]) for p in _places(rec) if p["text"] == "Marib")
    assert got == [("ADM1", "province"), ("PPL", "town")], got


def test_a_township_named_after_a_town_is_no_region(extract_text):
    rec = extract_text("Troops burned houses in Sagaing township, Myanmar, on Monday.", published=PUB)
    [p] = [p for p in _places(rec) if p["text"] == "Sagaing"]
    assert p["feature_code"] != "ADM1" and p["precision"] == "district", p


def test_a_town_spacy_tags_as_a_date_is_still_a_town(extract_text):
    rec = extract_text("A remote-controlled bomb targeted a Frontier Corps vehicle in Turbat, wounding three soldiers,"
                       " police said.", published=PUB)
    assert any(p["text"] == "Turbat" and p["country"] == "PK" for p in _places(rec)), _places(rec)
    # a month stays a date
    rec = extract_text("Fighting flared in March, killing dozens in Pakistan.", published=PUB)
    assert not any(p["text"] == "March" for p in _places(rec)), _places(rec)


def test_flights_diverted_to_a_town(extract_text):
    rec = extract_text("Flights at Mitiga were diverted to Misrata after clashes in Tripoli, Libya.", published=PUB)
    assert any(p["name"].startswith("Misrat") for p in _places(rec)), _places(rec)


def test_a_river_a_town_lies_east_of_is_no_place_of_the_event(extract_text):
    rec = extract_text("Gunmen killed a teacher in the town of al-Busayrah, east of the Euphrates river, in Syria on "
                       "Monday.", published=PUB)
    evs = _events(rec)
    assert evs and all("Euphrates" not in loc["name"] for e in evs for loc in e["locations"]), evs


def test_a_compass_part_of_a_country_is_in_that_country(extract_text):
    rec = extract_text("Northern Togo has seen a rise in attacks, as armed groups active in neighbouring Burkina Faso "
                       "and Niger move south.", published=PUB)
    [p] = [p for p in _places(rec) if p["text"] == "Northern Togo"]
    assert p["country"] == "TG", p


def test_the_agency_in_a_dateline_is_no_place(extract_text):
    rec = extract_text("Missile kills four in Marib\n\nMarib, 8 March 2025 (SABA) - Four civilians were killed on "
                       "Friday when a missile struck a house in the city of Marib, the army said.")
    assert not any(p["text"] == "SABA" for p in _places(rec)), _places(rec)


def test_nobody_hurt_is_no_event(extract_text):
    rec = extract_text("A drone strike hit an army base near Kalat in Pakistan on Monday. No civilians were killed in "
                       "the strike on the base near Kalat on Monday, officials said.", published=PUB)
    assert [e["acled"]["sub_event_type"] for e in _events(rec)] == ["Air/drone strike"], _events(rec)
    rec = extract_text("Two buses collided near Quetta, Pakistan, on Monday. None of the others on board were "
                       "injured.", published=PUB)
    assert not _events(rec), _events(rec)
