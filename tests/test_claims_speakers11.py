"""Speakers of claims, eleventh round (claims/speakers.py, data/claims/speakers.yaml, titles in
data/actors/actors.yaml): the claimant's country on plain prose (session 17). A vice-minister, a prefect and the
director of a prison system are state officials of the story's country; a body the story named as "the opposition
X" is of its country's political life when it speaks again by its name alone; a transcript turn of an international
body's spokesman takes no country from the city in the intro; an officer of a body the story named as an
international one ("the office's spokeswoman" after "a UN human rights office report", "the regional mission's
commander") speaks for no state, and neither does that person named again; an official whose own words name no
state takes the title named before with its state, a regional official the story's ground, not a place it speaks
of; "the South's" and "the North's" in a story of the two Koreas are those states, and so is the acronym of a body
they own; "the group, X" after "a group of exiles" speaks for no state; a government's information team is a state
body; the South Sudan People's Defence Forces are South Sudan's army, not Myanmar's resistance. Texts written for
these tests, one test per rule.
"""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_vice_minister_is_a_state_official_of_the_story(run):
    rec = run("Voz del Norte\n\nThe Nicaraguan government rejected as lies a report by an exiles' network claiming "
              "that 30 people had been detained in Leon.\n\nInterior Ministry spokeswoman Ana Ruiz said nobody had "
              "been detained in Leon that week.\n\nVice-minister Tomas Reyes said the police had instead arrested two "
              "thieves.")
    assert country(rec, "instead arrested two thieves") == "NIC"


def test_the_director_of_the_prison_system_is_a_state_official(run):
    rec = run("TEGUCIGALPA - A Honduran rights group said 40 inmates had died in custody this year. The director of "
              "the prison system said the figure was false and that every death had been investigated.")
    assert country(rec, "every death had been investigated") == "HND"


def test_a_prefect_is_a_state_official(run):
    rec = run("DAKAR, June 9 - Senegalese soldiers clashed with rebels near a village in the south on Sunday, the "
              "army said. The prefect said the local market would reopen on Wednesday.")
    assert country(rec, "local market would reopen") == "SEN"


def test_a_body_named_as_the_opposition_speaks_for_its_country_by_its_name_alone(run):
    rec = run("TIRANA, June 9 - Albania's interior ministry said police had found rifles in a house near Shkoder and "
              "that the men arrested had ties to the opposition National Renewal.\n\n"
              "The National Renewal denied any link to the men.")
    deniers = [r["by"] for c in rec["claims"] for r in c.get("responses") or [] if r.get("stance") == "deny"]
    assert [b["country"] for b in deniers if "National Renewal" in (b.get("name") or "")] == ["ALB"]


def test_a_transcript_turn_of_an_international_body_takes_no_country_from_the_intro(run):
    rec = run("Juba, June 9 - Colonel Peter Amadi, spokesman of the UN mission, spoke to a Juba radio station on "
              "Monday about the attack on the camp near Bor.\n\n"
              "Host: How many peacekeepers were hurt?\n\n"
              "Peter Amadi: Four peacekeepers were wounded when gunmen fired at the gate.")
    assert country(rec, "Four peacekeepers were wounded") is None


def test_an_officer_of_an_office_named_as_an_international_one_is_of_no_state(run):
    rec = run("GENEVA, June 9 - A UN human rights office report said security forces had beaten detainees in three "
              "prisons.\n\n"
              "The office's spokesman, Tomas Berglund, told reporters in Geneva that the findings were based on 60 "
              "interviews. He said the guards had also denied detainees medical care.")
    assert country(rec, "based on 60 interviews") is None
    assert country(rec, "denied detainees medical care") is None


def test_an_officer_of_a_regional_mission_is_of_no_state(run):
    rec = run("MAPUTO - Malawi's army said on Monday that one of its soldiers serving with a regional mission in "
              "northern Mozambique had been killed in an ambush. The regional mission's commander said the convoy "
              "had been attacked by about 50 insurgents.")
    assert country(rec, "attacked by about 50 insurgents") is None


def test_the_souths_body_in_a_story_of_the_two_koreas_is_south_koreas(run):
    rec = run("Pyongyang denies its soldiers crossed into the South\n\n"
              "Seoul, June 9 - North Korean soldiers crossed the border on Sunday and went back after South Korean "
              "troops fired warning shots, the South's Joint Chiefs of Staff said. The soldiers were laying mines, "
              "a JCS official told reporters.")
    assert country(rec, "North Korean soldiers crossed the border") == "KOR"
    assert country(rec, "The soldiers were laying mines") == "KOR"


def test_an_official_by_a_title_named_before_takes_its_state_not_a_place_it_speaks_of(run):
    rec = run("COX'S BAZAR, Bangladesh, May 2 - Bangladesh's refugee relief commissioner said on Monday that about "
              "5,000 Rohingya had arrived from Myanmar's Rakhine state since March. Commissioner Abdul Karim said "
              "most had crossed the Naf river at night on fishing boats.")
    assert country(rec, "most had crossed the Naf river") == "BGD"


def test_a_regional_official_is_of_the_storys_ground_not_of_a_place_it_speaks_of(run):
    rec = run("Kazakhstan's emergencies ministry said on Thursday that floods had forced 4,000 people from their "
              "homes in the west. The regional governor said the dam near Orenburg was holding.")
    assert country(rec, "the dam near Orenburg was holding") == "KAZ"


def test_an_army_whose_name_holds_another_armed_groups_name(run):
    rec = run("JUBA, June 9 - The South Sudan People's Defence Forces said rebels had attacked a barracks near Nasir.")
    assert country(rec, "rebels had attacked a barracks") == "SSD"


def test_the_group_named_again_after_a_group_of_exiles_is_of_no_state(run):
    rec = run("PANAMA CITY, June 9 - A group of Venezuelan exiles in Panama said on Monday that Venezuelan police had "
              "detained six relatives of exiled activists in Maracaibo.\n\n"
              "The group, Venezuela Libre en Panama, said the relatives had been held without charge.")
    assert country(rec, "held without charge") is None


def test_a_governments_information_team_is_a_state_body(run):
    rec = run("NAY PYI TAW, June 9 (Golden Land Daily) - Army columns repulsed an attack by rebels on a police post "
              "near Hpakant on Sunday, the Clear Truth Information Team said. The information team said the rebels had "
              "fired rockets from villages.")
    assert country(rec, "repulsed an attack by rebels") == "MMR"
    assert country(rec, "fired rockets from villages") == "MMR"
