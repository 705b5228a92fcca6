"""Speakers of claims, nineteenth round (claims/speakers.py, claims/coref.py, actors, linking.yaml; session 25): a
league is no state office; a name in apposition to a civil-society description told before it is civil society; a
town's officer is of the town named before, a nationality adjective on a local officer is its state; a body named
again as "the party" is of its country's political life; a turn label or a release number is no part of a speaker's
name; "she said" after a woman's words about a man is hers; a national police is one force with its spokesman. Texts
written for these tests.
"""

from conftest import claim_by, json_runner

from sitrep.claims.denials import _one_force
from sitrep.claims.speakers import _without_line_label

PUB = "2026-11-29T08:00:00+00:00"


run = json_runner(PUB)


def claimant(rec: dict, words: str) -> dict:
    return claim_by(rec, words)["claimant"]


def test_a_league_named_again_is_no_state_office(run):
    rec = run("RABAT, May 4 - A street vendor died after a beating in a police cell in Fes, a rights league said on "
              "Sunday.\n\nThe league said the vendor, 31, had been detained on Thursday for selling without a "
              "licence.\n\nThe interior ministry said he had died of a stroke.")
    assert claimant(rec, "had been detained on Thursday")["country"] is None
    assert claimant(rec, "died of a stroke")["country"] == "MAR"


def test_a_sports_league_speaks_for_no_state(run):
    rec = run("NAIROBI, June 2 - Gunmen attacked a bus carrying a football team near Garissa on Saturday, wounding "
              "three players, the country's premier football league said.\n\nThe league said all remaining fixtures "
              "in the region had been called off. Police said two suspects had been arrested.")
    assert claimant(rec, "fixtures in the region had been called off")["country"] is None
    assert claimant(rec, "two suspects had been arrested")["country"] == "KEN"


def test_a_name_after_a_civil_society_description_is_civil_society(run):
    rec = run("NIAMEY, March 2 - Two teachers were shot dead in the Niamey suburb of Gamkalley on Sunday during a "
              "protest against power cuts, a coalition of civil society groups, the Forces Unies, said.\n\n"
              "The coalition said both had been shot in the back. It said the shots came from a police truck.\n\n"
              "The interior ministry rejected the allegation.")
    who = claimant(rec, "shot in the back")
    assert (who["country"], who["sector"]) == (None, "NGO")


def test_a_town_s_mayor_is_of_the_town_named_before(run):
    rec = run("JERUSALEM, Aug 4 - An Israeli drone strike on a motorbike killed a man near the Syrian village of "
              "Beit Jinn on Monday, Syria's state news agency said.\n\nThe Israeli army said it had struck a "
              "weapons smuggler.\n\nThe village's mayor said the man was a shepherd taking his flock to pasture.")
    assert claimant(rec, "a shepherd taking his flock")["country"] == "SYR"
    assert claimant(rec, "struck a weapons smuggler")["country"] == "ISR"


def test_a_nationality_adjective_on_a_mayor_names_its_state_whatever_the_dateline(run):
    rec = run("JERUSALEM, Aug 4 - An Israeli drone strike on a motorbike killed a man on Monday, Syria's state news "
              "agency said.\n\nThe Israeli army said it had struck a weapons smuggler.\n\n"
              "A Syrian mayor said the man was a shepherd taking his flock to pasture.")
    assert claimant(rec, "a shepherd taking his flock")["country"] == "SYR"


def test_a_body_named_again_as_the_party_is_of_its_country(run):
    rec = run("DHAKA, Feb 11 - Two activists of a regional party were shot dead in Rangamati on Tuesday.\n\n"
              "The Hill People's Democratic Front says the two were killed by members of a rival faction. The party "
              "says police at a camp nearby did nothing while the shooting went on.\n\n"
              "A police spokesman said officers reached the spot within minutes.")
    who = claimant(rec, "killed by members of a rival faction")
    assert who["country"] == "BGD" and who["sector"] not in ("MIL", "POL", "GOV")


def test_a_turn_label_or_list_mark_is_no_part_of_the_speaker(nlp):
    for text in ("Correspondent: The Hill Peoples Front says the two were killed.",
                 "- The Hill Peoples Front says the two were killed.",
                 "2. The Hill Peoples Front says the two were killed."):
        doc = nlp(text)
        end = text.index("Front") + len("Front")
        start, _ = _without_line_label(doc, (0, end))
        assert text[start:end] == "The Hill Peoples Front", text


def test_a_speaker_inside_a_line_keeps_its_words(nlp):
    text = "Officials said: The Hill Peoples Front killed two."
    doc = nlp(text)
    span = (text.index("The"), text.index("Front") + len("Front"))
    assert _without_line_label(doc, span) == span


def test_a_release_number_is_no_part_of_its_issuer_s_name(run):
    rec = run("Communique of the Northern Peoples Front - No. 12\n\nThe Front announces that the army bombed its "
              "camp near Gao on Friday. Three of our fighters were killed.")
    for words in ("bombed its camp", "Three of our fighters"):
        name = claimant(rec, words)["name"]
        assert name == "Northern Peoples Front", name


def test_she_said_after_a_woman_s_words_about_a_man_is_hers(run):
    rec = run("LIMA, March 3 - A court in Lima on Monday heard the case against Hector Quispe, who is charged with "
              "leading an armed gang in the Ayacucho region.\n\nThe prosecutor, Rosa-Maria Vargas, told the court "
              "that Quispe had ordered the attack on a police post in Huanta in May. She said his men later set fire "
              "to the post.\n\nQuispe told the judges he was a farmer who had never held a rifle.")
    assert "Vargas" in claimant(rec, "set fire to the post")["name"]
    assert "Quispe" in claimant(rec, "had never held a rifle")["name"]


def test_a_national_police_and_its_spokesman_are_one_force():
    police = {"name": "Honduras's national police", "country": "HND", "sector": "POL"}
    spokesman = {"name": "Police spokesman Carlos Mejia", "country": "HND", "sector": "POL"}
    assert _one_force(police, spokesman)


def test_a_national_army_by_its_name_stays_apart_from_the_army():
    named = {"name": "Libyan National Army", "country": "LBY", "sector": "MIL"}
    army = {"name": "Libyan army", "country": "LBY", "sector": "MIL"}
    assert not _one_force(named, army)
