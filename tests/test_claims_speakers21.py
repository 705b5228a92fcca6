"""Speakers of claims, twenty-first round (claims/speakers.py, actors/__init__.py, speakers.yaml; session 27): an
unnamed security source in a state news agency's story is that agency's state when the state is a party to the
story; a defendant named in apposition to "the defendant" is a party to the trial; a title before a name is no town;
a lone toponym shared by two states is read in the country of the political party the story names; a person the
story described as an opposition politician speaks for the country's political life; an autonomous region's body is
of the state it lies in; a text a state's agency carries or its capital sends is that state's; a party by its name
opening a sentence is a party. Texts written for these tests.
"""

from conftest import claim_by, denials, json_runner

PUB = "2026-11-29T08:00:00+00:00"


run = json_runner(PUB)


def claimant(rec: dict, words: str) -> dict:
    return claim_by(rec, words)["claimant"]


def test_an_unnamed_security_source_of_a_state_agency_s_story_is_of_that_state(run):
    # the first state body quoted is the other side's (US Central Command): the agency's own unnamed source is not
    rec = run("SANAA (Saba) - US aircraft struck the port of Salif in Hodeidah province overnight, a security source "
              "said.\n\nUS Central Command said in a statement that its aircraft had destroyed a missile launcher "
              "near the port.\n\nThe source dismissed the American statement as a lie. The Yemeni Armed Forces said "
              "they had fired drones at a US destroyer.")
    assert claimant(rec, "struck the port of Salif")["country"] == "YEM"
    claim = claim_by(rec, "destroyed a missile launcher")
    assert claim["claimant"]["country"] == "USA"
    assert "YEM" in [d["by"]["country"] for d in denials(claim)]


def test_a_state_agency_s_source_needs_its_state_in_the_story(run):
    # a Chinese agency on a bombing in Pakistan: its unnamed source is of the ground told about, not China's
    rec = run("ISLAMABAD (Xinhua) - A bomb hit a bus near Quetta on Monday, killing six people, a security source "
              "said. Pakistan's interior ministry said the attackers had crossed from Afghanistan.")
    assert claimant(rec, "killing six people")["country"] == "PAK"


def test_a_defendant_named_in_apposition_is_a_party_to_the_trial(run):
    # the tagger reads neither surname as a person; "the defendant, X" makes X the defendant, of the court's state
    rec = run("CARDIFF, May 4 - Prosecutors told Cardiff Crown Court on Monday that detectives had found two rifles "
              "in a van, and that the defendant, 41-year-old Gareth Pryce, had bought it with cash.\n\n"
              "Pryce denies the charges. The trial continues.")
    claim = claim_by(rec, "found two rifles")
    assert claim["claimant"]["country"] == "GBR"
    assert [d["by"]["country"] for d in denials(claim)] == ["GBR"]


def test_a_minister_by_title_and_surname_is_not_of_a_town_called_minister(run):
    # no place in the text: "Minister" is a title, not the small American town the gazetteer knows
    rec = run("Transcript: the justice minister on the prison fire\n\nQ: Relatives say nine inmates died. Is that "
              "true?\n\nMinister Valdés: That is false. Four inmates died and the rest were taken to hospital.")
    assert claimant(rec, "Four inmates died")["country"] != "USA"


def test_a_lone_town_shared_by_two_states_is_read_in_the_country_of_the_party_named(run):
    # Gopalganj is a town in Bangladesh and one in India; the Awami League is Bangladesh's
    rec = run("The Awami League said on Sunday that police in Gopalganj had beaten two of its local organisers.\n\n"
              "The district police superintendent's office said both men had been released without charge.")
    assert claimant(rec, "released without charge")["country"] == "BGD"
    claim = claim_by(rec, "had beaten two of its local organisers")
    assert claim["claimant"]["country"] == "BGD"


def test_a_person_described_as_an_opposition_politician_speaks_for_the_country(run):
    # "an opposition politician living in South Africa": of Zimbabwe's political life, wherever he speaks from
    rec = run("HARARE, June 2 - Zimbabwe's police said on Monday they had foiled a plot to attack a power station "
              "led by Tendai Moyo, an opposition politician living in South Africa.\n\n"
              "Moyo, speaking by telephone from Johannesburg, called the accusation a fabrication.")
    claim = claim_by(rec, "foiled a plot")
    assert claim["claimant"]["country"] == "ZWE"
    assert [d["by"]["country"] for d in denials(claim)] == ["ZWE"]


def test_an_autonomous_administration_s_body_is_of_the_state_it_lies_in(run):
    # the first state body quoted is Turkey's; the autonomous administration governs ground in Syria
    rec = run("Radio Qamishli - evening news\n\nTurkey's defence ministry denied on Monday that its drones had struck "
              "a water station in north-east Syria.\n\nThe autonomous administration's water authority said a Turkish "
              "drone hit the Alouk station near Hasakah on Sunday, cutting water to 400,000 people.")
    claim = claim_by(rec, "hit the Alouk station")
    assert claim["claimant"]["country"] == "SYR"
    assert [d["by"]["country"] for d in denials(claim)] == ["TUR"]


def test_an_article_carried_by_a_state_agency_is_that_state_s(run):
    rec = run("SEOUL, May 4 - South Korea's military said North Korean soldiers had crossed the border briefly on "
              "Monday.\n\nAn article carried by KCNA said the soldiers had never left their own side of the line.")
    assert claimant(rec, "never left their own side")["country"] == "PRK"


def test_a_statement_from_a_capital_is_that_state_s(run):
    rec = run("KYIV - Ukraine's air force said it had shot down 40 drones overnight.\n\nThe statement from Moscow "
              "said Russian forces had struck military airfields in western Ukraine.")
    assert claimant(rec, "struck military airfields")["country"] == "RUS"


def test_a_party_by_its_name_opening_an_interview_question_is_of_the_country(run):
    # "Libre says …" opens its sentence, so its capital letter alone does not make it a name; the story writes it
    # capitalised mid-sentence ("the Libre party"), a party of the country's political life
    rec = run("Honduras: the attorney general's press conference (transcript excerpt)\n\nPerdomo: We have evidence "
              "that members of the Libre party paid for the roadblocks.\n\nQ: Libre says the payments were donations "
              "for a flood relief fund. What is your answer?\n\nPerdomo: That is false. The money went to the men "
              "who blocked the road.")
    claim = claim_by(rec, "donations for a flood relief fund")
    assert claim["claimant"]["country"] == "HND"
    assert [d["by"]["country"] for d in denials(claim)] == ["HND"]


def test_a_communique_on_a_remnant_of_shining_path_is_read_in_peru(run):
    # no country is named; "Junin" and "Lima" are towns in Argentina too, and pull each other there unless the
    # story's armed group (Peru's) tells the country
    rec = run("Joint Command of the Armed Forces - Communique\n\nA patrol clashed with a column of the Militarized "
              "Communist Party in Junin on Monday. One soldier was wounded.\n\nThe Joint Command rejects the claim "
              "spread by the terrorist group that a helicopter was shot down.\n\nLima, 3 May 2026")
    assert [p["country"] for p in rec["places"]] == ["PE", "PE"]
    assert claimant(rec, "One soldier was wounded")["country"] == "PER"
    claim = claim_by(rec, "the claim spread by the terrorist group")
    assert claim["claimant"]["country"] == "PER"
    assert [d["by"]["country"] for d in denials(claim)] == ["PER"]


def test_an_agency_between_slashes_in_the_dateline_is_the_story_s_publisher(run):
    # "/TASS/": the agency of the dateline publishes the story; its unnamed source is Russia's, though the first
    # state body quoted is Ukraine's
    rec = run("MOSCOW, May 3 /TASS/ - Ukrainian drones attacked an oil depot in the Bryansk region overnight, a "
              "security source said. Ukraine's military intelligence said its drones had hit two fuel tanks. "
              "Russia's defence ministry said 20 drones had been shot down.")
    assert claimant(rec, "attacked an oil depot")["country"] == "RUS"
