"""Speakers of claims, seventeenth round (claims/speakers.py, claims/coref.py, data/claims/speakers.yaml): who said it,
through nouns and pronouns (session 23). A member of a force named by the force's noun is of the latest such force
named; a spokesperson after an international body or an NGO speaks for it; "Its director X" with no comma is the
body's that spoke before; a place after "the" is no person's name; a "- Statement" heading names the statement's
issuer and state; "the agency", "the charity" name the latest speaker of their kind; a body's own noun in its
speaker's words is that body; "Its spokesman" is never the story's own outlet; the Asayish are Syria's or Iraq's,
whichever the story is in (actors.yaml `shared_names`). Texts written for these tests.
"""

from conftest import claim_by, json_runner

PUB = "2026-11-29T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def innermost(rec: dict, words: str) -> dict:
    """The shortest claim whose text holds `words` (a claim nested in another speaker's words)."""
    found = [c for c in rec["claims"] if words in c["text"]]
    assert found, f"no claim containing {words!r}"
    return min(found, key=lambda c: len(c["text"]))


def test_an_army_officer_is_of_the_army_named_last(run):
    rec = run("BAMAKO - Mali's army said its drones struck a convoy near Menaka. Niger's army said its troops had "
              "closed the border crossing at Assamaka. An army officer said the convoy had carried fuel for the "
              "militants.")
    assert country(rec, "carried fuel") == "NER"


def test_a_spokeswoman_after_an_international_body_speaks_for_it(run):
    rec = run("ENTEBBE - Uganda's army said its troops had killed 20 ADF rebels near Beni. UNICEF said 6,000 children "
              "had crossed into Uganda since Friday. A spokeswoman said most of them were sleeping in schools in "
              "Bundibugyo.")
    assert country(rec, "sleeping in schools") is None


def test_a_government_spokesman_after_a_clan_elder_stays_the_state_s(run):
    rec = run("MOGADISHU - Somalia's defence ministry said troops had retaken Bulo Burte. A clan elder in the town "
              "said residents had buried 11 bodies. A second government spokesman said the troops had lost only "
              "two men.")
    assert country(rec, "lost only two men") == "SOM"


def test_its_director_with_no_comma_is_the_body_s_that_spoke_before(run):
    rec = run("MANILA - The Philippine Coast Guard said a Chinese vessel had rammed its patrol boat near Second Thomas "
              "Shoal. China's coast guard rejected the account. Its director Liu Dejun said the Philippine boat had "
              "sailed into Chinese waters.")
    assert country(rec, "sailed into Chinese waters") == "CHN"


def test_a_place_after_the_is_no_person_s_name(run):
    rec = run("The Police Ministry's liaison office in the Western Cape rejected a report that live rounds were used "
              "in Khayelitsha. Its spokeswoman, Thandi Mokoena, said only two people were hurt.")
    assert country(rec, "only two people were hurt") == "ZAF"


def test_a_dash_statement_heading_names_its_issuer_and_state(run):
    rec = run("Royal Thai Navy, Third Naval Area - Statement\n\n"
              "On 9 May, a Cambodian gunboat fired on a Thai fishing trawler near Koh Kut. Two fishermen were wounded."
              "\n\nThe Cambodian navy has claimed that the trawler was fishing illegally in Cambodian waters.\n\n"
              "The Third Naval Area rejects the claim as false. The trawler held a valid licence.")
    denial = next(r for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny")
    assert denial["by"]["country"] == "THA"
    assert "Statement" not in denial["by"]["name"]


def test_the_agency_is_the_international_agency_not_the_government_that_spoke_last(run):
    rec = run("UNHCR said 12,000 refugees had crossed into Chad in a week. Chad's government said the border would "
              "stay open. The agency said most of the new arrivals were women and children.")
    assert country(rec, "women and children") is None


def test_the_agency_after_a_state_service_is_still_that_service(run):
    rec = run("Georgia's State Security Service said it had detained two men in Gori. The agency said the men had "
              "photographed a military base.")
    assert country(rec, "photographed a military base") == "GEO"


def test_the_charity_is_never_the_state_body_that_spoke_last(run):
    rec = run("Islamic Relief said two of its volunteers were killed in Bara. Sudan's army said it had retaken the "
              "town. The charity said the men were delivering flour when they were shot.")
    assert country(rec, "delivering flour") is None


def test_the_service_in_a_police_spokeswoman_s_words_is_her_police(run):
    rec = run("NAIROBI - Somalia's army said it had killed 30 al-Shabaab fighters near Jilib. A Kenyan police "
              "spokeswoman, Resila Onyango, said the service had warned that the militants were planning attacks in "
              "Mandera.")
    inner = innermost(rec, "planning attacks in Mandera")
    assert inner["claimant"]["country"] == "KEN"


def test_its_spokesman_is_never_the_story_s_own_outlet(run):
    rec = run("By Amina Yusuf, Sahel Times\n\n"
              "Burkina Faso's army said its troops repelled an attack on a base near Djibo on Sunday, the Sahel Times "
              "reported. Its spokesman said 40 attackers were killed and no soldiers died.")
    assert country(rec, "no soldiers died") == "BFA"


def test_the_asayish_in_iraqi_kurdistan_are_iraq_s_police(run):
    rec = run("SULAIMANIYAH, Iraq - The Asayish said on Monday that they had arrested four men suspected of planning a "
              "bombing in Sulaimaniyah. Iraq's interior ministry in Baghdad said it had not been informed.")
    assert country(rec, "planning a bombing") == "IRQ"


def test_the_asayish_in_north_east_syria_stay_syria_s(run):
    rec = run("QAMISHLI - The Asayish said they had arrested five Islamic State suspects in Hasakah after a raid on a "
              "safe house.")
    assert country(rec, "five Islamic State suspects") == "SYR"
