"""Session 24 (dev53's misses): a report denied before it is told answers the report's statements told after it,
also when two states deny it and when the denial only names the statement ("the false statements spread by the
group about the operation"); "That report claims" after "rejects the report released by an organisation" is that
organisation's, not the speaker's before; "a rights league" speaks for no state; "denied rumours that A", when no
earlier statement tells A, answers the rumour's own claim, not a statement sharing a word with it; "rejects the
South Sudanese denial" names that country's voice by a demonym of two words, and "said the commander's denial was
false" rejects that denial (rule 9). Made-up sentences."""
from __future__ import annotations

from conftest import claim_by, denials, json_runner

PUB = "2025-06-03T09:00:00+00:00"


run = json_runner(PUB)


def _deniers(rec, text):
    return [r["by"]["country"] for r in denials(claim_by(rec, text))]


def test_a_report_two_states_deny_before_it_is_told_answers_its_statement(run):
    rec = run("BAMAKO, March 9 - Mali's government on Monday denied a report that Turkish instructors had executed "
              "detainees at an army base in Kidal.\n\nThe report, published by the rights group Desert Watch, said "
              "five detainees had been shot at the base on March 3. It said the instructors train Malian soldiers "
              "and had led the detainees out at night.\n\nGovernment spokesman Issa Kone said the base held no "
              "detainees. Turkey's embassy in Bamako called the report a fabrication.")
    assert sorted(_deniers(rec, "five detainees had been shot at the base")) == ["MLI", "TUR"]
    assert claim_by(rec, "five detainees had been shot at the base")["claimant"]["country"] is None


def test_a_denial_naming_only_the_statements_answers_the_statement_told_after_it(run):
    rec = run("Communique of the Peruvian Army\n\nThe Army rejects the false statements spread by the Shining Path "
              "about the patrol carried out near the town of Pichari. The group said in a video on Monday that "
              "soldiers had shot three coca farmers.\n\nThe Army reports that the patrol seized a drug laboratory.")
    assert _deniers(rec, "soldiers had shot three coca farmers") == ["PER"]


def test_that_report_after_its_rejection_is_its_authors(run):
    rec = run("Statement of the General Staff of the Armed Forces of Niger\n\nThe General Staff rejects the report "
              "released on Monday by an organisation based in Europe about the events in Tillia. That report "
              "claims that soldiers killed 12 herders at a well.\n\nThe General Staff states that the operation "
              "targeted armed bandits.")
    assert claim_by(rec, "soldiers killed 12 herders at a well")["claimant"]["country"] is None
    assert _deniers(rec, "soldiers killed 12 herders at a well") == ["NER"]


def test_a_rights_league_speaks_for_no_state(run):
    rec = run("Statement by the Ministry of Justice, Rabat\n\nThe Ministry denies the allegations spread about the "
              "death of a prisoner in Kenitra. A rights league had said on Friday that the prisoner died after "
              "being left without insulin for a week.\n\nThe ministry affirms that the prisoner received daily "
              "care.")
    assert claim_by(rec, "died after being left without insulin")["claimant"]["country"] is None


def test_a_rumour_told_nowhere_before_is_its_own_claim(run):
    rec = run("HERMOSILLO, Mexico, Feb 3 - Two brothers were killed at a checkpoint near Caborca on Sunday, a "
              "local group of victims' families said.\n\nThe group said soldiers at the checkpoint had fired on "
              "their car without warning.\n\nThe Defence Ministry rejected the group's accusation. It also denied "
              "rumours that a third brother had been taken away by soldiers.")
    rumour = claim_by(rec, "a third brother had been taken away by soldiers")
    assert [r["by"]["country"] for r in denials(rumour)] == ["MEX"]
    assert rumour["claimant"]["country"] is None
    assert _deniers(rec, "fired on their car without warning") == ["MEX"]


def test_a_denial_named_by_a_two_word_demonym_is_that_countrys(run):
    rec = run("Border tensions - live\n\n07:05 GMT - Sudan's army says South Sudanese soldiers crossed into the "
              "Heglig area overnight and dug trenches near an oil pumping station.\n\n08:20 GMT - The army adds "
              "that the soldiers were carrying mortars. South Sudan's defence ministry denies that any soldier "
              "crossed the border.\n\n09:40 GMT - Sudan's foreign ministry rejects the South Sudanese denial as "
              "a lie.")
    assert _deniers(rec, "any soldier crossed the border") == ["SDN"]
    assert _deniers(rec, "carrying mortars") == []


def test_a_denial_called_false_is_what_the_rejection_answers(run):
    rec = run("Fiji Times\n\nPolice used tear gas to clear a march in Suva on Friday, the Fiji Police Force said."
              "\n\nA teachers' union leader said a teacher had broken an arm after being hit by a baton. Police "
              "Commissioner Tevita Rabuka denied that batons had been used, saying officers used only tear gas."
              "\n\nThe union said the commissioner's denial was false.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "batons had been used"))] == [None]
    assert _deniers(rec, "Police used tear gas to clear a march") == []
