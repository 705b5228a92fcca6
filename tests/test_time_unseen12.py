"""Dates on invented articles (session 21, h6): a running total opened by "Since January," runs from the first of
January to publication (precision "cumulative", its figures flagged cumulative), not a day in January; "In
January, ..." is that month. Sentences are made up."""


def _events(extract_text, text, published="2026-11-20"):
    return extract_text(text, published=published).to_json()["events"]


def test_since_january_opening_a_sentence_is_a_running_total(extract_text):
    [event] = _events(extract_text, "Since January, bandits have abducted more than 900 people in Zamfara State, "
                                    "police said.")
    assert (event["date"], event["date_end"], event["date_precision"]) == ("2026-01-01", "2026-11-20", "cumulative")
    assert [q["cumulative"] for q in event["quantities"]] == [True]


def test_since_january_after_the_toll_is_a_running_total(extract_text):
    [event] = _events(extract_text, "Turkish drones have killed 61 people in northeast Syria since January, a "
                                    "monitoring group said.")
    assert event["date_precision"] == "cumulative" and event["date_end"] == "2026-11-20"


def test_in_january_is_the_month(extract_text):
    [event] = _events(extract_text, "In January, bandits killed 40 people in Zamfara State, police said.")
    assert (event["date"], event["date_end"], event["date_precision"]) == ("2026-01-01", "2026-01-31", "month")
    assert [q["cumulative"] for q in event["quantities"]] == [False]
