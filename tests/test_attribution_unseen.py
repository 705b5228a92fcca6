"""Attribution on constructions found in outlets' styles the rules had not seen: one made-up text per construction."""
from __future__ import annotations

import pytest
from conftest import attributions, with_cue

import sitrep.claims.attribution  # noqa: F401  (registers the factory)
from sitrep.claims.attribution_lexicon import load_lexicon, parse_lexicon


@pytest.fixture(scope="module")
def nlp(bare_nlp):
    return bare_nlp


def run(nlp, text: str) -> list[dict]:
    return attributions(nlp, text, strict=False)


by_cue = with_cue


# -- saying nothing is no statement ---------------------------------------------------------------------------
# PolNeAR annotates "did not respond to requests for comment" as an attribution, so the stage keeps it, marked
# kind "non_response" for the claims and event-source layers to skip.

def silent(atts: list[dict]) -> bool:
    return bool(atts) and all(a["kind"] == "non_response" for a in atts)


def test_no_reply_to_a_request_for_comment_is_a_non_response(nlp):
    atts = run(nlp, "The militia did not immediately respond to a request for comment.")
    assert silent(atts), atts


def test_declined_to_comment_is_a_non_response(nlp):
    atts = run(nlp, "The governor's office declined to comment on the figures.")
    assert silent(atts) and "declined" in [a["cue"] for a in atts], atts


def test_did_not_comment_on_a_topic_is_a_non_response(nlp):
    assert silent(run(nlp, "It did not comment on the casualties.")), "expected a non_response"


def test_refused_to_answer_is_a_non_response(nlp):
    assert silent(run(nlp, "The army refused to answer questions about the raid."))


def test_a_comment_that_was_made_stays_a_statement(nlp):
    atts = run(nlp, "The ministry commented that the raid was legal. The rebels did not reply to the charge.")
    assert [(a["cue"], a["kind"]) for a in atts] == [("commented", "indirect"), ("did not reply", "non_response")]
    assert by_cue(atts, "commented")["content"] == ["that the raid was legal"]


def test_non_response_words_come_from_the_data_file():
    lex = load_lexicon()
    assert {"respond", "comment"} <= lex.non_responses and "decline" in lex.refusals
    custom = parse_lexicon("say\tspeech\tc q i\n", "", "", non_responses="# c\nanswer\tverb\nrefuse\trefusal\n")
    assert custom.non_responses == {"answer"} and custom.refusals == {"refuse"}
    with pytest.raises(ValueError):
        parse_lexicon("say\tspeech\tc q i\n", "", "", non_responses="answer\tnoun\n")


# -- the speaker of a conjoined verb after reported content ---------------------------------------------------

def test_conjoined_cue_after_comma_and_shares_the_reporting_subject(nlp):
    atts = run(nlp, "The ministry said 12 people, including two children, were killed near the border, "
                    "and condemned the raid as a \"war crime\".")
    said, condemned = by_cue(atts, "said"), by_cue(atts, "condemned")
    assert condemned["source"] == "The ministry", condemned
    assert said["content"] == ["12 people, including two children, were killed near the border"], said
    # the clause's own subject keeps the verb when it can speak ("the commander") or acted ("the gunmen arrived")
    atts = run(nlp, "The ministry said the commander was captured on Monday, and admitted that he had ordered "
                    "the killings. Residents said the gunmen arrived at dawn, and told villagers to leave.")
    assert by_cue(atts, "admitted")["source"] == "the commander", atts
    assert by_cue(atts, "told")["source"] == "the gunmen", atts


# -- sources the parser hung elsewhere ------------------------------------------------------------------------

def test_subject_on_its_own_line_after_a_headline(nlp):
    atts = run(nlp, "Rebels say they hit ship in Gulf of Aden\n\n"
                    "Yemen's Huthi rebels said they fired two missiles at a tanker on Monday.")
    said = by_cue(atts, "said")
    assert said["source"] == "Yemen's Huthi rebels", atts
    assert said["content"] == ["they fired two missiles at a tanker on Monday"]


def test_sentence_final_source_joined_to_the_content_by_the_parser(nlp):
    atts = run(nlp, "Nine farmers were killed in Kalay Township, Magway Region, "
                    "a local People's Defence Force (PDF) said.")
    said = by_cue(atts, "said")
    assert said["source"] == "a local People's Defence Force (PDF)", atts
    assert said["content"] == ["Nine farmers were killed in Kalay Township, Magway Region"], atts


def test_participle_opening_a_paragraph_shares_the_subject_after_it(nlp):
    atts = run(nlp, '"The reason so many papers oppose us is the same reason the lobbyists do."\n\n'
                    'Bemoaning the "rigged system," Gomez accused the network of bias, though records show otherwise.')
    assert by_cue(atts, "Bemoaning")["source"] == "Gomez", atts
