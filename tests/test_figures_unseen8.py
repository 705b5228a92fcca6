"""Tolls of events on invented articles (session 19, h7): another voice's toll told in a sentence of its own ("police
gave a toll of 19 dead", "a rights group put the number of dead at 25") widens the event's range; a risen toll
told with the wounded ("raised the toll to 11 dead and 46 wounded") brings both; "fighting broke out ..., leaving
eight people dead" is the fight's toll. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of


def _figures(ev, kind):
    return [(q["low"], q["best"], q["high"]) for q in ev["quantities"] if q["kind"] == kind]


def test_a_toll_given_by_another_voice_widens_the_range(extract_text):
    evs = events_of(extract_text, "SOKOTO, Nigeria (Sahel Times) - Gunmen killed 31 villagers in an attack on the "
                                  "village of Tangaza on Thursday, residents said.\n\nA police spokesman gave a toll "
                                  "of 22 dead.", published="2026-04-12")
    [ev] = evs
    assert _figures(ev, "fatalities") == [(22, 31, 31)], ev["quantities"]


def test_the_number_of_dead_put_higher_by_a_rights_group_widens_the_range(extract_text):
    evs = events_of(extract_text, "QUITO, Ecuador (Andes Press) - Twelve inmates were killed in clashes between "
                                  "rival gangs at the Cotopaxi prison on Saturday, the prison agency said. Relatives "
                                  "said the toll was higher. A rights group put the number of dead at 20.",
                    published="2026-04-12")
    [ev] = evs
    assert _figures(ev, "fatalities") == [(12, 12, 20)], ev["quantities"]


def test_a_far_higher_toll_of_another_voice_is_left_alone(extract_text):
    evs = events_of(extract_text, "SOKOTO, Nigeria (Sahel Times) - Gunmen killed six villagers in an attack on the "
                                  "village of Tangaza on Thursday, residents said.\n\nA local leader put the number "
                                  "of dead at 60.", published="2026-04-12")
    assert [_figures(e, "fatalities") for e in evs] == [[(6, 6, 6)]], [e["quantities"] for e in evs]


def test_a_risen_toll_brings_the_wounded_told_with_it(extract_text):
    evs = events_of(extract_text, "TRIPOLI, Libya (Maghreb Today) - Fighting between two armed groups broke out in "
                                  "Zawiya late on Tuesday, leaving five people dead, the health ministry said. "
                                  "Residents said the fighting lasted until dawn.\n\nThe ministry later raised the "
                                  "toll to nine dead and 31 wounded.", published="2026-04-12")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Armed clash"]
    assert _figures(ev, "fatalities") == [(9, 9, 9)], ev["quantities"]
    assert _figures(ev, "injuries") == [(31, 31, 31)], ev["quantities"]


def test_a_fight_that_broke_out_leaving_people_dead_has_that_toll(extract_text):
    evs = events_of(extract_text, "TRIPOLI, Libya (Maghreb Today) - Heavy fighting between two armed groups broke out "
                                  "in Zawiya late on Tuesday and went on until Wednesday morning, leaving seven people "
                                  "dead, the health ministry said.", published="2026-04-12")
    [ev] = evs
    assert _figures(ev, "fatalities") == [(7, 7, 7)], ev["quantities"]


def test_a_claim_counting_other_dead_stays_apart_from_the_report(extract_text):
    evs = events_of(extract_text, "QUETTA, Pakistan (Frontier Post Online) - Gunmen stopped a bus near Mastung on "
                                  "Monday night and killed seven passengers, officials said.\n\nThe Baloch Liberation "
                                  "Army said its fighters had killed 15 soldiers travelling on the bus.\n\nThe military "
                                  "said on Tuesday that troops had killed nine militants in an operation in the area.",
                    published="2026-09-02T14:25:00+05:00")
    tolls = sorted(tuple((q["best"], e["status"]) for q in e["quantities"] if q["kind"] == "fatalities") for e in evs)
    assert tolls == [((7, "reported"),), ((9, "reported"),), ((15, "claimed"),)], \
        [(e["trigger"], e["status"], e["quantities"]) for e in evs]


def test_another_voice_counting_fewer_abducted_widens_an_open_figure(extract_text):
    evs = events_of(extract_text, "GUSAU, Nigeria (Sahel Times) - Bandits killed 12 villagers and abducted more than "
                                  "40 others in an attack on the village of Gora on Friday, residents said.\n\nA police "
                                  "spokesman said 25 people had been abducted.", published="2026-11-24")
    assert len(evs) == 1, [(e["trigger"], e["quantities"]) for e in evs]
    assert _figures(evs[0], "abducted") == [(25, 40, None)], evs[0]["quantities"]
