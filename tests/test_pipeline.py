"""The pipeline's own preparation of a Doc: dateline handling before the parser runs."""
from sitrep.ingest import from_text
from sitrep.pipeline import _prepare


def test_lead_after_dateline_is_one_sentence_with_its_first_word(nlp):
    doc = from_text("OSH, May 14 (Valley Wire) - Kyrgyz and Tajik border guards exchanged gunfire near a "
                    "disputed canal on Tuesday, officials said.", "x.txt")
    parsed = nlp(_prepare(nlp, doc))
    sents = [s.text for s in parsed.sents]
    assert sents[0].startswith("OSH") and sents[0].rstrip().endswith("-")  # the dateline is not the lead's subject
    assert sents[1].startswith("Kyrgyz and Tajik border guards exchanged gunfire")
