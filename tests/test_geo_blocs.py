"""Session 6: a country called by its own name stays that country; a bloc adjective is no region."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["Chinese ships sailed near Taiwan.",
                                  "Taiwan's defence ministry said four Chinese navy ships had entered the zone."])
def test_a_country_called_by_its_name_is_not_a_spelling_of_a_town_elsewhere(nlp, text):
    places = [(p.text, p.country, p.feature_code) for p in nlp(text)._.places]
    assert ("Taiwan", "TW", "PCLI") in places


@pytest.mark.parametrize("text", ["Two Western officials said the strikes destroyed air defences.",
                                  "Western diplomats said the talks had failed.",
                                  "Gulf states pledged aid to the displaced."])
def test_a_bloc_adjective_before_people_or_states_is_no_place(nlp, text):
    assert [p.text for p in nlp(text)._.places] == []


@pytest.mark.parametrize("text, name", [("Fighting spread across Western Equatoria.", "Western Equatoria"),
                                        ("Rebels raided a town in the Western region of Uganda.", "Western")])
def test_regions_named_western_are_still_places(nlp, text, name):
    assert name in [p.text for p in nlp(text)._.places]


def test_a_speaker_of_a_country_named_in_a_chinese_context_keeps_its_country(extract_text):
    rec = extract_text("Taiwan's defence ministry said four Chinese navy ships had entered the zone.",
                       published="2024-10-15").to_json()
    assert [c["claimant"]["country"] for c in rec["claims"]] == ["TWN"]
