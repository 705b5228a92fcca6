"""Attribution constructions added in session 20 (h11): accusations sitrep did not extract.

A participle of an evaluation verb on a statement noun is an attribution, as one of a speech verb is ("issued a
statement accusing the army of …", "a letter blaming …"); the participle on the object of a verb that puts a
statement out ("issued", "released", "published") has that verb's subject as its source, as PolNeAR marks "the
Security Council issued a statement calling …". A present-tense cue verb after "and" that follows a past-tense
reported clause of a present-tense reporting verb ("the army says the shells were fired by …, and accuses …")
continues the reporting clause: the speaker's, not part of what it says. After a live blog's stamp ("13:20 GMT -
The RSF rejects …") a subject the parser hung on the verb as a compound is the subject, and the stamp is no content.
"The collective" points back at a named collective (source_nouns.tsv).
Sentences written for these tests."""
import pytest
import spacy
from spacy.tokens import Doc

from sitrep.claims.attribution import extract, load_lexicon

from conftest import attributions, claim_by, with_cue


@pytest.mark.parametrize("text,cue,source,content", [
    # the issuing verb joins the cue (session 26: PolNeAR marks "issued a statement calling …" as one cue)
    ("On Friday the council issued a statement accusing the police of beating students at the gate.",
     "issued a statement accusing", "the council", "the police of beating students at the gate"),
    ("The farmers' union released a letter blaming the governor for the shortage of seed.", "released a letter blaming",
     "The farmers' union", "the governor for the shortage of seed"),
])
def test_statement_noun_with_an_accusing_participle(nlp, text, cue, source, content):
    att = with_cue(attributions(nlp, text), cue)
    assert att["source"] == source
    assert att["content"] == [content]


def test_issued_statement_saying_is_the_issuers(nlp):
    text = "Late on Sunday the agency issued a short statement saying two of its drivers had been detained."
    att = with_cue(attributions(nlp, text), "issued a short statement saying")
    assert att["source"] == "the agency"
    assert att["content"] == ["two of its drivers had been detained"]


def test_statement_noun_alone_stays_the_source(nlp):
    # no issuing verb: the document is still the source, as before
    text = "A statement accusing the mayor of fraud was read out in the square."
    att = with_cue(attributions(nlp, text), "accusing")
    assert att["source"] == "A statement"
    assert att["content"] == ["the mayor of fraud"]


def test_present_cue_after_past_reported_clause_is_the_speakers(nlp):
    text = ("In a later post, the militia says the mortars were fired from army trenches north of the bridge, and "
            "accuses the army of shelling its own town.")
    atts = attributions(nlp, text)
    says = with_cue(atts, "says")
    assert says["source"] == "the militia"
    assert says["content"] == ["the mortars were fired from army trenches north of the bridge"]
    acc = with_cue(atts, "accuses")
    assert acc["source"] == "the militia"
    assert acc["content"] == ["the army of shelling its own town"]


def test_subject_after_a_live_blog_stamp():
    # "16:45 GMT - The militia rejects the accusation." as the parser read it inside a live blog: the stamp the
    # object, the subject a compound on the verb
    words = ["16:45", "GMT", "-", "The", "militia", "rejects", "the", "accusation", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False, False],
              pos=["NUM", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              tags=["CD", "NNP", "HYPH", "DT", "NN", "VBZ", "DT", "NN", "."],
              deps=["dobj", "nmod", "punct", "det", "compound", "ROOT", "det", "dobj", "punct"],
              heads=[5, 4, 1, 4, 5, 5, 7, 5, 5],
              lemmas=["16:45", "GMT", "-", "the", "militia", "reject", "the", "accusation", "."],
              sent_starts=[True] + [False] * 8)
    att = with_cue([a.texts(doc.text) for a in extract(doc, load_lexicon(), strict=True)], "rejects")
    assert att["source"] == "The militia"
    assert att["content"] == ["the accusation"]


def test_the_collective_points_back_at_its_name(extract_text):
    text = ("Radio Kaoural, evening news in French and Hausa\n\n"
            "The Collective of Tanout Herders said on Monday that nine herders were killed on Sunday when gunmen "
            "opened fire at a well.\n\n"
            "The collective said the gunmen arrived on motorbikes shortly after dawn. In a second statement in the "
            "evening, it accused soldiers of carrying out the killing in reprisal for an ambush.\n\n"
            "The army spokesman rejected the accusation.")
    rec = extract_text(text, published="2025-03-04").to_json()
    assert claim_by(rec, "arrived on motorbikes")["claimant"]["name"] == "Collective of Tanout Herders"
    assert claim_by(rec, "soldiers of carrying out")["claimant"]["name"] == "Collective of Tanout Herders"


def test_adjective_in_an_infinitive_asked_of_the_object_is_no_stance(nlp):
    # "asked listeners to be wary of …": the asking is the speaker's; the listeners hold no stance of their own
    text = "The mayor denied the report and asked residents to be wary of what she called rumours from the hills."
    atts = attributions(nlp, text)
    assert not any(a["source"] == "residents" for a in atts), atts
    assert with_cue(atts, "asked")["source"] == "The mayor"


def test_statement_noun_described_by_its_charge_is_no_attribution(nlp):
    # "a string of posts criticizing the judge": the posts described, not a statement put out or spoken in
    text = "The senator then published a string of posts criticizing the judge over the ruling."
    assert not any(a["cue"] == "criticizing" for a in attributions(nlp, text))


def test_statement_noun_said_to_be_false_is_no_attribution(nlp):
    # "X's posts accusing Y of … are lies": the speaker describes the posts; they report nothing of their own here
    text = "She says the mayor's posts accusing the judge of taking bribes are lies."
    assert not any(a["cue"] == "accusing" for a in attributions(nlp, text, strict=True))
