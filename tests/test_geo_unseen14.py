"""Places of events on invented articles (session 18, h7): where fighters withdrew to ("before withdrawing towards
the Mali border") is no place of the fight nor the fighters' country, and a strike on "fleeing fighters near X" is
at X (fleeing makes no destination of a place they were hit near). Sentences are made up."""
from conftest import events_of


def test_a_withdrawal_towards_a_border_is_no_place_of_the_fight(extract_text):
    evs = events_of(extract_text, "DJIBO, Burkina Faso (Sahel Wire) - Gunmen attacked the army camp in Djibo late on "
                                  "Saturday and fought the garrison for two hours before withdrawing towards the Niger "
                                  "border, residents said.", published="2026-03-16")
    assert evs
    assert not any(loc["country"] == "NE" for e in evs for loc in e["locations"]), [e["locations"] for e in evs]
    assert not any(a["country"] == "NER" for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_fleeing_fighters_struck_near_a_town_are_struck_there(extract_text):
    evs = events_of(extract_text, "OUAGADOUGOU, Burkina Faso (Sahel Wire) - Army drones struck a column of fleeing "
                                  "fighters near Djibo on Sunday, the army said.", published="2026-03-16")
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert [loc["name"] for loc in ev["locations"]] == ["Djibo"], ev["locations"]
