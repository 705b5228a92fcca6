"""Exports: ACLED-style CSV, JSONL, GeoJSON, Parquet, PLOVER JSON.

Each format is a function registered in EXPORTERS by name, taking event dicts (the `sitrep/1` event JSON
plus `doc_id`) and a writable binary stream or path.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Callable, Iterable

EXPORTERS: dict[str, Callable[..., None]] = {}

# ACLED's column names where sitrep has an equivalent; sitrep's own columns follow.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "civilian_targeting", "iso", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities"]
EXTRA_COLUMNS = ["event_date_end", "time", "status", "historical", "fatalities_low", "fatalities_high",
                 "fatalities_cumulative", "plover_event", "plover_mode", "geonameid", "doc_id"]
# Column types, so a Parquet file has the same schema whatever the rows hold (an all-empty column would
# otherwise be typed `null`, and files exported on different days could not be concatenated).
_INT_COLUMNS = {"year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities",
                "fatalities_low", "fatalities_high", "fatalities_cumulative", "geonameid"}
_FLOAT_COLUMNS = {"latitude", "longitude"}
_BOOL_COLUMNS = {"historical"}
_PRECISION = {"town": 1, "village": 1, "city": 1, "district": 2, "province": 2, "region": 3, "country": 3}
_TIME_PRECISION = {"day": 1, "part_of_day": 1, "minute": 1, "publication": 1, "week": 2, "month": 2,
                   "said": 2,  # "said on Tuesday that …": on or before the day of the speech
                   "year": 3, "years": 3, "cumulative": 3}


def exporter(name: str):
    def register(fn):
        EXPORTERS[name] = fn
        return fn
    return register


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def country_name(c) -> str | None:
    """A pycountry country's everyday name, as ACLED writes it: "Iran" not "Iran, Islamic Republic of",
    "Democratic Republic of the Congo" not "Congo, The Democratic Republic of the"."""
    if c is None:
        return None
    name = getattr(c, "common_name", None) or c.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
        name = name[4:] if name.startswith("The ") else name
    return name


def acled_row(ev: dict[str, Any], loc: dict[str, Any] | None = None) -> dict[str, Any]:
    """One ACLED-style row for an event, at its primary location (or at `loc`, one of its locations).

    `fatalities` sums the event's own death tolls; running totals ("a total of 56 since March") are not this
    event's deaths and go to `fatalities_cumulative` instead."""
    import pycountry

    actors = ev.get("actors") or []
    def names(role):
        return [a["name"] for a in actors if a.get("role") == role]
    a1, a2 = names("actor1"), names("actor2")
    assoc = names("associated")
    if loc is None:
        loc = (ev.get("locations") or [{}])[0]
    c = pycountry.countries.get(alpha_2=loc.get("country")) if loc.get("country") else None
    all_fat = [q for q in ev.get("quantities") or [] if q.get("kind") == "fatalities"]
    fat = [q for q in all_fat if not q.get("cumulative")]
    running = [q for q in all_fat if q.get("cumulative")]
    def best_of(q):
        return q.get("best") if q.get("best") is not None else q.get("low") or 0
    best = sum(best_of(q) for q in fat) if fat else 0
    inter1, inter2 = _inter_codes(ev, loc)
    unnamed = _unnamed_armed_group(c)
    return {
        "event_id_cnty": ev["id"], "event_date": ev.get("date"), "year": _int((ev.get("date") or "")[:4]),
        "time_precision": _TIME_PRECISION.get(ev.get("date_precision") or "", 3),
        "event_type": ev["acled"].get("event_type"), "sub_event_type": ev["acled"].get("sub_event_type"),
        "actor1": a1[0] if a1 else unnamed(inter1), "assoc_actor_1": "; ".join(a1[1:] + assoc) or None,
        "inter1": inter1, "actor2": a2[0] if a2 else unnamed(inter2), "assoc_actor_2": "; ".join(a2[1:]) or None,
        "inter2": inter2, "interaction": ev["acled"].get("interaction"),
        "civilian_targeting": "Civilian targeting" if targets_civilians(ev) else None,
        "iso": int(c.numeric) if c else None, "country": country_name(c), "admin1": admin1_name(loc),
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": _PRECISION.get(loc.get("precision") or "", 3) if loc else None,
        "source": "; ".join(s["name"] for s in ev.get("sources") or []),
        "notes": " ... ".join(e["text"] for e in ev.get("evidence") or []), "fatalities": best,
        "event_date_end": ev.get("date_end"), "time": ev.get("time"), "status": ev.get("status"),
        "historical": ev.get("historical"),
        "fatalities_low": sum(q.get("low") or 0 for q in fat) if fat else None,
        "fatalities_high": sum(q["high"] for q in fat) if fat and all(q.get("high") is not None for q in fat)
        else None,
        "fatalities_cumulative": max(best_of(q) for q in running) if running else None,
        "plover_event": ev["plover"].get("event"), "plover_mode": ev["plover"].get("mode"),
        "geonameid": loc.get("geonameid"), "doc_id": ev.get("doc_id"),
    }


# ACLED's digit for an armed group it cannot name (political militias, unidentified ones)
_UNIDENTIFIED_INTER = 3


def _unnamed_armed_group(c) -> Callable[[int | None], str | None]:
    """The name of a side the interaction codes as an armed group but the text never names ("gunmen", "a
    grenade thrown into a bar"): ACLED's "Unidentified Armed Group (Country)", not an empty actor beside inter 3."""
    def name(inter: int | None) -> str | None:
        if inter != _UNIDENTIFIED_INTER:
            return None
        country = country_name(c)
        return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
    return name


# Event types whose rows may carry ACLED's civilian_targeting mark: Battles are fights between armed, organised
# sides by definition, and Protests, Strategic developments have no target to mark.
_TARGETING_TYPES = {"Violence against civilians", "Explosions/Remote violence", "Riots"}


def targets_civilians(ev: dict[str, Any]) -> bool:
    """ACLED's civilian_targeting: civilians are the event's main target. Every Violence against civilians
    event is; a shelling, an air strike or a riot is when its (first) actor2, the side acted upon, is
    civilian; excessive force against protesters is. A battle never is, though its victims' tally names
    civilians among the sides ("killed at least 80 people"), nor is an event whose civilian target is only
    one beside an armed actor2."""
    acled = ev.get("acled") or {}
    etype, sub = acled.get("event_type"), acled.get("sub_event_type")
    if etype == "Violence against civilians" or sub == "Excessive force against protesters":
        return True
    if etype not in _TARGETING_TYPES:
        return False
    a2 = next((a for a in ev.get("actors") or [] if a.get("role") == "actor2"), None)
    return bool(a2 and a2.get("sector") == "CVL")


def _inter_codes(ev: dict[str, Any], loc: dict[str, Any]) -> tuple[int | None, int | None]:
    """ACLED's inter1 and inter2: the actor-type digit of actor1 and of actor2 (0: no such actor).

    The interaction code puts the smaller digit first whoever acted ("12" for rebels attacking soldiers too),
    so the two digits are given back to the actors they belong to: rebels (2) shelling a base (1) are inter1 2,
    inter2 1. A side with an actor of no known type is None."""
    from .. import codebooks

    code = ev["acled"].get("interaction_code")
    if not code:
        return None, None
    digits = [int(d) for d in str(code)[:2]]
    actors = ev.get("actors") or []
    a1 = next((a for a in actors if a.get("role") == "actor1"), None)
    a2 = next((a for a in actors if a.get("role") == "actor2"), None)
    t1 = codebooks.actor_type(a1.get("sector")) if a1 else None
    t2 = codebooks.actor_type(a2.get("sector")) if a2 else None
    if len(digits) < 2 or digits[1] == 0:
        # a single typed actor: it is actor1's unless only actor2 has a type
        d = digits[0]
        if t1 is None and t2 is not None:
            return (None if a1 else 0), d
        return d, (None if a2 else 0)
    lo, hi = digits
    if t1 is not None and t1 != 1 and t1 in (lo, hi):
        return t1, hi if t1 == lo else lo
    if t2 is not None and t2 != 1 and t2 in (lo, hi):
        return (hi if t2 == lo else lo), t2
    # one side typed and the other unknown (an unidentified attacker coded 3 beside police, 1): the typed actor
    # keeps its digit, the unknown side takes the other
    if t2 is not None and t2 in (lo, hi) and t1 is None:
        return (hi if t2 == lo else lo), t2
    if t1 is not None and t1 in (lo, hi) and t2 is None:
        return t1, (hi if t1 == lo else lo)
    # both state forces (1), one of them maybe foreign (8): the foreign one is the one of another country
    if 8 in (lo, hi) and 1 in (lo, hi) and a1 and a2:
        import pycountry

        c = pycountry.countries.get(alpha_2=loc.get("country")) if loc.get("country") else None
        own = c.alpha_3 if c else None
        if own and a1.get("country") and a1["country"].upper() != own:
            return 8, 1
        if own and a2.get("country") and a2["country"].upper() != own:
            return 1, 8
    return lo, hi


def admin1_name(loc: dict[str, Any]) -> str | None:
    """The first-level division a location is in ("Michoacán" for Apatzingán), by its GeoNames id in the
    offline gazetteer (None without an id, at country precision, or when the gazetteer is not built)."""
    given = str(loc.get("admin1") or "").strip()
    code = given if re.fullmatch(r"[0-9A-Z]{1,3}", given) else None  # GeoNames' code ("17"), not a name
    if given and not code:
        return given  # a name, as a reviewer gave it
    gid = loc.get("geonameid")
    if not (gid or code) or loc.get("precision") == "country":
        return None
    try:
        from ..geo.gazetteer import GAZETTEER_PATH, get_gazetteer

        if not GAZETTEER_PATH.exists():
            return None
        gaz = get_gazetteer()
        if code and loc.get("country"):
            adm = gaz.admin1(str(loc["country"]).upper(), code)
            if adm is not None:
                return adm.name
        entry = gaz.by_id(int(gid)) if gid else None
        if entry is None or not entry.admin1 or entry.admin1 == "00":
            return None
        if entry.feature_code == "ADM1":
            return entry.name
        adm = gaz.admin1(entry.country, entry.admin1)
        return adm.name if adm is not None else None
    except Exception:  # noqa: BLE001 - an export never fails for want of a province name
        return None


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
            # each feature describes its own place (country, admin1, precision, GeoNames id), not the first one
            props = {k: v for k, v in acled_row(ev, loc).items() if k not in ("latitude", "longitude")}
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
                      "eventText": " ... ".join(e["text"] for e in ev.get("evidence") or [])})
    json.dump(items, out, ensure_ascii=False, indent=1)


def to_parquet(events: Iterable[dict], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [acled_row(ev) for ev in events]
    table = pa.Table.from_pylist(rows, schema=parquet_schema())
    pq.write_table(table, path)


def parquet_schema():
    """The export's fixed Arrow schema: the same columns and types for any set of events, even none."""
    import pyarrow as pa

    def kind(c):
        return (pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS
                else pa.bool_() if c in _BOOL_COLUMNS else pa.string())
    return pa.schema([(c, kind(c)) for c in ACLED_COLUMNS + EXTRA_COLUMNS])
