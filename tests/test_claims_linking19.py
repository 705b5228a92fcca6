"""Issue 6, session 21: a denial naming one kind of act ("the bribery claim", "harmed") answers the statement telling
that act among one author's several statements. Made-up text."""
from __future__ import annotations

from conftest import json_runner

PUB = "2025-11-20T08:00:00+00:00"


run = json_runner(PUB)


def _answered_by(rec: dict, words: str) -> list[str]:
    """The claims a deny response with these words answers."""
    return [c["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny" and words in r["text"]]


def test_a_bribery_claim_answers_the_statement_about_payments(run):
    rec = run("The Guatemalan army said on Friday that traffickers had moved at least 30 tonnes of cocaine across the "
              "Usumacinta river since March. In a statement, it said the boats landed near the Mexican town of "
              "Tenosique and that some Mexican customs agents had been paid to let them through.\n\n"
              "Mexico's customs agency rejected what it called the bribery claim, saying its agents at the river "
              "posts were rotated every month.\n\n"
              "Guatemala's interior ministry said it would send more patrol boats to the river.")
    answered = _answered_by(rec, "the bribery claim")
    assert answered and "paid to let them through" in answered[0]


def test_a_denial_that_anyone_was_harmed_answers_the_beating_not_the_detention(run):
    rec = run("GOMA, Nov 19 - Police officers in Goma beat at least nine street vendors with batons after a protest "
              "over market fees, a Congolese rights group said on Wednesday.\n\n"
              "The group said the vendors were held for two days at a police station without charge. It said one of "
              "them had a broken arm.\n\n"
              "The city's police spokesman denied that any vendor had been physically harmed at the station.")
    answered = _answered_by(rec, "physically harmed")
    assert answered and "beat at least nine street vendors" in answered[0]


def test_a_claim_about_a_thing_answers_the_statement_about_that_thing(run):
    rec = run("KYAUKPYU, Myanmar, Nov 19 - The Arakan Army said on Wednesday that junta warships had shelled two "
              "fishing villages south of Kyaukpyu, killing nine people, and that soldiers had burned the jetty at "
              "Ma Gyi Chaung to stop boats from leaving.\n\n"
              "A junta spokesman dismissed the claim about the jetty as a lie, saying the rebels had set it alight "
              "themselves last month.\n\n"
              "Residents who reached Sittwe said several houses had been hit.")
    answered = _answered_by(rec, "about the jetty")
    assert answered and "burned the jetty" in answered[0]


def test_dismissing_the_figures_answers_a_statement_counting_in_words_not_one_giving_a_year(run):
    rec = run("JUBA, Nov 19 - The SPLA-IO's spokesman, Colonel Peter Lam, said government troops attacked its base at "
              "Ulang on Sunday, in breach of the 2018 peace agreement. He said eleven of its fighters were killed and "
              "that soldiers burned a clinic.\n\n"
              "The army spokesman dismissed the figures and said the opposition had attacked first.")
    answered = _answered_by(rec, "the figures")
    assert answered and "eleven of its fighters were killed" in answered[0]


def test_a_report_on_killings_denied_first_answers_the_report_told_two_sentences_later(run):
    rec = run("Radio Voix du Sahel, evening bulletin\n\n"
              "Niger's government has rejected as false a report by a rights group on killings near the Malian "
              "border.\n\n"
              "A government spokesman told state television that no army unit had operated in the area that "
              "week.\n\n"
              "The report, released on Tuesday by the Tillaberi Rights Observatory, says soldiers executed 23 "
              "herders at a well near Tilia. It says the bodies were left in the sun.")
    answered = _answered_by(rec, "killings near the Malian border")
    assert answered and "executed 23 herders" in answered[0]


def test_the_noun_picks_the_statement_telling_its_act_or_thing_and_leaves_others_alone():
    from sitrep.claims.denials import _of_named_kind
    from sitrep.model import Claim

    voice = {"name": "the rebels", "country": "MMR", "sector": "rebels"}
    lead = Claim("c1", voice, "assert", "aircraft had bombed a fishing village", 0, 40)
    bridge = Claim("c2", voice, "assert", "navy boats had blown up the bridge on the coast road", 50, 100)
    paid = Claim("c3", voice, "assert", "officers had been paid to look away", 110, 150)
    cands = [lead, bridge, paid, None]
    assert _of_named_kind(lead, cands, "the claim about the bridge", 200) is bridge
    assert _of_named_kind(lead, cands, "what it called the bribery claim", 200) is paid
    # a statement noun naming no act and nothing lower-case, or a voice ("the Arakan claim"), keeps the choice
    assert _of_named_kind(lead, cands, "the claim", 200) is lead
    assert _of_named_kind(lead, cands, "the Arakan claims", 200) is lead
    # the choice already tells the act: kept; a statement told after the denial is never picked
    assert _of_named_kind(lead, cands, "the bombing allegations", 200) is lead
    assert _of_named_kind(lead, cands, "the bribery claim", 105) is lead


def _deniers_of(rec: dict, words: str) -> list[str]:
    return [r["by"]["name"] or "" for c in rec["claims"] if words in c["text"] for r in c["responses"]
            if r["stance"] == "deny"]


def test_two_voices_of_one_country_each_keep_their_denial_of_one_claim(run):
    rec = run("TEMUCO, Chile, Nov 19 - Chile's interior ministry on Wednesday rejected an account by Mapuche leaders "
              "that police had fired on a group of women blocking a forestry road.\n\n"
              "The Council of All Lands said in a statement on Tuesday that officers opened fire on about 30 women "
              "near Ercilla and wounded two of them.\n\n"
              "The national police also dismissed the council's account and said officers had been attacked with "
              "stones.")
    deniers = _deniers_of(rec, "opened fire on about 30 women")
    assert len(deniers) == 2, deniers


def test_a_second_denial_of_the_casualty_figures_is_a_denial_of_its_own(run):
    rec = run("06:40 GMT - The rebels say their units have taken the Arba crossing after clashes with government "
              "forces. Their media office says twelve soldiers were killed.\n\n"
              "08:15 GMT - Chad's defence ministry denies that the crossing has changed hands and dismisses the "
              "rebels' casualty figures.")
    assert _answered_by(rec, "casualty figures"), [c["text"] for c in rec["claims"]]
    assert any("twelve soldiers were killed" in a for a in _answered_by(rec, "casualty figures"))


def test_rejecting_the_accusation_of_an_act_after_a_first_denial_answers_that_accusation(run):
    rec = run("NOUMEA, Nov 19 - France's high commission said on Wednesday that a gendarme had been shot dead by "
              "rioters in Dumbea, and accused pro-independence militants of organising the arson attacks that have "
              "hit the capital since Sunday.\n\n"
              "The pro-independence group denied any role in the killing and rejected the accusation of organising "
              "the attacks.")
    answered = _answered_by(rec, "the accusation of organising")
    assert answered and "organising the arson attacks" in answered[0]
