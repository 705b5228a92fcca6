"""Exports: ACLED-style CSV, JSONL, GeoJSON, Parquet, PLOVER JSON.

Each format is a function registered in EXPORTERS by name, taking event dicts (the `sitrep/1` event JSON
plus `doc_id`) and a writable binary stream or path.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable, Iterable

EXPORTERS: dict[str, Callable[..., None]] = {}

# ACLED's column names where sitrep has an equivalent; sitrep's own columns follow.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "civilian_targeting", "iso", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
EXTRA_COLUMNS = ["event_date_end", "time", "status", "historical", "fatalities_low", "fatalities_high",
                 "plover_event", "plover_mode", "geonameid", "doc_id"]
_PRECISION = {"town": 1, "village": 1, "city": 1, "district": 2, "province": 2, "region": 3, "country": 3}
_TIME_PRECISION = {"day": 1, "part_of_day": 1, "minute": 1, "publication": 1, "week": 2, "month": 2,
                   "year": 3, "years": 3, "cumulative": 3}


def exporter(name: str):
    def register(fn):
        EXPORTERS[name] = fn
        return fn
    return register


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    import pycountry

    actors = ev.get("actors") or []
    def names(role):
        return [a["name"] for a in actors if a.get("role") == role]
    a1, a2 = names("actor1"), names("actor2")
    assoc = names("associated")
    loc = (ev.get("locations") or [{}])[0]
    c = pycountry.countries.get(alpha_2=loc.get("country")) if loc.get("country") else None
    fat = [q for q in ev.get("quantities") or [] if q.get("kind") == "fatalities"]
    best = sum((q.get("best") if q.get("best") is not None else q.get("low") or 0) for q in fat) if fat else 0
    inter = str(ev["acled"].get("interaction_code") or "")
    return {
        "event_id_cnty": ev["id"], "event_date": ev.get("date"), "year": (ev.get("date") or "")[:4] or None,
        "time_precision": _TIME_PRECISION.get(ev.get("date_precision") or "", 3),
        "event_type": ev["acled"].get("event_type"), "sub_event_type": ev["acled"].get("sub_event_type"),
        "actor1": a1[0] if a1 else None, "assoc_actor_1": "; ".join(a1[1:] + assoc) or None,
        "inter1": inter[:1] or None, "actor2": a2[0] if a2 else None, "assoc_actor_2": "; ".join(a2[1:]) or None,
        "inter2": inter[1:2] or None, "interaction": ev["acled"].get("interaction"),
        "civilian_targeting": "Civilian targeting" if any(a.get("sector") == "CVL" and a.get("role") == "actor2"
                                                          for a in actors) else None,
        "iso": int(c.numeric) if c else None, "country": c.name if c else None, "admin1": loc.get("admin1"),
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": _PRECISION.get(loc.get("precision") or "", 3) if loc else None,
        "source": "; ".join(s["name"] for s in ev.get("sources") or []),
        "notes": " ... ".join(e["text"] for e in ev.get("evidence") or []), "fatalities": best,
        "event_date_end": ev.get("date_end"), "time": ev.get("time"), "status": ev.get("status"),
        "historical": ev.get("historical"),
        "fatalities_low": sum(q.get("low") or 0 for q in fat) if fat else None,
        "fatalities_high": sum(q.get("high") or 0 for q in fat) if fat and all(q.get("high") for q in fat) else None,
        "plover_event": ev["plover"].get("event"), "plover_mode": ev["plover"].get("mode"),
        "geonameid": loc.get("geonameid"), "doc_id": ev.get("doc_id"),
    }


@exporter("csv")
def to_csv(events: Iterable[dict], out: io.TextIOBase) -> None:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
    writer.writeheader()
    for ev in events:
        writer.writerow(acled_row(ev))


@exporter("jsonl")
def to_jsonl(events: Iterable[dict], out: io.TextIOBase) -> None:
    for ev in events:
        out.write(json.dumps(ev, ensure_ascii=False) + "\n")


def geojson(events: Iterable[dict]) -> dict:
    features = []
    for ev in events:
        for loc in ev.get("locations") or []:
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            props = {k: v for k, v in acled_row(ev).items() if k not in ("latitude", "longitude")}
            props["location"] = loc.get("name")
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                             "properties": props})
    return {"type": "FeatureCollection", "features": features}


@exporter("geojson")
def to_geojson(events: Iterable[dict], out: io.TextIOBase) -> None:
    json.dump(geojson(events), out, ensure_ascii=False)


@exporter("plover")
def to_plover(events: Iterable[dict], out: io.TextIOBase) -> None:
    """PLOVER-style records: event, mode, context, actors and the evidence text."""
    items = []
    for ev in events:
        actors = ev.get("actors") or []
        src = next((a for a in actors if a.get("role") == "actor1"), {})
        tgt = next((a for a in actors if a.get("role") == "actor2"), {})
        items.append({"id": ev["id"], "date": ev.get("date"), "event": ev["plover"].get("event"),
                      "mode": ev["plover"].get("mode"), "context": ev["plover"].get("context") or [],
                      "source": src.get("name"), "sourceCountry": src.get("country"), "sourceSector": src.get("sector"),
                      "target": tgt.get("name"), "targetCountry": tgt.get("country"), "targetSector": tgt.get("sector"),
                      "location": (ev.get("locations") or [{}])[0].get("name"),
                      "eventText": " ".join(e["text"] for e in ev.get("evidence") or [])})
    json.dump(items, out, ensure_ascii=False, indent=1)


def to_parquet(events: Iterable[dict], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [acled_row(ev) for ev in events]
    cols = ACLED_COLUMNS + EXTRA_COLUMNS
    table = pa.Table.from_pylist(rows, schema=None) if rows else pa.table({c: pa.array([], pa.string()) for c in cols})
    pq.write_table(table, path)
