"""Speakers of claims, eighteenth round (claims/speakers.py, ingest/head.py; session 24): a state
body's release of no named country that calls forces "ours" speaks for the one state whose forces it names; a
release's bare number ("No PR-87/2025-ISPR") is no headline. Texts written for these tests.
"""

from conftest import claim_by, json_runner

PUB = "2026-11-29T08:00:00+00:00"


run = json_runner(PUB)


def country(rec: dict, words: str):
    return claim_by(rec, words)["claimant"]["country"]


def test_a_release_calling_the_named_army_s_soldiers_ours_speaks_for_its_state(run):
    rec = run("General Staff of the Armed Forces - Press release No. 31\n\n"
              "The General Staff informs that on Sunday night a group of bandits attacked a checkpoint of the "
              "Nigerien army near the border with Mali. Our forces repelled the attack and eleven terrorists were "
              "neutralised. Two of our soldiers were wounded.")
    assert country(rec, "Two of our soldiers were wounded") == "NER"


def test_a_release_naming_two_states_forces_takes_neither_by_its_own_forces(run):
    rec = run("Ministry of Defence - Communique No. 8\n\n"
              "The ministry informs that a joint patrol of the Malian army and the Nigerien army was ambushed near "
              "the border on Sunday. Two of our soldiers were wounded in the fighting.")
    assert country(rec, "Two of our soldiers were wounded") is None


def test_a_release_s_bare_number_is_no_headline(extract_text):
    rec = extract_text("No PR-91/2026-ISPR\nRawalpindi - 14 March 2026\n\n"
                       "Security forces conducted an operation in Tank District on the reported presence of "
                       "militants. Four militants were killed.").to_json()
    assert rec["document"]["title"] is None
    assert rec["document"]["text"].startswith("Security forces")


def test_a_headline_with_a_number_stays_a_headline(extract_text):
    rec = extract_text("No let-up in fighting around Pokrovsk\n\n"
                       "KYIV, March 3 (Reuters) - Fighting raged around Pokrovsk on Monday, officials said.",
                       published="2026-03-03").to_json()
    assert rec["document"]["title"] == "No let-up in fighting around Pokrovsk"
