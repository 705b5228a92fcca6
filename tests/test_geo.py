"""Geoparsing: normalisation, gazetteer lookup, candidate scoring, context effects, recognition.

Needs the compiled gazetteer (``python -m sitrep.geo.build``; built on first use if missing)
and the spaCy model for the recogniser tests. No mocks: real data, real pipeline.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import sitrep.geo as geo
from sitrep.geo.normalize import fold, loose, strip_possessive
from sitrep.model import Place

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz():
    return geo.get_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    return geo.load_pipeline()


def _one(text: str, phrase: str, nth: int = 0, **kw) -> Place:
    starts = []
    i = -1
    while True:
        i = text.find(phrase, i + 1)
        if i < 0:
            break
        starts.append(i)
    spans = [(s, s + len(phrase)) for s in starts]
    places = geo.resolve_spans(text, spans, **kw)
    return places[nth]


# ---- normalisation -------------------------------------------------------------------------
def test_fold_diacritics_and_abbreviations():
    assert fold("Laçın") == "lachin"
    assert fold("Daşkəsən") == "dashkasan"
    assert fold("St. John's") == "saint johns"
    assert fold("  Zürich ") == "zurich"


def test_loose_merges_romanisation_variants():
    assert loose("Basarkechar") == loose("Basargechar") == loose("Basarkeçər")
    assert loose("Kalbajar") == loose("Kelbajar".replace("e", "a"))
    assert loose("Paris") != loose("Baris")


def test_strip_possessive():
    assert strip_possessive("Armenia's") == "Armenia"
    assert strip_possessive("Azerbaijan’s") == "Azerbaijan"
    assert strip_possessive("Texas'") == "Texas"
    assert strip_possessive("Paris") == "Paris"


# ---- gazetteer -----------------------------------------------------------------------------
def test_gazetteer_contract(gaz):
    assert gaz.country("AM").geonameid == 174982
    assert gaz.country("az").name == "Azerbaijan"
    assert gaz.iso3("AZ") == "AZE"
    assert gaz.by_id(616108).name == "Vardenis"
    assert gaz.demonym("Azerbaijani") == "AZ"
    assert gaz.demonym("Armenian") == "AM"
    assert gaz.demonym("Turkish") == "TR"
    assert gaz.demonym("Russian") == "RU"
    assert gaz.demonym("Paris") is None
    c = gaz.candidates("Armenia")[0]
    for key in ("geonameid", "name", "feature_code", "country", "admin1", "lat", "lon", "population"):
        assert c[key] == getattr(c, key)


def test_romanised_name_reaches_alternate(gaz):
    ids = {c.geonameid for c in gaz.candidates("Basarkechar")}
    assert 616108 in ids  # Vardenis AM, alternate names Basargechar / Basarkeçər (ç -> ch, ə -> a)
    # a spelling only the romanisation-tolerant key reaches
    assert 616108 in {c.geonameid for c in gaz.candidates("Basarkecar")}
    assert 616108 not in {c.geonameid for c in gaz.candidates("Basarkecar", loose_match=False)}


def test_gazetteer_loads_fast():
    from sitrep.geo.gazetteer import Gazetteer

    t = time.perf_counter()
    g = Gazetteer()
    assert time.perf_counter() - t < 1.0
    assert len(g) > 200_000


# ---- candidate scoring and context ----------------------------------------------------------
def test_population_and_type_prior():
    p = _one("Protests continued in Paris on Monday.", "Paris")
    assert p.country == "FR" and p.feature_code == "PPLC"
    p = _one("Talks were held in Armenia.", "Armenia")
    assert p.geonameid == 174982 and p.precision == "country"
    assert 0 < p.confidence <= 1 and p.alternatives


def test_qualifier_restricts_reading():
    text = "A tornado hit Paris, Texas, late on Sunday."
    p = _one(text, "Paris")
    assert p.country == "US" and p.admin1 == "TX"
    text = "Springfield, Illinois, and Springfield, Mo., both voted."
    places = geo.resolve_spans(text, [(0, 11), (13, 21), (27, 38), (40, 43)])
    assert places[0].admin1 == "IL"
    assert places[2].admin1 == "MO"


def test_document_country_context():
    plain = _one("Police in London said the suspect was arrested.", "London")
    assert plain.country == "GB"
    text = "Ontario police said a crash near London closed Highway 401 near Windsor, Ontario."
    places = geo.resolve_spans(text, [(0, 7), (33, 39), (64, 71), (73, 80)])
    assert places[1].country == "CA"


def test_outlet_country_prior_breaks_ties():
    text = "Officials in Dublin confirmed the figures."
    without = _one(text, "Dublin")
    assert without.country == "IE"
    # the outlet prior alone must not override a much larger place
    assert _one(text, "Dublin", outlet_country="US").country in ("IE", "US")


def test_admin_cue_prefers_district_bare_name_prefers_town():
    with_cue = _one("Shelling hit Lachin district overnight.", "Lachin")
    assert with_cue.geonameid == 147626 and with_cue.precision == "district"
    bare = _one("Aleppo was shelled again.", "Aleppo")
    assert bare.feature_code in ("PPL", "PPLC") and bare.country == "SY"


def test_spatial_minimality():
    text = "Fighting spread from Aleppo to Idlib and Homs."
    places = geo.resolve_spans(text, [(21, 27), (31, 36), (41, 45)])
    assert {p.country for p in places} == {"SY"}


# ---- recognition and the spaCy component -----------------------------------------------------
def test_component_sets_places_and_demonyms(nlp):
    text = ("Armenian forces shelled Azerbaijani positions in Dashkasan, Kalbajar, and Lachin districts, "
            "Armenia's defence ministry denied it. Lachin was calm on Tuesday.")
    doc = nlp(text)
    got = {(p.text, p.geonameid) for p in doc._.places}
    assert ("Armenia", 174982) in got
    assert ("Lachin", 147626) in got
    assert any(p.text == "Dashkasan" and p.country == "AZ" for p in doc._.places)
    assert any(p.text == "Kalbajar" and p.country == "AZ" for p in doc._.places)
    # every mention, including the bare repeat and the possessive (span without 's)
    assert sum(p.text == "Lachin" for p in doc._.places) == 2
    for p in doc._.places:
        assert text[p.start:p.end] == p.text
    assert [p.start for p in doc._.places] == sorted(p.start for p in doc._.places)
    dem = {(text[a:b], iso) for a, b, iso in doc._.demonyms}
    assert ("Armenian", "AM") in dem and ("Azerbaijani", "AZ") in dem


def test_direction_pattern_and_region(nlp):
    text = "A jet was allegedly shot down in the direction of the Basarkechar region, officials said."
    doc = nlp(text)
    p = [p for p in doc._.places if p.text == "Basarkechar"]
    assert p and p[0].geonameid == 616108 and p[0].country == "AM"


def test_common_words_are_not_places(nlp):
    doc = nlp("The President said Police will hope for Progress and Unity in the new Union.")
    assert not [p for p in doc._.places if p.text in ("Police", "Progress", "Unity", "Union", "Hope")]


def test_outlet_country_extension(nlp):
    doc = nlp.make_doc("Officials in Columbus said the road reopened.")
    doc._.outlet_country = "US"
    doc = nlp(doc)
    assert doc._.outlet_country == "US"
    assert any(p.text == "Columbus" and p.country == "US" for p in doc._.places)


def test_reimport_is_safe():
    import importlib

    importlib.reload(geo)
    from spacy.tokens import Doc

    assert Doc.has_extension("places") and Doc.has_extension("demonyms")


# ---- the seed article and the dev corpora ---------------------------------------------------
SEED = SHARED / "seed" / "azernews-2022-09-13.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article absent")
def test_seed_article_places():
    text = SEED.read_text(encoding="utf-8")
    places = geo.geoparse(text)
    accepted = {"Dashkasan": {586771, 586765}, "Kalbajar": {586047, 586268}, "Lachin": {147626, 147625},
                "Zangilan": {146900, 146901}, "Basarkechar": {616108, 13156124, 828261},
                "Armenia": {174982}, "Azerbaijan": {587116}}
    for name, ids in accepted.items():
        mentions = [p for p in places if p.text == name]
        assert mentions, name
        assert all(p.geonameid in ids for p in mentions), (name, [p.geonameid for p in mentions])
    # every mention of each name was found (possessives included)
    import re

    for name in accepted:
        n = len(re.findall(rf"\b{name}\b", text))
        assert sum(p.text == name for p in places) == n, name


@pytest.mark.skipif(not (SHARED / "geo" / "trnews.jsonl").exists(), reason="dev corpora absent")
def test_trnews_sample_with_gold_spans():
    from sitrep.eval.geo import evaluate

    res = evaluate(str(SHARED / "geo" / "trnews.jsonl"), gold_spans=True, limit=40)
    assert res["n"] > 300
    assert res["acc161"] >= 0.8
    # its speed is measured in bench/geo.py, as a ratio to a bare lookup in the same run
    for key in ("acc161", "exact_id", "mean_km", "median_km", "auc", "misses", "per_second"):
        assert key in res
    json.dumps(res)


def test_auc_metric():
    from sitrep.eval.geo import auc_of_errors

    assert auc_of_errors([0, 0, 0]) == 0.0
    assert auc_of_errors([20039.0, 20039.0]) == pytest.approx(1.0, abs=1e-3)
    assert 0 < auc_of_errors([0, 100, 1000]) < 1
