"""Dates on invented articles (session 18, h7): the day of a statement told as "in a statement on Sunday" is no
day "the next day" counts from, and the day a group claimed an attack is not the attack's. Every sentence is made
up for this file."""
from __future__ import annotations

from conftest import events_of


def test_the_next_day_counts_from_the_event_not_the_statement():
    from sitrep.time import find_timexes, parse_published
    text = ("Gunmen attacked a police post in the district late on Saturday. The group said in a statement on Sunday "
            "that it had lost two men. The next day, soldiers swept the area.")
    txs = find_timexes(text, parse_published("2026-03-16T08:40:00+00:00"))
    [nxt] = [t for t in txs if t.text == "The next day"]
    assert nxt.date == "2026-03-15", nxt


def test_the_day_of_a_claim_is_not_the_day_of_the_attack(extract_text):
    evs = events_of(extract_text, "KADUNA, Nigeria (Sahel Wire) - Gunmen attacked the village of Kauru late on "
                                  "Saturday, killing 15 people, police said.\n\nThe Ansaru group claimed the attack "
                                  "in a statement on Monday.", published="2026-03-17")
    assert [e["date"] for e in evs] == ["2026-03-14"], [(e["trigger"], e["date"]) for e in evs]
