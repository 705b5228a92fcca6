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


ROUND_UP = """Weekly security round-up

MOZAMBIQUE - The Mozambican army said it killed six insurgents in an operation near Mocímboa da Praia on Tuesday.

Guatemala: A land clash between two farming communities in Alta Verapaz left three people dead on Wednesday, the
interior ministry said.

ECUADOR - Gunmen killed five people at a billiard hall in Durán on Tuesday night, police said.
"""


def test_a_round_ups_headings_are_no_part_of_the_actors(extract_text):
    record = extract_text(ROUND_UP, published="2026-06-05").to_json()
    names = [a["name"] for e in record["events"] for a in e["actors"]]
    assert not any(n.isupper() and len(n) > 4 or " - " in n or n in ("Guatemala", "GUATEMALA") for n in names), names
    [shooting] = [e for e in record["events"] if e["acled"]["event_type"] == "Violence against civilians"]
    assert [(a["role"], a["name"]) for a in shooting["actors"]][0] == ("actor1", "Gunmen"), shooting["actors"]


def test_a_round_ups_other_country_is_no_side_of_a_fight(extract_text):
    record = extract_text(ROUND_UP, published="2026-06-05").to_json()
    [land] = [e for e in record["events"] if any(loc["country"] == "GT" for loc in e["locations"])]
    assert not any(a["country"] == "MOZ" for a in land["actors"]), land["actors"]


def test_the_town_a_village_is_placed_near_is_no_second_place_of_the_event(extract_text):
    record = extract_text("Insurgents attacked Maua, a village near Marrupa town in Niassa province, on Tuesday, "
                          "burning homes.", published="2026-06-10").to_json()
    assert {loc["name"] for e in record["events"] for loc in e["locations"]} == {"Maua"}, record["events"]


def test_a_party_fighting_for_a_cause_is_who_it_is_not_a_fight(extract_text):
    record = extract_text("JAYAPURA (AP) — Rebels fighting for independence in the province attacked a police post "
                          "in Puncak on Friday, killing two officers, police said.", published="2026-05-02").to_json()
    [event] = record["events"]
    assert event["evidence"][0]["text"].startswith("Rebels") and "attacked" in event["evidence"][0]["text"], event
    assert event["date"] == "2026-05-01", event


def test_a_fight_for_a_town_is_still_one(extract_text):
    record = extract_text("Soldiers fighting for control of Puncak clashed with rebels on Friday, police said.",
                          published="2026-05-02").to_json()
    assert [e["acled"]["sub_event_type"] for e in record["events"]] == ["Armed clash"], record["events"]


def test_a_groups_own_toll_does_not_add_to_the_reported_one(extract_text):
    record = extract_text("NIAMEY, Feb 6 (Wirepress) - Jihadist fighters killed at least 22 soldiers in an attack on "
                          "an army post near Tillabéri on Wednesday, the defence ministry said.\n\nThe attack was "
                          "claimed by the Islamic State Sahel Province, which said on its Telegram channel that it "
                          "killed more than 40 soldiers.", published="2026-02-06").to_json()
    tolls = [(q["best"], e["status"]) for e in record["events"] for q in e["quantities"] if q["kind"] == "fatalities"]
    assert (22, "reported") in tolls and (40, "reported") not in tolls, tolls


def test_a_group_telling_its_own_deed_is_its_claim(extract_text):
    record = extract_text("The Islamic State Sahel Province said on its Telegram channel that it killed more than 40 "
                          "soldiers near Tillabéri on Wednesday.", published="2026-02-06").to_json()
    assert [e["status"] for e in record["events"]] == ["claimed"], record["events"]


def test_gunmen_linked_to_a_group_are_the_attackers_not_speakers(extract_text):
    record = extract_text("Gunmen linked to the Jaish al-Adl group ambushed a police patrol near Saravan on Monday.",
                          published="2026-06-10").to_json()
    assert not [c for c in record["claims"] if c["claimant"]["name"] == "Gunmen"], record["claims"]
    assert [(a["role"], a["name"]) for e in record["events"] for a in e["actors"]][0] == ("actor1", "Gunmen"), \
        record["events"]


def test_someone_linking_an_attack_to_a_group_still_says_so(extract_text):
    record = extract_text("Police linked the ambush to the Jaish al-Adl group on Monday.",
                          published="2026-06-10").to_json()
    assert [c["claimant"]["name"] for c in record["claims"]] == ["Police"], record["claims"]
