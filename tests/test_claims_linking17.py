"""Issue 6, session 19: which statement a denial answers — speakers named by another word of their kind, denials in
other words, denials of a denial, an army's general staff. Made-up text."""
from __future__ import annotations

from conftest import claim_by, json_runner

PUB = "2025-09-03T08:00:00+00:00"


run = json_runner(PUB)


def _denied_by(claim: dict) -> list[str]:
    return [r["by"]["name"] for r in claim["responses"] if r["stance"] == "deny"]


def test_a_speaker_named_by_another_word_of_its_kind(run):
    # "the families" are the relatives, "the rights group" is Amnesty: neither name repeats a word of the other
    rec = run("NAIROBI, Sept 2 - Amnesty International said on Monday that police had shot dead 19 protesters in "
              "Nakuru during last week's demonstrations.\n\n"
              "Relatives of two of the dead said officers had beaten the men before shooting them.\n\n"
              "The Kenya Police Service dismissed the figures put out by the rights group, saying only four people "
              "had died.\n\n"
              "A police spokesman also rejected the families' account as fiction.")
    assert _denied_by(claim_by(rec, "shot dead 19 protesters")) == ["Kenya Police Service"]
    assert _denied_by(claim_by(rec, "beaten the men")) == ["police spokesman"]
    assert all("named" not in c["claimant"] for c in rec["claims"])  # linking's own mark stays inside


def test_a_group_named_without_a_civil_word_is_not_taken_for_a_rights_group():
    from sitrep.claims.denials import _author_named_by_head
    from sitrep.model import Claim

    ngo = Claim(id="c1", text="soldiers killed 12 villagers", start=40, end=68, stance="assert",
                claimant={"name": "Human Rights Watch", "country": None, "sector": "NGO"})
    police = {"name": "the police", "country": "KEN", "sector": "POL"}
    assert _author_named_by_head([ngo], "the rights group's figures", 200, police)["name"] == "Human Rights Watch"
    assert _author_named_by_head([ngo], "the group's claims", 200, police) is None


def test_kinds_of_act_meet_across_other_words():
    from sitrep.claims.text import _act_kinds

    assert _act_kinds("no migrant had been mistreated") & _act_kinds("officers had beaten people with ropes")
    assert not _act_kinds("no migrant had been mistreated") & _act_kinds("fired shots into the water")
    assert _act_kinds("no live ammunition was used") & _act_kinds("soldiers opened fire on the crowd")
    assert not _act_kinds("the men were held for two nights") & _act_kinds("burned 40 homes")


def test_a_denial_in_other_words_answers_the_statement_telling_that_act(run):
    # neither statement shares a word with the denial: the kind of act decides
    rec = run("ATHENS, Sept 2 - A charity running a rescue boat said on Tuesday that coast guard officers fired shots "
              "into the water near a dinghy off Lesbos.\n\n"
              "Survivors interviewed by the charity said officers had beaten several men with ropes after towing "
              "the dinghy back.\n\n"
              "The Hellenic Coast Guard denied that any migrant had been mistreated by its crews.")
    assert _denied_by(claim_by(rec, "beaten several men with ropes"))
    assert not _denied_by(claim_by(rec, "fired shots into the water"))


def test_a_denial_of_a_denial_answers_the_denial(run):
    rec = run("LIMA, Sept 2 - Protest leaders in Puno said police fired rubber bullets at marchers on Monday and that "
              "eight people were hurt.\n\n"
              "The national police denied that officers had used rubber bullets and said they had only used tear "
              "gas.\n\n"
              "The marchers' committee rejected the police denial, saying doctors had removed pellets from two "
              "wounded men.")
    denial = claim_by(rec, "officers had used rubber bullets")
    assert denial["stance"] == "deny" and denial["claimant"]["name"] == "national police"
    assert _denied_by(denial) == ["marchers' committee"]
    assert "marchers' committee" not in _denied_by(claim_by(rec, "police fired rubber bullets"))


def test_a_general_staff_speaks_for_its_army(run):
    rec = run("BAMAKO, Sept 2 - Mali's armed forces said on Monday that a drone strike near the village of Kounde had "
              "killed at least 20 fighters preparing an attack.\n\n"
              "Residents said the drone hit a wedding party at the edge of the village.\n\n"
              "The general staff denied that the strike had hit a wedding.")
    assert not _denied_by(claim_by(rec, "killed at least 20 fighters"))
    assert _denied_by(claim_by(rec, "the drone hit a wedding party"))
