"""Figures on invented articles (session 20, h7): people who march, rally, gather or block a road are counted as a
crowd ("about 400 displaced people marched" counts protesters, not the displaced), but not people who gathered
and were then killed. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

figures = figures_runner("2026-05-20T10:00:00+00:00")


def _kinds(qs):
    return [(q.kind, q.low, q.best, q.high) for q in qs]


def test_displaced_people_who_marched_are_a_crowd(figures):
    qs = figures("About 400 displaced people marched through Dori on Tuesday to demand food aid.")
    assert _kinds(qs) == [("protesters", 400, 400, 400)], _kinds(qs)


def test_people_who_rallied_are_a_crowd(figures):
    qs = figures("Thousands of people rallied in Hargeisa on Friday against the port deal.")
    assert [k for k, *_ in _kinds(qs)] == ["protesters"], _kinds(qs)


def test_villagers_who_blocked_a_road_are_a_crowd(figures):
    qs = figures("Some 600 villagers blocked the road to the mine near Bunia on Monday.")
    assert _kinds(qs) == [("protesters", 600, 600, 600)], _kinds(qs)


def test_people_gathered_for_a_wedding_and_killed_are_no_crowd(figures):
    qs = figures("Nine people gathered for a wedding were killed when a shell hit the house.")
    assert [k for k, *_ in _kinds(qs)] != ["protesters"], _kinds(qs)
