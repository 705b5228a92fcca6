"""Report speed: `build_report` + `to_html` over N synthetic events (goal: 10,000 events in < 5 s).

    .venv/bin/python bench/report.py                       # 10,000 events, 1,000 articles
    .venv/bin/python bench/report.py --events 20000 --json out.json
    .venv/bin/python bench/report.py --merge               # also run sitrep.merge first (if installed)
    .venv/bin/python bench/report.py --keep /tmp/big.duckdb --html /tmp/big.html

Writes synthetic `Record`s (articles with events, figures, claims, denials, their character offsets all
pointing into the generated text) into a temporary DuckDB through `Store.add`, then times, in a fresh
process-warm state: opening the store read-only, `build_report`, `to_html`, `to_markdown`. Loading the
store is not timed. Prints a table and a JSON summary.
"""
from __future__ import annotations

import os
import sys

# keep bench/ off the import path: its script names must never shadow the standard library
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _fast_duckdb_binding() -> None:
    """DuckDB tries `import pandas` for every Python parameter it binds; without pandas each try walks
    sys.path. For this script alone, mark pandas absent so loading the synthetic store is quick (scikit-learn
    would trip over the marker, so library code and tests must not do this)."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        sys.modules["pandas"] = None  # type: ignore[assignment]

TYPES = [("Battles", "Armed clash", "clashed with"), ("Explosions/Remote violence", "Shelling/artillery/missile attack",
                                                        "shelled"),
         ("Explosions/Remote violence", "Air/drone strike", "struck"),
         ("Violence against civilians", "Attack", "attacked"), ("Protests", "Peaceful protest", "marched in"),
         ("Riots", "Violent demonstration", "rioted in"), ("Strategic developments", "Arrests", "detained people in")]
PLACES = [("Kharkiv", "UA", 49.99, 36.23), ("Bakhmut", "UA", 48.59, 38.00), ("Kherson", "UA", 46.64, 32.61),
          ("Jermuk", "AM", 39.84, 45.67), ("Goris", "AM", 39.51, 46.34), ("Lachin", "AZ", 39.64, 46.55),
          ("Khartoum", "SD", 15.55, 32.53), ("El Fasher", "SD", 13.63, 25.35), ("Mogadishu", "SO", 2.04, 45.34),
          ("Bamako", "ML", 12.65, -8.00), ("Gao", "ML", 16.27, -0.04), ("Tsafe", "NG", 11.96, 6.92),
          ("Maiduguri", "NG", 11.85, 13.16), ("Gaza", "PS", 31.50, 34.47), ("Aleppo", "SY", 36.20, 37.16),
          ("Goma", "CD", -1.68, 29.23), ("Kabul", "AF", 34.53, 69.17), ("Sanaa", "YE", 15.35, 44.21),
          ("Tripoli", "LY", 32.89, 13.19), ("Mandalay", "MM", 21.97, 96.08)]
OUTLETS = ["Reuters", "AFP", "Associated Press", "Azernews", "Sudan Tribune", "Kyiv Independent", "Al Jazeera",
           "Premium Times", "Sahel Wire", "Example News"]
SPEAKERS = [("the defence ministry", "UKR", "MIL"), ("Russia's defence ministry", "RUS", "MIL"),
            ("Armenia's defence ministry", "ARM", "MIL"), ("Azerbaijan's defence ministry", "AZE", "MIL"),
            ("the army", "SDN", "MIL"), ("the RSF", "SDN", "REB"), ("police", None, "POL"),
            ("a local official", None, "GOV"), ("witnesses", None, "CVL"), ("the United Nations", None, "IGO")]


def synthetic_records(n_events: int, per_doc: int, seed: int = 7):
    from sitrep.model import Actor, Claim, Document, Event, Evidence, Quantity, Record, Source

    rng = random.Random(seed)
    day0 = dt.date(2023, 1, 1)
    n_docs = max(1, n_events // per_doc)
    made = 0
    for d in range(n_docs):
        outlet = rng.choice(OUTLETS)
        pub = day0 + dt.timedelta(days=rng.randrange(0, 120))
        parts, events, claims = [], [], []
        text_len = 0
        k_events = per_doc if d < n_docs - 1 else n_events - made
        for k in range(k_events):
            etype, sub, verb = rng.choice(TYPES)
            place, cc, lat, lon = rng.choice(PLACES)
            speaker, scc, ssec = rng.choice(SPEAKERS)
            date = (pub - dt.timedelta(days=rng.randrange(0, 3))).isoformat()
            killed = rng.choice([None, None, rng.randrange(1, 60)])
            high = killed + rng.randrange(0, 20) if killed and rng.random() < 0.3 else killed
            fig = (f"{killed}-{high}" if high != killed else f"at least {killed}" if rng.random() < 0.3
                   else str(killed)) if killed else None
            sent = (f"Gunmen {verb} {place} on {date}, " + (f"killing {fig} people, " if fig else "")
                    + f"{speaker} said. ")
            s0 = text_len
            text_len += len(sent)
            parts.append(sent)
            qs = []
            if fig:
                q0 = s0 + sent.index(fig)
                open_ = fig.startswith("at least")
                qs.append(Quantity("fatalities", fig, q0, q0 + len(fig), "people", killed, killed,
                                   None if open_ else high, False, False))
            eid = f"d{d}-e{k}"
            loc = {"name": place, "geonameid": 1000 + PLACES.index((place, cc, lat, lon)), "country": cc,
                   "lat": lat + rng.uniform(-0.3, 0.3), "lon": lon + rng.uniform(-0.3, 0.3), "precision": "town",
                   "feature_code": "PPL", "text": place, "start": s0 + sent.index(place),
                   "end": s0 + sent.index(place) + len(place)}
            events.append(Event(eid, acled={"event_type": etype, "sub_event_type": sub, "interaction": None},
                                date=date, date_precision="day",
                                actors=[Actor("Gunmen", None, "REB", "actor1", s0, s0 + 6)], locations=[loc],
                                quantities=qs, sources=[Source(outlet, "outlet"), Source(speaker, "official")],
                                status="reported", evidence=[Evidence(s0, s0 + len(sent) - 1, sent.strip())],
                                trigger=verb.split()[0]))
            claim = Claim(f"d{d}-c{k}", {"name": speaker, "country": scc, "sector": ssec}, "assert",
                          sent.strip(), s0, s0 + len(sent) - 1, event=eid)
            if rng.random() < 0.05:  # a denial
                deny = "Others called the report false. "
                r0 = text_len
                text_len += len(deny)
                parts.append(deny)
                claim.stance = "allege"
                claim.responses = [{"by": {"name": "the other side", "country": None, "sector": "GOV"},
                                    "stance": "deny", "text": deny.strip(), "start": r0, "end": r0 + len(deny) - 1}]
                events[-1].status = "disputed"
            claims.append(claim)
            made += 1
        doc = Document("".join(parts), id=f"synthetic-{d}", title=f"Synthetic report {d}",
                       published=pub.isoformat(), outlet=outlet)
        yield Record(doc, [], events, claims)


def main() -> None:
    _fast_duckdb_binding()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--per-doc", type=int, default=10, help="events per synthetic article")
    ap.add_argument("--merge", action="store_true", help="run sitrep.merge.update before the report")
    ap.add_argument("--keep", help="write the DuckDB here instead of a temporary file")
    ap.add_argument("--html", help="save the HTML report here")
    ap.add_argument("--json", help="write the summary JSON here")
    args = ap.parse_args()

    from sitrep.report import build_report, to_html, to_markdown
    from sitrep.store import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-report-") as tmp:
        path = args.keep or str(Path(tmp) / "report.duckdb")
        if args.keep and Path(path).exists():
            Path(path).unlink()
        t = time.perf_counter()
        with Store(path) as store:
            for rec in synthetic_records(args.events, args.per_doc):
                store.add(rec)
            if args.merge:
                from sitrep import merge
                tm = time.perf_counter()
                merge.update(store)
                merge_s = time.perf_counter() - tm
            counts = store.counts()
        load_s = time.perf_counter() - t

        timings = {}
        t = time.perf_counter()
        store = Store(path, read_only=True)
        timings["open"] = time.perf_counter() - t
        t = time.perf_counter()
        report = build_report(store)
        timings["build_report"] = time.perf_counter() - t
        t = time.perf_counter()
        html = to_html(report)
        timings["to_html"] = time.perf_counter() - t
        t = time.perf_counter()
        md = to_markdown(report)
        timings["to_markdown"] = time.perf_counter() - t
        store.close()
        if args.html:
            Path(args.html).write_text(html, encoding="utf-8")
    total = timings["build_report"] + timings["to_html"]
    summary = {"events": counts["events"], "documents": counts["documents"], "claims": counts["claims"],
               "store_load_s": round(load_s, 2), **({"merge_update_s": round(merge_s, 2)} if args.merge else {}),
               **{k + "_s": round(v, 3) for k, v in timings.items()}, "build_plus_html_s": round(total, 3),
               "html_bytes": len(html.encode()), "markdown_bytes": len(md.encode()),
               "incidents": report.incidents_total, "incident_origin": report.incident_origin,
               "evidence_quotes": len(report.refs), "goal_s": 5.0, "ok": total < 5.0}
    print(f"{'step':<16}{'seconds':>10}")
    for k, v in timings.items():
        print(f"{k:<16}{v:>10.3f}")
    print(f"{'build + html':<16}{total:>10.3f}   (goal < 5 s: {'ok' if total < 5 else 'MISSED'})")
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
