"""Speakers of claims, thirteenth round (claims/speakers.py, claims.py `_prosecuting_state`, data/claims/speakers.yaml):
the claimant's country on plain prose (session 19). People at work and relatives speak for no state, even at a named
hospital or in a court story; a plural the tagger reads as a name at a sentence's head is still private people.
Texts written for these tests, one test per rule.
"""

from conftest import claim_by, json_runner

PUB = "2026-05-12T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_nurse_at_a_named_hospital_speaks_for_no_state(run):
    rec = run("GULU, May 11 - Uganda's army said its soldiers had fired in the air to disperse a crowd outside the "
              "barracks.\n\n"
              "A nurse at Gulu hospital said four young men were treated for gunshot wounds.")
    assert country(rec, "four young men were treated") is None


def test_a_capitalised_plural_at_a_sentence_head_is_private_people(run):
    rec = run("OSH, May 11 - Kyrgyzstan's border service said Tajik guards had fired at a water post on Sunday.\n\n"
              "09:15 GMT - Residents of Osh told us by phone that three houses were on fire.")
    assert country(rec, "three houses were on fire") is None


def test_a_relative_in_a_court_story_takes_no_prosecuting_state(run):
    rec = run("KISUMU - A police constable fired at a fleeing student, a prosecutor told the High Court on Tuesday.\n\n"
              "Defence lawyer Otieno Were denied that his client had aimed at anyone.\n\n"
              "The dead student's father, Samuel Ouma, said outside court that his son had been walking home.")
    assert country(rec, "his son had been walking home") is None


def test_the_spokeswoman_of_families_speaks_for_no_state(run):
    rec = run("LIMA, May 11 - Peru's defence ministry said soldiers had returned fire after an ambush near "
              "Pichari.\n\n"
              "The families' spokeswoman, Elena Huaman, said the three men were carrying firewood.")
    assert country(rec, "carrying firewood") is None



def test_a_spokeswoman_after_a_state_bodys_denial_speaks_for_that_body(run):
    rec = run("BAKU, May 11 - Azerbaijan's defence ministry said on Monday that Armenian units had fired at its "
              "positions near Kalbajar overnight.\n\n"
              "Armenia's defence ministry denied that its soldiers had opened fire. Spokeswoman Lilit Arakelyan said "
              "the border had been quiet all night.")
    assert country(rec, "the border had been quiet all night") == "ARM"


def test_they_after_a_body_of_troops_is_those_troops(run):
    rec = run("OSH, May 11 - Kyrgyzstan's border service says Tajik guards opened fire on a Kyrgyz patrol near the "
              "village of Maksat on Sunday.\n\n"
              "In Dushanbe, the Tajik border troops gave another account. They said the Kyrgyz patrol had crossed "
              "into Tajik territory first.")
    assert country(rec, "had crossed into Tajik territory first") == "TJK"


def test_a_press_release_title_gives_the_issuers_state(run):
    rec = run("Ministry of Defence of Estonia - Press release, 3 May\n\n"
              "The Russian foreign ministry has accused Estonian border guards of firing at a fishing boat on Lake "
              "Peipus.\n\n"
              "The Government has decided to close the Narva crossing to cars from Monday.")
    assert country(rec, "close the Narva crossing") == "EST"


def test_the_author_of_remarks_is_the_spokesman_named_again(run):
    rec = run("Press release of the Ministry of Foreign Affairs of Laos\n\n"
              "The ministry has taken note of remarks by a Vietnamese government spokesman on Monday.\n\n"
              "The spokesman said Lao soldiers had moved a border marker near the Nam Can crossing.")
    assert country(rec, "moved a border marker") == "VNM"
