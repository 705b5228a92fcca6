"""Dates on invented articles (session 19, h7): the day the fight a killing was done in began ("killed in a riot
... that began on Sunday afternoon, the agency said on Monday") is the killing's day, not the day of the saying.
Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of


def test_the_day_a_riot_began_dates_the_killing_in_it(extract_text):
    evs = events_of(extract_text, "QUITO, Ecuador (Andes Press) - Nine inmates were killed in a riot between rival "
                                  "gangs at the prison in Machala that began on Sunday afternoon, the prison agency "
                                  "said on Monday.", published="2026-10-20T07:45:00-05:00")
    assert [e["date"] for e in evs] == ["2026-10-18"], [(e["trigger"], e["date"]) for e in evs]


def test_hours_after_an_event_told_before_is_its_day(extract_text):
    evs = events_of(extract_text, "QUITO, Ecuador (Andes Press) - Eleven inmates were killed in a riot at the prison "
                                  "in Machala on Sunday afternoon, the prison agency said on Tuesday.\n\nHours after "
                                  "the riot, gunmen set fire to a bus in the city centre.",
                    published="2026-10-20T07:45:00-05:00")
    assert [e["date"] for e in evs] == ["2026-10-18", "2026-10-18"], [(e["trigger"], e["date"]) for e in evs]


def test_two_days_after_an_event_told_before_counts_from_its_day(extract_text):
    evs = events_of(extract_text, "MOGADISHU, Somalia (Horn Dispatch) - Al-Shabaab fighters attacked an army base in "
                                  "Balcad on Saturday, killing six soldiers, officials said on Monday.\n\nTwo days "
                                  "after the attack, army drones struck a camp near Jowhar.",
                    published="2026-10-20T09:00:00+03:00")
    assert [e["date"] for e in evs] == ["2026-10-17", "2026-10-19"], [(e["trigger"], e["date"]) for e in evs]


def test_an_event_named_as_a_time_mark_is_no_event_of_its_own(extract_text):
    evs = events_of(extract_text, "NIAMEY, Niger (Sahel Wire) - Gunmen attacked an army post near Ayorou on "
                                  "Saturday, killing nine soldiers, the ministry said. Residents said dozens of "
                                  "families had left the town since the attack.", published="2026-10-20")
    assert [e["date"] for e in evs] == ["2026-10-17"], [(e["trigger"], e["date"]) for e in evs]


def test_a_lead_dated_by_its_saying_takes_the_day_the_detail_tells(extract_text):
    evs = events_of(extract_text, "JAYAPURA, Indonesia (Nusantara Daily) - Armed separatists killed three road "
                                  "workers in Nduga regency, the military said on Thursday.\n\nThe workers were shot "
                                  "dead at a camp along the Kenyam river on Tuesday, a spokesman said.",
                    published="2026-07-24T11:50:00+09:00")
    assert [(e["date"], [q["best"] for q in e["quantities"]]) for e in evs] == [("2026-07-21", [3])], \
        [(e["trigger"], e["date"], e["quantities"]) for e in evs]


def test_a_fight_told_in_a_clause_a_day_before_the_strike_is_dated_a_day_before(extract_text):
    evs = events_of(extract_text, "ADDIS ABABA, Ethiopia (Horn Dispatch) - A drone strike hit a market in the town of "
                                  "Bichena in the Amhara region on Tuesday, killing at least nine civilians, residents "
                                  "said. The strike came a day after Fano militiamen and federal troops fought for "
                                  "hours on the edge of the town.", published="2026-08-20T12:10:00+03:00")
    days = sorted((e["acled"]["sub_event_type"], e["date"]) for e in evs)
    assert days == [("Air/drone strike", "2026-08-18"), ("Armed clash", "2026-08-17")], \
        [(e["trigger"], e["date"]) for e in evs]


def test_a_recapture_three_days_before_a_blast_is_dated_so(extract_text):
    evs = events_of(extract_text, "MOGADISHU, Somalia (Horn Dispatch) - A car bomb exploded at a checkpoint in "
                                  "Afgooye on Thursday, killing six soldiers, police said. The blast came three days "
                                  "after army special forces recaptured the town of Sabiid.",
                    published="2026-01-23T14:05:00+03:00")
    retaken = [e for e in evs if e["acled"]["sub_event_type"] == "Government regains territory"]
    assert [e["date"] for e in retaken] == ["2026-01-19"], [(e["trigger"], e["date"]) for e in evs]


def test_the_other_sides_claim_of_the_attack_is_of_its_day(extract_text):
    evs = events_of(extract_text, "NIAMEY, Niger (Sahel Wire) - Eleven soldiers were killed when gunmen attacked an "
                                  "army unit near Ayorou on Saturday afternoon, the defence ministry said.\n\nIn a "
                                  "message on Telegram, the Islamic State Sahel Province said its fighters had killed "
                                  "35 soldiers.", published="2026-10-06T10:30:00+01:00")
    claimed = [e for e in evs if e["status"] == "claimed"]
    assert [e["date"] for e in claimed] == ["2026-10-03"], [(e["trigger"], e["status"], e["date"]) for e in evs]
    assert [q["best"] for q in claimed[0]["quantities"] if q["kind"] == "fatalities"] == [35], claimed[0]["quantities"]
