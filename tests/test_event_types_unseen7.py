"""Event types on invented articles (session 16, h8): "the latest in a string of attacks on civilians" places the
event told in a run of others; the run is no event of its own, and the event keeps its own trigger and doer, while a
run someone carried out ("carried out a series of attacks") stays an event. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of as _events, in_role


def test_the_latest_in_a_string_of_attacks_is_the_event_told(extract_text):
    evs = _events(extract_text, "A Houthi sniper shot dead a boy in the city of Taiz on Sunday, an official said, "
                                "the latest in a string of attacks on civilians in the city.", published="2024-01-22")
    assert [e["trigger"] for e in evs] == ["shot"], [(e["trigger"], e["actors"]) for e in evs]
    assert [(a["country"], a["sector"]) for a in in_role(evs[0], "actor1")] == [("YEM", "REB")]


def test_amid_a_wave_of_killings_is_no_event_of_its_own(extract_text):
    evs = _events(extract_text, "Police arrested 12 men in Gao on Monday amid a wave of killings in the region.",
                  published="2024-01-22")
    assert [e["acled"]["sub_event_type"] for e in evs] == ["Arrests"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_series_of_attacks_carried_out_is_an_event(extract_text):
    evs = _events(extract_text, "Gunmen carried out a series of attacks on villages near Gao on Monday, killing 9 "
                                "people.", published="2024-01-22")
    assert evs and evs[0]["acled"]["event_type"] in ("Violence against civilians", "Battles"), evs


def test_people_who_had_signed_an_old_deal_tell_no_agreement(extract_text):
    evs = _events(extract_text, "Rebels killed 12 people near Tibu on Monday, the army said. Several former "
                                "fighters who had signed the 2016 peace deal were among those killed.",
                  published="2025-01-30")
    assert "Agreement" not in [e["acled"]["sub_event_type"] for e in evs], [(e["trigger"], e["acled"]) for e in evs]
    # an agreement told as the story's news stays one
    evs = _events(extract_text, "The government and the rebels signed a peace deal in Havana on Monday.",
                  published="2025-01-30")
    assert "Agreement" in [e["acled"]["sub_event_type"] for e in evs], evs
