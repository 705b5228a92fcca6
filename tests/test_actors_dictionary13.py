"""Actors, session 15 (h11): what is taken is no party ("regained control of the village of X from the militia");
"mostly women" describes people named before; a bare "officers" in a police story whose other force is "security
forces"; armed dissidents and armed or suspected herders; a casualty count is no part of the party's name; the
group names' regexes compiled on first use. Sentences are made up."""
from conftest import events_of, in_role, prepared_doc, span_mention


def test_what_was_retaken_is_no_party(extract_text):
    evs = events_of(extract_text, "KINSHASA, 10 March 2025 -- The Congolese army regained control of the village "
                                  "of Kibali from the militia on Sunday after two days of fighting, a military "
                                  "spokesman said.")
    names = [a["name"] for e in evs for a in e["actors"]]
    assert not any("control" in n for n in names), names
    [ev] = [e for e in evs if e["acled"]["sub_event_type"] == "Government regains territory"]
    assert [(a["name"], a["sector"]) for a in in_role(ev, "actor2")] == [("the militia", "MLT")]


def test_mostly_women_describes_the_people_named_before(nlp, extract_text):
    text = "ABUJA, 10 March 2025 -- Gunmen abducted 40 villagers, mostly women, from a farm in Kaduna state on Monday."
    assert span_mention(nlp, text, "mostly women") is None
    evs = events_of(extract_text, text)
    assert evs and not any("mostly" in a["name"] for e in evs for a in e["actors"])
    assert all(a["sector"] != "CVL" for e in evs for a in in_role(e, "actor1"))


def test_officers_are_police_when_the_other_force_is_security_forces(nlp):
    text = ("MEXICO CITY, 10 March 2025 -- Gunmen ambushed a police patrol in Michoacan state on Monday, killing "
            "seven officers, the state prosecutor said. Security forces launched a search for the attackers.")
    assert span_mention(nlp, text, "seven officers").sector == "POL"
    # an army named in the story keeps a bare rank the army's
    text = ("MEXICO CITY, 10 March 2025 -- Gunmen ambushed a police patrol in Michoacan state on Monday, killing "
            "seven officers, the state prosecutor said. Army troops launched a search for the attackers.")
    assert span_mention(nlp, text, "seven officers").sector == "MIL"


def test_armed_dissidents_are_rebels_dissidents_alone_are_not():
    from sitrep.actors import sector_of

    assert sector_of("armed dissidents") == "REB"
    assert sector_of("the dissident fighters") == "REB"
    assert sector_of("dissidents") == "CVL"


def test_armed_or_suspected_herders_attack(extract_text):
    from sitrep.actors import sector_of

    assert sector_of("armed herders") == "MLT" and sector_of("suspected herdsmen") == "MLT"
    assert sector_of("herders") == "CVL"
    evs = events_of(extract_text, "JOS, 10 March 2025 -- Suspected herders killed 12 villagers in an attack on a "
                                  "village in Plateau state on Monday, police said.")
    [ev] = evs
    assert [(a["name"], a["sector"]) for a in in_role(ev, "actor1")] == [("Suspected herders", "MLT")]
    # the people they killed are the other side, no longer folded into the attackers as one civilian party
    assert [(a["name"], a["sector"]) for a in in_role(ev, "actor2")] == [("villagers", "CVL")]


def test_a_casualty_count_is_no_part_of_the_partys_name(extract_text):
    evs = events_of(extract_text, "MANILA, 10 March 2025 -- Troops killed 12 insurgents in a raid near Jolo in Sulu "
                                  "province on Monday, the military said. Six people were killed in the fighting "
                                  "in Basilan, officials said.")
    names = [a["name"] for e in evs for a in e["actors"]]
    assert not any(n[:1].isdigit() or n.lower().startswith(("six ", "at least", "over ")) for n in names), names
    [a2] = [a for e in evs for a in in_role(e, "actor2") if a["sector"] == "REB"]
    assert a2["name"] == "insurgents" and a2["country"] == "PHL"
    # the figure stays the event's figure
    assert any(q["best"] == 12 for e in evs for q in e["quantities"])
    evs = events_of(extract_text, "KHARTOUM, 10 March 2025 -- An air strike killed at least 15 civilians in a market "
                                  "in El Fasher on Monday, activists said.")
    assert [a["name"] for e in evs for a in in_role(e, "actor2")] == ["civilians"]


def test_a_units_number_stays_in_its_name(nlp):
    from sitrep.actors import _count_end

    doc = prepared_doc(nlp, "The 2 Division said two of its soldiers were wounded near the 101 Battalion's base.")
    assert {"The 2 Division"} <= {m.text for m in doc._.actor_mentions}
    assert all(_count_end(doc, m) is None for m in doc._.actor_mentions)
    doc = prepared_doc(nlp, "Gunmen killed at least 80 people and over 1,200 families fled.")
    cut = {m.text: doc[_count_end(doc, m):m.end].text for m in doc._.actor_mentions if _count_end(doc, m)}
    assert cut == {"at least 80 people": "people", "over 1,200 families": "families"}, cut


def test_group_names_compile_on_first_use():
    from sitrep import actors

    actors._named_groups.cache_clear()
    actors._groups.cache_clear()
    actors._group_first_words.cache_clear()
    actors.named_group.cache_clear()
    groups = actors._named_groups()
    assert len(groups) > 100 and not any(rx._rx is not None for _, rx, _, _ in groups)
    assert actors.named_group("fighters of the Houthis said") == ("YEM", "REB")
    compiled = sum(rx._rx is not None for _, rx, _, _ in groups)
    assert 1 <= compiled < len(groups) // 10
