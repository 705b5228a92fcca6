"""Readers: heads in every common form, HTML, JSONL, folders, and every kind of bad input."""
import json

import pytest

from sitrep.errors import InputError
from sitrep.ingest import from_text, infer_outlet, read, read_bytes
from sitrep.ingest.head import parse_datetime, parse_head


@pytest.mark.parametrize("value, expected", [
    ("13 September 2022 13:10 (UTC+04:00)", "2022-09-13T13:10:00+04:00"),
    ("2022-09-13", "2022-09-13"),
    ("Sep 13, 2022", "2022-09-13"),
    ("2022-09-13T13:10:00+04:00", "2022-09-13T13:10:00+04:00"),
    ("Tuesday, 13 Sep 2022 09:15 GMT", "2022-09-13T09:15:00+00:00"),
    ("September 13, 2022 5:40 PM", "2022-09-13T17:40:00"),
])
def test_dates_in_common_forms(value, expected):
    assert parse_datetime(value) == expected


def test_head_lines_become_metadata_and_body_keeps_offsets():
    raw = "Border clashes resume\n\ndate 2023-01-05\nBy Jane Roe\n\nTroops clashed on Thursday near the border."
    head = parse_head(raw)
    doc = from_text(raw, "x.txt")
    assert (doc.title, doc.published, doc.author) == ("Border clashes resume", "2023-01-05", "Jane Roe")
    # the headline stays above the body (its claims are read); the other head lines are metadata only
    assert doc.text == "Border clashes resume\n\n" + raw[head.body_start:]


@pytest.mark.parametrize("raw", [
    "Rebels seize river port\nBy A. Writer\nMay 2, 2024 10:15 (UTC+01:00)\n\nRebels seized the port on Wednesday.",
    "Rebels seize river port\n2024-05-02T10:15:00+01:00\nRebels seized the port on Wednesday.",
])
def test_title_directly_above_a_byline_or_date_is_the_title(raw):
    doc = from_text(raw, "x.txt")
    assert doc.title == "Rebels seize river port"
    assert doc.published == "2024-05-02T10:15:00+01:00"
    assert doc.text == "Rebels seize river port\n\nRebels seized the port on Wednesday."


def test_first_line_of_a_body_without_head_is_not_a_title():
    raw = "Rebels seized the port on Wednesday\nThe army said it would retake it."
    assert from_text(raw, "x.txt").title is None


def test_outlet_line_between_title_and_date():
    raw = "Drones hit river port\nHarbour Courier\n2025-03-14 21:05 (UTC+02:00)\n\nDrones hit the port overnight."
    doc = from_text(raw, "x.txt")
    assert (doc.title, doc.outlet, doc.published) == ("Drones hit river port", "Harbour Courier",
                                                      "2025-03-14T21:05:00+02:00")
    assert doc.text == "Drones hit river port\n\nDrones hit the port overnight."


@pytest.mark.parametrize("raw, author, outlet", [
    ("Statement on the incident\n\ndate 2024-05-14\nBy Press service of the State Border Service of the Republic\n\n"
     "Shots were fired.", "Press service of the State Border Service of the Republic", None),
    ("Guards killed in clash\n\ndate 2024-05-14\nBy Ann Lee\noutlet Steppe Wire\n\nShots were fired.", "Ann Lee",
     "Steppe Wire"),
])
def test_long_bylines_and_keyed_lines_without_colon(raw, author, outlet):
    doc = from_text(raw, "x.txt")
    assert (doc.author, doc.outlet) == (author, outlet)
    assert doc.text.endswith("\n\nShots were fired.") and doc.text.startswith(doc.title)


def test_a_sentence_starting_with_by_is_body():
    raw = "By Tuesday evening the army had taken the town.\nResidents fled."
    doc = from_text(raw, "x.txt")
    assert doc.author is None and doc.text.startswith("By Tuesday")


def test_outlet_comma_date_line_and_outlet_line_closing_the_head():
    doc = from_text("Raiders seize cattle\nBy A. Writer\nValley Times, 12 March 2025\n\nRaiders seized cattle.", "x")
    assert (doc.outlet, doc.published, doc.author) == ("Valley Times", "2025-03-12", "A. Writer")
    doc = from_text("Raiders seize cattle\n2025-06-09T16:20:00-05:00\nValley Times English\n\nRaiders seized cattle.", "x")
    assert (doc.outlet, doc.published) == ("Valley Times English", "2025-06-09T16:20:00-05:00")
    assert doc.text == "Raiders seize cattle\n\nRaiders seized cattle."


@pytest.mark.parametrize("lead, place", [("CALI — Dissidents attacked a police post.", "Cali"),
                                         ("GAZA CITY, Gaza - Strikes hit a school.", "Gaza City")])
def test_dash_dateline_without_agency(lead, place):
    doc = from_text(lead, "x")
    assert doc.dateline_end and lead[doc.dateline_end:][0].isupper()
    assert parse_head(lead).dateline_place == place


def test_title_right_above_a_dateline_and_a_place_comma_date_line():
    doc = from_text("Raiders seize cattle in the north\nOSH, May 3 (Valley Wire) - Raiders seized cattle.", "x")
    assert doc.title == "Raiders seize cattle in the north" and doc.outlet == "Valley Wire"
    assert doc.text == "Raiders seize cattle in the north\n\nOSH, May 3 (Valley Wire) - Raiders seized cattle."
    # the dateline's offsets point into the text, under the headline
    assert doc.text[doc.dateline_start:doc.dateline_end] == "OSH, May 3 (Valley Wire) - "
    doc = from_text("Statement: clinic hit\nGeneva, 12 February 2025\n\nA clinic was hit.", "x")
    assert (doc.published, doc.outlet) == ("2025-02-12", None)  # a one-word name before the date is a place


def test_capitalised_words_and_a_dash_in_a_sentence_are_not_a_dateline():
    assert parse_head("NATO allies met on Tuesday - officials said talks went well.").dateline_end == 0


def test_words_like_title_or_source_without_a_colon_are_body():
    raw = "Source close to the talks says a truce is near\nThe truce could begin on Friday."
    doc = from_text(raw, "x.txt")
    assert doc.outlet is None and doc.text.startswith("Source close")


def test_a_person_reporting_is_not_the_outlet():
    assert infer_outlet("Drones hit the port, Regional Governor Ivan Petrenko reported.") is None
    assert infer_outlet("Drones hit the port, Harbour Courier reported.") == "Harbour Courier"


def test_wire_dateline_gives_outlet_and_date_without_cutting_text():
    doc = from_text("KABUL, March 3 (Reuters) - A roadside bomb killed two police officers on Friday, "
                    "officials said.", "w.txt")
    assert doc.outlet == "Reuters"
    assert doc.published and doc.published.endswith("-03-03")
    assert doc.text.startswith("KABUL, March 3 (Reuters)")


def test_dateline_without_a_year_anywhere_stays_yearless():
    # (s14 h6) "on Tuesday" recurs every few years and names no year: the dateline's day keeps no guessed year
    doc = from_text("YEREVAN, Sept 13 (Reuters) - Armenia said on Tuesday that fighting had resumed.", "w.txt")
    assert doc.published == "--09-13"


def test_outlet_inferred_from_reporting_phrase():
    assert infer_outlet("Troops shelled the town, Trend reports, citing the ministry.") == "Trend"
    assert infer_outlet("The ministry reported no casualties.") is None


def test_html_keeps_title_author_date_and_site(tmp_path):
    html = ("<html><head><title>Clash at the border | Daily Example</title>"
            "<meta property='og:site_name' content='Daily Example'><meta name='author' content='Ann Lee'>"
            "<meta property='article:published_time' content='2023-02-01T08:00:00+01:00'></head><body><article>"
            "<h1>Clash at the border</h1><p>" + "Soldiers exchanged fire near the border post on Tuesday. " * 5 +
            "</p></article></body></html>")
    path = tmp_path / "a.html"
    path.write_text(html)
    [doc] = list(read([str(path)]))
    assert doc.title.startswith("Clash at the border")
    assert doc.author == "Ann Lee"
    assert doc.outlet == "Daily Example"
    assert doc.published.startswith("2023-02-01")
    assert "exchanged fire" in doc.text


def test_jsonl_malformed_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {"id": "a1", "title": "T", "published": "2023-05-01", "outlet": "X", "text": "Police arrested 3 men."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(dict(good, id="a2")) + "\n{\"id\": 3}\n")
    items = list(read([str(path)]))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["a1", "a2"]
    assert len(errors) == 2 and ":2:" in str(errors[0]) and "malformed JSON" in str(errors[0])


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (bytes(range(256)) * 20, "binary"),
])
def test_unreadable_bytes_get_a_reason(data, reason):
    [item] = list(read_bytes(data, "f.txt", suffix=".txt"))
    assert isinstance(item, InputError) and reason in str(item)


def test_other_encodings_are_decoded():
    text = "Les soldats ont été déployés près de la frontière. Troops were deployed near the border on Monday."
    for codec in ("latin-1", "utf-16", "cp1252"):
        [doc] = list(read_bytes(text.encode(codec), f"f-{codec}.txt", suffix=".txt"))
        assert not isinstance(doc, InputError)
        assert "été" in doc.text


def test_huge_file_is_skipped_with_its_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (3 * 1024 * 1024 // 5 + 10))
    [item] = list(read([str(path)]))
    assert isinstance(item, InputError) and "MB" in str(item) and "limit" in str(item)


def test_folder_is_walked_and_unsupported_files_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Rebels attacked a convoy near the town on Sunday, police said.")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    items = list(read([str(tmp_path)]))
    assert sum(not isinstance(i, InputError) for i in items) == 1
    assert any("unsupported file type '.pdf'" in str(i) for i in items if isinstance(i, InputError))


def test_non_english_text_is_flagged():
    doc = from_text("Военные заявили, что обстрел продолжался всю ночь в районе границы и в деревнях.", "ru.txt")
    assert doc.language == "other"
    assert from_text("Soldiers said the shelling went on all night along the border.", "en.txt").language == "en"


def test_html_without_body_is_reported(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav>menu</nav></body></html>")
    [item] = list(read([str(path)]))
    assert isinstance(item, InputError) and "no article body" in str(item)


def test_document_hash_follows_its_text():
    from sitrep.model import Document, content_hash

    doc = Document("Shelling hit the market on Monday.")
    first = doc.hash
    assert first == content_hash(doc.text) and doc.hash is first  # remembered, not recomputed
    doc.text = "Shelling hit the market on Tuesday."
    assert doc.hash == content_hash(doc.text) != first


def test_a_title_given_as_a_field_stays_out_of_the_text():
    doc = from_text("Title: Border clashes resume\ndate 2023-01-05\n\nTroops clashed near the border.", "x.txt")
    assert doc.title == "Border clashes resume" and doc.text == "Troops clashed near the border."
