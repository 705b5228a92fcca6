"""Codebooks: the files load, agree with each other, and the lookups give ACLED/PLOVER names."""
import pytest

from sitrep import codebooks as cb


def test_label_sets():
    labels = cb.case_labels()
    assert len(labels) == len(set(labels)) == 30
    assert len(cb.acled25_labels()) == 25
    assert set(cb.acled28_labels()) - set(cb.acled25_labels()) == {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
    assert set(labels) - set(cb.acled28_labels()) == {"DIPLO", "ATTRIB"}


def test_load_is_cached():
    assert cb.load() is cb.load()


def test_acled_and_plover_lookups():
    assert cb.acled_for("ARREST") == ("Strategic developments", "Arrests")
    assert cb.acled_for("SUIC_BOMB") == ("Explosions/Remote violence", "Suicide bomb")
    assert cb.acled_for("MOB_VIOL") == ("Riots", "Mob violence")
    assert cb.acled_for("DIPLO") == (None, None)
    assert cb.plover_for("ARREST") == ("COERCE", "arrest")
    assert cb.plover_for("PEACE_PROTEST") == ("PROTEST", "demo")
    assert cb.plover_for("VIOL_DEMONSTR") == ("PROTEST", "riot")
    assert cb.plover_for("NATURAL_DISASTER") == (None, None)
    with pytest.raises(KeyError):
        cb.acled_for("NOT_A_LABEL")


def test_every_acled_label_round_trips_through_the_acled_codebook():
    books = cb.load()
    seen = set()
    for et in books.acled["event_types"]:
        for st in et["sub_event_types"]:
            assert cb.acled_for(st["case"]) == (et["name"], st["name"])
            seen.add(st["case"])
    assert seen == set(cb.acled25_labels())
    assert len({et["name"] for et in books.acled["event_types"]}) == 6


def test_plover_mapping_uses_only_codebook_names():
    events = cb.load().plover["events"]
    assert len(events) == 16
    for label in cb.case_labels():
        event, mode = cb.plover_for(label)
        if event:
            assert event in events
            assert mode is None or mode in events[event]["modes"]
        for ctx in cb.plover_context_for(label):
            assert ctx in cb.load().plover["contexts"]
    # every violent ACLED type is a PLOVER ASSAULT, COERCE or PROTEST
    for label in cb.acled25_labels():
        event_type = cb.acled_for(label)[0]
        if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            assert cb.plover_for(label)[0] in ("ASSAULT", "COERCE")


def test_legacy_plover_events():
    assert cb.legacy_plover_event("DEMAND") == "REQUEST"
    assert cb.legacy_plover_event("FIGHT") == "ASSAULT"
    assert cb.legacy_plover_event("DISAPPROVE") == cb.legacy_plover_event("INVESTIGATE") == "ACCUSE"
    assert cb.legacy_plover_event("agree") == "AGREE"
    assert cb.legacy_plover_event("DOCUMENT") is None
    assert set(cb.load().plover["legacy_events"].values()) == set(cb.plover_events())


def test_interaction_codes():
    assert cb.interaction_code("MIL", "ARM", "MIL", "AZE") == (11, "State forces-State forces")
    assert cb.interaction_code("REB", None, "MIL", "NGA") == (12, "State forces-Rebel group")
    assert cb.interaction_code("PRO", None, None, None) == (60, "Protesters only")
    assert cb.interaction_code("MIL", "RUS", "CVL", "UKR", event_country="UKR") == (78, "Civilians-External/Other forces")
    assert cb.interaction_code("MIL", "UKR", "CVL", "UKR", event_country="UKR")[0] == 17
    assert cb.interaction_code(None, None, None, None) == (None, None)


def test_definitions_are_present():
    for label in cb.case_labels():
        assert len(cb.definition(label).split()) >= 5, label


@pytest.mark.parametrize("text,code", [
    ("Iraqi police", "IRQ"),
    ("US forces", "USA"),
    ("United Nations peacekeepers", "IGO"),
    ("Red Cross operating in Iraq", "IGO"),
    ("Ivory Coast's Supreme Court", "CIV"),
    ("Greek-Cypriot", "GRC"),
    ("Vietnamese-led forces", "VNM"),
    ("President Kagame", "RWA"),
    ("Hezbollah", "LBN"),
    ("rebels in Darfur", "SDN"),
    ("Afganistan", "AFG"),  # one typo away from a known name
    ("Christian missionary from Calgary", "CAN"),  # a large city
])
def test_actor_country(text, code):
    assert cb.actor_country(text) == code


def test_actor_country_needs_capitals_for_acronyms_and_falls_back_to_context():
    assert cb.actor_country("tell us") is None
    assert cb.actor_country("hostage-takers") is None
    sentence = "Gunmen holding the hostage-takers' prisoners near Mosul released two of them."
    assert cb.actor_country("hostage-takers", sentence, sentence.find("hostage")) == "IRQ"


@pytest.mark.parametrize("event,mode,text,expected", [
    ("DEMAND", None, None, "REQUEST"),
    ("FIGHT", "heavy-weapons", "shelled the town", "ASSAULT"),
    ("DISAPPROVE", None, "condemned", "ACCUSE"),
    ("COERCE", "destroy", "torched the depot", "ASSAULT"),       # CAMEO 1712 is ASSAULT in 2021
    ("COERCE", "detain", "abducted", "ASSAULT"),                 # 181
    ("COERCE", "arrest", "arrested", "COERCE"),
    ("CONCEDE", None, "relaxed the curfew", "RETREAT"),          # 0813
    ("CONCEDE", None, "accepted the reform demands", "CONCEDE"),
    ("CONCEDE", None, None, "CONCEDE"),                          # no event text: the name alone decides
    ("RETREAT", "", "stepped down", "CONCEDE"),                  # 0831
    ("RETREAT", "", "freed the hostages", "RETREAT"),
    ("SANCTION", None, "imposed an arms embargo", "COERCE"),     # 163
    ("SANCTION", None, "recalled its ambassador", "SANCTION"),
    ("FIGHT", None, "sealed the borders", "COERCE"),             # 191
    ("DOCUMENT", None, None, None),
])
def test_legacy_plover_refinements(event, mode, text, expected):
    assert cb.legacy_plover_event(event, mode, text) == expected


def test_legacy_refinements_are_consistent():
    books = cb.load()
    for rule in books.plover["legacy_refinements"]:
        assert rule["event"] in books.plover["legacy_events"] and rule["to"] in books.plover["events"]
        assert ("mode" in rule) != ("text" in rule) and rule["cameo"]
