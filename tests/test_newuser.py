"""What a new user trips on: malformed filters, one-line usage errors, stores created by accident, export
columns and types, the basemap. Every case here is made up; none needs the NLP pipeline."""
import csv
import io
import json

import pytest

from conftest import one_error_line, run_cli

TEXT = "Rebels shelled the town of Alpha on Monday, killing 4 people. A total of 30 have died since May."


def _record(doc_id="nu-1"):
    from sitrep.model import Record

    return Record.from_json({
        "document": {"id": doc_id, "title": "Made-up report", "published": "2024-05-06T10:00:00+00:00",
                     "outlet": "Test Wire", "language": "en", "text": TEXT + f" ({doc_id})"},
        "events": [{
            "id": f"{doc_id}-e1", "acled": {"event_type": "Explosions/Remote violence",
                                            "sub_event_type": "Shelling/artillery/missile attack",
                                            "interaction": "Rebel group-Civilians", "interaction_code": 27},
            "plover": {"event": "ASSAULT", "mode": "heavy-weapons", "context": []},
            "date": "2024-05-06", "date_precision": "day",
            "actors": [{"role": "actor1", "name": "Rebels", "country": "MLI", "sector": "REB"},
                       {"role": "actor2", "name": "people", "country": "MLI", "sector": "CVL"}],
            "locations": [{"name": "Alpha", "geonameid": 111, "country": "ML", "admin1": "Gao", "lat": 16.0,
                           "lon": 0.0, "precision": "town"},
                          {"name": "Beta", "geonameid": 222, "country": "NE", "admin1": "Tillaberi", "lat": 14.0,
                           "lon": 1.5, "precision": "district"}],
            "quantities": [{"kind": "fatalities", "item": "people", "low": 4, "best": 4, "high": 4,
                            "approximate": False, "text": "4 people", "start": 53, "end": 61},
                           {"kind": "fatalities", "item": None, "low": 30, "best": 30, "high": 30,
                            "approximate": False, "text": "A total of 30", "start": 63, "end": 76,
                            "cumulative": True}],
            "sources": [{"name": "Test Wire", "kind": "outlet"}],
            "status": "reported", "historical": False,
            "evidence": [{"start": 0, "end": 20, "text": TEXT[0:20]}, {"start": 45, "end": 60, "text": TEXT[45:60]}],
        }],
        "claims": [{"id": f"{doc_id}-c1", "claimant": {"name": None, "country": None, "sector": None},
                    "stance": "assert", "text": "A total of 30 have died", "start": 63, "end": 86},
                   {"id": f"{doc_id}-c2", "claimant": {"name": "officials", "country": "MLI", "sector": "GOV"},
                    "stance": "deny", "text": "killing 4 people", "start": 45, "end": 61}],
    })


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sitrep.store import Store

    path = tmp_path_factory.mktemp("newuser") / "nu.duckdb"
    with Store(str(path)) as store:
        store.add(_record())
    return str(path)


# --- filters ---------------------------------------------------------------------------------------------
def test_filter_checks():
    from sitrep.export.filters import (FilterError, check_country, check_date, check_status, check_type,
                                       until_bound)

    assert check_date("2024") == "2024" and check_date("2024-02") == "2024-02"
    assert check_date(" 2024-02-29 ") == "2024-02-29"
    for bad in ("2024-13-01", "2023-02-29", "yesterday", "12/03/2024", "2024-1-5", ""):
        with pytest.raises(FilterError):
            check_date(bad, "--since")
    assert until_bound("2024-03") == "2024-03-99" and until_bound("2024") == "2024-99-99"
    assert until_bound("2024-03-05") == "2024-03-05"
    assert check_country("ml") == "ML" and check_country("Mali") == "MLI"
    with pytest.raises(FilterError):
        check_country("Atlantis-on-Sea")
    assert check_status("Denied") == "denied"
    with pytest.raises(FilterError):
        check_status("rumoured")
    assert check_type("armed clash") and check_type("ARMED_CLASH") and check_type("Battles")
    with pytest.raises(FilterError):
        check_type("Skirmishes")


@pytest.mark.parametrize("args, needle", [
    (["events", "--since", "2024-13-45"], "--since"),
    (["events", "--until", "12/03/2024"], "--until"),
    (["events", "--status", "rumoured"], "--status"),
    (["events", "--country", "Atlantis-on-Sea"], "--country"),
    (["events", "--type", "Skirmishes"], "--type"),
    (["events", "--format", "xml"], "--format"),
    (["events", "--limit", "-5"], "--limit"),
    (["export", "--format", "xls"], "--format"),
    (["export", "--since", "notadate"], "--since"),
    (["incidents", "--since", "2024-99"], "--since"),
    (["contradictions", "--format", "jsonl"], "--format"),
    (["report", "--since", "2024-02-30", "-f", "md"], "--since"),
])
def test_bad_option_values_give_one_line_and_exit_2(db, args, needle):
    res = run_cli(*args, "--db", db)
    one_error_line(res, needle)
    assert res.returncode in (1, 2)
    assert res.stdout == b""


def test_unknown_option_and_command_are_one_line():
    res = run_cli("events", "--colour", "red")
    assert res.returncode == 2
    one_error_line(res, "--colour", "sitrep events --help")
    res = run_cli("frobnicate")
    assert res.returncode == 2
    one_error_line(res, "frobnicate")


def test_stage_commands_do_not_create_a_missing_store(tmp_path):
    missing = tmp_path / "nothing.duckdb"
    for cmd in ("incidents", "contradictions"):
        res = run_cli(cmd, "--db", str(missing))
        assert res.returncode == 2
        one_error_line(res, "no database")
        assert not missing.exists()


def test_missing_default_store_after_make_demo_points_to_demo_db(tmp_path):
    (tmp_path / "demo.duckdb").write_bytes(b"")
    env = {"SITREP_DB": ""}
    res = run_cli("events", cwd=tmp_path, env=env)
    assert res.returncode == 2
    one_error_line(res, "demo.duckdb")


def test_events_filters_and_limit_notice(db):
    res = run_cli("events", "--db", db, "--country", "Mali", "--format", "json")
    assert res.returncode == 0, res.stderr.decode()
    assert [e["id"] for e in json.loads(res.stdout)] == ["nu-1-e1"]
    res = run_cli("events", "--db", db, "--until", "2024-05", "--format", "json")
    assert [e["id"] for e in json.loads(res.stdout)] == ["nu-1-e1"]  # until a month includes its days
    res = run_cli("events", "--db", db, "--status", "denied", "--format", "json")
    assert json.loads(res.stdout) == []
    from sitrep.store import Store

    with Store(db) as store:
        store.add(_record("nu-2"))
    res = run_cli("events", "--db", db, "--limit", "1", "--format", "jsonl")
    assert len(res.stdout.splitlines()) == 1
    assert b"--limit" in res.stderr


def test_claims_jsonl_is_one_object_a_line_and_unnamed_claimants_read_well(db):
    res = run_cli("claims", "--db", db, "--format", "jsonl")
    assert res.returncode == 0, res.stderr.decode()
    lines = res.stdout.decode().splitlines()
    assert len(lines) >= 2 and all(json.loads(line)["id"] for line in lines)
    table = run_cli("claims", "--db", db).stdout.decode()
    assert "(unnamed)" in table and "None (" not in table


# --- exports ---------------------------------------------------------------------------------------------
def _event():
    return dict(_record().to_json()["events"][0], doc_id="nu-1")


def test_acled_row_keeps_running_totals_apart():
    from sitrep.export import acled_row

    row = acled_row(_event())
    assert row["fatalities"] == 4 and row["fatalities_low"] == 4 and row["fatalities_high"] == 4
    assert row["fatalities_cumulative"] == 30
    assert row["year"] == 2024 and row["inter1"] == 2 and row["inter2"] == 7
    zero = _event()
    zero["quantities"] = [{"kind": "fatalities", "low": 0, "best": 0, "high": 0, "text": "no one"}]
    assert acled_row(zero)["fatalities_high"] == 0


def test_country_names_read_as_people_write_them():
    import pycountry

    from sitrep.export import country_name

    assert country_name(pycountry.countries.get(alpha_2="IR")) == "Iran"
    assert country_name(pycountry.countries.get(alpha_2="CD")) == "Democratic Republic of the Congo"
    assert country_name(pycountry.countries.get(alpha_2="ML")) == "Mali"


def test_geojson_feature_describes_its_own_location():
    from sitrep.export import geojson

    feats = geojson([_event()])["features"]
    assert [f["properties"]["location"] for f in feats] == ["Alpha", "Beta"]
    beta = feats[1]["properties"]
    assert beta["geonameid"] == 222 and beta["country"] == "Niger" and beta["admin1"] == "Tillaberi"
    assert feats[1]["geometry"]["coordinates"] == [1.5, 14.0]


def test_parquet_schema_is_fixed(tmp_path):
    import pyarrow.parquet as pq

    from sitrep.export import parquet_schema, to_parquet

    to_parquet([_event()], str(tmp_path / "one.parquet"))
    to_parquet([], str(tmp_path / "none.parquet"))
    one, none = pq.read_table(tmp_path / "one.parquet"), pq.read_table(tmp_path / "none.parquet")
    assert one.schema == none.schema == parquet_schema()
    assert str(one.schema.field("civilian_targeting").type) == "string"  # all empty here, still a string
    assert one.column("fatalities").to_pylist() == [4]


def test_plover_and_csv_exports_through_the_cli(db, tmp_path):
    res = run_cli("export", "--db", db, "--format", "plover")
    items = json.loads(res.stdout)
    assert " ... " in items[0]["eventText"]
    rows = list(csv.DictReader(io.StringIO(run_cli("export", "--db", db, "--status", "reported").stdout.decode())))
    assert rows and rows[0]["fatalities_cumulative"] == "30"
    res = run_cli("export", "--db", db, "--format", "parquet")
    one_error_line(res, "--output")


# --- report and basemap ---------------------------------------------------------------------------------
def test_report_refuses_impossible_dates(db):
    from sitrep.errors import SitrepError
    from sitrep.report import build_report
    from sitrep.store import Store

    with Store(db, read_only=True) as store:
        with pytest.raises(SitrepError, match="--until"):
            build_report(store, until="2024-02-30")


def test_antimeridian_rings_are_split():
    from sitrep.web.build_basemap import split_antimeridian

    # an island straddling 180°: 179 → -179 and back
    ring = [[179.0, -16.0], [-179.0, -16.0], [-179.0, -17.0], [179.0, -17.0], [179.0, -16.0]]
    parts = split_antimeridian([[ring]])
    assert len(parts) == 2
    for (outer,) in parts:
        lons = [p[0] for p in outer]
        assert max(lons) - min(lons) <= 2 and outer[0] == outer[-1]
    assert sorted(round(min(p[0] for p in part[0])) for part in parts) == [-180, 179]
    polar = [[-180.0, -80.0], [0.0, -70.0], [180.0, -80.0], [-180.0, -80.0]]
    assert split_antimeridian([[polar]]) == [[polar]]  # a cap around the pole stays whole


def test_shipped_basemap_has_no_ring_jumping_across_the_map():
    from sitrep.web.build_basemap import OUT

    data = json.loads(OUT.read_text())
    for f in data["features"]:
        for poly in f["geometry"]["coordinates"]:
            jumps = sum(1 for a, b in zip(poly[0], poly[0][1:]) if abs(a[0] - b[0]) > 180)
            assert jumps <= 1, f["properties"]["name"]


# --- inputs that hold nothing -----------------------------------------------------------------------------
def test_nothing_to_read_is_an_error_in_every_format(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    res = run_cli("extract", str(tmp_path / "empty.txt"), "--format", "jsonl")
    assert res.returncode == 1 and res.stdout == b""
    one_error_line(res, "empty")
    for cmd in (["extract"], ["claims"], ["ingest", "--db", str(tmp_path / "x.duckdb")]):
        res = run_cli(*cmd, str(tmp_path / "nothing"))
        assert res.returncode == 2
        one_error_line(res, "no files")
    assert not (tmp_path / "x.duckdb").exists()


def test_report_counts_read_as_english(tmp_path):
    from sitrep.report import build_report, to_markdown
    from sitrep.store import Store

    path = str(tmp_path / "one.duckdb")
    with Store(path) as store:
        store.add(_record("solo"))
    with Store(path, read_only=True) as store:
        md = to_markdown(build_report(store))
    assert "1 article by 1 outlet." in md and "1 articles" not in md
    assert "(s)" not in md


def test_paths_that_cannot_be_read_or_written_are_one_line(db, tmp_path):
    res = run_cli("eval", "geo", str(tmp_path / "missing.jsonl"))
    assert res.returncode == 2
    one_error_line(res, "missing.jsonl", "No such file")
    res = run_cli("export", "--db", db, "-o", str(tmp_path / "no" / "such" / "dir.csv"))
    assert res.returncode == 2
    one_error_line(res, "dir.csv")


def test_serve_refuses_a_missing_store_without_a_token(tmp_path):
    res = run_cli("serve", "--db", str(tmp_path / "typo.duckdb"), env={"SITREP_TOKEN": ""})
    assert res.returncode == 2
    one_error_line(res, "no database", "--token")
    assert not (tmp_path / "typo.duckdb").exists()


def test_events_table_with_nothing_to_show_says_so(db):
    res = run_cli("events", "--db", db, "--since", "2030")
    assert res.returncode == 0
    assert "no events" in res.stdout.decode() and "┏" not in res.stdout.decode()
