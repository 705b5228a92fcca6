"""A third new-user pass: a form upload to POST /api/documents (`curl -F file=@page.html`) is read as the file
it carries, not stored with its MIME boundaries; a swapped --since/--until is refused by the CLI and the API;
json's "Unterminated string starting at" no longer reads "at at column"; one figure reads singular; the eval
commands name their FILE argument and treat a wrong file as the user's mistake; an empty claims table is a
sentence. Everything here is made up."""
import json

import pytest

from conftest import one_error_line, run_cli

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Raid on a made-up village | Test Courier</title>
<meta property="og:site_name" content="Test Courier">
<meta property="article:published_time" content="2024-05-07T09:30:00+02:00">
</head><body><article><h1>Raid on a made-up village</h1>
<p>Gunmen attacked the village of Alpha on Monday, killing six farmers, the governor said on Tuesday.</p>
<p>The militia denied any part in the raid, saying its fighters had been far from the area.</p>
</article></body></html>"""

AUTH = {"Authorization": "Bearer tok"}


@pytest.fixture()
def api(tmp_path, monkeypatch):
    """A token server on an empty store whose pipeline is stubbed: these tests are about what the API hands it."""
    from fastapi.testclient import TestClient

    import sitrep.pipeline
    from sitrep.api import create_app
    from sitrep.model import Record

    seen = []

    def fake_extract(docs, nlp=None):
        for d in docs:
            seen.append(d)
            yield Record(document=d)
    monkeypatch.setattr(sitrep.pipeline, "extract", fake_extract)
    monkeypatch.setattr(sitrep.pipeline, "build_nlp", lambda *a, **k: None)
    app = create_app(str(tmp_path / "nu3.duckdb"), token="tok", hold_lock=False)
    with TestClient(app) as client:
        yield client, seen


def test_a_form_upload_is_read_as_the_file_it_carries(api):
    client, seen = api
    r = client.post("/api/documents", headers=AUTH, files={"file": ("raid.html", PAGE, "text/html")})
    assert r.status_code == 201, r.text
    doc = seen[-1]
    assert "Content-Disposition" not in doc.text and "<p>" not in doc.text and "--" not in doc.text[:10]
    assert doc.text.lstrip().startswith(("Raid on a made-up village", "Gunmen attacked"))
    assert doc.title == "Raid on a made-up village" and doc.outlet == "Test Courier"
    assert doc.published.startswith("2024-05-07T09:30")
    # the same page as a raw body is the same document: uploading it again changes nothing
    again = client.post("/api/documents", headers=dict(AUTH, **{"Content-Type": "text/html"}), content=PAGE)
    assert again.status_code == 200 and again.json()["documents"][0]["status"] == "unchanged"
    assert again.json()["documents"][0]["id"] == r.json()["documents"][0]["id"]


def test_form_text_field_and_metadata_fields(api):
    client, seen = api
    r = client.post("/api/documents", headers=AUTH, data={"text": "Gunmen attacked a made-up village on Sunday.",
                                                          "published": "2024-05-06", "outlet": "Form Wire"},
                    files={"unused": ("", b"", "application/octet-stream")})
    assert r.status_code == 201, r.text
    doc = seen[-1]
    assert doc.text == "Gunmen attacked a made-up village on Sunday."
    assert (doc.published, doc.outlet) == ("2024-05-06", "Form Wire")


def test_form_with_two_files_and_a_jsonl_feed_names_each_problem(api):
    client, seen = api
    feed = (json.dumps({"id": "nu3-a", "text": "Gunmen attacked a made-up village on Sunday."}) + "\n"
            + '{"id": "nu3-b", "text": "never closed\n').encode()
    r = client.post("/api/documents", headers=AUTH,
                    files=[("a", ("feed.jsonl", feed, "application/octet-stream")),
                           ("b", ("note.txt", b"Militia fighters clashed with soldiers near a made-up town.",
                                  "text/plain"))])
    assert r.status_code == 201, r.text
    assert [d["id"] for d in r.json()["documents"]][0] == "nu3-a" and len(r.json()["documents"]) == 2
    (error,) = r.json()["errors"]
    assert "feed.jsonl:2" in error and "at at" not in error


@pytest.mark.parametrize("fields,files,needle", [
    ({"title": "only a title"}, {"unused": ("", b"", "text/plain")}, "no article in the form"),
    ({}, {"file": ("empty.txt", b"", "text/plain")}, "empty"),
    ({"published": "yesterday"}, {"file": ("a.txt", b"Gunmen attacked a village.", "text/plain")}, "ISO 8601"),
])
def test_form_mistakes_are_422_with_a_reason(api, fields, files, needle):
    client, seen = api
    r = client.post("/api/documents", headers=AUTH, data=fields, files=files)
    assert r.status_code == 422, r.text
    assert needle in json.dumps(r.json())
    assert not seen


def test_swapped_dates_are_refused_by_the_api(api):
    client, _ = api
    for path in ("/api/events", "/api/events.geojson", "/api/timeline"):
        r = client.get(path, params={"since": "2024-05-07", "until": "2024-05-01"})
        assert r.status_code == 422 and "after until" in r.json()["message"], (path, r.text)
    # a month given as both bounds is that month, not a swap
    assert client.get("/api/events", params={"since": "2024-05", "until": "2024-05"}).status_code == 200


def test_check_range():
    from sitrep.export.filters import FilterError, check_range

    check_range("2024-05-01", "2024-05-07")
    check_range("2024-05-07", "2024-05")  # until a month: up to its end
    check_range(None, "2024-01-01")
    with pytest.raises(FilterError, match="--since 2024-06 is after --until 2024-05"):
        check_range("2024-06", "2024-05", ("--since", "--until"))


def test_swapped_dates_are_one_line_in_the_cli(tmp_path):
    from sitrep.store import Store

    db = str(tmp_path / "empty.duckdb")
    Store(db).close()
    for cmd in ("events", "export"):
        res = run_cli(cmd, "--db", db, "--since", "2024-05-07", "--until", "2024-05-01")
        assert res.returncode == 2
        one_error_line(res, "--since 2024-05-07 is after --until 2024-05-01")


def test_unterminated_string_reads_once():
    from sitrep.errors import InputError
    from sitrep.ingest.readers import jsonl_line

    (err,) = list(jsonl_line('{"id": "x", "text": "never closed', "f.jsonl:3"))
    assert isinstance(err, InputError)
    assert "at at" not in str(err) and "starting at column" in str(err)


def test_one_figure_reads_singular():
    from sitrep.cli import _figure

    assert _figure({"kind": "fatalities", "best": 1, "low": 1, "high": 1}) == "1 fatality"
    assert _figure({"kind": "injuries", "best": 1}) == "1 injury"
    assert _figure({"kind": "fatalities", "best": 2}) == "2 fatalities"
    assert _figure({"kind": "fatalities", "low": 1, "high": 3}) == "1-3 fatalities"
    assert _figure({"kind": "displaced", "best": 1}) == "1 displaced"


def test_eval_names_its_file_and_a_wrong_file_is_the_users_mistake(tmp_path):
    res = run_cli("eval", "geo", "--help")
    assert "FILE" in res.stdout.decode() and "{path}" not in res.stdout.decode()
    listing = run_cli("eval", "--help").stdout.decode().split("Commands:")[1]
    assert "..." not in listing  # short help whole, not cut by click
    article = tmp_path / "article.txt"
    article.write_text("Gunmen attacked a made-up village on Sunday, officials said.\n")
    for bench in ("claims", "plover", "attribution"):
        res = run_cli("eval", bench, str(article))
        assert res.returncode == 2, (bench, res.stderr.decode())
        line = one_error_line(res, str(article), f"sitrep eval {bench} --help")
        assert "internal error" not in line


def test_no_claims_is_a_sentence(tmp_path):
    from sitrep.store import Store

    db = str(tmp_path / "empty.duckdb")
    Store(db).close()
    res = run_cli("claims", "--db", db, "--stance", "deny")
    assert res.returncode == 0
    out = res.stdout.decode()
    assert "no claims with stance deny" in out and "┏" not in out


def test_every_api_error_has_a_one_line_message(api):
    client, _ = api
    cases = [(client.get("/api/events/nu3-nothing"), 404, "no event nu3-nothing"),
             (client.post("/api/documents", content=b"text"), 401, "Bearer"),
             (client.post("/api/documents", content=b"text", headers={"Authorization": "Bearer wrong"}), 403,
              "invalid token"),
             (client.post("/api/documents", headers=AUTH, files={"file": ("e.txt", b"", "text/plain")}), 422,
              "no document in the body: <api>:e.txt: skipped: empty file")]
    for r, code, needle in cases:
        assert r.status_code == code, r.text
        body = r.json()
        assert "detail" in body and isinstance(body["message"], str) and needle in body["message"], body
    # the 401 still tells the client which scheme to use
    assert client.post("/api/documents", content=b"text").headers["www-authenticate"] == "Bearer"


def test_counts_read_as_english_and_a_shard_folder_points_to_load(tmp_path):
    art = tmp_path / "one.txt"
    art.write_text("Gunmen attacked a made-up village on Sunday, killing two farmers, police said.\n")
    db = str(tmp_path / "one.duckdb")
    res = run_cli("ingest", str(art), "--db", db, "--published", "2024-05-07")
    assert res.returncode == 0, res.stderr.decode()
    err = res.stderr.decode()
    assert "the store holds 1 document, " in err and "1 documents" not in err
    assert "merged 1 new document:" in err
    shard = tmp_path / "shards" / "sitrep-x.parquet"
    shard.parent.mkdir()
    shard.write_bytes(b"PAR1")
    res = run_cli("ingest", str(shard.parent), "--db", db)
    assert res.returncode == 1
    assert "sitrep load FOLDER" in res.stderr.decode()
