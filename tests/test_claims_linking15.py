"""Issue 6, session 17: statement spans and denial links on plain news prose. Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def test_a_verdict_run_to_the_paragraph_end_keeps_no_blank_line(run):
    text = ("The interior ministry said on Monday that the rebels had shelled the market town of Kandi.\n\n"
              "The rebels said that reports that they shelled the town were false.\n\n"
              "Residents said the shelling lasted two hours.")
    rec = run(text)
    claim = claim_by(rec, "shelled the market town")
    denial = next(r for r in claim["responses"] if r["stance"] == "deny")
    assert denial["text"].endswith("false.")
    assert text[denial["start"]:denial["end"]] == denial["text"]
    for c in rec["claims"]:
        assert c["text"] == c["text"].rstrip()


def test_a_relative_clause_blaming_a_group_is_an_accusation_the_group_denies(run):
    rec = run("Four officers died on Saturday in an attack on a police post near Loikaw that the army blamed on the "
              "Karenni Nationalities Defence Force.\n\nThe group denied any role in the attack.")
    claim = claim_by(rec, "attack on a police post")
    assert claim["stance"] == "allege"
    assert claim["claimant"]["name"] == "army" and claim["text"].endswith("Karenni Nationalities Defence Force")
    assert any(r["stance"] == "deny" and r["by"]["name"] == "group" for r in claim["responses"])


def test_which_it_blamed_speaks_for_the_subject_of_the_sentence(run):
    rec = run("The military on Sunday announced a curfew in three townships after an ambush on a supply convoy, "
              "which it blamed on the Arakan Army.")
    claim = claim_by(rec, "ambush on a supply convoy, which it blamed")
    assert claim["stance"] == "allege" and claim["claimant"]["name"] == "military"


def test_blame_inside_someone_elses_words_is_not_a_second_statement(run):
    rec = run("Police said two men were killed in a bombing the government blamed on al-Shabab.")
    assert [c["stance"] for c in rec["claims"]] == ["assert"]


def test_a_report_whose_relative_clause_accuses_is_the_authors_statement_and_both_denials_answer_it(run):
    rec = run("The interior ministry has rejected a report by Amnesty International, which accuses police officers "
              "of beating at least 40 detainees at a camp near Kasese in March.\n\n"
              "A ministry spokesman, Peter Okello, said the report was a fabrication.")
    claim = claim_by(rec, "police officers of beating at least 40 detainees")
    assert claim["claimant"]["name"] == "Amnesty International" and claim["stance"] == "allege"
    assert len([r for r in claim["responses"] if r["stance"] == "deny"]) == 2
    assert not any(c["text"].startswith("a report by") for c in rec["claims"])


def test_a_group_whose_relative_clause_says_something_states_it(run):
    rec = run("The Arakan Army, which says it has captured three army bases this month, released photographs of "
              "prisoners on Tuesday.")
    claim = claim_by(rec, "it has captured three army bases")
    assert claim["claimant"]["name"] == "Arakan Army"


def test_a_second_denial_with_its_own_proposition_is_a_statement_not_a_restatement(run):
    rec = run("The rebels said they had killed 30 soldiers in the attack. They said they had also taken two officers "
              "prisoner.\n\n"
              "The army dismissed the figures as propaganda and denied that any officer had been captured.")
    denials = [r["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny"]
    denials += [c["text"] for c in rec["claims"] if c["stance"] == "deny"]
    assert any("any officer had been captured" in t for t in denials)


def test_a_blame_the_parser_hangs_on_the_subject_noun_is_still_the_subjects_accusation(run):
    rec = run("Gunmen killed at least 12 villagers in Tudun Wada on Friday, an attack which the state police command "
              "blamed on a gang led by a bandit known as Kachalla Bello.")
    claim = claim_by(rec, "blamed on a gang")
    assert claim["stance"] == "allege" and "police command" in claim["claimant"]["name"]


def test_a_denial_telling_the_accusation_in_a_relative_clause_denies_that_accusation(run):
    rec = run("The air force on Thursday dismissed a report by a rights group that accuses its pilots of killing at "
              "least 30 civilians in a strike on a market in Tangaza.\n\n"
              "The report, published by the Centre for Civilian Protection, says the strike hit the market at noon.")
    claim = claim_by(rec, "its pilots of killing at least 30 civilians")
    assert claim["claimant"]["name"] == "rights group"
    assert any(r["stance"] == "deny" and r["by"]["name"].endswith("air force") for r in claim["responses"])
    assert not claim_by(rec, "the strike hit the market at noon")["responses"]


def test_a_plea_denies_the_charge_and_answers_the_prosecutions_account_told_next(run):
    rec = run("NAKURU, March 3 - A police sergeant accused of shooting a student during a protest pleaded not guilty "
              "to murder at the High Court on Monday.\n\n"
              "State prosecutor Jane Wambui told the court that the sergeant fired three rounds at the student from a "
              "distance of about 20 metres.")
    claim = claim_by(rec, "fired three rounds at the student")
    plea = [r for r in claim["responses"] if r["stance"] == "deny"]
    assert plea and plea[0]["text"] == "murder"
    assert not any(c["text"].startswith("murder") for c in rec["claims"])


def test_a_radio_hosts_question_relays_the_report_inside_it(run):
    rec = run("Radio Kivu, morning interview\n\n"
              "Host: The army said on Monday that the rebels had shelled the camp at Kanyaruchinya. What is your "
              "answer?\n\nRebel spokesman: Our fighters were not near the camp.")
    assert claim_by(rec, "the rebels had shelled the camp")["claimant"]["name"] == "army"
    assert not any((c["claimant"]["name"] or "").lower() == "host" for c in rec["claims"])
