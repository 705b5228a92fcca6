"""Speakers of claims, twelfth round (claims/speakers.py, data/claims/speakers.yaml, data/actors/actors.yaml): the
claimant's country on plain prose (session 18). A dependent territory's speakers are of the state it belongs to; a
political body described by the independence it seeks is of its country's political life; "the high commission"
after "the high commissioner" is that official's office. Texts written for these tests, one test per rule.
"""

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_territory_party_is_of_the_state_it_belongs_to(run):
    rec = run("PAPEETE, June 9 - France's high commission in French Polynesia said gendarmes had arrested four men "
              "after a fire at a school in Faaa.\n\n"
              "The Tahitian Liberation Party said the four were students who had been nowhere near the school.")
    assert country(rec, "nowhere near the school") == "FRA"


def test_a_pro_independence_group_is_of_its_country(run):
    rec = run("NOUMEA, June 9 - French authorities said gendarmes had dismantled a roadblock on the road to the "
              "airport on Sunday.\n\n"
              "The Kanak Youth Collective, a pro-independence group, said its members had left the road before the "
              "gendarmes came.")
    assert country(rec, "left the road before the gendarmes came") == "FRA"


def test_the_office_of_an_official_named_before_is_of_the_officials_country(run):
    rec = run("Britain's high commissioner in Kenya said on Monday that two British soldiers had been questioned "
              "over the crash near Nanyuki.\n\n"
              "The high commission said both men had since returned to their base.")
    assert country(rec, "returned to their base") == "GBR"


def test_a_police_union_is_civil_society(run):
    rec = run("MADRID, June 9 - Spain's interior ministry said an officer filmed hitting a protester had been "
              "suspended.\n\n"
              "The Unified police union said the officer had been attacked first.")
    assert country(rec, "had been attacked first") is None


def test_a_retired_police_officers_association_is_civil_society(run):
    rec = run("BELFAST - Northern Ireland's police ombudsman said officers had ignored warnings before a bombing in "
              "1979.\n\n"
              "The Ulster Retired Police Officers Association said the warnings had never reached the station.")
    assert country(rec, "never reached the station") is None


def test_a_party_of_iranian_kurdistan_is_irans(run):
    rec = run("SULAIMANIYAH, Iraq - Iran's Revolutionary Guards said they had hit bases of armed groups in the "
              "mountains.\n\n"
              "The Freedom Party of Iranian Kurdistan said the drones had struck an empty school near Penjwen.")
    assert country(rec, "struck an empty school") == "IRN"


def test_a_party_described_as_iranian_kurdish_is_irans(run):
    rec = run("ERBIL, Iraq - Drones hit a camp of the Kurdistan Toilers' Party, an Iranian Kurdish opposition "
              "group, near Koya on Monday, local officials said.\n\n"
              "The party said a cook and a guard had been killed.")
    assert country(rec, "a cook and a guard") == "IRN"


def test_the_turkish_cypriot_police_are_of_cyprus(run):
    rec = run("NICOSIA - The Cypriot government said a farmer had been detained inside the buffer zone. The Turkish "
              "Cypriot police said the farmer had been arrested on land in the north.")
    assert country(rec, "arrested on land in the north") == "CYP"


def test_kurdish_officials_are_of_the_ground_not_the_state_that_struck(run):
    rec = run("ERBIL, Iraq, Jan 16 - Iran's Revolutionary Guards said they had struck a base in Erbil with missiles. "
              "Kurdish security officials said three civilians were killed in the strike on a house near the airport.")
    assert country(rec, "three civilians were killed") == "IRQ"


def test_a_turn_of_a_cabinet_briefing_is_of_the_city_the_intro_names(run):
    rec = run("Transcript: security cabinet briefing, Lima\n\n"
              "Q: Residents of Ayacucho say soldiers fired on a bus at a checkpoint on Monday, is that correct?\n\n"
              "Secretary Morales: What I can tell you is that the soldiers were attacked from the bus.\n\n"
              "Q: The driver's lawyer says the soldiers fired first.\n\n"
              "Secretary Morales: That is not true. The evidence is with the prosecutor.")
    assert country(rec, "soldiers were attacked from the bus") == "PER"


def test_an_official_an_agency_quoted_is_of_the_agencys_state_when_named_again(run):
    rec = run("SEOUL, May 2 - South Korea's military said North Korea had sent drones across the border and that one "
              "had crashed near a school in Paju.\n\n"
              "North Korea's state news agency KCNA, quoting a spokesman for the general staff, said the drones were on "
              "a weather mission. The spokesman called the school report a lie invented in Seoul.")
    deniers = [r["by"] for c in rec["claims"] for r in c.get("responses") or [] if r.get("stance") == "deny"]
    assert [b["country"] for b in deniers] == ["PRK"]


def test_police_named_again_are_the_body_named_before_not_an_officer_of_another_state(run):
    rec = run("PRISTINA, May 2 - Kosovo police said on Sunday they had arrested a former Serb police officer near "
              "Zvecan.\n\n"
              "Police said the man had been carrying a forged passport.")
    assert country(rec, "carrying a forged passport") == "XKX"


def test_a_party_the_text_spells_out_is_not_another_body_of_the_same_initials(run):
    rec = run("KHAGRACHHARI, May 2 - Two men were shot dead in a market in Khagrachhari on Thursday, police said.\n\n"
              "The United People's Democratic Front (UPDF), a regional party, said the dead were its organisers.")
    assert country(rec, "the dead were its organisers") == "BGD"


def test_an_officer_of_a_congress_party_named_by_its_initials_is_not_of_the_us_congress(run):
    rec = run("GITEGA WEEKLY - Provincial news\n\n"
              "The opposition National Congress for Renewal (CNR) says police in Gitega beat two of its members.\n\n"
              "CNR's provincial secretary, Jean Ndikumana, told our reporter that one of the two is still in "
              "hospital.")
    assert country(rec, "still in hospital") != "USA"


def test_an_embassy_quoted_first_is_not_the_storys_home(run):
    rec = run("China's embassy said on Monday that none of its nationals had been hurt in the riot in Honiara.\n\n"
              "The interior ministry said 14 shops had been burned in Honiara and that police had arrested 30 people "
              "in Honiara and Auki.")
    assert country(rec, "14 shops had been burned") != "CHN"


def test_a_witness_at_a_trial_speaks_for_no_state(run):
    rec = run("QUITO - Ecuadorian prosecutors told a court in Quito on Monday that two police officers had beaten a "
              "student in custody.\n\n"
              "A former guard testifying for the prosecution said he had seen the officers kick the student in the "
              "cell.")
    assert country(rec, "kick the student in the cell") is None


def test_a_regional_body_whose_region_the_story_places_nowhere_else_is_of_the_storys_ground(run):
    rec = run("Three men missing since Friday were taken from a bus stage in Mombasa by plain-clothes officers, their "
              "lawyer told reporters outside the Mombasa law courts.\n\n"
              "Coast regional police commander Peter Otieno denied that the men were in police custody in Mombasa "
              "or Kilifi.")
    deniers = [r["by"] for c in rec["claims"] for r in c.get("responses") or [] if r.get("stance") == "deny"]
    assert [b["country"] for b in deniers] == ["KEN"]


def test_where_a_body_is_now_based_is_not_its_country(run):
    rec = run("CHISINAU, May 2 - Moldova's prosecutors said they had charged a mayor with taking money from abroad "
              "for a banned party.\n\n"
              "The leadership of the banned party, now based in Minsk, said the party had been funded only by its "
              "members.")
    assert country(rec, "funded only by its members") != "BLR"


def test_a_shipping_company_by_its_own_name_speaks_for_no_state(run):
    rec = run("SANAA, May 2 - Yemen's Houthis said they had struck a cargo ship in the Red Sea with a missile.\n\n"
              "Ionian Blue Shipping said the ship was sailing to Jeddah with grain and that nobody had been hurt.")
    assert country(rec, "sailing to Jeddah with grain") is None


def test_the_karen_border_guard_force_is_myanmars(run):
    rec = run("MAE SOT, Thailand - Thai police said the Karen Border Guard Force ran three scam compounds across the "
              "river.\n\n"
              "The Karen Border Guard Force said Thai traders had supplied the compounds with fuel.")
    assert country(rec, "supplied the compounds with fuel") == "MMR"
