"""Time expressions found missing on new invented reports (s12 h7). Every sentence is made up for this file."""
from __future__ import annotations

from sitrep.time import find_timexes, parse_published

SUNDAY = parse_published("2025-03-09T11:00:00+02:00")  # a Sunday


def _one(text: str, pub=SUNDAY):
    found = find_timexes(text, pub)
    assert len(found) == 1, found
    return found[0]


# 1. a part of a weekday: "early on Monday", "at dawn on Friday", "in the early hours of Sunday"

def test_part_of_weekday_is_part_of_day_precision():
    for text, date in [("Gunmen struck early on Monday.", "2025-03-03"),
                       ("The convoy was hit late on Friday.", "2025-03-07"),
                       ("Jets bombed the camp at dawn on Thursday.", "2025-03-06"),
                       ("Drones hit the depot in the early hours of Saturday.", "2025-03-08")]:
        tx = _one(text)
        assert (tx.date, tx.precision) == (date, "part_of_day"), text


def test_night_of_a_weekday_runs_into_the_next_day_and_future_stays_ahead():
    tx = _one("Shelling went on through the night of Friday.")
    assert (tx.date, tx.date_end) == ("2025-03-07", "2025-03-08")
    tx = _one("The talks will resume early on Tuesday.")
    assert tx.date == "2025-03-11"


# 2. two weekdays joined: "on Thursday and Friday" is a run of days, over by the publication

def test_weekday_pair_is_a_range():
    tx = _one("Fighting killed 18 people on Thursday and Friday.")
    assert (tx.date, tx.date_end, tx.precision) == ("2025-03-06", "2025-03-07", "day")
    tx = _one("Raids went on between Saturday and Monday.")
    assert (tx.date, tx.date_end) == ("2025-03-01", "2025-03-03")  # Monday the 10th is still to come


# 3. "two days earlier", "a week later": counted from the day just told

def test_counted_days_from_the_day_just_told():
    found = find_timexes("Troops raided the town on Friday. Two days earlier, a mine killed a farmer. "
                         "A week later the road reopened.", SUNDAY)
    assert [(t.text, t.date) for t in found] == [("on Friday", "2025-03-07"), ("Two days earlier", "2025-03-05"),
                                                 ("A week later", "2025-03-12")]


def test_counted_days_need_a_day_to_count_from():
    assert find_timexes("Two days earlier, a mine killed a farmer.", SUNDAY) == []


# 4. "three days ago", "a week ago": counted back from the publication

def test_days_ago_from_publication():
    tx = _one("A bomb went off three days ago.")
    assert (tx.date, tx.precision) == ("2025-03-06", "day")
    tx = _one("Police arrested him two weeks ago.")
    assert (tx.date, tx.precision) == ("2025-02-23", "week")


# 5. "in the past 24 hours": the day up to the publication, no running total

def test_past_hours_is_a_short_period():
    tx = _one("Troops detained 40 suspects in the past 24 hours.")
    assert (tx.kind, tx.date, tx.date_end, tx.precision) == ("period", "2025-03-08", "2025-03-09", "day")
    tx = _one("Troops detained 40 suspects over the last three days.")
    assert (tx.date, tx.date_end) == ("2025-03-06", "2025-03-09")


# end to end: the event takes the counted day

def test_event_dated_two_days_before_the_day_told(extract_text):
    rec = extract_text("Soldiers shot dead four smugglers near Alpha on Saturday evening, police said.\n\n"
                       "Two days earlier, a roadside bomb killed three soldiers near Beta, police said.",
                       published="2025-03-09T11:00:00+02:00")
    evs = rec.to_json()["events"]
    bomb = [e for e in evs if any(q["best"] == 3 for q in e["quantities"])]
    assert bomb and bomb[0]["date"] == "2025-03-06", evs


# 6. "since the start of the year": a running total from January 1

def test_since_start_of_year_is_a_dated_start():
    tx = _one("Since the start of the year, 90 soldiers have been killed.")
    assert (tx.date, tx.date_end, tx.since) == ("2025-01-01", "2025-03-09", True)
    tx = _one("Since the beginning of this month, 20 people died.")
    assert (tx.date, tx.since) == ("2025-03-01", True)


def test_running_total_told_next_takes_no_day_of_the_story(extract_text):
    evs = extract_text("Gunmen attacked a police post in Alpha on Friday, killing two policemen, officials said. "
                       "Since the start of the year, 187 policemen have been killed in the province, police said.",
                       published="2025-03-09T11:00:00+02:00").to_json()["events"]
    total = [e for e in evs if any(q["best"] == 187 for q in e["quantities"])]
    assert total and total[0]["date_precision"] == "cumulative" and total[0]["date"] == "2025-01-01", evs
    assert not any(q["best"] == 2 for q in total[0]["quantities"])


# 7. a killing with a day of its own, told after a running total, is no outcome of that total

def test_own_day_killing_is_not_folded_into_a_running_total(extract_text):
    evs = extract_text("Bandits have kidnapped hundreds of people in the state this year, police said.\n\n"
                       "On the 3rd, gunmen killed nine farmers in the same district, police said.",
                       published="2025-03-09T11:00:00+02:00").to_json()["events"]
    nine = [e for e in evs if any(q["best"] == 9 for q in e["quantities"])]
    assert nine and nine[0]["date"] == "2025-03-03" and nine[0]["date_precision"] == "day", evs
    assert not any(q["cumulative"] for q in nine[0]["quantities"])


# 8. a day told by a clause on the trigger noun: "a peace deal signed in 2018"

def test_day_of_a_clause_on_the_event_noun(extract_text):
    evs = extract_text("Fighting killed 18 people in Alpha on Friday, an official said. A peace deal signed in 2018 "
                       "ended a civil war that killed nearly 400,000 people.",
                       published="2025-03-09T11:00:00+02:00").to_json()["events"]
    deal = [e for e in evs if e["trigger"] == "deal"]
    assert deal and deal[0]["date"] == "2018-01-01" and deal[0]["historical"], evs
    war = [q for e in evs for q in e["quantities"] if q["best"] == 400000]
    assert war and war[0]["cumulative"]


# 9. a run of days anchors "a day earlier" (before its first day) and "the next day" (after its last)

def test_counted_day_from_a_run_of_days():
    found = find_timexes("Police detained 40 people on Thursday and Friday. A day earlier, gunmen shot two.", SUNDAY)
    assert [(t.text, t.date) for t in found] == [("on Thursday and Friday", "2025-03-06"),
                                                 ("A day earlier", "2025-03-05")]
    found = find_timexes("Police detained 40 people on Thursday and Friday. The next day the city was calm.", SUNDAY)
    assert [(t.text, t.date) for t in found][1] == ("The next day", "2025-03-08")
    # "the same day" names none of the run's days
    assert len(find_timexes("Police detained 40 people on Thursday and Friday. The same day, x.", SUNDAY)) == 1


# 10. "since the disputed election in July 2024": a start, the figure a running total from it

def test_since_a_named_event_in_a_month_is_a_start(extract_text):
    tx = _one("Since the disputed election in July 2024, more than 2,000 people have been arrested.")
    assert (tx.date, tx.since) == ("2024-07-01", True)
    evs = extract_text("Since the disputed election in July 2024, more than 2,000 people have been arrested in "
                       "Alpha, a rights group said.", published="2025-03-09T11:00:00+02:00").to_json()["events"]
    arr = [e for e in evs if any(q["kind"] == "arrests" for q in e["quantities"])]
    assert arr and arr[0]["date_precision"] == "cumulative" and not arr[0]["historical"], evs
    assert all(q["cumulative"] for q in arr[0]["quantities"])
