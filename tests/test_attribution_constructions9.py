"""Attribution constructions added in session 11 (task h1): a quotation that opens inside an indirect content runs
to its closing mark; an aside inside a source's appositive ("X, head of the union, which …, said") is not the
source; an appositive set off by dashes keeps its closing dash; an inverted "Said X: “…”"; a stance participle
after a copula read as a verb ("we are convinced that …"); a verb's object noun with its own that-clause ("disputes
the idea that …"). Sentences written for these tests; the learned cue step is off so that only the rules are
tested."""
from dataclasses import replace

import pytest

from sitrep.claims.attribution import extract
from sitrep.claims.attribution_lexicon import load_lexicon

from conftest import attributions, only_cue


@pytest.fixture(scope="module")
def lex():
    return replace(load_lexicon(), cue_model=None)


# -- a quotation opened inside an indirect content ------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,content", [
    ("The farmer said he had worked the land “for his children, hoping that one day they would own it.”",
     "said", "he had worked the land “for his children, hoping that one day they would own it.”"),
    ("The mayor said the storm had flooded the old town, “the market, the school, the clinic and every "
     "road out of it.”", "said",
     "the storm had flooded the old town, “the market, the school, the clinic and every road out of it.”"),
])
def test_a_quotation_opened_in_the_content_runs_to_its_closing_mark(bare_nlp, lex, text, cue, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["content"] == [content]


def test_a_quotation_in_the_next_paragraph_is_not_pulled_in(bare_nlp, lex):
    text = "The mayor said the storm had flooded the old town.\n\n“We lost the market, the school and the clinic.”"
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["the storm had flooded the old town"]


# -- an aside inside the source's appositive ------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source", [
    ("Maria Lopez, head of the farmers' union, which represents 3,000 growers, said prices had fallen.",
     "said", "Maria Lopez, head of the farmers' union,"),
    ("Tom Reed, a lawyer for the port authority, which owns the docks, told reporters the lease had ended.",
     "told", "Tom Reed, a lawyer for the port authority,"),
])
def test_an_aside_inside_the_sources_appositive_is_left_out(bare_nlp, lex, text, cue, source):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["source"] == source


def test_a_plain_appositive_source_is_kept_whole(bare_nlp, lex):
    text = "Tom Reed, a lawyer for the port authority, told reporters the lease had ended."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "told")
    assert a["source"] == "Tom Reed, a lawyer for the port authority,"


# -- an appositive set off by dashes --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source", [
    ("Ana Ruiz -- the lawyer for the growers' cooperative -- said prices had fallen.", "said",
     "Ana Ruiz -- the lawyer for the growers' cooperative --"),
    ("The audit–released by the ministry on Monday–shows that the funds were misspent.", "shows",
     "The audit–released by the ministry on Monday–"),
])
def test_an_appositive_between_dashes_keeps_its_closing_dash(bare_nlp, lex, text, cue, source):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["source"] == source


# -- "Said X: “…”" --------------------------------------------------------------------------------------------------

def test_an_inverted_said_names_its_speaker(bare_nlp, lex):
    text = ("The plan would make the code more complicated. Said Okafor: “I don’t see any interest in reform "
            "there.”")
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "Said")
    assert a["source"] == "Okafor"
    assert a["content"] == ["“I don’t see any interest in reform there.”"]


def test_a_sentence_opening_participle_is_no_inverted_speaker(bare_nlp, lex):
    text = "Said differently, the plan is a tax cut for the rich."
    assert not any(a["source"] == "differently" for a in attributions(bare_nlp, text, lexicon=lex))


# -- a stance participle after a copula -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,source,content", [
    ("After living abroad, we are convinced this is the only country where anyone can start from zero.",
     "are convinced", "we", "this is the only country where anyone can start from zero"),
    ("The mayor is convinced that the bridge will hold.", "is convinced", "The mayor",
     "that the bridge will hold"),
])
def test_a_stance_participle_after_a_copula_takes_the_copulas_subject(bare_nlp, lex, text, cue, source, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["source"] == source
    assert a["content"] == [content]


# -- an object noun with its own that-clause ------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue,content", [
    ("Her doctor disputes the idea that she needed surgery in the first place.", "disputes",
     "the idea that she needed surgery in the first place"),
    ("The mayor offered no proof that the council had a role in the deal.", "offered",
     "no proof that the council had a role in the deal"),
])
def test_an_object_noun_with_its_that_clause_is_the_content(bare_nlp, lex, text, cue, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["content"] == [content]


def test_an_addressee_before_a_that_clause_stays_out_of_the_content(bare_nlp, lex):
    text = "He told a meeting of leaders that few people understood the plan."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "told")
    assert a["content"] == ["that few people understood the plan"]


# -- an editor's note -----------------------------------------------------------------------------------------------

def test_an_editors_note_reports_nothing(bare_nlp, lex):
    text = ("The minister said the talks had failed.\n\nEditor's note: The ministry has\nrepeatedly claimed that the\n"
            "border is closed.\n\nThe army said the road was open.")
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert [a["content"] for a in atts] == [["the talks had failed"], ["the road was open"]]


# -- a question to the reader ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Do you know that the bridge has been closed since May?",
    "Would you think the council cares about farmers?",
])
def test_a_question_to_the_reader_is_no_attribution(bare_nlp, lex, text):
    assert attributions(bare_nlp, text, lexicon=lex) == []


def test_a_statement_by_you_is_kept(bare_nlp, lex):
    a = only_cue(attributions(bare_nlp, "You said the bridge was closed.", lexicon=lex), "said")
    assert a["source"] == "You"


# -- the subject of an adjective's copula ---------------------------------------------------------------------------

def test_a_verb_after_an_adjectives_infinitive_takes_the_copulas_subject(bare_nlp, lex):
    text = ("The senator will be unable to turn the crowds against the moderators and accuse the audience of "
            "being donors.")
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "accuse")
    assert a["source"] == "The senator"


def test_an_impersonal_copula_gives_no_source(bare_nlp, lex):
    text = "It is worth noting that the bridge was closed in May."
    assert not any(a["source"] == "It" for a in attributions(bare_nlp, text, lexicon=lex))


# -- a bracket left open --------------------------------------------------------------------------------------------

def test_a_content_does_not_stop_inside_a_bracket(bare_nlp, lex):
    text = "Mr. Lee said if he won he would have to consider Rep. Ana Ruiz (D-Va.), a former mayor of the town."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] and a["content"][-1].endswith("(D-Va.)"), a
    assert all(c.count("(") == c.count(")") for c in a["content"]), a


# -- a discourse adverbial opening a fronted content ----------------------------------------------------------------

@pytest.mark.parametrize("text,content", [
    ("However, the talks in the capital have failed, the minister said.", "the talks in the capital have failed"),
    ("In addition, the army will withdraw from the valley, the spokesman said.",
     "the army will withdraw from the valley"),
    ("As for the border, it remains closed, officials said.", "it remains closed"),
])
def test_a_discourse_adverbial_is_not_content(bare_nlp, lex, text, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == [content]


def test_however_as_a_degree_adverb_stays_in_the_content(bare_nlp, lex):
    text = "However laudable the goal, the plan is a mistake, the minister said."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["However laudable the goal, the plan is a mistake"]


# -- a time phrase before the subject of a complement clause --------------------------------------------------------

@pytest.mark.parametrize("text,content", [
    ("The governor said this weekend he would veto the budget.", "he would veto the budget"),
    ("The senator said after the convention he would not accept the endorsement.",
     "he would not accept the endorsement"),
])
def test_a_time_phrase_before_the_clause_dates_the_saying(bare_nlp, lex, text, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == [content]


def test_a_time_phrase_at_the_end_stays_in_the_content(bare_nlp, lex):
    a = only_cue(attributions(bare_nlp, "The minister said the army had withdrawn on Monday.", lexicon=lex), "said")
    assert a["content"] == ["the army had withdrawn on Monday"]


# -- a name in apposition at the end of a content -------------------------------------------------------------------

def test_a_name_in_apposition_stays_in_the_content(bare_nlp, lex):
    text = "The governor linked the leaks to the private server used by his rival, Maria Santos."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "linked")
    assert a["content"][-1].endswith("his rival, Maria Santos"), a


def test_a_described_aside_at_the_end_of_a_content_is_still_cut(bare_nlp, lex):
    text = "Mr. Lee said he did not support Mr. Vance, the presumed favorite of the party."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["he did not support Mr. Vance"]


# -- a reduced relative clause after an object, parsed as a sentence of its own -------------------------------------

def test_a_reduced_relative_after_the_object_stays_in_the_content(bare_nlp, lex):
    # the parse the model sometimes gives: "Lopez had made …" a second root right after the object
    from spacy.tokens import Doc
    rows = [("Her", "poss", 1, "PRON", "PRP$", "her"), ("campaign", "nsubj", 2, "NOUN", "NN", "campaign"),
            ("mentioned", "ROOT", 2, "VERB", "VBD", "mention"), ("harsh", "amod", 4, "ADJ", "JJ", "harsh"),
            ("remarks", "dobj", 2, "NOUN", "NNS", "remark"), ("Lopez", "nsubj", 7, "PROPN", "NNP", "Lopez"),
            ("had", "aux", 7, "AUX", "VBD", "have"), ("made", "ROOT", 7, "VERB", "VBN", "make"),
            ("about", "prep", 7, "ADP", "IN", "about"), ("Ortiz", "pobj", 8, "PROPN", "NNP", "Ortiz"),
            (".", "punct", 7, "PUNCT", ".", ".")]
    doc = Doc(bare_nlp.vocab, words=[r[0] for r in rows], spaces=[True] * 9 + [False, False],
              heads=[r[2] for r in rows], deps=[r[1] for r in rows], pos=[r[3] for r in rows],
              tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    atts = [a.texts(doc.text) for a in extract(doc, lex, strict=True)]
    a = only_cue(atts, "mentioned")
    assert a["content"] == ["harsh remarks Lopez had made about Ortiz"]


def test_a_new_sentence_after_an_object_is_not_pulled_in(bare_nlp, lex):
    a = only_cue(attributions(bare_nlp, "The minister cited the figures. Officials said the army had left.", lexicon=lex), "cited")
    assert a["content"] == ["the figures"]


# -- a content that starts inside a quotation it closes -------------------------------------------------------------

def test_a_content_closing_a_quotation_takes_its_opening_mark(bare_nlp, lex):
    text = "He said \"budget reforms\" and the collection of unpaid fines would help finance them."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["\"budget reforms\" and the collection of unpaid fines would help finance them"]
