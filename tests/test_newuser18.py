"""New-user pass 18 (session 25, h7): an OSINT analyst's invented articles -- a PDF's text dump with its page
numbers, a Telegram repost ("Forwarded from …"), a bilingual page dated in Spanish, and round-ups of several
countries. Texts are made up."""
from sitrep.ingest import from_text

PDF_DUMP = """Page 1 of 2
Lake Region Monitor: Raids Spread North
Borderlands Research Group
14 October 2026

Page 1 of 2

Gunmen burned a market in Mandimba on 9 October, residents said.

Page 2 of 2

Police arrested four suspects in Cuamba on Monday.
"""


def test_a_pdfs_page_numbers_are_neither_title_nor_text():
    doc = from_text(PDF_DUMP, "<test>")
    assert doc.title == "Lake Region Monitor: Raids Spread North", doc.title
    assert doc.published == "2026-10-14" and doc.outlet == "Borderlands Research Group", doc
    assert "Page" not in doc.text, doc.text
    # (the page's break leaves one paragraph break between the paragraphs it parted)
    assert "residents said.\n\nPolice arrested" in doc.text, doc.text


def test_a_page_number_inside_a_sentence_stays():
    doc = from_text("Gunmen killed two men on page 3 of the report's annex, which covers Mandimba.\n", "<test>")
    assert "page 3" in doc.text


def test_a_telegram_reposts_channel_is_the_outlet_and_leaves_the_text():
    raw = ("Forwarded from Valley Radio Updates\n"
           "Fighting between the army and a local militia in Longechuk county killed nine people on Tuesday, a county "
           "official said.\n")
    doc = from_text(raw, "<test>")
    assert doc.outlet == "Valley Radio Updates", doc.outlet
    assert doc.text.startswith("Fighting between"), doc.text


def test_forwarded_inside_the_body_is_no_head():
    raw = "The letter was forwarded from the governor's office to the army on Tuesday, officials said.\n"
    doc = from_text(raw, "<test>")
    assert doc.outlet is None and doc.text.startswith("The letter was forwarded"), doc


def test_a_spanish_date_line_above_a_bilingual_headline(extract_text):
    raw = ("Pasto, 12 de abril de 2026\n"
           "Atacan base militar en Nariño / Attack on army base in Nariño\n\n"
           "PASTO - Armed dissidents attacked an army base in Samaniego on Friday night, wounding three soldiers, the "
           "army said.\n")
    record = extract_text(raw).to_json()
    doc = record["document"]
    assert doc["published"] == "2026-04-12", doc
    assert doc["title"] == "Atacan base militar en Nariño / Attack on army base in Nariño", doc
    assert "12 de abril" not in doc["text"], doc["text"]
    [event] = [e for e in record["events"] if e["acled"]["event_type"] == "Battles"]
    assert event["date"] == "2026-04-10", event
    # (the dateline opens the body: no part of the attackers' name)
    assert all("PASTO" not in a["name"] for a in event["actors"]), event["actors"]


def test_a_portuguese_date_line_too():
    doc = from_text("Lichinga, 14 de março de 2026\n\nGunmen attacked a convoy near Mecula on Sunday, police said.\n",
                    "<test>")
    assert doc.published == "2026-03-14", doc.published

