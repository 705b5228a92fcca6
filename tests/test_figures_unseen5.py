"""Figures found wrong on unseen articles (s15 h11): a participle after coordinated counted nouns ("left three
militants and one marine dead") says what happened to each of them. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

PUB = "2026-05-14T10:00:00+00:00"


figures = figures_runner(PUB)


def test_a_participle_after_coordinated_nouns_counts_each(figures):
    qs = figures("The clash left three militants and one marine dead, the military said.")
    assert sorted((q.kind, q.best) for q in qs) == [("fatalities", 1), ("fatalities", 3)]
    assert sum(q.best for q in qs if q.kind == "fatalities") == 4


def test_coordinated_nouns_with_two_participles(figures):
    qs = figures("The fighting left four soldiers and two rebels dead and nine civilians injured.")
    assert sorted((q.kind, q.best) for q in qs) == [("fatalities", 2), ("fatalities", 4), ("injuries", 9)]


def test_a_modifier_of_one_noun_alone_is_not_shared(figures):
    # "accused of theft" says nothing of what happened to them: the verb's kind counts for both
    qs = figures("Police arrested four men and two women accused of theft in the market.")
    assert sorted((q.kind, q.best) for q in qs) == [("arrests", 2), ("arrests", 4)]
