"""Session 23: which statement a denial answers when the author's lead tells only the event (rule 8 for an author of
no country), when the doer is named by the uniform it wore, and when an own-role denial's claim puts the act on an
ally inside one country (rule 7). Made-up text."""
from __future__ import annotations

from conftest import json_runner

from sitrep.claims.tables import _linking

PUB = "2025-11-28T08:00:00+00:00"


run = json_runner(PUB)


def _answered_by(rec: dict, words: str) -> list[str]:
    """The claims a deny response with these words answers."""
    return [c["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny" and words in r["text"]]


def test_the_kinds_read_by_rule_8_are_kinds_of_act():
    table = _linking()
    assert table["accusing_kinds"] and table["custody_wrong_kinds"] and table["guise_words"]
    assert table["accusing_kinds"] <= set(table["act_kinds"]) and table["custody_wrong_kinds"] <= set(table["act_kinds"])


def test_the_allegation_answers_the_statement_naming_soldiers_not_the_event_only_lead(run):
    rec = run("Radio Koboko, evening bulletin\n\n"
              "Four fishermen were killed on the shore of Lake Albert near Kaiso on Saturday night, a local human "
              "rights network said. The Albertine Human Rights Network said on Sunday that the four men were "
              "returning from the lake.\n\n"
              "The network said marines of the army's lake patrol unit had shot the four men as they pulled their "
              "boat ashore.\n\n"
              "An army spokesman, Captain Joel Okello, rejected the allegation and said the men were smugglers who "
              "had fired at the patrol.")
    answered = _answered_by(rec, "the allegation")
    assert answered and "had shot the four men" in answered[0], answered


def test_the_allegations_answer_the_beating_not_the_arrests_the_lead_tells(run):
    rec = run("Radio Aragvi, midday news\n\n"
              "Police detained 22 students at a rally outside the university in Kutaisi on Friday, the Kutaisi "
              "Legal Aid Centre said. The centre said four of the students had been beaten with truncheons in the "
              "station yard.\n\n"
              "The interior ministry dismissed the allegations, saying the students had blocked a main road. It "
              "said all of them were released by the morning.")
    answered = _answered_by(rec, "the allegations")
    assert answered and "beaten with truncheons" in answered[0], answered


def test_a_lead_that_already_names_the_doer_keeps_the_allegation(run):
    rec = run("Radio Koboko, morning bulletin\n\n"
              "Soldiers shot dead three traders at a checkpoint outside Arua on Monday, a local human rights "
              "network said. The West Nile Rights Network said on Tuesday that the traders were carrying "
              "fish to market.\n\n"
              "An army spokesman, Captain Joel Okello, rejected the allegation and said the soldiers had fired "
              "warning shots at a car that did not stop.")
    answered = _answered_by(rec, "the allegation")
    assert answered and "shot dead three traders" in answered[0], answered


def test_men_in_the_uniform_of_a_unit_name_the_unit_s_country_as_the_doer(run):
    rec = run("Guard attacked through border fence near Lazdijai\n\n"
              "Lithuania's State Border Guard Service said on Friday that one of its officers was hit by a stone "
              "through the fence on the border with Belarus near Lazdijai as about 40 migrants tried to climb it.\n\n"
              "The service said the migrants had been driven to the fence in a minibus by men in the uniform of a "
              "Belarusian border unit. A spokesman, Giedrius Mikalauskas, said Belarusian guards had later fired "
              "flares over the Lithuanian side.\n\n"
              "Belarus's State Border Committee said it had nothing to do with the incident.")
    answered = _answered_by(rec, "nothing to do with")
    assert answered and "men in the uniform" in answered[0], answered


def test_an_own_role_denial_answers_the_statement_putting_the_act_on_its_ally_inside_one_country(run):
    rec = run("BAMENDA, Cameroon, March 4 - Gunmen burned 30 homes in the village of Bafut on Monday night, a "
              "local church leader said.\n\n"
              "The Ambazonia Defence Forces, a separatist group, said the attackers were a vigilante militia that "
              "had entered the village alongside soldiers of the Cameroonian army's Rapid Intervention Battalion. "
              "The group later said two of its fighters had been wounded defending the village.\n\n"
              "Cameroon's defence ministry denied any involvement of its forces in the burning and said troops "
              "had reached Bafut only after the fire.")
    answered = _answered_by(rec, "any involvement")
    assert answered and "vigilante militia" in answered[0], answered


def test_the_claim_about_a_thing_answers_the_statement_with_the_word_setting_it_apart(run):
    rec = run("Honduran Armed Forces, Joint Staff - Statement\n\n"
              "During an operation on Friday in the department of Colon, army units clashed with members of a "
              "drug trafficking group near the town of Tocoa. Three gunmen were killed and two soldiers were "
              "wounded.\n\n"
              "Local rights groups have claimed that soldiers detained six fishermen near Tocoa during the "
              "operation. They have also claimed that the fishermen were taken to a barracks, and that one of them "
              "has been missing since.\n\n"
              "The Joint Staff rejects the claim about a missing fisherman. Every person detained was handed to "
              "the prosecutor's office the same day.")
    answered = _answered_by(rec, "missing fisherman")
    assert answered and "missing since" in answered[0], answered


def test_a_worded_denial_answers_the_report_s_statement_told_with_no_speaker_s_name(run):
    rec = run("JERUSALEM, May 6 - Settlers uprooted 200 olive trees near the Palestinian village of Burin in the "
              "occupied West Bank on Sunday, the Israeli rights group Valley Watch said in a report on Tuesday.\n\n"
              "The report, based on the accounts of eight farmers, said soldiers waited at the road junction while "
              "the settlers cut the trees and then fired stun grenades at farmers who came to stop them.\n\n"
              "The Israeli military said its forces had come to separate the two groups and denied that soldiers "
              "had waited at the junction during the attack.")
    answered = _answered_by(rec, "waited at the junction")
    assert answered and "soldiers waited at the road junction" in answered[0], answered



def test_each_of_joined_doers_is_a_doer(nlp):
    from sitrep.claims.denials import _names_as_doer
    from sitrep.model import Claim

    text = "South Sudanese soldiers and Ugandan commandos killed at least 15 cattle herders near Kajo Keji."
    claim = Claim(id="t-c1", claimant={"name": "UN experts", "country": None, "sector": "IGO"}, stance="assert",
                  text=text, start=0, end=len(text))
    assert _names_as_doer(nlp(text), claim, {"name": "Uganda's army", "country": "UGA", "sector": "MIL"})
