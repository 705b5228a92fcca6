"""Issue 6, session 20: a voice's "account" or "version" rejected after that voice denied (rule 11), a denial of a
denial naming its voice by an acronym, a title or a kind of body, and denials told before the claim they answer
(rules 5 and 7). Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

PUB = "2025-10-14T08:00:00+00:00"


run = json_runner(PUB)


def _denied_by(claim: dict) -> list[str]:
    return [r["by"]["name"] or "" for r in claim["responses"] if r["stance"] == "deny"]


def _answered_by(rec: dict, words: str) -> list[str]:
    """The claims a deny response with these words answers."""
    return [c["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny" and words in r["text"]]


def test_a_voices_account_after_its_denial_answers_the_denial(run):
    rec = run("MOMBASA, Oct 13 - The Muslims for Human Rights group said on Sunday that officers had fired live "
              "rounds at fishermen protesting on the beach at Likoni.\n\n"
              "The county police commander, Daniel Kiprop, denied that officers had used live ammunition and said only "
              "tear gas had been fired at the crowd.\n\n"
              "A fisherman whose brother was wounded, Hassan Juma, rejected the police account.")
    answered = _answered_by(rec, "the police account")
    assert answered and "used live ammunition" in answered[0]
    assert not any("tear gas" in a for a in answered)


def test_an_account_of_a_voice_that_denied_nothing_is_not_a_denial_of_a_denial():
    from sitrep.claims.denials import _denied_denial

    # no earlier denial by anyone: the function finds nothing to answer (rule 4 takes over in the linker)
    assert _denied_denial(None, [], {"name": "a fisherman", "country": None, "sector": None}, 500,
                          "the police account", "d") is None


def test_a_rejection_naming_the_voice_by_its_initials_answers_its_denial(run):
    rec = run("TRIPOLI, Oct 13 - The Government of National Unity said on Monday that a drone strike on a fuel depot "
              "near Gharyan killed four workers, and blamed the Libyan National Army.\n\n"
              "The Libyan National Army, which holds the east, denied that any of its drones had flown over the "
              "area.\n\n"
              "The GNU's interior ministry later called the LNA's denial a lie.")
    answered = _answered_by(rec, "the LNA's denial")
    assert answered and "drones had flown over the area" in answered[0]


def test_a_rejection_naming_a_title_and_a_day_answers_that_officers_denial(run):
    rec = run("WABAG, Oct 13 - Clan leaders said on Sunday that police had shot three men at a roadblock near the "
              "market.\n\n"
              "The provincial police commander, Superintendent Peter Kumul, denied that officers had shot anyone.\n\n"
              "The clan leaders rejected the police commander's denial on Monday, naming the three men.")
    answered = _answered_by(rec, "commander's denial")
    assert answered and "officers had shot anyone" in answered[0]


def test_the_voice_a_rejection_names_is_matched_by_name_title_kind_or_initials():
    from sitrep.claims.denials import _names_voice

    lna = {"name": "Libyan National Army, which holds the east", "country": "LBY", "sector": "MIL"}
    assert _names_voice("lna", "LNA", lna)
    assert _names_voice("army", "army", lna)
    assert not _names_voice("police", "police", lna)
    assert not _names_voice("gnu", "GNU", lna)
    officer = {"name": "Superintendent Peter Kumul", "country": "PNG", "sector": "POL"}
    assert _names_voice("police", "police", officer)  # a person named by the police's own noun


def test_a_denial_told_before_the_claim_answers_the_statement_told_after_it(run):
    # rule 5: the rights group's statement comes after the denial, with no "had said", and it is of no country
    rec = run("BAMAKO, Oct 13 - Mali's army rejected as lies an account of soldiers burning granaries in the village "
              "of Sokolo.\n\n"
              "An army spokesman said troops had only searched the village for weapons.\n\n"
              "The Sahel Civic Observatory said soldiers burned 14 granaries in Sokolo and beat two elders.")
    assert _denied_by(claim_by(rec, "burned 14 granaries"))


def test_a_denial_of_its_own_role_told_first_answers_the_statement_naming_it_as_doer(run):
    # rule 7 with rule 5: the lead tells the deaths, the next statement puts the strike on the denier
    rec = run("ALGIERS, Oct 13 - Tunisia's defence ministry denied any involvement in the incident near the border "
              "post of Hazoua.\n\n"
              "Algeria's interior ministry said on Sunday that two smugglers were killed when their truck was hit. It "
              "said the strike was carried out by a Tunisian military drone.")
    answered = _answered_by(rec, "any involvement")
    assert answered and "Tunisian military drone" in answered[0]


def test_the_second_accusation_counts_the_statements_of_whoever_named_the_denier(run):
    # the rebels speak last with several statements, but only the army's named Uganda
    rec = run("BUNIA, Oct 13 - Congo's army accused CODECO militiamen on Sunday of attacking a displacement camp near "
              "Djugu, and said Ugandan soldiers had crossed the border at Mahagi to supply the militia.\n\n"
              "A CODECO spokesman denied that its fighters had entered the camp. He said the army had burned the "
              "shelters itself and accused it of looting.\n\n"
              "Uganda's army spokesman dismissed the second accusation as an old story.")
    answered = _answered_by(rec, "second accusation")
    assert answered and "Ugandan soldiers had crossed the border" in answered[0]


def test_the_toll_answers_the_statement_that_gives_a_figure(run):
    rec = run("JUBA, Oct 13 - The opposition SPLA-IO said on Monday that government troops had attacked three "
              "villages in Jonglei over the weekend.\n\n"
              "Its spokesman said 31 civilians were killed and 60 huts burned.\n\n"
              "An army spokesman said troops had repelled an attack on their base at Akobo. He dismissed the toll as "
              "invented.")
    answered = _answered_by(rec, "the toll")
    assert answered and "31 civilians were killed" in answered[0]


def test_the_accusation_is_the_accusation_told_not_the_lead_nor_an_answered_rumour(run):
    rec = run("YALA, Oct 13 - Thailand's army on Sunday denied rumours that rangers had beaten a detainee to death at a "
              "camp in Yala province.\n\n"
              "A spokesman said the man had collapsed during questioning and died of a heart condition.\n\n"
              "A local rights network said the man had been detained without charge and accused the army of holding "
              "him incommunicado for a week.\n\n"
              "The army rejected the accusation, saying detainees could receive visitors after three days.")
    answered = _answered_by(rec, "the accusation")
    assert answered and "incommunicado" in answered[0]


def test_a_denial_named_by_the_deniers_demonym_answers_that_denial(run):
    rec = run("RABAT, Oct 13 - Morocco said on Sunday that Algerian coast guards had shot dead two Moroccan fishermen "
              "whose boat drifted east of Saidia.\n\n"
              "Algeria's defence ministry denied that anyone had been killed by its sailors, saying they had fired "
              "warning shots.\n\n"
              "A fishermen's association in Saidia rejected the Algerian denial, saying both men were hit in the "
              "back.")
    answered = _answered_by(rec, "the Algerian denial")
    assert answered and "anyone had been killed by its sailors" in answered[0]
