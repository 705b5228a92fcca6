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
