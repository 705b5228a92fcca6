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


def test_doccache_token_lists_match_the_tokens(nlp):
    from sitrep import doccache

    doc = nlp("Gunmen killed 12 villagers in Zamfara State on Monday, police said. Rebels   fled.")
    tk = doccache.tokens(doc)
    assert tk.n == len(doc)
    assert tk.text == [t.text for t in doc] and tk.lower == [t.lower_ for t in doc]
    assert tk.idx == [t.idx for t in doc] and tk.ws == [bool(t.whitespace_) for t in doc]
    assert tk.ent_type == [t.ent_type_ for t in doc] and tk.pos == [t.pos_ for t in doc]
    assert tk.is_stop == [t.is_stop for t in doc] and tk.is_alpha == [t.is_alpha for t in doc]
    assert doccache.lemmas(doc) == [(t.lemma_ or t.text).lower() for t in doc]
    text = doccache.text(doc)
    for a, b in ((0, 1), (2, 5), (len(doc) - 3, len(doc))):
        assert tk.span_text(a, b, text) == doc[a:b].text


def test_doccache_ext_reads_what_underscore_reads(nlp):
    from sitrep import doccache

    doc = nlp("Troops shelled Kharkiv on Monday.")
    assert doccache.ext(doc, "places") == doc._.places and doc._.places is not None
    assert doccache.ext(doc, "places") is doc._.places
    fresh = nlp.make_doc("Nothing ran on this one.")
    assert doccache.ext(fresh, "places") is None  # never set: the extension's default
    fresh._.places = ["x"]
    assert doccache.ext(fresh, "places") == ["x"]


def test_prepared_doc_keeps_its_text_without_joining_tokens(nlp):
    from sitrep import doccache

    document = from_text("KYIV, March 2 (Wire) - Shelling hit  Kharkiv’s centre\n\non Thursday.  ", "y.txt")
    doc = _prepare(nlp, document)
    assert doccache.text(doc) == document.text == doc.text


def test_recogniser_caches_do_not_change_answers(nlp):
    """The recogniser memoises gazetteer answers across documents: a document read after others gets the same
    places as when read first."""
    texts = ["Militants attacked Djibo and Ouahigouya in northern Burkina Faso, the army said.",
             "Kyrgyz border guards clashed with Tajik troops near the village of Vorukh in Batken region.",
             "Rebels shelled Goma, in North Kivu province, and fighting spread to Bunia."]

    def places(text):
        doc = nlp(text)
        return [(p.start, p.end, p.geonameid) for p in doc._.places]

    first = [places(t) for t in texts]
    assert all(first)
    assert [places(t) for t in reversed(texts)] == list(reversed(first))


def test_time_pattern_lookaheads_match_the_same_spans():
    """Each temporal pattern starts with a lookahead on the letters its matches can begin with (a speed-up);
    without it the pattern must find exactly the same spans."""
    import re

    from sitrep.time import PATTERNS

    text = ("On Monday night, 13 Sept 2022, at 0915 hours and 3:15 pm, troops fired; the next morning, "
            "in March 2021 and between 2019 and 2020, since the start of the war, a total of 12 died. "
            "Yesterday, this morning and last week; Oct. 3-5, 2022; 2022-09-13; the night of 12-13 September; "
            "by 2020; that same day; hours later; overnight; So far THE SAME DAY; on Thursday's evening.")
    for name, pattern in PATTERNS:
        assert pattern.pattern.startswith("(?=[")
        bare = re.compile(pattern.pattern.split("])", 1)[1], re.I)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)], name
    assert sum(1 for _, p in PATTERNS for _ in p.finditer(text)) > 15


def test_text_past_the_extraction_limit_is_kept_but_not_extracted(nlp, monkeypatch):
    """Memory grows with the characters of a batch, so a huge document is extracted up to a paragraph break near
    EXTRACT_CHARS; offsets stay valid, the record says what was left, and the document text is whole."""
    from sitrep import pipeline
    from sitrep.model import Document

    head = "Rebels shelled the town of Goma on Monday, killing three civilians, officials said.\n\n"
    filler = "Markets reopened and traders counted their stock in the morning light.\n\n" * 40
    tail = "Gunmen attacked a police post in Kaduna on Tuesday, officials said.\n\n"
    text = head + filler + tail
    monkeypatch.setattr(pipeline, "EXTRACT_CHARS", len(head) + len(filler) // 2)
    end = pipeline.extract_end(text)
    assert len(head) < end < len(head) + len(filler) and text[end - 2:end] == "\n\n"
    [rec] = pipeline.extract([Document(text, published="2024-06-05")], nlp=nlp)
    assert rec.document.text == text
    places = {loc["name"] for e in rec.events for loc in e.locations}
    assert "Goma" in places and "Kaduna" not in places
    assert all(ev.end <= end and text[ev.start:ev.end] == ev.text for e in rec.events for ev in e.evidence)
    assert len(rec.warnings) == 1 and "not extracted" in rec.warnings[0]
    assert pipeline.extract_end("short text") == len("short text")
