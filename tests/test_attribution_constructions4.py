"""Attribution constructions from PolNeAR dev error analysis (even half), session 6. Sentences written for these
tests; one test per construction added or fixed."""
from spacy.tokens import Doc

from conftest import attributions, with_cue


def test_past_tense_cue_after_a_would_clause_continues_the_reporting_clause(nlp):
    # "said he would order …, and warned against …": a past tense cannot continue the "would" clause
    atts = attributions(nlp, "The senator said he would order a full review of the program and warned against cuts "
                             "to the budget.")
    said = with_cue(atts, "said")
    assert said["content"] == ["he would order a full review of the program"], atts
    warned = with_cue(atts, "warned against")
    assert warned["source"] == "The senator" and warned["content"] == ["cuts to the budget"], atts


def test_that_clause_misparsed_as_adverbial_keeps_the_conjoined_cue_out(bare_nlp):
    # the parser read "that" as an adverb and the clause as adverbial ("tweeted" even as a participle):
    # "encouraged …" is still the tweeter's second act, not part of what was tweeted
    from sitrep.claims.attribution import extract

    words = ["Smith", "tweeted", "overnight", "that", "Jones", "was", "a", "fraud", "and", "encouraged", "voters",
             "to", "check", "his", "record", "."]
    heads = [1, 1, 1, 5, 5, 1, 7, 5, 5, 5, 9, 12, 9, 14, 12, 1]
    deps = ["nsubj", "ROOT", "advmod", "advmod", "nsubj", "advcl", "det", "attr", "cc", "conj", "dobj", "aux",
            "xcomp", "poss", "dobj", "punct"]
    tags = ["NNP", "VBN", "RB", "WDT", "NNP", "VBD", "DT", "NN", "CC", "VBD", "NNS", "TO", "VB", "PRP$", "NN", "."]
    pos = ["PROPN", "VERB", "ADV", "PRON", "PROPN", "AUX", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PART", "VERB",
           "PRON", "NOUN", "PUNCT"]
    lemmas = ["Smith", "tweet", "overnight", "that", "Jones", "be", "a", "fraud", "and", "encourage", "voter", "to",
              "check", "his", "record", "."]
    doc = Doc(bare_nlp.vocab, words=words, spaces=[True] * 14 + [False, False], heads=heads, deps=deps, tags=tags,
              pos=pos, lemmas=lemmas)
    atts = [a.texts(doc.text) for a in extract(doc, strict=True)]
    tweeted = with_cue(atts, "tweeted overnight")
    assert tweeted["content"] == ["that Jones was a fraud"], atts
    enc = with_cue(atts, "encouraged")
    assert enc["source"] == "Smith", atts


def test_that_clause_hung_on_a_prepositional_noun_is_the_content(nlp):
    # "reported at the time that …": the parser makes the that-clause a relative clause of "time"
    atts = attributions(nlp, "The Chronicle reported at the time that the paper's editor in chief, Anna Berg, conveyed "
                             "to Ms. Lund that her column was not in line with policy.")
    a = with_cue(atts, "reported")
    assert a["source"] == "The Chronicle", atts
    assert a["content"][0].startswith("that the paper's editor in chief"), atts


def test_that_clause_of_a_cue_noun_after_a_preposition_stays_the_nouns(nlp):
    # "pointed to reports that …": the that-clause belongs to the cue noun "reports", the verb keeps its preposition
    atts = attributions(nlp, "She pointed to reports that the mayor had called the protesters thugs.")
    assert not any(a["cue"] == "pointed" for a in atts), atts


def test_attack_is_a_cue_only_between_persons(nlp):
    atts = attributions(nlp, "Hillary Clinton attacked Donald Trump over his tax plan.")
    a = with_cue(atts, "attacked")
    assert a["source"] == "Hillary Clinton" and a["content"] == ["Donald Trump over his tax plan"], atts
    atts = attributions(nlp, "Troops attacked the village at dawn.")
    assert not any(a["cue"] == "attacked" for a in atts), atts


def test_link_and_paint_as_are_cues(nlp):
    a = with_cue(attributions(nlp, "The mayor linked the closures to the budget cuts."), "linked")
    assert a["source"] == "The mayor" and a["content"] == ["the closures to the budget cuts"]
    a = with_cue(attributions(nlp, "Critics painted the governor as a weak leader."), "painted")
    assert a["source"] == "Critics" and a["content"] == ["the governor as a weak leader"]


def test_but_clause_with_a_modal_stays_in_the_content(nlp):
    # "would not pay … but would first review …" is all reported; ", but still lost" (no modal) is cut as before
    atts = attributions(nlp, "Brown said the city would not pay for the bridge but would first review the costs.")
    a = with_cue(atts, "said")
    assert a["content"] == ["the city would not pay for the bridge but would first review the costs"], atts


def test_conjoined_infinitive_continues_the_content(bare_nlp):
    # the parser joined the bare infinitive "rely" to the cue verb "agreed": it continues "to share …"
    from sitrep.claims.attribution import extract

    words = ["The", "ministers", "agreed", "to", "share", "a", "budget", "and", "rely", "on", "each", "other", "."]
    heads = [1, 2, 2, 4, 2, 6, 4, 2, 2, 8, 11, 9, 2]
    deps = ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "conj", "prep", "det", "pobj", "punct"]
    tags = ["DT", "NNS", "VBD", "TO", "VB", "DT", "NN", "CC", "VB", "IN", "DT", "JJ", "."]
    pos = ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "DET", "ADJ", "PUNCT"]
    lemmas = ["the", "minister", "agree", "to", "share", "a", "budget", "and", "rely", "on", "each", "other", "."]
    doc = Doc(bare_nlp.vocab, words=words, spaces=[True] * 11 + [False, False], heads=heads, deps=deps, tags=tags,
              pos=pos, lemmas=lemmas)
    atts = [a.texts(doc.text) for a in extract(doc, strict=True)]
    a = with_cue(atts, "agreed")
    assert a["content"] == ["to share a budget and rely on each other"], atts


def test_partial_quote_with_its_own_reporting_clause_is_not_a_continuation(nlp):
    # "“A,” X said. “B” to …, she said.": the second quote belongs to the second reporting clause
    atts = attributions(nlp, "“This is wrong,” Smith said. “You raised fees to the limit” to drive up the share price "
                             "and your own pay, she said.")
    first = [a for a in atts if a["content"] and a["content"][0] == "“This is wrong,”"]
    assert first and first[0]["content"] == ["“This is wrong,”"], atts


def test_attack_on_a_place_is_no_cue_anywhere(nlp):
    # not a cue, so it neither makes an attribution nor cuts the content it sits in as a second reporting verb
    atts = attributions(nlp, "Police reported that gunmen had crossed from the border area and attacked a police "
                             "post overnight.")
    a = with_cue(atts, "reported")
    assert a["content"] == ["that gunmen had crossed from the border area and attacked a police post overnight"], atts
    assert not any(x["cue"].startswith("attacked") for x in atts), atts


def test_agentless_passive_with_to_is_no_attribution(nlp):
    atts = attributions(nlp, "The rebels said they had seized the ship because it was linked to the navy.")
    assert not any(x["cue"].startswith("was linked") for x in atts), atts


def test_target_light_verb_gives_the_from_phrase_as_source_and_the_subject_as_content(nlp):
    atts = attributions(nlp, "The governor faced heavy criticism from opposition lawmakers after the vote.")
    a = with_cue(atts, "faced heavy criticism")
    assert a["source"] == "opposition lawmakers" and a["content"] == ["The governor"], atts
    atts = attributions(nlp, "The ministry has faced questions about its handling of the aid money.")
    a = with_cue(atts, "has faced questions")
    assert a["source"] is None and a["content"] == ["its handling of the aid money"], atts
