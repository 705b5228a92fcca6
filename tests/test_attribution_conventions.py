"""Attribution span conventions (PolNeAR-style boundaries), on made-up sentences through the real spaCy model."""
from __future__ import annotations

import pytest

from conftest import attributions, with_cue


@pytest.fixture(scope="module")
def nlp(bare_nlp):
    return bare_nlp


run, one = attributions, with_cue


def test_passive_with_agent_subject_is_content(nlp):
    a = one(run(nlp, "The claim was first reported by The Washington Post."), "was first reported")
    assert a["source"] == "The Washington Post"
    assert a["content"] == ["The claim"]


def test_passive_with_pronoun_subject_is_not_an_attribution(nlp):
    assert not [a for a in run(nlp, "It was first reported by the agency.") if "reported" in a["cue"]]


def test_call_on_object_joins_content_and_preposition_joins_cue(nlp):
    a = one(run(nlp, "The senator called on his colleagues to reject the bill."), "called on")
    assert a["content"] == ["his colleagues to reject the bill"]


def test_infinitive_under_a_cue_with_an_object_is_not_its_own_cue(nlp):
    atts = run(nlp, "The mayor urged residents to report suspicious packages.")
    assert [a["cue"] for a in atts] == ["urged"], atts
    assert atts[0]["content"] == ["residents to report suspicious packages"]


def test_partial_quote_completing_a_sentence_takes_the_sentence(nlp):
    a = one(run(nlp, "The summit accomplished “too little,” the minister said."), "said")
    assert a["source"] == "the minister"
    assert a["content"] == ["The summit accomplished “too little,”"]


def test_quote_opening_its_sentence_has_no_lead_in(nlp):
    a = one(run(nlp, "The talks ended. “We accomplished too little,” the minister said."), "said")
    assert a["content"] == ["“We accomplished too little,”"]


def test_complementiser_before_a_quote_is_content(nlp):
    a = one(run(nlp, "Trump tweeted that, “For those people knocking me, at least you know I will be there.”"),
            "tweeted")
    assert a["content"][0].startswith("that, “For those")


def test_evidential_subject_is_content(nlp):
    a = one(run(nlp, "The minister seems to have vanished from the campaign."), "seems")
    assert a["source"] is None
    assert a["content"] == ["The minister", "to have vanished from the campaign"]


def test_source_leaves_out_dates_and_participial_asides(nlp):
    a = one(run(nlp, "A group of doctors in 2015 said the treatment was unsafe."), "said")
    assert a["source"] == "A group of doctors"
    a = one(run(nlp, "Trump, speaking to a veterans group in Virginia, said he would order a review."), "said")
    assert a["source"] == "Trump"


def test_transcript_line_keeps_its_full_stop_but_headline_does_not(nlp):
    text = "Pence: Trump was right.\n\nWALLACE: Let us start with the economy tonight.\n"
    atts = run(nlp, text)
    head = one(atts, ":")
    assert head["source"] == "Pence" and head["content"] == ["Trump was right"]
    turn = [a for a in atts if a["source"] == "WALLACE"]
    assert turn and turn[0]["content"] == ["Let us start with the economy tonight."]


def test_object_of_explain_is_content(nlp):
    a = one(run(nlp, "The spokesman explained the decision to reporters."), "explained")
    assert a["content"][0].startswith("the decision")


def test_as_clause_reports_the_clause_it_sits_in(nlp):
    a = one(run(nlp, "As the ministry noted, the ceasefire has held since Monday."), "noted")
    assert a["source"] == "the ministry"
    assert a["content"] == ["the ceasefire has held since Monday"]


def test_as_clause_of_an_act_is_not_an_attribution(nlp):
    assert run(nlp, "As he signed the decree, protesters gathered outside.") == []


def test_quote_with_a_long_source_after_it_is_attributed_and_continued(nlp):
    text = ("“It has the important virtue of being fiscally responsible,” Leonard Burman, director of the centrist "
            "Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan. "
            "“It does not make our long-term problems worse.”")
    a = one(run(nlp, text), "said")
    assert a["source"].startswith("Leonard Burman")
    assert a["kind"] == "direct"
    assert len(a["content"]) == 2 and a["content"][1].startswith("“It does not")


def test_accused_target_preposition_and_charge_are_one_span(nlp):
    a = one(run(nlp, "The lawyers accused the Saudi government of attempting to intimidate the families."), "accused")
    assert a["content"] == ["the Saudi government of attempting to intimidate the families"]


def test_refused_joins_the_cue_it_governs(nlp):
    atts = run(nlp, "Trump has steadfastly refused to disclose detailed medical records.")
    assert [a["cue"] for a in atts] == ["has steadfastly refused to disclose"], atts
    assert atts[0]["content"] == ["detailed medical records"]


def test_cue_on_the_next_paragraph_does_not_stop_a_quote_continuation(nlp):
    text = ("“He stepped in when nobody else would,” said Robert Smith, one of several industry veterans who "
            "came to work with him. “He is a real visionary.”\n\nMr. Jones says he relies on them.")
    a = one(run(nlp, text), "said")
    assert len(a["content"]) == 2 and a["content"][1] == "“He is a real visionary.”"


def test_idioms_with_a_cue_word_report_nobody(nlp):
    assert run(nlp, "It goes without saying that the vote was rigged.") == []
    assert run(nlp, "Let's say you think the plan works.") == []
    assert run(nlp, "Thank you for following our coverage.") == []
    # the same verb outside the idiom is still a cue
    a = one(run(nlp, "The ministry released a letter that said the talks had failed."), "released a letter that said")
    assert a["content"] == ["the talks had failed"]


def test_idiom_list_is_read_from_data():
    from sitrep.claims.attribution_lexicon import load_lexicon

    lex = load_lexicon()
    assert ("goes", "without", "saying") in lex.idioms
    assert lex.idiom_tokens(["well", "it", "goes", "without", "saying"]) == {2, 3, 4}
    assert lex.idiom_tokens(["he", "said", "so"]) == set()


def test_correction_line_is_not_a_speaker(nlp):
    text = ("Talks resume.\n\nThe minister said the talks would resume.\n\n"
            "Correction: An earlier version misstated the date.\n")
    atts = run(nlp, text)
    assert not [a for a in atts if a["cue"] == ":"], atts


def test_title_case_headline_reporting_verb(nlp):
    text = "Russia Says It Downed Twelve Ukrainian Drones Over Crimea\n\nThe ministry gave no details.\n"
    a = one(run(nlp, text), "Says")
    assert a["source"] == "Russia"
    assert a["content"] == ["It Downed Twelve Ukrainian Drones Over Crimea"]


def test_title_case_headline_nouns_are_not_cues(nlp):
    for text in ("Washington Post Hit Piece Exploits Trump Supporter.\n\nBody text follows here.\n",
                 "Clinton Plan for Taxes Is Expansive but Complex.\n\nBody text follows here.\n"):
        atts = run(nlp, text)
        assert not [a for a in atts if a["cue"] in ("Post", "Plan")], atts


def test_speech_verb_joined_to_reported_clause_belongs_to_the_speaker(nlp):
    atts = run(nlp, "Trump tweeted that Machado was disgusting and urged Americans to check out the tape.")
    t = one(atts, "tweeted")
    assert t["content"] == ["that Machado was disgusting"]
    u = one(atts, "urged")
    assert u["source"] == "Trump"


def test_express_concern_is_one_light_verb_cue(nlp):
    atts = run(nlp, "Voting rights advocates have expressed deep concern about the policy.")
    assert [a["cue"] for a in atts] == ["have expressed deep concern about"], atts
    assert atts[0]["source"] == "Voting rights advocates" and atts[0]["content"] == ["the policy"]
    atts = run(nlp, "Republicans have expressed concern that changing the policy could lead to fraud.")
    assert [a["cue"] for a in atts] == ["have expressed concern"], atts


def test_light_verbs_with_for(nlp):
    a = one(run(nlp, "Local leaders voiced support for the ceasefire."), "voiced support for")
    assert a["source"] == "Local leaders" and a["content"] == ["the ceasefire"]
    a = one(run(nlp, "The group took responsibility for the bombing."), "took responsibility for")
    assert a["source"] == "The group" and a["content"] == ["the bombing"]
