"""New-user pass 17 (session 24, h7): a humanitarian analyst's invented articles -- a situation report in bullet
points, a bulletin whose date line reads "Issued:", a place opening a sentence before its speaker, and the Pakistani
"District X" through the CLI. Texts are made up."""
import json

from conftest import run_cli

BULLETS = """Flash Update No. 3

KEY POINTS
• Armed men attacked the village of Dessalines-Ouest on 4 May, killing at least nine residents, according to
the civil protection office.
• About 2,300 people fled towards Gonaïves.
"""


def test_a_bullet_point_is_an_item_of_its_own(extract_text):
    record = extract_text(BULLETS, published="2026-05-06").to_json()
    [attack] = [e for e in record["events"] if e["acled"]["event_type"] == "Violence against civilians"]
    assert attack["evidence"][0]["text"].startswith("Armed men attacked"), attack["evidence"]
    assert all("•" not in a["name"] and "KEY POINTS" not in a["name"] for e in record["events"]
               for a in e["actors"]), record["events"]


def test_a_bulletins_issued_line_is_its_date(extract_text):
    raw = "Field security note\nIssued: 9 April 2026\n\nGunmen ambushed a convoy near Kidal on Tuesday.\n"
    doc = extract_text(raw).to_json()
    assert doc["document"]["published"] == "2026-04-09", doc["document"]
    assert "Issued" not in doc["document"]["text"], doc["document"]["text"]
    assert doc["events"][0]["date"] == "2026-04-07", doc["events"]


def test_issued_by_opening_a_body_is_no_date_line(extract_text):
    raw = "Issued by the regional office, the note says gunmen ambushed a convoy near Kidal on Tuesday.\n"
    doc = extract_text(raw, published="2026-04-09").to_json()
    assert doc["document"]["text"].startswith("Issued by"), doc["document"]


def test_a_place_opening_the_sentence_before_its_speaker_places_the_event(extract_text):
    record = extract_text("PORT-AU-PRINCE - In Mirebalais, residents said gunmen kidnapped six traders on "
                          "Sunday night.", published="2026-05-05").to_json()
    [event] = record["events"]
    assert [loc["name"] for loc in event["locations"]] == ["Mirebalais"], event


def test_where_it_was_said_still_is_no_place_of_the_event(extract_text):
    record = extract_text("The minister told a press conference in Lima that gunmen killed two guards in Puno.",
                          published="2026-05-05").to_json()
    assert [loc["name"] for e in record["events"] for loc in e["locations"]] == ["Puno"], record["events"]


def test_district_before_the_name_through_the_cli():
    raw = ("PESHAWAR, May 2, 2026: A roadside bomb wounded three policemen in District Lakki Marwat on Friday, "
           "police said.\n")
    res = run_cli("extract", "-", "--format", "json", input=raw.encode())
    assert res.returncode == 0, res.stderr.decode()
    [event] = json.loads(res.stdout)["events"]
    assert [(loc["name"], loc["country"], loc["precision"]) for loc in event["locations"]] == [
        ("Lakki Marwat District", "PK", "district")], event["locations"]
