"""Ingest on heads not seen before: a town or a country on a head line is no outlet, a live blog's first stamp
stays in the text, and ambiguous zone abbreviations ("14:05 IST") take the offset of the one country the
article points to, or none with a warning. Every article here is made up."""
from __future__ import annotations

import pytest

from sitrep.ingest import from_text, read_bytes

BODY = "Gunmen killed four police officers in an ambush on a highway on Monday, the state security ministry said.\n"


def _html(doc: str) -> list:
    return list(read_bytes(doc.encode(), "page.html", suffix=".html"))


# --- a town or a country on a head line -----------------------------------------------------------------------
@pytest.mark.parametrize("raw", [
    "Four police officers killed in highway ambush\nMexico City, 3 June 2025\n\n" + BODY,
    "Four police officers killed in highway ambush\nSan Salvador, 3 June 2025\nBy Ana Ruiz\n\n" + BODY,
])
def test_a_town_and_a_date_under_the_headline_are_the_dateline_not_the_outlet(raw):
    doc = from_text(raw, "a.txt")
    assert doc.outlet is None
    assert doc.published == "2025-06-03"
    assert doc.dateline in ("Mexico City", "San Salvador")
    assert doc.text.startswith("Four police officers killed in highway ambush\n\nGunmen killed")


def test_a_town_and_a_date_as_the_first_line_are_no_headline():
    doc = from_text("Mexico City, 3 June 2025\n\n" + BODY, "a.txt")
    assert doc.title is None
    assert doc.published == "2025-06-03" and doc.dateline == "Mexico City"
    assert doc.text.startswith("Gunmen killed")


def test_an_outlet_and_a_date_still_give_the_outlet():
    doc = from_text("Four police officers killed in highway ambush\nHarbour Ledger, 3 June 2025\n\n" + BODY, "a.txt")
    assert doc.outlet == "Harbour Ledger" and doc.published == "2025-06-03"


@pytest.mark.parametrize("raw", [
    "Attack on army base repelled\nFederal Republic of Somalia\n3 June 2025\n\n" + BODY,
    "Federal Republic of Somalia\n\n" + BODY,
    "Republic of Chad\nMinistry of Defence\nPress Release No. 14/2025\n\n" + BODY,
])
def test_a_countrys_formal_name_is_a_letterhead_not_the_outlet_nor_the_headline(raw):
    doc = from_text(raw, "a.txt")
    assert doc.outlet in (None, "Ministry of Defence")
    assert doc.title in (None, "Attack on army base repelled")
    assert "Republic of" not in doc.text


def test_an_outlets_own_line_above_the_date_is_still_the_outlet():
    doc = from_text("Attack on army base repelled\nSteppe Ledger\n3 June 2025\n\n" + BODY, "a.txt")
    assert doc.outlet == "Steppe Ledger"


# --- a live blog's first stamp ---------------------------------------------------------------------------------
def test_a_live_blogs_first_stamp_is_no_headline_and_stays_in_the_text():
    raw = ("08:05 GMT\n\nRebels attacked an army post near the river overnight, the army said.\n\n"
           "09:40 GMT\n\nTwo civilians were killed by shelling, local officials said.\n")
    doc = from_text(raw, "live.html", title="Live: fighting in the north")  # the page's title, as HTML gives it
    assert doc.text.startswith("08:05 GMT\n\nRebels attacked")
    assert doc.title == "Live: fighting in the north"
    bare = from_text(raw, "live.txt")
    assert bare.title is None and bare.text.startswith("08:05 GMT")


# --- ambiguous zone abbreviations -----------------------------------------------------------------------------
HEAD_IST = "Troops exchange fire on the border\n8 May 2025, 14:05 IST\n\n"
SHOT = "Soldiers exchanged fire across the border near a village on Thursday morning, an army spokesman said.\n"


@pytest.mark.parametrize("meta, expected", [
    ({"url": "https://www.valleyledger.in/news/border"}, "2025-05-08T14:05:00+05:30"),   # the country-code domain
    ({"outlet": "Times of India"}, "2025-05-08T14:05:00+05:30"),                        # a country in the outlet
    ({"outlet": "The Irish Chronicle"}, "2025-05-08T14:05:00+01:00"),                   # a demonym in the outlet
])
def test_an_ambiguous_zone_takes_the_offset_of_the_articles_country(meta, expected):
    doc = from_text(HEAD_IST + SHOT, "a.txt", **meta)
    assert doc.published == expected
    assert doc.warnings == []


def test_an_ambiguous_zone_is_settled_by_the_dateline_town():
    doc = from_text("Troops exchange fire on the border\n8 May 2025 2:05 PM BST\n\nDHAKA, May 8 (Delta Wire) - " + SHOT,
                    "a.txt")
    assert doc.published == "2025-05-08T14:05:00+06:00"


@pytest.mark.parametrize("meta", [{}, {"outlet": "Harbour Wire"},
                                  {"outlet": "Dhaka Courier", "url": "https://news.example.co.uk/a"}])
def test_an_ambiguous_zone_with_no_clear_country_keeps_no_offset_and_says_why(meta):
    raw = HEAD_IST.replace("IST", "BST") + SHOT
    doc = from_text(raw, "a.txt", **meta)
    assert doc.published == "2025-05-08T14:05:00"
    assert len(doc.warnings) == 1 and "BST" in doc.warnings[0] and "without a UTC offset" in doc.warnings[0]
    assert "Bangladesh" in doc.warnings[0]


def test_a_time_with_its_own_offset_is_left_alone():
    from sitrep.ingest.head import settle_zone

    assert settle_zone("2025-05-08T14:05:00+03:00", "8 May 2025, 14:05 AST", outlet="Times of India") == \
        ("2025-05-08T14:05:00+03:00", None)
    assert settle_zone("2025-05-08", "8 May 2025", outlet="Times of India") == ("2025-05-08", None)


def test_an_html_byline_gives_the_time_of_a_page_dated_by_its_day():
    page = ("<!doctype html><html><head><title>Border clash wounds two soldiers | Dhaka Courier</title></head><body>"
            "<article><h1>Border clash wounds two soldiers</h1>"
            "<div class=\"byline\">By Staff Reporter | Updated: 8 May 2025, 14:05 BST</div>"
            "<p>Soldiers exchanged fire across the border near a village on Thursday morning, an army spokesman "
            "said in a statement to reporters.</p><p>Two soldiers were wounded in the exchange, according to "
            "officials in the district.</p></article></body></html>")
    [doc] = _html(page)
    assert doc.published == "2025-05-08T14:05:00+06:00"
    assert doc.author == "Staff Reporter"
    assert doc.warnings == []
    # no outlet, no web address: the time stays without an offset, and the byline still signs the page
    [bare] = _html(page.replace(" | Dhaka Courier", "").replace("<title>", "<title>Report: "))
    assert bare.published == "2025-05-08T14:05:00" and bare.author == "Staff Reporter"
    assert len(bare.warnings) == 1 and "BST" in bare.warnings[0]


def test_a_zone_left_unsettled_is_a_warning_of_the_extracted_record():
    from sitrep.pipeline import extract

    doc = from_text(HEAD_IST.replace("IST", "BST") + SHOT, "a.txt")
    record = next(extract([doc])).to_json()
    assert any("BST" in w and "without a UTC offset" in w for w in record["warnings"])
