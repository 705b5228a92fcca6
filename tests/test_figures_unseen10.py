"""Figures on invented articles (session 22, h6): a figure of people "killed or injured" counts the dead and the
wounded together, so it bounds the deaths from above and says nothing of how many died; verbs with a figure each
keep their own. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

figures = figures_runner("2026-11-22T10:00:00+00:00")


def _kinds(qs):
    return [(q.kind, q.low, q.best, q.high) for q in qs]


def test_a_range_killed_or_injured_bounds_the_dead_from_above(figures):
    qs = figures("Between 12 and 20 people were killed or injured when gunmen stormed the cattle market, a councillor "
                 "said.")
    assert _kinds(qs) == [("fatalities", 0, None, 20)], _kinds(qs)
    assert qs[0].approximate


def test_killed_or_wounded_with_the_figure_on_the_second_verb(figures):
    qs = figures("The car bomb killed or wounded 30 people outside the district office.")
    assert _kinds(qs) == [("fatalities", 0, None, 30)], _kinds(qs)


def test_killed_and_wounded_sharing_one_lower_bound_tell_no_deaths(figures):
    qs = figures("At least 45 villagers were killed and wounded in the raid on Tuesday.")
    assert _kinds(qs) == [("fatalities", 0, None, None)], _kinds(qs)


def test_each_verb_with_its_own_figure_keeps_its_kind(figures):
    qs = figures("The bombing killed nine people and wounded 23 at the bus station.")
    assert _kinds(qs) == [("fatalities", 9, 9, 9), ("injuries", 23, 23, 23)], _kinds(qs)


def test_a_bare_second_figure_after_and_keeps_its_kind(figures):
    qs = figures("Four soldiers were killed and six wounded in the ambush.")
    assert _kinds(qs) == [("fatalities", 4, 4, 4), ("injuries", 6, 6, 6)], _kinds(qs)
