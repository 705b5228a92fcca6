"""Speakers of claims, twentieth round (claims/speakers.py, actors.yaml; session 26): a body the actor dictionary
names with its country keeps it whatever people's word is in its name or wherever the story is filed from; a state
body whose own phrase names its town takes that town's country when the place stage found none; a body named again
after an appositive that called it civil society stays civil society; a province's public security secretariat is
the state's. Texts written for these tests.
"""

from conftest import claim_by, denials, json_runner

PUB = "2026-11-29T08:00:00+00:00"


run = json_runner(PUB)


def claimant(rec: dict, words: str) -> dict:
    return claim_by(rec, words)["claimant"]


def test_a_dictionary_body_with_a_people_s_word_keeps_its_country_in_a_story_filed_elsewhere(run):
    # "Kurdistan" is a people's word, which sends a state body of no named state to the story's ground (Iran here);
    # the Kurdistan Regional Government is named in the actor dictionary as Iraq's
    rec = run("TEHRAN, May 3 - Iran's Revolutionary Guards said on Sunday they had fired missiles at militant "
              "camps in northern Iraq.\n\nThe Kurdistan Regional Government said the missiles had struck a "
              "school near Soran and wounded two pupils.")
    assert claimant(rec, "wounded two pupils")["country"] == "IRQ"
    assert claimant(rec, "fired missiles at militant camps")["country"] == "IRN"


def test_a_denial_of_the_regional_government_s_claim_links_across_the_two_states(run):
    rec = run("TEHRAN, May 3 - Iran's foreign ministry spokesman spoke to reporters on Monday.\n\n"
              "The Kurdistan Regional Government says an Iranian drone killed a shepherd near Penjwen on Saturday. "
              "The spokesman denied that any shepherd had been killed.")
    claim = claim_by(rec, "killed a shepherd near Penjwen")
    assert claim["claimant"]["country"] == "IRQ"
    assert [d["by"]["country"] for d in denials(claim)] == ["IRN"]


def test_a_police_chief_named_by_his_town_is_of_the_town_s_country(run):
    # no place of the story is found by the place stage (the town is only a word of the title); the gazetteer
    # knows the town
    rec = run("Radio Sur\n\nFarmers of the valley said officers had beaten two men at the roadblock.\n\n"
              "The Andahuaylas police chief, Major Julio Ccori, said no one had been beaten.")
    assert claimant(rec, "no one had been beaten")["country"] == "PER"


def test_a_town_in_a_police_title_is_no_more_than_a_fallback_to_the_story_s_own_country(run):
    # a town's name shared by several states ("Santa Rosa") does not displace the country the dateline gives
    rec = run("LIMA, May 3 - Farmers said officers had beaten two men at a roadblock on Sunday.\n\n"
              "The Santa Rosa police chief said no one had been beaten.")
    assert claimant(rec, "no one had been beaten")["country"] == "PER"


def test_a_body_named_again_after_a_civil_description_stays_civil_society(run):
    rec = run("The Valley Courier\n\nThe Hmar Inpui Council, a tribal body, said on Monday that gunmen had burned "
              "six houses in a hill village of Manipur's Pherzawl district.\n\nThe council said the gunmen came from "
              "the valley at night. Manipur police said two suspects had been arrested.")
    who = claimant(rec, "came from the valley at night")
    assert (who["country"], who["sector"]) == (None, "NGO")
    assert claimant(rec, "two suspects had been arrested")["country"] == "IND"


def test_a_body_named_again_with_no_civil_description_keeps_its_state(run):
    # the same construction with a state body described as such: no civil society
    rec = run("The Valley Courier\n\nThe Pherzawl District Council, the district's elected body, said on Monday that "
              "gunmen had burned six houses in a hill village of Manipur.\n\nThe council said the gunmen came from "
              "the valley at night.")
    assert claimant(rec, "came from the valley at night")["country"] == "IND"


def test_a_province_s_public_security_secretariat_is_the_state_s(run):
    rec = run("Jornal do Norte | Belem, Para\n\nA farmers' movement said police had burned tents at a roadside camp "
              "near Altamira.\n\nPara's public security secretariat denied that officers had burned any tent and "
              "said the camp had been cleared under a court order.")
    who = claimant(rec, "cleared under a court order")
    assert (who["country"], who["sector"]) == ("BRA", "POL")
    claim = claim_by(rec, "burned tents at a roadside camp")
    assert claim["claimant"]["country"] is None
    assert [d["by"]["country"] for d in denials(claim)] == ["BRA"]
