"""Who speaks, of which country (claims/speakers.py with data/claims/speakers.yaml): texts written for these
tests, one test per rule."""


def _claimant(rec, words: str) -> dict:
    """The claimant of the claim whose text holds `words`."""
    claims = rec.to_json()["claims"]
    found = [c for c in claims if words in c["text"]]
    assert found, (words, [(c["claimant"], c["text"]) for c in claims])
    return found[0]["claimant"]


def test_state_office_named_by_no_country_is_of_the_articles_state(extract_text):
    rec = extract_text(
        "Zambia's army said on Monday that rebels had attacked a police post near Mansa.\n\n"
        "The Defence Headquarters said its troops had recovered nine rifles from the attackers.",
        published="2025-02-03")
    assert _claimant(rec, "recovered nine rifles")["country"] == "ZMB"


def test_party_official_titled_by_no_country_is_of_the_articles_state(extract_text):
    rec = extract_text(
        "Police in Malawi arrested 30 opposition supporters after a rally in Lilongwe, Malawi's interior ministry "
        "said on Sunday.\n\nThe ruling party's deputy secretary said the detained men had burned a bus.",
        published="2025-02-03")
    assert _claimant(rec, "burned a bus")["country"] == "MWI"


def test_state_run_outlet_and_the_paper_named_again(extract_text):
    rec = extract_text(
        "VIENTIANE - Soldiers repelled an attack on a border post in Laos on Friday, the state-run Mekong Daily "
        "reported.\n\nThe paper said the attackers had fled across the river.",
        published="2025-02-03")
    assert _claimant(rec, "repelled an attack")["country"] == "LAO"
    assert _claimant(rec, "fled across the river")["country"] == "LAO"


def test_islamic_state_province_speaks_for_no_country(extract_text):
    rec = extract_text(
        "Nigeria's army said its troops had killed 20 insurgents near Baga.\n\n"
        "ISWAP said in a statement that its fighters had destroyed three army trucks.",
        published="2025-02-03")
    assert _claimant(rec, "destroyed three army trucks")["country"] is None
    assert _claimant(rec, "killed 20 insurgents")["country"] == "NGA"


def test_the_group_after_an_islamic_state_claim_has_no_country(extract_text):
    rec = extract_text(
        "Iraqi police said two officers were killed in an attack near Tikrit on Friday.\n\n"
        "Islamic State claimed the attack on its Amaq agency. The group said its fighters had also burned a "
        "police car.", published="2025-02-03")
    assert _claimant(rec, "burned a police car")["country"] is None


def test_international_body_named_with_a_country_speaks_for_none(extract_text):
    rec = extract_text(
        "Kenya's police said officers had fired only warning shots at protesters in Nakuru.\n\n"
        "Amnesty's Kenya director, Paul Otieno, said three protesters had been shot in the back.",
        published="2025-02-03")
    who = _claimant(rec, "shot in the back")
    assert who["country"] is None, who


def test_the_group_after_a_rights_group_is_that_group(extract_text):
    rec = extract_text(
        "Human Rights Watch said on Tuesday that soldiers and allied militiamen had killed 30 villagers in "
        "Chad's Lac province.\n\nThe group said it had spoken to twelve witnesses by telephone.\n\n"
        "Chad's army said the report was false.", published="2025-02-03")
    who = _claimant(rec, "twelve witnesses")
    assert who["country"] is None and who["sector"] == "NGO", who


def test_armed_group_of_no_named_country_fights_where_the_report_was_filed(extract_text):
    rec = extract_text(
        "NIAMEY, March 3 - Niger's army said on Monday that it had repelled an attack near Tillaberi by fighters "
        "who came from Mali. Mali's foreign ministry said no attack had been launched from its soil, and Burkina "
        "Faso's army said its border was calm.\n\n"
        "A rebel group, the Sahel Freedom Front, said on Facebook that it had killed seven soldiers in the "
        "attack.", published="2025-03-03")
    assert _claimant(rec, "killed seven soldiers")["country"] == "NER"


def test_a_doctor_at_a_hospital_is_not_the_hospital(extract_text):
    rec = extract_text(
        "Chad's army said on Monday it had killed 40 Boko Haram fighters near Bol.\n\n"
        "A doctor at a hospital in the town said two civilians had died of their wounds.",
        published="2025-02-03")
    assert _claimant(rec, "two civilians had died")["country"] is None
