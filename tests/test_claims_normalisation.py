"""Who speaks for which country in claims and denials: speakers of no state, seats of government, descriptions
of armed groups, statements as speakers. Texts written for these tests."""


def _links(rec):
    return [(r["by"].get("country"), c["claimant"].get("country")) for c in rec.to_json()["claims"]
            for r in c["responses"] if r["stance"] == "deny"]


def _claimants(rec):
    return [(c["claimant"].get("country"), c["text"]) for c in rec.to_json()["claims"]]


def test_residents_speak_for_no_state_and_sources_for_the_state_they_name(extract_text):
    rec = extract_text("Residents of Maiduguri said soldiers had burned the market. Nigerian security sources said "
                       "the fire started by accident.", published="2024-02-02")
    got = _claimants(rec)
    assert [c for c, _ in got] == [None, "NGA"], got
    assert "burned the market" in got[0][1] and "by accident" in got[1][1], got


def test_group_of_no_single_country_is_not_given_the_articles(extract_text):
    rec = extract_text("Niger's army said it had repelled an attack near Tillaberi. An Islamic State affiliate said "
                       "it had killed 40 soldiers, a figure the junta rejected.", published="2024-05-02")
    assert (("NER", None)) in _links(rec), _links(rec)


def test_militia_of_no_named_country_takes_the_articles_ground(extract_text):
    rec = extract_text("Witnesses in Sirte said the Tarek militia had executed prisoners. The militia denied the "
                       "charge.", published="2021-03-02")
    assert ("LBY", None) in _links(rec), _links(rec)


def test_statement_said_is_the_earlier_speakers(extract_text):
    rec = extract_text("The Islamic Resistance said its fighters had destroyed three Merkava tanks near Maroun "
                       "al-Ras. The enemy's claims that its soldiers had captured the hill are lies, the statement "
                       "said.", published="2024-10-20")
    links = _links(rec)
    assert links and links[0][0] == "LBN", links


def test_issued_a_statement_rejecting_is_the_subjects(extract_text):
    rec = extract_text("Colombia's army blamed the Gulf Clan for an attack on a police post in Cordoba. The group "
                       "issued a statement rejecting the accusation.", published="2025-01-02")
    assert ("COL", "COL") in _links(rec), _links(rec)


def test_spokesperson_of_an_international_body_has_no_country(extract_text):
    rec = extract_text("Sudan's army said the RSF had shelled a camp near El Fasher. A spokesperson for the UN "
                       "mission said the shelling had killed 12 people.", published="2024-06-01")
    got = [c for c, t in _claimants(rec) if "12 people" in t]
    assert got == [None], _claimants(rec)


def test_no_such_attack_took_place_is_a_denial(extract_text):
    rec = extract_text("Azerbaijan's ministry said Armenian troops had shelled a village near Lachin. Armenia's "
                       "defence ministry said no such shelling took place.", published="2023-05-11")
    assert ("ARM", "AZE") in _links(rec), _links(rec)


def test_government_seat_in_a_prepositional_phrase(extract_text):
    rec = extract_text("Iran's foreign ministry said Pakistani jets had struck a village near Saravan. Officials in "
                       "Islamabad rejected the accusation.", published="2024-01-18")
    assert ("PAK", "IRN") in _links(rec), _links(rec)


def test_more_words_that_call_a_claim_untrue(extract_text):
    for tail in ("Ukraine's air force said the report was inaccurate.", "Ukraine's air force said the attack never "
                 "happened.", "Ukraine's air force contested the claim.", "Ukraine's air force said the claim was "
                 "far from the truth."):
        rec = extract_text("Russia's defence ministry said its forces had destroyed a Ukrainian air base near "
                           "Poltava. " + tail, published="2024-08-01")
        assert ("UKR", "RUS") in _links(rec), (tail, _links(rec))


def test_a_counterclaim_alone_is_no_denial(extract_text):
    rec = extract_text("Russia's defence ministry said its forces had destroyed a Ukrainian air base near Poltava. "
                       "Ukraine's air force said the base was intact.", published="2024-08-01")
    assert _links(rec) == [], _links(rec)


def test_responding_to_a_claim_names_what_is_denied(extract_text):
    rec = extract_text("Responding to Chinese claims that a Philippine ship had rammed a coast guard vessel, Manila "
                       "said the report was false.", published="2024-06-20")
    assert _links(rec) == [("PHL", "CHN")], _links(rec)
    assert all(c["claimant"].get("country") != "PHL" or c["stance"] != "assert"
               for c in rec.to_json()["claims"]), _claimants(rec)


def test_a_description_named_as_the_claims_author(extract_text):
    rec = extract_text("Heavy fighting was reported in Sagaing. Myanmar's military denied the rebels' claims that a "
                       "helicopter had been shot down.", published="2024-03-03")
    assert ("MMR", "MMR") in _links(rec), _links(rec)


def test_the_deniers_own_statement_is_not_what_it_denies(extract_text):
    rec = extract_text("A Malian army statement said troops had killed dozens of fighters near Kidal. The rebel "
                       "coalition said the dead were herders and rejected the army's account.",
                       published="2024-02-10")
    denied = [c["text"] for c in rec.to_json()["claims"] if any(r["stance"] == "deny" for r in c["responses"])]
    assert denied and all("killed dozens" in t for t in denied), denied


def test_trailing_denial_after_a_dash_or_something(extract_text):
    for tail in (" - a charge Moscow rejects.", ", something Moscow denied."):
        rec = extract_text("Ukraine's army said Russian troops had executed two prisoners near Pokrovsk" + tail,
                           published="2024-11-01")
        assert _links(rec) == [("RUS", "UKR")], (tail, _links(rec))
        claim = rec.to_json()["claims"][0]
        assert "Moscow" not in claim["text"], claim["text"]  # the denial is cut off the claim
