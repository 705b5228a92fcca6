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


def test_the_prosecution_is_of_the_state_whose_court_it_is(run):
    rec = run("SARAJEVO, May 11 - A former police commander went on trial on Monday over the killing of eleven "
              "civilians near Foca in 1993.\n\n"
              "The prosecution said the accused had commanded the unit that took the civilians from their homes.")
    assert country(rec, "commanded the unit") == "BIH"


def test_an_electoral_council_is_a_state_body(run):
    rec = run("TEGUCIGALPA, May 11 - Opposition parties accused the government of delaying the vote count.\n\n"
              "The National Electoral Council said the count would resume on Wednesday.")
    assert country(rec, "the count would resume") == "HND"


def test_a_settlement_council_is_of_the_settlers_state(run):
    rec = run("RAMALLAH, May 11 - Palestinian farmers said Israeli settlers had cut down about 300 olive trees near "
              "the village of Turmus Ayya.\n\n"
              "The settlement council of the area said outside youths were responsible.")
    assert country(rec, "outside youths were responsible") == "ISR"


def test_the_president_of_a_civil_society_coordination_speaks_for_no_state(run):
    rec = run("BUNIA, May 11 - Congo's army said it had repelled an attack by CODECO fighters on a camp near "
              "Djugu.\n\n"
              "The civil society coordination of Djugu said 14 people were killed. The coordination's president, "
              "Jean Dhedju, said most of the dead were women.")
    assert country(rec, "most of the dead were women") is None


def test_a_civil_noun_before_a_name_makes_the_body_civil(run):
    rec = run("QUITO, May 11 - Ecuador's Indigenous confederation CONAIE said soldiers had fired tear gas at "
              "marchers near Latacunga.")
    assert country(rec, "fired tear gas at marchers") is None


def test_a_league_for_human_rights_is_an_ngo(run):
    rec = run("TUNIS, May 11 - Twelve opposition figures were sentenced to prison terms on Monday.\n\n"
              "The Tunisian League for Human Rights said the trial lacked every guarantee of fairness.")
    assert country(rec, "lacked every guarantee of fairness") is None


def test_its_office_for_a_place_is_the_body_named_before(run):
    rec = run("PRISTINA, May 11 - Kosovo police said they had found rifles and grenades in a house in Zvecan.\n\n"
              "Serbia's government denied any link to the weapons. Its office for Kosovo accused Pristina of "
              "staging the find to justify arrests.")
    assert country(rec, "staging the find") == "SRB"


def test_a_municipal_office_is_of_the_ground_the_story_is_on(run):
    rec = run("COTABATO CITY, May 11 - The army said its soldiers had killed three gunmen in a clash near Datu "
              "Hoffer.\n\n"
              "About 200 families fled to an evacuation centre, the municipal disaster office said.")
    assert country(rec, "About 200 families fled") == "PHL"



def test_the_rada_force_is_libyas_not_a_yemeni_towns(run):
    rec = run("Armed men stormed the control tower at Mitiga airport on Sunday, two airport workers said.\n\n"
              "The Rada force said its men had only guarded the runway.")
    assert country(rec, "only guarded the runway") == "LBY"


def test_a_countrys_refugee_council_abroad_speaks_for_no_state(run):
    rec = run("BIHAC, May 11 - Croatian police pushed a group of 30 migrants back across the border overnight, the "
              "migrants said.\n\n"
              "The Danish Refugee Council, which runs a medical point near Bihac, said it had treated 14 people from "
              "the group.")
    assert country(rec, "treated 14 people") is None
