"""The ``sitrep_geo`` spaCy component: recognise and resolve toponyms after ``ner``."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from sitrep import doccache as _dc
from sitrep.actors import home_group_countries, named_group
from sitrep.geo.gazetteer import get_gazetteer
from sitrep.geo.recognizer import Recognizer, Span
from sitrep.geo.resolver import ADMIN_SINGULAR, Mention, Resolver


def dateline_place(doc: Doc):
    """Where the report was filed, as a resolved place: the first place inside a dateline in the text, else the
    dateline the ingest read from the article's head (a Place with no offsets: start = end = 0); None for none."""
    start, end = _dc.dateline(doc)
    if end:
        return next((p for p in _dc.ext(doc, "places") or [] if start <= p.start < end and p.country), None)
    return doc.user_data.get("sitrep.dateline_place")


def register_extensions() -> None:
    for name, default in (("places", None), ("demonyms", None), ("geo_adjectives", None),
                          ("outlet_country", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class GeoComponent:
    """Sets ``doc._.places`` (toponym mentions, sorted by start), ``doc._.demonyms``
    ((start, end, ISO alpha-2) of country adjectives/demonyms) and ``doc._.geo_adjectives``
    (every demonym, including continent/region ones, as a resolved :class:`Place`).
    Reads ``doc._.outlet_country`` as a resolution prior."""

    def __init__(self, nlp: Language | None = None, name: str = "sitrep_geo", use_outlet: bool = True) -> None:
        register_extensions()
        self.name = name
        self.use_outlet = use_outlet
        self._gaz = None
        self._rec = None
        self._res = None

    def _ready(self) -> None:
        if self._gaz is None:
            self._gaz = get_gazetteer()
            self._rec = Recognizer(self._gaz)
            self._res = Resolver(self._gaz)

    def __call__(self, doc: Doc) -> Doc:
        self._ready()
        spans, dems = self._rec.recognise(doc)
        outlet_name = _dc.ext(doc, "outlet") if Doc.has_extension("outlet") else None
        if outlet_name and " " in outlet_name.strip():
            # "a resident told Addis Standard", "Kyiv Independent reported": the outlet's name is no place
            text0 = _dc.text(doc)
            low = outlet_name.strip().lower()
            spans = [s for s in spans if not any(
                text0[i:i + len(low)].lower() == low for i in range(max(0, s.start - len(low)), s.start + 1)
                if i + len(low) >= s.end)]
        outlet = doc._.outlet_country if self.use_outlet else None
        text = _dc.text(doc)  # `doc.text` joins every token again on each access
        dl_start, dl_end = _dc.dateline(doc)
        if dl_end:
            # "Marib, 8 March 2025 (SABA) —", "MOSCOW, Sept 13 /TASS/": the agency in a dateline is no place
            agency = [(dl_start + m.start(), dl_start + m.end())
                      for m in re.finditer(r"\([^()\n]{1,40}\)|/[^/\n]{1,30}/", text[dl_start:dl_end])]
            spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in agency)]
        # a dateline the ingest read from the head ("Kirkuk, Iraq, 19 August 2023" on a line of its own) is no part
        # of the text: it is resolved as a dateline opening the text would be ("KIRKUK - ..."), with the story's
        # names, and lends them its country as one in the text does; offsets are moved back after
        filed = doc.user_data.get("sitrep.dateline_name") if not dl_end else None
        filed = filed.strip() if filed and filed.strip() and "\n" not in filed else None
        shift = 0
        if filed:
            prefix = f"{filed.upper()} - "
            shift = len(prefix)
            text = prefix + text
            spans = [Span(0, len(filed), filed.upper(), "dateline")] + [
                replace(s, start=s.start + shift, end=s.end + shift) for s in spans]
            dems = [(a + shift, b + shift, ent) for a, b, ent in dems]
        mentions = self._res.analyse(text, [(s.start, s.end) for s in spans])
        for m, s in zip(mentions, spans):
            m.fallback_ok = self._rec.fallback_ok(s)
            if s.fixed is not None:
                m.fixed = s.fixed  # "the Senegalese capital": the capital itself
            if s.source == "dateline" or (s.start == 0 or text[s.start - 1] == "\n") and s.text.isupper() \
                    and text[s.end:s.end + 2].lstrip()[:1] in (",", "(", "-", "—", "–", ":"):
                m.dateline = True  # a dateline names the city the report was filed from ("JERUSALEM, Aug. 28")
            m.admin_cue = m.admin_cue or s.admin_cue
            m.admin_word = m.admin_word or (ADMIN_SINGULAR.get(s.admin_word, s.admin_word) if s.admin_word else None)
        n_top = len(mentions)
        for a, b, ent in dems:
            mentions.append(Mention(a, b, text[a:b], fixed=ent))
        hints = Counter()
        for cc3, n in home_group_countries(text).items():
            cc2 = self._gaz.iso2(cc3)
            if cc2:
                hints[cc2] += n
        places = self._res.resolve(text, [], outlet_country=outlet, mentions=mentions, hint_countries=hints)
        if filed:
            text = text[shift:]
            doc.user_data["sitrep.dateline_place"] = next(
                (replace(p, text=filed, start=0, end=0) for p in places if p.start == 0 and p.end == len(filed)), None)
            places = [replace(p, start=p.start - shift, end=p.end - shift) for p in places if p.start >= shift]
            dems = [(a - shift, b - shift, ent) for a, b, ent in dems]
            n_top -= 1
        dem_starts = {(a, b) for a, b, _ in dems}
        top = [p for p in places if (p.start, p.end) not in dem_starts]
        adj = [p for p in places if (p.start, p.end) in dem_starts]
        for p in adj:
            p.confidence = 1.0
        # "clashes between the ELN and FARC dissidents": an armed group's acronym that no known place bears is the
        # group, not an unknown village
        top = [p for p in top if not (p.geonameid is None and p.text.isupper() and 2 <= len(p.text) <= 6
                                      and p.start > 0 and named_group(p.text))]
        doc._.places = top
        doc._.geo_adjectives = adj
        doc._.demonyms = [(a, b, ent.country) for a, b, ent in dems if ent.feature_code == "PCLI"]
        assert len(top) <= n_top
        return doc


@Language.factory("sitrep_geo", default_config={"use_outlet": True},
                  assigns=["doc._.places", "doc._.demonyms", "doc._.geo_adjectives"],
                  requires=["doc.ents"])
def make_sitrep_geo(nlp: Language, name: str, use_outlet: bool) -> GeoComponent:
    return GeoComponent(nlp, name, use_outlet)
