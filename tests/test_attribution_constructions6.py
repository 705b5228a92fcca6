"""Attribution constructions added in session 8 (issue 6): pro-form contents ("suggested as much", "does not believe so"),
"attack" with a charge after its object, a headline whose text after the colon is one quotation, and "According
to X, …" when the parser hung the clause on X. Sentences written for these tests; the learned cue step is off so
that only the rules are tested."""
from dataclasses import replace

import pytest

from sitrep.claims.attribution_lexicon import load_lexicon

from conftest import attributions


@pytest.fixture(scope="module")
def lex():
    return replace(load_lexicon(), cue_model=None)


def _by_cue(atts: list[dict], word: str) -> list[dict]:
    return [a for a in atts if word in a["cue"]]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The finance minister suggested as much at the summit on Tuesday.", "suggested", "The finance minister",
     "as much"),
    ("The ambassador does not believe so.", "believe", "The ambassador", "so"),
])
def test_a_pro_form_is_the_content_of_a_clausal_cue(bare_nlp, lex, text, cue, source, content):
    hit = _by_cue(attributions(bare_nlp, text, lexicon=lex), cue)
    assert hit, text
    assert hit[0]["source"] == source
    assert hit[0]["content"] == [content]


def test_so_before_a_clause_is_no_pro_form(bare_nlp, lex):
    # "so" opening a clause of result is no content: the cue still needs a real complement
    atts = attributions(bare_nlp, "He said so little that nobody noticed.", lexicon=lex)
    assert not [a for a in _by_cue(atts, "said") if a["content"] == ["so"]], atts


def test_attack_with_a_charge_after_its_object_is_a_cue(bare_nlp, lex):
    atts = attributions(bare_nlp, "The governor attacked the council as a rubber stamp for developers.", lexicon=lex)
    hit = _by_cue(atts, "attacked")
    assert hit, atts
    assert hit[0]["source"] == "The governor"
    assert hit[0]["content"] == ["the council as a rubber stamp for developers"]
    atts = attributions(bare_nlp, "She attacked the ministers for ignoring the flood warnings.", lexicon=lex)
    hit = _by_cue(atts, "attacked")
    assert hit and hit[0]["source"] == "She", atts


@pytest.mark.parametrize("text", [
    "He attacked the convoy for hours.",               # a duration, not a charge
    "The men attacked the villagers near the river.",  # persons, but no charge: a deed
    "Militants attacked the base as a diversion.",     # no person as subject
])
def test_attack_without_a_charge_or_a_person_stays_a_deed(bare_nlp, lex, text):
    assert not _by_cue(attributions(bare_nlp, text, lexicon=lex), "attack"), text


def test_a_headline_quoting_a_named_person_after_a_colon(bare_nlp, lex):
    text = ("A farewell from Maria Gonzalez: ‘Never stop asking hard questions.’\n\n"
            "The retiring senator spoke to students on Friday.")
    atts = attributions(bare_nlp, text, lexicon=lex)
    hit = [a for a in atts if a["cue"] == ":"]
    assert hit, atts
    assert hit[0]["source"] == "Maria Gonzalez"
    assert hit[0]["content"] == ["‘Never stop asking hard questions.’"]


def test_a_headline_colon_without_a_person_or_a_quote_is_no_attribution(bare_nlp, lex):
    for text in ("Budget talks in the capital of the province: ‘Progress’ is slow, officials admit.\n\nMore text.",
                 "A farewell from Maria Gonzalez to her students: never stop asking.\n\nMore text."):
        atts = attributions(bare_nlp, text, lexicon=lex)
        assert not [a for a in atts if a["cue"] == ":"], (text, atts)


def test_according_to_keeps_its_clause_when_the_parser_hangs_it_on_the_source(bare_nlp, lex):
    # the rule only fires when the phrase was left with no content at all; the parse below is spaCy's usual
    # reading of a plural-noun verb ("the plan reeks of …") as an apposition of the source
    text = "According to talk show host Ann Miller, the plan reeks of “panic” and confusion."
    atts = attributions(bare_nlp, text, lexicon=lex)
    hit = _by_cue(atts, "According to")
    assert hit, atts
    assert hit[0]["source"] == "talk show host Ann Miller"
    assert hit[0]["content"] == ["the plan reeks of “panic” and confusion"]
