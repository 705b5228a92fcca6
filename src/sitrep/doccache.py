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


def preset_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (`nlp.make_doc(text).text == text`: spaCy's tokenizer loses
    nothing), so `text(doc)` need not join the tokens again."""
    doc.user_data["sitrep.text"] = text


def ents(doc: Doc) -> tuple[Span, ...]:
    cached = doc.user_data.get("sitrep.ents")
    if cached is None:
        cached = doc.user_data["sitrep.ents"] = tuple(doc.ents)
    return cached


def lemmas(doc: Doc) -> list[str]:
    """Lower-case lemmas (the form when the lemmatizer gave none)."""
    cached = doc.user_data.get("sitrep.lemmas")
    if cached is None:
        tk = tokens(doc)
        cached = doc.user_data["sitrep.lemmas"] = [(lemma or form).lower() for lemma, form in zip(tk.lemma, tk.text)]
    return cached


def lowers(doc: Doc) -> list[str]:
    return tokens(doc).lower


def pos(doc: Doc) -> list[str]:
    """Coarse part-of-speech tags (`Token.pos_`)."""
    return tokens(doc).pos


class Tokens:
    """Per-token attributes of a Doc as plain Python lists, read once: indexing a list is far cheaper than
    `doc[i]` (a new Token object each time) followed by an attribute lookup."""
    __slots__ = ("text", "lower", "idx", "ws", "ent_type", "is_stop", "is_alpha", "pos", "lemma", "n")

    def __init__(self, doc: Doc) -> None:
        rows = [(t.text, t.lower_, t.idx, bool(t.whitespace_), t.ent_type_, t.is_stop, t.is_alpha, t.pos_, t.lemma_)
                for t in doc]
        self.n = len(rows)
        cols = [list(col) for col in zip(*rows)] if rows else [[] for _ in range(9)]
        (self.text, self.lower, self.idx, self.ws, self.ent_type, self.is_stop, self.is_alpha, self.pos,
         self.lemma) = cols

    def span_text(self, start: int, end: int, text: str) -> str:
        """`doc[start:end].text` (end > start), sliced from the Doc's text."""
        return text[self.idx[start]:self.idx[end - 1] + len(self.text[end - 1])]


def tokens(doc: Doc) -> Tokens:
    cached = doc.user_data.get("sitrep.tokens")
    if cached is None:
        cached = doc.user_data["sitrep.tokens"] = Tokens(doc)
    return cached


_MISSING = object()


def dateline(doc: Doc) -> tuple[int, int]:
    """Where the report's dateline lies ("YEREVAN, Sept 13 (Reuters) - "): (start, end), (0, 0) for none. A
    headline may come before it, so it need not open the text."""
    span = doc.user_data.get("sitrep.dateline")
    if span is None:
        end = (ext(doc, "dateline_end") if Doc.has_extension("dateline_end") else 0) or 0
        span = (0, end)
    return span


def in_dateline(doc: Doc, offset: int) -> bool:
    start, end = dateline(doc)
    return start <= offset < end


def ext(doc: Doc, name: str):
    """`doc._.<name>` for an attribute extension (one with a default, no getter), read straight from
    `doc.user_data` where spaCy keeps it: `doc._` builds a new Underscore object on every access, which
    costs ten times a dict lookup. Falls back to `getattr(doc._, name, None)` when the value was never set."""
    value = doc.user_data.get(("._.", name, None, None), _MISSING)
    if value is _MISSING:
        return getattr(doc._, name, None)
    return value
