"""The spaCy component that builds claims and their responses (`Doc._.claims`) after events."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .claims import build_claims

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.factory("sitrep_claims", assigns=["doc._.claims"], requires=["doc._.attributions", "doc._.events"])
def make_claims_component(nlp: Language, name: str) -> "ClaimTagger":
    return ClaimTagger()


class ClaimTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = build_claims(doc, doc._.events or [], doc._.doc_id or "doc", doc._.outlet)
        return doc
