"""Attribution and claims constructions found on new text (issue 6, "says who"). Sentences written for these tests."""
from conftest import attributions


def _claims(rec):
    return rec.to_json()["claims"]


def test_semicolon_headline_keeps_two_statements_apart(nlp, extract_text):
    atts = attributions(nlp, "Dorland accuses Kesh of shelling border villages; Kesh says the claim is false",
                        strict=False)
    by_cue = {a["cue"]: a for a in atts}
    assert by_cue["accuses"]["content"] == ["Kesh of shelling border villages"], atts
    assert by_cue["says"]["content"] == ["the claim is false"], atts
    rec = extract_text("Dorland accuses Kesh of shelling border villages; Kesh says the claim is false\n\nBody text.")
    claims = _claims(rec)
    assert all("false" not in c["text"] for c in claims), claims


def test_report_of_experts_speaks_for_its_authors(extract_text):
    rec = extract_text("A UN experts' report said the militia had received rifles from a neighbouring state.")
    claims = _claims(rec)
    assert claims and claims[0]["claimant"]["name"] == "UN experts", claims
    assert claims[0]["claimant"]["sector"] == "IGO", claims


def test_citing_between_verb_and_that_is_an_intermediate_source(nlp, extract_text):
    atts = attributions(nlp, "The ministry said, citing the state news agency, that four guards were wounded at the "
                             "post.", strict=False)
    says = [a for a in atts if a["cue"] == "said"]
    assert says and says[0]["content"] == ["that four guards were wounded at the post"], atts
    assert says[0]["via"] == ["the state news agency"], atts
    assert not any(a["cue"] == "citing" for a in atts), atts
    rec = extract_text("The ministry said, citing the state news agency, that four guards were wounded at the post.")
    claims = _claims(rec)
    assert [c["text"] for c in claims] == ["that four guards were wounded at the post"], claims
    assert [s["name"] for s in claims[0]["sources"]] == ["ministry", "state news agency"], claims  # outermost first


def test_said_they_were_unaware_keeps_the_whole_statement(extract_text):
    rec = extract_text("Police officials in the province said they were unaware of any such raid in the hills.")
    texts = [c["text"] for c in _claims(rec)]
    assert texts == ["they were unaware of any such raid in the hills"], texts


def test_described_outlet_mistagged_as_adverb_is_the_source(nlp, extract_text):
    atts = attributions(nlp, "Two guards were wounded in the raid on Tuesday, the Beirut daily said.", strict=False)
    assert atts and atts[0]["source"] == "the Beirut daily" and atts[0]["cue"] == "said", atts
    rec = extract_text("Two guards were wounded in the raid on Tuesday, the Beirut daily said.")
    claims = _claims(rec)
    assert claims and claims[0]["claimant"]["name"] == "Beirut daily", claims
    assert claims[0]["sources"][-1]["kind"] == "media", claims


def test_dismissed_as_baseless_the_claim_is_a_denial(extract_text):
    rec = extract_text("Chad dismissed as baseless Sudan's claim that its troops had crossed the river.")
    claims = _claims(rec)
    assert claims, claims
    denials = [r for c in claims for r in c["responses"] if r["stance"] == "deny"]
    assert denials and denials[0]["cue"] == "dismissed", claims
    assert [c["claimant"]["name"] for c in claims] == ["Sudan"], claims


def test_denial_without_an_earlier_claim_names_its_denier(extract_text):
    rec = extract_text("A spokesman for the group denied losing any fighters in the clashes.")
    claims = _claims(rec)
    assert claims, claims
    denial = [r for c in claims for r in c["responses"] if r["stance"] == "deny"]
    assert denial and denial[0]["by"]["name"] == "spokesman for the group", claims
    assert denial[0]["text"] == "losing any fighters in the clashes", claims


def test_an_institution_speaking_is_not_an_unnamed_source(extract_text):
    rec = extract_text("The Malian army said on Monday that its soldiers had killed twenty militants near Gao.")
    claims = _claims(rec)
    assert claims and claims[0]["sources"][-1] == {"name": "Malian army", "kind": "military"}, claims
    rec = extract_text("Security sources said on Monday that twenty militants had been killed near Gao.")
    claims = _claims(rec)
    assert claims and claims[0]["sources"][-1]["kind"] == "unnamed", claims


def test_statement_said_is_not_a_name_quoted_inside_it(extract_text):
    rec = extract_text('The defence ministry of Norland issued a statement on Friday. "General Arno Velt said the '
                       'village was taken by our forces. The enemy fled," the statement said, adding that two '
                       'soldiers died.')
    for c in _claims(rec):
        assert "Velt" not in (c["claimant"]["name"] or ""), c


def test_spokesman_for_the_group_speaks_as_the_group_named_before(extract_text):
    rec = extract_text("Chad's army said it had killed 30 Boko Haram fighters near the lake. A spokesman for the "
                       "group denied losing any fighters in the clashes.", published="2024-02-01")
    denials = [r for c in _claims(rec) for r in c["responses"] if r["stance"] == "deny"]
    assert denials and denials[0]["by"]["sector"] == "REB", denials
    assert denials[0]["by"]["country"] == "NGA", denials
