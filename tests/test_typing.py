"""Event typing: the CASE and PLOVER typers on sentences written for these tests, and the evaluation helpers."""
import json
import pickle

import pytest

from sitrep import codebooks
from sitrep.events import typing as ty


@pytest.fixture(scope="module")
def typer():
    return ty.get_typer()


def test_singleton(typer):
    assert ty.get_typer() is typer


@pytest.mark.parametrize("text,label", [
    ("Police arrested 12 protesters outside the courthouse on Friday.", "ARREST"),
    ("Jets of the air force bombed a rebel training camp near the lake, killing at least 20.", "AIR_STRIKE"),
    ("A man wearing an explosive vest blew himself up at the gate of the stadium.", "SUIC_BOMB"),
    ("Mortar rounds landed on the market town overnight, damaging several homes.", "ART_MISS_ATTACK"),
    ("Thousands of nurses marched peacefully to the health ministry to demand pay rises.", "PEACE_PROTEST"),
    ("Rioters threw petrol bombs at police vans and set a bank on fire.", "VIOL_DEMONSTR"),
    ("A 6.1 magnitude earthquake flattened houses in three mountain villages.", "NATURAL_DISASTER"),
    ("Two freight trains collided near the station, killing a driver.", "MAN_MADE_DISASTER"),
    ("Unknown men kidnapped a village chief and are demanding a ransom.", "ABDUCT_DISSAP"),
    ("Soldiers defused a bomb that had been hidden under a culvert on the main road.", "DISR_WEAP"),
    ("The jihadist group claimed responsibility for the ambush in a statement online.", "ATTRIB"),
    ("The foreign ministry expelled three diplomats and recalled its ambassador.", "DIPLO"),
    ("Customs officers found 300 kilograms of cocaine hidden in a shipment of bananas.", "ORG_CRIME"),
    ("The army set up a new forward base near the border crossing.", "HQ_ESTABLISHED"),
])
def test_clear_cases(typer, text, label):
    assert typer.predict([text])[0].label == label


def test_prediction_shape(typer):
    preds = typer.predict(["Militants captured the district after the soldiers fled.", "A flood hit the city."])
    assert len(preds) == 2
    for p in preds:
        assert set(p.scores) == set(codebooks.case_labels())
        assert abs(sum(p.scores.values()) - 1.0) < 1e-6
        assert p.label == max(p.scores, key=p.scores.get)
        assert 0.0 < p.score <= 1.0 and p.score == p.scores[p.label]
    assert typer.predict([]) == []


def test_who_takes_territory(typer):
    gov = typer.predict(["Government troops recaptured the town from the insurgents after a week of fighting."])[0]
    reb = typer.predict(["Insurgents recaptured the town from government troops after a week of fighting."])[0]
    assert gov.label == "GOV_REGAINS_TERIT"
    assert reb.label == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_stale_model_file_is_ignored(tmp_path):
    fresh = ty._load_or_train("case", tmp_path / "missing.pkl")  # no file: trains in-process
    assert fresh.fingerprint == ty.fingerprint("case")
    stale = ty.Typer(fresh.model, fresh.labels, "not-the-current-fingerprint", fresh.info)
    path = tmp_path / "typer.pkl"
    path.write_bytes(pickle.dumps(stale))
    loaded = ty._load_or_train("case", path)
    assert loaded.fingerprint == ty.fingerprint("case")
    good = tmp_path / "good.pkl"
    good.write_bytes(pickle.dumps(fresh))
    assert ty._load_or_train("case", good).fingerprint == fresh.fingerprint


def test_training_files_only_use_known_labels():
    texts, labels, weights = ty.training_data("case")
    assert len(texts) == len(labels) == len(weights) > 600
    assert set(labels) == set(codebooks.case_labels())
    texts, labels, _ = ty.training_data("plover")
    assert set(labels) == set(codebooks.plover_events())


@pytest.mark.parametrize("text,event", [
    ("The finance ministry threatened to freeze the assets of the company.", "THREATEN"),
    ("The opposition rejected the government's offer of talks.", "REJECT"),
    ("The two prime ministers met in Vienna to discuss energy supplies.", "CONSULT"),
    ("Police detained forty students in the capital.", "COERCE"),
    ("The human rights commission condemned the execution of the journalist.", "ACCUSE"),
    ("The union urged the government to raise the minimum wage.", "REQUEST"),
])
def test_plover_typer(text, event):
    assert ty.get_plover_typer().predict([text])[0].label == event


def test_score_restricts_subsets():
    from sitrep.eval.types import score

    gold = ["ARREST", "ARREST", "DIPLO", "NATURAL_DISASTER"]
    pred = ["ARREST", "DIPLO", "DIPLO", "NATURAL_DISASTER"]
    s = score(gold, pred)
    assert s["n"] == 4 and s["accuracy"] == 0.75
    assert s["acled25"]["n"] == 2 and s["acled25"]["accuracy"] == 0.5
    assert s["acled28"]["n"] == 3
    assert s["per_class"]["ARREST"]["recall"] == 0.5 and s["per_class"]["ARREST"]["precision"] == 1.0
    assert s["per_class"]["DIPLO"]["precision"] == 0.5


def test_evaluate_and_crossval_on_a_small_file(tmp_path):
    from sitrep.eval import types

    rows = [
        ("1", "Police arrested the mayor and two aides on Tuesday.", "ARREST"),
        ("2", "Security forces detained dozens of activists in raids.", "ARREST"),
        ("3", "A cyclone destroyed homes along the coast.", "NATURAL_DISASTER"),
        ("4", "Heavy floods swept away bridges in the valley.", "NATURAL_DISASTER"),
        ("5", "Warplanes struck positions of the rebels near the river.", "AIR_STRIKE"),
        ("6", "A drone strike hit a car carrying militants.", "AIR_STRIKE"),
    ]
    path = tmp_path / "mini.tsv"
    path.write_text("id\tEventSnippet\tSubType\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    res = types.evaluate(str(path))
    assert res["n"] == 6 and res["accuracy"] >= 5 / 6
    assert {"macro_f1", "weighted_f1", "acled25", "acled28", "per_class", "per_second"} <= set(res)
    assert res["per_second"] > 0
    cv = types.crossval(str(path), folds=2)
    assert cv["n"] == 6 and len(cv["folds"]) == 2


def test_plover_eval_on_a_small_file(tmp_path):
    from sitrep.eval import plover

    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "x"},
        {"id": "a", "event": "DEMAND", "text": "The union demanded higher wages from the Kenyan government.",
         "source": [{"actorText": "union", "code": "KEN"}], "target": [{"actorText": "Kenyan government", "code": "KEN"}]},
        {"id": "b", "event": "FIGHT", "text": "Sudanese troops clashed with rebels in Darfur.",
         "source": [{"actorText": "Sudanese troops", "code": "SDN"}], "target": [{"actorText": "rebels in Darfur", "code": "SDN"}]},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold = plover.read_gsr(str(path))
    assert [r["event2021"] for r in gold] == ["REQUEST", "ASSAULT"]
    res = plover.evaluate(str(path))
    assert res["n"] == 2
    assert res["actor_country_n"] == 4 and res["actor_country"] == 1.0


def test_agent_features_name_the_loser_and_protest_casualties():
    from sitrep.events.typing import agent_features, normalise

    feats = agent_features(normalise("Rebels recaptured the village from the Syrian Arab Army on Monday.")).split()
    assert "zznonstatecapture" in feats and "zzfromstate" in feats and "zzleadnonstatecapture" in feats
    feats = agent_features(normalise("Police fired on the protesters, killing three.")).split()
    assert "zzprotestdeath" in feats and "zzstateforce" in feats
    feats = agent_features(normalise("The militants were pushed back from their positions by the army.")).split()
    assert any(f.endswith("expel") for f in feats)
