"""Attribution constructions added in session 15 (PolNeAR span boundaries): an interview the statement was made in
joins the cue ("said in a recent interview", PolNeAR's majority reading), up to the noun; a prepositional phrase the
parser hung on the verb after a noun object belongs to the content when it is not the saying's time, place, medium or
addressee ("cited new endorsements from dozens of retired judges", "found 12 cases out of two million ballots"); a
medium inside such a content ("thanked X on Twitter for …") is left out of it; a lone conjunction before a
parenthetical "as"-clause ("If, as the minister suggested, …") is no part of the content; a noun the parser joined to
the cue verb as a conjunct after ", and" is one more conjunct of its object ("began by emphasizing border security, and
a plan to …"); a comparison hung on the cue verb right after the content belongs to it ("rated 40 percent of the
claims as false, compared to 15 percent of …").
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,cue,content", [
    ("The mayor said in a recent interview that the bridge would reopen in May.", "said in a recent interview",
     "that the bridge would reopen in May"),
    ("The coach explained in an interview with the local paper that the team needed a new stadium.",
     "explained in an interview", "that the team needed a new stadium"),
])
def test_interview_joins_the_cue(nlp, text, cue, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["content"] == [content]


def test_other_media_stay_out_of_the_cue(nlp):
    atts = attributions(nlp, "The mayor said in a statement that the bridge would reopen in May.")
    assert with_cue(atts, "said")["content"] == ["that the bridge would reopen in May"]


@pytest.mark.parametrize("text,cue,content", [
    ("The senator cited new endorsements from dozens of retired judges.", "cited",
     "new endorsements from dozens of retired judges"),
    ("A study by the university found 12 cases of fraud out of two million ballots.", "found",
     "12 cases of fraud out of two million ballots"),
])
def test_prepositional_phrase_after_the_object_is_content(nlp, text, cue, content):
    assert with_cue(attributions(nlp, text), cue)["content"] == [content]


def test_time_of_the_saying_after_the_object_is_not_content(nlp):
    atts = attributions(nlp, "The governor described the plan as reckless during the debate.")
    assert with_cue(atts, "described")["content"] == ["the plan as reckless"]


def test_medium_inside_an_object_content_is_left_out(nlp):
    att = with_cue(attributions(nlp, "Cruz thanked Trump on Twitter for backing his bill."), "thanked")
    assert att["content"] == ["Trump", "for backing his bill"]
    assert att["source"] == "Cruz"


def test_lone_conjunction_before_an_as_clause_is_not_content(nlp):
    att = with_cue(attributions(nlp, "If, as the minister suggested, the army withdraws, the talks could resume."),
                   "suggested")
    assert att["content"] == ["the army withdraws, the talks could resume"]
    assert att["source"] == "the minister"


@pytest.mark.parametrize("text,cue,content", [
    ("He began by emphasizing border security, and a plan to hire more guards.", "began by emphasizing",
     "border security, and a plan to hire more guards"),
    ("The minister started by stressing fiscal discipline, and a pledge to protect pensions.", "started by stressing",
     "fiscal discipline, and a pledge to protect pensions"),
])
def test_noun_conjunct_hung_on_the_cue_verb_continues_the_object(nlp, text, cue, content):
    assert with_cue(attributions(nlp, text), cue)["content"] == [content]


def test_phrase_across_a_dash_after_the_object_is_not_content(nlp):
    atts = attributions(nlp, "The senator cited new endorsements from retired judges - a list her rival mocked.")
    assert with_cue(atts, "cited")["content"] == ["new endorsements from retired judges"]


def test_comparison_after_the_content_belongs_to_it(nlp):
    att = with_cue(attributions(nlp, "The watchdog rated 40 percent of the minister's claims as false, compared to 15 "
                                     "percent of her rival's claims."), "rated")
    assert att["content"] == ["40 percent of the minister's claims as false, compared to 15 percent of her rival's "
                              "claims"]
    assert att["source"] == "The watchdog"
