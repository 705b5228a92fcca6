"""Speakers of claims, twelfth round (claims/speakers.py, data/claims/speakers.yaml, data/actors/actors.yaml): the
claimant's country on plain prose (session 18). A dependent territory's speakers are of the state it belongs to; a
political body described by the independence it seeks is of its country's political life; "the high commission"
after "the high commissioner" is that official's office. Texts written for these tests, one test per rule.
"""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_territory_party_is_of_the_state_it_belongs_to(run):
    rec = run("PAPEETE, June 9 - France's high commission in French Polynesia said gendarmes had arrested four men "
              "after a fire at a school in Faaa.\n\n"
              "The Tahitian Liberation Party said the four were students who had been nowhere near the school.")
    assert country(rec, "nowhere near the school") == "FRA"


def test_a_pro_independence_group_is_of_its_country(run):
    rec = run("NOUMEA, June 9 - French authorities said gendarmes had dismantled a roadblock on the road to the "
              "airport on Sunday.\n\n"
              "The Kanak Youth Collective, a pro-independence group, said its members had left the road before the "
              "gendarmes came.")
    assert country(rec, "left the road before the gendarmes came") == "FRA"


def test_the_office_of_an_official_named_before_is_of_the_officials_country(run):
    rec = run("Britain's high commissioner in Kenya said on Monday that two British soldiers had been questioned "
              "over the crash near Nanyuki.\n\n"
              "The high commission said both men had since returned to their base.")
    assert country(rec, "returned to their base") == "GBR"
