"""Speakers of claims, twentieth round (claims/speakers.py, actors.yaml; session 26): a body the actor dictionary
names with its country keeps it whatever people's word is in its name or wherever the story is filed from; a state
body whose own phrase names its town takes that town's country when the place stage found none; a body named again
after an appositive that called it civil society stays civil society; a province's public security secretariat is
the state's. Texts written for these tests.
"""

from conftest import claim_by, denials, json_runner

from sitrep.claims.speakers import _member_body_country

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


def test_a_group_by_its_own_name_is_not_the_civil_group_named_before(run):
    # "the group" named again takes a civil-society group's side; "The X rebel group" is a group of its own name
    rec = run("GOMA, Congo, May 4 - Three farmers were killed when shells hit a village near Rutshuru on Sunday, a "
              "local civil society group said.\n\nThe M23 rebel group, which controls the area, said the shells were "
              "fired by army drones. Congo's army denied that its drones had fired on the village.")
    claim = claim_by(rec, "fired by army drones")
    assert claim["claimant"]["country"] == "COD"
    assert claimant(rec, "Three farmers were killed")["country"] is None


def test_he_opening_the_next_sentence_is_the_speaker_not_the_man_his_words_named(run):
    rec = run("Border Weekly\n\nThe Thai army denied on Friday that rangers had beaten a detainee.\n\nA spokesman, "
              "Colonel Somchai Rattana, said the man, 41-year-old Hamid Yusoh, had fainted during questioning. He said "
              "the family would be invited to the autopsy.")
    who = claimant(rec, "invited to the autopsy")
    assert who["country"] == "THA"
    assert "Somchai" in who["name"] or "spokesman" in who["name"]


def test_an_army_spokesman_is_of_the_military_named_before_with_its_state(nlp):
    # "army" and "military" name one force: the member is of the latest force named before by either word with its
    # state's word (not of the story's home, the first state body quoted, the other side's)
    text = ("RAMALLAH, March 2 - A Palestinian teenager was shot dead near Beita on Saturday, the Palestinian health "
            "ministry said. The Israeli military said soldiers had fired at a man throwing a firebomb. On Sunday an "
            "army spokesman said the shooting was under review.")
    doc = nlp(text)
    at = text.index("army spokesman")
    assert _member_body_country(doc, doc.char_span(at, at + len("army spokesman"))) == "ISR"


def test_hellenic_is_greece_s_word(run):
    rec = run("ANKARA, June 3 - Turkey's coast guard said a Greek patrol boat had fired warning shots near a fishing "
              "boat off Chios.\n\nThe Hellenic Coast Guard denied that any shots had been fired.")
    claim = claim_by(rec, "fired warning shots")
    assert claim["claimant"]["country"] == "TUR"
    assert [d["by"]["country"] for d in denials(claim)] == ["GRC"]


def test_a_state_s_security_secretary_is_the_state_s(run):
    rec = run("Live: arson in Sinaloa\n\n10:05 GMT - Gunmen set fire to three trucks near Culiacan overnight, "
              "residents say.\n\n10:40 GMT - Sinaloa's security secretary, Jaime Robles, says two suspects were "
              "arrested.")
    assert claimant(rec, "two suspects were arrested")["country"] == "MEX"


def test_lawyer_opening_a_name_is_a_lawyer_s_title(run):
    # the tagger reads "Lawyer" as part of the person's name; the court story gives the lawyer its state
    rec = run("LIMA, June 9 - A former police colonel accused of taking bribes from a smuggling ring told a Lima "
              "court on Tuesday that he was innocent.\n\nLawyer Mateo Quispe said the colonel had been abroad when "
              "the payments were made.")
    assert claimant(rec, "abroad when the payments were made")["country"] == "PER"


def test_a_spanish_frente_is_named_in_english_with_front_after_its_name(run):
    # the dictionary's "Frente Carolina Ramírez" written the English way: the dissident front is Colombia's armed group
    rec = run("FLORENCIA, Colombia, May 8 - An Indigenous guard said on Friday that a dissident faction had kidnapped "
              "two of its members near Solano.\n\nThe Carolina Ramirez front denied the kidnapping in a statement "
              "and said the two men had been questioned and released.")
    who = claimant(rec, "questioned and released")
    assert (who["country"], who["sector"]) == ("COL", "REB")


def test_a_tribal_council_named_alone_speaks_for_no_state(run):
    # the Kuki-Zo Council by its name alone, no appositive: civil society by the dictionary, not India's
    rec = run("IMPHAL, July 2 - The Kuki-Zo Council said on Tuesday that gunmen from the valley had set fire to a "
              "church in a hill village.\n\nManipur police denied that any church had been burned, saying a storage "
              "hut had caught fire.")
    claim = claim_by(rec, "set fire to a church")
    assert claim["claimant"]["country"] is None
    assert [d["by"]["country"] for d in denials(claim)] == ["IND"]


def test_a_landless_workers_movement_speaks_for_no_state(run):
    # (in a story whose places are all Brazil's, a movement of no stated country was Brazil's)
    rec = run("GAZETA DO OESTE | Chapeco, Santa Catarina\n\nThe Landless Workers' Movement said on Sunday that "
              "military police officers evicted 80 families from an occupied farm near Chapeco without a court "
              "order.\n\nThe state government said the eviction was ordered by a judge.")
    assert claimant(rec, "evicted 80 families")["country"] is None
    assert claimant(rec, "ordered by a judge")["country"] == "BRA"


def test_she_after_a_prosecutor_named_carolina_is_the_prosecutor(run):
    # "Carolina" makes the prosecutor a woman: "She said" is hers, not the colonel's her words named
    rec = run("QUITO, May 5 - The prosecutor, Carolina Mendez, told the court on Monday that Colonel Ramiro Soto had "
              "taken payments from a smuggling ring. She said bank records showed three transfers in March.")
    assert "Mendez" in claimant(rec, "bank records showed three transfers")["name"]
