"""A tenth new-user pass: a picture's credit under the date ("Photo: Staff") is neither the headline nor the body's
first line, so the dateline under it is read; a paper's name above a date line and the body ("Valley Post / Herat,
5 March 2025 / Gunmen killed…") is the outlet, not the headline; a press release's letterhead (the issuer in
capitals, its office's name, "PRESS RELEASE / FOR IMMEDIATE RELEASE", the date) gives the outlet, the date and the
headline, and its closing "###" with the contact line above it leave the text; a cut .json file is named without
"at at"; the tables quote a quoted claim once and mark a cut one; Kosovo's actors (XKX) and places (XK) count as
one country when events are compared; the web UI writes a document's time as "2025-02-11 16:40 (UTC+02:00)", its
language in words, and "No events." for an article without any; a date field sitrep cannot read (JSONL, RSS) is a
warning, not silence; Markdown articles read without their marks (files and API bodies); an HTML page's schema.org
article gives its time, author and outlet, and "READ ALSO: …" teasers leave the text; an editor's note, a correction
and the wire's credit line are no part of the article; `serve` on a file that is no store says so before serving.
Everything here is made up."""

import json

import pytest

from sitrep.model import Record
from sitrep.store import Store

from conftest import browsing, run_cli


def _read(text: str):
    from sitrep.ingest.readers import read_text

    (doc,) = list(read_text(text, "made-up.txt"))
    return doc


# --- ingest: credit lines, a paper's name above the date, press releases ------------------------------------------
@pytest.mark.parametrize("credit", ["Photo: Staff", "(Photo: Made-up Agency)", "File photo", "Photo by Jane Roe",
                                    "Image credit: Made-up Wire"])
def test_a_credit_line_under_the_date_is_no_headline_and_the_dateline_under_it_is_read(credit):
    doc = _read(f"12 May 2025\n{credit}\n\nTRIPOLI, Libya - Heavy clashes broke out in a made-up district late on "
                "Monday, killing six people, the health ministry said.\n")
    assert doc.title is None
    assert doc.published == "2025-05-12"
    assert doc.dateline == "Tripoli"
    assert credit not in doc.text and doc.text.startswith("TRIPOLI, Libya - Heavy clashes")


def test_a_credit_line_under_the_headline_and_date_leaves_the_body_and_its_dateline():
    doc = _read("Clashes flare in made-up suburbs\n12 May 2025\nPhoto: Staff\n\nTRIPOLI, Libya - Heavy clashes broke "
                "out late on Monday, killing six people, the health ministry said.\n")
    assert doc.title == "Clashes flare in made-up suburbs"
    assert doc.dateline == "Tripoli"
    assert "Photo: Staff" not in doc.text


def test_a_sentence_about_a_photo_stays_in_the_body():
    doc = _read("12 May 2025\n\nPhotos shared on social media showed smoke over the made-up port on Monday, "
                "residents said.\n")
    assert doc.text.startswith("Photos shared on social media")


def test_a_papers_name_above_the_date_and_the_body_is_the_outlet():
    doc = _read("Valley Post\nHerat, 5 March 2025\n\nGunmen killed four workers of a demining team in a made-up "
                "district on Tuesday, the provincial police spokesman said.\n\nThe workers were returning from a "
                "field when their vehicle was stopped, the spokesman said.\n")
    assert doc.outlet == "Valley Post"
    assert doc.title is None
    assert doc.published == "2025-03-05"
    assert doc.text.startswith("Gunmen killed four workers")


def test_a_headline_above_the_date_and_the_body_stays_the_headline():
    doc = _read("Gunmen kill four deminers\nHerat, 5 March 2025\n\nGunmen killed four workers of a demining team in "
                "a made-up district on Tuesday, the police said.\n\nThe workers were returning home.\n")
    assert doc.title == "Gunmen kill four deminers" and doc.outlet is None


RELEASE = """ARMED FORCES OF MADE-UP LAND
Public Affairs Office

PRESS RELEASE
FOR IMMEDIATE RELEASE
14 March 2025

Troops clash with a made-up armed group in the hills

CAMP AGUINALDO, Quezon City - Soldiers of a made-up brigade clashed with about 15 members of a made-up armed
group at 6:30 a.m. on Thursday. Two soldiers were wounded, the brigade reported.

"We will not allow them to sow fear," said the brigade's commander.

For inquiries: Public Affairs Office, (02) 555-0101
###
"""


def test_a_press_release_letterhead_gives_the_outlet_date_and_headline():
    doc = _read(RELEASE)
    assert doc.outlet == "Armed Forces of Made-Up Land"
    assert doc.published == "2025-03-14"
    assert doc.title == "Troops clash with a made-up armed group in the hills"
    assert doc.dateline == "Camp Aguinaldo"
    assert "Public Affairs Office\n" not in doc.text and "PRESS RELEASE" not in doc.text


def test_a_press_releases_end_mark_and_contact_line_leave_the_text():
    doc = _read(RELEASE)
    assert doc.text.endswith('"We will not allow them to sow fear," said the brigade\'s commander.')
    assert "###" not in doc.text and "inquiries" not in doc.text
    plain = _read("Rebels attacked a made-up post on Monday, police said.\n\n-30-\n")
    assert plain.text == "Rebels attacked a made-up post on Monday, police said."
    kept = _read("Rebels attacked a made-up post on Monday, police said.\n\nContact the police on 555-0101, "
                 "they said.\n")
    assert kept.text.endswith("they said.")  # no end mark: nothing cut


def test_a_cut_json_file_names_its_place_without_at_at(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"text": "a made-up article cut sho')
    res = run_cli("extract", str(path))
    err = res.stderr.decode()
    assert res.returncode == 1 and "Traceback" not in err
    assert "at at" not in err and "not valid JSON (Unterminated string starting at line 1, column 10)" in err


# --- tables: quotation marks ----------------------------------------------------------------------------------------
def test_a_quoted_claim_is_quoted_once_and_a_cut_one_ends_in_an_ellipsis():
    from sitrep.merge.render import _report_line, quoted

    assert quoted('"The enemy is trying to advance,"') == "“The enemy is trying to advance”"
    assert quoted("“Despite the made-up mines found") == "“Despite the made-up mines found”"
    assert quoted('"Calm" returned, they said') == "“\"Calm\" returned, they said”"
    long = quoted("word " * 60, limit=40)
    assert long.endswith("word…”") and len(long) <= 43
    line = _report_line({"doc_id": "d1", "outlet": "Made-up Wire", "source_chain": "Made-up Wire ← ministry",
                         "text": '"The report is false,"', "start": 3, "end": 25})
    assert line == "d1, Made-up Wire ← ministry: “The report is false” [3:25]"  # the outlet once (newuser14)


def test_cli_claims_quotes_a_responses_quoted_text_once(tmp_path):
    path = str(tmp_path / "q.duckdb")
    text = 'Made-up rebels said they had taken the town. "The claim is false," the army said.'
    claim = {"id": "q-c1", "claimant": {"name": "Made-up rebels", "country": None, "sector": "REB"}, "stance": "assert",
             "text": "they had taken the town", "start": 20, "end": 43, "cue": "said", "event": None, "sources": [],
             "responses": [{"by": {"name": "the army", "country": None, "sector": "MIL"}, "stance": "deny",
                            "text": '"The claim is false,"', "start": 45, "end": 66}]}
    with Store(path) as store:
        store.add(Record.from_json({"document": {"id": "q", "title": None, "published": "2025-05-02", "outlet": None,
                                                 "language": "en", "text": text}, "events": [], "claims": [claim]}))
    res = run_cli("claims", "--db", path, env={"COLUMNS": "250"})
    out = res.stdout.decode()
    assert res.returncode == 0, res.stderr.decode()
    assert "deny “The claim is false”" in out and "““" not in out


# --- merge: Kosovo's two codes --------------------------------------------------------------------------------------
def test_kosovo_actors_and_places_are_one_country_when_events_are_compared():
    from sitrep.merge.compare import _iso2, compare, features

    assert _iso2("XKX") == "XK" and _iso2("SRB") == "RS"

    def ev(eid, place, actors):
        name, country, lat, lon, precision = place
        return {"id": eid, "acled": {"event_type": "Riots", "sub_event_type": "Violent demonstration"},
                "date": "2025-07-08", "date_end": None, "date_precision": "day", "actors": actors,
                "locations": [{"name": name, "country": country, "lat": lat, "lon": lon, "precision": precision}],
                "quantities": [], "status": "reported"}

    police = [{"name": "made-up police", "country": "XKX", "sector": "POL", "role": "actor2"}]
    a = features(ev("k1-e1", ("Kosovo", "XK", 42.6, 20.9, "country"), police), "k1")
    b = features(ev("k2-e1", ("Made-up Town", "XK", 42.9, 20.8, "town"), police), "k2")
    assert a.involved == {"XK"}
    r = compare(a, b)
    assert r["actor_overlap"]["involved_common"] == ["XK"]
    assert r["place"]["rule"] == "country contains"


# --- web UI: a document's time, language and no events --------------------------------------------------------------
@pytest.fixture(scope="module")
def docs_ui(tmp_path_factory):
    path = tmp_path_factory.mktemp("newuser10ui") / "docs.duckdb"
    with Store(str(path)) as store:
        store.add(Record.from_json({"document": {
            "id": "fr", "title": "Attaque contre un poste imaginaire", "published": "2025-03-04T09:00:00+00:00",
            "outlet": "Le Quotidien Imaginaire", "language": "other",
            "text": "Des hommes armés ont attaqué dimanche un poste imaginaire, selon des sources locales.",
            "warnings": ["not English: stored without extraction"]}, "events": [], "claims": []}))
        store.add(Record.from_json({"document": {
            "id": "en", "title": "Made-up raid", "published": "2025-02-11T16:40:00+02:00", "outlet": "Made-up Herald",
            "language": "en", "text": "Made-up insurgents raided a made-up village on Sunday night, residents said."},
            "events": [], "claims": []}))
    with browsing(str(path)) as found:
        yield found


@pytest.mark.browser
def test_a_documents_time_and_language_read_as_words_and_no_events_says_so(docs_ui):
    base, browser = docs_ui
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/#/document/en")
        page.wait_for_selector("#doc-no-events")
        view = page.inner_text("#view")
        assert "Made-up Herald · 2025-02-11 16:40 (UTC+02:00) · English" in view
        assert "T16:40" not in view
        assert page.inner_text("#doc-no-events") == "No events."
        assert page.locator("#view table.data").count() == 0
        page.goto(base + "/#/document/fr")
        page.wait_for_selector("#doc-no-events")
        assert "Le Quotidien Imaginaire · 2025-03-04 09:00 (UTC+00:00) · not English" in page.inner_text("#view")
        page.goto(base + "/#/documents")
        page.wait_for_selector("#view tbody tr")
        rows = [r.locator("td").all_inner_texts() for r in page.locator("#view tbody tr").all()]
        assert [r[0] for r in rows] == ["2025-03-04 09:00", "2025-02-11 16:40"]
        assert [r[-1] for r in rows] == ["not English", "English"]
    finally:
        page.close()



# --- a feed's date field sitrep cannot read -------------------------------------------------------------------------
def test_a_jsonl_date_sitrep_cannot_read_is_said_not_dropped_silently(tmp_path):
    from sitrep.ingest.readers import read_jsonl

    feed = ('{"id": "d1", "published": "yesterday-ish", "text": "Gunmen attacked a made-up post, police said."}\n'
            '{"id": "d2", "published": "2025-05-02", "text": "Gunmen attacked a made-up camp, police said."}\n'
            '{"id": "d3", "published": "2025-13-45", "text": "12 May 2025\\n\\nGunmen attacked a made-up town."}\n')
    d1, d2, d3 = read_jsonl(feed, "feed.jsonl")
    assert d1.published is None and d1.warnings and "'yesterday-ish' is not a date sitrep reads" in d1.warnings[0]
    assert d2.published == "2025-05-02" and d2.warnings == []
    assert d3.published == "2025-05-12" and "'2025-13-45'" in d3.warnings[0]  # the text's own head dates it
    path = tmp_path / "feed.jsonl"
    path.write_text(feed)
    res = run_cli("ingest", str(path), "--db", str(tmp_path / "d.duckdb"))
    err = res.stderr.decode()
    assert res.returncode == 0 and "Traceback" not in err
    assert "feed.jsonl:1: published 'yesterday-ish' is not a date sitrep reads" in err
    assert "feed.jsonl:3: published '2025-13-45'" in err and "feed.jsonl:2" not in err
    with Store(str(tmp_path / "d.duckdb"), read_only=True) as store:
        (row,) = store.query("SELECT warnings FROM documents WHERE id = 'd1'")
    assert "yesterday-ish" in row["warnings"]


def test_a_feed_entrys_date_sitrep_cannot_read_is_said():
    from sitrep.ingest.feeds import read_feed

    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Made-up Monitor</title>"
           "<item><title>Convoy ambushed</title><guid>a1</guid><pubDate>not a date</pubDate>"
           "<description>Gunmen ambushed a made-up convoy on Monday, a source said.</description></item>"
           "<item><title>Post attacked</title><guid>a2</guid><pubDate>Mon, 17 Mar 2025 14:20:00 GMT</pubDate>"
           "<description>Gunmen attacked a made-up post on Sunday, a source said.</description></item>"
           "</channel></rss>")
    a1, a2 = read_feed(rss, "f.rss")
    assert a1.published is None and "'not a date' is not a date sitrep reads" in a1.warnings[0]
    assert a2.published == "2025-03-17T14:20:00+00:00" and a2.warnings == []


# --- Markdown ---------------------------------------------------------------------------------------------------------
MARKDOWN = """# Clashes near a made-up town kill 14

**Made-up Dispatch** | *Published 3 April 2025, 11:20 EAT*

_By Jane Roe_

JUBA - Fighting between the army and a made-up militia killed at least 14 people over the weekend, a county
commissioner said on Monday. See the [map](https://example.org/map "Map") ![a photo](photo.jpg)

- The army said it had retaken two villages.
- The militia denied losing any ground.

> "The situation is very bad," a local chief told *Made-up Dispatch*.

A snake_case_name and 2*3*4 stay as written.
"""


def test_a_markdown_article_reads_like_plain_text(tmp_path):
    from sitrep.ingest import read

    path = tmp_path / "story.md"
    path.write_text(MARKDOWN)
    (doc,) = list(read([str(path)]))
    assert doc.title == "Clashes near a made-up town kill 14"
    assert doc.outlet == "Made-up Dispatch" and doc.author == "Jane Roe"
    assert doc.published == "2025-04-03T11:20:00+03:00"
    assert doc.dateline == "Juba"
    assert "See the map" in doc.text
    assert "https://" not in doc.text and "photo.jpg" not in doc.text and "**" not in doc.text
    assert "\nThe army said it had retaken two villages." in doc.text
    assert '\n"The situation is very bad," a local chief told Made-up Dispatch.' in doc.text
    assert "A snake_case_name and 2*3*4 stay as written." in doc.text


def test_an_outlet_beside_a_published_date_is_read_in_plain_text():
    doc = _read("Clashes near a made-up town\n\nMade-up Dispatch | Published 3 April 2025, 11:20 EAT\n\nFighting "
                "killed 14 people over the weekend, a commissioner said on Monday.\n")
    assert doc.outlet == "Made-up Dispatch" and doc.published == "2025-04-03T11:20:00+03:00"


# --- HTML: schema.org article data, the outlet before the headline, teasers between paragraphs -----------------------
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Made-up Times - Rebels seize a made-up town</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "url": "https://example.org/"},
 {"@type": "NewsArticle", "headline": "Rebels seize a made-up town", "datePublished": "2025-03-20T07:45:00+02:00",
  "author": [{"@type": "Person", "name": "Grace Roe"}], "publisher": {"@type": "Organization", "name": "Made-up Times"}}
]}</script></head><body>
<div id="ticker">BREAKING: Fuel shortage hits a made-up city · Football: a made-up team wins 2-0</div>
<div class="content"><h1>Rebels seize a made-up town</h1>
<div class="meta">20 March 2025</div>
<p>GOMA - Rebels seized a made-up town in a made-up province on Wednesday after two days of fighting with the army,
residents and a local official said.</p>
<p><strong>READ ALSO: Made-up airport remains closed as talks stall</strong></p>
<p>At least 11 civilians were killed by stray shells, according to a civil society coordinator, who said hundreds of
families had fled into the forest.</p>
<div class="newsletter">Sign up for our daily newsletter! <button>Subscribe</button></div>
<p>The rebels' spokesman said on Thursday that the group had taken the town and called on the army to withdraw.</p>
</div></body></html>"""


def test_a_pages_schema_org_article_gives_its_time_author_and_outlet():
    from sitrep.ingest.readers import read_html

    (doc,) = list(read_html(PAGE, "page.html"))
    assert doc.published == "2025-03-20T07:45:00+02:00"
    assert doc.author == "Grace Roe"
    assert doc.outlet == "Made-up Times"
    assert doc.dateline == "Goma"


def test_the_outlet_before_the_headline_in_the_title_tag_is_read():
    from sitrep.ingest.readers import read_html

    import re

    page = re.sub(r"(?s)<script.*?</script>", "", PAGE)
    (doc,) = list(read_html(page, "page.html"))
    assert doc.outlet == "Made-up Times"


def test_a_teaser_between_paragraphs_leaves_the_text():
    from sitrep.ingest.readers import read_html

    (doc,) = list(read_html(PAGE, "page.html"))
    assert "READ ALSO" not in doc.text and "airport" not in doc.text
    assert "At least 11 civilians were killed" in doc.text
    plain = _read("Rebels seized a made-up town on Wednesday, residents said.\n\nRead more: Made-up airport closed\n\n"
                  "Related stories | Rebels take a made-up town\n\nSee also: a sentence someone said.\"\n\n"
                  "At least 11 civilians were killed.")
    assert plain.text == ("Rebels seized a made-up town on Wednesday, residents said.\n\nSee also: a sentence someone "
                          "said.\"\n\nAt least 11 civilians were killed.")


# --- serve: a file that is no store ---------------------------------------------------------------------------------
def test_serve_on_a_file_that_is_no_store_says_so_before_serving(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Made-up notes, not a store.\n")
    res = run_cli("serve", "--db", str(path), "--port", "0")
    err = res.stderr.decode()
    assert res.returncode != 0 and "Traceback" not in err and "internal error" not in err
    assert err.strip() == f"sitrep: {path} is not a sitrep store (not a DuckDB database file)"


# --- API: a Markdown body, a feed line with a date sitrep cannot read ----------------------------------------------
def test_the_api_reads_a_markdown_body_and_says_which_date_it_could_not_read(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.api import create_app

    auth = {"Authorization": "Bearer tok"}
    with TestClient(create_app(str(tmp_path / "api.duckdb"), token="tok", hold_lock=False)) as client:
        res = client.post("/api/documents", content=MARKDOWN.encode(),
                          headers={**auth, "Content-Type": "text/markdown; charset=utf-8"})
        assert res.status_code == 201, res.text
        (doc,) = res.json()["documents"]
        assert doc["title"] == "Clashes near a made-up town kill 14"
        stored = client.get(f"/api/documents/{doc['id']}").json()["document"]
        assert stored["outlet"] == "Made-up Dispatch" and stored["published"] == "2025-04-03T11:20:00+03:00"
        assert "**" not in stored["text"]
        line = '{"id": "bad-date", "published": "last Tuesday", "text": "Gunmen attacked a made-up post, police said."}'
        res = client.post("/api/documents", content=line.encode(),
                          headers={**auth, "Content-Type": "application/x-ndjson"})
        assert res.status_code == 201, res.text
        (doc,) = res.json()["documents"]
        assert any("'last Tuesday' is not a date sitrep reads" in w for w in doc["warnings"])


# --- the newsroom's notes: an editor's note above the dateline, a correction, the wire's credit line ----------------
NOTED = """Editor's note: This story has been updated with the latest toll.

BAMAKO, June 4, 2025 (AFP) - Jihadists killed at least 30 soldiers in an attack on a made-up camp in central Mali on
Sunday, security sources told AFP.

The army said in a statement that it had repelled the assault.

Correction: An earlier version of this story said the attack took place in another region.

(Reporting by AFP staff; editing by Jane Roe)
"""


def test_an_editors_note_above_the_dateline_leaves_the_head_readable():
    doc = _read(NOTED)
    assert doc.published == "2025-06-04" and doc.dateline == "Bamako" and doc.outlet == "AFP"
    assert doc.text.startswith("BAMAKO, June 4, 2025 (AFP) - Jihadists killed")


def test_a_correction_and_the_credit_line_leave_the_text():
    doc = _read(NOTED)
    assert doc.text.endswith("The army said in a statement that it had repelled the assault.")
    kept = _read("Rebels attacked a made-up town on Monday, police said.\n\nReporting by witnesses suggested that "
                 "the rebels had used drones, and residents said dozens of homes were burned in the attack.\n")
    assert "Reporting by witnesses" in kept.text


def test_a_correction_is_no_source_of_the_events(tmp_path):
    path = tmp_path / "noted.txt"
    path.write_text(NOTED)
    res = run_cli("extract", str(path))
    assert res.returncode == 0, res.stderr.decode()
    (record,) = [json.loads(res.stdout)]
    assert record["document"]["published"] == "2025-06-04"
    names = {s.get("name") for e in record["events"] for s in e.get("sources") or []}
    names |= {c["claimant"].get("name") for c in record["claims"]}
    assert not any("version" in (n or "") for n in names)
    assert all(e["date"] == "2025-06-01" for e in record["events"])
