"""Attribution constructions added in session 12: counted victims closing a content before a trailing reporting
clause are not its source ("…, killing three civilians and wounding seven others, the regional governor said").
Sentences written for these tests."""
import pytest

from conftest import attributions, with_cue


@pytest.mark.parametrize("text,source", [
    ("Artillery shelled a village on Monday, killing three civilians and wounding at least seven others, the "
     "regional governor John Smith said on Tuesday.", "the regional governor John Smith"),
    ("Drones hit a fuel depot overnight, killing two guards and injuring four others, the province's police "
     "chief said.", "the province's police chief"),
])
def test_counted_victims_are_not_the_source_of_a_trailing_reporting_clause(nlp, text, source):
    att = with_cue(attributions(nlp, text), "said")
    assert att["source"] == source
