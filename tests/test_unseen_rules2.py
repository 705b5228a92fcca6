"""General rules found by running sitrep on ten more articles it had never seen (session 4: Mexico, Haiti,
Sudan, Nigeria, DRC, Pakistan, Yemen, Mali, the Philippines, the West Bank, a business story). Every text
here is made up for the test."""
from sitrep.ingest import from_text
from sitrep.ingest.head import parse_head


def _events(record):
    return record.to_json()["events"]


def _places(record):
    return record.to_json()["places"]


# --- ingest: heads ------------------------------------------------------------------------------------------

def test_date_line_with_the_time_in_its_own_part_keeps_time_and_offset():
    head = parse_head("Troops clash at border post\nBy Ann Roe\nMarch 9, 2025 | 21:40 (UTC-07:00)\n\nBody text.")
    assert head.published == "2025-03-09T21:40:00-07:00"


def test_flash_update_head_with_issuing_body_and_acronym():
    raw = ("Lakeland: Flash Update No. 2\nUnited Nations Office for the Coordination of Humanitarian Affairs (OCHA)\n"
           "12 May 2025\n\nHIGHLIGHTS\nFighting reached the town on 10 May.")
    head = parse_head(raw)
    assert head.published == "2025-05-12"
    assert head.outlet.startswith("United Nations Office")
    assert raw[head.body_start:].startswith("HIGHLIGHTS")


def test_press_release_head_with_reference_line_and_place_date():
    raw = ("Directorate of Public Affairs\nPress Release No PR-7/2025\nRiverton - 3 June 2025\n\n"
           "Security forces conducted an operation in the hills.")
    head = parse_head(raw)
    assert head.outlet == "Directorate of Public Affairs"
    assert head.published == "2025-06-03"
    assert raw[head.body_start:].startswith("Security forces")


def test_live_page_published_and_updated_is_read_as_of_its_update():
    raw = "Live: storm hits coast\nHarbour Wire staff\nPublished 15 March 2025 08:00 GMT, updated 22:30 GMT\n\nBody."
    head = parse_head(raw)
    assert head.outlet == "Harbour Wire"
    assert head.published == "2025-03-15T22:30:00+00:00"


def test_byline_with_outlet_after_comma_but_not_a_role():
    assert parse_head("T\nBy Ann Roe, Delta Observer\n2 May 2024\n\nBody.").outlet == "Delta Observer"
    assert parse_head("T\nBy Ann Roe, Staff Writer\n2 May 2024\n\nBody.").outlet is None


def test_yearless_dateline_stays_yearless_without_a_year_anywhere():
    # (s14 h6) a weekday recurs every few years and names no year: with no publication date and no full date in
    # the text, the dateline's day stays year-less (ISO 8601 "--10-04"), never a year guessed from the weekday
    doc = from_text("PORTVILLE, Oct 4 (Wire) - Gunmen killed 12 people in a village on Thursday, the agency said "
                    "on Friday.", "w.txt")
    assert doc.published == "--10-04"


# --- geo -----------------------------------------------------------------------------------------------------

def test_un_is_not_an_indian_town(extract_text):
    rec = extract_text("Gangs control most of the capital, according to UN estimates, and the UN said aid was "
                       "blocked in Haiti.", published="2024-10-04")
    assert not any(p["country"] == "IN" for p in _places(rec))


def test_a_multiword_country_tagged_as_a_person_is_still_a_country(extract_text):
    rec = extract_text("In neighbouring Burkina Faso, suspected jihadists killed 26 soldiers near Djibo on Sunday.",
                       published="2024-09-17")
    assert any(p["text"] == "Burkina Faso" and p["country"] == "BF" for p in _places(rec))


def test_border_with_a_name_prefers_the_country(extract_text):
    rec = extract_text("Insurgents attacked a base in Borno State, near the border with Niger, on Sunday.",
                       published="2025-02-17")
    niger = [p for p in _places(rec) if p["text"] == "Niger"]
    assert niger and niger[0]["country"] == "NE" and niger[0]["precision"] == "country"


def test_place_qualified_by_a_district_never_resolves_abroad(extract_text):
    rec = extract_text("Security forces of Pakistan conducted an operation in Tirah, Khyber district, on Friday.",
                       published="2025-04-11")
    tirah = [p for p in _places(rec) if p["text"] == "Tirah"]
    assert tirah and tirah[0]["country"] == "PK"


def test_group_name_ending_in_province_is_not_a_place(extract_text):
    rec = extract_text("Fighters of the Islamic State West Africa Province (ISWAP) attacked a base in Borno State.",
                       published="2025-02-17")
    assert [p["text"] for p in _places(rec)] == ["Borno State"]


def test_sea_names_and_news_spellings(extract_text):
    rec = extract_text("Houthi forces attacked two ships in the Gulf of Aden and one near Hodeidah, the navy said.",
                       published="2025-03-15")
    by_text = {p["text"]: p for p in _places(rec)}
    assert by_text["Gulf of Aden"]["feature_code"] == "GULF"
    assert by_text["Hodeidah"]["country"] == "YE"
    assert "Gulf" not in by_text


def test_sentence_initial_common_noun_is_not_a_place(extract_text):
    rec = extract_text("Shelling killed five civilians in El Fasher on Sunday.\n\nShells struck a crowded market in "
                       "the south of the city in the afternoon, the volunteers said.", published="2024-11-18")
    assert "Shells" not in [p["text"] for p in _places(rec)]


# --- quantities ----------------------------------------------------------------------------------------------

def test_several_thousand_is_one_vague_figure(extract_text):
    rec = extract_text("Several thousand people marched through the city centre of Cebu on Sunday.",
                       published="2025-09-21")
    qs = [q for q in rec.to_json()["events"][0]["quantities"]] if _events(rec) else []
    figures = [(q["low"], q["high"]) for q in qs]
    assert (2000, 9000) in figures
    assert not any(q["low"] == 1000 for q in qs)


def test_displaced_people_killed_are_fatalities(nlp):
    doc = nlp("Shells hit two camps on Monday, killing at least 12 displaced people and injuring 30 others.")
    kinds = {q.quantity.text: q.quantity.kind for q in doc._.quantities}
    assert kinds["at least 12"] == "fatalities"


def test_wounded_and_injured_as_adjectives_count_injuries(nlp):
    doc = nlp("Seven wounded soldiers were evacuated and 40 injured people were taken to hospital.")
    kinds = {q.quantity.text: q.quantity.kind for q in doc._.quantities}
    assert kinds["Seven"] == "injuries" and kinds["40"] == "injuries"


def test_martyring_counts_deaths_and_passengers_count_abductions(nlp):
    doc = nlp("A bomb exploded as a convoy passed, martyring two soldiers. Bandits abducted 27 passengers.")
    kinds = {q.quantity.text: q.quantity.kind for q in doc._.quantities}
    assert kinds["two"] == "fatalities" and kinds["27"] == "abducted"


def test_tolls_since_the_fighting_began_and_of_a_war_are_running_totals(nlp):
    doc = nlp("More than 900 people have been killed in the state since the infighting began. The war, which "
              "began in 2023, has killed tens of thousands of people.")
    assert doc._.quantities and all(q.quantity.cumulative for q in doc._.quantities)


# --- events --------------------------------------------------------------------------------------------------

def test_day_of_the_event_beats_the_day_of_the_statement(extract_text):
    rec = extract_text("Artillery fire by the militia killed at least 23 civilians and wounded 41 others in El Fasher "
                       "on Sunday, the emergency room said on Monday.", published="2024-11-18T16:05:00+02:00")
    evs = _events(rec)
    assert evs and evs[0]["date"] == "2024-11-17"


def test_the_town_points_back_to_an_unknown_town(extract_text):
    rec = extract_text("Gunmen killed 30 people in an attack on the town of Zarvell in the Artibonite department on "
                       "Thursday, officials said.\n\nPolice later exchanged fire with the gang in the town, a "
                       "spokesman said.", published="2024-10-04")
    evs = _events(rec)
    assert evs and all(any(loc["name"] == "Zarvell" for loc in e["locations"]) for e in evs)


def test_a_nominal_trigger_takes_the_city_of_its_verb(extract_text):
    rec = extract_text("Shelling killed five civilians in El Fasher on Sunday, the group said.\n\nShells struck a "
                       "crowded market in the south of the city in the afternoon, the volunteers said.",
                       published="2024-11-18")
    evs = _events(rec)
    assert evs and all(loc["country"] == "SD" and loc["precision"] == "town" for e in evs for loc in e["locations"])


def test_the_attack_told_on_with_only_the_country_is_one_incident(extract_text):
    rec = extract_text("Gunmen opened fire on a family party in Culiacán late on Saturday, killing nine people, "
                       "prosecutors said.\n\nA group of armed men fired on the guests at around 11:15 p.m., the "
                       "prosecutors said.", published="2025-03-09")
    attacks = [e for e in _events(rec) if e["acled"]["sub_event_type"] == "Attack"]
    assert len(attacks) == 1 and attacks[0]["time"] == "23:15"


def test_a_place_in_the_targets_phrase_is_where_it_happened(extract_text):
    rec = extract_text("The insurgents attacked the base of the 149 Battalion in Malam-Fatori, near the border "
                       "with Niger, late on Sunday, officers said.", published="2025-02-17")
    evs = _events(rec)
    assert evs and evs[0]["locations"][0]["country"] == "NG"


def test_reason_for_an_arrest_is_no_event_and_this_was_an_attack_is_no_new_one(extract_text):
    rec = extract_text("On Friday, police arrested 14 people in Mazatlán in connection with a string of "
                       "kidnappings, the ministry said.", published="2025-03-09")
    assert [e["acled"]["sub_event_type"] for e in _events(rec)] == ["Arrests"]
    rec = extract_text("Gunmen killed 11 people at a party in Culiacán on Saturday. \"This was an attack aimed at "
                       "one family,\" the spokesman said.", published="2025-03-09")
    assert len(_events(rec)) == 1


def test_shell_casings_found_at_a_scene_are_no_weapons_seizure(extract_text):
    rec = extract_text("Investigators recovered more than 80 shell casings from assault rifles at the scene in "
                       "Culiacán on Sunday.", published="2025-03-09")
    assert not any(e["acled"]["sub_event_type"] == "Disrupted weapons use" for e in _events(rec))


def test_looting_without_a_crowd_is_property_destruction(extract_text):
    rec = extract_text("A warehouse of an aid group in Goma was looted on 27 January.", published="2025-01-28")
    assert [e["acled"]["sub_event_type"] for e in _events(rec)] == ["Looting/property destruction"]
    rec = extract_text("Rioters looted shops and burned cars in Nairobi on Tuesday.", published="2025-01-28")
    assert [e["acled"]["event_type"] for e in _events(rec)] == ["Riots"]


def test_wounded_patients_treated_is_no_event(extract_text):
    rec = extract_text("Medical teams treated 420 wounded patients at a hospital in Goma between 24 and 27 "
                       "January.", published="2025-01-28")
    assert _events(rec) == []


def test_hedge_on_another_noun_leaves_the_event_reported(extract_text):
    rec = extract_text("Tens of thousands of people marched in Manila on Sunday to protest against alleged "
                       "corruption.", published="2025-09-21")
    evs = _events(rec)
    assert evs and evs[0]["status"] == "reported"


def test_stones_and_petrol_bombs_make_a_clash_a_riot(extract_text):
    rec = extract_text("Clashes broke out near the palace in Manila on Sunday, where masked young men threw stones "
                       "and petrol bombs at police.", published="2025-09-21")
    assert any(e["acled"]["sub_event_type"] == "Violent demonstration" for e in _events(rec))
    assert not any(e["acled"]["event_type"] == "Battles" for e in _events(rec))


def test_arrests_after_dispersing_a_crowd_are_told(extract_text):
    # (session 16, h8) arrests made where force met the protest are part of that intervention (ACLED codes one
    # protest with intervention): the arrests are told as its figure, whatever the count. The test once expected a
    # separate Arrests event, which only a bug produced ("216 people" read as a clock time 2:16, so no party, and the
    # arrests kept apart with the protesters as their actor1); "96 people" already merged.
    for n in ("216", "96"):
        rec = extract_text(f"Police used water cannon to disperse protesters in Manila and arrested {n} people on "
                           "Sunday.", published="2025-09-21")
        evs = _events(rec)
        assert [e["acled"]["sub_event_type"] for e in evs] == ["Protest with intervention"], evs
        assert [(q["kind"], q["best"]) for q in evs[0]["quantities"]] == [("arrests", int(n))], evs
        assert [a["sector"] for a in evs[0]["actors"] if a["role"] == "actor1"] == ["POL"], evs
    rec = extract_text("Police tried to disperse protesters in Manila on Sunday.", published="2025-09-21")
    assert _events(rec) == []


def test_time_zone_abbreviation_in_a_head_gives_the_offset():
    from sitrep.ingest.head import parse_datetime
    assert parse_datetime("14 May 2025, 10:30 EAT") == "2025-05-14T10:30:00+03:00"
    assert parse_datetime("2 June 2024 09:15 PKT") == "2024-06-02T09:15:00+05:00"


def test_dateline_in_capitals_is_the_city(extract_text):
    rec = extract_text("JERUSALEM, Aug. 28 (Wire) - Troops raided a camp near Jenin in the West Bank on Wednesday, "
                       "killing three people, the ministry said.", published="2024-08-28")
    jer = [p for p in _places(rec) if p["text"] == "JERUSALEM"]
    assert jer and jer[0]["feature_code"] in ("PPL", "PPLC")


def test_sounds_heard_are_no_new_event_but_a_place_of_their_own_is(extract_text):
    rec = extract_text("Gunmen stormed the police school in Bamako at dawn on Tuesday, sources said. Gunfire and "
                       "explosions were heard for several hours.", published="2024-09-17")
    assert not any(e["acled"]["sub_event_type"] == "Remote explosive/landmine/IED" for e in _events(rec))
    rec = extract_text("Loud explosions were heard in Kidal on Tuesday night, residents said.", published="2024-09-17")
    assert _events(rec)


def test_strikes_on_positions_as_a_noun_are_remote_violence(extract_text):
    rec = extract_text("The army said its aircraft had carried out strikes on rebel positions in Kutum on Sunday.",
                       published="2024-11-18")
    assert any(e["acled"]["event_type"] == "Explosions/Remote violence" for e in _events(rec))
    rec = extract_text("A strike by dock workers in February halted operations at two berths in Mombasa.",
                       published="2025-05-14")
    assert _events(rec) == []


def test_a_drone_over_a_town_of_the_story(extract_text):
    rec = extract_text("Fighting continued in North Darfur, Sudan. The militia said its forces had shot down an army "
                       "drone over Mellit on Sunday.", published="2024-11-18")
    assert any(p["text"] == "Mellit" and p["country"] == "SD" for p in _places(rec))


def test_a_paragraph_opening_with_day_and_place_dates_and_places_its_event(extract_text):
    rec = extract_text("On 10 April 2025, security forces conducted an operation in Tirah, Khyber district, "
                       "Pakistan. During the operation, troops engaged the militants and killed eight of them.",
                       published="2025-04-11")
    evs = _events(rec)
    assert evs and evs[0]["date"] == "2025-04-10"
    assert evs[0]["locations"][0]["name"] == "Tirah"


def test_martyring_is_the_toll_of_the_bombing(extract_text):
    rec = extract_text("Terrorists planted a bomb near Mastung, Pakistan, which exploded as a security forces "
                       "vehicle passed on 9 April, martyring two soldiers and injuring four others.",
                       published="2025-04-11")
    evs = _events(rec)
    assert len(evs) == 1
    assert ("fatalities", 2) in [(q["kind"], q["best"]) for q in evs[0]["quantities"]]


def test_a_toll_given_by_another_source_for_the_strikes_named(extract_text):
    rec = extract_text("The US military said its forces carried out air strikes on targets in Sanaa on Saturday "
                       "evening. Rebel television said at least nine people were killed in the strikes on the "
                       "capital.", published="2025-03-16")
    evs = _events(rec)
    assert len(evs) == 1 and evs[0]["acled"]["sub_event_type"] == "Air/drone strike"
    assert ("fatalities", 9) in [(q["kind"], q["best"]) for q in evs[0]["quantities"]]


def test_another_engagement_is_not_folded_into_the_lead(extract_text):
    rec = extract_text("Security forces said troops engaged militants in Tirah, killing four of them.\n\nIn another "
                       "engagement on the night of 10 April, militants attacked a police post in Dera Ismail Khan "
                       "district, Pakistan.", published="2025-04-11")
    assert len(_events(rec)) == 2


def test_killing_after_storming_a_village_is_the_raids_toll_and_makes_it_an_attack(extract_text):
    rec = extract_text("In North Darfur, Sudan, militia fighters stormed the village of Tarni near El Fasher on "
                       "Saturday, killing at least nine people and abducting 12 women, an activist said.",
                       published="2024-11-18")
    evs = {e["acled"]["sub_event_type"]: e for e in _events(rec)}
    assert "Armed clash" not in evs
    assert ("fatalities", 9) in [(q["kind"], q["best"]) for q in evs["Attack"]["quantities"]]
    assert ("abducted", 12) in [(q["kind"], q["best"]) for q in evs["Abduction/forced disappearance"]["quantities"]]


def test_a_foreign_division_as_the_first_word_of_a_local_name_is_not_taken(extract_text, nlp):
    rec = extract_text("On 26 January, shells hit the Lac Vert displacement site west of Goma, in the Democratic "
                       "Republic of the Congo, killing 12 people.", published="2025-01-28")
    assert not any(p["country"] == "TD" for p in _places(rec))
    doc = nlp("Texas Governor Greg Abbott visited Austin, Texas, on Monday.")
    assert any(p.text == "Texas" and p.start == 0 for p in doc._.places)
