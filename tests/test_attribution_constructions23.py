"""Attribution constructions added in session 25 (PolNeAR content boundaries and whole attributions).

A block quoted in straight marks, each of its paragraphs opened by a straight mark and never closed, can hold speech
in curly marks; a paragraph opening with a curly mark is then a quote of its own, not the block going on, so the
reporting clause after it owns only that quote.

A title-case headline ("Teachers Question The Fairness Of New Exams") is tagged as one long name; it is read again
in sentence case, names kept capitalised where the article writes them so, and the attributions found there replace
those sharing their cues. Sentences written for these tests."""
import pytest
from conftest import attributions, with_cue

from sitrep.claims.attribution_lines import title_case_headline
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


BODY = ("\n\nThe farmers' union said on Monday that the governor had cut water to the valley. Governor Ana Ruiz "
        "denied it, and Ruiz said the cuts were needed.")


@pytest.mark.parametrize("headline,cased", [
    ("Farmers Slam Ruiz As A ‘Reckless Gambler.’", "Farmers slam Ruiz as a ‘Reckless gambler.’"),
    ("Union Sees 'Betrayal' If Ruiz Cuts Water.", "Union sees 'Betrayal' if Ruiz cuts water."),
    ("Ruiz: Water Cuts Are Needed, I Am Told.", "Ruiz: Water cuts are needed, I am told."),
    ("UN Envoy Meets Ruiz In The Valley.", "UN envoy meets Ruiz in the valley."),
])
def test_title_case_headline_is_cased_as_a_sentence_keeping_names(headline, cased):
    assert title_case_headline(headline + BODY) == cased


@pytest.mark.parametrize("text", [
    "Farmers slam the governor over water cuts." + BODY,  # already in sentence case
    "Water Cuts" + BODY,  # too short to be a headline
    "Farmers Slam Ruiz As A Reckless Gambler",  # one line, no body below it
])
def test_no_cased_copy_of_a_line_that_is_no_title_case_headline(text):
    assert title_case_headline(text) is None


@pytest.mark.parametrize("headline,cue,source,content", [
    ("Teachers Question The Fairness Of New Exams.", "Question", "Teachers", "The Fairness Of New Exams"),
    ("Rebels Deny Role In Market Blast.", "Deny", "Rebels", "Role In Market Blast"),
])
def test_title_case_headline_attribution_found_on_its_sentence_case_copy(nlp, headline, cue, source, content):
    text = headline + BODY
    doc = nlp(text)
    att = with_cue([a.texts(text) for a in doc._.attributions], cue)
    assert (att["source"], att["content"]) == (source, [content])
