"""Speakers of claims, seventh round (claims/speakers.py, data/claims/speakers.yaml): session 15's convention for
speakers of no state (data/claims-eval/README.md, "Format"). A lawyer counts as the country of the court or the story
whoever the client is, in a court story or not, but not at an international court; civil society speaks for no state:
a body named by a common noun of civil society (an association, a union, a federation, a cooperative, a diocese),
its officers, a community council and its spokesman, a tribal leader, a diaspora or exiles' group. Texts written for
these tests, one test per rule (session 15)."""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def test_a_private_clients_lawyer_outside_a_court_story_is_of_the_storys_country(run):
    rec = run("QUITO, Jan 14 - Ecuador's navy said on Tuesday that its sailors had seized a fishing boat carrying two "
              "tonnes of cocaine off Esmeraldas and arrested its crew of five.\n\nThe captain's lawyer, Rosa Quintero, "
              "told a radio station in Esmeraldas that the boat had carried only tuna.")
    assert claim_by(rec, "the boat had carried only tuna")["claimant"]["country"] == "ECU"


def test_a_defence_lawyer_titled_before_the_name_is_of_the_storys_country(run):
    rec = run("CARACAS, Jan 9 - Venezuela's interior ministry said on Thursday that police had arrested nine members "
              "of an opposition party in Barinas state for planning sabotage.\n\nDefence lawyer Marisela Paredes "
              "Rojas said she had not been allowed to see her clients at police headquarters in Barinas.")
    assert claim_by(rec, "not been allowed to see her clients")["claimant"]["country"] == "VEN"


def test_a_lawyer_at_an_international_court_has_no_country(run):
    rec = run("THE HAGUE, May 6 - Prosecutors at the International Criminal Court said a former militia commander "
              "had ordered the burning of three villages. His lawyer, Henrik Dahl, said his client had been in "
              "hospital during those weeks.")
    assert claim_by(rec, "had been in hospital")["claimant"]["country"] is None


def test_a_civil_society_body_named_with_its_country_speaks_for_no_state(run):
    rec = run("NAIROBI, Feb 3 - Kenya's largest teachers' union said on Monday that police had beaten 12 of its "
              "members at a protest outside parliament. A police spokesman said officers had used no force.")
    assert claim_by(rec, "police had beaten 12 of its members")["claimant"]["country"] is None
    assert claim_by(rec, "officers had used no force")["claimant"]["country"] == "KEN"


def test_an_officer_of_a_civil_society_body_speaks_for_no_state(run):
    rec = run("ACCRA, July 2 - Ghana's police said on Tuesday that officers had dispersed a march by cocoa farmers "
              "in Kumasi without injuries.\n\nA cooperative spokesman, Kwabena Owusu, said three farmers had been "
              "wounded by rubber bullets.")
    assert claim_by(rec, "three farmers had been wounded")["claimant"]["country"] is None


def test_a_community_councils_spokesman_is_of_no_state_like_the_council(run):
    rec = run("TEGUCIGALPA, Aug 11 - A Lenca community council in La Esperanza said on Monday that soldiers had "
              "destroyed maize fields near the village of Yamaranguila.\n\nThe council's spokesman, Tomas Mejia, "
              "said the soldiers had come without any court order. The army said its troops had removed coca plants "
              "only.")
    assert claim_by(rec, "without any court order")["claimant"]["country"] is None


def test_a_tribal_leader_speaks_for_no_state(run):
    rec = run("Iraq's interior ministry said on Friday that police had killed four smugglers near the Syrian border "
              "west of Qaim. A tribal leader in the Iraqi border village of Sadah said two of the dead were shepherds.")
    assert claim_by(rec, "two of the dead were shepherds")["claimant"]["country"] is None


def test_a_diaspora_group_speaks_for_no_state(run):
    rec = run("DUSHANBE, Nov 20 - Tajikistan's interior ministry said on Wednesday that police had killed two armed "
              "smugglers in Khorog. A Pamiri diaspora group in Moscow said the dead men were unarmed drivers.")
    assert claim_by(rec, "the dead men were unarmed drivers")["claimant"]["country"] is None


def test_a_union_by_its_capitalised_name_keeps_its_country(run):
    # not a common noun of civil society: an armed group whose name ends in "Union" stays of its country
    rec = run("YANGON, Jan 8 - The Karen National Union said on Monday that its fighters had captured an army base "
              "near the Thai border in Kayin state, Myanmar.")
    assert claim_by(rec, "captured an army base")["claimant"]["country"] == "MMR"
