"""An eleventh new-user pass: a wire dateline closed by a colon with its date ("PESHAWAR, November 19, 2026:
Militants…", as Pakistani papers write it) is read, and a paper's name right above it is the outlet, not a
headline; a paper's name with an edition ("El Sol del Norte (English edition)") or ending in "Report", "Briefing",
"Insight" above the date lines is the outlet. Everything here is made up."""

import json

import pytest

from conftest import run_cli


def _read(text: str):
    from sitrep.ingest.readers import read_text

    (doc,) = list(read_text(text, "made-up.txt"))
    return doc


# --- ingest: a dateline closed by a colon, with its date ------------------------------------------------------------
COLON = """Frontier Ledger
PESHAWAR, November 19, 2026: Militants stormed a police checkpost in a made-up district late on Tuesday night,
killing three policemen in a gunbattle that lasted two hours, police said.

The attackers fled towards the mountains, a police officer said.
"""


def test_a_dateline_with_its_date_and_a_colon_is_read_and_the_papers_name_above_it_is_the_outlet():
    doc = _read(COLON)
    assert doc.published == "2026-11-19"
    assert doc.dateline == "Peshawar"
    assert doc.outlet == "Frontier Ledger" and doc.title is None
    assert doc.text.startswith("PESHAWAR, November 19, 2026: Militants stormed")
    assert doc.text[doc.dateline_start:doc.dateline_end] == "PESHAWAR, November 19, 2026: "


@pytest.mark.parametrize("dateline, published", [("LAHORE, Nov 19, 2026:", "2026-11-19"),
                                                 ("QUETTA, 19 November 2026:", "2026-11-19"),
                                                 ("LAHORE, Nov 19:", "--11-19"),
                                                 ("QUETTA:", None)])
def test_a_colon_dateline_with_or_without_its_date(dateline, published):
    doc = _read(f"{dateline} Gunmen killed two policemen at a made-up checkpoint on Monday, officials said.\n")
    assert doc.published == published
    assert doc.dateline in ("Lahore", "Quetta")
    assert doc.text.startswith(dateline)


def test_a_label_with_a_colon_is_still_no_dateline():
    doc = _read("UPDATE: Gunmen killed two policemen at a made-up checkpoint on Monday, officials said.\n")
    assert doc.dateline is None and doc.published is None


def test_a_headline_above_a_colon_dateline_stays_the_headline():
    doc = _read("Gunmen kill three policemen\n\nPESHAWAR, November 19, 2026: Militants stormed a made-up checkpost "
                "late on Tuesday night, police said.\n")
    assert doc.title == "Gunmen kill three policemen" and doc.outlet is None
    assert doc.published == "2026-11-19" and doc.dateline == "Peshawar"


def test_a_headline_shaped_first_line_right_above_the_dateline_is_the_outlet_only_when_named_like_one():
    doc = _read("Troops clash with militants\nPESHAWAR, November 19, 2026: Militants stormed a made-up checkpost "
                "late on Tuesday night, police said.\n\nTwo attackers were killed, police said.\n")
    assert doc.outlet is None and doc.title == "Troops clash with militants"


def test_the_events_of_a_colon_dated_article_are_dated_from_it(tmp_path):
    path = tmp_path / "colon.txt"
    path.write_text(COLON)
    res = run_cli("extract", str(path))
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["document"]["published"] == "2026-11-19"
    # "late on Tuesday night" before Thursday 19 November 2026
    assert [e["date"]["start"] if isinstance(e["date"], dict) else e["date"] for e in record["events"]][:1] == \
        ["2026-11-17"]


# --- ingest: a paper's name with an edition, or ending in "Report" ------------------------------------------------
@pytest.mark.parametrize("name", ["El Sol del Norte (English edition)", "Adriatic Report", "Haiti Briefing",
                                  "Balkan Insight"])
def test_a_papers_name_above_the_date_and_the_body_is_the_outlet_not_the_headline(name):
    doc = _read(f"{name}\n15 November 2026\n\nPRISTINA – Police arrested two men at a made-up border crossing on "
                "Saturday, the police said.\n\nSeveral hundred people protested against the arrests on Sunday.\n")
    assert doc.outlet == name and doc.title is None
    assert doc.published == "2026-11-15" and doc.dateline == "Pristina"


def test_a_papers_name_above_a_dateline_line_with_a_town_region_and_date():
    doc = _read("El Sol del Norte (English edition)\nCuliacán, Sinaloa, Nov. 21, 2026\n\nGunmen killed six people at "
                "a made-up family party on Friday night, state prosecutors said.\n\nThe attackers fled in two "
                "pickup trucks.\n")
    assert doc.outlet == "El Sol del Norte (English edition)" and doc.title is None
    assert doc.published == "2026-11-21"


@pytest.mark.parametrize("name", ["Zarbon", "Khabar Zarbon"])
def test_a_name_of_one_or_two_capitalised_words_above_the_date_and_the_body_is_the_outlet(name):
    doc = _read(f"{name}\nPublished November 20, 2026\n\nQUETTA: Seven soldiers were killed in a made-up attack on "
                "Wednesday, officials said.\n")
    assert doc.outlet == name and doc.title is None
    assert doc.published == "2026-11-20" and doc.dateline == "Quetta"


def test_a_short_name_above_a_byline_stays_the_headline():
    doc = _read("Kabul Blast\nBy Ann Roe\n2 May 2024\n\nA blast hit a made-up market on Thursday, police said.\n")
    assert doc.title == "Kabul Blast" and doc.outlet is None and doc.author == "Ann Roe"


def test_a_short_headline_in_sentence_case_above_the_date_stays_the_headline():
    doc = _read("Curfew imposed\nPublished November 20, 2026\n\nQUETTA: Seven soldiers were killed in a made-up "
                "attack on Wednesday, officials said.\n")
    assert doc.title == "Curfew imposed" and doc.outlet is None


# --- ingest: a head date without its year -----------------------------------------------------------------------
def test_a_head_date_without_its_year_is_not_given_this_years():
    doc = _read("Made-up war: live updates\n\nWednesday 5 March\n\n09:10 GMT\nStrikes hit a made-up town overnight, "
                "medics said.\n\n11:20 GMT\nThe army said it struck a made-up site.\n")
    assert doc.published == "--03-05"  # year-less, as a dateline without its year
    doc = _read("Published 5 March, 09:10 GMT\n\nStrikes hit a made-up town overnight after talks that opened on "
                "1 March 2025, medics said.\n")
    assert doc.published == "2025-03-05T09:10:00+00:00"  # the year of the full date the article tells


def test_a_head_date_without_its_year_takes_the_year_of_published(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text("Wednesday 5 March\n\nStrikes hit a made-up town in Sudan on Tuesday, killing four people, "
                    "medics said.\n")
    res = run_cli("extract", str(path), "--published", "2025-03-05")
    assert res.returncode == 0, res.stderr.decode()
    record = json.loads(res.stdout)
    assert record["document"]["published"] == "2025-03-05"


# --- ingest: a page's share bar ----------------------------------------------------------------------------------
@pytest.mark.parametrize("bar", ["Share this: Facebook Twitter WhatsApp", "Share on Facebook", "Share this article",
                                 "Follow us on X and Telegram", "Share"])
def test_a_share_bar_leaves_the_text(bar):
    doc = _read(f"Gunmen killed seven people in a made-up village on Sunday, police said.\n\n{bar}\n\n"
                "The attackers fled on motorcycles, residents said.\n")
    assert bar not in doc.text
    assert doc.text.endswith("The attackers fled on motorcycles, residents said.")


def test_a_sentence_about_sharing_stays():
    doc = _read("Gunmen killed seven people in a made-up village on Sunday, police said.\n\nShare this: the army "
                "said it would share intelligence with the police.\n")
    assert "share intelligence" in doc.text


# --- web UI: the documents page searches -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def many_docs_ui(tmp_path_factory):
    from sitrep.model import Record
    from sitrep.store import Store

    from conftest import browsing

    def ev(n, date, end, sub, place):
        return {"id": f"doc-00-e{n}", "acled": {"event_type": "Explosions/Remote violence", "sub_event_type": sub,
                                                "interaction": None}, "plover": {},
                "date": date, "date_end": end, "date_precision": "day", "actors": [],
                "locations": [{"name": place, "country": "SD", "lat": 13.6 + n, "lon": 25.3, "precision": "town"}],
                "quantities": [], "sources": [], "status": "reported", "historical": False, "evidence": []}

    path = tmp_path_factory.mktemp("newuser11ui") / "docs.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {
            "id": "live", "title": "Made-up war: live updates", "published": "2025-03-04T21:10:00+00:00",
            "language": "en", "text": "Made-up live text about shelling and drone strikes."},
            "events": [ev(1, "2025-03-03", "2025-03-04", "Shelling/artillery/missile attack", "Made-up Fasher"),
                       ev(2, "2025-03-04", None, "Air/drone strike", "Made-up Omdurman")], "claims": []}))
        for i in range(60):
            town = "Made-up Harbour" if i % 20 == 0 else "Made-up Hills"
            store.add(Record.from_json({"document": {
                "id": f"doc-{i:02d}", "title": f"Clash near {town}, report {i}", "published": f"2026-01-{1 + i % 28:02d}",
                "outlet": "Made-up Post", "language": "en",
                "text": f"Gunmen attacked post {i} near {town} on Sunday, police said."}, "events": [], "claims": []}))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_the_documents_page_searches_and_pages_within_its_search(many_docs_ui):
    base, browser = many_docs_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/documents")
        page.wait_for_selector("#documents-table tbody tr")
        assert page.inner_text("#documents-count") == "61 documents (1–50 shown)"
        page.fill("#documents-q", "Harbour")
        page.click("#documents-search button[type=submit]")
        page.wait_for_selector("#documents-count:has-text('matching')")
        assert page.inner_text("#documents-count") == "3 documents matching “Harbour” (1–3 shown)"
        titles = page.locator("#documents-table tbody tr td:nth-child(2)").all_inner_texts()
        assert len(titles) == 3 and all("Harbour" in t for t in titles)
        assert page.input_value("#documents-q") == "Harbour"  # the box keeps what was searched
        page.goto(base + "/#/documents?q=Hills&offset=50")
        page.wait_for_selector("#documents-table tbody tr")
        assert page.inner_text("#documents-count") == "57 documents matching “Hills” (51–57 shown)"
        page.click("text=← prev")
        page.wait_for_selector("#documents-count:has-text('(1–50 shown)')")
        assert "q=Hills" in page.url  # paging keeps the search
    finally:
        page.close()


# --- cli: a feed full of copies, the benchmark data's place -------------------------------------------------------
def test_an_ingest_names_the_first_copies_and_counts_the_rest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"copy-{i}", "text": "Gunmen attacked a made-up market on Sunday, police said."})
             for i in range(30)]
    lines.insert(15, '{"id": "cut", "text": "a line cut sho')
    feed.write_text("\n".join(lines) + "\n")
    res = run_cli("ingest", str(feed), "--db", str(tmp_path / "copies.duckdb"))
    err = res.stderr.decode()
    assert res.returncode == 0, err
    assert err.count("skipped: the same document as") == 20
    assert f"{feed}:16: skipped: malformed JSON line" in err  # every other problem is still named
    assert "sitrep: … and 9 more documents skipped as the same as an earlier one" in err
    assert "1 added, 0 updated, 0 unchanged, 30 skipped" in err


def test_a_missing_benchmark_file_under_shared_says_where_the_data_lives(tmp_path):
    missing = tmp_path / "shared" / "data" / "geo" / "made-up.jsonl"
    res = run_cli("eval", "geo", str(missing), "--gold-spans")
    err = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in err
    assert err.strip() == (f"sitrep: {missing}: No such file or directory (the benchmark data is not in the "
                           "repository: it is read from ../shared/ beside it; give its path)")


# --- ingest: a page's tag list, a release's closing contact line without an end mark ------------------------------
@pytest.mark.parametrize("tags", ["Tags: Kachin, KIA, Bhamo", "Filed under: Sudan | RSF", "Topics: Mali, Sahel"])
def test_a_tag_list_leaves_the_text(tags):
    doc = _read(f"Rebels seized a made-up base on Sunday, a spokesman said.\n\n{tags}\n")
    assert doc.text == "Rebels seized a made-up base on Sunday, a spokesman said."


def test_a_sentence_opening_with_topic_stays():
    doc = _read("Rebels seized a made-up base on Sunday, a spokesman said.\n\nTopic: the rebels said they would "
                "attack again.\n")
    assert doc.text.endswith("they would attack again.")


@pytest.mark.parametrize("contact", ["For more information, contact press@example.org",
                                     "Media contact: Jane Roe, +41 22 555 0101"])
def test_a_closing_contact_line_with_an_address_leaves_the_text(contact):
    doc = _read(f"Geneva, 21 November 2026 — A made-up group condemned the shelling of a camp.\n\n{contact}\n")
    assert doc.text.endswith("condemned the shelling of a camp.")


def test_a_closing_sentence_about_more_information_stays():
    doc = _read("Rebels attacked a made-up post on Monday, police said.\n\nFor more information on the attack, "
                "residents said, the police would hold a briefing.\n")
    assert doc.text.endswith("the police would hold a briefing.")


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.browser
def test_the_events_beside_an_article_fit_their_panel_without_words_broken(many_docs_ui, width):
    base, browser = many_docs_ui
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(base + "/#/document/live")
        page.wait_for_selector("#doc-events tbody tr")
        visible = [t.strip() for t in page.locator("#doc-events thead th:visible").all_inner_texts()]
        assert visible == ["date", "sub-type", "where", "status"]  # the sub-type names its type
        # each cell's words whole: "Air/drone strike" may break after its slash, never inside a word
        for cell in page.locator("#doc-events tbody td:visible").all():
            box = cell.bounding_box()
            words = cell.inner_text().replace("/", " ").split()
            widest = max(page.evaluate("(w) => { const c = document.createElement('canvas').getContext('2d');"
                                       " c.font = getComputedStyle(document.querySelector('#doc-events td')).font;"
                                       " return c.measureText(w).width; }", w) for w in words)
            assert widest <= box["width"], (cell.inner_text(), box)
        table = page.locator("#doc-events").bounding_box()
        panel = page.locator("#doc-events").locator("xpath=ancestor::div[contains(@class,'panel')][1]").bounding_box()
        assert table["x"] + table["width"] <= panel["x"] + panel["width"] + 1
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        page.close()


# --- ingest: a live blog's first day header opens the body like the later ones ------------------------------------
def test_a_live_blogs_first_day_header_stays_in_the_body_like_the_later_ones():
    doc = _read("Made-up war: live updates\nPublished 4 March 2025, 07:30 GMT, updated 21:10 GMT\n\nTuesday 4 March\n\n"
                "08:15 GMT\nShelling hit a made-up town overnight, medics said.\n\nMonday 3 March\n\n22:05 GMT\n"
                "Drone strikes hit a made-up power station, officials said.\n")
    assert doc.published == "2025-03-04T21:10:00+00:00"
    assert doc.text.startswith("Made-up war: live updates\n\nTuesday 4 March\n\n08:15 GMT\n")
    assert "Monday 3 March" in doc.text


def test_a_dated_byline_line_is_still_the_head():
    doc = _read("By Jane Roe\nTuesday 4 March 2025\n\nShelling hit a made-up town overnight, medics said.\n")
    assert doc.published == "2025-03-04" and doc.author == "Jane Roe"
    assert doc.text.startswith("Shelling hit")


# --- ingest: more head lines as pages give them ---------------------------------------------------------------
BODY = ("\n\nGunmen killed three people in a made-up village on Wednesday, police said.\n\n"
        "The attackers fled, residents said.\n")


@pytest.mark.parametrize("line, published, author", [
    ("Posted on November 20, 2026 by admin", "2026-11-20", None),
    ("Posted on November 20, 2026 by Jane Roe", "2026-11-20", "Jane Roe"),
    ("Nov 20, 2026 · 3 min read", "2026-11-20", None),
    ("By Jane Roe — November 20, 2026", "2026-11-20", "Jane Roe"),
    ("Updated 2 hours ago", None, None),
])
def test_a_blogs_date_line_a_reading_time_a_dashed_byline_and_a_relative_stamp_are_head_lines(line, published,
                                                                                             author):
    doc = _read("Gunmen kill three in made-up village\n" + line + BODY)
    assert doc.title == "Gunmen kill three in made-up village"
    assert doc.published == published and doc.author == author
    assert doc.text.startswith("Gunmen kill three in made-up village\n\nGunmen killed three")


def test_a_breadcrumb_trail_above_the_headline_is_no_headline():
    doc = _read("Home » News » Africa\nGunmen kill three in made-up village\n20 November 2026" + BODY)
    assert doc.title == "Gunmen kill three in made-up village" and doc.published == "2026-11-20"
    assert "»" not in doc.text
    doc = _read("Israel/Gaza war: strikes go on\n20 November 2026" + BODY)
    assert doc.title == "Israel/Gaza war: strikes go on"


@pytest.mark.parametrize("sep", ["|", "-", "–"])
def test_an_outlet_after_the_headline_on_its_line_is_the_outlet(sep):
    doc = _read(f"Gunmen kill three in made-up village {sep} Made-up Times\n20 November 2026" + BODY)
    assert doc.title == "Gunmen kill three in made-up village" and doc.outlet == "Made-up Times"
    assert doc.text.startswith("Gunmen kill three in made-up village\n\nGunmen killed")
    kept = _read("Ceasefire collapses - rebels retake made-up town\n20 November 2026" + BODY)
    assert kept.title == "Ceasefire collapses - rebels retake made-up town" and kept.outlet is None
