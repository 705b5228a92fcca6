"""Attribution constructions added in session 19.

A clause the parser hung on a reporting verb before the verb is not its content when the verb has a that-clause or a
complement of its own right after it: a sentence-opening participle of saying read as a gerund subject ("Claiming
the footage is designed to mislead voters, the minister told the station that …") is an attribution of its own, with
the main clause's subject as its source; a parenthetical "(the treasury later disclosed that …)" says its that-clause,
not the sentence before it; "In her book, ''Title,'' Ms. X suggested cutting …" says the gerund, not the quoted
title. An opening participial phrase ("Speaking to farmers in Bunia this week, the governor responded to …") is
the speaker's circumstance, never the content of a parenthetical reading of the reporting clause. A that-clause
after a semicolon right after the content ("It said A; that B; and that C") is one more thing the same speaker said:
a span of its own in the same content.
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,cue,source,content", [
    ("Claiming the footage of the raid is designed to mislead voters, the minister told the radio station that no "
     "civilians were hurt.", "Claiming", "the minister", "the footage of the raid is designed to mislead voters"),
    ("Arguing the new law is unfair to herders, the union asked the court to suspend it.", "Arguing", "the union",
     "the new law is unfair to herders"),
])
def test_opening_participle_read_as_a_subject_is_its_own_attribution(nlp, text, cue, source, content):
    atts = attributions(nlp, text)
    att = with_cue(atts, cue)
    assert att["source"] == source
    assert att["content"] == [content]


@pytest.mark.parametrize("text,cue,content", [
    ("Claiming the footage of the raid is designed to mislead voters, the minister told the radio station that no "
     "civilians were hurt.", "told", "that no civilians were hurt"),
    ("Arguing the new law is unfair to herders, the union asked the court to suspend it.", "asked",
     "the court to suspend it"),
])
def test_opening_participle_is_not_the_main_verbs_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


def test_parenthetical_that_clause_is_the_content(nlp):
    text = ("Both parties face questions about the funding, particularly after a leaked memo surfaced showing large "
            "transfers (the treasury later disclosed that the funds had been returned).")
    att = with_cue(attributions(nlp, text), "later disclosed")
    assert att["source"] == "the treasury"
    assert att["content"] == ["that the funds had been returned"]


def test_quoted_title_before_the_speaker_is_not_the_content(nlp):
    text = "In her 2015 book, ''Build Your Own Fortune,'' Ms. Ortega suggested cutting small expenses first."
    att = with_cue(attributions(nlp, text), "suggested")
    assert att["source"] == "Ms. Ortega"
    assert att["content"] == ["cutting small expenses first"]


def test_opening_participial_phrase_is_not_a_parenthetical_content(nlp):
    # "Speaking to …, X responded to …": the opening phrase is the speaker's circumstance; the verb's own object is
    # what it answers
    text = "Speaking to farmers in Bunia this week, the governor responded to the army's claim that the road was safe."
    atts = attributions(nlp, text)
    assert not any("Speaking" in c for a in atts for c in a["content"])
    att = with_cue(atts, "responded")  # an answering verb's "to" opens its content (session 26)
    assert att["source"] == "the governor"
    assert att["content"] == ["to the army's claim that the road was safe"]


def test_opening_participial_phrase_before_a_that_clause(nlp):
    text = "Heading into the talks on Monday, the envoy told Radio Okapi's \"Morning Show\" that nobody would question the truce."
    att = with_cue(attributions(nlp, text), "told")
    assert att["content"] == ["that nobody would question the truce"]


def test_that_clauses_after_semicolons_continue_the_content(nlp):
    text = ("The coalition said an air strike had killed seven miners near the river; that soldiers were escorting "
            "trucks of ore towards the border; and that they had detained 12 young men for a week.")
    att = with_cue(attributions(nlp, text), "said")
    assert att["source"] == "The coalition"
    assert att["content"] == ["an air strike had killed seven miners near the river",
                              "that soldiers were escorting trucks of ore towards the border",
                              "that they had detained 12 young men for a week"]


@pytest.mark.parametrize("text,cue,content", [
    # another speaker's statement after the semicolon is its own, as before
    ("The minister accused the rebels of the attack; the rebels said that the army did it.", "accused",
     "the rebels of the attack"),
    # "that" as a pronoun after the semicolon opens no clause of what was said
    ("The group said the town was calm; that was not true, residents said.", "said", "the town was calm"),
])
def test_semicolon_without_a_that_clause_still_ends_the_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]
