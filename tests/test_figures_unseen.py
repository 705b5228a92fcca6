"""Figures found missing or wrong on new invented reports (s12 h7). Every sentence is made up for this file."""
from __future__ import annotations

from conftest import figures_runner

PUB = "2025-03-05T12:00:00+03:00"  # a Wednesday


figures = figures_runner(PUB)


def _events(extract_text, text, published=PUB):
    return extract_text(text, published=published).to_json()["events"]


# 1. a toll told as the value of a toll noun: "put the death toll at 12", "the toll rose to 45 from 30"

def test_toll_put_at_a_figure(figures):
    [q] = figures("The ministry put the death toll at 12.")
    assert (q.kind, q.best) == ("fatalities", 12)


def test_risen_toll_keeps_the_new_figure_and_drops_the_old(figures):
    qs = figures("The death toll rose to more than 45 from 30 on Tuesday.")
    assert [(q.kind, q.low, q.high) for q in qs] == [("fatalities", 45, None)]
    qs = figures("Officials said the number of wounded climbed to 160 from about 90.")
    assert [(q.kind, q.best) for q in qs] == [("injuries", 160)]


def test_number_of_people_kidnapped(figures):
    [q] = figures("A village chief said the number of people kidnapped was close to 80.")
    assert (q.kind, q.best, q.approximate) == ("abducted", 80, True)


# 2. a figure whose own clause names its day is the day's, even when another clause tells a running total

def test_day_figure_beside_a_running_total(figures):
    qs = figures("Air strikes killed 105 people on Tuesday, officials said, raising the toll since the offensive "
                 "began to more than 1,000.")
    got = {q.best if q.best is not None else q.low: q.cumulative for q in qs}
    assert got == {105: False, 1000: True}


def test_running_total_in_its_own_clause_stays_cumulative(figures):
    [q] = figures("Some 300 people have been killed in the province since the offensive began on Tuesday.")
    assert q.cumulative


# 3. "In all, ...": a sum over a period, not a day's toll

def test_in_all_is_a_running_total(figures):
    [q] = figures("In all, 2,100 civilians were killed in the region in the first half of the year.")
    assert q.cumulative and q.best == 2100


# 4. "40-odd drones", "a handful of attackers"

def test_odd_and_handful(figures):
    qs = figures("Air defences downed 40-odd drones. A handful of attackers were killed.")
    odd = next(q for q in qs if q.kind == "weapons")
    assert (odd.text, odd.low, odd.high, odd.approximate) == ("40-odd", 40, None, True)
    few = next(q for q in qs if q.kind == "fatalities")
    assert (few.item, few.low, few.high) == ("attackers", 2, 6)


# 5. the counted item leaves out the figure's own words

def test_item_without_the_vague_figure(figures):
    [q] = figures("Insurgents fired several mortar rounds at the base.")
    assert q.item == "mortar rounds"


# end to end: figures of clauses under the event's

def test_elided_wounded_figure_joins_the_event(extract_text):
    evs = _events(extract_text, "Two people were killed and 11 wounded in a rocket attack on Alpha on Tuesday, "
                                "the governor said.")
    kinds = {(q["kind"], q["best"]) for e in evs for q in e["quantities"]}
    assert {("fatalities", 2), ("injuries", 11)} <= kinds


def test_reported_deaths_in_a_with_clause_join_the_clash(extract_text):
    evs = _events(extract_text, "Militiamen and troops clashed near Alpha on Tuesday, with residents reporting "
                                "20-25 deaths.")
    clash = [e for e in evs if e["acled"]["event_type"] == "Battles"]
    assert clash and any(q["kind"] == "fatalities" and (q["low"], q["high"]) == (20, 25)
                         for q in clash[0]["quantities"])


def test_toll_that_rose_later_replaces_the_event_figure(extract_text):
    evs = _events(extract_text, "A drone strike killed two people in Alpha on Tuesday, the governor said. "
                                "Later the toll rose to five after rescuers found more bodies.")
    strike = [e for e in evs if any(q["kind"] == "fatalities" for q in e["quantities"])]
    assert len(strike) == 1
    assert [q["best"] for q in strike[0]["quantities"] if q["kind"] == "fatalities"] == [5]


# 6. "forcing some 3,500 people to flee" parsed with the infinitive as a relative clause on the people

def test_forced_to_flee_is_displacement_of_the_event(extract_text):
    evs = _events(extract_text, "Gang members set fire to dozens of homes in the Haitian capital over the weekend, "
                                "forcing some 3,500 people to flee, the agency said on Monday.")
    assert any(q["kind"] == "displaced" and q["best"] == 3500 for e in evs for q in e["quantities"]), evs


# 7. "said 24 soldiers were killed, 11 wounded and four missing": the elided "wounded" is the event's; "four
# missing" counts no casualty kind; "shot dead two demonstrators" counts "demonstrators"

def test_elided_wounded_after_a_comma_and_missing_is_no_injury(figures, extract_text):
    qs = figures("The ministry said 24 soldiers were killed, 11 wounded and four missing.")
    assert sorted((q.kind, q.best) for q in qs) == [("fatalities", 24), ("injuries", 11)]
    evs = _events(extract_text, "Jihadists attacked an army post near Alpha on Saturday. The ministry said 24 "
                                "soldiers were killed, 11 wounded and four missing.")
    got = {(q["kind"], q["best"]) for e in evs for q in e["quantities"]}
    assert ("injuries", 11) in got and ("injuries", 4) not in got


def test_item_leaves_out_words_before_the_figure(figures):
    [q] = figures("Masked men shot dead two demonstrators in the city.")
    assert (q.kind, q.item) == ("fatalities", "demonstrators")


# 8. the subject of a telling verb is no victim of what it tells

def test_teller_subject_is_not_counted_by_the_clause_it_tells(figures):
    qs = figures("One source said 27 soldiers had died; another put the number higher.")
    assert [(q.kind, q.best) for q in qs] == [("fatalities", 27)]
