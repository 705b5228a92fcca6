"""Issue 6, session 22: the figure nouns ("the toll", "the count", "those estimates") read from one list in
linking.yaml by the three tests that use them, and the learned linker's behaviour on denials about numbers.
Made-up text."""
from __future__ import annotations

import pytest

from conftest import json_runner

from sitrep.claims.denials import _figure_noun
from sitrep.claims.tables import _figure_noun_search, _figure_topic_search, _linking

PUB = "2025-11-27T08:00:00+00:00"


run = json_runner(PUB)


def _answered_by(rec: dict, words: str) -> list[str]:
    """The claims a deny response with these words answers."""
    return [c["text"] for c in rec["claims"] for r in c["responses"] if r["stance"] == "deny" and words in r["text"]]


def test_every_listed_figure_noun_is_a_whole_object_and_a_figure_anywhere():
    table = _linking()
    assert table["figure_nouns"] and table["figure_noun_modifiers"]
    for noun in table["figure_nouns"]:
        assert _figure_noun().match(f"the rebels' {noun}"), noun
        assert _figure_noun_search().search(f"rejected the {noun} given by the rebels"), noun
        assert _figure_topic_search().search(f"rejected the {noun}"), noun
    for modifier in table["figure_noun_modifiers"]:
        assert _figure_noun().match(f"the {modifier} toll on Monday"), modifier


def test_a_figure_noun_with_more_words_after_it_is_not_a_whole_object():
    assert not _figure_noun().match("the figures showing that soldiers fired first")
    assert not _figure_noun().match("the accusation")
    assert not _figure_noun_search().search("denied that soldiers had fired on the crowd")


def test_topic_words_make_a_denial_about_numbers_without_naming_a_statement():
    for word in _linking()["figure_topic_words"]:
        assert _figure_topic_search().search(f"denied that the {word} were as reported"), word
    # (a word inside another word is none: "deadline", "arrange")
    assert not _figure_topic_search().search("rejected the deadline and the plan to arrange talks")


@pytest.mark.parametrize("noun", ["count", "estimate"])
def test_dismissing_the_count_answers_the_statement_giving_the_dead(run, noun):
    rec = run("MAIDUGURI, Nov 26 - A local vigilante leader, Babagana Modu, said on Wednesday that soldiers had "
              "entered the market at Gajiram in the morning and searched every stall. He said the troops shot dead "
              "fourteen traders who tried to run.\n\n"
              f"An army spokesman dismissed the {noun}, saying the soldiers had come under fire from insurgents "
              "hiding among the stalls.")
    answered = _answered_by(rec, f"the {noun}")
    assert answered and "fourteen traders" in answered[0]


def test_a_denial_about_the_dead_answers_the_claim_with_a_number_not_the_later_one_without(run):
    rec = run("KHARTOUM, Nov 26 - The Rapid Support Forces said on Wednesday that army drones had struck a fuel "
              "depot near El Obeid, killing 23 civilians who were queuing for petrol.\n\n"
              "The group also said the army was moving heavy artillery towards Bara.\n\n"
              "A Sudanese army spokesman denied that any civilians were among the dead, saying the depot supplied "
              "the paramilitary's vehicles.")
    answered = _answered_by(rec, "among the dead")
    assert answered and "23 civilians" in answered[0]
