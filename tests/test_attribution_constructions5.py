"""The learned attribution cues (session 7): verbs with a subject and a complement that no lexicon construction
took, scored by the small logistic model in `data/cues/learned_cues.json` (`_Extractor.learned`). Sentences written
for these tests; the mechanism is tested with hand-made models so that refitting the shipped one cannot break them."""
import json
import math
from dataclasses import replace

import pytest

from sitrep.claims.attribution import extract
from sitrep.claims.attribution_lexicon import load_lexicon

from conftest import attributions


def _lex(weights: dict[str, float], threshold: float = 0.0):
    return replace(load_lexicon(), cue_model={"bias": 0.0, "threshold": threshold, "weights": weights})


def test_a_verb_the_model_scores_high_becomes_a_cue_with_subject_and_object(bare_nlp):
    text = "The governor floated a housing policy for the city."
    atts = attributions(bare_nlp, text, lexicon=_lex({"l=float": 5.0}, threshold=1.0))
    hit = [a for a in atts if a["cue"] == "floated"]
    assert hit, atts
    assert hit[0]["source"] == "The governor"
    # the object and what follows it in the clause: PolNeAR's annotators take the whole verb phrase
    assert hit[0]["content"] == ["a housing policy for the city"]


def test_below_the_threshold_or_without_a_model_nothing_is_added(bare_nlp):
    text = "The governor floated a housing policy for the city."
    low = _lex({"l=float": 0.5}, threshold=1.0)
    assert not [a for a in attributions(bare_nlp, text, lexicon=low) if a["cue"] == "floated"]
    no_model = replace(load_lexicon(), cue_model=None)
    assert not [a for a in attributions(bare_nlp, text, lexicon=no_model) if a["cue"] == "floated"]


def test_a_verb_of_armed_action_is_never_a_learned_cue(bare_nlp):
    # physical_verbs.tsv: in conflict reporting these report deeds, whatever the model says
    atts = attributions(bare_nlp, "Rebel fighters seized the town after a long battle.",
                        lexicon=_lex({"l=seize": 9.0, "bias": 9.0}))
    assert not [a for a in atts if a["cue"].startswith("seized")], atts


def test_a_lexicon_verb_kept_to_persons_stays_no_cue_otherwise(bare_nlp):
    # "attack" is a cue only between persons (frame h): troops attacking a post is no statement, learned or not
    atts = attributions(bare_nlp, "Armenian troops attacked the border post overnight.", lexicon=_lex({"bias": 9.0}))
    assert not [a for a in atts if "attacked" in a["cue"]], atts


def test_a_learned_cue_never_swallows_a_cue_the_rules_found(bare_nlp):
    # "a report saying …" is the rules' attribution; "released" taking it as content would hide it as nested
    text = "The agency released a report saying the bridge was unsafe."
    atts = attributions(bare_nlp, text, lexicon=_lex({"l=release": 9.0, "bias": 9.0}))
    assert not [a for a in atts if a["cue"] == "released"], atts
    assert [a for a in atts if a["cue"] == "released a report saying"], atts  # the issuing verb joins the cue


def test_a_verb_inside_a_found_content_or_quote_is_no_candidate(bare_nlp):
    lex = _lex({"bias": 9.0})
    atts = attributions(bare_nlp, "The minister said the governor floated a new policy.", lexicon=lex)
    assert [a["cue"] for a in atts] == ["said"], atts
    atts = attributions(bare_nlp, "“The governor floated a new policy,” the minister said.", lexicon=lex)
    assert [a["cue"] for a in atts] == ["said"], atts


def test_the_shipped_model_adds_nothing_to_a_conflict_report(bare_nlp):
    text = ("Armenian troops attacked Azerbaijani border guards in the Zangilan district overnight. "
            "Azerbaijani forces shelled three villages and seized a hill, the ministry said.")
    doc = bare_nlp(text)
    with_model = {a.cue for a in extract(doc, load_lexicon(), strict=True)}
    without = {a.cue for a in extract(doc, replace(load_lexicon(), cue_model=None), strict=True)}
    assert with_model == without


def test_the_shipped_model_file_is_well_formed():
    model = load_lexicon().cue_model
    assert model is not None, "data/cues/learned_cues.json is missing"
    assert math.isfinite(model["threshold"]) and math.isfinite(model["bias"])
    assert model["weights"] and all(math.isfinite(w) for w in model["weights"].values())
    # features describe constructions, never names: an object feature is a common noun in lower case
    assert all(k == k.lower() for k in model["weights"] if k.startswith("o="))


def test_the_model_file_can_be_switched_off_or_replaced(tmp_path, monkeypatch):
    from sitrep.claims.attribution_lexicon import _read_cue_model

    monkeypatch.setenv("SITREP_CUE_MODEL", "none")
    assert _read_cue_model(None) is None
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"bias": 0.1, "threshold": 0.0, "weights": {"l=say": 1.0}}), encoding="utf-8")
    monkeypatch.setenv("SITREP_CUE_MODEL", str(path))
    assert _read_cue_model(None)["weights"] == {"l=say": 1.0}
    path.write_text(json.dumps({"bias": 0.1}), encoding="utf-8")
    with pytest.raises(ValueError):
        _read_cue_model(None)


def test_only_a_speaker_can_be_a_learned_source(bare_nlp):
    # a person, a body, a name or a source noun speaks; "the wind" does not
    lex = _lex({"l=float": 9.0})
    assert not [a for a in attributions(bare_nlp, "The wind floated a paper boat down the river.", lexicon=lex)
                if a["cue"] == "floated"]
    assert [a for a in attributions(bare_nlp, "The senator floated a paper boat down the river.", lexicon=lex)
            if a["cue"] == "floated"]


def test_a_verb_outside_the_lexicon_with_a_pronoun_object_is_a_deed(bare_nlp):
    atts = attributions(bare_nlp, "He put it on the table and left the room.",
                        lexicon=_lex({"l=put": 9.0, "l=leave": 9.0}))
    assert not [a for a in atts if a["cue"] == "put"], atts


def test_a_candidate_under_another_reporting_verb_or_idiom_is_skipped(bare_nlp):
    # "let's say" reports nobody, and what it governs is no statement of its own either
    atts = attributions(bare_nlp, "Let's say you think the plan works.", lexicon=_lex({"bias": 9.0}))
    assert not [a for a in atts if "think" in a["cue"]], atts


def test_an_evaluation_verb_keeps_to_its_listed_frames(bare_nlp):
    # "blast" takes a charge ("blasted X for Y") or a predicate ("as"), never a bare object: shelling stays a deed
    atts = attributions(bare_nlp, "The senator blasted the town for three days.", lexicon=_lex({"bias": 9.0}))
    assert not [a for a in atts if "blasted" in a["cue"]], atts
