"""Issue 6, session 18: denial links on plain news prose. Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

PUB = "2025-06-10T08:00:00+00:00"


run = json_runner(PUB)


def _denied_by(claim: dict) -> list[str]:
    return [r["by"]["name"] for r in claim["responses"] if r["stance"] == "deny"]


def test_an_army_never_denies_its_own_earlier_statement(run):
    rec = run("NIAMEY, June 9 - Niger's armed forces said on Sunday that a drone strike near the village of Tamou had "
              "killed about 20 fighters preparing an attack on a border post.\n\n"
              "Villagers reached by telephone said the strike hit a market and that at least 14 traders died.\n\n"
              "The army's communication office on Monday denied that any civilians were among the dead.")
    assert not _denied_by(claim_by(rec, "killed about 20 fighters"))
    assert _denied_by(claim_by(rec, "at least 14 traders died"))


def test_a_police_spokesman_does_not_answer_the_police_but_the_rights_group(run):
    rec = run("Kenya's police said on Tuesday that officers had shot dead five robbery suspects in Mathare.\n\n"
              "A rights group, the Mathare Social Justice Centre, said two of the dead were boys selling water.\n\n"
              "A police spokesman rejected that account.")
    assert not _denied_by(claim_by(rec, "shot dead five robbery suspects"))
    assert _denied_by(claim_by(rec, "two of the dead were boys"))


def test_forces_of_one_country_set_apart_by_their_names_may_deny_each_other(run):
    rec = run("Somalia's national army said on Monday that regional forces had fired on its convoy near Dolow.\n\n"
              "Jubaland's regional security forces denied that any shot had been fired at the convoy.")
    assert _denied_by(claim_by(rec, "regional forces had fired on its convoy"))


def test_a_place_at_home_does_not_make_a_stateless_speakers_claim_one_from_abroad(run):
    # the UN office names only places in the country; that is no sign its first statement is aimed at the police
    rec = run("BAMAKO, July 16 - Violence killed at least 800 people in central Mali between April and June, the U.N. "
              "human rights office said in a quarterly report on Wednesday, most of them in the Mopti and Segou "
              "regions.\n\n"
              "The report said some detainees had been executed by gendarmes after their arrest in Sevare.\n\n"
              "Mali's gendarmerie rejected the accusation of summary executions.")
    assert _denied_by(claim_by(rec, "executed by gendarmes"))
    assert not _denied_by(claim_by(rec, "killed at least 800 people"))


def test_a_statement_told_in_a_relative_clause_starts_after_the_relative_word(run):
    rec = run("OUAGADOUGOU, Nov 20 - Residents said gunmen burned a herders' camp near Djibo, which they said soldiers "
              "had surrounded the night before.")
    texts = [c["text"] for c in rec["claims"]]
    assert any(t.startswith("soldiers had surrounded") for t in texts), texts
    assert not any(t.startswith("which") for t in texts)


def test_rebels_of_a_country_named_in_a_claim_are_not_the_army_of_that_country(nlp):
    from conftest import prepared_doc
    from sitrep.claims.denials import _countries_in

    text = "Residents said Somali government soldiers and al-Shabaab fighters had burned homes in Bulo Burde."
    doc = prepared_doc(nlp, text)
    army = text.index("Somali government soldiers")
    fighters = text.index("al-Shabaab fighters")
    assert "SOM" in _countries_in(doc, army, army + 26, places=False, side="state")
    assert "SOM" not in _countries_in(doc, fighters, fighters + 19, places=False, side="state")
    assert "SOM" in _countries_in(doc, fighters, fighters + 19, places=False)
