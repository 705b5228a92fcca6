"""Dates on unseen articles (s14 h6): a year-less wire dateline takes no guessed year, a night told from one day
to the next, "overnight Tuesday", "earlier in the week". Every sentence is made up for this file."""
from __future__ import annotations

import datetime as dt

from sitrep.ingest.head import REFERENCE_DATE, parse_head
from sitrep.time import find_timexes, parse_published

PUB = parse_published("2026-05-14T10:00:00+02:00")  # a Thursday


def _one(text: str, words: str):
    found = [t for t in find_timexes(text, PUB) if words.lower() in t.text.lower()]
    assert found, [t.text for t in find_timexes(text, PUB)]
    return found[0]


# 1. a dateline with a day and a month only ("BOGOTA, Aug 19 (Reuters) -"), stage: ingest head parsing

LEAD = "SANTA LUZ, Aug 19 (Wire) - Rebels ambushed an army patrol in the hills on Sunday, the army said."


def test_yearless_dateline_with_no_year_anywhere_stays_yearless():
    assert parse_head(LEAD).published == "--08-19"


def test_yearless_dateline_takes_the_nearest_past_year_of_the_publication_date():
    token = REFERENCE_DATE.set(dt.date(2026, 8, 21))
    try:
        # (19 August 2026 is a Wednesday; the weekday in the lead names no year)
        assert parse_head(LEAD).published == "2026-08-19"
    finally:
        REFERENCE_DATE.reset(token)


def test_yearless_dateline_takes_its_year_from_a_full_date_in_the_text():
    text = ("SANTA LUZ, Aug 19 (Wire) - Rebels ambushed an army patrol on Sunday.\n\nThe attack came a week after "
            "talks collapsed on August 11, 2025, officials said.")
    assert parse_head(text).published == "2025-08-19"


# 2. the night of one day into the next, told with "to" or "and"

def test_night_of_one_day_to_the_next():
    t = _one("Separatists attacked an outpost on the night of 11 to 12 May, the ministry said.", "night of")
    assert (t.date, t.date_end, t.precision) == ("2026-05-11", "2026-05-12", "part_of_day")


def test_night_of_days_joined_by_and_with_a_year():
    t = _one("On the night of 1 and 2 February 2026, fighters stormed a checkpoint.", "night of")
    assert (t.date, t.date_end) == ("2026-02-01", "2026-02-02")


# 3. "overnight Tuesday" is Tuesday's night, not the night before the publication

def test_overnight_with_a_weekday():
    t = _one("Drones struck fuel depots overnight Tuesday, the governor said.", "overnight")
    assert (t.date, t.date_end, t.precision) == ("2026-05-12", "2026-05-13", "part_of_day")


def test_overnight_into_a_weekday():
    t = _one("Shelling went on overnight into Wednesday, residents said.", "overnight")
    assert (t.date, t.date_end) == ("2026-05-12", "2026-05-13")


# 4. "earlier in the week": the publication's week up to the publication

def test_earlier_in_the_week():
    t = _one("Earlier in the week, militiamen burned a market near the river.", "earlier in the week")
    assert (t.kind, t.date, t.date_end) == ("period", "2026-05-11", "2026-05-14")
