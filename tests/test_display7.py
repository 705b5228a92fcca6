"""Session 7: how figures and dates read in the CLI and the ACLED export."""
from __future__ import annotations

from sitrep.cli import _figure
from sitrep.export import _TIME_PRECISION


def test_a_hedged_lower_bound_reads_as_one_bound():
    assert _figure({"low": 24, "best": None, "high": None, "approximate": True, "kind": "abducted"}) == "≥24 abducted"
    assert _figure({"low": 40, "best": 40, "high": 40, "approximate": True, "kind": "killed"}) == "~40 killed"


def test_a_date_told_by_the_day_of_a_speech_is_coded_as_within_a_week():
    assert _TIME_PRECISION["said"] == 2
