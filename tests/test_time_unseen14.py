"""Times on invented articles (session 26, h7): the other side's version of an incident, told in the sentence of its
denial with no day of its own, happened when the account it denies says, not on the day of publication; a version
told with a day of its own keeps it. Sentences are made up."""


def _dates(extract_text, text, published="2026-05-09"):
    return [(e["date"], e["date_precision"], e["evidence"][0]["text"][:40])
            for e in extract_text(text, published=published).to_json()["events"]]


# (a detail of the first account between it and the denial: the denial's version is no longer its continuation)
_REPORT = ("SRINAGAR, May 9, 2026 - Two Indian soldiers were killed when Pakistani troops opened fire on forward posts "
           "along the Line of Control in Rajouri district late on Thursday, a defence spokesman said.\n\n"
           "The Pakistani army violated the ceasefire in the Battal sector at around 2230 hours, using small arms and "
           "mortars, the spokesman said. Indian troops retaliated.\n\n")


def test_a_counter_account_in_a_denial_takes_the_denied_accounts_day(extract_text):
    text = _REPORT + ("The Pakistani military denied the Indian account and said Indian troops had fired first in the "
                      "Nikial sector, killing a farmer in Kotli district.")
    dates = _dates(extract_text, text)
    assert len(dates) == 2, dates
    assert all(d == "2026-05-07" for d, _p, _t in dates), dates


def test_a_counter_account_with_its_own_day_keeps_it(extract_text):
    text = _REPORT + ("The Pakistani military denied the Indian account and said Indian troops had fired first in the "
                      "Nikial sector on Wednesday, killing a farmer in Kotli district.")
    dates = _dates(extract_text, text)
    assert ("2026-05-06" in [d for d, _p, _t in dates]), dates
