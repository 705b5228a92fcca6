"""Attribution constructions added for PolNeAR cue recall (issue 6), on made-up sentences.

Each test exercises one construction through the real spaCy model; where the construction depends on a
particular misparse (a verb tagged as a noun), a hand-built parse makes the test independent of the model.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from conftest import attributions, with_cue
from sitrep.claims.attribution import extract
from sitrep.claims.attribution_lexicon import load_lexicon, parse_lexicon


@pytest.fixture(scope="module")
def nlp(bare_nlp):
    return bare_nlp


run, one = attributions, with_cue


# -- a reporting clause closing its paragraph with a colon: the next paragraph is the content ---------------

def test_colon_paragraph_introduces_an_unquoted_block(nlp):
    text = ("Aid workers met on Monday.\n\nThe governor added:\n\n"
            "We will rebuild every bridge that was lost, and we will do it this year.\n\nThe meeting ended at noon.")
    a = one(run(nlp, text), "added:")
    assert a["source"] == "The governor"
    assert a["content"] == ["We will rebuild every bridge that was lost, and we will do it this year"]
    assert a["kind"] == "direct"


def test_colon_paragraph_introduces_a_quoted_block(nlp):
    text = ('The talks stalled.\n\nThe ministry said:\n\n'
            '"The convoy was carrying food and medicine for the displaced families."\n\nNo one was hurt.')
    a = one(run(nlp, text), "said:")
    assert a["source"] == "The ministry"
    assert a["content"] == ['"The convoy was carrying food and medicine for the displaced families."']


def test_colon_inside_a_line_is_not_a_block_quotation(nlp):
    # the colon does not close its paragraph: the next paragraph is not this clause's content
    atts = run(nlp, "The governor added: the bridges will be rebuilt.\n\nThe meeting ended at noon early.")
    assert not any("meeting ended" in c for a in atts for c in a["content"]), atts


# -- a present-tense reporting verb tagged as a plural noun --------------------------------------------------

def test_reporting_verb_tagged_as_noun_in_a_headline(nlp):
    atts = run(nlp, "Federal court rules against the state's purge of voter rolls.\n\nThe judge spoke briefly.")
    a = one(atts, "rules against")
    assert a["source"] == "Federal court"
    assert a["content"] == ["the state's purge of voter rolls"]


def _parsed(words, pos, tags, deps, heads, lemmas):
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], pos=pos, tags=tags,
              deps=deps, heads=heads, lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def test_noun_tagged_plans_with_infinitive_is_a_cue():
    # "The rebel alliance plans to hold talks." parsed with "plans" as a plural noun heading the sentence
    words = ["The", "rebel", "alliance", "plans", "to", "hold", "talks", "."]
    doc = _parsed(words, ["DET", "NOUN", "NOUN", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                  ["DT", "NN", "NN", "NNS", "TO", "VB", "NNS", "."],
                  ["det", "compound", "compound", "ROOT", "aux", "xcomp", "dobj", "punct"],
                  [2, 2, 3, 3, 5, 3, 5, 3], ["the", "rebel", "alliance", "plan", "to", "hold", "talk", "."])
    atts = [a.texts(doc.text) for a in extract(doc, load_lexicon(), strict=True)]
    a = one(atts, "plans")
    assert a["source"] == "The rebel alliance"
    assert a["content"] == ["to hold talks"]


def test_noun_tagged_plural_that_is_no_reporting_verb_is_not_a_cue():
    # the same parse with a noun that is no lexicon verb ("The rebel alliance talks to hold …") gives nothing
    words = ["The", "rebel", "alliance", "forces", "to", "hold", "talks", "."]
    doc = _parsed(words, ["DET", "NOUN", "NOUN", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
                  ["DT", "NN", "NN", "NNS", "TO", "VB", "NNS", "."],
                  ["det", "compound", "compound", "ROOT", "aux", "xcomp", "dobj", "punct"],
                  [2, 2, 3, 3, 5, 3, 5, 3], ["the", "rebel", "alliance", "force", "to", "hold", "talk", "."])
    assert extract(doc, load_lexicon(), strict=True) == []


# -- a preposition whose object is a poll or an estimate -----------------------------------------------------

def test_in_a_poll_is_the_source_of_its_clause(nlp):
    a = one(run(nlp, "In the latest poll, the governor leads his rival by four points."), "In")
    assert a["source"] == "the latest poll"
    assert a["content"] == ["the governor leads his rival by four points"]
    assert a["kind"] == "according_to"


def test_by_one_estimate_is_the_source_of_its_clause(nlp):
    a = one(run(nlp, "About 3,000 homes were destroyed in the floods, by one estimate."), "by")
    assert a["source"] == "one estimate"
    assert a["content"] == ["About 3,000 homes were destroyed in the floods"]


def test_in_a_place_is_not_a_source(nlp):
    atts = run(nlp, "In the northern province, the army opened two new checkpoints on Monday.")
    assert not [a for a in atts if a["cue"] == "In"], atts


def test_prep_sources_table_is_read_from_data():
    lex = parse_lexicon("say\tspeech\tc\n", "", "", prep_sources="# comment\nin\tpoll survey\nby\testimate\n")
    assert lex.prep_sources == {"in": frozenset({"poll", "survey"}), "by": frozenset({"estimate"})}
    assert "poll" in load_lexicon().prep_sources["in"]


# -- evaluation verbs with a target and a charge ------------------------------------------------------------

def test_blasted_for_takes_target_and_charge(nlp):
    a = one(run(nlp, "The senator blasted the agency for its slow response to the floods."), "blasted")
    assert a["source"] == "The senator"
    assert a["content"] == ["the agency for its slow response to the floods"]


# -- title-case headlines ------------------------------------------------------------------------------------

def test_headline_verb_after_a_fronted_capitalised_phrase(nlp):
    atts = run(nlp, "Railing Against Taxes, Smith Vows To Cut Fees For Farmers.\n\nThe speech was short.")
    a = one(atts, "Vows")
    assert a["source"] == "Smith"
    assert a["content"] == ["To Cut Fees For Farmers"]


# -- quote captions and set phrases --------------------------------------------------------------------------

def test_dash_caption_after_a_no_break_space(nlp):
    text = ("Readers wrote to us.\n“We have nothing left to eat, and the water is gone.”\u00a0―\u00a0Amina Yusuf\n"
            "“The clinic closed in May and nobody came back.”\u00a0― Omar Ali.\n")
    atts = [a for a in run(nlp, text) if a["cue"] == "―"]
    assert [a["source"] for a in atts] == ["Amina Yusuf", "Omar Ali"]
    assert atts[0]["content"] == ["“We have nothing left to eat, and the water is gone.”"]


def test_as_somebody_put_it(nlp):
    a = one(run(nlp, "As the envoy put it, the ceasefire is holding by a thread."), "put it")
    assert a["source"] == "the envoy"
    assert a["content"] == ["the ceasefire is holding by a thread"]


def test_put_it_outside_an_as_clause_reports_nothing(nlp):
    assert run(nlp, "He put it on the table and left the room.") == []


# -- agentless passives of naming and belief verbs; evidence verbs after their content ------------------------

def test_agentless_passive_naming_keeps_subject_and_predicate(nlp):
    a = one(run(nlp, "The commander was dubbed the butcher of the valley."), "was dubbed")
    assert a["source"] is None and a["kind"] == "passive"
    assert a["content"] == ["The commander", "the butcher of the valley"]


def test_agentless_passive_belief_with_infinitive(nlp):
    a = one(run(nlp, "The rebels are not thought to be capable of holding the city."), "are not thought")
    assert a["content"] == ["The rebels", "to be capable of holding the city"]


def test_supposed_to_is_no_attribution(nlp):
    assert run(nlp, "The convoy was supposed to arrive on Monday.") == []


def test_evidence_verb_after_its_content(nlp):
    a = one(run(nlp, "Nearly half the wells in the district have run dry, a new survey shows."), "shows")
    assert a["source"] == "a new survey"
    assert a["content"] == ["Nearly half the wells in the district have run dry"]


def test_infinitive_after_addressee_parsed_as_adverbial_clause(nlp):
    # the parser hangs "to “stay …" on "told" as an adverbial clause, not as its infinitive complement
    text = "The governor told residents at a crowded meeting to “stay indoors after dark” until further notice."
    a = one(run(nlp, text), "told")
    assert a["source"] == "The governor"
    assert a["content"][-1].startswith("to “stay indoors after dark”")


# -- an evidential verb governing a cue verb is one cue with a source -----------------------------------------

def test_evidential_verb_joins_the_cue_it_governs(nlp):
    atts = run(nlp, "The commander seemed to think the town would fall within days.")
    a = one(atts, "seemed to think")
    assert a["source"] == "The commander" and a["kind"] == "indirect"
    assert a["content"] == ["the town would fall within days"]
    assert [x["cue"] for x in atts] == ["seemed to think"]


def test_evidential_verb_without_a_cue_stays_evidential(nlp):
    a = one(run(nlp, "The town seems to have been abandoned."), "seems")
    assert a["source"] is None and a["kind"] == "evidential"


def test_shelling_for_a_duration_is_no_attribution(nlp):
    # "blast"/"hammer" take a target and a charge ("blasted X for Y"), but a date or a duration is no charge
    assert run(nlp, "Artillery blasted the town for three days.") == []
    assert run(nlp, "Russian forces hammered the city over the weekend.") == []


def test_bare_noun_in_set_phrase_is_not_a_source(nlp):
    assert not [a for a in run(nlp, "In view of the escalation, the army closed the border.") if a["cue"] == "In"]
    a = one(run(nlp, "In his view, the truce is already dead."), "In")
    assert a["source"] == "his view"


def test_call_for_inside_another_clause_is_still_a_cue(nlp):
    a = one(run(nlp, "The protesters continued to call for the release of the detainees."), "continued to call for")
    assert a["source"] == "The protesters"
    assert a["content"] == ["the release of the detainees"]


def test_intention_without_its_preposition_inside_content_is_not_a_cue(nlp):
    atts = run(nlp, "He said he wants to go home.")
    assert [a["cue"] for a in atts] == ["said"], atts


def test_relative_clause_is_not_a_parenthetical_reporting_clause(nlp):
    atts = run(nlp, "The ministry, which has called for a ceasefire, said nothing.")
    a = one(atts, "has called for")
    assert a["content"] == ["a ceasefire"]
    assert a["source_resolved"] == "The ministry"
