"""Figures on invented articles (session 27, h3): a party's own count of the dead told as the toll of an event the
article already reported ("... died in the bombing", "... in the raid", "... in Saturday's attack") is a second
figure of that event, not an event of its own; the claim that gives it, with its speaker, links to that event.
Every sentence is made up for this file."""

from __future__ import annotations

from conftest import events_of, figures_runner

figures = figures_runner("2026-04-14T10:00:00+00:00")


def _deaths(evs):
    return {e["trigger"]: sorted(q["best"] for q in e["quantities"] if q["kind"] == "fatalities") for e in evs}


def _claim_event(rec: dict, words: str) -> str | None:
    return next(c["event"] for c in rec["claims"] if words in c["text"])


def test_a_party_counts_its_own_dead_in_the_bombing(extract_text):
    rec = extract_text("KASSALA, Sudan (Nile Ledger) - Army jets bombed a militia base near Wad Madani on Thursday, the "
                       "defence ministry said, adding that 20 fighters were killed.\n\nThe militia said in a statement "
                       "that seven of its men had died in the bombing.", published="2026-03-02").to_json()
    evs = rec["events"]
    assert len(evs) == 1, _deaths(evs)
    assert _deaths(evs) == {"bombed": [7, 20]}, _deaths(evs)
    [ev] = evs
    # the bombing stays the ministry's report; the militia's count is its claim, linked to the bombing
    assert ev["status"] == "reported" and [s["name"] for s in ev["sources"]][-1] == "defence ministry", ev["sources"]
    assert _claim_event(rec, "seven of its men") == ev["id"]


def test_the_armys_count_of_enemy_dead_in_the_raid_stands_beside_the_residents(extract_text):
    rec = extract_text("GAO, Mali (Sahel Courier) - Soldiers raided the village of Tessit on Tuesday, killing seven "
                       "people, residents said.\n\nThe army said its troops killed 15 terrorists in the raid.",
                       published="2026-04-14").to_json()
    evs = rec["events"]
    assert _deaths(evs) == {"raided": [7, 15]}, _deaths(evs)
    [ev] = evs
    assert [s["name"] for s in ev["sources"]][-1] == "residents", ev["sources"]
    assert _claim_event(rec, "15 terrorists") == ev["id"]


def test_a_claimed_toll_in_the_attack_goes_to_the_nearest_attack_told_before(extract_text):
    # two attacks told: "the attack" is the one told last (a reader resolves the definite noun to the nearest)
    evs = events_of(extract_text, "MOPTI, Mali (Sahel Courier) - Gunmen attacked a bus near Bandiagara on Friday, "
                                  "killing four passengers, a local official said.\n\nOn Saturday, militants attacked "
                                  "an army camp in Douentza, killing two soldiers, the army said. JNIM said its "
                                  "fighters killed 10 soldiers in the attack.", published="2026-04-14")
    assert len(evs) == 2, _deaths(evs)
    assert [sorted(q["best"] for q in e["quantities"] if q["kind"] == "fatalities") for e in evs] == [[4], [2, 10]]


def test_a_toll_in_saturdays_attack_goes_to_the_attack_of_that_day(extract_text):
    # the day names which: Saturday's attack is the first told, not the nearest
    evs = events_of(extract_text, "MOPTI, Mali (Sahel Courier) - Militants attacked an army camp in Douentza on "
                                  "Saturday, killing two soldiers, the army said. On Sunday, gunmen attacked a bus near "
                                  "Bandiagara, killing four passengers, a local official said.\n\nThe militants said in "
                                  "a statement that 10 soldiers died in Saturday's attack.", published="2026-04-14")
    assert len(evs) == 2, _deaths(evs)
    assert [sorted(q["best"] for q in e["quantities"] if q["kind"] == "fatalities") for e in evs] == [[2, 10], [4]]


def test_a_claimed_toll_with_no_told_event_named_stays_its_own_claim(extract_text):
    # "the BLA said its fighters killed 18 soldiers" names no event told: the two accounts stay two events
    evs = events_of(extract_text, "QUETTA, Pakistan (Indus Daily) - Gunmen killed nine passengers on a bus near Mach "
                                  "on Monday, officials said.\n\nThe BLA said its fighters killed 18 soldiers near "
                                  "Mach.", published="2026-04-14")
    assert len(evs) == 2, _deaths(evs)


# quoted verbs and security-force words for killing


def _one(evs):
    assert len(evs) == 1, [(e["trigger"], e["quantities"]) for e in evs]
    return evs[0]


def test_eliminated_armed_men_are_dead(extract_text):
    ev = _one(events_of(extract_text, "ISLAMABAD, Pakistan (Indus Daily) - In a separate operation, soldiers "
                                      "eliminated five insurgents near Tank on Thursday, the military said.",
                        published="2026-04-14"))
    assert [(q["kind"], q["best"]) for q in ev["quantities"]] == [("fatalities", 5)], ev["quantities"]


def test_eliminated_posts_are_no_dead(figures):
    assert "fatalities" not in [q.kind for q in figures("The ministry eliminated 400 posts in its Kandahar office.")]


def test_executed_hostages_are_dead_not_taken(extract_text):
    ev = _one(events_of(extract_text, "ZINDER, Niger (Sahel Courier) - Kidnappers executed two hostages near Tessaoua "
                                      "on Sunday, the governor said.", published="2026-04-14"))
    assert [(q["kind"], q["best"]) for q in ev["quantities"]] == [("fatalities", 2)], ev["quantities"]


def test_a_verb_in_single_quotes_keeps_its_object_as_the_side_hit(extract_text):
    # the parser reads "'eliminated' six militants" as a participle with an attribute
    for marks in ("''", "\u2018\u2019"):
        text = (f"MAIDUGURI, Nigeria (Lake Chad Post) - Troops {marks[0]}eliminated{marks[1]} six militants near "
                "Gwoza on Monday, the army said.")
        ev = _one(events_of(extract_text, text, published="2026-04-14"))
        assert [a["name"] for a in ev["actors"] if a["role"] == "actor2"] == ["militants"], ev["actors"]
        assert [q["best"] for q in ev["quantities"] if q["kind"] == "fatalities"] == [6]


def test_a_party_named_after_a_quoted_verb_does_not_open_with_its_closing_mark(extract_text):
    ev = _one(events_of(extract_text, 'KANO, Nigeria (Savannah Times) - The army said it had "neutralised" nine '
                                      '"bandits" near Gusau on Monday.', published="2026-04-14"))
    assert all(not a["name"].startswith('"') for a in ev["actors"]), ev["actors"]
    assert [q["best"] for q in ev["quantities"] if q["kind"] == "fatalities"] == [9]
