"""Time, quantities and actors on small texts written for these tests."""
import datetime as dt

import pytest

from sitrep.time import find_timexes


PUB = dt.datetime.fromisoformat("2023-03-08T14:30:00+03:00")  # a Wednesday


@pytest.mark.parametrize("text, date, time, precision", [
    ("during the night of March 6", "2023-03-06", None, "part_of_day"),
    ("on Monday", "2023-03-06", None, "day"),
    ("a ceasefire took hold at 0600 hours", "2023-03-08", "06:00", "minute"),
    ("around 23:40", "2023-03-07", "23:40", "minute"),  # later than publication: the night before
    ("yesterday", "2023-03-07", None, "day"),
    ("last month", "2023-02-01", None, "month"),
    ("on 4 February", "2023-02-04", None, "day"),
    ("on December 30", "2022-12-30", None, "day"),  # no year: the past one
])
def test_time_expressions_resolve_against_publication(text, date, time, precision):
    [tx] = [t for t in find_timexes(text, PUB) if t.kind != "cumulative"]
    assert (tx.date, tx.time, tx.precision) == (date, time, precision)


def test_since_and_cumulative_markers():
    txs = find_timexes("Since 0730 hours the guns fell silent; to date 40 mines were cleared.", PUB)
    assert txs[0].since and txs[0].time == "07:30"
    assert any(t.kind == "cumulative" for t in txs)


def test_history_keeps_its_year():
    [tx] = find_timexes("the accord of November 10, 2020", PUB)
    assert tx.date == "2020-11-10"


@pytest.mark.parametrize("text, kind, low, best, high, approx", [
    ("At least three civilians were killed.", "fatalities", 3, 3, None, True),
    ("Between 20 and 30 soldiers were wounded.", "injuries", 20, None, 30, False),
    ("Police detained 14 protesters.", "arrests", 14, 14, 14, False),
    ("Some 2,500 people fled their homes.", "displaced", 2500, 2500, 2500, True),
    ("Dozens of demonstrators were injured.", "injuries", 24, None, None, True),
    ("The unit lost 40-45 men.", "fatalities", 40, None, 45, False),
    ("Sappers defused nearly 600 mines.", "weapons", 510, 600, 600, True),
    ("Up to 12 tanks were destroyed.", "equipment", None, 12, 12, True),
])
def test_figures_keep_their_spread_and_kind(nlp, text, kind, low, best, high, approx):
    doc = nlp(text)
    [q] = [m.quantity for m in doc._.quantities]
    assert (q.kind, q.low, q.best, q.high, q.approximate) == (kind, low, best, high, approx)


def test_figures_that_count_nothing_of_interest_are_ignored(nlp):
    doc = nlp("Prices rose 12 percent in 2022 and the meeting lasted 3 hours at 10:30.")
    assert doc._.quantities == []


def test_actor_mentions_get_country_and_sector(nlp):
    doc = nlp("Georgian border guards detained two Russian soldiers, the Interior Ministry said.")
    found = {(m.country, m.sector) for m in doc._.actor_mentions}
    assert ("GEO", "BGD") in found
    assert ("RUS", "MIL") in found


def test_igos_have_no_country(nlp):
    doc = nlp("The United Nations called for calm after Malian troops fired on protesters.")
    un = [m for m in doc._.actor_mentions if "United Nations" in m.text]
    assert un and un[0].sector == "IGO" and un[0].country is None


def test_places_and_region_names_are_not_actors(nlp):
    doc = nlp("Bandits raided Gusau in Zamfara State and fighting spread across eastern Chad. Kidnappings for "
              "ransom have become common.")
    names = {m.text: m for m in doc._.actor_mentions}
    assert "Zamfara State" not in names, names
    assert not any(m.sector == "STATE" and "Chad" in m.text for m in names.values()), names
    assert not any(m.sector == "GOV" and m.text == "Kidnappings" for m in names.values()), names


def test_weapons_named_as_actors_and_protesting_people(nlp):
    doc = nlp("Israeli artillery shelled the area. Police dispersed hundreds of nurses protesting against pay "
              "cuts in Haifa.")
    by_text = {m.text: m for m in doc._.actor_mentions}
    assert by_text["Israeli artillery"].sector == "MIL" and by_text["Israeli artillery"].country == "ISR"
    assert any(m.sector == "PRO" and "nurses" in m.text for m in doc._.actor_mentions), by_text


def test_since_a_month_year_and_running_totals(nlp):
    doc = nlp("Some 4,000 people have been killed since the April 2023 ceasefire collapsed. Troops killed 3 men.")
    qs = {q.quantity.best: q.quantity.cumulative for q in doc._.quantities}
    assert qs[4000] is True and qs[3] is False, qs


def test_named_commands_and_state_names_with_compass_words_get_their_country(nlp):
    doc = nlp("Japan's Western Army Command said US Central Command struck a site. South Sudan said it was calm. "
              "19:40 GMT - The Rapid Support Forces said they held the bridge.")
    by_text = {m.text: m for m in doc._.actor_mentions}
    assert by_text["Japan's Western Army Command"].country == "JPN", by_text
    assert by_text["US Central Command"].country == "USA", by_text
    assert by_text["South Sudan"].country == "SSD", by_text
    assert not any(m.text.startswith(("19:40", "GMT")) for m in doc._.actor_mentions), by_text
    assert any(m.text == "The Rapid Support Forces" for m in doc._.actor_mentions), by_text
