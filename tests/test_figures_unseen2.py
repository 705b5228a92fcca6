"""Figures found wrong on new invented reports (s13 h8). Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

PUB = "2025-05-14T10:00:00+00:00"


figures = figures_runner(PUB)


# 1. "nearly"/"almost" put the true figure a little under the one told: a lower low, best and high the figure

def test_nearly_two_dozen_has_a_lower_low(figures):
    [q] = figures("Nearly two dozen farmers were killed in the raid on Tuesday.")
    assert q.kind == "fatalities" and q.approximate
    assert (q.best, q.high) == (24, 24) and q.low is not None and 18 <= q.low < 24


def test_almost_a_figure_in_digits(figures):
    [q] = figures("Almost 500 villagers were wounded in the shelling.")
    assert q.kind == "injuries" and q.high == 500 and q.low < 500


# 2. a hyphenated number word is one number, not a range from forty to four

def test_hyphenated_number_word(figures):
    [q] = figures("Forty-four people were detained after the march.")
    assert (q.kind, q.low, q.best, q.high) == ("arrests", 44, 44, 44)


def test_spaced_compound_number_word_with_multiplier(figures):
    [q] = figures("Police said twenty-five thousand residents fled the district.")
    assert (q.kind, q.best) == ("displaced", 25000)


# 3. buildings burned, destroyed or looted: a figure of property destroyed, only with a verb of destruction

def test_range_of_houses_set_on_fire(figures):
    [q] = figures("Between 30 and 45 homes were set on fire in the village on Sunday night.")
    assert (q.kind, q.low, q.high, q.item) == ("property", 30, 45, "homes")


def test_shops_looted_and_huts_torched(figures):
    qs = figures("Rioters looted 18 shops. Gunmen torched twenty-one huts.")
    assert [(q.kind, q.best, q.item) for q in qs] == [("property", 18, "shops"), ("property", 21, "huts")]


def test_buildings_without_destruction_count_nothing(figures):
    assert figures("The hamlet of 60 houses lies on a hill above the river.") == []
