"""Session 7: ranks written with a full stop stay one token, so a speaker's title does not end a sentence."""
from __future__ import annotations


def test_a_rank_with_a_full_stop_does_not_end_the_sentence(nlp):
    doc = nlp("The group's spokesman, Brig. Gen. Ali Qasem, said the carrier had moved north. Lt. Col. Dara spoke.")
    assert "Brig." in [t.text for t in doc]
    assert len(list(doc.sents)) == 2


def test_the_attribution_scorer_keeps_the_same_ranks(nlp):
    from sitrep.eval.attribution import default_nlp

    doc = default_nlp()("Col. Tchinda said the dead had been armed.")
    assert doc[0].text == "Col."
