"""Issue 6, session 5: claimant conventions (unnamed sources of a named state; the original speaker of a chained
report) and source kinds (news agencies, named papers, agencies that are institutions). Made-up sentences."""
from __future__ import annotations

import pytest

from conftest import chain, claim_by

PUB = "2024-05-21T10:30:00+03:00"


@pytest.fixture(scope="module")
def run(extract_text):
    def go(text: str, **meta) -> dict:
        return extract_text(text, published=PUB, **meta).to_json()
    return go


@pytest.mark.parametrize("text, words, country", [
    ("Malian security sources said jihadists attacked a convoy near Gao on Monday.", "attacked a convoy", "MLI"),
    ("A Chadian military source said rebels seized a border post near Adre on Monday.", "seized a border post",
     "TCD"),
])
def test_unnamed_source_of_a_named_state_is_that_state(run, text, words, country):
    assert claim_by(run(text), words)["claimant"]["country"] == country


@pytest.mark.parametrize("text, words", [
    ("Sources said jihadists attacked a convoy near Gao on Monday.", "attacked a convoy"),
    ("Malian witnesses said jihadists attacked a convoy near Gao on Monday.", "attacked a convoy"),
])
def test_sources_and_witnesses_of_no_institution_stay_of_no_country(run, text, words):
    assert claim_by(run(text), words)["claimant"]["country"] is None


def test_outlet_citing_a_source_gives_the_claim_to_the_source(run):
    rec = run("Militants burned a school in Borno on Monday, Reuters reported, citing a Nigerian police source.",
              outlet="Lake Chad Post")
    c = claim_by(rec, "burned a school")
    assert "police source" in c["claimant"]["name"] and c["claimant"]["country"] == "NGA"
    assert [n for n, _ in chain(c)] == ["Lake Chad Post", "Reuters", "Nigerian police source"]
    assert chain(c)[1] == ("Reuters", "agency")


def test_cited_unnamed_source_of_an_institution_takes_the_reporters_country(run):
    rec = run("Xinhua, citing a military source, said border troops repelled an incursion near Yadong on Monday.")
    c = claim_by(rec, "repelled an incursion")
    assert "military source" in c["claimant"]["name"] and c["claimant"]["country"] == "CHN"


def test_speaker_citing_someone_chain_runs_outward_in(run):
    rec = run("Bandits abducted 12 farmers near Gusau on Monday, the Zamfara police said, citing a divisional "
              "officer.", outlet="Savannah Wire")
    c = claim_by(rec, "abducted 12 farmers")
    names = [n for n, _ in chain(c)]
    assert names[0] == "Savannah Wire" and names[-1] == "divisional officer"
    assert names.index("Zamfara police") < names.index("divisional officer")


@pytest.mark.parametrize("name, kind", [
    ("Xinhua", "agency"), ("Agence France-Presse", "agency"), ("state news agency", "agency"),
    ("UN refugee agency", "organisation"), ("Daily Trust", "media"), ("Radio Okapi", "media"),
    ("local media", "media"), ("Defence Ministry", "ministry"),
])
def test_kind_of(name, kind):
    from sitrep.claims.sources import kind_of
    assert kind_of(name) == kind


def test_a_named_agency_as_claimant_is_media_of_its_state_or_none():
    from sitrep.claims.sources import agency_country
    assert agency_country("Xinhua") == (True, "CHN")
    assert agency_country("the Associated Press") == (True, None)
    assert agency_country("Defence Ministry") == (False, None)


def test_cited_institution_source_takes_the_ground_of_the_article_before_the_reporters_country(run):
    rec = run("Xinhua, citing a police source, said gunmen had attacked a bus near Quetta on Monday.")
    c = claim_by(rec, "attacked a bus")
    assert c["claimant"]["country"] == "PAK"  # the police of the place told about, not China's


def test_state_media_cited_by_a_state_body_is_that_states(run):
    rec = run("Iraq's defence ministry said, citing the state news agency, that a Turkish drone had struck a car "
              "near Sulaimaniyah on Monday.")
    c = claim_by(rec, "Turkish drone")
    assert c["claimant"]["name"] == "state news agency" and c["claimant"]["country"] == "IRQ"
    assert ("state news agency", "agency") in chain(c)


@pytest.mark.parametrize("text, told", [
    ("A Sudanese military source told AFP that the RSF shelled El Fasher on Monday.", ("AFP", "agency")),
    ("Police rescued nine hostages near Gusau on Monday, a police spokesman told Radio Kano.",
     ("Radio Kano", "media")),
    ("A Sudanese military source told reporters that the RSF shelled El Fasher on Monday.", None),
])
def test_y_told_x_puts_x_in_the_chain_before_y(run, text, told):
    rec = run(text, outlet="Nile Post")
    c = rec["claims"][0]
    names = chain(c)
    assert names[0] == ("Nile Post", "outlet")
    if told:
        assert names[1] == told and len(names) == 3, names
        assert c["claimant"]["name"] != told[0]  # the speaker, not the outlet it told, is the claimant
    else:
        assert len(names) == 2 and names[1][0] != "reporters", names
