"""Attribution constructions added in session 16 (PolNeAR recall: gold attributions with no overlapping prediction).
An adjective of evidence after a copula with an extraposed "it" and a that-clause or bare clause ("it is clear that
…", "it should be obvious the …", "Nor is it apparent that …") is an evidential with no source, its clause the content;
an embedded question after it ("it is unclear whether …", "not clear what …") states nothing and stays out. A main
verb the parser hung inside a verbless subject, on the noun closing its relative clause ("One of the nurses who signed
the petition called …"), has that subject as source. An evidential verb with a predicate and "to" a person or group
("The offer seemed generous to the union leaders") is that person's or group's view: the predicate joins the cue, the
subject is the content. After a negated reporting verb, a clause opened by "when", "where", "how" or "why" is the
question left open ("Lawmakers have not said when they would …"), not the time of the saying. A that-clause the parser
hung as a relative clause on the noun of a phrase after the addressee ("told one of his aides on a regular basis that
…") is the content, as one right after the verb already was. An "as"-clause between commas that the parser hung on the
subject ("The bridge, as the engineer noted, was never …") reports on the clause around it.
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,cue,content", [
    ("It is clear that the bridge will not reopen this year.", "It is clear",
     "that the bridge will not reopen this year"),
    ("By now it should be obvious that the council wants a new stadium.", "it should be obvious",
     "that the council wants a new stadium"),
    ("Nor is it apparent that the new fees would cover the repairs.", "Nor is it apparent",
     "that the new fees would cover the repairs"),
    ("It was evident the committee had run out of money.", "It was evident",
     "the committee had run out of money"),
])
def test_extraposed_evidence_adjective_is_an_evidential(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]
    assert att["source"] is None
    assert att["kind"] == "evidential"


@pytest.mark.parametrize("text", [
    "It is unclear whether the bridge will reopen this year.",
    "It is not clear what effect the new fees would have on the repairs.",
    "The mayor made it clear that the bridge would stay closed.",
])
def test_open_questions_and_other_clear_are_not_extraposed_evidentials(nlp, text):
    atts = attributions(nlp, text)
    assert not [a for a in atts if a["kind"] == "evidential"], atts


def test_main_verb_hung_inside_a_verbless_subject(nlp):
    # the parser makes "One" the root and hangs "called" on the noun closing the relative clause
    att = with_cue(attributions(nlp, "One of the nurses who signed the petition called the director a coward and a "
                                     "liar."), "called")
    assert att["source"] == "One of the nurses"
    assert att["content"] == ["the director a coward and a liar"]


def test_participle_right_after_its_own_noun_is_no_main_verb(nlp):
    atts = attributions(nlp, "A group called Friends of the River, which sued the city, wants the dam removed.")
    assert not [a for a in atts if a["cue"] == "called"], atts


@pytest.mark.parametrize("text,cue,source,content", [
    ("The offer seemed generous to the union leaders.", "seemed generous", "the union leaders", "The offer"),
    ("Nothing in the report seems credible to me.", "seems credible", "me", "Nothing in the report"),
])
def test_evidential_with_a_person_it_seems_so_to(nlp, text, cue, source, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["source"] == source
    assert att["content"] == [content]


def test_evidential_to_a_place_has_no_holder(nlp):
    assert attributions(nlp, "The town seemed close to the border.") == []


@pytest.mark.parametrize("text,cue,content", [
    ("Lawmakers have not said when they would take up the bill.", "have not said", "when they would take up the bill"),
])
def test_negated_saying_with_an_open_question(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]
    assert att["source"] == "Lawmakers"


def test_time_of_an_affirmative_saying_is_no_content(nlp):
    atts = attributions(nlp, "The minister said when he resigned that the plan was dead.")
    assert not [a for a in atts if a["content"] and a["content"][0].startswith("when")], atts


@pytest.mark.parametrize("text,cue,content", [
    ('The mayor told one of his young aides on a regular basis that "patience is the answer."', "told",
     'that "patience is the answer."'),
    ("The coach reminded the players on a daily basis that the season was long.", "reminded",
     "that the season was long"),
])
def test_that_clause_hung_on_a_phrase_after_the_addressee(nlp, text, cue, content):
    assert with_cue(attributions(nlp, text), cue)["content"] == [content]


def test_as_clause_hung_on_the_subject(nlp):
    att = with_cue(attributions(nlp, "The bridge, as the engineer noted, was never designed for trucks."), "noted")
    assert att["source"] == "the engineer"
    assert att["content"] == ["The bridge", "was never designed for trucks"]
