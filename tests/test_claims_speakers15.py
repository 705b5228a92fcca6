"""Speakers of claims, fifteenth round (claims/speakers.py, actors, data/actors/actors.yaml, codebooks/actor_countries.yaml):
the claimant's country on plain prose (session 21). "Khawarij" is the word a state uses for its own jihadist foes:
Pakistan's for the TTP, Somalia's for al-Shabaab; the group speaking under that name is of the state whose story it
is. Bodies the dictionaries lacked; a bare "the ministry" in a story filed from one state is not the other state's
ministry named only later; a release titled "Ministry of X, <capital>" is that capital's state's; a local official is
not of a country named as where a road leads. Texts written for these tests, one test per rule.
"""

from conftest import claim_by, json_runner

PUB = "2026-11-28T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_the_khawarij_in_a_somali_story_are_somalia_s_armed_group(run):
    rec = run("MOGADISHU - The Somali army said on Friday that its troops had retaken the village of Sabiid in Lower "
              "Shabelle after a night of fighting.\n\n"
              "The Khawarij said on their radio station that the army had lost 20 soldiers near Afgooye. The army "
              "called the claim a lie.")
    assert country(rec, "lost 20 soldiers") == "SOM"


def test_the_khawarij_in_a_pakistani_story_stay_pakistan_s(run):
    rec = run("PESHAWAR - Pakistan's military said on Monday that security forces had killed eight khawarij in an "
              "operation in North Waziristan.\n\n"
              "The khawarij said in a statement that none of their fighters had died in Datta Khel.")
    assert country(rec, "none of their fighters had died") == "PAK"


def test_the_somali_spelling_names_al_shabaab(run):
    rec = run("The Khawaarij claimed on Sunday that their fighters had overrun a checkpoint on the road to "
              "Baidoa.")
    assert country(rec, "overrun a checkpoint") == "SOM"


def test_the_psni_is_the_united_kingdom_s_police(run):
    rec = run("A statement from the PSNI said officers had closed the Derry road after a suspicious object was found "
              "near a school.")
    assert country(rec, "closed the Derry road") == "GBR"


def test_funai_is_brazil_s_agency(run):
    rec = run("Funai said on Tuesday that its team had reached the isolated village by boat and found it empty.")
    assert country(rec, "reached the isolated village") == "BRA"


def test_the_popular_mobilisation_commission_is_iraq_s(run):
    rec = run("The Popular Mobilisation Commission said that none of its units had been near the checkpoint when the "
              "shooting began.")
    assert country(rec, "none of its units") == "IRQ"


def test_a_rights_group_named_unit_is_of_no_state(run):
    rec = run("NAIROBI - The Independent Medico-Legal Unit said post-mortem reports showed the two protesters had "
              "been shot from behind. Police said officers had fired only in the air.")
    assert country(rec, "shot from behind") is None
    assert country(rec, "fired only in the air") == "KEN"


def test_the_mapuche_armed_group_is_chile_s(run):
    rec = run("The Coordinadora Arauco-Malleco claimed the burning of four logging trucks in a pamphlet found on "
              "the road.")
    assert country(rec, "the burning of four logging trucks") == "CHL"


def test_ssc_khatumo_is_of_somalia(run):
    rec = run("SSC-Khatumo said its forces had pushed Somaliland troops back from two villages east of Las Anod.")
    assert country(rec, "pushed Somaliland troops back") == "SOM"


def test_the_ministry_of_a_dateline_story_is_not_the_other_side_s_named_later(run):
    rec = run("BAKU - Armenian units fired on Azerbaijani positions in the Kalbajar district overnight, the Ministry "
              "of Defence reports.\n\n"
              "According to the ministry, the shots came from mortar positions near Vardenis. Azerbaijani troops "
              "answered the fire.\n\n"
              "Armenia's Ministry of Defence said its soldiers had not fired a single shot.")
    assert country(rec, "the shots came from mortar positions") == "AZE"
    assert country(rec, "had not fired a single shot") == "ARM"


def test_a_release_titled_with_the_capital_it_issues_from_is_that_state_s(run):
    rec = run("Statement of the Ministry of Foreign Affairs, Asmara\n\n"
              "Officials in Addis Ababa have claimed that Eritrean troops crossed into the Tigray region last week.\n\n"
              "The Ministry accuses the Ethiopian government of massing troops along the northern frontier.")
    assert country(rec, "massing troops along the northern frontier") == "ERI"


def test_a_local_official_is_not_of_the_country_a_road_leads_to(run):
    rec = run("Fighting was reported near the town of Semera in Ethiopia's Afar region on Monday.\n\n"
              "The district administrator said about 200 soldiers had dug in beside the road to Djibouti.")
    assert country(rec, "about 200 soldiers had dug in") == "ETH"
