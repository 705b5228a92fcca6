"""Live blogs (s13 h8): an entry's stamp is when the entry was posted; an entry that tells a day or a part of the
day of its own gives what it reports no clock time from its stamp. Every sentence is made up for this file."""
from __future__ import annotations

from sitrep.time import find_timexes, parse_published

PUB = parse_published("2024-10-14T06:00:00+00:00")

BLOG = ("14 October 2024\n\n"
        "06:20 GMT\nRebels raided a police station near the town overnight, a local official said.\n\n"
        "07:45 GMT\nThe governor has called an emergency meeting.\n\n"
        "09:05 GMT\nResidents say gunfire was heard before dawn in two villages.\n")


def test_an_entry_telling_its_own_part_of_day_loses_its_stamp():
    clocks = {t.text: t.time for t in find_timexes(BLOG, PUB) if t.kind == "time"}
    assert "06:20 GMT" not in clocks and "09:05 GMT" not in clocks, clocks


def test_an_entry_with_no_time_of_its_own_keeps_its_stamp():
    clocks = {t.text: t.time for t in find_timexes(BLOG, PUB) if t.kind == "time"}
    assert clocks.get("07:45 GMT") == "07:45", clocks
    overnight = [t for t in find_timexes(BLOG, PUB) if t.text == "overnight"]
    assert overnight and overnight[0].date == "2024-10-13", overnight


def test_a_clock_time_at_a_line_start_outside_a_live_blog_stays():
    text = "The curfew began at\n21:00 GMT on Saturday night, the army said."
    assert [t.time for t in find_timexes(text, PUB) if t.kind == "time"] == ["21:00"]


def test_a_raid_after_midnight_reported_in_a_later_entry_has_no_clock_time(extract_text):
    blog = ("Mali: attack on army post - live updates\nPublished 2024-10-14 07:00 GMT\nBy Desk staff\n\n"
            "07:05 GMT\nWe are following reports of an overnight attack by gunmen on an army post near Kidal.\n\n"
            "07:40 GMT\nA police source told us that three soldiers were killed when the gunmen stormed the post "
            "shortly after midnight.\n\n"
            "08:30 GMT\nMarkets in Kidal have reopened.\n")
    events = extract_text(blog).to_json()["events"]
    raid = [e for e in events if any(q["kind"] == "fatalities" for q in e["quantities"])]
    assert raid and raid[0]["time"] is None and raid[0]["date"] == "2024-10-13", events
