"""Attribution constructions added in session 18. A ", who said …" clause on the object of "according to" (or on any
source) is a report of its own, never part of the source's name ("according to the relief coordinator in Mweso, who
said …"); a verb cue whose object is a cue noun with a preposition ("showed support for X", "have shown support for X")
has the verb, the noun and the preposition as its cue and the preposition's object as content, as PolNeAR marks it,
except after verbs whose object names somebody else's words ("cited criticism of X", "denied reports of X"); a content
opened by a relative word that the cue's clause moved before it ("a depot, which the villagers said militiamen had
burned") keeps the relative word (PolNeAR's convention) and records the noun phrase it stands for as `antecedent`.
A noun phrase, or the cue's preposition again, after "and" that the parser hung on the cue continues the content
("condemned the test as reckless and a grave threat", "a supporter of the truce and of talks").
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,cue,source", [
    ("Food deliveries have stopped, according to the relief coordinator in Mweso, who said three trucks were looted.",
     "according to", "the relief coordinator in Mweso"),
    ("The road to the mine is closed, according to Ana Ruiz, a farmer, who told reporters that a bridge had collapsed.",
     "according to", "Ana Ruiz, a farmer"),
])
def test_reporting_relative_is_not_part_of_the_source(nlp, text, cue, source):
    att = with_cue(attributions(nlp, text), cue)
    # an appositive source keeps its closing comma (PolNeAR's "Brian Fallon, the campaign's press secretary,")
    assert att["source"].rstrip(",") == source


def test_describing_relative_stays_in_the_source(nlp):
    # a "who" clause that only describes the person is part of the source's noun phrase, as before
    text = "The dam is safe, according to Ana Ruiz, who heads the water board."
    att = with_cue(attributions(nlp, text), "according to")
    assert att["source"].startswith("Ana Ruiz")


def test_according_to_content_stays_in_its_paragraph(nlp):
    text = ("Floods cut the northern road\n\nLOKORO, May 3 - Floods cut the northern road on Monday, according to the "
            "district commissioner.")
    att = with_cue(attributions(nlp, text), "according to")
    assert all("\n" not in c and "Floods cut the northern road\n" not in c for c in att["content"])
    assert att["content"][-1].endswith("on Monday")


@pytest.mark.parametrize("text,cue,content", [
    ("Thousands of farmers showed support for the striking dock workers.", "showed support for",
     "the striking dock workers"),
    ("Several governors have shown support for the proposal to delay the vote.", "have shown support for",
     "the proposal to delay the vote"),
])
def test_object_cue_noun_with_preposition_joins_the_cue(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


@pytest.mark.parametrize("text,cue,content", [
    ("The mayor cited criticism of the new bridge.", "cited", "criticism of the new bridge"),
    ("The ministry denied reports of fighting near the border.", "denied", "reports of fighting near the border"),
])
def test_object_naming_others_words_stays_in_the_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


@pytest.mark.parametrize("text,cue,antecedent,rest", [
    ("Herders fled to a grazing camp, which they said soldiers had surrounded on Sunday.", "said", "a grazing camp",
     "soldiers had surrounded on Sunday"),
    ("The rebels crossed the old bridge, which officials claimed had been mined.", "claimed", "the old bridge",
     "had been mined"),
])
def test_fronted_relative_content_records_its_antecedent(nlp, text, cue, antecedent, rest):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"][0] in ("which", "who", "that")
    assert att["content"][-1] == rest
    assert att["antecedent"] == antecedent


def test_plain_content_has_no_antecedent(nlp):
    att = with_cue(attributions(nlp, "The governor said the camp had been surrounded."), "said")
    assert att["antecedent"] is None


@pytest.mark.parametrize("text,cue,content", [
    ('The mayor condemned the shelling as "reckless and cruel" and a "grave threat" to the truce.', "condemned",
     'the shelling as "reckless and cruel" and a "grave threat" to the truce'),
    ("The envoy is a firm supporter of the ceasefire and of talks with the rebels.", "is a firm supporter of",
     "the ceasefire and of talks with the rebels"),
    ("Aid groups have been critical of the blockade and of the curfew in the north.", "have been critical of",
     "the blockade and of the curfew in the north"),
])
def test_second_conjunct_hung_on_the_cue_continues_the_content(nlp, text, cue, content):
    # a noun phrase or the cue's preposition again after "and", which the parser hung on the cue: more content
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


def test_a_verb_after_and_is_the_speakers_own_act(nlp):
    att = with_cue(attributions(nlp, "The minister denied the report and left the room."), "denied")
    assert att["content"] == ["the report"]
