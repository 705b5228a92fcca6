"""The web UI in a real browser: Playwright driving Debian's chromium against a live server on a temp DB.

Skips (with the reason) when the playwright package or /usr/bin/chromium is missing. Screenshots go to
test-artifacts/ (gitignored).
"""
import os
import shutil
from pathlib import Path

import pytest

from conftest import served
from test_api import ARMENIA, SCRIPT, SUDAN

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SITREP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TOKEN = "web-test-token"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None


def _skip_reason():
    if sync_playwright is None:
        return "playwright is not installed (pip install playwright==1.65.2)"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


if _skip_reason():
    pytest.skip(_skip_reason(), allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory, extract_text):
    from sitrep.api import create_app
    from sitrep.api.queries import writer_store
    from sitrep.store import Store

    path = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    ids = {}
    with Store(path) as store:
        w = writer_store(store.con, path)
        for name, text, pub in (("armenia", ARMENIA, "2022-09-13T08:00:00+04:00"),
                                ("sudan", SUDAN, "2023-04-16T12:00:00+02:00"),
                                ("script", SCRIPT, "2023-03-02T10:00:00+02:00")):
            rec = extract_text(text, published=pub)
            w.add(rec)
            ids[name] = rec
    with served(create_app(path, token=TOKEN)) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--headless"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def markers(page) -> int:
    """How many event markers the map's canvas holds."""
    return int(page.get_attribute("#map-events", "data-markers"))


def marker_position(page, event_id) -> tuple[float, float]:
    pos = page.evaluate("id => document.getElementById('map-events').markerAt(id)", event_id)
    assert pos is not None, f"no marker for {event_id}"
    return pos[0], pos[1]


def test_map_event_evidence_and_review(server, page):
    base, ids = server
    sudan = ids["sudan"]
    ev = next(e for e in sudan.events if e.locations and e.locations[0].get("lat") is not None)
    page.goto(base + "/")
    page.wait_for_selector("body[data-events-ready]")
    assert page.locator("svg.map path.country").count() > 100  # the bundled basemap is drawn
    assert markers(page) >= 3
    assert page.evaluate("() => performance.getEntriesByName('sitrep:map-drawn').length") == 1
    assert page.locator("#timeline rect.bar").count() >= 2
    assert page.locator("#events-table tbody tr").count() == sum(len(r.events) for r in ids.values())
    page.screenshot(path=str(ARTIFACTS / "web-map.png"), full_page=True)
    width = lambda: float(page.get_attribute("#map", "viewBox").split()[2])  # noqa: E731
    before = width()
    page.click(".mapctl button[title='zoom in']")
    assert width() < before
    page.click(".mapctl button[title='fit events']")
    assert abs(width() - before) < 1e-6

    # click the event on the map (a marker on the canvas) → its page, with the evidence highlighted
    page.mouse.move(*marker_position(page, ev.id))
    assert ev.date in page.get_attribute("#map-events", "title")  # the marker's tooltip
    page.mouse.click(*marker_position(page, ev.id))
    page.wait_for_selector("#article mark.evidence")
    assert page.url.endswith("#/event/" + ev.id)
    marks = page.locator("#article mark.evidence").all_inner_texts()
    joined = "".join(marks)
    assert any(e.text in joined or joined in e.text for e in ev.evidence), (marks, ev.evidence)
    assert "Sudan Tribune" in page.locator("#source-chain").inner_text()
    page.screenshot(path=str(ARTIFACTS / "web-event.png"), full_page=True)

    # correct the type through the review form (needs the token)
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    page.select_option("#r-type", "Violence against civilians")
    page.select_option("#r-subtype", "Attack")
    page.fill("#r-fat-best", "60")
    page.fill("#r-fat-high", "70")
    page.fill("#r-who", "playwright")
    page.click("#review-save")
    page.wait_for_selector("#review-msg.ok")
    assert "event_type" in page.inner_text("#review-msg")

    page.reload()
    page.wait_for_selector("#f-type")
    assert page.inner_text("#f-type") == "Violence against civilians"
    assert page.inner_text("#f-subtype") == "Attack"
    assert "60" in page.inner_text("#f-figures")
    history = page.inner_text("#review-history")
    assert "playwright" in history and "event_type" in history
    page.screenshot(path=str(ARTIFACTS / "web-event-reviewed.png"), full_page=True)
    # the table shows the corrected type too
    page.goto(base + "/#/?type=Attack")
    page.wait_for_selector(f'#events-table tr[data-id="{ev.id}"]')
    assert not page.errors, page.errors


def test_review_without_token_is_refused(server, page):
    base, ids = server
    ev = ids["armenia"].events[0]
    page.goto(f"{base}/#/event/{ev.id}")
    page.wait_for_selector("#review-form")
    page.select_option("#r-status", "claimed" if ev.status == "disputed" else "disputed")
    page.click("#review-save")
    page.wait_for_selector("#review-msg.error")
    assert "401" in page.inner_text("#review-msg")
    page.reload()
    page.wait_for_selector("#review-form")
    assert page.input_value("#r-status") == ev.status


def test_script_in_article_renders_as_text(server, page):
    base, ids = server
    rec = ids["script"]
    page.goto(f"{base}/#/document/{rec.document.id}")
    page.wait_for_selector("#article")
    assert "<script>alert('x')</script>" in page.inner_text("#article")
    assert page.locator("#article script").count() == 0
    page.goto(f"{base}/#/event/{rec.events[0].id}")
    page.wait_for_selector("#article")
    assert "<script>" in page.inner_text("#article")
    assert page.locator("#article script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "web-script-article.png"), full_page=True)


def test_claims_and_filters(server, page):
    base, ids = server
    page.goto(base + "/#/claims")
    page.wait_for_selector("#claims .claim")
    assert page.locator("#claims .claim").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "web-claims.png"), full_page=True)
    page.goto(base + "/")
    page.wait_for_selector("#filters")
    page.fill("#filters input[name=country]", "SDN")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => { const t = [...document.querySelectorAll('#events-table tbody td:nth-child(5)')];"
                           " return location.hash.includes('country=SDN') && t.length && t.every(td => td.textContent === 'SD'); }")
    page.wait_for_selector("body[data-events-ready]")
    assert markers(page) == len(ids["sudan"].events)
    assert not page.errors, page.errors


def test_bad_filter_in_the_address_is_shown_in_the_panels(server, page):
    base, _ = server
    page.goto(base + "/#/?since=2022-02-30")
    page.wait_for_selector(".grid .panel p.error")
    assert "since" in page.inner_text(".grid .panel p.error")
    assert page.locator("p.loading").count() == 0  # no panel left saying "Loading..."


def test_narrow_screen_does_not_scroll_sideways(server, browser):
    base, _ = server
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        p = ctx.new_page()
        p.goto(base + "/")
        p.wait_for_selector("body[data-events-ready]")
        assert p.evaluate("document.documentElement.scrollWidth") <= 392
    finally:
        ctx.close()


def test_empty_store_says_how_to_fill_it(tmp_path, browser):
    from sitrep.api import create_app

    with served(create_app(str(tmp_path / "empty.duckdb"), token=TOKEN)) as base:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            p = ctx.new_page()
            p.goto(base + "/")
            p.wait_for_selector("#empty-store")
            assert "sitrep ingest" in p.inner_text("#empty-store")
        finally:
            ctx.close()
