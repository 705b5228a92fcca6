"""Ingest and time fixes found on new text. Every case is made up for this file."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.errors import InputError
from sitrep.ingest import read
from sitrep.ingest.head import parse_head
from sitrep.ingest.language import guess_language
from sitrep.ingest.stream import stream
from sitrep.time import find_timexes

WED_EVENING = "2024-03-13T20:30:00+03:00"
WED_MORNING = "2024-03-13T07:15:00+03:00"
FRIDAY = "2024-03-08T09:30:00+02:00"


# 1. a malformed JSONL line is reported the same way by `extract` (read) and `ingest` (stream)

def test_malformed_jsonl_line_reported_alike_by_read_and_stream(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "x1", "text": "Police arrested three men in the market on Sunday."})
    path.write_text(good + "\n" + '{"id": "x2", "text": "Gunmen attacked a bus."' + "\n"
                    + '{"id": "x3" "text": "A bomb exploded."}' + "\n", encoding="utf-8")
    batch = [str(i) for i in read([str(path)]) if isinstance(i, InputError)]
    streamed = [str(i) for i in stream([str(path)]) if isinstance(i, InputError)]
    assert batch == streamed and len(batch) == 2
    truncated, misplaced = batch
    assert ":2:" in truncated and "ends at column 45" in truncated and "column 1 " not in truncated
    assert ":3:" in misplaced and "at column 13 of 39" in misplaced and "near '{\"id\": \"x3\" \"te" in misplaced


# 2. short non-English texts are not English

@pytest.mark.parametrize("text, lang", [
    ("Soldados atacaron el pueblo de Alpha.", "other"),
    ("Attaque contre une base de l'armée", "other"),
    ("Explosion in the capital", "en"),
    ("Gunmen kill seven near Gao", "und"),  # no function word of any language: undecided, still processed
    ("Rebels said the army shelled the town of Alpha on Monday.", "en"),
])
def test_short_texts_get_a_language_from_function_words(text, lang):
    assert guess_language(text) == lang


def test_latin1_spanish_file_is_stored_as_not_english(tmp_path):
    path = tmp_path / "corto.txt"
    path.write_bytes("Soldados atacaron él pueblo de Alpha.\n".encode("latin-1"))
    [doc] = [i for i in read([str(path)])]
    assert doc.language == "other" and "él" in doc.text


def test_long_english_with_spanish_names_stays_english():
    text = ("The army said on Monday that troops of the 5th brigade had clashed with fighters loyal to "
            "Juan de la Cruz near San José del Valle, and that two soldiers were killed in the fighting. "
            "Officials from the region of Las Flores said it was the worst violence there this year.")
    assert guess_language(text) == "en"


# 3. a dateline with a date but no agency ("GOMA, March 8 — ...") is a dateline: its date names no event

def test_dash_dateline_with_date_is_cut_from_the_lead():
    head = parse_head("ALPHAVILLE, March 8 — Rebels took the town on Thursday after heavy fighting.")
    assert head.dateline_place == "Alphaville"
    assert "ALPHAVILLE, March 8 — Rebels"[head.dateline_end:].startswith("Rebels")


def test_html_dateline_date_is_the_filing_day_and_the_weekday_dates_the_event(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Rebels take town</title>"
                    "<meta property=\"article:published_time\" content=\"2024-03-08T09:30:00+02:00\"></head>"
                    "<body><article><h1>Rebels take town</h1><p>ALPHAVILLE, March 8 &mdash; Rebels took control of "
                    "the town of Betaville on Thursday after two days of fighting with the army, residents said.</p>"
                    "<p>Several people were killed, a local official told reporters by telephone.</p></article>"
                    "</body></html>", encoding="utf-8")
    [doc] = list(read([str(page)]))
    assert doc.dateline == "Alphaville" and doc.text[doc.dateline_end:].startswith("Rebels")


# 4 and 5. times resolved against the publication timestamp and its UTC offset

@pytest.mark.parametrize("published, text, span, date, date_end, time", [
    (WED_EVENING, "Rebels attacked the town on Monday.", "on Monday", "2024-03-11", None, None),
    (WED_EVENING, "Police said the raid took place on Wednesday.", "on Wednesday", "2024-03-13", None, None),
    (FRIDAY, "Fighting was reported on Thursday.", "on Thursday", "2024-03-07", None, None),
    (FRIDAY, "The base was shelled last Friday.", "last Friday", "2024-03-01", None, None),
    (WED_EVENING, "The two delegations will meet again on Friday.", "on Friday", "2024-03-15", None, None),
    (WED_EVENING, "Both sides agreed to a truce starting on Saturday.", "on Saturday", "2024-03-16", None, None),
    (WED_EVENING, "The curfew applies from Sunday, officials said.", "Sunday", "2024-03-17", None, None),
    (WED_EVENING, "Clashes went on from Sunday to Tuesday.", "Sunday", "2024-03-10", None, None),
    (WED_EVENING, "Fighting has continued from Sunday, residents said.", "Sunday", "2024-03-10", None, None),
    (WED_EVENING, "The town was attacked on the unfortunate day it is to remember: Sunday.", "Sunday", "2024-03-10",
     None, None),
    (WED_EVENING, "The ministry said on Friday that the talks will resume.", "on Friday", "2024-03-08", None, None),
    (WED_EVENING, "Voting will take place next Tuesday.", "next Tuesday", "2024-03-19", None, None),
    (WED_MORNING, "Drones struck the port last night.", "last night", "2024-03-12", "2024-03-13", None),
    (WED_EVENING, "Drones struck the port last night.", "last night", "2024-03-12", "2024-03-13", None),
    (WED_MORNING, "Heavy shelling was heard overnight.", "overnight", "2024-03-12", "2024-03-13", None),
    (WED_EVENING, "Saturday night raids left two dead.", "Saturday night", "2024-03-09", "2024-03-10", None),
    (WED_EVENING, "Three attacks this week killed 12.", "this week", "2024-03-11", "2024-03-13", None),
    (WED_EVENING, "The blast happened at 0900 GMT.", "0900 GMT", "2024-03-13", None, "12:00"),
    (WED_MORNING, "The blast happened at 2200 GMT.", "2200 GMT", "2024-03-13", None, "01:00"),
    (WED_EVENING, "The strike came at 10 a.m. local time.", "10 a.m.", "2024-03-13", None, "10:00"),
    (WED_MORNING, "The strike came at 1400 local time.", "1400 local time", "2024-03-12", None, "14:00"),
    (WED_EVENING, "The first attack came on the 12th.", "on the 12th", "2024-03-12", None, None),
    (WED_EVENING, "Elections were held on the 20th.", "on the 20th", "2024-02-20", None, None),
    (WED_EVENING, "Talks are due to resume on the 20th.", "on the 20th", "2024-03-20", None, None),
    (WED_EVENING, "Militants struck on the 5th of March.", "5th of March", "2024-03-05", None, None),
])
def test_time_expressions_against_the_publication(published, text, span, date, date_end, time):
    found = [t for t in find_timexes(text, dt.datetime.fromisoformat(published)) if span.lower() in t.text.lower()]
    assert found, f"no expression found for {span!r}"
    tx = found[0]
    assert tx.date == date
    if date_end:
        assert tx.date_end == date_end
    if time:
        assert tx.time == time


def test_early_monday_is_part_of_a_day():
    [tx] = find_timexes("The convoy was ambushed early Monday.", dt.datetime.fromisoformat(WED_EVENING))
    assert (tx.date, tx.precision) == ("2024-03-11", "part_of_day")


def test_cessation_of_hostilities_starting_on_friday_is_not_the_previous_friday():
    published = dt.datetime.fromisoformat("2024-01-17T12:00:00+03:00")  # a Wednesday
    [tx] = [t for t in find_timexes("Both sides agreed to a cessation of hostilities starting on Friday.", published)]
    assert tx.date == "2024-01-19"


def test_short_latin1_jsonl_is_read_as_latin1_when_streamed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(json.dumps({"id": "s1", "text": "Soldados atacaron él pueblo de Alpha."},
                                ensure_ascii=False).encode("latin-1") + b"\n")
    [doc] = list(stream([str(path)]))
    assert "él" in doc.text and doc.language == "other"


@pytest.mark.parametrize("text, span, date", [
    ("Officials will use Monday's attack to argue for more troops.", "Monday's", "2024-03-11"),
    ("The party will try to recover from Monday night’s debate.", "Monday night", "2024-03-11"),
])
def test_a_possessive_weekday_is_not_resolved_forward(text, span, date):
    [tx] = [t for t in find_timexes(text, dt.datetime.fromisoformat(WED_EVENING)) if span in t.text]
    assert tx.date == date


def test_the_nth_followed_by_a_noun_is_not_a_day():
    assert not find_timexes("The gunman fired from a window on the 12th floor.", dt.datetime.fromisoformat(WED_EVENING))
