"""Figures found wrong on unseen articles (s14 h6): the doers of a killing counted as its victims, running totals
told by "bringing the number ... to", lynching. Every sentence is made up for this file."""
from __future__ import annotations

import pytest

PUB = "2026-05-14T10:00:00+00:00"


@pytest.fixture(scope="module")
def figures(nlp):
    def run(text: str, published: str = PUB):
        from sitrep.ingest import from_text
        from sitrep.pipeline import _prepare
        doc = nlp(_prepare(nlp, from_text(text, "<test>", published=published)))
        return {q.text: q for q in (qm.quantity for qm in doc._.quantities)}
    return run


# 1. the subject of a killing, wounding or arrest done to people is who did it

def test_a_handful_of_attackers_is_no_toll(figures):
    qs = figures("A handful of raiders beheaded at least nine herders near the well.")
    assert qs["at least nine"].kind == "fatalities"
    assert "A handful" not in qs or qs["A handful"].kind == "personnel", qs


def test_attackers_who_wounded_guards_are_no_injuries(figures):
    qs = figures("Three assailants wounded four guards at the depot.")
    assert qs["four"].kind == "injuries"
    assert "Three" not in qs or qs["Three"].kind != "injuries", qs


def test_soldiers_who_lost_their_lives_stay_a_toll(figures):
    qs = figures("Five soldiers lost their lives in the ambush.")
    assert qs["Five"].kind == "fatalities"


# 2. "bringing the number of ... killed this year to nine": a running total, the day's figure is not

def test_number_killed_this_year_is_a_running_total(figures):
    qs = figures("A nurse was shot dead in the district, bringing the number of civilians killed in the area "
                 "this year to eleven.")
    assert qs["eleven"].kind == "fatalities" and qs["eleven"].cumulative


def test_total_number_killed_since_an_event_is_a_running_total(figures):
    qs = figures("Troops shot dead at least four marchers on Tuesday, bringing the total number of people killed "
                 "since the disputed vote to 190.")
    assert qs["190"].cumulative
    assert not qs["at least four"].cumulative


def test_toll_from_attacks_this_month_is_a_running_total(figures):
    qs = figures("Militiamen killed 14 villagers on Sunday, bringing the toll from raids in the valley this month "
                 "to 70.")
    assert qs["70"].cumulative and not qs["14"].cumulative


def test_toll_of_one_attack_is_no_running_total(figures):
    qs = figures("A second blast on Monday killed six, bringing the death toll from the bombing to 31.")
    assert not qs["31"].cumulative


def test_the_days_figure_before_a_running_toll_clause_is_not_cumulative(figures):
    qs = figures("Some 25 soldiers were killed, bringing to 160 the number of troops killed since January.")
    assert qs["160"].cumulative and not qs["Some 25"].cumulative


# 3. a lynching kills

def test_lynched_people_are_fatalities(figures):
    qs = figures("A mob lynched three suspected thieves in the market on Friday.")
    assert qs["three"].kind == "fatalities"
