"""Statements sitrep did not extract or gave the wrong stance (session 26, h10): two coordinated that-clauses after
a quoted phrase ("said the report was “completely untrue” and that its units had not fired") are two statements, the
first a denial and the second an assertion, while an "and that" inside a quotation stays part of the quote. Texts
written for these tests."""


def _statements(out):
    return [(c["text"], c["stance"]) for c in out["claims"]] + [
        (r["text"], r["stance"]) for c in out["claims"] for r in c["responses"]]


def test_and_that_after_a_quoted_phrase_is_a_second_statement(extract_text):
    rec = extract_text(
        "N'DJAMENA, May 3 - Chad's army said on Saturday that the convoy report was \"completely fabricated\" and "
        "that its soldiers had stayed in their barracks all week.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any("its soldiers had stayed in their barracks" in t and s == "assert" for t, s in st), st
    assert not any("its soldiers had stayed" in t and s == "deny" for t, s in st), st
    assert any("completely fabricated" in t and s == "deny" for t, s in st), st


def test_and_that_with_quotes_in_both_clauses(extract_text):
    rec = extract_text(
        "A navy spokesman told reporters the militia's figure was \"pure invention\" and that the base was "
        "\"fully operational\".", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any(t.startswith("the base was") and s == "assert" for t, s in st), st


def test_and_that_inside_a_quotation_is_not_split(extract_text):
    rec = extract_text(
        "The minister said the rebels were \"lying about the town, and that is all they ever do\" on their radio.",
        published="2026-05-03")
    st = _statements(rec.to_json())
    assert not any(t.startswith("is all they ever do") for t, _ in st), st
    assert any("and that is all they ever do" in t for t, _ in st), st


def test_accepted_that_is_a_confirmation(extract_text):
    rec = extract_text(
        "LIMA, May 3 - Peru's interior ministry accepted on Saturday that two detainees had been held longer than "
        "the law allows and said an inquiry was under way.", published="2026-05-03")
    st = _statements(rec.to_json())
    assert any("two detainees had been held longer" in t and s == "confirm" for t, s in st), st
