"""Events on invented articles (session 16, h10): a ceasefire ended or broken is no agreement made ("declared an
end to the 1991 ceasefire"); the attack a killing was done in keeps the killing's parties in their roles ("Members
of the X gang killed 115 people in an attack": the dead are hit, not attackers); "wounding a third" after "killing two
police officers" is one more injured. Every sentence is made up for this file."""
from __future__ import annotations

from conftest import events_of as _events, in_role


def _subs(evs):
    return [e["acled"]["sub_event_type"] for e in evs]


def test_an_end_to_a_ceasefire_is_no_agreement(extract_text):
    evs = _events(extract_text, "The rebel front declared an end to the 1994 ceasefire in March 2021.",
                  published="2024-01-22")
    assert "Agreement" not in _subs(evs), [(e["trigger"], e["acled"]) for e in evs]
    evs = _events(extract_text, "The militia violated the truce near Gao on Tuesday, the army said.",
                  published="2024-01-22")
    assert "Agreement" not in _subs(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_a_ceasefire_signed_is_still_an_agreement(extract_text):
    evs = _events(extract_text, "The army and the rebels signed a ceasefire in Niamey on Monday.",
                  published="2024-01-22")
    assert "Agreement" in _subs(evs), [(e["trigger"], e["acled"]) for e in evs]
    evs = _events(extract_text, "A ceasefire between the army and the rebels took effect on Monday, officials said.",
                  published="2024-01-22")
    assert "Agreement" in _subs(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_the_dead_of_an_attack_are_hit_whoever_the_attackers_are(extract_text):
    evs = _events(extract_text, "Members of the Gran Grif gang killed at least 40 people in an attack on a village "
                                "near Saint-Marc on Thursday, the UN said.", published="2024-10-14")
    assert evs
    for ev in evs:
        assert not any(a["sector"] == "CVL" for a in in_role(ev, "actor1")), ev["actors"]
        assert any(a["sector"] == "CVL" for a in in_role(ev, "actor2")), ev["actors"]


def test_wounding_a_third_is_one_more_injured(extract_text):
    evs = _events(extract_text, "Gunmen attacked a checkpoint in the town on Monday, killing two police officers and "
                                "wounding a third, police said.", published="2024-01-22")
    figures = {(q["kind"], q["best"]) for e in evs for q in e["quantities"]}
    assert ("fatalities", 2) in figures and ("injuries", 1) in figures, figures


def test_a_third_with_no_one_counted_before_is_no_figure(extract_text):
    evs = _events(extract_text, "Gunmen attacked a checkpoint in the town on Monday and wounded a third of the "
                                "guards, police said.", published="2024-01-22")
    figures = {(q["kind"], q["best"]) for e in evs for q in e["quantities"]}
    assert ("injuries", 1) not in figures, figures


def test_a_raid_that_arrests_is_one_arrest_event(extract_text):
    evs = _events(extract_text, "Police searched a house in Narathiwat's Rueso district and detained three men, the "
                                "army said.", published="2024-01-22")
    assert _subs(evs) == ["Arrests"], [(e["trigger"], e["acled"]) for e in evs]
    evs = _events(extract_text, "Soldiers raided a house in the village and arrested two suspects, police said.",
                  published="2024-01-22")
    assert _subs(evs) == ["Arrests"], [(e["trigger"], e["acled"]) for e in evs]


def test_a_raid_that_kills_stays_an_event_of_its_own(extract_text):
    evs = _events(extract_text, "Soldiers raided a rebel camp near Gao and killed six fighters, then arrested two "
                                "others, the army said.", published="2024-01-22")
    assert "Armed clash" in _subs(evs) or "Attack" in _subs(evs), [(e["trigger"], e["acled"]) for e in evs]


def test_shot_dead_read_as_a_noun_is_still_a_killing(extract_text):
    # the small tagger reads "shot" as a noun after "on a motorcycle": the killing is told all the same
    evs = _events(extract_text, "Gunmen on a motorcycle shot dead a teacher in Yala on Monday, police said.",
                  published="2024-01-22")
    assert _subs(evs) == ["Attack"], [(e["trigger"], e["acled"]) for e in evs]
    [ev] = evs
    assert [a["sector"] for a in in_role(ev, "actor1")] == ["UAG"], ev["actors"]
    assert {(q["kind"], q["best"]) for q in ev["quantities"]} == {("fatalities", 1)}, ev["quantities"]


def test_a_village_headman_shot_dead_is_one_dead(extract_text):
    evs = _events(extract_text, "Gunmen shot dead a village headman in Yala province on Monday, police said.",
                  published="2024-01-22")
    assert {(q["kind"], q["best"]) for e in evs for q in e["quantities"]} == {("fatalities", 1)}, evs
