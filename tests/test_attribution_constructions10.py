"""Attribution constructions added in session 11 (task h6, cue recall): nouns of attitude with their holder as
possessor ("the board's disdain for …", "his eagerness to …", "the judge's conclusion that …"); the learned cue
step's candidates with a common noun as subject ("the article closes with …"), accepted only for nouns the model
has learned to speak; and its aspect and possessed-object features. Sentences written for these tests; the rule
tests run without the learned step, the learned-step tests with hand-made models."""
from dataclasses import replace

import pytest

import sitrep.claims.attribution_learned as L
from sitrep.claims.attribution import extract
from sitrep.claims.attribution_lexicon import load_lexicon

from conftest import attributions, only_cue


@pytest.fixture(scope="module")
def lex():
    return replace(load_lexicon(), cue_model=None)


def _model(weights: dict[str, float], threshold: float = 0.0):
    return replace(load_lexicon(), cue_model={"bias": 0.0, "threshold": threshold, "weights": weights})


def _candidates(nlp, text: str) -> list[tuple[list[str], dict]]:
    doc = nlp(text)
    L._CAND_SINK = []
    try:
        extract(doc, replace(load_lexicon(), cue_model=None), strict=True)
        return [(f, a.texts(doc.text)) for f, a in L._CAND_SINK]
    finally:
        L._CAND_SINK = None


# -- nouns of attitude with a possessor --------------------------------------------------------------------------

def test_a_noun_of_attitude_with_a_preposition_has_its_possessor_as_source(bare_nlp, lex):
    atts = attributions(bare_nlp, "The council's disdain for the new harbour plan was plain at the meeting.", lexicon=lex)
    a = only_cue(atts, "disdain for")
    assert a["source"] == "The council's"
    assert a["content"] == ["the new harbour plan"]


def test_a_noun_of_readiness_takes_an_infinitive(bare_nlp, lex):
    atts = attributions(bare_nlp, "The speech showed the mayor's eagerness to rebuild the market before winter.", lexicon=lex)
    a = only_cue(atts, "eagerness")
    assert a["source"] == "the mayor's"
    assert a["content"] == ["to rebuild the market before winter"]


def test_a_noun_of_judgement_takes_a_that_clause(bare_nlp, lex):
    atts = attributions(bare_nlp, "Ruiz's conclusion that the dam had been poorly built surprised the engineers.", lexicon=lex)
    a = only_cue(atts, "conclusion")
    assert a["source"] == "Ruiz's"
    assert a["content"] == ["that the dam had been poorly built"]


def test_a_noun_of_attitude_without_a_holder_is_no_attribution(bare_nlp, lex):
    # nobody holds the disdain: "the plan to …", "criticism of …" without a source are left alone (nouns())
    atts = attributions(bare_nlp, "There was open disdain for the new harbour plan at the meeting.", lexicon=lex)
    assert not [a for a in atts if a["cue"].startswith("disdain")], atts


# -- the learned step: a thing as subject ------------------------------------------------------------------------

def test_a_common_noun_subject_is_a_candidate_with_its_lemma_as_feature(bare_nlp):
    cands = _candidates(bare_nlp, "The article dissected the new school budget at length.")
    hit = [(f, a) for f, a in cands if a["cue"] == "dissected"]
    assert hit, cands
    feats, a = hit[0]
    assert "sn=article" in feats
    assert a["source"] == "The article"


def test_a_thing_speaks_only_when_the_model_learned_its_noun(bare_nlp):
    text = "The article dissected the new school budget at length."
    learned = _model({"l=dissect": 5.0, "sn=article": 0.5}, threshold=1.0)
    assert [a for a in attributions(bare_nlp, text, lexicon=learned) if a["cue"] == "dissected"]
    # the same verb weight, but no positive weight for the subject noun: "the wind", "artillery" never speak
    unlearned = _model({"l=dissect": 5.0}, threshold=1.0)
    assert not [a for a in attributions(bare_nlp, text, lexicon=unlearned) if a["cue"] == "dissected"]
    negative = _model({"l=dissect": 5.0, "sn=article": -0.5}, threshold=1.0)
    assert not [a for a in attributions(bare_nlp, text, lexicon=negative) if a["cue"] == "dissected"]


# -- the learned step: aspect and a possessed object -------------------------------------------------------------

def test_a_progressive_verb_with_a_possessed_object_has_aspect_and_possessor_features(bare_nlp):
    cands = _candidates(bare_nlp, "Ana Ruiz is defending her budget for the river valley.")
    hit = [f for f, a in cands if a["cue"] == "is defending"]
    assert hit, cands
    assert "aux=be|VBG" in hit[0]
    assert "o_poss" in hit[0]


def test_a_perfect_verb_with_a_plain_object_has_no_possessor_feature(bare_nlp):
    cands = _candidates(bare_nlp, "The governor has unveiled a new budget for the schools.")
    hit = [f for f, a in cands if "unveiled" in a["cue"]]
    assert hit, cands
    assert "aux=have|VBN" in hit[0]
    assert "o_poss" not in hit[0]
