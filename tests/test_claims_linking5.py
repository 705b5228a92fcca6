"""Issue 6, session 6: constructions met in whole articles (dev12). Made-up sentences, names varied."""
from __future__ import annotations

import pytest

from conftest import claim_by, denials

PUB = "2024-05-21T10:30:00+03:00"


@pytest.fixture(scope="module")
def run(extract_text):
    def go(text: str, **meta) -> dict:
        return extract_text(text, published=PUB, **meta).to_json()
    return go


@pytest.mark.parametrize("finding", ["found no evidence that", "found no credible evidence to suggest that",
                                     "found little evidence of"])
def test_a_finding_of_no_evidence_denies_what_it_finds_unsupported(run, finding):
    rec = run(f"Residents said troops burned the market. The monitoring group {finding} soldiers set the fire.")
    statements = [(c["stance"], c["text"]) for c in rec["claims"]] + [
        (r["stance"], r["text"]) for c in rec["claims"] for r in c["responses"]]
    assert any(stance == "deny" and "soldiers set the fire" in text for stance, text in statements)


def test_evidence_found_is_not_a_denial(run):
    rec = run("Residents said troops burned the market. The monitoring group found evidence that soldiers set "
              "the fire.")
    assert all(r["stance"] != "deny" for c in rec["claims"] for r in c["responses"])
    assert claim_by(rec, "soldiers set the fire")["stance"] != "deny"


def test_a_described_author_is_the_speaker_named_before_by_that_noun(run):
    # "the ministry's account": the Chinese ministry that spoke before, not the denier's own government
    rec = run("Manila said Chinese personnel boarded Philippine boats. The Chinese foreign ministry denied that "
              "any weapons had been used. A Philippine security official dismissed the ministry's account.")
    by_phl = [c for c in rec["claims"] for r in denials(c) if r["by"]["country"] == "PHL"]
    assert by_phl and all(c["claimant"]["country"] == "CHN" for c in by_phl)


def test_calling_a_video_fake_is_a_denial(run):
    rec = run('Kenya\'s police said officers killed four robbers. Rights groups said the men were unarmed. '
              'The interior ministry called the video "fake".')
    assert any(r["by"]["country"] == "KEN" for c in rec["claims"] for r in denials(c))


def test_word_endings_do_not_hide_shared_words():
    from sitrep.claims.text import _stems
    assert _stems("guards locked the cells") >= _stems("locking cell")
    assert _stems("fired") == _stems("fire") and _stems("drones") == _stems("drone")
    assert _stems("massed") == _stems("mass") and _stems("militias") == _stems("militia")


def test_a_quote_closing_after_the_full_stop_before_a_paragraph_break_does_not_crash(run):
    rec = run('Embassy rejects charges\n\nThe embassy rejected the charges against the advisers as "a plot by '
              'foreign spies."\n\nOfficials in Kaga said the town was quiet.')
    assert any("town was quiet" in c["text"] for c in rec["claims"])


def test_a_claim_in_apposition_to_what_the_denial_calls_it_is_denied(run):
    rec = run('The US Navy said its destroyer shot down three drones over the Red Sea. A Houthi spokesman '
              'dismissed as "Hollywood fiction" an American claim that the drones had been launched from Hodeidah.')
    assert [r["by"]["country"] for c in rec["claims"] for r in denials(c)] == ["YEM"]


@pytest.mark.parametrize("text, country", [
    ("Security sources said gunmen attacked a checkpoint in Khyber district.", "PAK"),
    ("Army sources told the newspaper that three posts were damaged near Kupwara in Jammu and Kashmir.", "IND"),
    ("Sources said the talks had stalled.", None),
    ("Unnamed security sources said gunmen attacked a checkpoint in Khyber district.", None),
])
def test_a_state_institutions_unnamed_sources_are_of_the_ground_the_article_is_on(run, text, country):
    assert [c["claimant"]["country"] for c in run(text)["claims"]] == [country]


def test_an_acronym_leading_a_speakers_title_is_the_body_named_before(run):
    rec = run("SEOUL, Jan 7 - North Korea fired a ballistic missile into the sea on Monday, South Korea's Joint Chiefs "
              "of Staff said. North Korea's KCNA said the missile flew 1,500 km. \"The distance announced by the North "
              "is exaggerated,\" a JCS spokesman told reporters. Japan's defence ministry said the missile landed "
              "outside its waters.")
    assert [(r["by"]["country"], c["claimant"]["country"]) for c in rec["claims"] for r in denials(c)] == \
        [("KOR", "PRK")]
