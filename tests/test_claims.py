"""Claims, stances and denials on texts written for these tests."""


def test_denial_becomes_a_response_on_the_claim_it_denies(extract_text):
    rec = extract_text(
        "Russia's Defence Ministry said its forces had shot down a Ukrainian helicopter near Kupiansk. "
        '"The claims spread by Moscow about a downed helicopter are fabricated," the Ukrainian Air Force said.',
        published="2023-03-08")
    claims = rec.to_json()["claims"]
    denied = [c for c in claims if any(r["stance"] == "deny" for r in c["responses"])]
    assert denied, claims
    c = denied[0]
    assert c["claimant"]["country"] == "RUS"
    assert any(r["by"]["country"] == "UKR" for r in c["responses"])


def test_stance_from_cue_and_content():
    from sitrep.claims.claims import stance_of

    assert stance_of("say", "the strike hit a school") == "assert"
    assert stance_of("deny", "the strike hit a school") == "deny"
    assert stance_of("say", "the report is false and disinformation") == "deny"
    assert stance_of("claim", "it destroyed two tanks") == "allege"
    assert stance_of("confirm", "two soldiers died") == "confirm"
    assert stance_of("say", "the convoy was allegedly hit") == "allege"


def test_responsibility_nobody_claimed_is_no_claim(extract_text):
    rec = extract_text(
        "Gunmen killed 14 villagers in an attack on a market near Gao on Sunday, a local official said. "
        "No group has claimed responsibility for the attack.", published="2024-03-04")
    out = rec.to_json()
    assert not [c for c in out["claims"] if (c["claimant"].get("name") or "").lower().startswith("no ")], out["claims"]
    for e in out["events"]:
        assert not [s for s in e["sources"] if s["name"].lower().startswith("no ")], e["sources"]
        assert e["status"] != "claimed"


def test_anonymous_official_claim_keeps_its_content(extract_text):
    rec = extract_text(
        "Gunmen stormed a checkpoint near Gao on Monday, an elected official in the area told AFP, asking not to be "
        'named.\n\n"They came on motorbikes," he said.', published="2024-03-05")
    claims = rec.to_json()["claims"]
    assert not [c for c in claims if "not to be named" in c["text"]], claims
    told = [c for c in claims if c["text"].startswith("Gunmen stormed a checkpoint")]
    assert told and "official" in told[0]["claimant"]["name"], claims
    quoted = [c for c in claims if "motorbikes" in c["text"]]
    assert quoted and "official" in quoted[0]["claimant"]["name"], quoted


def test_claimant_name_has_no_appositive_comma(extract_text):
    rec = extract_text(
        "The army's spokesman, Colonel Ivan Petrenko, said the convoy was ambushed near Kupiansk.",
        published="2023-05-02")
    claims = rec.to_json()["claims"]
    assert claims and all(not c["claimant"]["name"].endswith(",") for c in claims), claims


def test_denial_answers_the_claim_accusing_the_denier(extract_text):
    rec = extract_text(
        "Russian drones struck a grain terminal in Odesa overnight, injuring three workers, Ukraine's Air Force said. "
        "Ukrainian air defences shot down 12 drones over Mykolaiv, the Ukrainian navy said. "
        "Russia's Defence Ministry denied targeting civilian infrastructure.", published="2025-04-02")
    claims = rec.to_json()["claims"]
    denied = [c for c in claims if any(r["stance"] == "deny" for r in c["responses"])]
    assert denied and "grain terminal" in denied[0]["text"], claims


def test_home_country_from_the_places_of_the_article():
    from types import SimpleNamespace

    from sitrep.claims.speakers import _places_country

    def doc(*countries):
        return SimpleNamespace(_=SimpleNamespace(places=[SimpleNamespace(country=c) for c in countries]))

    assert _places_country(doc("MM", "MM", "JP")) == "MMR"
    assert _places_country(doc("UA", "RU")) is None
    assert _places_country(doc()) is None


def test_negated_cue_over_an_open_question_is_no_claim(extract_text):
    rec = extract_text("The aid group does not know which side fired the shells at the clinic near Goma.",
                       published="2025-02-12")
    claims = rec.to_json()["claims"]
    assert not [c for c in claims if c["text"].startswith("which side")], claims


def test_ministry_of_information_is_a_speaker_and_title_gives_sector(extract_text):
    rec = extract_text(
        "MOGADISHU - Troops killed 30 militants near Jowhar on Sunday, the Ministry of Information said.\n\n"
        '"We will not stop," Defence Minister Hassan Ali said after the army "cleared" the terrorists from the area.',
        published="2025-03-03")
    claims = rec.to_json()["claims"]
    mini = [c for c in claims if c["text"].startswith("Troops killed 30")]
    assert mini and mini[0]["claimant"]["name"] == "Ministry of Information", claims
    minister = [c for c in claims if "We will not stop" in c["text"]]
    assert minister and minister[0]["claimant"]["sector"] == "GOV", minister


def test_description_before_a_proper_name_is_dropped_from_the_claimant(extract_text):
    rec = extract_text("The medical charity Doctors Without Borders said two patients were killed when shells hit "
                       "a clinic in Kitshanga.", published="2025-02-12")
    claims = rec.to_json()["claims"]
    assert claims and claims[0]["claimant"]["name"] == "Doctors Without Borders", claims


def test_according_to_wrapping_the_same_speakers_statement_is_one_claim(extract_text):
    rec = extract_text("The World Food Programme says two million people need food aid in the region, according to "
                       "its latest assessment.", published="2025-02-12")
    claims = rec.to_json()["claims"]
    wfp = [c for c in claims if "World Food Programme" in (c["claimant"]["name"] or "")]
    assert len(wfp) == 1 and wfp[0]["text"].startswith("two million people"), claims
