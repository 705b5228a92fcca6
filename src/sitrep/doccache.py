"""Per-Doc caches for values spaCy recomputes on every access.

`Doc.text` joins every token and `Doc.ents` builds new Span objects on each call; the sitrep components read
them thousands of times per article, so they are computed once and kept in `doc.user_data`. Components run
after the tokenizer and NER, which never change them afterwards.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def text(doc: Doc) -> str:
    cached = doc.user_data.get("sitrep.text")
    if cached is None:
        cached = doc.user_data["sitrep.text"] = doc.text
    return cached


def ents(doc: Doc) -> tuple[Span, ...]:
    cached = doc.user_data.get("sitrep.ents")
    if cached is None:
        cached = doc.user_data["sitrep.ents"] = tuple(doc.ents)
    return cached


def lemmas(doc: Doc) -> list[str]:
    """Lower-case lemmas (the form when the lemmatizer gave none)."""
    cached = doc.user_data.get("sitrep.lemmas")
    if cached is None:
        cached = doc.user_data["sitrep.lemmas"] = [(t.lemma_ or t.text).lower() for t in doc]
    return cached


def lowers(doc: Doc) -> list[str]:
    cached = doc.user_data.get("sitrep.lowers")
    if cached is None:
        cached = doc.user_data["sitrep.lowers"] = [t.lower_ for t in doc]
    return cached
