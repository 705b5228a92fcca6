"""Actors, session 15 (h7): national parties by their names (the EFF, Chadema, the PTI) and by
"the X party" are people of their country, never its state nor rebels; the opposition and a church's or a
community's people speak for no state; Myanmar's resistance by its plural name; a name cut inside its hyphens;
a people's name before a civil group is no official; armed
groups of conflicts the dictionary lacked. Sentences are made up."""
from conftest import mentions_by_text


def test_a_party_named_fighters_is_no_armed_group(nlp):
    found = mentions_by_text(nlp, "The Economic Freedom Fighters marched to the police station in Soweto.")
    m = found["The Economic Freedom Fighters"]
    assert (m.country, m.sector) == ("ZAF", "CVL"), found


def test_opposition_parties_by_name(nlp):
    found = mentions_by_text(nlp, "Police in Arusha detained two Chadema organisers on Thursday.")
    assert any(m.country == "TZA" and m.sector == "CVL" for t, m in found.items() if "Chadema" in t), found
    found = mentions_by_text(nlp, "The Pakistan Tehreek-e-Insaf said its rally in Lahore had been banned.")
    m = found["The Pakistan Tehreek-e-Insaf"]
    assert (m.country, m.sector) == ("PAK", "CVL"), found


def test_a_party_by_its_name_and_lower_case_party(nlp):
    found = mentions_by_text(nlp, "The opposition Wiper party said police in Machakos, Kenya, had beaten its agents.")
    m = found["The opposition Wiper party"]
    assert (m.country, m.sector) == ("KEN", "CVL"), found


def test_a_name_before_party_is_no_official(nlp):
    found = mentions_by_text(nlp, "In Tanzania, officers arrested the Kilimo party's treasurer in Arusha.")
    assert all(m.sector != "GOV" for t, m in found.items() if "Kilimo" in t), found
    assert any(m.sector == "CVL" and m.country == "TZA" for t, m in found.items() if "Kilimo" in t), found


def test_the_opposition_is_no_state(nlp):
    found = mentions_by_text(nlp, "The Tanzanian opposition said the vote in Dodoma had been rigged.")
    m = found["The Tanzanian opposition"]
    assert (m.country, m.sector) == ("TZA", "CVL"), found


def test_church_and_community_speakers_are_of_no_state(nlp):
    found = mentions_by_text(nlp, "Rwandan troops reached Mocimboa da Praia, Mozambique, on Monday, a local church "
                                  "official said.")
    m = found["a local church official"]
    assert (m.country, m.sector) == (None, "NGO"), found
    found = mentions_by_text(nlp, "A community leader in Maru said bandits had burned the granary.")
    assert found["A community leader"].sector == "CVL", found


def test_peoples_defence_forces_plural(nlp):
    found = mentions_by_text(nlp, "Fighters of the People's Defence Forces attacked a police post in Sagaing, Myanmar.")
    m = found["the People's Defence Forces"]
    assert (m.country, m.sector) == ("MMR", "REB"), found


def test_a_peoples_name_before_a_civil_group_is_no_official(nlp):
    found = mentions_by_text(nlp, "A Kuki civil society group said troops had torched houses in Churachandpur.")
    assert "Kuki" not in found or found["Kuki"].sector != "GOV", found


def test_armed_groups_the_dictionary_lacked(nlp):
    cases = [("Ansar al-Sunna fighters raided Macomia on Sunday.", "Ansar al-Sunna fighters", ("MOZ", "REB")),
             ("The Baloch Republican Army claimed the attack near Turbat.", "The Baloch Republican Army",
              ("PAK", "REB")),
             ("Members of Bwa Kale burned two suspects in Port-au-Prince.", "Members of Bwa Kale", ("HTI", "MLT")),
             ("Los Lagartos gunmen attacked a prison in Guayaquil.", "Los Lagartos gunmen", ("ECU", "MLT"))]
    for text, name, expected in cases:
        found = mentions_by_text(nlp, text)
        assert name in found and (found[name].country, found[name].sector) == expected, (text, found)


def test_al_shabaab_in_a_mozambique_story_is_mozambiques_insurgency(nlp):
    found = mentions_by_text(nlp, "Al-Shabaab fighters raided Mocimboa da Praia, Mozambique, on Sunday, and Rwandan "
                                  "troops pursued them toward Macomia.")
    assert found["Al-Shabaab fighters"].country == "MOZ", found
    found = mentions_by_text(nlp, "Al-Shabaab fighters attacked a Kenyan army base in Lamu, Kenya, on Sunday.")
    assert found["Al-Shabaab fighters"].country == "SOM", found  # no Mozambique in the story: Somalia's group


def test_village_volunteers_and_a_tribal_council(nlp):
    found = mentions_by_text(nlp, "Meitei village volunteers exchanged fire with Kuki militants near Moirang.")
    assert found["Meitei village volunteers"].sector == "MLT", found
    found = mentions_by_text(nlp, "Kuki Zo Council members protested in Churachandpur, Manipur.")
    assert found["Kuki Zo Council members"].sector != "GOV", found


def test_an_international_bodys_country_office_is_no_state(nlp):
    found = mentions_by_text(nlp, "Amnesty International Kenya said police in Nairobi had shot 16 protesters.")
    m = found["Amnesty International Kenya"]
    assert (m.country, m.sector) == (None, "IGO"), found
    found = mentions_by_text(nlp, "UNICEF Sudan said 40 children were killed in El Fasher.")
    assert found["UNICEF Sudan"].country is None, found


def test_an_opening_bracket_is_no_part_of_a_name(nlp):
    found = mentions_by_text(nlp, "Fighting between the National Liberation Army (ELN) and dissidents of the former "
                                  "FARC killed 80 people in Catatumbo, Colombia.")
    assert "(ELN" not in found and ("ELN" in found and found["ELN"].country == "COL"), found
