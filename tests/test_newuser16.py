"""A sixteenth new-user pass, on eight made-up articles of other outlets and regions: a date line whose time ends in
"a.m." is read; "(MMT)" and other zones of Myanmar and Latin America give their offset; an outlet's name with its
programme after a dash ("Radio Kora Info — Evening bulletin") is the outlet and the headline under it the title; a
body's name in two languages ("Médecins Sans Frontières / Doctors Without Borders") above the dateline is the
outlet, and a body's initials in brackets in the lead ("… (MSF) has …") are no dateline; an agency's name alone
above its dateline is no headline; `sitrep incidents --limit` says of how many; the CSV names an armed group the
text does not name as ACLED does; `sitrep report`'s own html or md among the articles is skipped, not read as an
article; a people counted ("15 Palestinians") is named without its count, as "civilians" are; what a denier goes on
to say ("denied the claim, saying fighting continued") is no denied event; a killing whose only dead are armed men
and whose sides the parser lost is a battle, not violence against civilians. Everything here is made up."""

import csv
import io
import json

import pytest

from conftest import events_of, in_role, run_cli


def _text(raw: str, path: str = "made-up.txt"):
    from sitrep.ingest.readers import from_text

    return from_text(raw, path)


# --- ingest head ----------------------------------------------------------------------------------------------------
VALE_BODY = ("Gunmen killed six farmers in the made-up village of Vale on Sunday, officials said. The attackers "
             "fled on motorcycles.\n")


@pytest.mark.parametrize("line, published", [
    ("March 3, 2025 | 08:45 a.m.", "2025-03-03T08:45:00"),
    ("3 March 2025, 8:45 p.m.", "2025-03-03T20:45:00"),
])
def test_a_date_line_whose_time_ends_in_a_full_stop_is_read(line, published):
    doc = _text(f"Gunmen kill six in Vale\nBy Ana Roe\n{line}\n\n{VALE_BODY}")
    assert (doc.title, doc.author, doc.published) == ("Gunmen kill six in Vale", "Ana Roe", published)
    assert line not in doc.text


def test_a_sentence_with_a_date_closing_the_head_is_still_the_body():
    doc = _text(f"Gunmen kill six in Vale\n\nTroops reached Vale on March 3, 2025.\n\n{VALE_BODY}")
    assert "Troops reached Vale on March 3, 2025." in doc.text


@pytest.mark.parametrize("zone, offset", [("MMT", "+06:30"), ("COT", "-05:00"), ("PET", "-05:00"),
                                          ("ART", "-03:00")])
def test_more_zone_abbreviations_give_their_offset(zone, offset):
    from sitrep.ingest.head import parse_datetime

    assert parse_datetime(f"21 July 2025, 4:10 PM ({zone})") == f"2025-07-21T16:10:00{offset}"


def test_an_outlets_name_and_its_programme_above_the_headline():
    doc = _text(f"Radio Kora Info — Evening bulletin (English service)\nGunmen kill six in Vale\n14 October 2025\n\n"
                f"{VALE_BODY}")
    assert (doc.outlet, doc.title, doc.published) == ("Radio Kora Info", "Gunmen kill six in Vale", "2025-10-14")
    assert doc.text.startswith("Gunmen kill six in Vale\n\nGunmen killed six farmers")
    assert "Evening bulletin" not in doc.text


def test_an_outlets_name_before_the_dash_of_a_one_line_head():
    doc = _text(f"Vale Daily News — Sahel war: live updates\n\n{VALE_BODY}")
    assert (doc.outlet, doc.title) == ("Vale Daily News", "Sahel war: live updates")


def test_a_place_or_a_plain_headline_before_a_dash_is_no_outlet():
    doc = _text(f"Sudan — Gunmen kill six in Vale\n\n{VALE_BODY}")
    assert doc.outlet is None and doc.title == "Sudan — Gunmen kill six in Vale"


def test_a_bodys_name_in_two_languages_above_the_dateline_is_the_outlet():
    doc = _text("FOR IMMEDIATE RELEASE\nMédecins Sans Frontières / Doctors Without Borders\nPort-au-Prince, 27 "
                "February 2025\n\nMSF suspends work in Vale after gunmen attack ambulance\n\nDoctors Without Borders "
                "(MSF) has suspended its work in the made-up district of Vale after armed men shot at one of its "
                "ambulances on Tuesday.\n")
    assert doc.outlet == "Médecins Sans Frontières / Doctors Without Borders"
    assert doc.title == "MSF suspends work in Vale after gunmen attack ambulance"
    assert (doc.published, doc.dateline) == ("2025-02-27", "Port-au-Prince")


def test_initials_in_brackets_after_a_name_open_no_dateline():
    from sitrep.ingest.head import parse_head

    head = parse_head("Aid group halts work\n\nDoctors Without Borders (MSF) has halted its work in Vale.\n")
    assert head.dateline_place is None and head.dateline_end == 0
    head = parse_head("Rebels attack camp\n\nGoma (Reuters) - Rebels attacked a camp near the city.\n")
    assert head.dateline_place == "Goma" and head.outlet == "Reuters"


def test_an_agencys_name_above_its_dateline_is_no_headline():
    doc = _text("Reuters\nVALE, Nov 12 (Reuters) - Gunmen killed six farmers in the made-up village of Vale on "
                "Wednesday, officials said.\n")
    assert doc.outlet == "Reuters" and doc.title is None
    assert doc.text.startswith("VALE, Nov 12 (Reuters) - Gunmen")


# --- `sitrep incidents --limit` says of how many ---------------------------------------------------------------------
def test_incidents_limit_says_of_how_many(tmp_path):
    from sitrep.model import Record
    from sitrep.store import Store

    db = str(tmp_path / "i.duckdb")
    ev = {"acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "plover": {}, "actors": [],
          "quantities": [], "sources": [], "status": "reported", "evidence": []}
    with Store(db) as store:
        for i in range(1, 6):
            store.add(Record.from_json({
                "document": {"id": f"d{i}", "language": "en", "text": f"Made-up clashes number {i}."},
                "events": [{**ev, "id": f"d{i}-e1", "date": f"2026-11-2{i}",
                            "locations": [{"name": f"Vale {i}", "country": "SD" if i < 4 else "ML", "lat": 13.0,
                                           "lon": 20.0 + 3 * i, "precision": "town"}]}], "claims": []}))
    res = run_cli("incidents", "--db", db, "--limit", "2", "--country", "SD", "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert len(json.loads(res.stdout)) == 2
    assert "sitrep: showing the latest 2 of 3 matching incidents; --limit N shows more" in res.stderr.decode()
    res = run_cli("incidents", "--db", db, "--limit", "3", "--country", "SD", "--format", "json")
    assert len(json.loads(res.stdout)) == 3 and "showing" not in res.stderr.decode()
    res = run_cli("incidents", "--db", db, "--limit", "1")
    assert "(more match)" in res.stdout.decode() and "latest 1 of 5" in res.stderr.decode()
    res = run_cli("incidents", "--db", db, "--limit", "0")
    assert res.returncode != 0 and "Traceback" not in res.stderr.decode()


# --- CSV: an armed group the text does not name ------------------------------------------------------------------------
def _event(actors, interaction_code, event_type="Violence against civilians"):
    return {"id": "x-e1", "acled": {"event_type": event_type, "sub_event_type": "Attack",
                                    "interaction_code": interaction_code},
            "plover": {}, "actors": actors, "quantities": [], "sources": [], "status": "reported",
            "evidence": [], "date": "2026-11-20",
            "locations": [{"name": "Vale", "country": "NE", "lat": 14.0, "lon": 0.7, "precision": "town"}]}


def test_csv_names_an_unnamed_armed_group_as_acled_does():
    from sitrep.export import acled_row

    row = acled_row(_event([{"role": "actor2", "name": "farmers", "country": "NER", "sector": "CVL"}], 37))
    assert (row["actor1"], row["inter1"], row["actor2"]) == ("Unidentified Armed Group (Niger)", 3, "farmers")
    # a named attacker keeps its name; a side coded 0 (no such actor) stays empty
    named = acled_row(_event([{"role": "actor1", "name": "Vale militia", "country": "NER", "sector": "MLT"},
                              {"role": "actor2", "name": "farmers", "country": "NER", "sector": "CVL"}], 37))
    assert named["actor1"] == "Vale militia"
    alone = acled_row(_event([{"role": "actor1", "name": "soldiers", "country": "NER", "sector": "MIL"}], 10,
                             "Battles"))
    assert (alone["actor1"], alone["actor2"]) == ("soldiers", None)


def test_csv_export_writes_the_unnamed_group(tmp_path):
    from sitrep.export import to_csv

    out = io.StringIO()
    to_csv([_event([{"role": "associated", "name": "the attackers", "country": "NER", "sector": "UAG"},
                    {"role": "actor2", "name": "farmers", "country": "NER", "sector": "CVL"}], 37)], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["actor1"], row["assoc_actor_1"]) == ("Unidentified Armed Group (Niger)", "the attackers")


# --- `sitrep report`'s own output is no article ------------------------------------------------------------------------
def test_a_sitrep_report_among_the_articles_is_skipped(tmp_path):
    from sitrep.ingest import read

    article = tmp_path / "vale.txt"
    article.write_text(f"Gunmen kill six in Vale\n\n{VALE_BODY}", encoding="utf-8")
    md = tmp_path / "report.md"
    md.write_text("# Situation report, 2026-11-01 to 2026-11-20\n\nFilters: all stored events · generated "
                  "2026-11-21 10:00 UTC by sitrep from 3 articles. Every figure links to the passage it comes from.\n\n"
                  "## Summary\n\n- **Events:** 4\n\nGunmen killed six farmers in Vale, officials said.\n",
                  encoding="utf-8")
    html = tmp_path / "report.html"
    html.write_text("<!doctype html><html><head><meta name=\"generator\" content=\"sitrep report\"><title>Situation "
                    "report</title></head><body><main><p>Gunmen killed six farmers in Vale on Sunday, officials said, "
                    "and the attackers fled.</p></main></body></html>", encoding="utf-8")
    items = list(read([str(tmp_path)]))
    skipped = [x for x in items if not hasattr(x, "text")]
    assert len(items) == 3 and len(skipped) == 2
    assert all("written by `sitrep report`, not an article" in str(x) for x in skipped)
    # an article that quotes a report's wording in its own sentences is still an article
    assert [x.title for x in items if hasattr(x, "text")] == ["Gunmen kill six in Vale"]


def test_a_report_written_by_sitrep_is_skipped_when_ingested(tmp_path):
    from sitrep.model import Record
    from sitrep.store import Store

    db = str(tmp_path / "r.duckdb")
    with Store(db) as store:
        store.add(Record.from_json({"document": {"id": "d1", "language": "en", "text": VALE_BODY},
                                    "events": [_event([], 37)], "claims": []}))
    for fmt in ("html", "md"):
        out = tmp_path / f"r.{fmt}"
        res = run_cli("report", "--db", db, "-f", fmt, "-o", str(out))
        assert res.returncode == 0, res.stderr.decode()
        res = run_cli("ingest", str(out), "--db", db)
        err = res.stderr.decode()
        assert "skipped: a situation report written by `sitrep report`, not an article" in err, err
        assert "Traceback" not in err and "1 skipped" in err
    assert '<meta name="generator" content="sitrep report">' in (tmp_path / "r.html").read_text(encoding="utf-8")



def test_sitreps_own_json_outputs_are_named_when_ingested(tmp_path):
    from sitrep.ingest import read

    record = tmp_path / "extracted.json"
    record.write_text(json.dumps({"schema": "sitrep/1", "document": {"id": "x", "text": VALE_BODY}, "places": [],
                                  "events": [], "claims": []}), encoding="utf-8")
    exported = tmp_path / "events.jsonl"
    exported.write_text(json.dumps(_event([], 37)) + "\n", encoding="utf-8")
    errors = [str(x) for x in read([str(record), str(exported)])]
    assert len(errors) == 2
    assert "a sitrep/1 record (what `sitrep extract --format json` writes), not an article" in errors[0]
    assert "an event `sitrep export` wrote, not an article" in errors[1]
    # any other object without a text still lists its fields
    other = tmp_path / "other.jsonl"
    other.write_text('{"headline": "x"}\n', encoding="utf-8")
    assert "its fields: headline" in str(next(iter(read([str(other)]))))

# --- events: a people counted, and what a denier says instead ------------------------------------------------------
@pytest.mark.parametrize("text, victims", [
    ("Soldiers arrested 15 Syrians in raids in the made-up town of Vale overnight, a rights group said.", "Syrians"),
    ("Gunmen killed at least 12 Nigerians in the made-up village of Vale in Zamfara on Monday, police said.",
     "Nigerians"),
])
def test_a_people_counted_is_named_without_its_count(extract_text, text, victims):
    evs = events_of(extract_text, text, published="2026-11-24")
    names = [a["name"] for e in evs for a in in_role(e, "actor2")]
    assert victims in names and not any(n[0].isdigit() or n.startswith("at least") for n in names), names


def test_a_number_inside_a_units_name_is_kept():
    from sitrep.actors import _demonym_plural

    class Tok:  # (the token's attributes the test reads)
        def __init__(self, text, ent, tag):
            self.lower_, self.ent_type_, self.tag_ = text.lower(), ent, tag

    assert _demonym_plural(Tok("Palestinians", "NORP", "NNPS"))
    assert not _demonym_plural(Tok("Battalion", "ORG", "NNP")) and not _demonym_plural(Tok("Sayyaf", "ORG", "NNP"))


@pytest.mark.parametrize("text", [
    "The army denied the report, saying clashes were still going on in the town of Vale.",
    "Vale's governor denied the claim, saying fighting continued near the village.",
])
def test_what_a_denier_says_instead_is_no_denied_event(extract_text, text):
    evs = events_of(extract_text, text, published="2026-11-24")
    assert evs and all(e["status"] != "denied" for e in evs), [(e["acled"], e["status"]) for e in evs]


def test_the_denied_act_itself_stays_denied(extract_text):
    evs = events_of(extract_text, "The army denied that soldiers had killed civilians in Vale, saying the dead were "
                                  "rebels.", published="2026-11-24")
    killed = [e for e in evs if e["acled"]["event_type"] == "Violence against civilians"]
    assert killed and killed[0]["status"] == "denied"


@pytest.mark.parametrize("dead, event_type", [("12 militants", "Battles"), ("12 civilians", "Violence against civilians")])
def test_a_killing_of_armed_men_with_no_side_parsed_is_a_battle(extract_text, dead, event_type):
    # (the parser joins "denied" to "killed", and no side of the killing is found)
    evs = events_of(extract_text, f"The ministry said {dead} were killed and denied that the base in Vale had "
                                  "fallen.", published="2026-11-24")
    killed = [e for e in evs if any(q["kind"] == "fatalities" for q in e["quantities"])]
    assert killed and killed[0]["acled"]["event_type"] == event_type
