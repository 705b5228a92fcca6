"""Issue 6, session 13: "deny" that withholds a thing ("was denied access", "denied him insulin", "had been denied a
lawyer") is no denial of any claim, while "denied the report" and "denied that …" stay denials. Made-up sentences."""
from __future__ import annotations

import pytest

from conftest import attributions, claim_by, denials, json_runner, with_cue

PUB = "2025-09-09T08:00:00+00:00"


run = json_runner(PUB)


def _all_denials(rec: dict) -> list:
    return [r for c in rec["claims"] for r in denials(c)]


@pytest.mark.parametrize("sentence", [
    "Her lawyer said the detainee had been denied a lawyer of her choice for three weeks.",
    "The UN rapporteur said investigators had been denied access to the region since March.",
    "Relatives said prison guards denied him insulin for a week.",
    "The governor said aid convoys were denied entry at the checkpoint on Monday.",
    "The court denied bail to the two reporters, their editor said.",
])
def test_deny_that_withholds_a_thing_is_no_denial(run, sentence):
    rec = run("KAMPALA, Sept 8 - Two opposition reporters were arrested on Saturday.\n\n" + sentence)
    assert _all_denials(rec) == []


def test_a_denial_beside_a_withheld_thing_is_still_a_denial(run):
    rec = run("ABUJA, Sept 8 - Residents said air force jets struck the village of Tudun Wada twice on Sunday.\n\n"
              "Nigeria's air force denied that its jets had struck the village. It said its crews had been denied "
              "access to the area by armed groups for two days.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "struck the village of Tudun Wada"))] == ["NGA"]
    assert len(_all_denials(rec)) == 1


@pytest.mark.parametrize("text, claim, denial", [
    ("ABUJA, Sept 8 - Nigeria's army said its troops had killed 30 bandits near the town of Kauru on Sunday.\n\n"
     "The Catholic bishop of Kafanchan said most of the dead were farmers. The army dismissed the bishop's account.",
     "most of the dead were farmers", "the bishop's account"),
    ("QUITO, Sept 8 - Ecuador's prison agency said four inmates died in a fight between gangs on Tuesday.\n\n"
     "Relatives of the inmates told local radio that at least eleven men had been killed. The agency rejected the "
     "relatives' figure as speculation.", "at least eleven men had been killed", "the relatives' figure"),
])
def test_a_denial_naming_a_speaker_of_no_country_by_its_head_noun_answers_that_speaker(run, text, claim, denial):
    rec = run(text)
    answered = claim_by(rec, claim)
    assert [r["text"].startswith(denial) for r in denials(answered)] == [True]
    assert answered["claimant"]["country"] is None


def test_a_named_speaker_of_no_country_does_not_override_the_words_a_denial_shares(run):
    rec = run("GENEVA, Sept 8 - A UN fact-finding mission said in a report that migrants held in detention centres "
              "in western Libya had been subjected to forced labour.\n\n"
              "The report said the mission had found grounds to believe that crimes against humanity had been "
              "committed at a centre in Zawiya.\n\n"
              "The interior ministry in Tripoli rejected the mission's findings on the Zawiya centre.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "crimes against humanity"))] == ["LBY"]


def test_the_two_sides_of_a_civil_war_are_not_one_voice(run):
    # the rebels denied the army's claim; the army's later denial answers the rebels' claim, not the one a voice of
    # "its own country" already denied
    rec = run("YANGON, Sept 8 - Myanmar's military said its forces had retaken the town of Kyaukme from the Ta'ang "
              "National Liberation Army.\n\n"
              "TNLA spokesman Lway Yay Oo denied the claim. Yay Oo said the group's fighters still held the town centre "
              "and its hospital.\n\n"
              "Zaw Min Tun, the junta's spokesman, told state media that the fighters had fled. Zaw Min Tun rejected what "
              "he called rebel propaganda about the hospital.")
    assert [r["by"]["sector"] for r in denials(claim_by(rec, "retaken the town"))] == ["REB"]
    assert [r["by"]["sector"] for r in denials(claim_by(rec, "still held the town centre"))] == ["MIL"]


def test_a_denial_naming_another_voice_of_its_own_country_by_its_title_answers_that_voice(run):
    rec = run("BAMAKO, Sept 8 (Reuters) - Mali's army said on Monday that its drones had destroyed a JNIM convoy near "
              "the town of Nara.\n\n"
              "Moussa Traore, a local councillor in Nara, told Reuters that the strike had hit a weekly market.\n\n"
              "Army spokesman Souleymane Dembele dismissed the councillor's account.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "hit a weekly market"))] == ["MLI"]
    assert not denials(claim_by(rec, "destroyed a JNIM convoy"))


def test_an_after_clause_the_parser_made_a_complement_is_a_statement_of_its_own(nlp):
    atts = attributions(nlp, "The National Liberation Army denied on Tuesday any role in a car bomb that killed four "
                             "soldiers in Arauca, a day after Colombia's defence ministry blamed the guerrilla group "
                             "for the blast.")
    assert with_cue(atts, "denied")["content"] == ["any role in a car bomb that killed four soldiers in Arauca"]
    assert with_cue(atts, "blamed")["source"] == "Colombia's defence ministry"
    # a date after "since" is a preposition's object, not a clause's subject
    atts = attributions(nlp, "The region's spokesman said all oil produced in the region since March had been "
                             "delivered to the federal oil marketing company.")
    assert with_cue(atts, "said")["content"][0].endswith("federal oil marketing company")


def test_a_denial_answers_a_same_country_claim_told_in_its_after_clause(run):
    rec = run("JUBA, Sept 8 - South Sudan's army denied on Wednesday that its soldiers had abandoned their base in "
              "Nasir, hours after local officials said the garrison had been overrun by militiamen.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "the garrison had been overrun"))] == ["SSD"]


def test_a_speaker_named_again_by_honorific_and_surname_is_the_person_introduced(run):
    rec = run("NIAMEY, Sept 8 (AFP) - Niger's army said on Sunday that its troops had killed 40 jihadists in an "
              "ambush near Tillaberi.\n\n"
              "Abdou Garba, a member of a local vigilante committee, said most of the dead were herders.\n\n"
              "Mr Garba called the army's version \"a lie to hide a massacre\".")
    assert [r["by"]["name"] for r in denials(claim_by(rec, "killed 40 jihadists"))] == ["Mr Garba"]
    assert [r["by"]["country"] for r in denials(claim_by(rec, "killed 40 jihadists"))] == ["NER"]
