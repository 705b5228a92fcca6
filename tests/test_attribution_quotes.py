"""Quote finding: hand-written cases plus a property test over arbitrary quote-mark combinations."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.claims.attribution import extract
from sitrep.claims.quotes import find_quotes, top_level

MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "''", "‹", "›"]


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in top_level(find_quotes(text))]


@pytest.mark.parametrize("text, expected", [
    ("He said “no way,” and left.", ["“no way,”"]),
    ('He said "no way," and left.', ['"no way,"']),
    ("Il a dit «jamais» hier.", ["«jamais»"]),
    ("Er sagte „nein“ dazu.", ["„nein“"]),
    ("''We will win,'' she said.", ["''We will win,''"]),
    ("“He called it ‘a farce,’ frankly,” she said.", ["“He called it ‘a farce,’ frankly,”"]),
    ("The voters’ choice wasn't Clinton's in the '90s.", []),
    ("“First paragraph.\n\n“Second paragraph,” he said.", ["“First paragraph.\n\n“Second paragraph,”"]),
    ("“Never closed at all\n\nA new paragraph without a quote.", ["“Never closed at all"]),
])
def test_find_quotes_cases(text, expected):
    assert spans(text) == expected


def test_nested_depth():
    qs = find_quotes("“Outer ‘inner’ end”")
    assert [(q.depth, q.closed) for q in qs] == [(0, True), (1, True)]


pieces = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(["word", "x", " ", "  ", "\n", "\n\n", ",", ".",
                                                                      "said", "He", ":", "—", "―", "it's"])),
                  max_size=40)


@given(pieces)
@settings(max_examples=400, deadline=None)
def test_find_quotes_never_crashes_and_offsets_valid(parts):
    text = "".join(parts)
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.depth >= 0


@pytest.fixture(scope="module")
def nlp(bare_nlp):
    return bare_nlp


sentences = st.lists(st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(["The minister said", "he added", "according to the army", "Smith told reporters",
                     "the ministry reported", "citing officials", "reportedly", "It was stressed that", "we won",
                     "the village was shelled", ",", ".", ":", " ", "\n\n", "—", "―", "WALLACE:"]),
), min_size=1, max_size=25)


@given(sentences)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extract_never_crashes_on_quote_soup(nlp, parts):
    text = " ".join(parts)
    doc = nlp(text)
    for a in extract(doc, strict=True):
        assert a.kind in ("direct", "indirect", "according_to", "evidential", "passive")
        for sp in [a.cue, a.source, a.source_resolved, *a.content, *a.via]:
            if sp is not None:
                assert 0 <= sp[0] < sp[1] <= len(text)
        assert a.content or a.kind == "direct"
