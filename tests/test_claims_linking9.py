"""Issue 6, session 11: a speaker's denial said again in a later sentence is a second denial of the claim (not
after another side's claim told in between); a party or opposition named by no country is of the state the
article cites; the seat of a breakaway or regional authority speaks for its country; an old account told again
is denied. Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-06-03T09:00:00+00:00"


run = json_runner(PUB)


def test_a_denial_said_again_in_a_later_sentence_is_a_second_denial(run):
    rec = run("Peru's navy said on Monday that Chilean patrol boats had entered Peruvian waters 12 times in May.\n\n"
              "Chile's navy rejected the figure, saying its boats had stayed in international waters. "
              "\"The numbers are invented,\" a Chilean navy officer said.")
    said = claim_by(rec, "entered Peruvian waters")
    assert [r["by"]["country"] for r in denials(said)] == ["CHL", "CHL"]


def test_one_sentence_denying_twice_stays_one_denial(run):
    rec = run("Peru's navy said on Monday that Chilean patrol boats had entered Peruvian waters 12 times in May.\n\n"
              "Chile's navy rejected the figure and called it invented.")
    assert len(denials(claim_by(rec, "entered Peruvian waters"))) == 1


def test_the_same_voice_after_another_sides_claim_answers_that_claim(run):
    rec = run("Excerpts from a briefing by Chilean navy spokesman Admiral Luis Soto in Valparaiso on Monday.\n\n"
              "Q: Peru's navy says Chilean boats entered Peruvian waters 12 times in May; how do you respond?\n\n"
              "Soto: The figure is pure invention. Our boats stayed in international waters.\n\n"
              "Q: Peruvian media also reported that a Chilean boat had rammed a fishing trawler.\n\n"
              "Soto: That report is fabricated. No boat was near the trawler.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "entered Peruvian waters"))] == ["CHL"]
    assert [r["by"]["country"] for r in denials(claim_by(rec, "rammed a fishing trawler"))] == ["CHL"]


def test_an_opposition_named_by_no_country_is_of_the_state_the_article_cites(run):
    rec = run("Armenia's ruling party said on Sunday that opposition supporters had stormed a polling station in "
              "Gyumri.\n\nThe opposition bloc dismissed the allegation as a fabrication and said its observers had "
              "been expelled by police.")
    said = claim_by(rec, "stormed a polling station")
    assert said["claimant"]["country"] == "ARM"
    assert [r["by"]["country"] for r in denials(said)] == ["ARM"]


def test_a_union_stays_of_no_state(run):
    rec = run("Kenya's interior ministry said on Monday that the highway had been reopened.\n\n"
              "The drivers' union said its members would stay off the road until Friday.")
    assert claim_by(rec, "stay off the road")["claimant"]["country"] is None


def test_the_seat_of_a_breakaway_authority_speaks_for_its_country(run):
    rec = run("Moldova's energy ministry said on Monday that gas deliveries to the region had resumed.\n\n"
              "Tiraspol said on Tuesday that no gas had arrived at the power plant.")
    assert claim_by(rec, "no gas had arrived")["claimant"]["country"] == "MDA"


def test_an_old_account_told_again_is_denied(run):
    rec = run("The Philippine coast guard said on Friday that a Chinese vessel had fired a water cannon at a supply "
              "boat.\n\n\"This is a recycled story,\" a Chinese embassy spokesman said.")
    said = claim_by(rec, "fired a water cannon")
    assert [r["by"]["country"] for r in denials(said)] == ["CHN"]


# -- headlines ---------------------------------------------------------------------------------------------------

HEADED = ("Tajikistan denies Kyrgyz claim that its troops shelled a school\n\n"
          "DUSHANBE, May 15 (Steppe Wire) - The Kyrgyz border service said on Wednesday that Tajik troops had shelled "
          "a school in the village of Ak-Sai.\n\nTajikistan's border troops called the report false.")


def test_a_headline_read_from_a_file_is_read_for_claims_but_not_for_events(nlp):
    from sitrep.ingest.readers import from_text
    from sitrep.pipeline import extract

    document = from_text(HEADED, "x.txt")
    assert document.title and document.text.startswith(document.title + "\n\n")
    rec = next(extract([document], nlp=nlp)).to_json()
    head_end = len(document.title)
    # the headline's denial answers the body's claim
    said = claim_by(rec, "shelled a school in the village")
    assert any(r["start"] < head_end and r["by"]["country"] == "TJK" for r in denials(said))
    # the body's event is told once: no event's evidence lies in the headline
    assert rec["events"] and all(e["start"] >= head_end for ev in rec["events"] for e in ev["evidence"])


def test_a_dateline_under_a_headline_is_no_speaker(run):
    rec = run(HEADED)
    said = claim_by(rec, "shelled a school in the village")
    assert said["claimant"]["country"] == "KGZ" and "DUSHANBE" not in (said["claimant"]["name"] or "")
    assert "TJK" in [r["by"]["country"] for r in denials(said)]


def test_the_second_claim_counts_a_sides_statements_across_its_spokespeople(run):
    rec = run("Kenya's defence ministry accused Somali troops on Monday of shelling a camp near Mandera. A ministry "
              "spokeswoman, Ruth Wanjiku, also said Somali soldiers had crossed the border at El Wak.\n\n"
              "Somalia's army rejected the second claim. Its spokesman said the border was calm.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "crossed the border at El Wak"))] == ["SOM"]
    assert not denials(claim_by(rec, "shelling a camp"))


def test_a_claim_named_between_the_cue_and_its_that_clause_is_told_in_the_denial(run):
    rec = run("Niger's army said on Friday that gunmen had attacked a convoy near Ayorou, killing six soldiers.\n\n"
              "A spokesman for the rebels confirmed the attack. He denied an army claim, made last month, that the "
              "group had kidnapped two aid workers in Tillaberi.")
    assert not denials(claim_by(rec, "attacked a convoy"))
    said = claim_by(rec, "kidnapped two aid workers")
    assert said["claimant"]["country"] == "NER" and denials(said)


def test_he_after_a_person_described_by_a_groups_name_is_that_person(run):
    rec = run("Ethiopia's government said on Monday that Fano militiamen had looted a bank in Bahir Dar. A government "
              "official said 20 militiamen had been killed.\n\nA Fano commander told a diaspora radio station that "
              "his fighters had held the town for a day. He called the looting charge \"a lie\".")
    looted = claim_by(rec, "looted a bank")
    assert [r["by"]["name"] for r in denials(looted)] == ["Fano commander"]


def test_an_opposition_channel_is_of_its_country(run):
    rec = run("Georgia's ruling party said the vote had been fair.\n\n"
              "An opposition television channel reported that ballot boxes had been stuffed in Zugdidi.")
    assert claim_by(rec, "ballot boxes had been stuffed")["claimant"]["country"] == "GEO"


def test_reports_of_troops_name_no_author(run):
    rec = run("Tbilisi denies report of Russian troops on Georgian soil\n\n"
              "An opposition television channel reported on Thursday that Russian soldiers had moved border markers "
              "near the village of Kveshi.")
    said = claim_by(rec, "moved border markers")
    assert said["claimant"]["country"] == "GEO"
    assert [r["by"]["country"] for r in denials(said)] == ["GEO"]


def test_a_figure_called_wrong_is_denied(run):
    rec = run("Armenia's opposition said on Saturday that 40 people had been detained at a protest in Yerevan.\n\n"
              "The deputy police chief said the figure of 40 detainees was wrong.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "40 people had been detained"))] == ["ARM"]


def test_aid_groups_are_of_no_state(run):
    rec = run("Sudan's army said on Monday that at least 300 fighters of the Rapid Support Forces had crossed from "
              "Chad.\n\nAid groups said some 2,000 families had fled El Fasher since Saturday.")
    said = claim_by(rec, "2,000 families had fled")
    assert said["claimant"]["country"] is None and said["claimant"]["sector"] == "NGO"
    rec = run("Sudan's army said on Monday that RSF fighters had shelled a market in Omdurman.\n\n"
              "Women's groups said at least 30 women had been abducted.")
    assert claim_by(rec, "30 women had been abducted")["claimant"]["country"] is None


def test_a_headline_names_the_claim_a_body_denial_only_points_to(run):
    rec = run("Chad denies Sudanese army claim that its airport hosts foreign drones\n\n"
              "N'DJAMENA, Oct 14 - Sudan's army said on Monday that drones flown from the airport at Amdjarass had "
              "struck its positions near El Fasher. An army spokesman said at least 300 fighters had crossed from "
              "Chad in the past week.\n\nChad's government spokesman rejected the accusation as \"pure fabrication\".")
    drones = claim_by(rec, "drones flown from the airport")
    assert [r["by"]["country"] for r in denials(drones)] == ["TCD", "TCD"]
    assert not denials(claim_by(rec, "300 fighters had crossed"))
