"""Times on invented wire copy (session 27, h9): an attack told "earlier this month" or "earlier in the year" is one
attack some time before the story, not a running total over the month. Every sentence is made up for this file."""

_LEAD = ("HOMS, March 12 (Xinhua) -- Militants attacked an army checkpoint in the eastern countryside of Homs province "
         "on Wednesday, killing four soldiers, a military source said.\n\n")


def _events(extract_text, text, published="2026-03-12T18:00:00+08:00"):
    return extract_text(text, published=published).to_json()["events"]


def test_an_attack_earlier_this_month_is_no_running_total(extract_text):
    evs = _events(extract_text, _LEAD + "Earlier this month, a similar attack near Palmyra killed seven soldiers.")
    past = [e for e in evs if any(q["best"] == 7 for q in e["quantities"])]
    assert len(past) == 1, evs
    assert past[0]["date_precision"] == "month", past
    assert past[0]["date"] == "2026-03-01", past
    assert not any(q["cumulative"] for q in past[0]["quantities"]), past


def test_an_attack_earlier_this_year_is_no_running_total(extract_text):
    evs = _events(extract_text, _LEAD + "Earlier this year, an ambush near Palmyra killed 11 soldiers.")
    past = [e for e in evs if any(q["best"] == 11 for q in e["quantities"])]
    assert len(past) == 1, evs
    assert past[0]["date_precision"] == "year", past
    assert not any(q["cumulative"] for q in past[0]["quantities"]), past


def test_a_toll_over_this_month_stays_a_running_total(extract_text):
    evs = _events(extract_text, _LEAD + "Some 60 soldiers have been killed in the province this month, the source added.")
    total = [e for e in evs if any(q["best"] == 60 for q in e["quantities"])]
    assert len(total) == 1, evs
    assert total[0]["date_precision"] == "cumulative", total
    assert all(q["cumulative"] for q in total[0]["quantities"]), total


def test_last_month_name_is_the_latest_such_month_before_this_one():
    from sitrep.time import find_timexes, parse_published
    pub = parse_published("2026-03-12T18:00:00+08:00")
    got = {t.text.rstrip("."): (t.date, t.date_end) for t in find_timexes(
        "Talks stalled last December and resumed since last March; the last march of the season ended at noon.", pub)}
    assert got.get("last December") == ("2025-12-01", "2025-12-31"), got
    assert got.get("since last March") == ("2025-03-01", "2025-03-31"), got
    assert not any("march of" in k for k in got), got


def test_a_toll_of_last_december_told_with_when_is_its_own_past_event(extract_text):
    text = ("ZAHEDAN, March 12 (IRNA) -- Four border guards were killed in a clash with armed bandits near Mirjaveh "
            "on Wednesday, a provincial official said. It was the deadliest attack on the guards since last December, "
            "when nine policemen were killed in a raid on a police post in Khash.")
    evs = _events(extract_text, text, published="2026-03-12T15:00:00+03:30")
    now = next(e for e in evs if any(q["best"] == 4 for q in e["quantities"]))
    assert now["date"] == "2026-03-11", now
    assert [q["best"] for q in now["quantities"] if q["kind"] == "fatalities"] == [4], now["quantities"]
    past = [e for e in evs if any(q["best"] == 9 for q in e["quantities"])]
    assert len(past) == 1 and past[0]["date"] == "2025-12-01" and past[0]["date_precision"] == "month", evs


def test_an_attack_a_week_before_the_operation_takes_that_day(extract_text):
    text = ("MIRANSHAH, March 12 (APP): Security forces killed five terrorists in an operation in the Spinwam area "
            "on Thursday, the military said. The operation came a week after terrorists attacked a check post in "
            "Razmak, killing three soldiers.")
    evs = _events(extract_text, text, published="2026-03-12T17:00:00+05:00")
    past = [e for e in evs if any(q["best"] == 3 for q in e["quantities"])]
    assert len(past) == 1 and past[0]["date"] == "2026-03-05", evs


def test_an_attack_two_days_before_the_operation_takes_that_day(extract_text):
    text = ("MIRANSHAH, March 12 (APP): Security forces killed five terrorists in an operation in the Spinwam area "
            "on Thursday, the military said. The operation came two days after terrorists attacked a check post in "
            "Razmak, killing three soldiers.")
    evs = _events(extract_text, text, published="2026-03-12T17:00:00+05:00")
    past = [e for e in evs if any(q["best"] == 3 for q in e["quantities"])]
    assert len(past) == 1 and past[0]["date"] == "2026-03-10", evs
