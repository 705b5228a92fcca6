"""Attribution constructions added in session 24 (whole attributions sitrep missed, not content boundaries).

A cue noun's holder can be named by a "from"/"by" phrase ("warnings from the commission that …") or by a nationality
adjective ("Turkish reluctance to …"); a quoted nickname inside the speaker's name ('Amina "Mina" Yusuf') does not end
the reporting clause after a quote; "in one of the latest polls" is a poll as source, like "in the latest poll"; a
referential "it" with a predicate is what a passive belief or naming verb holds it to be ("it is considered a
threat"), while an extraposed "it" is still nobody's view; and "it was clear …" keeps its clause when the only cue
inside is a noun ("… the reporter's question about the curfew"), which becomes an embedded report.
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


def test_from_phrase_on_a_cue_noun_is_its_source(nlp):
    text = "The vote went ahead despite warnings from the commission that the lists were incomplete."
    att = with_cue(attributions(nlp, text), "warnings")
    assert att["source"] == "the commission"
    assert att["content"] == ["that the lists were incomplete"]


def test_from_phrase_naming_no_speaker_is_no_source(nlp):
    text = "Despite a warning from last year that the dam could fail, nothing was done."
    att = with_cue(attributions(nlp, text), "warning")
    assert att["source"] is None


@pytest.mark.parametrize("text,cue,source", [
    ("The talks stalled over Turkish reluctance to withdraw its troops from the border.", "reluctance", "Turkish"),
    ("Witnesses described Russian claims that the convoy carried weapons as baseless.", "claims", "Russian"),
])
def test_nationality_adjective_on_a_cue_noun_is_its_source(nlp, text, cue, source):
    assert with_cue(attributions(nlp, text), cue)["source"] == source


@pytest.mark.parametrize("text,source", [
    ('"This is our year!" the governor\'s niece, state Rep. Amina "Mina" Yusuf, shouted to the crowd.',
     'the governor\'s niece, state Rep. Amina "Mina" Yusuf,'),
    ('"We will not leave," the spokeswoman, Amina "Mina" Yusuf, said on Sunday.',
     'the spokeswoman, Amina "Mina" Yusuf,'),
])
def test_quoted_nickname_in_the_speakers_name_keeps_the_direct_quote(nlp, text, source):
    atts = attributions(nlp, text)
    att = [a for a in atts if a["kind"] == "direct"]
    assert att, atts
    assert att[0]["source"] == source
    assert att[0]["content"][0].startswith('"')


def test_partitive_poll_is_a_prepositional_source(nlp):
    att = with_cue(attributions(nlp, "In one of the latest polls, the ruling party trails by four points."), "In")
    assert att["kind"] == "according_to"
    assert att["source"] == "one of the latest polls"
    assert att["content"] == ["the ruling party trails by four points"]


def test_referential_it_with_a_predicate_is_a_passive_view(nlp):
    text = "Rebels hold the northern road, and it is considered a threat to the convoys."
    att = with_cue(attributions(nlp, text), "is considered")
    assert att["source"] is None
    assert att["content"] == ["it", "a threat to the convoys"]


def test_extraposed_it_is_still_nobodys_view(nlp):
    assert not [a for a in attributions(nlp, "It is considered unwise to travel at night.")
                if a["cue"] == "is considered"]


def test_evident_clause_holding_only_a_cue_noun(nlp):
    text = ("It was clear the governor is trying to calm the protesters in his answer to the reporter's question "
            "about the curfew.")
    att = with_cue(attributions(nlp, text), "It was clear")
    assert att["kind"] == "evidential"
    assert att["content"][0].startswith("the governor is trying")
    assert att["content"][0].endswith("question about the curfew")


def test_evident_clause_holding_a_reported_statement_stays_a_report(nlp):
    atts = attributions(nlp, "It is clear the minister said the border would stay closed.")
    assert not [a for a in atts if a["kind"] == "evidential"]
    assert with_cue(atts, "said")["source"] == "the minister"
