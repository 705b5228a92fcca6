"""Attribution constructions added in session 13 (PolNeAR source and content boundaries): a span never ends on a
conjunction whose second conjunct was cut off; an agentless passive of an evaluation verb with its preposition
("were accused of …") keeps its subject, the target, in the content; an aspectual verb does not join a cue verb that
has its own subject ("began after X accused …"); a closing ", where …" clause stays in the content; a relative
"that" subject gives way to the noun phrase it stands for as the source; the object of "persuade" or "convince" before
an infinitive is not content (frame `w`), unlike the object of "urge"; a quoted title inside a reporting clause ("said
on Radio One’s “Good Morning Show.”") is no continuation of the quote, the quote after it is; a name with its
appositive that the parser hung on an opening phrase ("At a rally in Denver, Maria Lopez, the head of …, told …") is the subject of the verb after it; a speech or naming verb joined by "and" to the
reported clause of a speaker ("said it was opposed to the plan and warned the council to …") continues the reporting
clause; a dateline set off by a horizontal bar ("WASHINGTON ― …") is cut from a content like one set off by a dash.
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


def test_content_does_not_end_on_a_dangling_conjunction(nlp):
    atts = attributions(nlp, "The mayor urges residents to stay indoors and repeatedly says, “Do not go out,” until "
                             "the storm passes.")
    att = with_cue(atts, "urges")
    assert att["content"] == ["residents to stay indoors"]


@pytest.mark.parametrize("text,cue,target,charge", [
    ("The guards were accused of beating the prisoners.", "were accused of", "The guards", "beating the prisoners"),
    ("Two local contractors have been accused of inflating the bills for the new bridge.",
     "have been accused of", "Two local contractors", "inflating the bills for the new bridge"),
])
def test_passive_charge_keeps_its_target(nlp, text, cue, target, charge):
    att = with_cue(attributions(nlp, text), cue)
    assert att["source"] is None
    assert att["content"] == [target, charge]


def test_aspectual_verb_does_not_join_a_cue_with_its_own_subject(nlp):
    atts = attributions(nlp, "The outcry began after Ana Ruiz accused Maria Lopez of lying.")
    att = with_cue(atts, "accused")
    assert att["source"] == "Ana Ruiz"
    assert not any("began" in a["cue"] for a in atts)


def test_closing_where_clause_stays_in_the_content(nlp):
    att = with_cue(attributions(nlp, "The minister said the talks would move to Geneva, where both delegations "
                                     "keep offices."), "said")
    assert att["content"] == ["the talks would move to Geneva, where both delegations keep offices"]


def test_relative_that_gives_way_to_its_noun_phrase_as_source(nlp):
    att = with_cue(attributions(nlp, "The council adopted a package of rules that promise to cut emissions by half."),
                   "promise")
    assert att["source"] == "a package of rules"


@pytest.mark.parametrize("text,cue,content", [
    ("Ana Ruiz persuaded the court to drop the case against her brother.", "persuaded",
     "to drop the case against her brother"),
    ("The lawyers tried to convince a federal judge to block the new rules.", "to convince", "to block the new rules"),
])
def test_object_won_over_is_not_content(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


def test_object_won_over_unlike_the_object_of_a_request(nlp):
    won = with_cue(attributions(nlp, "Ana Ruiz persuaded the court to drop the case against her brother."),
                   "persuaded")
    asked = with_cue(attributions(nlp, "Ana Ruiz urged the court to drop the case against her brother."), "urged")
    assert won["content"] == ["to drop the case against her brother"]
    assert asked["content"] == ["the court to drop the case against her brother"]


def test_title_inside_the_reporting_clause_is_no_continuation(nlp):
    text = ("“We are ready. The votes are there,” Ana Ruiz, a senior aide, said Thursday morning on Radio One’s “Good "
            "Morning Show.” “I mean, there is a lot of frustration within the party.”")
    att = with_cue(attributions(nlp, text), "said")
    assert att["content"] == ["“We are ready. The votes are there,”",
                              "“I mean, there is a lot of frustration within the party.”"]


def test_subject_with_appositive_hung_on_an_opening_phrase(nlp):
    att = with_cue(attributions(nlp, "At a rally on Monday in Denver, Maria Lopez, the head of the state teachers "
                                     "union, told reporters that the strike would go on."), "told")
    assert att["source"] == "Maria Lopez, the head of the state teachers union,"


def test_speech_verb_joined_to_the_reported_clause_continues_the_reporting_clause(nlp):
    atts = attributions(nlp, "The ministry said it was firmly opposed to the plan and warned the council to drop it.")
    said = with_cue(atts, "said")
    warned = with_cue(atts, "warned")
    assert said["content"] == ["it was firmly opposed to the plan"]
    assert warned["source"] == "The ministry"
    assert warned["content"] == ["the council to drop it"]


def test_dateline_with_a_horizontal_bar_is_not_content(nlp):
    att = with_cue(attributions(nlp, "WASHINGTON ― The city’s long neglect of the river is an insult to all residents, "
                                     "Ana Ruiz said on Friday."), "said")
    assert att["content"] == ["The city’s long neglect of the river is an insult to all residents"]

