"""Figures on invented articles (session 20, h7): people who march, rally, gather or block a road are counted as a
crowd ("about 400 displaced people marched" counts protesters, not the displaced), but not people who gathered
and were then killed. Every sentence is made up for this file."""

from __future__ import annotations

from conftest import figures_runner

figures = figures_runner("2026-05-20T10:00:00+00:00")


def _kinds(qs):
    return [(q.kind, q.low, q.best, q.high) for q in qs]


def test_displaced_people_who_marched_are_a_crowd(figures):
    qs = figures("About 400 displaced people marched through Dori on Tuesday to demand food aid.")
    assert _kinds(qs) == [("protesters", 400, 400, 400)], _kinds(qs)


def test_people_who_rallied_are_a_crowd(figures):
    qs = figures("Thousands of people rallied in Hargeisa on Friday against the port deal.")
    assert [k for k, *_ in _kinds(qs)] == ["protesters"], _kinds(qs)


def test_villagers_who_blocked_a_road_are_a_crowd(figures):
    qs = figures("Some 600 villagers blocked the road to the mine near Bunia on Monday.")
    assert _kinds(qs) == [("protesters", 600, 600, 600)], _kinds(qs)


def test_people_gathered_for_a_wedding_and_killed_are_no_crowd(figures):
    qs = figures("Nine people gathered for a wedding were killed when a shell hit the house.")
    assert [k for k, *_ in _kinds(qs)] != ["protesters"], _kinds(qs)


def test_the_dead_of_the_bombing_go_to_the_bombing_not_the_attack_before(extract_text):
    from conftest import events_of
    evs = events_of(extract_text, "POPAYAN, Colombia (Andes Post) - Rebels attacked an army post in Argelia on "
                                  "Saturday night, killing two soldiers.\n\nThe army said it was a rebel cell. On "
                                  "Sunday the air force bombed a rebel camp in El Tambo, the minister said, adding that "
                                  "six rebels were killed. The rebels said in a statement that four of their fighters "
                                  "had died in the bombing.", published="2026-04-14")
    deaths = {e["trigger"]: sorted(q["best"] for q in e["quantities"] if q["kind"] == "fatalities") for e in evs}
    assert deaths.get("attacked") == [2], deaths
    assert 4 in deaths.get("bombed", []), deaths


def test_a_toll_another_voice_says_was_higher_widens_the_range(extract_text):
    from conftest import events_of
    evs = events_of(extract_text, "PORT-AU-PRINCE, Haiti (Caribbean Dispatch) - Gang members attacked the town of "
                                  "Saut-d'Eau on Sunday. At least 12 people were killed in the attack, the mayor said. "
                                  "A rights group said the toll was closer to 20.", published="2026-04-14")
    [ev] = evs
    assert [(q["low"], q["best"], q["high"]) for q in ev["quantities"] if q["kind"] == "fatalities"] == \
        [(12, 12, 20)], ev["quantities"]
