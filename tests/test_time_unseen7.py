"""Times on invented articles (session 16, h10): a day told in a participle of the event's own clause ("killed three
men driving a truck near X on Tuesday") is the event's day, before the day of the statement that reports it ("the
group said in a statement on Wednesday"). Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of as _events


def test_the_events_day_in_a_participle_beats_the_statements_day(extract_text):
    evs = _events(extract_text, "A drone strike killed three men driving a fuel truck near Mahbes on Tuesday, the "
                                "Polisario Front said in a statement on Wednesday.", published="2025-03-12")
    assert [e["date"] for e in evs] == ["2025-03-11"], [(e["trigger"], e["date"]) for e in evs]


def test_the_statements_day_stays_when_the_event_tells_none(extract_text):
    evs = _events(extract_text, "A drone strike killed three men driving a fuel truck near Mahbes, the Polisario "
                                "Front said in a statement on Wednesday.", published="2025-03-12")
    assert [e["date"] for e in evs] == ["2025-03-12"], [(e["trigger"], e["date"]) for e in evs]


def test_a_day_on_the_event_verb_itself_is_kept(extract_text):
    evs = _events(extract_text, "Gunmen killed two farmers working in their fields near Gao on Monday, the mayor "
                                "said on Tuesday.", published="2025-03-12")
    assert [e["date"] for e in evs] == ["2025-03-10"], [(e["trigger"], e["date"]) for e in evs]


def test_last_weeks_bombing_dates_the_bombing_not_the_arrest(extract_text):
    evs = _events(extract_text, "Police searched a house in Narathiwat's Rueso district and detained three men in "
                                "connection with last week's bombing of a bridge, the army said.",
                  published="2025-08-22")
    arrests = [e for e in evs if e["acled"]["sub_event_type"] == "Arrests"]
    assert arrests and all(e["date"] == "2025-08-22" for e in arrests), [(e["trigger"], e["date"]) for e in evs]


def test_a_day_owning_the_events_own_noun_still_dates_it(extract_text):
    evs = _events(extract_text, "Three soldiers were killed in Tuesday's fighting near Gao, the army said.",
                  published="2025-08-22")
    assert evs and all(e["date"] == "2025-08-19" for e in evs), [(e["trigger"], e["date"]) for e in evs]
