"""Speakers of claims, ninth round (claims/speakers.py, data/claims/speakers.yaml): speakers of no state that a
phrase describes rather than names (session 15's convention, data/claims-eval/README.md "Speakers of no state").
A body described in apposition as civil society or a group of private people ("X, a tribal body", "Y, a coalition of
civil-society groups and parties", "Z, a group of defectors"), or by whose group it is ("a herders' group"), a body
by a capitalised name holding "Human Rights" or ending in a civil-society noun ("the ... Lawyers' Association"), a
company or a vessel's manager, private people ("refugees in the camp", "one of the migrants"), a cleric ("Father X")
speak for no state, whatever country the phrase names; an armed or state word in the description, or a state that
owns the company, keeps the country; a regional bureau or a district's administration is of the ground it governs;
a belligerent's "American enemy" is the United States. Texts written for these tests, one test per rule (session 16).
"""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_body_described_as_a_tribal_body_has_no_country(run):
    rec = run("IMPHAL, May 3 - Manipur police said gunmen had fired on farmers in Bishnupur district on Saturday. The "
              "Indian Tribal Council, a tribal body, said the farmers had strayed into a buffer zone.")
    assert country(rec, "fired on farmers") == "IND"
    assert country(rec, "strayed into a buffer zone") is None


def test_a_coalition_of_civil_society_groups_has_no_country_an_armed_coalition_keeps_it(run):
    rec = run("CONAKRY, May 6 - Police fired tear gas at protesters in Conakry on Monday. The Guinea Citizens' "
              "Front, a coalition of civil-society groups and parties, said three people were shot dead. The Kankan "
              "Patriots, an alliance of armed militias, said its men had seized a police post in Siguiri.")
    assert country(rec, "three people were shot dead") is None
    assert country(rec, "seized a police post") == "GIN"


def test_a_group_of_defectors_in_apposition_to_a_name_has_no_country(run):
    rec = run("SEOUL, June 2 - North Korea flew more balloons across the border, the South's military said. North "
              "Korean Freedom Fighters, a group of defectors based in Seoul, said it had launched 30 balloons with "
              "leaflets.")
    assert country(rec, "launched 30 balloons") is None


def test_a_herders_group_has_no_country(run):
    rec = run("MAKURDI, Nigeria, June 15 - Gunmen killed 20 villagers in Benue state, police said. A herders' group, "
              "the Middle Belt Pastoral Union, said its members had lost 300 cows to rustlers this year.")
    assert country(rec, "lost 300 cows") is None


def test_a_human_rights_body_by_its_name_has_no_country_a_state_commission_keeps_it(run):
    rec = run("N'DJAMENA, Feb 28 - Police arrested dozens of protesters in the capital. The Chadian Human Rights "
              "League said it had documented 60 arrests. Chad's National Human Rights Commission said it had "
              "opened an inquiry.")
    assert country(rec, "documented 60 arrests") is None
    assert country(rec, "opened an inquiry") == "TCD"


def test_a_body_named_as_an_association_has_no_country(run):
    rec = run("TBILISI, Dec 3 - Riot police used water cannon against protesters in Tbilisi, Georgia's interior "
              "ministry said. The Georgian Young Lawyers' Association said at least 40 protesters were detained.")
    assert country(rec, "water cannon") == "GEO"
    assert country(rec, "40 protesters were detained") is None


def test_a_company_has_no_country_unless_the_state_owns_it(run):
    rec = run("TALLINN, April 2 - GPS jamming disrupted flights over Estonia, officials said. A Finnish airline said "
              "two of its aircraft had returned to Helsinki. The state-owned Estonian railway company said trains "
              "ran normally.")
    assert country(rec, "returned to Helsinki") is None
    assert country(rec, "trains ran normally") == "EST"


def test_a_vessels_manager_has_no_country(run):
    rec = run("ADEN, Jan 9 - Houthi forces said they had fired missiles at a tanker in the Red Sea. The tanker's "
              "Cypriot manager said the ship had not been hit.")
    assert country(rec, "fired missiles at a tanker") == "YEM"
    assert country(rec, "had not been hit") is None


def test_refugees_and_families_speak_for_no_state(run):
    rec = run("COX'S BAZAR, Bangladesh, March 3 - Rohingya refugees in the Balukhali camp said police had sent 30 "
              "men back across the river. Families in the village of Teknaf said they had not seen their sons "
              "since Sunday.")
    assert country(rec, "sent 30 men back") is None
    assert country(rec, "not seen their sons") is None


def test_one_of_the_migrants_has_no_country(run):
    rec = run("TRIPOLI, July 1 - The coast guard said it had intercepted a boat carrying 80 migrants off Zuwara. One "
              "of the migrants, a Sudanese teenager, told reporters that the crew had beaten people with ropes.")
    assert country(rec, "beaten people with ropes") is None


def test_the_international_crisis_group_has_no_country(run):
    rec = run("YAOUNDE, Jan 22 - Fighting in the North-West region has forced thousands from their homes, according "
              "to the International Crisis Group. The army said it had killed 12 separatists near Bamenda.")
    assert country(rec, "forced thousands from their homes") is None
    assert country(rec, "killed 12 separatists") == "CMR"


def test_a_regional_bureau_is_the_regions_state(run):
    rec = run("BAHIR DAR, Ethiopia, Nov 11 - Militiamen attacked a military convoy near Gondar on Sunday, the Amhara "
              "regional government said. The regional communication bureau said 17 fighters were killed.")
    assert country(rec, "17 fighters were killed") == "ETH"


def test_a_districts_self_administration_is_of_the_ground_it_governs(run):
    rec = run("SINJAR, Iraq, May 27 - Soldiers took over three checkpoints on the road to Mosul on Monday. The "
              "Sinjar district's self-administration said it had not been consulted.")
    assert country(rec, "had not been consulted") == "IRQ"


def test_a_priest_by_his_title_has_no_country(run):
    rec = run("JAYAPURA, Indonesia, May 14 - Indonesian soldiers killed three separatists in Intan Jaya, a military "
              "spokesman said. Indonesian priest Father Yosef Tabuni said hundreds of villagers had fled into the "
              "forest.")
    assert country(rec, "killed three separatists") == "IDN"
    assert country(rec, "fled into the forest") is None


def test_a_foe_named_by_a_states_adjective_is_that_state(run):
    rec = run("SANAA, March 3 - The Houthis' military spokesman said its forces had downed a drone over Marib. The "
              "American enemy claimed the raids targeted missile launch sites, but these are lies, he said.")
    assert country(rec, "targeted missile launch sites") == "USA"
