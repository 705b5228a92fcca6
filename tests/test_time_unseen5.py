"""Times and datelines on unseen articles (session 15, h6): the stamp of a live blog's first entry under the blog's
headline, when the parser cuts it off the entry's sentence; a wire dateline with the day before the month or with no
comma before the year, where the text reaches the events stage without the ingest's dateline. Every sentence is made
up for this file."""
from __future__ import annotations

from conftest import events_of as _events

from sitrep.events.extract import bare_dateline

BLOG = ("Clashes in the south - live updates\n\n"
        "09:12 GMT: Hundreds of residents marched in Popayan to demand an end to the violence.\n\n"
        "10:40 GMT: A car bomb exploded outside a police station in Jamundi, wounding five people, police said.\n")


def test_first_live_blog_entry_under_the_headline_takes_its_stamp(extract_text):
    evs = _events(extract_text, BLOG, published="2025-06-14")
    times = {e["acled"]["sub_event_type"]: (e["date"], e["time"]) for e in evs}
    assert times.get("Peaceful protest") == ("2025-06-14", "09:12"), evs
    assert times.get("Remote explosive/landmine/IED") == ("2025-06-14", "10:40"), evs


def test_an_entry_telling_its_own_time_keeps_no_stamp(extract_text):
    blog = ("Clashes in the south - live updates\n\n"
            "09:12 GMT: Gunmen attacked a police post in Jamundi overnight, police said.\n\n"
            "10:40 GMT: Hundreds of residents marched in Popayan to demand an end to the violence.\n")
    evs = _events(extract_text, blog, published="2025-06-14")
    attack = next(e for e in evs if e["acled"]["event_type"] != "Protests")
    assert attack["time"] is None, attack


def test_bare_dateline_with_the_day_before_the_month_or_no_comma_before_the_year():
    for lead in ("KANO, 21 May 2025 - Gunmen killed four villagers in Kiru on Sunday.",
                 "NIAMEY, Nov 4 2025 (Reuters) - Jihadists killed 15 soldiers near Tera.",
                 "PORT-AU-PRINCE, 21 May 2025 (AFP) - Gangs burned dozens of houses."):
        start, end = bare_dateline(lead)
        assert start == 0 and lead[end:].startswith(("Gunmen", "Jihadists", "Gangs")), (lead, end)
    # ... under a headline
    text = "Gunmen kill four\n\nKANO, 21 May 2025 - Gunmen killed four villagers in Kiru on Sunday."
    start, end = bare_dateline(text)
    assert text[start:end] == "KANO, 21 May 2025 - ", text[start:end]
    # ... and a sentence with a dash is none
    assert bare_dateline("Police said gunmen - some of them armed - killed four villagers.") == (0, 0)


def _timex(text: str, published: str = "2025-05-21T14:00:00+01:00"):
    from sitrep.time import find_timexes, parse_published

    return [(t.text, t.date, t.date_end) for t in find_timexes(text, parse_published(published))]


def test_a_numeric_date_with_its_year_is_a_day():
    assert _timex("Troops repelled the attack on 18/05/2025, the communique said.") == [
        ("18/05/2025", "2025-05-18", None)]
    assert _timex("The convoy was ambushed on 18.05.2025 near the border.") == [("18.05.2025", "2025-05-18", None)]
    # ... both readings possible: the one on or before the publication, the nearer to it
    assert _timex("The raid on 05/04/2025 killed two.", "2025-04-10") == [("05/04/2025", "2025-04-05", None)]
    assert _timex("The raid on 05/04/2025 killed two.", "2025-05-10") == [("05/04/2025", "2025-05-04", None)]


def test_days_between_two_numbers_of_one_month_are_a_run_of_days():
    assert _timex("Fighting raged between May 10 and 12, officials said.") == [
        ("between May 10 and 12", "2025-05-10", "2025-05-12")]
    assert _timex("Clashes from 10 to 12 May killed 30.") == [("from 10 to 12 May", "2025-05-10", "2025-05-12")]
    assert _timex("Fighting between May 10 and 12, 2024 killed 30.") == [
        ("between May 10 and 12, 2024", "2024-05-10", "2024-05-12")]
    # ... not a day and a count of people
    assert ("May 10", "2025-05-10", None) in _timex("Between May 10 and 12 people were killed.")


def test_an_event_on_a_weekday_that_cannot_be_counted_back_takes_no_other_events_day(extract_text):
    # no publication date: "Wednesday" cannot be resolved, and is not the day of the statement told before
    text = ("Seven soldiers were killed when a roadside bomb struck their vehicle in Kech district, the military said "
            "in a statement on May 22, 2025. Gunmen shot dead two policemen in Turbat late on Wednesday, police said.")
    evs = _events(extract_text, text, published=None)
    shot = next(e for e in evs if any("policemen" in x["text"] for x in e["evidence"]))
    assert shot["date"] != "2025-05-22", shot
