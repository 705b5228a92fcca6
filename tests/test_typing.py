"""Event typing: the CASE and PLOVER typers on sentences written for these tests, and the evaluation helpers."""
import json
import subprocess
import sys

import numpy as np
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
    fresh = ty._load_or_train("case", tmp_path / "missing.npz")  # no file: trains in-process
    assert fresh.fingerprint == ty.fingerprint("case")
    stale = ty.Typer(fresh._classes, fresh.coef, fresh.intercept, fresh.blocks, fresh.labels,
                     "not-the-current-fingerprint", fresh.info)
    path = tmp_path / "typer.npz"
    stale.save(path)
    loaded = ty._load_or_train("case", path)
    assert loaded.fingerprint == ty.fingerprint("case") and "source" not in loaded.info  # retrained
    good = tmp_path / "good.npz"
    fresh.save(good)
    assert ty._load_or_train("case", good).info["source"] == str(good)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not an npz file")
    assert ty._load_or_train("case", junk).fingerprint == fresh.fingerprint


MADE_UP = [
    ("Police arrested the mayor on Tuesday.", "a"), ("Security forces detained dozens of activists.", "a"),
    ("A cyclone destroyed homes along the coast.", "b"), ("Floods swept away two bridges in the valley.", "b"),
    ("Warplanes struck rebel positions near the river.", "c"), ("A drone strike hit a car near the border.", "c"),
]


@pytest.mark.parametrize("analyzer,ngrams,min_df", [("word", (1, 2), 1), ("char_wb", (3, 5), 1), ("char", (2, 4), 1),
                                                     ("word", (1, 3), 2)])
def test_numpy_scoring_equals_sklearn(tmp_path, analyzer, ngrams, min_df):
    """The arrays-only typer reproduces the fitted scikit-learn pipeline's margins, also after an npz round trip."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.svm import LinearSVC

    texts, ys = [t for t, _ in MADE_UP], [y for _, y in MADE_UP]
    union = FeatureUnion([
        ("words", TfidfVectorizer(analyzer="word", token_pattern=r"(?u)\b[a-z][a-z'\-]+\b|\b0\b", sublinear_tf=True)),
        ("other", TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=min_df, sublinear_tf=True)),
    ], transformer_weights={"words": 1.0, "other": 0.7})
    model = make_pipeline(union, LinearSVC(C=0.5)).fit(texts, ys)
    typer = ty.Typer.from_pipeline(model, ["a", "b", "c", "d"], "fp", {"task": "test"})
    probe = texts + ["Troops  detained the MAYOR near the coast,  twice!", "", "zz unseen words only"]
    assert np.allclose(typer._margins(probe), model.decision_function(probe), atol=1e-12)
    for name, vec in union.transformer_list:
        block = next(b for b in typer.blocks if b.name == name)
        for doc in probe:
            assert block.analyse(doc) == vec.build_analyzer()(doc)
    typer.save(tmp_path / "t.npz")
    back = ty.Typer.load(tmp_path / "t.npz")
    assert np.array_equal(back._margins(probe), typer._margins(probe))
    assert back.labels == ["a", "b", "c", "d"] and back.fingerprint == "fp" and back.info == {"task": "test"}


def test_stored_typer_scores_without_sklearn():
    """Loading the built model and typing a snippet must not import scikit-learn (it costs ~1 s of cold start)."""
    path = ty.model_path("case")
    try:
        current = ty.Typer.load(path).fingerprint == ty.fingerprint("case")
    except Exception:
        current = False
    if not current:
        pytest.skip("no current built model (run python -m sitrep.events.typing --build)")
    code = ("import sys; from sitrep.events.typing import get_typer; t = get_typer(); "
            "print(t.predict(['Police arrested two men.'])[0].label, 'source' in t.info, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["ARREST", "True", "False"]


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
        {"id": "c", "event": "COERCE", "mode": "destroy", "eventText": "burned shops",
         "text": "Soldiers burned down the shops of the market in Gao."},
        {"id": "d", "event": "CONCEDE", "eventText": "lifted the curfew", "text": "The junta lifted the curfew in Bamako."},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold = plover.read_gsr(str(path))
    assert [r["event2021"] for r in gold] == ["REQUEST", "ASSAULT", "ASSAULT", "RETREAT"]
    assert [r["event2021_by_name"] for r in gold] == ["REQUEST", "ASSAULT", "COERCE", "CONCEDE"]
    res = plover.evaluate(str(path))
    assert res["n"] == 4 and res["remapped_n"] == 2
    assert {"event_accuracy", "event_accuracy_by_name", "macro_f1", "actor_country", "actor_code", "per_second"} <= set(res)
    assert res["actor_country_n"] == 4 and res["actor_country"] == 1.0


def test_agent_features_name_the_loser_and_protest_casualties():
    from sitrep.events.typing import agent_features, normalise

    feats = agent_features(normalise("Rebels recaptured the village from the Syrian Arab Army on Monday.")).split()
    assert "zznonstatecapture" in feats and "zzfromstate" in feats and "zzleadnonstatecapture" in feats
    feats = agent_features(normalise("Police fired on the protesters, killing three.")).split()
    assert "zzprotestdeath" in feats and "zzstateforce" in feats
    feats = agent_features(normalise("The militants were pushed back from their positions by the army.")).split()
    assert any(f.endswith("expel") for f in feats)


def test_trigger_features_name_the_labels_of_trigger_words():
    feats = ty.trigger_features(ty.normalise("Gunmen ambushed a convoy and a car bomb exploded near the market.")).split()
    assert "zztrigremexplos" in feats and "zztrigattack" in feats
    assert ty.trigger_features(ty.normalise("The minister opened a new school in the capital.")) == ""
    assert "zztrigtrig" not in " ".join(ty.prepare(["Rebels shelled the town."], "case"))
    assert "zztrigartmissattack" in ty.prepare(["Rebels shelled the town."], "case")[0].split()


def test_subject_features_take_the_clause_subject_not_the_nearest_actor():
    feats = ty.agent_features(ty.normalise("Security forces in a fresh crackdown on rebel militants recaptured the "
                                           "hill town of Dorva on Friday.")).split()
    assert "zzsubjstatecapture" in feats and "zzsubjnonstatecapture" not in feats
    assert "zznonstatecapture" in feats  # the nearest-actor feature is still there, for the model to weigh
    feats = ty.agent_features(ty.normalise("A coalition of armed groups seized the garrison town.")).split()
    assert "zzsubjnonstatecapture" in feats and "zzsubjstatecapture" not in feats
    feats = ty.agent_features(ty.normalise("Fighters of the armed group were driven out by the army.")).split()
    assert not any(f.startswith("zzsubj") and f.endswith("expel") for f in feats)  # a passive: no subject agent


@pytest.mark.parametrize("text,model_label,second,expected", [
    # protests: who was violent decides (ACLED: violent demonstrators make a riot even when police used force)
    ("Protesters hurled stones at riot police, who answered with tear gas.", "PROTEST_WITH_INTER", None,
     "VIOL_DEMONSTR"),
    ("Police fired tear gas to disperse a march by striking dockers in Ulma.", "PEACE_PROTEST", None,
     "PROTEST_WITH_INTER"),
    ("Pensioners rallied outside the town hall and the crowd dispersed by evening.", "PEACE_PROTEST", None,
     "PEACE_PROTEST"),
    ("Soldiers opened fire on demonstrators in the square, killing four.", "PROTEST_WITH_INTER", None,
     "FORCE_AGAINST_PROTEST"),
    ("Police rounded up opposition activists days ahead of a planned rally.", "PROTEST_WITH_INTER", None, "ARREST"),
    ("Police rounded up opposition activists days ahead of a planned rally.", "PEACE_PROTEST", None, "ARREST"),
    ("Thousands marched to protest against the arrest of opposition activists last week.", "PEACE_PROTEST", None,
     "PEACE_PROTEST"),
    ("Police detained 30 activists during the rally and used batons on the crowd.", "ARREST", None,
     "PROTEST_WITH_INTER"),
    # territory: with or without a fight, and who took it
    ("The militia entered the town unopposed after the army withdrew.", "NON_STATE_ACTOR_OVERTAKES_TER", None,
     "NON_VIOL_TERRIT_TRANSFER"),
    ("The militia seized the town after heavy fighting with the army.", "NON_STATE_ACTOR_OVERTAKES_TER", None,
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Army troops recaptured the village on Sunday.", "NON_STATE_ACTOR_OVERTAKES_TER", None, "GOV_REGAINS_TERIT"),
    ("A rebel bid to capture the airport was repelled by soldiers.", "NON_STATE_ACTOR_OVERTAKES_TER", None,
     "ARMED_CLASH"),
    # explosives: the device and whether it went off
    ("Engineers found and defused a roadside bomb on the bridge.", "REM_EXPLOS", None, "DISR_WEAP"),
    ("A roadside bomb killed two soldiers on the bridge.", "REM_EXPLOS", None, "REM_EXPLOS"),
    ("A suicide car bomb exploded at the gate of the base.", "REM_EXPLOS", None, "SUIC_BOMB"),
    ("No group has claimed the bombing of the market.", "ATTRIB", "REM_EXPLOS", "REM_EXPLOS"),
    ("No group has claimed the bombing; officials blamed the rebels.", "ATTRIB", "REM_EXPLOS", "ATTRIB"),
    # strategic developments
    ("The two armed groups signed a ceasefire in the capital.", "ARMED_CLASH", None, "AGREEMENT"),
    ("Fighting resumed in the east despite the ceasefire.", "ARMED_CLASH", None, "ARMED_CLASH"),
    ("The rebels are mobilising fighters and reinforcing their lines north of the city.", "ARMED_CLASH", None,
     "CHANGE_TO_GROUP_ACT"),
    # a label no rule is tried on is kept
    ("Protesters hurled stones at riot police.", "NATURAL_DISASTER", None, "NATURAL_DISASTER"),
])
def test_codebook_rules(text, model_label, second, expected):
    assert ty.apply_rules(text, model_label, second=second) == expected


def test_rules_only_name_known_labels_and_compile():
    rules = ty._compiled_rules()
    assert len(rules) >= 10
    known = set(codebooks.case_labels()) | {"SECOND"}
    assert all(label in known and when <= known for label, when, _, _ in rules)


def test_predict_applies_the_rules_and_keeps_scores_consistent(typer):
    text = "Demonstrators set cars ablaze and threw rocks at the police, who fired tear gas to disperse them."
    pred = typer.predict([text])[0]
    assert pred.label == "VIOL_DEMONSTR"
    assert pred.label == max(pred.scores, key=pred.scores.get)
    assert abs(sum(pred.scores.values()) - 1.0) < 1e-6


def test_rules_do_not_hurt_on_the_check_set(typer, monkeypatch):
    """The rules, on snippets written after them that the typer never trains on, help or do no harm."""
    from sitrep.resources import load_yaml

    data = load_yaml("training/heldout_case.yaml")
    texts = [t for lab, items in data.items() for t in items]
    gold = [lab for lab, items in data.items() for _ in items]
    with_rules = [p.label for p in typer.predict(texts)]
    monkeypatch.setattr(ty, "RULES", False)
    without = [p.label for p in typer.predict(texts)]
    right = sum(p == g for p, g in zip(with_rules, gold))
    broken = sum(a == g != b for a, b, g in zip(without, with_rules, gold))
    assert right >= sum(p == g for p, g in zip(without, gold))
    assert broken == 0 and right / len(gold) >= 0.9
