"""Actors, session 7: speakers' countries and sectors from titles, state institutions by their own names, listed
officials and armed groups, and the words that must not become actors. Sentences are made up for the tests; the
names in them are public dictionary facts (`data/codebooks/actor_countries.yaml`, `data/actors/actors.yaml`)."""
import re

import pytest
import yaml


def _mention(nlp, text, words):
    """The widest actor mention whose text contains `words`."""
    doc = nlp(text)
    found = [m for m in doc._.actor_mentions if words in m.text]
    assert found, f"no mention containing {words!r}: {[m.text for m in doc._.actor_mentions]}"
    return max(found, key=lambda m: m.end - m.start)


def _claimant(extract_text, text, words):
    rec = extract_text(text)
    found = [c for c in rec.claims if words in c.text]
    assert found, f"no claim containing {words!r}: {[c.text for c in rec.claims]}"
    return found[0].claimant


# ------------------------------------------------------------------------------------------- titles of a country

@pytest.mark.parametrize("text, words", [
    ("The Polish prime minister said the drones had crossed the border at night.", "prime minister"),
    ("Poland's prime minister said the drones had crossed the border at night.", "prime minister"),
])
def test_a_title_of_a_country_gives_that_country(nlp, text, words):
    m = _mention(nlp, text, words)
    assert (m.country, m.sector) == ("POL", "GOV")


def test_a_spokesman_for_a_countrys_army_speaks_for_its_army(extract_text):
    who = _claimant(extract_text, "A spokesman for the Sudanese army said the paramilitaries had shelled a market "
                    "in the east of the city.", "shelled a market")
    assert (who["country"], who["sector"]) == ("SDN", "MIL")


def test_a_listed_leader_named_with_a_title_gives_the_leaders_country(extract_text):
    who = _claimant(extract_text, "Prime Minister Donald Tusk said three drones had entered the country's airspace "
                    "from the east.", "three drones")
    assert who["country"] == "POL"


def test_a_lone_listed_surname_is_a_person_of_that_country_not_the_state(nlp):
    m = _mention(nlp, "Kanaani said the talks had been useful.", "Kanaani")
    assert (m.country, m.sector) == ("IRN", "GOV")
    m = _mention(nlp, "Tangsiri said the boats had been on a routine patrol.", "Tangsiri")
    assert (m.country, m.sector) == ("IRN", "MIL")  # a listed commander


def test_a_first_name_the_gazetteer_takes_for_a_town_does_not_give_its_country(nlp):
    """"Aden Farah Warsame": Aden is the minister's first name, not the Yemeni port."""
    from sitrep.actors import mention_for

    doc = nlp("Jubaland's security minister, Aden Farah Warsame, accused Mogadishu of flying troops to the area.")
    span = doc.char_span(0, doc.text.index(", accused"), alignment_mode="expand")
    m = mention_for(doc, span)
    assert m is not None and m.country == "SOM"


# ------------------------------------------------------------------------------------ institutions by own name

@pytest.mark.parametrize("sentence, words, expected", [
    ("The Knesset approved the bill late on Monday.", "Knesset", ("ISR", "GOV")),
    ("Rosgvardia said its officers had detained three men.", "Rosgvardia", ("RUS", "POL")),
    ("The SBU said it had detained an agent in the port.", "SBU", ("UKR", "POL")),
    ("The ISI had warned of the plot, officials said.", "ISI", ("PAK", "MIL")),
    ("The KDF said it had repelled the attack near the border.", "KDF", ("KEN", "MIL")),
    ("The FARDC said it had retaken the hill.", "FARDC", ("COD", "MIL")),
    ("The Quai d'Orsay said it was following the situation closely.", "Quai", ("FRA", "GOV")),
    ("The Tatmadaw said it had bombed a rebel camp.", "Tatmadaw", ("MMR", "MIL")),
    ("The IRGC said it had seized a tanker.", "IRGC", ("IRN", "MIL")),
    ("Hamas's Qassam Brigades said they had fired rockets.", "Qassam", ("PSE", "REB")),
    ("The White Army attacked the garrison at dawn.", "White Army", ("SSD", "MLT")),
    ("A statement by the ULFA-I claimed the ambush.", "ULFA", ("IND", "REB")),
    ("The Tren de Aragua gang controls the prison.", "Tren de Aragua", ("VEN", "MLT")),
    ("Imbonerakure members beat the villagers.", "Imbonerakure", ("BDI", "MLT")),
])
def test_institutions_services_and_groups_by_their_own_names(nlp, sentence, words, expected):
    m = _mention(nlp, sentence, words)
    assert (m.country, m.sector) == expected


@pytest.mark.parametrize("phrase, sector", [
    ("Interior Ministry troops", "POL"), ("the gendarmerie", "POL"), ("the coast guard", "BGD"),
    ("the presidential guard", "MIL"), ("the national guard", "POL"), ("special forces", "MIL"),
    ("border police", "BGD"), ("police special forces", "POL"), ("the republican guard", "MIL"),
    ("a detective inspector", "POL"), ("the county commissioner", "GOV"), ("the ombudsman's office", "GOV"),
    ("the military intelligence agency", "MIL"),
])
def test_sector_words(phrase, sector):
    from sitrep.actors import sector_of

    assert sector_of(phrase) == sector


# ----------------------------------------------------------------------------- bodies of no state's own

@pytest.mark.parametrize("sentence, words", [
    ("The UN human rights office said 40 people had been killed.", "human rights office"),
    ("A United Nations official in the capital said aid had stopped.", "United Nations official"),
    ("NATO's peacekeeping force said it had sent more troops.", "peacekeeping force"),
])
def test_a_body_named_by_its_international_organisation_is_an_igo(nlp, sentence, words):
    m = _mention(nlp, sentence, words)
    assert m.igo and m.country is None and m.sector == "IGO"


def test_a_state_a_body_backs_or_a_member_state_stays_a_state(nlp):
    m = _mention(nlp, "UN-backed government forces retook the town.", "forces")
    assert not m.igo
    m = _mention(nlp, "NATO member Poland closed the crossing.", "Poland")
    assert not m.igo and m.country == "POL"


def test_an_organisation_based_somewhere_is_of_no_state(nlp):
    m = _mention(nlp, "A Vienna-based research group said the figures were too low.", "research group")
    assert (m.country, m.sector) == (None, "NGO")
    m = _mention(nlp, "A Kabul-based militant group said it carried out the attack.", "militant group")
    assert m.sector == "REB"  # an armed group keeps its sector


# ---------------------------------------------------------------------------------- words are not actors

@pytest.mark.parametrize("sentence", [
    "An elephant tusk and a truss were found at the farm, Kenyan police said.",
    "He ate salami and a sac of rice, the farmer said.",
])
def test_common_words_that_are_names_do_not_become_countries(nlp, sentence):
    doc = nlp(sentence)
    countries = {m.country for m in doc._.actor_mentions}
    assert countries <= {"KEN", None}, [(m.text, m.country) for m in doc._.actor_mentions]


def test_acronyms_match_in_capitals_only():
    from sitrep.actors import named_group

    assert named_group("the SAC said") == ("MMR", "GOV")
    assert named_group("a sac of grain") is None
    assert named_group("the PLA said") == ("CHN", "MIL")
    assert named_group("a rab team") is None


def test_listed_names_match_only_capitalised():
    from sitrep.actors import dictionary_country

    assert dictionary_country("Tusk") == "POL"
    assert dictionary_country("tusk") is None


def _books():
    from importlib import resources

    path = resources.files("sitrep").joinpath("data", "codebooks", "actor_countries.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_no_name_is_given_two_countries():
    books = _books()
    seen: dict[tuple, set] = {}
    for section in ("aliases", "groups", "people"):
        for code, names in books[section].items():
            for n in names:
                seen.setdefault(tuple(re.findall(r"\w+", str(n).lower())), set()).add(code)
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes, clashes


def test_shared_surnames_and_given_names_are_not_listed_alone():
    people = {str(n).lower() for names in _books()["people"].values() for n in names}
    assert not people & {"lee", "kim", "khan", "singh", "ali", "sharif", "abdullah", "hassan", "mohammed",
                         "may", "major", "brown", "rice", "austin", "wagner"}


def test_group_names_are_not_common_words():
    from sitrep.actors import _dictionary

    names = {n.lower() for n in _dictionary()[0]["groups"] if not n.isupper()}
    words = {"army", "police", "the resistance", "resistance", "front", "guard", "amal", "kia", "sac", "azov"}
    assert not names & words


# ---------------------------------------------------------------------------------- sectors of listed people

@pytest.mark.parametrize("sentence, name, expected", [
    ("Gerasimov said the offensive would go on.", "Gerasimov", ("RUS", "MIL")),
    ("Yahya Sinwar said the fighters were ready.", "Sinwar", ("PSE", "REB")),
    ("Hemedti said his men had taken the town.", "Hemedti", ("SDN", "MLT")),
    ("Emmanuel Macron said France would send aid.", "Macron", ("FRA", "GOV")),
])
def test_a_listed_persons_sector(nlp, sentence, name, expected):
    m = _mention(nlp, sentence, name)
    assert (m.country, m.sector) == expected


def test_people_with_a_sector_are_listed_with_a_country():
    from sitrep.actors import _dictionary

    listed = {tuple(re.findall(r"\w+", str(n).lower())) for names in _books()["people"].values() for n in names}
    missing = [n for names in _dictionary()[0]["people_sectors"].values() for n in names
               if tuple(re.findall(r"\w+", str(n).lower())) not in listed]
    assert not missing, missing


def test_a_listed_person_outweighs_a_place_name_read_another_way(nlp):
    """The gazetteer may read "Georgia" as the US state; the phrase is about Georgia's listed prime minister."""
    from sitrep.actors import mention_for

    doc = nlp("Georgia's prime minister Irakli Kobakhidze said the protests were illegal.")
    span = doc.char_span(0, doc.text.index(" said"), alignment_mode="expand")
    m = mention_for(doc, span)
    assert m is not None and m.country == "GEO"


def test_a_place_inside_a_persons_name_is_no_country(nlp):
    from spacy.tokens import Span

    from sitrep.actors import mention_for

    doc = nlp("Israel Adesanya said the fight was over.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # the tagger's reading varies; the rule is for a PERSON
    m = mention_for(doc, doc[0:2])
    assert m is None or m.country is None
