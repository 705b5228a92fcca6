"""New-user pass 22 (session 27, h8): ten made-up articles from Libya's Fezzan, Somaliland's Sool, the Central
African Republic's Vakaga, Tanganyika, Putumayo, Guerrero, South Kordofan, Kayah, Cameroon's North West and the Line
of Control. What they showed, each with sentences written for the test: the day a report was filed between dashes
after its place ("LOIKAW, Myanmar (Outlet) — 14 February 2026 —"), a person before a headline's colon, a speaker
named right after a quotation's closing mark, "general" in a hospital's name, "sought refuge", OCHA by its full
name, a military's media wing, a superlative's "since" and a dateline town the gazetteer has under another name."""
from conftest import chain, claim_by


def _published(extract_text, text: str) -> str | None:
    return extract_text(text).to_json()["document"]["published"]


def test_date_between_dashes_after_the_dateline_is_the_publication_day(extract_text):
    text = ("MANDALAY, Myanmar (Delta Weekly) — 3 March 2027 — Soldiers burned two villages on Tuesday, "
            "residents said.\n")
    assert _published(extract_text, text)[:10] == "2027-03-03"
    text = "MANDALAY — Mar. 3, 2027 — Soldiers burned two villages on Tuesday, residents said.\n"
    assert _published(extract_text, text)[:10] == "2027-03-03"


def test_date_between_dashes_dates_the_events(extract_text):
    text = ("MANDALAY, Myanmar (Delta Weekly) — 3 March 2027 — Soldiers burned two villages on Monday, "
            "residents said.\n")
    rec = extract_text(text).to_json()
    assert [e["date"] for e in rec["events"]] == ["2027-03-01"], rec["events"]


def test_person_before_a_headline_colon_still_speaks(extract_text):
    text = ("Okafor: the bridge was blown up by the rebels\n\nLagos, 4 April 2027\n\nThe governor spoke to "
            "reporters in Lagos on Friday.\n")
    rec = extract_text(text).to_json()
    assert claim_by(rec, "the bridge was blown up")["claimant"]["name"] == "Okafor"


def test_speaker_right_after_a_quotation_takes_none_of_its_words(extract_text):
    text = ("SABHA, Libya, March 4, 2026 (AFP) - Fighting killed nine people, officials said.\n\n"
            "\"We received nine bodies, among them two civilians, and fourteen wounded people,\" Mohamed Saleh, "
            "director of Ubari general hospital, told AFP by telephone.\n")
    rec = extract_text(text).to_json()
    claim = claim_by(rec, "We received nine bodies")
    assert claim["claimant"]["name"] == "Mohamed Saleh, director of Ubari general hospital", claim["claimant"]
    assert claim["claimant"]["sector"] != "MIL", claim["claimant"]
    assert chain(claim)[-1][0] == "Mohamed Saleh, director of Ubari general hospital"


def test_general_in_a_hospital_name_is_no_rank():
    from sitrep.actors import sector_of

    assert sector_of("director of the Tobruk general hospital") != "MIL"
    assert sector_of("the general") == "MIL" and sector_of("General Idris") == "MIL"


def test_seeking_refuge_is_no_statement(extract_text):
    text = ("GOMA, April 4, 2027 (Reuters) - Some 2,000 families have sought refuge in schools since the fighting "
            "began, aid workers said. Others sought shelter in a church.\n")
    rec = extract_text(text).to_json()
    assert not any(c["text"] in ("refuge", "shelter") or (c["claimant"] or {}).get("name", "").startswith(
        ("Some 2,000", "Others")) for c in rec["claims"]), rec["claims"]


def test_ocha_by_its_full_name_is_an_international_body():
    from sitrep.claims.sources import kind_of

    assert kind_of("the Office for the Coordination of Humanitarian Affairs") == "organisation"


def test_a_militarys_media_wing_is_the_military_speaking():
    from sitrep.claims.sources import kind_of

    assert kind_of("the army's media wing") == "military"
    assert kind_of("the brigade's press service") == "military"
    assert kind_of("the Daily Courier") == "media" and kind_of("state television") == "media"


def test_superlative_since_dates_nothing_told_before_it(extract_text):
    text = ("GAROWE, Aug 10 (Reuters) - The regional government said on Sunday that clan militias attacked army "
            "positions near Galkayo, 50 kilometres north of the town, killing five soldiers.\n\nThe fighting is the "
            "deadliest in the Mudug region since March 2024, when clashes around Galkayo killed more than 60 people, "
            "according to the United Nations.\n")
    rec = extract_text(text, published="2027-08-10").to_json()
    attack = next(e for e in rec["events"] if e["trigger"] == "attacked")
    assert attack["date"] == "2027-08-08" and not attack["historical"], attack
    assert any(e["date"] == "2024-03-01" and e["historical"] for e in rec["events"]), rec["events"]


def test_dateline_town_under_another_main_name(extract_text):
    text = "HARGEISA — Troops shelled positions near the border town on Sunday, officials said.\n"
    rec = extract_text(text, published="2027-08-10").to_json()
    assert any(p["text"] == "HARGEISA" and p["country"] == "SO" for p in rec["places"]), rec["places"]


def test_a_movements_front_is_no_front_line(extract_text):
    text = ("BANGUI, 22 May 2027 (Radio Ndeke Luka) - The mission blamed fighters of the Popular Front for the "
            "Renaissance of Central Africa for an attack on a camp near Birao on Thursday.\n")
    rec = extract_text(text).to_json()
    assert [p["text"] for p in rec["places"] if p["text"] != "BANGUI"] == ["Birao"], rec["places"]


def test_the_contents_last_place_is_no_part_of_the_source_after_it(extract_text):
    text = ("KALEMIE, 9 October 2026 (Actualite.cd) - At least seventeen civilians were killed on Wednesday night in "
            "an attack by militiamen on the village of Kisengo, in Nyunzu territory, Tanganyika province, local civil "
            "society said on Thursday.\n")
    rec = extract_text(text).to_json()
    claim = claim_by(rec, "At least seventeen civilians were killed")
    assert claim["claimant"]["name"] == "local civil society", claim["claimant"]
    assert claim["claimant"]["country"] is None, claim["claimant"]


def test_an_officer_of_a_towns_civil_society_speaks_for_no_state(extract_text):
    text = ("BUKAVU, 9 October 2027 (Radio Maendeleo) - The president of the Shabunda civil society, Aline Mapendo, "
            "said the raiders burned thirty houses on Tuesday.\n")
    rec = extract_text(text).to_json()
    claim = claim_by(rec, "the raiders burned thirty houses")
    assert claim["claimant"]["country"] is None and claim["claimant"]["sector"] != "GOV", claim["claimant"]


def test_one_peacekeeper_and_foreign_instructors_are_military():
    from sitrep.actors import sector_of

    assert sector_of("One Malawian peacekeeper") == "MIL"
    assert sector_of("Russian instructors") == "MIL"
