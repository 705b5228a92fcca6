"""Web UI first paint with N events on the map, in Debian's chromium driven by Playwright.

    .venv/bin/python bench/ui.py                      # 10k events, 5 page loads
    .venv/bin/python bench/ui.py --events 10000 --loads 7 --json out.json

Fills a temporary DuckDB with N generated events (bench/api.py's generator), starts `sitrep serve` on a free
loopback port, waits for its event index, then opens the UI in a fresh browser context each time and reads
  * first paint / first contentful paint (Performance API, `paint` entries),
  * `sitrep:map-drawn`: the UI's own mark, set in the frame after the event markers were drawn
    (app.js), and how many markers the map holds,
  * DOMContentLoaded and the bytes the page fetched.
One unmeasured load first starts the browser's processes. Then loads alternate between "uncached" (a filter
that matches every event but that no earlier load used, so the server computes every answer) and "cached"
(the plain URL again: the server's response cache answers); each load gets a fresh browser context. Goal: first paint < 1 s and markers drawn < 1 s on localhost.
The machine's load average is printed with the results (other processes inflate the times).
"""
from __future__ import annotations

import os
import sys

# keep bench/ off the import path: its script names must never shadow the standard library
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import importlib.util
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CHROMIUM = os.environ.get("SITREP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def _bench_api():
    spec = importlib.util.spec_from_file_location("sitrep_bench_api", ROOT / "bench" / "api.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MEASURE_JS = """() => {
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));
  const drawn = performance.getEntriesByName('sitrep:map-drawn')[0];
  const mark = (n) => { const e = performance.getEntriesByName(n)[0]; return e ? Math.round(e.startTime) : null; };
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  return {first_paint_ms: paint['first-paint'] ?? null, first_contentful_paint_ms: paint['first-contentful-paint'] ?? null,
          map_drawn_ms: drawn ? drawn.startTime : null, data_ms: mark('sitrep:data'), dom_built_ms: mark('sitrep:dom'), markers: Number(document.body.dataset.mapMarkers || 0),
          dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null,
          transfer_kb: Math.round((nav ? nav.transferSize : 0) + res.reduce((a, r) => a + (r.transferSize || 0), 0)) / 1024,
          resources: res.map(r => [r.name.replace(location.origin, ''), Math.round(r.duration), Math.round((r.transferSize || 0) / 1024)])};
}"""


def measure(base: str, loads: int, timeout_ms: int) -> list[dict]:
    """`loads` measured page loads, after one that warms the browser up."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-background-networking", "--headless"])
        try:
            for k in range(-1, loads):
                ctx = browser.new_context(viewport={"width": 1280, "height": 900})
                page = ctx.new_page()
                errors = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                cached = k % 2 == 1
                # until=2999-...: every generated event matches, but the URL (so the cache key) is new
                url = base + "/" if cached else base + f"/#/?until=2999-12-{10 + k:02d}"
                t0 = time.perf_counter()
                page.goto(url)
                page.wait_for_function("() => performance.getEntriesByName('sitrep:map-drawn').length > 0",
                                       timeout=timeout_ms)
                wall = (time.perf_counter() - t0) * 1000
                m = page.evaluate(MEASURE_JS)
                m.update(load=k + 1, server_cache="cached" if cached else "uncached", wall_ms=round(wall, 1),
                         errors=errors)
                if k >= 0:
                    out.append(m)
                ctx.close()
        finally:
            browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="sitrep web UI first-paint benchmark")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--loads", type=int, default=5, help="page loads (each in a fresh browser context)")
    ap.add_argument("--db", help="reuse/keep this DuckDB file instead of a temporary one")
    ap.add_argument("--json", help="also write the JSON summary here")
    ap.add_argument("--timeout", type=int, default=60_000, help="ms to wait for the map")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"no chromium at {CHROMIUM} (apt-get install chromium)")

    api = _bench_api()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.path.join(tmp.name, "ui.duckdb")
    if not (args.db and Path(db).exists()):
        api.build(db, args.events)
    port = api.free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("SITREP_TOKEN", None)
    server = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        api.wait_for_server(base, server, 120)
        load0 = os.getloadavg()[0]
        runs = measure(base, args.loads, args.timeout)
        load1 = os.getloadavg()[0]
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        tmp.cleanup()

    def med(key, rows):
        vals = [r[key] for r in rows if r[key] is not None]
        return round(statistics.median(vals), 1) if vals else None

    for r in runs:
        r["map_drawn_ms"] = round(r["map_drawn_ms"], 1) if r["map_drawn_ms"] is not None else None
    keys = ("first_paint_ms", "first_contentful_paint_ms", "data_ms", "dom_built_ms", "map_drawn_ms",
            "dom_content_loaded_ms", "transfer_kb", "wall_ms")
    uncached = [r for r in runs if r["server_cache"] == "uncached"]
    cached = [r for r in runs if r["server_cache"] == "cached"]
    result = {"events": args.events, "loads": args.loads, "cpus": os.cpu_count(),
              "loadavg_1min": [round(load0, 2), round(load1, 2)],
              "uncached_median": {k: med(k, uncached) for k in keys} if uncached else None,
              "cached_median": {k: med(k, cached) for k in keys} if cached else None,
              "markers": runs[-1]["markers"], "errors": sum(len(r["errors"]) for r in runs),
              "resources_last_load": runs[-1]["resources"], "runs": [{k: v for k, v in r.items() if k != "resources"}
                                                                      for r in runs]}
    result["goal_ms"] = 1000
    result["goal_met_first_paint"] = all((r["first_paint_ms"] or 1e9) < 1000 for r in runs)
    result["goal_met_markers_drawn"] = all((r["map_drawn_ms"] or 1e9) < 1000 for r in runs)
    print(json.dumps(result, indent=1))
    for label, m in (("uncached", result["uncached_median"]), ("cached", result["cached_median"])):
        if m:
            print(f"{args.events:,} events, {result['markers']:,} markers; server {label} (median): first paint "
                  f"{m['first_paint_ms']} ms, data in {m['data_ms']} ms, markers drawn {m['map_drawn_ms']} ms",
                  file=sys.stderr)
    print(f"load average {load0:.1f}-{load1:.1f} on {os.cpu_count()} cores (above the core count, other processes "
          f"competed and the times are inflated)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
