"""The spaCy component that turns an annotated Doc into `Event` records (`Doc._.events`)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import EventExtractor

for _name in ("events", "doc_id", "outlet", "dateline_end"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("sitrep_events", assigns=["doc._.events"], default_config={"use_typer": True},
                  requires=["doc._.places", "doc._.timexes", "doc._.quantities", "doc._.actor_mentions"])
def make_events_component(nlp: Language, name: str, use_typer: bool) -> "EventTagger":
    return EventTagger(use_typer)


class EventTagger:
    def __init__(self, use_typer: bool = True):
        typer = None
        if use_typer:
            try:
                from .typing import get_typer
                typer = get_typer()
            except Exception:  # the statistical typer is optional: the lexicon's default labels stand
                typer = None
        self.extractor = EventExtractor(typer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.extractor(doc, doc._.doc_id or "doc", doc._.outlet)
        return doc
