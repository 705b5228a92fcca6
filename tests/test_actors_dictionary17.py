"""Actors on invented articles (session 18, h7): a landmark that places the spot hit ("a checkpoint near the Somali
parliament") is no party, while a patrol a bomb goes off near is the one hit; the flag a ship flies ("a
Liberian-flagged tanker") is no party of its own; "the group" with no name is the armed group named just before,
unless another body is named since. Sentences are made up."""
from conftest import events_of, in_role


def test_a_landmark_near_the_spot_hit_is_no_party(extract_text):
    evs = events_of(extract_text, "A car bomb exploded at a checkpoint near the Somali parliament in Mogadishu on "
                                  "Sunday, killing nine people, police said.", published="2026-11-10")
    assert evs
    names = [a["name"] for e in evs for a in e["actors"]]
    assert not any("parliament" in n or n == "Somali" for n in names), names


def test_a_flag_is_no_party(extract_text):
    evs = events_of(extract_text, "Houthi forces fired a missile at a Liberian-flagged tanker in the Gulf of Aden "
                                  "late on Sunday, a maritime agency said.", published="2026-11-10")
    assert evs
    assert not any(a["country"] == "LBR" and a["role"] == "actor1" for e in evs for a in e["actors"]), \
        [e["actors"] for e in evs]


def test_the_group_is_the_armed_group_named_before(extract_text):
    evs = events_of(extract_text, "US aircraft struck Houthi radar sites near Hodeidah overnight, hours after the "
                                  "group fired two missiles at a Liberian-flagged tanker in the Red Sea.",
                    published="2026-11-10")
    fired = [e for e in evs if e["trigger"] == "fired"]
    assert fired, [(e["trigger"], e["actors"]) for e in evs]
    assert [(a["country"], a["sector"]) for a in in_role(fired[0], "actor1")] == [("YEM", "REB")], fired[0]["actors"]


def test_the_group_after_another_body_is_not_resolved(nlp):
    from sitrep.actors import _group_told_before
    text = "Houthi fighters seized a ship on Monday. Amnesty International condemned the seizure. The group said more."
    doc = nlp(text)
    assert _group_told_before(doc, text.index("The group")) is None
    text2 = "Houthi fighters seized a ship on Monday. The group said more."
    assert _group_told_before(nlp(text2), text2.index("The group")) == ("YEM", "REB")


def test_the_people_a_running_toll_counts_are_no_attackers(extract_text):
    evs = events_of(extract_text, "BENI, Democratic Republic of Congo (Kivu Times) - Rebels killed nine villagers in "
                                  "Oicha on Tuesday, the administrator said.\n\nThe killings bring to more than 150 "
                                  "the number of civilians killed in the territory since January, a local monitor "
                                  "said.", published="2026-05-07")
    assert evs
    assert not any(a["sector"] == "CVL" and a["role"] == "actor1" for e in evs for a in e["actors"]), \
        [e["actors"] for e in evs]
    assert not any("number" in a["name"] for e in evs for a in e["actors"]), [e["actors"] for e in evs]
