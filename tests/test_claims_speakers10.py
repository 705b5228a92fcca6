"""Speakers of claims, tenth round (claims/speakers.py, data/claims/speakers.yaml, actor names in
data/actors/actors.yaml): speakers' countries by session 15's convention (data/claims-eval/README.md "Speakers of no
state"). A party whose capitalised name ends in "Congress" is a party of the story's country, not the US Congress; a
party named by its initials and a possessive ("The APC's chairman") is the party those initials name; real parties
and armed groups the dictionary lacked are data; a defendant named in a court story ("sentenced blogger X", "X, who
had pleaded not guilty") takes the court's country; an undersecretary is a state's office; an election campaign's
manager is a politician of the story's country; a settlers' council takes the state whose settlers the story names.
A members' body by its name ("the Free Teachers' Union"), a refugee camp's administration, a community's
spokeswoman and "the group" after "a refugee-aid group" are civil society, of no country. Texts written for these
tests, one test per rule (session 16).
"""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_party_whose_name_ends_in_congress_is_not_the_us_congress(run):
    rec = run("FREETOWN, Sierra Leone, June 9 - Sierra Leone police said they had arrested nine people after a riot "
              "in Makeni. The opposition Freedom People's Congress said the arrests were meant to frighten its "
              "voters.")
    assert country(rec, "arrested nine people") == "SLE"
    assert country(rec, "meant to frighten its voters") == "SLE"


def test_a_party_named_by_its_initials_with_a_possessive_is_that_party(run):
    rec = run("NAIROBI, June 9 - Kenyan police said they had dispersed a crowd in Kisumu with tear gas, and the "
              "United Democratic Alliance said two of its offices were burned. The UDA's county chairman, Peter "
              "Otieno, said the police had watched the attackers.")
    assert country(rec, "watched the attackers") == "KEN"


def test_real_parties_and_armed_groups_of_the_dictionary(run):
    rec = run("BISSAU, June 9 - Guinea-Bissau's president said soldiers had arrested four officers over a night "
              "of gunfire in the capital. The PAIGC said the arrests were a pretext to ban opposition rallies.")
    assert country(rec, "a pretext to ban opposition rallies") == "GNB"


def test_a_defendant_named_in_a_court_story_takes_the_courts_country(run):
    rec = run("TASHKENT, June 9 - A court in Nukus sentenced blogger Dilshod Rakhimov to six years in prison on "
              "charges of calling for unrest, prosecutors said. Rakhimov, who had pleaded not guilty, told the court "
              "that police had beaten him in custody.")
    assert country(rec, "sentenced blogger Dilshod Rakhimov") == "UZB"
    assert country(rec, "police had beaten him in custody") == "UZB"


def test_an_undersecretary_is_a_state_office(run):
    rec = run("SANTIAGO, June 9 - Chile's interior ministry said arsonists had burned nine trucks in the south. "
              "Undersecretary Marta Fuentes said the attackers had fled into a forest near Collipulli.")
    assert country(rec, "fled into a forest") == "CHL"


def test_a_campaign_manager_is_a_politician_of_the_story(run):
    rec = run("LILONGWE, June 9 - Malawi's electoral commission said the count in Mzuzu had been completed without "
              "incident. The winning candidate's campaign manager said observers had signed every tally sheet.")
    assert country(rec, "signed every tally sheet") == "MWI"


def test_a_settler_council_takes_the_state_of_its_settlers(run):
    rec = run("RAMALLAH, West Bank, June 9 - Palestinian farmers said Israeli settlers had cut down 40 olive trees "
              "near the village of Tel Safa, and the Palestinian health ministry said one farmer was treated for a "
              "broken arm. A spokesman for the regional settler council, Avi Mizrahi, said the farmers had blocked "
              "a road first.")
    assert country(rec, "treated for a broken arm") == "PSE"
    assert country(rec, "blocked a road first") == "ISR"


def test_a_members_union_by_its_name_has_no_country(run):
    rec = run("DHAKA, June 9 - Police in Rajshahi said 11 officers were hurt when students threw bricks at them. The "
              "Free Teachers' Union at the Rajshahi campus said officers had beaten two lecturers.")
    assert country(rec, "11 officers were hurt") == "BGD"
    assert country(rec, "beaten two lecturers") is None


def test_a_refugee_camps_administration_has_no_country(run):
    rec = run("ERBIL, Iraq, June 9 - A drone struck a car near the Sahel refugee camp in northern Iraq on Sunday, "
              "killing two people, the camp's administration said. Iraq's foreign ministry said it would summon "
              "the ambassador.")
    assert country(rec, "killing two people") is None
    assert country(rec, "summon the ambassador") == "IRQ"


def test_a_community_spokeswoman_has_no_country(run):
    rec = run("BARILOCHE, Argentina, June 9 - Provincial police said officers had cleared a road blockade near the "
              "lake. Community spokeswoman Rayen Huenchul said the officers had fired rubber bullets at children.")
    assert country(rec, "rubber bullets at children") is None


def test_the_group_after_a_refugee_aid_group_has_no_country(run):
    rec = run("PANAMA CITY - Panama's National Migration Service on Monday denied that its agents had taken money "
              "from migrants crossing the Darien jungle, after a report by a refugee-aid group. The group, Puentes "
              "Abiertos, said 20 migrants had described agents taking phones at a checkpoint near Yaviza.")
    assert country(rec, "agents taking phones") is None


def test_a_person_known_by_a_nickname_speaks_for_the_body_named_before(run):
    rec = run("PORT-AU-PRINCE, June 9 - Haiti's national police said officers had retaken a market in Carrefour. "
              "In a video posted on social media, a Viv Ansanm leader known as Ti Roro denied that the coalition "
              "had lost the market and said its fighters still held the main road.")
    assert country(rec, "still held the main road") == "HTI"


def test_a_superintendent_is_a_state_office(run):
    rec = run("RAIPUR, June 9 - Police in Chhattisgarh said six Maoist insurgents were killed in a gunfight in "
              "Sukma, according to a local daily. The superintendent, Anil Tekam, said two rifles were seized.")
    assert country(rec, "two rifles were seized") == "IND"


def test_a_dateline_read_into_the_head_gives_the_story_its_country(extract_text):
    # the head line is metadata, not text: the speaker's country still comes from where the story was filed
    rec = extract_text("Kirkuk, Iraq, 19 August 2023\n\nGunmen attacked a checkpoint on the road to Hawija on Friday, "
                       "killing two soldiers, the provincial police chief said.\n", published="2023-08-19").to_json()
    assert [c["claimant"]["country"] for c in rec["claims"]] == ["IRQ"]
