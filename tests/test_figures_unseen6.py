"""Figures found wrong on invented articles (session 16, h8): a bare count with its own state word after it keeps
it ("the toll is 4 dead and 11 wounded": four dead, eleven wounded, and no count is the item of another); "set fire to
45 homes and 34 vehicles" destroys both. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

PUB = "2026-05-14T10:00:00+00:00"


figures = figures_runner(PUB)


def test_each_count_of_a_toll_keeps_its_own_state_word(figures):
    qs = figures("On our side, the toll is 4 dead and 11 wounded, the army said.")
    assert sorted((q.kind, q.best) for q in qs) == [("fatalities", 4), ("injuries", 11)]
    assert all(q.item is None for q in qs), qs


def test_set_fire_to_counted_homes_and_vehicles(figures):
    qs = figures("Gunmen also set fire to 45 homes and 34 vehicles, the office said.")
    assert sorted((q.kind, q.best, q.item) for q in qs) == [("equipment", 34, "vehicles"), ("property", 45, "homes")]


def test_fire_set_to_nothing_counted_is_no_destruction(figures):
    # a count the fire was not set to ("45 minutes") stays no property
    qs = figures("Gunmen set fire to the market for 45 minutes, residents said.")
    assert not any(q.kind == "property" for q in qs), qs
