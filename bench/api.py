"""API latency: filtered event lists over N synthetic events in DuckDB, one client and many at once.

    .venv/bin/python bench/api.py                  # 100k events, 50 concurrent clients
    .venv/bin/python bench/api.py --events 20000 --clients 10 --json out.json

Builds a temporary DuckDB with the store's schema (bulk INSERT ... SELECT, not the pipeline), starts
`sitrep.api.serve` in a subprocess on a free loopback port, waits until its in-memory event index is built
(`/api/health`), then measures
  1. each query shape alone (one client, sequential): p50 / p95 / p99 / max,
  2. all list shapes mixed, from --clients concurrent clients: p50 / p95 / p99 per shape and overall, and
     requests per second,
each uncached (a distinct page per request, so the response cache never answers) and cached. The machine's
load average and busy CPU share are sampled during the run and printed with the results: on a shared machine
latency is inflated by the other processes, while the server's CPU time per request is not.
`--modes index,sql` also runs a second server with the index off (SITREP_API_INDEX=0): the SQL path.
Goal: p95 < 50 ms for filtered event lists. Traffic goes only to 127.0.0.1, the number of requests is
bounded, and the servers are stopped at the end.
"""
from __future__ import annotations

import os
import sys

# keep bench/ off the import path: its script names must never shadow the standard library
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TYPES = [("Battles", "Armed clash", "ARMED_CLASH", "ASSAULT"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ART_MISS_ATTACK", "ASSAULT"),
         ("Explosions/Remote violence", "Air/drone strike", "AIR_STRIKE", "ASSAULT"),
         ("Violence against civilians", "Attack", "ATTACK", "ASSAULT"),
         ("Violence against civilians", "Abduction/forced disappearance", "ABDUCT_DISSAP", "COERCE"),
         ("Protests", "Peaceful protest", "PEACE_PROTEST", "PROTEST"),
         ("Riots", "Violent demonstration", "VIOL_DEMONSTR", "PROTEST"),
         ("Strategic developments", "Arrests", "ARREST", "COERCE")]
PLACES = [("Kharkiv", "UA", "UKR", 49.99, 36.23), ("Bakhmut", "UA", "UKR", 48.59, 38.00),
          ("Kherson", "UA", "UKR", 46.64, 32.61), ("Jermuk", "AM", "ARM", 39.84, 45.67),
          ("Goris", "AM", "ARM", 39.51, 46.34), ("Lachin", "AZ", "AZE", 39.64, 46.55),
          ("Khartoum", "SD", "SDN", 15.55, 32.53), ("El Fasher", "SD", "SDN", 13.63, 25.35),
          ("Mogadishu", "SO", "SOM", 2.04, 45.34), ("Bamako", "ML", "MLI", 12.65, -8.00),
          ("Gao", "ML", "MLI", 16.27, -0.04), ("Tsafe", "NG", "NGA", 11.96, 6.92),
          ("Maiduguri", "NG", "NGA", 11.85, 13.16), ("Gaza", "PS", "PSE", 31.50, 34.47),
          ("Aleppo", "SY", "SYR", 36.20, 37.16), ("Goma", "CD", "COD", -1.68, 29.23),
          ("Kabul", "AF", "AFG", 34.53, 69.17), ("Sanaa", "YE", "YEM", 15.35, 44.21),
          ("Tripoli", "LY", "LBY", 32.89, 13.19), ("Mandalay", "MM", "MMR", 21.97, 96.08)]
SOURCES = ["Reuters", "AFP", "Associated Press", "Azernews", "Sudan Tribune", "Kyiv Independent", "Al Jazeera",
           "Premium Times", "local media", "Defence Ministry"]
ACTORS = [("Military Forces of Ukraine", "UKR", "MIL"), ("Military Forces of Russia", "RUS", "MIL"),
          ("Military Forces of Armenia", "ARM", "MIL"), ("Military Forces of Azerbaijan", "AZE", "MIL"),
          ("Sudanese Armed Forces", "SDN", "MIL"), ("Rapid Support Forces", "SDN", "REB"),
          ("Al-Shabaab", "SOM", "REB"), ("JNIM", "MLI", "REB"), ("Boko Haram", "NGA", "REB"),
          ("Civilians", None, "CVL"), ("Protesters", None, "PRO"), ("Police Forces", None, "POL")]


def build(path: str, n: int) -> float:
    """Fill a fresh store with n synthetic events (and n/5 documents) using set-based SQL; returns seconds."""
    from sitrep.store import Store

    t0 = time.perf_counter()
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP MACRO hk(x, n) AS CAST(hash(x) % n AS BIGINT)")
        con.execute("CREATE TEMP TABLE t_types AS SELECT * FROM (VALUES " +
                    ", ".join(f"({i}, '{a}', '{b}', '{c}', '{d}')" for i, (a, b, c, d) in enumerate(TYPES)) +
                    ") v(k, event_type, sub, case_label, plover)")
        con.execute("CREATE TEMP TABLE t_places AS SELECT * FROM (VALUES " +
                    ", ".join(f"({i}, '{a}', '{b}', '{c}', {d}, {e})" for i, (a, b, c, d, e) in enumerate(PLACES)) +
                    ") v(k, name, iso2, iso3, lat, lon)")
        con.execute("CREATE TEMP TABLE t_sources AS SELECT * FROM (VALUES " +
                    ", ".join(f"({i}, '{s}')" for i, s in enumerate(SOURCES)) + ") v(k, name)")
        con.execute("CREATE TEMP TABLE t_actors AS SELECT * FROM (VALUES " +
                    ", ".join(f"({i}, '{a}', {repr(c) if c else 'NULL'}, '{s}')" for i, (a, c, s) in enumerate(ACTORS))
                    + ") v(k, name, country, sector)")
        ndoc = max(1, n // 5)
        con.execute(f"""
            INSERT INTO documents SELECT 'doc' || i, md5('doc' || i), 'Synthetic report ' || i,
              strftime(DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), '%Y-%m-%d') || 'T08:00:00+00:00',
              (TIMESTAMP '2020-01-01 08:00:00' + INTERVAL (i % 1500) DAY), NULL,
              (SELECT name FROM t_sources WHERE k = i % {len(SOURCES)}), 'en', NULL,
              'Synthetic article body ' || i, '[]', now(), NULL
            FROM range({ndoc}) r(i)""")
        con.execute(f"""
            CREATE TEMP TABLE t_ev AS SELECT i, 'ev' || i AS id, 'doc' || (i % {ndoc}) AS doc_id,
              hk(i, {len(TYPES)}) AS tk, hk(i * 7 + 1, {len(PLACES)}) AS pk, hk(i * 13 + 5, {len(SOURCES)}) AS sk,
              strftime(DATE '2020-01-01' + CAST(hk(i * 3, 1500) AS INTEGER), '%Y-%m-%d') AS date,
              CASE WHEN hk(i * 11, 3) = 0 THEN NULL ELSE CAST(hk(i * 17, 60) AS DOUBLE) END AS fat,
              (['reported', 'reported', 'reported', 'claimed', 'disputed', 'denied'])[1 + hk(i * 19, 6)] AS status,
              ((hk(i * 23, 1000)) / 1000.0 - 0.5) AS jlat, ((hk(i * 29, 1000)) / 1000.0 - 0.5) AS jlon
            FROM range({n}) r(i)""")
        con.execute("""
            INSERT INTO events SELECT e.id, e.doc_id, t.event_type, t.sub, '[10, State forces only]', t.plover, NULL,
              e.date, NULL, NULL, 'day', e.status, false, t.case_label, p.name, 1000 + p.k, p.iso2, p.iso3,
              p.lat + e.jlat, p.lon + e.jlon, e.fat, e.fat, e.fat, s.name,
              json_object('id', e.id, 'acled', json_object('event_type', t.event_type, 'sub_event_type', t.sub,
                'interaction', NULL), 'plover', json_object('event', t.plover, 'mode', NULL, 'context', []),
                'date', e.date, 'date_end', NULL, 'time', NULL, 'date_precision', 'day', 'actors', [],
                'locations', [json_object('name', p.name, 'country', p.iso2, 'lat', p.lat + e.jlat,
                  'lon', p.lon + e.jlon, 'precision', 'town', 'geonameid', 1000 + p.k, 'text', p.name,
                  'start', 0, 'end', length(p.name))],
                'quantities', CASE WHEN e.fat IS NULL THEN [] ELSE [json_object('kind', 'fatalities', 'text',
                  CAST(e.fat AS VARCHAR), 'start', 0, 'end', 2, 'low', e.fat, 'best', e.fat, 'high', e.fat,
                  'approximate', false, 'cumulative', false)] END,
                'sources', [json_object('name', s.name, 'kind', 'outlet')], 'status', e.status,
                'historical', false, 'evidence', [json_object('start', 0, 'end', 20, 'text', 'Synthetic article')],
                'trigger', 'attack', 'confidence', 0.8, 'case_label', t.case_label)::VARCHAR
            FROM t_ev e JOIN t_types t ON t.k = e.tk JOIN t_places p ON p.k = e.pk JOIN t_sources s ON s.k = e.sk""")
        con.execute(f"""
            INSERT INTO event_actors
            SELECT e.id, 'actor1', a.name, a.country, a.sector FROM t_ev e JOIN t_actors a ON a.k = hk(e.i * 31, {len(ACTORS)})
            UNION ALL
            SELECT e.id, 'actor2', a.name, a.country, a.sector FROM t_ev e JOIN t_actors a ON a.k = hk(e.i * 37, {len(ACTORS)})""")
        con.execute("""
            INSERT INTO event_locations SELECT e.id, 0, p.name, 1000 + p.k, p.iso2, p.lat + e.jlat, p.lon + e.jlon, 'town'
            FROM t_ev e JOIN t_places p ON p.k = e.pk""")
        con.execute("CHECKPOINT")
    return time.perf_counter() - t0


QUERIES = [
    ("list, no filter", "/api/events?limit=100"),
    ("list + include=actors", "/api/events?limit=100&include=actors"),
    ("country=UA", "/api/events?country=UA&limit=100"),
    ("country=SDN (alpha-3)", "/api/events?country=SDN&limit=100"),
    ("type=Air/drone strike", "/api/events?type=Air/drone%20strike&limit=100"),
    ("since/until (1 month)", "/api/events?since=2021-03-01&until=2021-03-31&limit=100"),
    ("bbox (Caucasus)", "/api/events?bbox=43,38,48,42&limit=100"),
    ("actor=Rapid Support", "/api/events?actor=rapid%20support&limit=100"),
    ("source=reuters", "/api/events?source=reuters&limit=100"),
    ("status=denied", "/api/events?status=denied&limit=100"),
    ("combined + sort -fatalities", "/api/events?country=UA&type=Battles&since=2020-06-01&until=2022-12-31"
                                    "&sort=-fatalities&limit=50"),
    ("deep page (offset 50000)", "/api/events?offset=50000&limit=100&sort=-date"),
    ("geojson country=SD", "/api/events.geojson?country=SD&limit=2000"),
    ("timeline country=UA", "/api/timeline?country=UA"),
    ("event detail", "/api/events/ev1234"),  # in every generated store (ids ev0 to evN-1, N >= 2000)
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[k]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2), "p95_ms": round(pct(ms, 95), 2),
            "p99_ms": round(pct(ms, 99), 2), "max_ms": round(max(ms), 2)}


class LoadSampler:
    """The machine's 1-minute load average and busy CPU share (all processes, /proc/stat), sampled every
    second while a measurement runs."""

    def __init__(self):
        import threading

        self.loads: list[float] = []
        self.busy: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _cpu() -> tuple[int, int]:
        try:
            vals = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        except (OSError, ValueError):
            return 0, 0
        idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
        return sum(vals) - idle, sum(vals)

    def _run(self) -> None:
        prev = self._cpu()
        while not self._stop.wait(1.0):
            self.loads.append(os.getloadavg()[0])
            cur = self._cpu()
            if cur[1] > prev[1]:
                self.busy.append((cur[0] - prev[0]) / (cur[1] - prev[1]))
            prev = cur

    def __enter__(self):
        self.loads.append(os.getloadavg()[0])
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.loads.append(os.getloadavg()[0])

    def result(self) -> dict:
        return {"loadavg_1min_min": round(min(self.loads), 2), "loadavg_1min_mean": round(statistics.mean(self.loads), 2),
                "loadavg_1min_max": round(max(self.loads), 2),
                "machine_cpu_busy_pct": round(100 * statistics.mean(self.busy), 1) if self.busy else None}


def unique(url: str, k: int) -> str:
    """A distinct URL per request (another page offset), so the server's response cache never answers."""
    if "/api/events/" in url:
        return url
    return url + ("&" if "?" in url else "?") + f"offset={k}" if "offset=" not in url else url.replace(
        "offset=50000", f"offset={50000 + k}")


async def sequential(base: str, repeats: int, cached: bool = False) -> dict[str, dict]:
    import httpx

    out = {}
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for name, url in QUERIES:
            r = await client.get(url)
            r.raise_for_status()  # warm-up, and the shape must work
            ms = []
            for k in range(repeats):
                t0 = time.perf_counter()
                r = await client.get(url if cached else unique(url, k + 1))
                ms.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            total = r.json().get("total") if url.startswith("/api/events?") else None
            out[name] = dict(summary(ms), total=total)
    return out


async def concurrent(base: str, clients: int, per_client: int, cached: bool = False) -> dict:
    import httpx

    lists = [(n, u) for n, u in QUERIES if u.startswith("/api/events?")]
    lat: list[float] = []
    by_shape: dict[str, list[float]] = {}
    errors = 0

    async def one(c: int, client):
        nonlocal errors
        for k in range(per_client):
            name, url = lists[(c + k) % len(lists)]
            url = url if cached else unique(url, 1000 + c * per_client + k)
            t0 = time.perf_counter()
            try:
                r = await client.get(url)
                errors += r.status_code != 200
            except Exception:  # a refused or timed-out request counts as an error, not a crash
                errors += 1
            ms = (time.perf_counter() - t0) * 1000
            lat.append(ms)
            by_shape.setdefault(name, []).append(ms)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(one(c, client) for c in range(clients)))
        wall = time.perf_counter() - t0
    return dict(summary(lat), clients=clients, errors=errors, wall_s=round(wall, 2), rps=round(len(lat) / wall, 1),
                by_shape={n: summary(v) for n, v in by_shape.items()})


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), to report server CPU per request: unlike
    latency it barely moves when other processes share the machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_mode(db: str, mode: str, args) -> dict:
    """Start a server over `db` (index on or off), measure, stop it."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), SITREP_API_INDEX="0" if mode == "sql" else "1")
    env.pop("SITREP_TOKEN", None)  # read-only server: what a public read API would run
    server = subprocess.Popen([sys.executable, "-c", "import sys; from sitrep.api import serve; "
                               f"serve('127.0.0.1', {port}, {db!r}, None)"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        index = wait_for_server(base, server, 300, need_index=mode != "sql")

        def measured(coro, n_requests):
            c0 = cpu_seconds(server.pid)
            with LoadSampler() as load:
                out = asyncio.run(coro)
            return out, round((cpu_seconds(server.pid) - c0) * 1000 / n_requests, 2), load.result()

        n_seq = len(QUERIES) * (args.repeats + 1)
        n_conc = args.clients * args.per_client
        seq, seq_cpu, seq_load = measured(sequential(base, args.repeats), n_seq)
        seq_cached, seq_cached_cpu, _ = measured(sequential(base, args.repeats, cached=True), n_seq)
        conc, conc_cpu, conc_load = measured(concurrent(base, args.clients, args.per_client), n_conc)
        conc_cached, conc_cached_cpu, _ = measured(concurrent(base, args.clients, args.per_client, cached=True), n_conc)
        conc["server_cpu_ms_per_request"] = conc_cpu
        conc_cached["server_cpu_ms_per_request"] = conc_cached_cpu
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    skip = ("geojson country=SD", "timeline country=UA", "event detail", "deep page (offset 50000)")
    lists = [r["p95_ms"] for n, r in seq.items() if n not in skip]
    return {"mode": mode, "index": index if mode == "index" else None,
            "load_one_client": seq_load, "load_concurrent": conc_load,
            "sequential": seq, "sequential_cached": seq_cached,
            "server_cpu_ms_per_request": {"one_client_uncached": seq_cpu, "one_client_cached": seq_cached_cpu,
                                          "concurrent_uncached": conc_cpu, "concurrent_cached": conc_cached_cpu},
            "concurrent": conc, "concurrent_cached": conc_cached,
            "worst_filtered_list_p95_ms": max(lists), "goal_p95_ms": 50,
            "goal_met_one_client": max(lists) < 50, "goal_met_concurrent": conc["p95_ms"] < 50,
            "goal_met_concurrent_cached": conc_cached["p95_ms"] < 50,
            "errors_concurrent": conc["errors"] + conc_cached["errors"]}


def print_tables(res: dict, args) -> None:
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover
        return
    con = Console(stderr=True, width=150)
    seq, cached, conc = res["sequential"], res["sequential_cached"], res["concurrent"]
    t = Table(title=f"sitrep API [{res['mode']}], {args.events:,} events: one client, {args.repeats} requests per "
                    f"shape (distinct pages, uncached), and {args.clients} concurrent clients (mixed list shapes)")
    for col in ("query", "matches", "1 client p50", "p95", "p99", "cached p95",
                f"{args.clients} clients p50", "p95", "p99"):
        t.add_column(col, justify="left" if col == "query" else "right")
    for name, r in seq.items():
        c = conc["by_shape"].get(name)
        t.add_row(name, "" if r["total"] is None else f"{r['total']:,}", f"{r['p50_ms']:.1f}", f"{r['p95_ms']:.1f}",
                  f"{r['p99_ms']:.1f}", f"{cached[name]['p95_ms']:.1f}",
                  *((f"{c['p50_ms']:.1f}", f"{c['p95_ms']:.1f}", f"{c['p99_ms']:.1f}") if c else ("", "", "")))
    for label, c in (("uncached", conc), ("cached", res["concurrent_cached"])):
        t.add_row(f"[bold]all lists, {args.clients} clients, {label}[/]", f"{c['n']:,} req, {c['rps']} req/s, "
                  f"{c['errors']} errors", "", "", "", "", f"{c['p50_ms']:.1f}", f"{c['p95_ms']:.1f}", f"{c['p99_ms']:.1f}")
    con.print(t)
    cpu = res["server_cpu_ms_per_request"]
    l1, lc = res["load_one_client"], res["load_concurrent"]
    con.print(f"server CPU per request: {cpu['one_client_uncached']} ms uncached, {cpu['one_client_cached']} ms cached "
              f"(one client); {cpu['concurrent_uncached']} ms uncached, {cpu['concurrent_cached']} ms cached "
              f"({args.clients} clients).")
    con.print(f"machine load during the run ({os.cpu_count()} cores): one client: load average "
              f"{l1['loadavg_1min_min']}-{l1['loadavg_1min_max']}, CPU busy {l1['machine_cpu_busy_pct']} %; "
              f"{args.clients} clients: load average {lc['loadavg_1min_min']}-{lc['loadavg_1min_max']}, CPU busy "
              f"{lc['machine_cpu_busy_pct']} %. A load above the core count means other processes competed and "
              f"latencies are inflated.")
    if res.get("index"):
        con.print(f"event index: {res['index']}")


def wait_for_server(base: str, server, timeout: float, need_index: bool = True) -> dict:
    """Poll /api/health until the server answers (and its event index is built, or failed); its index status."""
    import httpx

    deadline = time.time() + timeout
    while True:
        try:
            r = httpx.get(base + "/api/health", timeout=1)
            index = r.json().get("index") or {}
            if r.status_code == 200 and (not need_index or index.get("ready", True) or index.get("error")):
                return index
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.time() > deadline:
            raise SystemExit("server did not start: " + (server.stderr.read().decode() if server.stderr else ""))
        time.sleep(0.2)


def main() -> None:
    ap = argparse.ArgumentParser(description="sitrep API latency benchmark")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--per-client", type=int, default=20, help="requests each concurrent client sends")
    ap.add_argument("--repeats", type=int, default=40, help="sequential requests per query shape")
    ap.add_argument("--modes", default="index", help="comma-separated: index (the default server), sql (index off)")
    ap.add_argument("--db", help="reuse/keep this DuckDB file instead of a temporary one")
    ap.add_argument("--json", help="also write the JSON summary here")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or os.path.join(tmp.name, "bench.duckdb")
    build_s = None
    if not (args.db and Path(db).exists()):
        build_s = build(db, args.events)
    try:
        runs = [run_mode(db, mode.strip(), args) for mode in args.modes.split(",") if mode.strip()]
    finally:
        tmp.cleanup()
    for res in runs:
        print_tables(res, args)
    result = {"events": args.events, "build_s": round(build_s, 2) if build_s else None, "cpus": os.cpu_count(),
              "clients": args.clients, "runs": runs}
    print(json.dumps(result, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
