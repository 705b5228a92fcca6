"""Times on invented articles (session 17, h8): "Hours earlier" (like "hours later") is the day just told, not the
publication's; the year of the deed an arrest is for is not the arrest's (see test_event_types_unseen9.py). Every
sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of


def test_hours_earlier_is_the_day_just_told(extract_text):
    evs = events_of(extract_text, "A suicide car bomb exploded at a checkpoint in Mogadishu on Thursday afternoon, "
                                  "killing nine people, police said. Hours earlier, special forces recaptured the town "
                                  "of Adale from the militants, the ministry said.", published="2026-11-20")
    assert {e["date"] for e in evs} == {"2026-11-19"}, [(e["trigger"], e["date"]) for e in evs]


def test_earlier_in_the_day_is_the_day_just_told(extract_text):
    evs = events_of(extract_text, "Gunmen killed two traders near Gao on Monday, residents said. Earlier in the day, "
                                  "soldiers arrested four suspects in the town, the army said.", published="2026-11-20")
    assert {e["date"] for e in evs} == {"2026-11-16"}, [(e["trigger"], e["date"]) for e in evs]
