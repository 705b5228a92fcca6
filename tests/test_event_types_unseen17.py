"""Event types on invented reports (session 27, h3): going into a building, a compound or a site is no territory
taken (ACLED's territory events are a place's control changing hands); going into a town or a village still is.
Every sentence is made up for this file."""

from __future__ import annotations

from conftest import events_of, sub_types

_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


def test_troops_entering_a_hospital_compound_take_no_territory(extract_text):
    evs = events_of(extract_text, "RAFAH (Levant Monitor) - Israeli troops entered the compound of the Al-Najjar "
                                  "hospital in Rafah on Monday, health officials said.", published="2026-04-14")
    assert not _TERRITORY & set(sub_types(evs)), sub_types(evs)


def test_rebels_entering_the_premises_of_a_company_take_no_territory(extract_text):
    evs = events_of(extract_text, "BUKAVU, DR Congo (Kivu Dispatch) - Rebels entered the premises of a mining "
                                  "company near Kamituga on Tuesday, residents said.", published="2026-04-14")
    assert not _TERRITORY & set(sub_types(evs)), sub_types(evs)


def test_entering_a_building_in_a_named_city_takes_no_territory(extract_text):
    # ("city" in the place's name is no object of the verb)
    evs = events_of(extract_text, "KHARTOUM, Sudan (Nile Ledger) - Paramilitary fighters entered a school building "
                                  "in Omdurman city on Wednesday, witnesses said.", published="2026-04-14")
    assert not _TERRITORY & set(sub_types(evs)), sub_types(evs)


def test_rebels_entering_a_town_still_take_it(extract_text):
    evs = events_of(extract_text, "BUKAVU, DR Congo (Kivu Dispatch) - Rebels entered the town of Kamituga on "
                                  "Tuesday after government troops withdrew, residents said.", published="2026-04-14")
    assert "Non-state actor overtakes territory" in sub_types(evs), sub_types(evs)


def test_a_raid_with_arrests_is_typed_by_the_arrests(extract_text):
    evs = events_of(extract_text, "NABLUS (Levant Monitor) - Soldiers entered a house in Nablus on Thursday and "
                                  "arrested three men, the Palestinian news agency said.", published="2026-04-14")
    assert sub_types(evs) == ["Arrests"], sub_types(evs)


# a lead that sums up what later paragraphs tell place by place


def _tolls(evs):
    return [(e["locations"][0]["name"] if e["locations"] else None,
             sorted(q["best"] for q in e["quantities"] if q["kind"] == "fatalities")) for e in evs]


def test_a_lead_summing_the_attacks_told_village_by_village_is_no_event_of_its_own(extract_text):
    evs = events_of(extract_text, "JOS, Nigeria (Plateau Herald) - Attacks on two villages in Plateau State killed "
                                  "15 people on Saturday, officials said.\n\nIn Bokkos, gunmen killed nine farmers. In "
                                  "Mangu, six villagers were shot dead, a community leader said.", published="2026-04-14")
    # 9 + 6 = 15: the lead's dead are the villages' dead, counted once, each at its village
    assert sorted(t for _, ts in _tolls(evs) for t in ts) == [6, 9], _tolls(evs)
    assert {name for name, _ in _tolls(evs)} == {"Bokkos", "Mangu"}, _tolls(evs)


def test_a_lower_bound_toll_summed_by_the_details(extract_text):
    evs = events_of(extract_text, "JOS, Nigeria (Plateau Herald) - Gunmen killed at least 20 people in attacks on "
                                  "villages in Plateau State on Sunday, officials said.\n\nIn Bokkos, the attackers "
                                  "killed 12 people. In Mangu, eight villagers were killed, a local leader said.",
                    published="2026-04-14")
    assert sorted(t for _, ts in _tolls(evs) for t in ts) == [8, 12], _tolls(evs)


def test_a_lead_whose_details_fall_short_stays_and_swallows_none(extract_text):
    # 9 + 6 is not 20: a village is left untold; the lead keeps its toll, and the first village is its own event
    evs = events_of(extract_text, "JOS, Nigeria (Plateau Herald) - Attacks on three villages in Plateau State killed "
                                  "20 people on Saturday, officials said.\n\nIn Bokkos, gunmen killed nine farmers. In "
                                  "Mangu, six villagers were shot dead, a community leader said.", published="2026-04-14")
    tolls = _tolls(evs)
    assert ("Bokkos", [9]) in tolls and ("Mangu", [6]) in tolls, tolls
    assert any(ts == [20] for _, ts in tolls), tolls


def test_two_separate_attacks_with_no_summing_lead_stay_two(extract_text):
    evs = events_of(extract_text, "JOS, Nigeria (Plateau Herald) - Gunmen killed 14 people in Bokkos on Sunday, "
                                  "officials said.\n\nOn the same day, attackers killed eight villagers in Mangu and "
                                  "six in Riyom, residents said.", published="2026-04-14")
    assert 14 in [t for _, ts in _tolls(evs) for t in ts], _tolls(evs)


# a relative clause's act is done by the relative pronoun's antecedent


def _sides(ev):
    return sorted((a["role"], a["name"]) for a in ev["actors"] if a["role"] in ("actor1", "actor2"))


def test_the_gunmen_who_attacked_are_its_attackers_and_the_soldiers_who_killed_them_the_other_side(extract_text):
    evs = events_of(extract_text, "MAKURDI, Nigeria (Savannah Times) - Soldiers killed five gunmen who had attacked a "
                                  "police post near Otukpo on Friday, the army said.", published="2026-04-14")
    [ev] = evs
    assert ("actor1", "gunmen") in _sides(ev) and ("actor1", "Soldiers") not in _sides(ev), _sides(ev)
    assert [q["best"] for q in ev["quantities"] if q["kind"] == "fatalities"] == [5]


def test_the_police_who_arrest_attackers_did_not_attack(extract_text):
    evs = events_of(extract_text, "LAGOS, Nigeria (Savannah Times) - Police arrested three men who attacked a "
                                  "minibus near Epe on Sunday, a spokesman said.", published="2026-04-14")
    attack = [e for e in evs if e["trigger"] == "attacked"]
    assert attack and ("actor1", "Police") not in _sides(attack[0]), [(_sides(e), e["trigger"]) for e in evs]
