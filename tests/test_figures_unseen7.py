"""Figures found wrong on invented articles (session 18, h7): "handing over 15 firearms" is fifteen, not more than
fifteen ("over" the verb's particle); the tellers a parse chains onto the victims ("killing eight people, residents
and a local official said") and the family the people counted came from ("17 people from a single family") are no
victim of one more; homicides and murders are deaths; "since fighting broke out ..." makes a running total with no
article before the noun. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

PUB = "2026-09-14T10:00:00+00:00"


figures = figures_runner(PUB)


def test_handing_over_is_no_lower_bound(figures):
    qs = figures("Nine fighters surrendered to the army in the hills on Wednesday, handing over 15 rifles.")
    [w] = [q for q in qs if q.kind == "weapons"]
    assert (w.low, w.best, w.high, w.approximate, w.text) == (15, 15, 15, False, "15"), w


def test_over_before_a_figure_still_bounds_it(figures):
    qs = figures("Over 40 villagers were killed in the raid, the mayor said.")
    [f] = [q for q in qs if q.kind == "fatalities"]
    assert (f.low, f.best, f.high) == (40, 40, None), f


def test_tellers_chained_onto_the_victims_are_no_victims(figures):
    qs = figures("Gunmen stormed the market, burning dozens of stalls and killing at least eight people, "
                 "traders and a district official said.")
    assert sorted((q.kind, q.best) for q in qs if q.kind == "fatalities") == [("fatalities", 8)], qs


def test_the_family_the_dead_came_from_is_no_extra_death(figures):
    qs = figures("Neighbours said 11 people from a single household had died in the fire set by the raiders.")
    assert [(q.kind, q.best) for q in qs if q.kind == "fatalities"] == [("fatalities", 11)], qs


def test_a_single_victim_is_still_one(figures):
    qs = figures("Gunmen shot dead a teacher in the village on Monday.")
    assert [(q.kind, q.best) for q in qs] == [("fatalities", 1)], qs


def test_homicides_since_fighting_broke_out_are_a_running_toll(figures):
    qs = figures("The province has recorded more than 900 homicides since fighting broke out between two gangs in "
                 "March, officials said.")
    [f] = qs
    assert (f.kind, f.low, f.high, f.cumulative) == ("fatalities", 900, None, True), f


def test_murders_of_a_month_are_deaths(figures):
    qs = figures("The city registered 45 murders in June, the police said.")
    assert [(q.kind, q.best) for q in qs] == [("fatalities", 45)], qs
