"""New-user pass 20, part 2 (session 26, h9): the kinds of named outlets and bodies in a source chain, and the body
a speaker "told" as the chain's relay ("told the BBC", "told Human Rights Watch"), not an audience ("told the
Security Council"). Texts are made up."""
from conftest import chain, claim_by


def test_named_outlets_and_organisations_have_their_kind():
    from sitrep.claims.sources import kind_of

    assert kind_of("BBC") == "media" and kind_of("the Kyiv Independent") == "media"
    assert kind_of("Al Jazeera") == "media"
    assert kind_of("Human Rights Watch") == "organisation" and kind_of("ICRC") == "organisation"
    assert kind_of("Reuters") == "agency" and kind_of("Daily Trust") == "media"  # (as before)
    assert kind_of("the army") != "media"


def test_told_a_named_broadcaster_puts_it_in_the_chain(extract_text):
    rec = extract_text("A source in the security service told the BBC that drones had hit a fuel depot in "
                       "Bryansk.\n", published="2027-05-10").to_json()
    claim = claim_by(rec, "drones had hit a fuel depot")
    assert chain(claim)[0] == ("BBC", "media"), chain(claim)


def test_told_a_rights_group_puts_it_in_the_chain(extract_text):
    rec = extract_text("Witnesses told Human Rights Watch that soldiers went from house to house in the town.\n",
                       published="2027-05-10").to_json()
    claim = claim_by(rec, "soldiers went from house to house")
    assert [name for name, _ in chain(claim)] == ["Human Rights Watch", "Witnesses"], chain(claim)


def test_told_a_council_is_an_audience_not_a_link(extract_text):
    rec = extract_text("The envoy told the UN Security Council that militias had shelled the camp twice.\n",
                       published="2027-05-10").to_json()
    claim = claim_by(rec, "militias had shelled the camp")
    assert "UN Security Council" not in [name for name, _ in chain(claim)], chain(claim)
