"""Issue 6, session 15: which of one author's statements a topic-only denial answers. A unit of a state body
("the army's 18th Brigade") is no antecedent's voice from the other side; in a dispute inside one country the claim
that tells the denier's own side as the doer is the accusation; what the denier goes on to say points at the claim
it answers; "a death in custody" is no dispute over figures. Made-up text."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-08-12T08:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec: dict, words: str) -> list[str | None]:
    return [r["by"].get("country") for r in denials(claim_by(rec, words))]


SCHOOL = ("The ELN guerrilla said on Sunday that army helicopters had bombed a village clinic near Saravena, "
          "in Arauca department. The rebels said three nurses were hurt and that their own units had moved away "
          "from the area to protect residents.\n\n"
          "The army's 30th Brigade dismissed the accusation on Monday. Colonel Dario Pineda said no aircraft had flown "
          "over Saravena that night.")


def test_a_state_bodys_unit_is_not_resolved_to_the_rebels_who_spoke_before(run):
    rec = run(SCHOOL)
    speakers = [r["by"]["name"] for c in rec["claims"] for r in denials(c)]
    assert speakers and all("Brigade" in name for name in speakers)


def test_the_accusation_a_same_country_side_denies_tells_that_side_as_the_doer(run):
    rec = run(SCHOOL)
    assert _deniers(rec, "army helicopters had bombed a village clinic") == ["COL"]
    assert _deniers(rec, "their own units had moved away") == []


DRONES = ("GOMA, Aug 11 - The M23 rebels said on Monday that army drones had struck a market in Kibumba, killing six "
          "traders. The group also said its fighters had repelled an attack on its positions near Rugari and captured "
          "two army trucks.\n\n"
          "The army dismissed the claim on Tuesday. Its spokesman said no drone had flown near Kibumba and that the "
          "market had been closed since Friday.")


def test_what_the_denier_goes_on_to_say_points_at_the_claim_it_answers(run):
    rec = run(DRONES)
    assert _deniers(rec, "army drones had struck a market in Kibumba") == ["COD"]
    assert _deniers(rec, "its fighters had repelled an attack") == []


CUSTODY = ("N'DJAMENA, Aug 11 - Chad's opposition Renewal Party said on Monday that 41 of its members had been "
           "arrested in Sarh since the start of the month.\n\n"
           "The party said most were held without charge and that one of them had died in custody.\n\n"
           "The government spokesman dismissed the report of a death in custody as a rumour. He said all arrests had "
           "been ordered by judges.")


def test_a_death_in_custody_is_an_event_not_a_figure_in_dispute(run):
    rec = run(CUSTODY)
    assert _deniers(rec, "one of them had died in custody") == ["TCD"]
    assert _deniers(rec, "41 of its members had been arrested") == []


def test_a_description_with_words_of_its_own_is_not_another_speaker_of_that_title(run):
    rec = run("LOME, Aug 11 - Togo's opposition Patriotic Alliance said 30 of its members had been arrested in Sokode. "
              "The party's spokesman, Komi Adjavon, said one of them had been beaten in a police cell.\n\n"
              "The government spokesman dismissed the report of beatings as a lie.")
    deniers = [r["by"]["name"] for c in rec["claims"] for r in denials(c)]
    assert deniers and all("government" in name for name in deniers)


def test_an_aim_to_fake_something_is_no_verdict_that_a_claim_is_fake(run):
    rec = run("The rebels said on Sunday that soldiers had dressed the bodies in uniforms to fake combat deaths, and "
              "that a unit had paid informers to smear the village's elders.")
    assert claim_by(rec, "dressed the bodies in uniforms")["stance"] != "deny"


def test_a_court_hearing_a_plea_says_nothing(run):
    rec = run("Court hears opposition leader's bail plea\n\n"
              "NAIROBI, Aug 11 - Kenya's High Court on Monday heard a bail application by opposition leader Amos "
              "Otieno, who is charged with incitement. Prosecutors said he had urged supporters to block roads.")
    assert [c["claimant"]["name"] for c in rec["claims"] if "court" in (c["claimant"]["name"] or "").lower()] == []
    assert claim_by(rec, "urged supporters to block roads")["claimant"]["country"] == "KEN"


def test_a_call_for_a_thing_states_nothing_a_denial_could_answer(run):
    rec = run("TRIPOLI, Aug 11 - The UN mission in Libya called for an immediate ceasefire on Monday. The Rada force "
              "said its fighters had repelled an attack on the airport.")
    # kept as the mission's call (session 22), not as a statement
    assert [c["speech_act"] for c in rec["claims"] if "ceasefire" in c["text"]] == ["call"]
    assert claim_by(rec, "repelled an attack on the airport")["claimant"]["country"] == "LBY"
