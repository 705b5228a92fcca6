"""Figures on invented wire copy (session 27, h9): South Asian security-force releases' words for soldiers hit ("two
soldiers embraced martyrdom", "an Army jawan was injured") count the dead and wounded of the operation told. Every
sentence is made up for this file."""


def _figures(extract_text, text, published="2026-03-15T16:00:00+05:00"):
    evs = extract_text(text, published=published).to_json()["events"]
    return evs, [(q["kind"], q["item"], q["best"]) for e in evs for q in e["quantities"]]


_LEAD = ("QUETTA, March 15 (APP): Security forces killed six terrorists in an intelligence-based operation in Kech "
         "district on Sunday, the military's media wing said. ")


def test_embraced_martyrdom_counts_the_soldiers_killed(extract_text):
    evs, figs = _figures(extract_text, _LEAD + "During the exchange of fire, three soldiers embraced martyrdom, it said.")
    assert len(evs) == 1, evs
    assert ("fatalities", "soldiers", 3) in figs, figs
    assert ("fatalities", "terrorists", 6) in figs, figs


def test_laid_down_their_lives_counts_the_dead(extract_text):
    evs, figs = _figures(extract_text, _LEAD + "Two policemen laid down their lives in the gunfight, officials said.")
    assert ("fatalities", "policemen", 2) in figs, figs


def test_laying_down_weapons_counts_no_dead(extract_text):
    _evs, figs = _figures(extract_text, _LEAD + "Later, 40 fighters laid down their weapons in Turbat, officials said.")
    assert not any(k == "fatalities" and b == 40 for k, _i, b in figs), figs


def test_a_jawan_injured_is_one_wounded(extract_text):
    evs, figs = _figures(extract_text, _LEAD + "An Army jawan was injured in the operation and taken to hospital.")
    assert len(evs) == 1, evs
    assert ("injuries", "Army jawan", 1) in figs, figs


def test_jawans_wounded_in_a_gunfight_are_its_wounded(extract_text):
    text = ("SRINAGAR, March 15 (PTI) Three jawans were injured in a gunfight with militants in Kulgam district on "
            "Sunday, police said.")
    evs, figs = _figures(extract_text, text, published="2026-03-15T18:00:00+05:30")
    assert len(evs) == 1, evs
    assert figs == [("injuries", "jawans", 3)], figs


def test_the_other_sides_dead_told_next_paragraph_join_the_battle(extract_text):
    text = ("QUETTA, March 15 (APP): Security forces killed six terrorists in an intelligence-based operation in Kech "
            "district on Sunday, the military's media wing said.\n\nDuring the exchange of fire, two soldiers were "
            "killed, it said.")
    evs, figs = _figures(extract_text, text)
    assert len(evs) == 1, evs
    assert sorted(figs) == [("fatalities", "soldiers", 2), ("fatalities", "terrorists", 6)], figs


def test_a_running_total_told_after_a_strike_is_not_its_toll(extract_text):
    text = ("KHAN YOUNIS, May 3 (Anadolu) - An air strike on a house in the town of Bani Suheila killed nine people, "
            "the civil defence said on Sunday.\n\nMore than 30 people were injured, according to medics at Nasser "
            "Hospital.\n\nSince the start of the war, the army has killed 3,210 people and wounded 9,800 others, the "
            "Health Ministry said.")
    evs, _figs = _figures(extract_text, text, published="2026-05-03T17:00:00+03:00")
    strike = next(e for e in evs if any(q["best"] == 9 for q in e["quantities"]))
    assert not any(q["cumulative"] for q in strike["quantities"]), strike["quantities"]
    assert any(q["kind"] == "injuries" and q["low"] == 30 for q in strike["quantities"]), strike["quantities"]
    total = [e for e in evs if any(q["best"] == 3210 for q in e["quantities"])]
    assert len(total) == 1 and total[0] is not strike and total[0]["date_precision"] == "cumulative", evs


def test_an_earlier_lower_toll_is_outgrown_not_a_low_bound(extract_text):
    text = ("KHAN YOUNIS, May 3 (Anadolu) - The death toll from an air strike on a house in the town of Bani Suheila "
            "rose to 14, the civil defence said on Sunday.\n\nEarlier in the day, the agency had put the toll at 8.")
    evs, _figs = _figures(extract_text, text, published="2026-05-03T17:00:00+03:00")
    fat = [(q["low"], q["best"]) for e in evs for q in e["quantities"] if q["kind"] == "fatalities"]
    assert fat == [(14, 14)], fat


def test_another_voices_lower_toll_still_widens(extract_text):
    text = ("KHAN YOUNIS, May 3 (Anadolu) - An air strike on a house in the town of Bani Suheila killed 14 people, "
            "the civil defence said on Sunday.\n\nThe army put the toll at 8.")
    evs, _figs = _figures(extract_text, text, published="2026-05-03T17:00:00+03:00")
    fat = [(q["low"], q["best"]) for e in evs for q in e["quantities"] if q["kind"] == "fatalities"]
    assert fat == [(8, 14)], fat


def test_drones_named_in_full_destroyed_by_air_defences_are_an_interception(extract_text):
    text = ("MOSCOW, June 9 (TASS) - Russian air defence systems destroyed 17 Ukrainian unmanned aerial vehicles over "
            "the Kursk region overnight, the Defence Ministry said.")
    evs, figs = _figures(extract_text, text, published="2026-06-09T09:00:00+03:00")
    assert [e["acled"]["sub_event_type"] for e in evs] == ["Disrupted weapons use"], evs
    assert any(b == 17 for _k, _i, b in figs), figs
