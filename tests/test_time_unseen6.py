"""Times on invented articles (session 16, h8): "the following day" counts from the last day an event was told on,
not from the day a statement was made ("the UN said on Monday"). Every sentence is made up for this file."""
from __future__ import annotations

import datetime as dt

from conftest import events_of as _events

from sitrep.time import find_timexes


def test_the_following_day_counts_from_the_event_not_the_statement(extract_text):
    evs = _events(extract_text, "Gunmen killed at least 115 people in an attack on a town in Artibonite on 3 "
                                "October, the UN said on Monday. Police said two officers were wounded when a patrol "
                                "came under fire in Saint-Marc the following day.", published="2024-10-14")
    dates = sorted(e["date"] for e in evs)
    assert dates == ["2024-10-03", "2024-10-04"], [(e["acled"]["sub_event_type"], e["date"]) for e in evs]


def test_a_statement_day_still_anchors_when_no_event_day_came_before():
    pub = dt.datetime(2024, 10, 14, 9, 0)
    txs = [t for t in find_timexes("The army said on Friday that rebels attacked a base. The rebels withdrew the "
                                   "next day.", pub) if t.kind == "date"]
    assert [t.date for t in txs] == ["2024-10-11", "2024-10-12"], txs
