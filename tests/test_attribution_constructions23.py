"""Attribution constructions added in session 25 (PolNeAR content boundaries and whole attributions).

A block quoted in straight marks, each of its paragraphs opened by a straight mark and never closed, can hold speech
in curly marks; a paragraph opening with a curly mark is then a quote of its own, not the block going on, so the
reporting clause after it owns only that quote. Sentences written for these tests."""
from conftest import attributions, with_cue

from sitrep.claims.quotes import find_quotes, top_level


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in top_level(find_quotes(text))]


BLOCK = ('The reporter wrote:\n\n"The ferry left at dawn, later than planned. The harbour was quiet.\n\n'
         '"Amira counted the crates twice.\n\n'
         '“We will be home by Friday,” she said, and went back below deck."')


def test_curly_paragraph_inside_a_straight_block_is_a_quote_of_its_own():
    assert "“We will be home by Friday,”" in quoted(BLOCK)


def test_straight_block_still_runs_over_its_straight_paragraphs():
    text = '"The ferry left at dawn.\n\n"Amira counted the crates twice," the captain said.'
    assert quoted(text) == ['"The ferry left at dawn.\n\n"Amira counted the crates twice,"']


def test_reporting_clause_in_a_block_owns_only_its_curly_quote(nlp):
    att = with_cue(attributions(nlp, BLOCK), "said")
    assert att["source"] == "she"
    assert att["content"] == ["“We will be home by Friday,”"]
