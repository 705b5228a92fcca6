"""New-user pass 19 (session 26, h7): invented conflict reports from South Sudan, Burkina Faso's Est, Ituri and
Mozambique's Niassa read as an analyst would -- a group's name cut at an opening bracket whose partner lies outside,
an aircraft that "came under fire" (the side hit, not an air strike), and the province of a village the gazetteer
lacks carried into an export's admin1 column. Sentences are made up."""
from sitrep.export import admin1_name


def _events(extract_text, text, published="2026-08-11"):
    return extract_text(text, published=published).to_json()["events"]


def test_a_groups_name_keeps_no_bracket_opened_at_its_end(extract_text):
    text = ("OUAGADOUGOU, Aug 11, 2026 - \"Twelve soldiers and Volunteers for the Defence of the Homeland (VDP) "
            "died in the ambush near Pama,\" a security source said.")
    names = [a["name"] for e in _events(extract_text, text) for a in e["actors"]]
    assert names, names
    assert not any(n.rstrip().endswith("(") or "(" in n and ")" not in n for n in names), names


def test_an_aircraft_that_came_under_fire_is_the_side_hit(extract_text):
    text = ("JUBA, March 6, 2026 - A cargo helicopter of the World Food Programme came under fire near Akobo on "
            "Tuesday, wounding its pilot, aid workers said.")
    evs = _events(extract_text, text, published="2026-03-06")
    assert len(evs) == 1, evs
    ev = evs[0]
    assert ev["acled"]["sub_event_type"] != "Air/drone strike", ev["acled"]
    assert not any(a["role"] == "actor1" and "helicopter" in a["name"] for a in ev["actors"]), ev["actors"]
    assert any(a["role"] == "actor2" and "helicopter" in a["name"] for a in ev["actors"]), ev["actors"]


def test_an_unknown_villages_province_reaches_the_export(extract_text):
    text = ("MAPUTO, Oct 21, 2026 - Insurgents burned homes in the village of Ntanguassi in Niassa province on "
            "Saturday, a local official said.")
    evs = _events(extract_text, text, published="2026-10-21")
    locs = [loc for e in evs for loc in e["locations"] if loc["geonameid"] is None]
    assert locs, evs
    assert admin1_name(locs[0]) == "Niassa", locs


def test_part_of_a_groups_written_name_is_no_party_of_its_own(extract_text):
    # ("the Development of Congo", which the tagger finds inside the name, is no state actor of the Republic of Congo)
    text = ("BUNIA, DR Congo, 10 November 2026 - Fighters of the Union for the Liberation of Congo (ULC) killed nine "
            "villagers near Fataki on Sunday, local officials said.")
    evs = _events(extract_text, text, published="2026-11-10")
    assert evs, evs
    actors = [(a["name"], a["role"]) for e in evs for a in e["actors"]]
    assert not any(r == "associated" and n.startswith("the Liberation") for n, r in actors), actors


def test_a_news_agency_a_claim_was_made_through_is_no_party(extract_text):
    text = ("MAPUTO, Oct 21, 2026 - Insurgents attacked the village of Ntanguassi in Niassa province on Sunday, killing "
            "four people.\n\nIslamic State's Central Africa Province claimed the attack through its Amaq news agency, "
            "saying its fighters had killed \"Christians\" in Niassa.")
    evs = _events(extract_text, text, published="2026-10-21")
    assert evs, evs
    assert not any("news agency" in a["name"] for e in evs for a in e["actors"]), [e["actors"] for e in evs]


def test_a_day_glued_to_the_subject_is_no_part_of_its_name(extract_text):
    # (the parser reads "On Sunday insurgents" as "on" + a noun "Sunday insurgents")
    text = ("MAPUTO, Oct 21, 2026 - On Sunday insurgents attacked the village of Ntanguassi in Niassa province, "
            "killing four people, residents said.")
    evs = _events(extract_text, text, published="2026-10-21")
    assert len(evs) == 1, evs
    first = [a["name"] for a in evs[0]["actors"] if a["role"] == "actor1"]
    assert first == ["insurgents"], evs[0]["actors"]
    assert evs[0]["date"] == "2026-10-18", evs[0]["date"]
