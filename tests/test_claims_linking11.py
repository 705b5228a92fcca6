"""Issue 6, session 13: "deny" that withholds a thing ("was denied access", "denied him insulin", "had been denied a
lawyer") is no denial of any claim, while "denied the report" and "denied that …" stay denials. Made-up sentences."""
from __future__ import annotations

import pytest

from conftest import claim_by, denials

PUB = "2025-09-09T08:00:00+00:00"


@pytest.fixture(scope="module")
def run(extract_text):
    def go(text: str) -> dict:
        return extract_text(text, published=PUB).to_json()
    return go


def _all_denials(rec: dict) -> list:
    return [r for c in rec["claims"] for r in denials(c)]


@pytest.mark.parametrize("sentence", [
    "Her lawyer said the detainee had been denied a lawyer of her choice for three weeks.",
    "The UN rapporteur said investigators had been denied access to the region since March.",
    "Relatives said prison guards denied him insulin for a week.",
    "The governor said aid convoys were denied entry at the checkpoint on Monday.",
    "The court denied bail to the two reporters, their editor said.",
])
def test_deny_that_withholds_a_thing_is_no_denial(run, sentence):
    rec = run("KAMPALA, Sept 8 - Two opposition reporters were arrested on Saturday.\n\n" + sentence)
    assert _all_denials(rec) == []


def test_a_denial_beside_a_withheld_thing_is_still_a_denial(run):
    rec = run("ABUJA, Sept 8 - Residents said air force jets struck the village of Tudun Wada twice on Sunday.\n\n"
              "Nigeria's air force denied that its jets had struck the village. It said its crews had been denied "
              "access to the area by armed groups for two days.")
    assert [r["by"]["country"] for r in denials(claim_by(rec, "struck the village of Tudun Wada"))] == ["NGA"]
    assert len(_all_denials(rec)) == 1
