"""Issue 6, session 14: who put a statement out ("The statement, issued by X, said"; rejecting a statement is not
issuing it), breakaway regions as their country's speakers, and the parties of a national trial: a defendant or
the defence of no stated country speaks within the state that prosecutes, on the other side of it. Made-up text."""
from __future__ import annotations

import pytest

from conftest import claim_by, denials, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def test_a_statement_issued_by_a_body_is_that_bodys_not_the_one_that_rejected_it(run):
    rec = run("Puntland's regional government on Monday rejected as false a federal statement about clashes near "
              "Galkayo. The statement, issued by Somalia's interior ministry on Sunday, said Puntland troops had "
              "seized a federal police post and detained six officers.")
    claim = claim_by(rec, "seized a federal police post")
    assert "interior ministry" in claim["claimant"]["name"]
    assert "Puntland" not in claim["claimant"]["name"]


def test_a_statement_the_speaker_put_out_is_still_its_own(run):
    rec = run("Mali's army issued a statement on Sunday about the ambush near Boni. The statement said soldiers had "
              "killed 14 militants and lost two men.")
    assert "army" in claim_by(rec, "killed 14 militants")["claimant"]["name"]


def test_a_breakaway_regions_body_speaks_for_the_state_it_broke_from(run):
    rec = run("TBILISI, June 9 - The security service of the breakaway region of Abkhazia said two Georgian "
              "fishermen had been detained near the Inguri river.")
    assert claim_by(rec, "two Georgian fishermen had been detained")["claimant"]["country"] == "GEO"


TRIAL = ("NAIROBI, June 9 - Prosecutors told Kenya's High Court on Monday that a Garissa shopkeeper, Yusuf Abdi, had "
         "stored explosives for a cell that bombed a bus station last year. Lead prosecutor Mary Atieno said police "
         "had found detonators in his store.\n\n"
         "His lawyer, Peter Kamau, told the court the detonators had been planted during the search. "
         "Ms Atieno rejected the planting claim and said the search had been filmed.")


def test_a_defence_lawyer_at_a_national_trial_speaks_within_the_prosecuting_state(run):
    rec = run(TRIAL)
    assert claim_by(rec, "had found detonators")["claimant"]["country"] == "KEN"
    lawyer = claim_by(rec, "the detonators had been planted")
    assert lawyer["claimant"]["country"] == "KEN"


def test_the_prosecution_denying_the_defence_answers_it_though_both_are_of_one_state(run):
    rec = run(TRIAL)
    answered = claim_by(rec, "the detonators had been planted")
    assert [(r["by"]["country"], r["text"].startswith("the planting claim")) for r in denials(answered)] == \
        [("KEN", True)]


def test_a_lawyer_outside_a_court_report_keeps_no_country(run):
    rec = run("LAGOS, June 9 - Police said officers had arrested 12 protesters at a toll gate on Saturday. A lawyer "
              "for the protesters, Chidi Okafor, said the men had been beaten in custody.")
    assert claim_by(rec, "beaten in custody")["claimant"]["country"] is None


def test_an_international_courts_prosecutors_give_the_defence_no_country(run):
    rec = run("THE HAGUE, June 9 - Prosecutors at the International Criminal Court said a former militia leader had "
              "ordered attacks on two villages. His lawyer, Anna Berg, said her client had never commanded the "
              "fighters.")
    assert claim_by(rec, "had never commanded the fighters")["claimant"]["country"] is None


@pytest.mark.parametrize("name", ["Armenia's Defence Ministry", "the Defence Forces"])
def test_a_defence_ministry_is_no_party_of_a_trial(name):
    from sitrep.claims.speakers import _side_of

    assert _side_of({"name": name, "country": "ARM", "sector": "MIL"}) == "state"


@pytest.mark.parametrize("sentence", [
    "The navy rejects reports in Omani media that its boats fired on a fishing dhow.",
    "The navy rejects reports that its boats fired on a fishing dhow.",
    "The navy denies reports that its boats fired on a fishing dhow.",
])
def test_a_present_tense_denial_the_tagger_read_as_a_noun_is_a_denial(run, sentence):
    rec = run("Statement of the navy on the incident off Ras al-Hadd\n\n" + sentence +
              " No shot was fired by any vessel, the navy said.")
    denied = [c for c in rec["claims"] if "fired on a fishing dhow" in c["text"]]
    assert len(denied) == 1 and [r["by"]["name"] for r in denials(denied[0])] == ["navy"]
    assert not any("rejects" in (c["claimant"]["name"] or "") or "denies" in (c["claimant"]["name"] or "")
                   for c in rec["claims"])


@pytest.mark.parametrize("words", ["the indictment \"a bundle of rumours\"", "the charge \"pure rumour\""])
def test_a_lawyer_calling_the_indictment_rumours_is_a_denial(run, words):
    rec = run("SKOPJE, June 9 - Prosecutors told the Basic Court on Monday that a former police commander, Goran "
              "Petrov, had ordered officers to beat detained protesters in 2015.\n\n"
              f"His lawyer, Ilija Stojanov, called {words}. The trial resumes in July.")
    said = [(r["by"]["name"], r["by"]["country"]) for c in rec["claims"] for r in denials(c)]
    assert said == [("His lawyer, Ilija Stojanov", "MKD")]


@pytest.mark.parametrize("noun, verb", [("beatings", "beaten"), ("killings", "killed"), ("shellings", "shelled")])
def test_a_plural_gerund_meets_its_verb(noun, verb):
    from sitrep.claims.text import _stems

    assert _stems(f"the claims of {noun}") & _stems(f"police had {verb} detained protesters")


def test_a_ruling_partys_denial_of_the_claims_of_beatings_answers_the_oppositions_claim(run):
    rec = run("TBILISI, June 9 - The opposition Unity Bloc said police had beaten detained protesters in buses "
              "overnight. The ruling party's parliamentary leader, Davit Kapanadze, dismissed the claims of beatings "
              "as a campaign by radical groups.")
    answered = claim_by(rec, "police had beaten detained protesters")
    assert [r["by"]["country"] for r in denials(answered)] == ["GEO"]


def test_a_quote_standing_after_its_speakers_sentence_is_that_speakers(run):
    rec = run("GAO, June 9 - The army said rebels had shelled the market in Kidal. The rebels' spokesman, Amadou Ag "
              "Bilal, rejected the claim. \"We did not fire a single shell at the town. These are lies.\"")
    answered = claim_by(rec, "rebels had shelled the market")
    # (session 27: the quote's denial is its sentence calling the claim lies; its first sentence, a neutral negation,
    # is the spokesman's statement of its own, as the claims sets label each sentence)
    assert [(r["text"], r["by"]["name"]) for r in denials(answered)][1:] == \
        [("These are lies.", "rebels' spokesman, Amadou Ag Bilal")]
    assert denials(answered)[0]["by"]["name"] == "rebels' spokesman, Amadou Ag Bilal"
    own = claim_by(rec, "We did not fire a single shell")
    assert (own["claimant"]["name"], own["stance"]) == ("rebels' spokesman, Amadou Ag Bilal", "assert")


def test_a_lone_quote_of_no_denial_is_its_speakers_statement(run):
    rec = run("GAO, June 9 - The governor of Kidal said the town was calm on Monday. \"Three schools will reopen next "
              "week once the roads are cleared.\"")
    assert "governor" in claim_by(rec, "Three schools will reopen")["claimant"]["name"]


def test_a_quote_opening_the_next_paragraph_is_not_given_to_the_last_speaker(run):
    rec = run("GAO, June 9 - The army said rebels had shelled the market in Kidal.\n\n"
              "\"We heard the explosions all night and nobody came to help us.\"")
    assert not [c for c in rec["claims"] if "explosions" in c["text"]]


@pytest.mark.parametrize("title", ["Goma: live updates", "Myanmar: Fighting in Rakhine State - live updates"])
def test_a_page_title_with_a_colon_is_no_statement(run, title):
    rec = run(title + "\n\n08:30 GMT - The army says rebels attacked a base near the town.")
    assert [c["claimant"]["name"] for c in rec["claims"]] == ["army"]


def test_a_headline_naming_its_speaker_before_a_colon_is_still_a_statement(run):
    rec = run("Kagame: We will defend our border\n\nThe Rwandan president spoke in Kigali on Monday.")
    assert claim_by(rec, "We will defend our border")["claimant"]["name"] == "Kagame"


def test_a_denial_of_a_named_bodys_account_answers_that_bodys_statement_told_after_it(run):
    rec = run("The state prosecutor of Sinaloa rejected on Wednesday the army's account of a shooting that left three "
              "men dead outside Guasave. In that account, released on Tuesday, Mexico's defence ministry said soldiers "
              "had returned fire after the men shot at a patrol.")
    answered = claim_by(rec, "soldiers had returned fire")
    assert [r["by"]["name"] for r in denials(answered)] == ["state prosecutor of Sinaloa"]


def test_a_statement_named_by_the_denial_and_told_after_it_is_what_it_denies(run):
    rec = run("Puntland's regional government on Monday rejected as false a federal statement about clashes near "
              "Galkayo. The statement, issued by Somalia's interior ministry on Sunday, said Puntland troops had "
              "seized a federal police post and detained six officers.")
    answered = claim_by(rec, "seized a federal police post")
    assert [r["by"]["country"] for r in denials(answered)] == ["SOM"]


@pytest.mark.parametrize("stamp", ["11:15 GMT", "1115 GMT", "11.15am", "11:15 local time"])
def test_a_live_blog_stamp_on_its_own_line_is_no_part_of_the_entrys_speaker(run, stamp):
    rec = run("Myanmar live\n\n09:40 GMT\nResidents say military aircraft bombed a village near Sittwe this morning, "
              f"killing seven civilians.\n\n{stamp}\nThe military has denied that its jets hit civilians.")
    said = [r["by"]["name"] for c in rec["claims"] for r in denials(c)]
    assert said == ["military"]


def test_she_after_a_body_speaking_through_its_spokeswoman_is_not_the_spokesman_quoted_before(run):
    rec = run("KINSHASA, Feb 3 - Government spokesman Albert Ilunga said Rwandan troops had crossed into North Kivu.\n\n"
              "Rwanda rejected the accusation through its spokeswoman. \"We have no soldiers in Congo,\" she told "
              "reporters.")
    assert claim_by(rec, "We have no soldiers in Congo")["claimant"]["country"] == "RWA"


def test_where_a_named_person_lives_gives_them_no_country(run):
    rec = run("Federal prosecutors told a court in Koblenz on Tuesday that a Yemeni officer, Salem Qadi, had ordered "
              "detainees beaten in Aden in 2016.\n\nMr Qadi, who has lived in Germany since 2018, denies the "
              "accusations.")
    said = [r["by"]["country"] for c in rec["claims"] for r in denials(c)]
    assert said == ["YEM"]


def test_a_partys_name_after_a_description_naming_its_country_takes_that_country(run):
    rec = run("LUSAKA, July 15 - Zambia's opposition party Mwezi said on Monday that police had arrested 60 of its "
              "supporters at a rally in Kitwe. Police spokesman Davis Mumba said the figure was false.")
    claim = claim_by(rec, "police had arrested 60 of its supporters")
    assert claim["claimant"]["country"] == "ZMB"
    assert [r["by"]["country"] for r in denials(claim)] == ["ZMB"]
