"""Actors on invented articles (session 27, h10): the tail of a country's longer name ("Congo" of "the Democratic
Republic of Congo") is no party of its own, least of all the other Congo. Sentences are made up."""
from conftest import events_of


def test_the_tail_of_a_countrys_long_name_is_no_party(extract_text):
    evs = events_of(extract_text, "In eastern Democratic Republic of Congo, M23 rebels and army troops clashed near "
                                  "Sake on Monday, local officials said.", published="2026-11-20")
    assert evs
    actors = [(a["name"], a["country"]) for e in evs for a in e["actors"]]
    assert not any(c == "COG" for _, c in actors), actors
    assert not any(n == "Congo" for n, _ in actors), actors


def test_a_regions_counter_terrorism_department_is_its_states_police(nlp):
    # (in a story whose other places lie in Yemen: the body is Iraq's, by the region it is of)
    from sitrep.actors import sector_of
    assert sector_of("the Kurdistan Region's Counter-Terrorism Department") == "POL"
    assert sector_of("an anti-terrorism squad") == "POL"


def test_a_regions_body_takes_the_regions_country(extract_text):
    rec = extract_text("SANAA - Yemen's Houthis fired a missile at a ship off Hodeidah on Monday. In Iraq, the "
                       "Kurdistan Region's Counter-Terrorism Department said it had shot down a drone near Erbil.",
                       published="2026-11-20").to_json()
    who = [(c["claimant"]["name"], c["claimant"]["country"]) for c in rec["claims"]]
    ctd = [c for n, c in who if "Counter-Terrorism" in n]
    assert ctd and all(c == "IRQ" for c in ctd), who


def test_tribal_fighters_are_a_militia_not_rebels():
    from sitrep.actors import sector_of
    assert sector_of("tribal fighters") == "MLT"
    assert sector_of("armed tribesmen") == "MLT"
    assert sector_of("fighters") == "REB"
