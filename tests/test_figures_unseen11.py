"""Figures on invented articles (session 26, h7): a word figure ("dozens") told in the lead beside a count of the same
dead later ("At least 70 people were killed") is those dead told loosely, not more of them; a word figure of other
people, or one the count does not reach, stays. Sentences are made up."""
from sitrep.export import acled_row


def _fatalities(extract_text, text, published="2026-01-18"):
    evs = extract_text(text, published=published).to_json()["events"]
    return evs, [(q["item"], q["low"], q["best"]) for e in evs for q in e["quantities"] if q["kind"] == "fatalities"]


def test_a_word_figure_restated_by_a_count_is_not_added_to_it(extract_text):
    text = ("SAINT-MARC, Haiti, Jan. 18, 2026 - Gang members attacked the town of Verrettes late on Thursday, killing "
            "dozens of people and setting homes on fire, local officials said.\n\nThe gang stormed several "
            "neighborhoods at about 11 p.m., said Mayor Paul Denis. At least 70 people were killed, including women "
            "and children, according to a rights network.")
    evs, fat = _fatalities(extract_text, text)
    assert len(evs) == 1, evs
    assert fat == [("people", 70, 70)], fat
    assert acled_row(evs[0])["fatalities"] == 70


def test_a_word_figure_the_count_does_not_reach_stays(extract_text):
    text = ("SAINT-MARC, Haiti, Jan. 18, 2026 - Gang members attacked the town of Verrettes late on Thursday, killing "
            "dozens of people and setting homes on fire, local officials said.\n\nThe gang stormed several "
            "neighborhoods at about 11 p.m., said Mayor Paul Denis. At least 12 police officers were killed, "
            "according to a rights network.")
    _evs, fat = _fatalities(extract_text, text)
    assert any(best is None and low == 24 for _i, low, best in fat), fat
