"""Times on invented articles (session 23, h7): a live-blog entry that tells a clock time of its own keeps it (the
entry's stamp is when it was posted); "the following month", "two years later" count from the month or year just
told; a "when" clause on a killing tells its moment and its weapon. Sentences are made up."""
from sitrep.time import find_timexes, parse_published


def _events(extract_text, text, published):
    return extract_text(text, published=published).to_json()["events"]


def _resolved(text, published="2026-02-09"):
    return [(t.text, t.date, t.date_end, t.precision) for t in find_timexes(text, parse_published(published))
            if t.kind != "time"]


def test_the_following_month_counts_from_the_month_told_before():
    found = _resolved("Foreign troops reached the province in July 2021 and helped retake the port the following "
                      "month.")
    assert ("the following month", "2021-08-01", "2021-08-31", "month") in found


def test_years_later_counts_from_the_year_told_before():
    found = _resolved("The militia first appeared in 2014. Three years later it controlled most of the valley.")
    assert ("Three years later", "2017-01-01", "2017-12-31", "year") in found


def test_the_previous_month_with_nothing_told_before_is_the_publication_s():
    found = _resolved("Raids doubled compared with the previous month, the monitor said.")
    assert [t[1:] for t in found] == [("2026-01-01", "2026-01-31", "month")]


def test_the_month_before_an_event_is_not_an_anaphor():
    assert not any("month" in t[0] for t in _resolved("He was detained the month before the vote."))


BLOG = ("War live: bombs on Sumy, strike near Nabatieh\n\n21 March 2026, 17:30 (UTC+2)\n\n"
        "17:30\nThree people were killed and 14 injured when Russian glide bombs struck an apartment block in Sumy at "
        "about 14:10 local time, the regional governor said.\n\n"
        "16:05\nAn Israeli drone strike hit a car near Nabatieh, killing two men, Lebanese state media reported.\n")


def test_a_blog_entry_telling_its_own_clock_time_keeps_it(extract_text):
    events = _events(extract_text, BLOG, "2026-03-21T17:30:00+02:00")
    market = next(e for e in events if any(q["kind"] == "fatalities" for q in e["quantities"]))
    assert market["time"] == "14:10"


def test_the_stamp_of_an_entry_with_no_time_of_its_own_still_dates_it(extract_text):
    events = _events(extract_text, BLOG, "2026-03-21T17:30:00+02:00")
    strike = next(e for e in events if any("Nabatieh" in x["text"] for x in e["evidence"]))
    assert strike["time"] == "16:05"


def test_a_weapon_striking_in_the_when_clause_types_and_owns_the_killing(extract_text):
    [event] = _events(extract_text, "Four people were killed and nine wounded when Russian glide bombs hit a "
                                    "shopping street in Zaporizhzhia at about 11:40 on Saturday, the governor said.",
                      "2026-05-18T09:00:00+03:00")
    assert event["acled"]["sub_event_type"] == "Air/drone strike"
    assert (event["date"], event["time"]) == ("2026-05-16", "11:40")
    assert any(a["role"] == "actor1" and a["country"] == "RUS" for a in event["actors"])
