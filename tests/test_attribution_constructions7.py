"""Attribution constructions added in session 9 (issue 6): a describing relative clause kept in a source that follows
its verb; a cue noun whose that-clause the parser read as a relative clause, with a name before it as source; a bare
cue noun after "with"/"in" held by its verb's subject; "made it clear" with a clause read as adverbial; a cue verb's
infinitive after a causative's object; a quoted clause that goes on after its closing mark; the split of "X scolded
him: “A,” she said. “B.”"; continuations of quotes (across a conjunction, after a parenthetical reporting clause, not
into another cue's content); a speech participle the parser hung inside the reported clause. Sentences written for
these tests; the learned cue step is off so that only the rules are tested."""
from dataclasses import replace

import pytest

from sitrep.claims.attribution_lexicon import load_lexicon

from conftest import attributions, only_cue


@pytest.fixture(scope="module")
def lex():
    return replace(load_lexicon(), cue_model=None)


# -- sources ------------------------------------------------------------------------------------------------------

def test_a_describing_relative_clause_after_a_source_that_follows_its_verb_stays_in_the_source(bare_nlp, lex):
    text = "“The harbour will reopen next week,” said Ana Ruiz, who heads the port authority."
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["source"] == "Ana Ruiz, who heads the port authority"


def test_a_relative_clause_with_a_reporting_verb_is_no_part_of_the_source(bare_nlp, lex):
    # "who added that …" is a report of its own, not a description of the speaker
    text = "“The harbour will reopen next week,” said Ana Ruiz, who added that the ferries would run again."
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert only_cue(atts, "said")["source"] == "Ana Ruiz"


def test_a_speech_participle_hung_inside_the_reported_clause_has_the_reporting_verbs_subject(bare_nlp, lex):
    text = ("Senator Ruiz said he did not believe the attacks hurt the governor, arguing that the party's divisions "
            "were a bigger problem.")
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert only_cue(atts, "arguing")["source"] == "Senator Ruiz"
    assert only_cue(atts, "said")["content"] == ["he did not believe the attacks hurt the governor"]


# -- cue nouns ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source, content", [
    # the that-clause parsed as a relative clause of the noun; the newspaper's name modifies the noun
    ("Voters ignored the White House claim that prices were falling.", "claim", "White House",
     "that prices were falling"),
    ("Maria Lopez is seizing upon a Boston Globe report that John Smith had a net loss of more than 900 million "
     "dollars in 1995.", "report", "Boston Globe",
     "that John Smith had a net loss of more than 900 million dollars in 1995"),
])
def test_a_cue_noun_with_a_name_before_it_and_a_that_clause(bare_nlp, lex, text, cue, source, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert a["source"] == source
    assert a["content"] == [content]


def test_a_relative_clause_whose_that_is_its_subject_is_no_content_of_a_cue_noun(bare_nlp, lex):
    # "a report that said …": "that" is the clause's subject, so the clause describes the report
    atts = attributions(bare_nlp, "Officials dismissed a Reuters report that said nothing new.", lexicon=lex)
    assert not [a for a in atts if a["cue"] == "report" and a["content"] == ["that said nothing new"]], atts


# -- quotes -------------------------------------------------------------------------------------------------------

def test_a_quoted_clause_that_goes_on_after_its_closing_mark_keeps_the_rest(bare_nlp, lex):
    text = ("The mayor said that, “Of course the council will defend itself” against what it sees as a campaign by "
            "the press.")
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["that, “Of course the council will defend itself” against what it sees as a campaign "
                            "by the press"]


def test_a_quote_whose_words_end_with_punctuation_ends_at_its_closing_mark(bare_nlp, lex):
    atts = attributions(bare_nlp, "She told reporters, “We will win,” before leaving the stage.", lexicon=lex)
    a = only_cue(atts, "told")
    assert a["content"] == ["“We will win,”"]


def test_a_quote_introduced_by_a_colon_and_followed_by_a_reporting_clause_is_the_first_cues(bare_nlp, lex):
    text = ("Senator Ruiz scolded him: “The evidence is almost entirely against you on this,” she said. “When you "
            "promise a cure, you give people false hope.”")
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert only_cue(atts, "scolded")["content"] == ["“The evidence is almost entirely against you on this,”"]
    said = only_cue(atts, "said")
    assert said["source"] == "she"
    assert said["content"] == ["“When you promise a cure, you give people false hope.”"]


def test_a_quote_inside_a_reported_clause_then_a_reporting_clause_and_a_second_quote(bare_nlp, lex):
    text = ("Ruiz said she left the party because “nobody there listens to farmers,” she said. “We have no voice if "
            "we stay silent.”")
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert only_cue([a for a in atts if a["source"] == "Ruiz"], "said")["content"] == [
        "she left the party because “nobody there listens to farmers,”"]
    assert only_cue([a for a in atts if a["source"] == "she"], "said")["content"] == [
        "“We have no voice if we stay silent.”"]


def test_a_quote_after_its_own_cue_in_the_reporting_clause_is_no_continuation(bare_nlp, lex):
    text = "“We are right about the budget,” he said, adding that “some of the cuts they ask for are absurd.”"
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert only_cue(atts, "said")["content"] == ["“We are right about the budget,”"]
    assert only_cue(atts, "adding")["content"] == ["that “some of the cuts they ask for are absurd.”"]


def test_a_quote_after_a_reporting_clause_with_a_content_of_its_own_still_continues(bare_nlp, lex):
    text = "“We are right about the budget,” Ruiz said, explaining why the vote matters. “We have the votes to win.”"
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["“We are right about the budget,”", "“We have the votes to win.”"]


def test_a_continuation_after_a_conjunction_leaves_the_conjunction_out(bare_nlp, lex):
    text = ('The mayor dismissed the report. "You know, I like Larry," he said, but "when it comes to budgets, Larry '
            'has a history of ignoring the numbers."')
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ['"You know, I like Larry,"',
                            '"when it comes to budgets, Larry has a history of ignoring the numbers."']


def test_a_quote_continues_a_parenthetical_reporting_clause(bare_nlp, lex):
    text = ("''I admire the mechanics'' of the new plan, Mr. Ruiz said. ''They're more detailed than the old ones. "
            "But I have concerns about the cost.''")
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["''I admire the mechanics'' of the new plan",
                            "''They're more detailed than the old ones. But I have concerns about the cost.''"]


def test_a_continuation_quote_keeps_the_words_that_complete_it(bare_nlp, lex):
    text = ("''It's more tinkering at the edges,'' said Ana Ruiz, an economist. ''It's basically just a tax increase'' "
            "for the top bracket.")
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "said")
    assert a["content"] == ["''It's more tinkering at the edges,''",
                            "''It's basically just a tax increase'' for the top bracket"]


# -- light verbs and cue nouns after a preposition ---------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("In an interview with a radio host, Ham made it clear he had major misgivings about the army.",
     "he had major misgivings about the army"),
    ("Ham made it clear that he had doubts.", "that he had doubts"),
])
def test_made_it_clear_with_a_clause_the_parser_read_as_adverbial(bare_nlp, lex, text, content):
    a = only_cue(attributions(bare_nlp, text, lexicon=lex), "made it clear")
    assert a["source"] == "Ham"
    assert a["content"] == [content]


def test_a_bare_cue_noun_after_with_or_in_is_its_verbs_subjects(bare_nlp, lex):
    atts = attributions(bare_nlp, "She resigned in protest, in hopes that the board would listen.", lexicon=lex)
    a = only_cue(atts, "hopes")
    assert a["source"] == "She"
    assert a["content"] == ["that the board would listen"]


@pytest.mark.parametrize("text, cue", [
    ("The market fell amid concerns that rates would rise.", "concerns"),  # "amid": nobody's concern in the clause
    ("The attempt comes with plans for a new headquarters.", "plans for"),  # a subject that holds no plan
])
def test_a_cue_noun_after_a_preposition_has_no_holder_otherwise(bare_nlp, lex, text, cue):
    atts = attributions(bare_nlp, text, lexicon=lex)
    assert not [a for a in atts if a["cue"] == cue and a["source"] is not None], atts


def test_a_belief_verb_after_the_object_of_a_causative_verb_is_the_objects(bare_nlp, lex):
    atts = attributions(bare_nlp, "All this has led the journalist Ana Ruiz to fear a new pact.", lexicon=lex)
    a = only_cue(atts, "to fear")
    assert a["source"] == "the journalist Ana Ruiz"
    assert a["content"] == ["a new pact"]


def test_a_purpose_infinitive_after_a_thing_is_no_belief(bare_nlp, lex):
    atts = attributions(bare_nlp, "He used the example of Chicago to prove that the law fails.", lexicon=lex)
    assert not [a for a in atts if "prove" in a["cue"] and a["source"] == "the example of Chicago"], atts
