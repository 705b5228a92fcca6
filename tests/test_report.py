"""Situation reports (`sitrep.report`): counts equal the store's, planted contradictions and denials show,
every figure links to its evidence, the HTML fetches nothing, and Markdown/PDF/PNG come out."""
import re
import shutil
from html.parser import HTMLParser

import pytest

from conftest import ROOT, SAMPLES, run_cli

ARTIFACTS = ROOT / "test-artifacts"
UI = "http://127.0.0.1:8765"

# Two articles about one shelling with figures that cannot both be right, and a denial.
PLANTED = {
    "omdurman-a.txt": """Title: Army shelling kills 30 in Omdurman market, doctors say
Published: 2023-04-20T14:00:00+00:00
Outlet: Nile Wire

KHARTOUM, April 20 (Nile Wire) - Thirty civilians were killed when the army shelled the central market in \
Omdurman on Thursday, the Sudan Doctors' Union said.

Sudan's army denied the report, saying its artillery had not fired on the market.
""",
    "omdurman-b.txt": """Title: RSF says 120 killed in Omdurman
Published: 2023-04-20T18:00:00+00:00
Outlet: Sahel Wire

The Rapid Support Forces said 120 civilians were killed when the army shelled the central market in Omdurman on \
Thursday.
""",
}


def _merge_module():
    try:
        from sitrep import merge
    except Exception:
        return None
    return merge if hasattr(merge, "update") else None


@pytest.fixture(scope="module")
def dbs(tmp_path_factory):
    """{'plain': store never merged, 'merged': the same after sitrep.merge.update (when installed)}."""
    tmp = tmp_path_factory.mktemp("report")
    src = tmp / "articles"
    shutil.copytree(SAMPLES, src)
    for name, text in PLANTED.items():
        (src / name).write_text(text, encoding="utf-8")
    plain = tmp / "plain.duckdb"
    res = run_cli("ingest", str(src), "--db", str(plain))
    assert res.returncode == 0, res.stderr.decode()
    out = {"plain": plain}
    merge = _merge_module()
    if merge is not None:
        from sitrep.store import Store

        merged = tmp / "merged.duckdb"
        shutil.copy(plain, merged)
        with Store(str(merged)) as store:
            merge.update(store)
        out["merged"] = merged
    return out


@pytest.fixture(scope="module", params=["plain", "merged"])
def store(request, dbs):
    if request.param not in dbs:
        pytest.skip("sitrep.merge is not installed")
    from sitrep.store import Store

    s = Store(str(dbs[request.param]), read_only=True)
    yield s
    s.close()


def _sql(store, sql, params=()):
    return store.con.execute(sql, list(params)).fetchall()


def _fatality_sum(store, where="", params=()):
    """Σ of every non-cumulative fatality figure as the store holds them: low (else best), high (None if any
    figure is open-ended), the number of figures and of events."""
    rows = _sql(store, "SELECT q.event_id, q.low, q.best, q.high FROM quantities q JOIN events e ON e.id = q.event_id "
                       f"WHERE q.kind = 'fatalities' AND NOT coalesce(q.cumulative, false) {where}", params)
    low = sum((lo if lo is not None else b) for _, lo, b, _ in rows)
    is_open = any(hi is None and lo is not None for _, lo, b, hi in rows)
    high = None if is_open else sum((hi if hi is not None else b) for _, lo, b, hi in rows)
    return low, high, len(rows), len({r[0] for r in rows})


# --- counts ---------------------------------------------------------------------------------------------------
def test_counts_equal_the_store(store):
    from sitrep.report import build_report

    r = build_report(store)
    assert r.n_events == _sql(store, "SELECT count(*) FROM events")[0][0]
    assert r.n_documents == _sql(store, "SELECT count(DISTINCT doc_id) FROM events")[0][0]
    by_type = dict(_sql(store, "SELECT coalesce(event_type, '(untyped)'), count(*) FROM events GROUP BY 1"))
    assert dict(r.by_type) == by_type
    assert dict(r.by_status) == dict(_sql(store, "SELECT coalesce(status, 'reported'), count(*) FROM events GROUP BY 1"))
    assert r.n_mapped == len(r.points) == _sql(store, "SELECT count(*) FROM events WHERE lat IS NOT NULL AND "
                                                      "lon IS NOT NULL")[0][0]
    assert sum(sum(c.values()) for c in r.timeline.values()) == _sql(
        store, "SELECT count(*) FROM events WHERE date IS NOT NULL")[0][0]
    low, high, n_figs, n_events = _fatality_sum(store)
    assert (r.fatalities_reports.low, r.fatalities_reports.high) == (low, high)
    assert r.fatalities_reports.n == n_figs and r.fatality_events == n_events
    # by side: the sides partition the same figures
    assert sum(s.n_figures for s in r.by_side) == n_figs
    assert sum(s.span.low for s in r.by_side) == low
    # the incident headline never claims less than the lowest report nor invents a figure
    assert r.fatalities.low <= low
    assert r.claims_total == _sql(store, "SELECT count(*) FROM claims WHERE event_id IN (SELECT id FROM events) OR "
                                         "(event_id IS NULL AND doc_id IN (SELECT doc_id FROM events))")[0][0]
    assert r.sources_total == r.n_documents


def test_filters_count_like_the_store(store):
    from sitrep.report import build_report

    r = build_report(store, country="SD")
    assert r.n_events == len(store.events(country="SD"))
    assert {x.event_id for x in r.points} <= {e["id"] for e in store.events(country="SD")}
    low, high, n, _ = _fatality_sum(store, "AND e.country = 'SD'")
    assert (r.fatalities_reports.low, r.fatalities_reports.high, r.fatalities_reports.n) == (low, high, n)

    r = build_report(store, since="2023-03-01", until="2023-04")
    assert r.n_events == _sql(store, "SELECT count(*) FROM events WHERE coalesce(date_end, date) >= '2023-03-01' "
                                     "AND date <= '2023-04-99'")[0][0]
    assert r.first_date >= "2023-03-01" and r.last_date <= "2023-04-30"

    box = (44.0, 38.5, 47.0, 41.0)  # the Armenia-Azerbaijan border
    r = build_report(store, bbox=",".join(map(str, box)))
    assert r.n_events == _sql(store, "SELECT count(*) FROM events WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                              [box[1], box[3], box[0], box[2]])[0][0] > 0
    assert all(box[0] <= p.lon <= box[2] and box[1] <= p.lat <= box[3] for p in r.points)


def test_bad_filters_are_clear_errors(store):
    from sitrep.errors import SitrepError
    from sitrep.report import build_report

    with pytest.raises(SitrepError, match="bbox"):
        build_report(store, bbox="1,2,3")
    with pytest.raises(SitrepError, match="since"):
        build_report(store, since="yesterday")
    with pytest.raises(SitrepError, match="no incident"):
        build_report(store, incident="inc-does-not-exist")


def test_one_incident(store):
    from sitrep.report import build_report

    full = build_report(store)
    inc = full.incidents[0]
    r = build_report(store, incident=inc.id)
    assert r.n_events == len(inc.event_ids)
    assert r.incidents_total == 1 and r.incidents[0].id == inc.id


# --- planted contradictions and denials ---------------------------------------------------------------------------
def test_planted_contradiction_and_denial(store):
    from sitrep.report import build_report, to_html, to_markdown

    r = build_report(store, country="SD", since="2023-04-20", until="2023-04-20")
    omdurman = [i for i in r.incidents if any(a.outlet == "Sahel Wire" for a in i.accounts)
                and any(a.outlet == "Nile Wire" for a in i.accounts)]
    assert omdurman, [(i.title, [a.outlet for a in i.accounts]) for i in r.incidents]
    inc = omdurman[0]
    # both figures side by side, each from its own side; the range across the reports stays a range
    figs = {f.span.text() for a in inc.accounts for f in a.figures if f.kind == "fatalities"}
    assert {"30", "120"} <= figs, figs
    assert inc.fatalities.low == 30 and inc.fatalities.upper == 120
    kinds = {c.kind for c in inc.contradictions}
    assert "figures" in kinds, inc.contradictions
    assert any("30" in c.text and "120" in c.text for c in inc.contradictions)
    # the army's denial: in the incident and in the claims ledger
    assert "denial" in kinds
    denied = [c for c in r.claims if c.verdict == "denied" and any("army" in x.by for x in c.responses)]
    assert denied and "Thirty civilians" in r.refs[denied[0].ref].text
    html = to_html(r)
    assert "Contradiction (figures)" in html and "Contradiction (denial)" in html
    assert "Sudan&#x27;s army" in html or "Sudan's army" in html
    md = to_markdown(r)
    assert "**Contradiction (figures):**" in md and "denied" in md


def test_sample_denials_appear(store):
    """The bundled samples' denials (Kyiv, the Sudanese army, Azerbaijan's defence ministry) are in the ledger."""
    from sitrep.report import build_report

    r = build_report(store)
    denied_by = {x.by for c in r.claims for x in c.responses if x.stance == "deny"}
    expected = {b for (b,) in _sql(store, "SELECT DISTINCT by_name FROM claim_responses WHERE stance = 'deny'")}
    assert expected and expected <= denied_by
    assert r.verdicts.get("denied", 0) == _sql(
        store, "SELECT count(DISTINCT claim_id) FROM claim_responses WHERE stance = 'deny'")[0][0]


def test_single_side_and_ranges_are_honest(store):
    from sitrep.report import build_report, to_html

    r = build_report(store)
    html = to_html(r)
    one_side = [i for i in r.incidents if i.fatalities.n and len(i.fatality_sides) == 1]
    assert one_side and "reported only by" in html
    # "150-200" in the Azernews sample stays a range; "at least" figures stay open
    assert any(f.span.text() == "150–200" for s in r.by_side for f in s.figures)
    assert "150–200" in html and "at least 49" in html


# --- evidence, links, self-containment ---------------------------------------------------------------------------
class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.figs, self.hrefs, self.srcs, self.tags = set(), [], [], [], set()
        self._fig = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if "src" in a:
            self.srcs.append(a["src"])
        if tag == "a" and "fig" in (a.get("class") or "").split():
            self._fig = [a.get("href"), ""]

    def handle_data(self, data):
        if self._fig is not None:
            self._fig[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._fig is not None:
            self.figs.append(tuple(self._fig))
            self._fig = None


def test_every_figure_links_to_evidence(store):
    from sitrep.report import build_report, to_html

    r = build_report(store)
    p = _Links()
    p.feed(to_html(r))
    assert len(p.figs) > 50
    for href, text in p.figs:
        assert href and href.startswith("#"), (href, text)
        assert href[1:] in p.ids, f"figure {text!r} links to missing anchor {href}"
    for href in p.hrefs:
        if href.startswith("#"):
            assert href[1:] in p.ids, href
    # numbers printed in the summary, fatality and index tables are all inside such links (an index heading's
    # count is the list of events under it)
    for section in ("summary", "index"):
        body = to_html(r).split(f'<section id="{section}">')[1].split("</section>")[0]
        body = re.sub(r"<h3.*?</h3>", " ", body)
        bare = re.sub(r"<a [^>]*>.*?</a>|<[^>]+>|\d{4}-\d\d-\d\d|\d+%|\(\d+\)", " ", body)
        assert not re.search(r"(?<![\w-])\d[\d,]*(?![\w-])", bare.split("Figures as reported")[-1]
                             .split("Running totals")[0] if section == "summary" else bare), section


def test_evidence_quotes_the_stored_text(store):
    from sitrep.report import build_report

    r = build_report(store)
    assert r.refs
    texts = dict(_sql(store, "SELECT id, text FROM documents"))
    for ref in r.refs.values():
        assert ref.text, ref
        assert texts[ref.doc_id][ref.start:ref.end] == ref.text
    # every fatality figure shown quotes exactly its span
    for side in r.by_side:
        for f in side.figures:
            assert r.refs[f.ref].text == f.text


def test_html_is_self_contained(store):
    from sitrep.report import build_report, to_html

    r = build_report(store)
    html = to_html(r)
    p = _Links()
    p.feed(html)
    assert not p.srcs, p.srcs
    assert not [h for h in p.hrefs if re.match(r"(?i)\s*(https?:)?//", h)]
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    assert not re.search(r"(?i)url\(\s*['\"]?(https?:)?//", html) and "@import" not in html
    assert "<svg" in html and 'class="map"' in html and 'class="timeline"' in html
    # with the UI's address, evidence also links to its event pages, and to nothing else outside
    p = _Links()
    p.feed(to_html(r, ui_base=UI))
    external = [h for h in p.hrefs if re.match(r"(?i)https?://", h)]
    assert external and all(h.startswith(UI + "/#/") for h in external)
    assert any(h.startswith(UI + "/#/event/") for h in external)


def test_markdown(store):
    from sitrep.report import build_report, to_markdown

    r = build_report(store)
    md = to_markdown(r)
    assert md.startswith("# Situation report")
    for heading in ("## Summary", "## Main incidents", "## Claims ledger", "## Sources", "## Evidence"):
        assert heading in md
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    for target in re.findall(r"\]\(#(ev-\d+)\)", md):
        assert target in anchors
    for t, n in r.by_type:
        assert f"| {t.replace('/', '/')} | [{n}](#" in md.replace("\\", "")
    assert "http://" not in md and "https://" not in md.replace("https://example.org", "")


def test_lists_are_capped_with_more(store):
    from sitrep.report import build_report, to_html

    r = build_report(store, limit=3)
    assert len(r.incidents) == 3 < r.incidents_total
    html = to_html(r)
    assert f"and {r.incidents_total - 3} more incidents" in html
    assert all(len(rows) <= 5 for rows in r.index.values())


# --- PDF, PNG, command -----------------------------------------------------------------------------------------------
def _chromium():
    from sitrep.report.browser import find_chromium

    return find_chromium()


def test_pdf_and_png(dbs):
    if not _chromium():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from sitrep.report import build_report, to_pdf, to_png
    from sitrep.store import Store

    with Store(str(dbs.get("merged", dbs["plain"])), read_only=True) as store:
        r = build_report(store)
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "report.pdf"
    to_pdf(r, pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000
    png = ARTIFACTS / "report.png"
    to_png(r, png, width=1000, height=2000)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_pdf_without_chromium_is_a_clear_error(dbs, monkeypatch, tmp_path):
    from sitrep.errors import SitrepError
    from sitrep.report import build_report, to_pdf
    from sitrep.store import Store

    monkeypatch.delenv("SITREP_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with Store(str(dbs["plain"]), read_only=True) as store:
        r = build_report(store)
    with pytest.raises(SitrepError, match="Chromium"):
        to_pdf(r, tmp_path / "x.pdf")


def test_command(dbs, tmp_path):
    import typer
    from typer.testing import CliRunner

    from sitrep.report.command import report_command

    app = typer.Typer()
    app.command()(report_command)
    db = tmp_path / "cmd.duckdb"
    shutil.copy(dbs["plain"], db)
    out = tmp_path / "r.md"
    res = CliRunner().invoke(app, ["--db", str(db), "--country", "AM", "--format", "md", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text().startswith("# Situation report: AM")
    res = CliRunner().invoke(app, ["--db", str(db), "--no-merge", "--format", "html", "--ui-base", UI])
    assert res.exit_code == 0 and res.stdout.startswith("<!doctype html>") and UI + "/#/event/" in res.stdout
    res = CliRunner().invoke(app, ["--db", str(db), "--bbox", "nonsense"])
    assert res.exit_code == 1 and "bbox" in res.output
    res = CliRunner().invoke(app, ["--db", str(db), "--format", "pdf"])
    assert res.exit_code != 0


# --- scale -----------------------------------------------------------------------------------------------------------
def test_many_events_cluster_and_cap(tmp_path):
    """600 synthetic events: the map clusters, lists stay capped, and it is quick."""
    import importlib.util
    import time

    from sitrep.report import build_report, to_html
    from sitrep.store import Store

    spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with Store(str(tmp_path / "many.duckdb")) as store:
        for rec in bench.synthetic_records(600, 20):
            store.add(rec)
    with Store(str(tmp_path / "many.duckdb"), read_only=True) as store:
        t = time.perf_counter()
        r = build_report(store)
        html = to_html(r)
        took = time.perf_counter() - t
    assert r.n_events == 600
    assert len(r.incidents) == r.limit < r.incidents_total
    assert html.count("<circle") < 400  # clustered: far fewer markers than events
    assert "more incidents" in html and "more claims" in html
    assert len(html) < 3_000_000
    assert took < 10, took
