"""SQL for the API: event filters beyond the store's, listings, aggregates and analyst reviews.

Everything here takes a DuckDB connection (a cursor from the API's pool) and returns plain dicts, so it can
be used and tested without FastAPI. The store's `event_filters` stays the single definition of the
country/type/date/status filters; this module adds actor, bbox, source and document.
"""
from __future__ import annotations

from ..errors import SitrepError
from ..store import PUBLISHED_AT, bbox_clause
from ..store import parse_bbox as store_parse_bbox

import datetime as dt
import json
import re
from typing import Any, Iterable, Sequence

import duckdb

from ..export.filters import STATUSES, FilterError, check_date, check_range, until_bound
from ..store import Store, _iso2, _iso3, event_filters

REVIEWS_SQL = """
CREATE TABLE IF NOT EXISTS reviews (
  event_id VARCHAR, field VARCHAR, old VARCHAR, new VARCHAR, who VARCHAR, "at" TIMESTAMP);
"""

# sort key (as the API takes it) → ORDER BY expression; a leading '-' in the request means descending.
SORTS = {
    "date": "e.date {dir} NULLS LAST",
    "fatalities": "e.fatalities_best {dir} NULLS LAST",
    "type": "e.event_type {dir} NULLS LAST, e.sub_event_type {dir} NULLS LAST",
    "sub_type": "e.sub_event_type {dir} NULLS LAST",
    "country": "e.country {dir} NULLS LAST",
    "location": "e.location {dir} NULLS LAST",
    "status": "e.status {dir} NULLS LAST",
    "source": "e.source {dir} NULLS LAST",
    "id": "e.id {dir}",
}


# What a list item carries: DuckDB stores columns compressed in large row groups, so each column fetched for
# a page costs a decompression pass; the full record is at /api/events/{id}.
LIST_COLUMNS = ("e.id, e.doc_id, e.date, e.date_end, e.event_type, e.sub_event_type, e.status, e.location, "
                "e.country, e.lat, e.lon, e.fatalities_best, e.fatalities_low, e.fatalities_high, e.source")


class QueryError(ValueError):
    """A filter value the API refuses (→ 422)."""


def rows(con, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def has_table(con, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                            [name]).fetchone()[0])


# --- filters ------------------------------------------------------------------------------------------
def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    try:
        return store_parse_bbox(bbox)
    except SitrepError as exc:
        raise QueryError(str(exc)) from None


def check_filters(*, since=None, until=None, country=None, status=None, **_) -> str | None:
    """Refuse bad filter values (QueryError → 422); returns `until` as the bound to compare dates against:
    `until=2023-03` means up to the end of March, so a partial date is padded with '-99'."""
    for name, value in (("since", since), ("until", until)):
        try:
            if value:
                check_date(value, name)
        except FilterError:
            raise QueryError(f"{name} must be YYYY-MM-DD (or YYYY-MM, YYYY), a real calendar date") from None
    try:
        check_range(since, until)
    except FilterError as exc:
        raise QueryError(str(exc)) from None
    if country and not re.fullmatch(r"[A-Za-z]{2,3}", country):
        raise QueryError("country must be an ISO 3166-1 alpha-2 or alpha-3 code")

    if status and status not in STATUSES:
        raise QueryError(f"status must be one of {', '.join(STATUSES)}")
    return until_bound(until)


def event_where(*, since=None, until=None, country=None, type=None, actor=None, bbox=None, source=None,
                status=None, doc_id=None, q=None) -> tuple[str, list[Any]]:
    """WHERE clause over `events e`: the store's filters plus actor, bbox, source, document and text.
    `sitrep.api.index.EventIndex` answers the same filters from memory; change both together (the tests
    compare them)."""
    until = check_filters(since=since, until=until, country=country, status=status)
    where, params = event_filters(type=type, since=since, until=until, status=status)
    clauses = [where[len("WHERE "):]] if where else []
    if country:
        # the same test as the store's country filter (the primary location's ISO code, or any other location
        # of the event in that country), as an uncorrelated IN: DuckDB runs it ~2-3x faster than EXISTS
        c = country.upper()
        clauses.insert(0, "(e.country = ? OR e.country_iso3 = ? OR e.id IN (SELECT l.event_id FROM event_locations l "
                          "WHERE l.country = ?))")
        params = [c, c, _iso2(c) or c] + params
    if actor:
        a = actor.strip()
        clauses.append("e.id IN (SELECT a.event_id FROM event_actors a WHERE "
                       "a.name ILIKE ? OR a.country = upper(?) OR a.sector = upper(?))")
        params += [f"%{a}%", a, a]
    box = parse_bbox(bbox) if isinstance(bbox, str) else bbox
    if box:
        more, values = bbox_clause(box)
        clauses += more
        params += values
    if source:
        clauses.append("e.source ILIKE ?")
        params.append(f"%{source.strip()}%")
    if doc_id:
        clauses.append("e.doc_id = ?")
        params.append(doc_id)
    if q:
        clauses.append("(e.location ILIKE ? OR e.source ILIKE ? OR e.sub_event_type ILIKE ? OR e.id = ?)")
        params += [f"%{q}%"] * 3 + [q]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def sort_keys(sort: str | None) -> list[tuple[str, bool]]:
    """"-fatalities,date" → [("fatalities", True), ("date", False)]; QueryError for an unknown key."""
    out = []
    for key in (s.strip() for s in (sort or "date").split(",")):
        if not key:
            continue
        name = key.lstrip("-+")
        if name not in SORTS:
            raise QueryError(f"sort must be one of {', '.join(SORTS)} (prefix '-' for descending)")
        out.append((name, key.startswith("-")))
    return out


def order_by(sort: str | None) -> str:
    parts = [SORTS[name].format(dir="DESC" if desc else "ASC") for name, desc in sort_keys(sort)]
    return "ORDER BY " + ", ".join(parts + ["e.id"])


# --- events -------------------------------------------------------------------------------------------
def list_events(con, filters: dict, *, sort: str | None = None, limit: int = 100, offset: int = 0,
                actors: bool = True) -> tuple[int, list[dict[str, Any]]]:
    where, params = event_where(**filters)
    total = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
    items = rows(con, f"SELECT {LIST_COLUMNS} FROM events e {where} {order_by(sort)} "
                      f"LIMIT {int(limit)} OFFSET {int(offset)}", params)
    if items and actors:
        # literal ids (escaped) rather than 100 parameters: DuckDB pushes a constant IN list into the scan
        ids = ", ".join(_literal(i["id"]) for i in items)
        by_event: dict[str, list] = {}
        for r in con.execute(f"SELECT event_id, role, name, country, sector FROM event_actors "
                             f"WHERE event_id IN ({ids})").fetchall():
            by_event.setdefault(r[0], []).append({"role": r[1], "name": r[2], "country": r[3], "sector": r[4]})
        for i in items:
            i["actors"] = by_event.get(i["id"], [])
    return total, items


def events_geojson(con, filters: dict, *, limit: int = 10000, offset: int = 0) -> dict[str, Any]:
    """One Point per event at its primary location (events without coordinates are left out), newest first,
    so a map capped at `limit` points shows the latest events."""
    where, params = event_where(**filters)
    where = (where + " AND " if where else "WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    total = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]
    cur = con.execute(f"SELECT e.id, e.doc_id, e.date, e.event_type, e.sub_event_type, e.status, e.location, "
                      f"e.country, coalesce(e.fatalities_best, e.fatalities_low), e.source, e.lon, e.lat FROM events e {where} "
                      f"ORDER BY e.date DESC NULLS LAST, e.id LIMIT {int(limit)} OFFSET {int(offset)}", params)
    keys = ("id", "doc_id", "date", "event_type", "sub_event_type", "status", "location", "country",
            "fatalities", "source")
    features = [{"type": "Feature", "id": r[0], "geometry": {"type": "Point", "coordinates": [r[10], r[11]]},
                 "properties": dict(zip(keys, r[:10]))} for r in cur.fetchall()]
    return {"type": "FeatureCollection", "features": features, "total": total, "limit": limit, "offset": offset}


POINT_COLUMNS = ("id", "date", "lon", "lat", "fatalities", "event_type", "sub_event_type", "location")
POINT_CODED = ("event_type", "sub_event_type", "location")  # repeated strings: sent once, referenced by index


def points_payload(cols: dict[str, list], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The map's lean payload: one array per column (`POINT_COLUMNS`), the repeated strings as indexes into
    `values[column]` (null stays null). About a sixth of the GeoJSON's size for the same points."""
    out: dict[str, Any] = {"total": total, "limit": limit, "offset": offset, "n": len(cols["id"]), "values": {}}
    for name in POINT_COLUMNS:
        if name in POINT_CODED:
            index: dict[str, int] = {}
            out[name] = [None if v is None else index.setdefault(v, len(index)) for v in cols[name]]
            out["values"][name] = list(index)
        else:
            out[name] = cols[name]
    return out


def events_points(con, filters: dict, *, limit: int = 10000, offset: int = 0) -> dict[str, Any]:
    """The events of `events_geojson` (located, newest first) as `points_payload` columns."""
    fc = events_geojson(con, filters, limit=limit, offset=offset)
    feats = fc["features"]
    cols = {"id": [f["id"] for f in feats], "lon": [f["geometry"]["coordinates"][0] for f in feats],
            "lat": [f["geometry"]["coordinates"][1] for f in feats]}
    for name in ("date", "fatalities", "event_type", "sub_event_type", "location"):
        cols[name] = [f["properties"][name] for f in feats]
    return points_payload(cols, fc["total"], limit, offset)


def timeline(con, filters: dict) -> list[dict[str, Any]]:
    where, params = event_where(**filters)
    return rows(con, f"SELECT e.date AS date, count(*) AS events, sum(coalesce(e.fatalities_best, e.fatalities_low, 0)) "
                     f"AS fatalities FROM events e {where} GROUP BY e.date ORDER BY e.date NULLS LAST", params)


def event_detail(con, event_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT e.json, e.doc_id FROM events e WHERE e.id = ?", [event_id]).fetchone()
    if row is None:
        return None
    event = json.loads(row[0])
    doc = rows(con, "SELECT id, title, published, author, outlet, language, url, text FROM documents WHERE id = ?",
               [row[1]])
    # every claim of the article (the page shows the article whole): this event's first, then the others in
    # text order; a denial linked to a sibling event of the same report would otherwise not show at all
    claims = [json.loads(r[0]) for r in con.execute(
        "SELECT json FROM claims WHERE doc_id = ? ORDER BY (event_id IS NOT DISTINCT FROM ?) DESC, start",
        [row[1], event_id]).fetchall()]
    return {"event": event, "doc_id": row[1], "document": doc[0] if doc else None, "claims": claims,
            "reviews": reviews(con, event_id)}


def event_json_rows(con, filters: dict, *, limit: int | None = None) -> Iterable[dict[str, Any]]:
    """The sitrep/1 event JSON plus `doc_id` for every matching event, in date order (for exports)."""
    where, params = event_where(**filters)
    sql = f"SELECT e.json, e.doc_id FROM events e {where} ORDER BY e.date NULLS LAST, e.id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, params)
    while True:
        batch = cur.fetchmany(2000)
        if not batch:
            break
        for js, doc_id in batch:
            ev = json.loads(js)
            ev["doc_id"] = doc_id
            yield ev


# --- documents, claims, places, actors ----------------------------------------------------------------
# An untitled article (plain text whose first line is its date, a feed line without a title) is named in lists by
# the start of its text, not only by its hash-like id.
_LEAD = ("CASE WHEN d.title IS NULL OR trim(d.title) = '' THEN "
         "left(trim(regexp_replace(d.text, '\\s+', ' ', 'g')), 80) END")


def list_documents(con, *, q=None, limit=50, offset=0) -> tuple[int, list[dict[str, Any]]]:
    where, params = "", []
    if q:
        # an untitled article by the start of its text, as the list names it
        where, params = (f"WHERE d.title ILIKE ? OR d.outlet ILIKE ? OR d.id = ? OR {_LEAD} ILIKE ?",
                         [f"%{q}%", f"%{q}%", q, f"%{q}%"])
    total = con.execute(f"SELECT count(*) FROM documents d {where}", params).fetchone()[0]
    items = rows(con, f"SELECT d.id, d.title, d.published, d.author, d.outlet, d.language, d.url, "
                      f"CAST(d.ingested_at AS VARCHAR) AS ingested_at, length(d.text) AS chars, {_LEAD} AS lead, "
                      f"(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events, "
                      f"(SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims "
                      f"FROM documents d {where} ORDER BY {PUBLISHED_AT} DESC NULLS LAST, d.published DESC "
                      f"NULLS LAST, d.id LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return total, items


def document_detail(con, doc_id: str) -> dict[str, Any] | None:
    docs = rows(con, "SELECT id, hash, title, published, author, outlet, language, url, text, warnings, "
                     "CAST(ingested_at AS VARCHAR) AS ingested_at FROM documents WHERE id = ?", [doc_id])
    if not docs:
        return None
    doc = docs[0]
    doc["warnings"] = json.loads(doc["warnings"] or "[]")
    return {"document": doc,
            "events": [json.loads(r[0]) for r in con.execute(
                "SELECT json FROM events WHERE doc_id = ? ORDER BY date NULLS LAST, id", [doc_id]).fetchall()],
            "places": rows(con, "SELECT * EXCLUDE (doc_id) FROM places WHERE doc_id = ? ORDER BY idx", [doc_id]),
            "claims": [json.loads(r[0]) for r in con.execute(
                "SELECT json FROM claims WHERE doc_id = ? ORDER BY start", [doc_id]).fetchall()]}


def list_claims(con, *, doc_id=None, event_id=None, stance=None, claimant=None, source=None, q=None, limit=100,
                offset=0) -> tuple[int, list[dict[str, Any]]]:
    clauses, params = [], []
    if doc_id:
        clauses.append("c.doc_id = ?"); params.append(doc_id)
    if event_id:
        clauses.append("c.event_id = ?"); params.append(event_id)
    if stance:
        clauses.append("(c.stance = ? OR EXISTS (SELECT 1 FROM claim_responses r WHERE r.claim_id = c.id "
                       "AND r.stance = ?))")
        params += [stance, stance]
    if claimant:
        # the claimant, or one who answers the claim (a denial is stored as a response): "Chad" finds what
        # Chad denied as well as what it asserted, as the stance filter finds the claims a denial answers
        clauses.append("(c.claimant_name ILIKE ? OR c.claimant_country = upper(?) OR EXISTS (SELECT 1 FROM "
                       "claim_responses r WHERE r.claim_id = c.id AND (r.by_name ILIKE ? OR r.by_country = upper(?))))")
        params += [f"%{claimant}%", claimant, f"%{claimant}%", claimant]
    if source:
        # any link of the claim's source chain, as the events' source filter: "AZERTAC" finds what the agency
        # relayed from a source it cites, whose claimant is that source
        clauses.append("array_to_string(json_extract_string(c.json, '$.sources[*].name'), ' | ') ILIKE ?")
        params.append(f"%{source.strip()}%")
    if q:
        clauses.append("c.text ILIKE ?"); params.append(f"%{q}%")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = con.execute(f"SELECT count(*) FROM claims c {where}", params).fetchone()[0]
    items = []
    for js, doc_id_, title, lead, published in con.execute(
            f"SELECT c.json, c.doc_id, d.title, {_LEAD}, d.published FROM claims c "
            f"LEFT JOIN documents d ON d.id = c.doc_id "
            f"{where} ORDER BY {PUBLISHED_AT} DESC NULLS LAST, d.published DESC NULLS LAST, c.doc_id, c.start LIMIT {int(limit)} OFFSET {int(offset)}",
            params).fetchall():
        item = json.loads(js)
        item.update(doc_id=doc_id_, doc_title=title, doc_lead=lead, published=published)
        items.append(item)
    return total, items


def list_places(con, *, doc_id=None, country=None, q=None, limit=200, offset=0) -> tuple[int, list[dict]]:
    clauses, params = [], []
    if doc_id:
        clauses.append("p.doc_id = ?"); params.append(doc_id)
    if country:
        c = country.upper()
        clauses.append("p.country = ?"); params.append(_iso2(c) or c)
    if q:
        clauses.append("(p.name ILIKE ? OR p.text ILIKE ?)"); params += [f"%{q}%"] * 2
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    base = (f"SELECT coalesce(p.name, p.text) AS name, p.geonameid, p.country, p.admin1, any_value(p.feature_code) "
            f"AS feature_code, any_value(p.precision) AS precision, avg(p.lat) AS lat, avg(p.lon) AS lon, "
            f"count(*) AS mentions, count(DISTINCT p.doc_id) AS documents FROM places p {where} "
            f"GROUP BY ALL")
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    items = rows(con, f"{base} ORDER BY mentions DESC, name LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return total, items


def list_actors(con, *, q=None, country=None, sector=None, role=None, limit=200, offset=0
                ) -> tuple[int, list[dict]]:
    clauses, params = [], []
    if q:
        clauses.append("a.name ILIKE ?"); params.append(f"%{q}%")
    if country:
        clauses.append("a.country = upper(?)"); params.append(_iso3(country.upper()) if len(country) == 2 else country)
    if sector:
        clauses.append("a.sector = upper(?)"); params.append(sector)
    if role:
        clauses.append("a.role = ?"); params.append(role)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    base = (f"SELECT a.name, a.country, a.sector, count(DISTINCT a.event_id) AS events, "
            f"list_sort(list_distinct(list(a.role))) AS roles FROM event_actors a {where} GROUP BY a.name, a.country, a.sector")
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    items = rows(con, f"{base} ORDER BY events DESC, a.name LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return total, items


def stats(con) -> dict[str, Any]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "claims", "places")}
    def facet(col):
        return [{"value": v, "n": n} for v, n in con.execute(
            f"SELECT {col}, count(*) n FROM events WHERE {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1").fetchall()]
    lo, hi = con.execute("SELECT min(date), max(coalesce(date_end, date)) FROM events").fetchone()
    return {"counts": counts, "event_types": facet("event_type"), "sub_event_types": facet("sub_event_type"),
            "countries": facet("country"), "statuses": facet("status"), "date_min": lo, "date_max": hi}


# --- reviews ------------------------------------------------------------------------------------------
def reviews(con, event_id: str) -> list[dict[str, Any]]:
    if not has_table(con, "reviews"):
        return []
    out = rows(con, "SELECT field, old, new, who, CAST(\"at\" AS VARCHAR) AS \"at\" FROM reviews "
                    "WHERE event_id = ? ORDER BY \"at\", field", [event_id])
    for r in out:
        r["old"], r["new"] = json.loads(r["old"]), json.loads(r["new"])
    return out


def _figure_total(quantities: list[dict], kind: str) -> dict[str, float | None]:
    qs = [q for q in quantities if q.get("kind") == kind and not q.get("cumulative")]  # running totals kept apart
    def total(attr):
        if attr == "high" and any(q.get("high") is None for q in qs):
            return None  # "at least 24" has no upper bound, nor has any sum that includes it (as the store's)
        if attr == "best" and any(q.get("best") is not None for q in qs):
            vals = [q["best"] if q.get("best") is not None else q.get("low") for q in qs]  # as the store's
        else:
            vals = [q.get(attr) for q in qs]
        vals = [v for v in vals if v is not None]
        return sum(vals) if vals else None
    return {"low": total("low"), "best": total("best"), "high": total("high")}


def apply_review(con, event_id: str, changes: dict[str, Any], who: str) -> list[dict[str, Any]] | None:
    """Apply an analyst's corrections to one event, in one transaction, with an audit row per changed field.

    `changes` keys: event_type, sub_event_type, date, date_end, status, location (dict), and figure kinds
    (fatalities, injuries, ...) mapping to {low, best, high} or None (remove). Returns the audit rows written
    (empty when nothing changed) or None when the event does not exist. The caller validates values and
    holds the write lock.
    """
    from .. import codebooks

    row = con.execute("SELECT json FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    ev = json.loads(row[0])
    acled = ev.setdefault("acled", {})
    plover = ev.setdefault("plover", {})
    audit: list[tuple[str, Any, Any]] = []

    def change(field, old, new):
        if old != new:
            audit.append((field, old, new))
            return True
        return False

    # type / sub-type, keeping the CASE label and the PLOVER coding consistent with the ACLED coding
    if "event_type" in changes or "sub_event_type" in changes:
        new_type = changes.get("event_type", acled.get("event_type"))
        new_sub = changes.get("sub_event_type", acled.get("sub_event_type"))
        if "event_type" in changes and "sub_event_type" not in changes and new_type != acled.get("event_type"):
            new_sub = None  # the old sub-type belongs to the old type
        change("event_type", acled.get("event_type"), new_type)
        change("sub_event_type", acled.get("sub_event_type"), new_sub)
        acled["event_type"], acled["sub_event_type"] = new_type, new_sub
        sub = codebooks.load().sub_event_by_name.get(new_sub or "")
        case = sub["case"] if sub else None
        if change("case_label", ev.get("case_label"), case):
            ev["case_label"] = case
            label = codebooks.load().case.get(case) if case else None
            if label:
                new_plover = {"event": label.plover_event, "mode": label.plover_mode,
                              "context": list(label.plover_context)}
                if change("plover", {k: plover.get(k) for k in ("event", "mode", "context")}, new_plover):
                    plover.update(new_plover)
    for field in ("date", "date_end", "status"):
        if field in changes and change(field, ev.get(field), changes[field]):
            ev[field] = changes[field]
            if field == "date" and changes[field]:
                ev["date_precision"] = "day" if len(changes[field]) == 10 else "month" if len(changes[field]) == 7 else "year"
    if "location" in changes:
        locs = ev.get("locations") or []
        old = locs[0] if locs else None
        new = changes["location"]
        if new is not None:
            new = dict(new)
            # keep the mention offsets: the correction changes where the place is, not where the text says it
            for k in ("text", "start", "end"):
                new.setdefault(k, (old or {}).get(k))
            new["reviewed"] = True
        if change("location", old, new):
            ev["locations"] = ([new] if new else []) + locs[1:]
    quantities = ev.get("quantities") or []
    for kind, fig in changes.get("figures", {}).items():
        old = _figure_total(quantities, kind)
        old = old if any(v is not None for v in old.values()) else None
        if change(kind, old, fig):
            # the event's own figure is replaced; a running total told with it stays
            quantities = [q for q in quantities if q.get("kind") != kind or q.get("cumulative")]
            if fig is not None:
                quantities.append({"kind": kind, "text": "", "start": None, "end": None, "item": None,
                                   "low": fig.get("low"), "best": fig.get("best"), "high": fig.get("high"),
                                   "approximate": False, "cumulative": False, "reviewed": True})
    ev["quantities"] = quantities
    if not audit:
        return []
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    ev["review"] = {"by": who, "at": now.isoformat(timespec="seconds") + "Z",
                    "fields": sorted({*(ev.get("review") or {}).get("fields", []), *(a[0] for a in audit)})}
    loc = (ev.get("locations") or [{}])[0]
    fat = _figure_total(quantities, "fatalities")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE events SET event_type = ?, sub_event_type = ?, case_label = ?, plover_event = ?, "
                    "plover_mode = ?, date = ?, date_end = ?, date_precision = ?, status = ?, location = ?, "
                    "geonameid = ?, country = ?, country_iso3 = ?, lat = ?, lon = ?, fatalities_low = ?, "
                    "fatalities_best = ?, fatalities_high = ?, json = ? WHERE id = ?",
                    [acled.get("event_type"), acled.get("sub_event_type"), ev.get("case_label"), plover.get("event"),
                     plover.get("mode"), ev.get("date"), ev.get("date_end"), ev.get("date_precision"),
                     ev.get("status"), loc.get("name"), loc.get("geonameid"), loc.get("country"),
                     _iso3(loc.get("country")), loc.get("lat"), loc.get("lon"), fat["low"], fat["best"], fat["high"],
                     json.dumps(ev), event_id])
        if any(a[0] == "location" for a in audit):
            con.execute("DELETE FROM event_locations WHERE event_id = ?", [event_id])
            for i, l in enumerate(ev.get("locations") or []):
                con.execute("INSERT INTO event_locations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [event_id, i, l.get("name"), l.get("geonameid"), l.get("country"), l.get("lat"),
                             l.get("lon"), l.get("precision")])
        if any(a[0] in changes.get("figures", {}) for a in audit):
            con.execute("DELETE FROM quantities WHERE event_id = ?", [event_id])
            for i, q in enumerate(quantities):
                con.execute("INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [event_id, i, q.get("kind"), q.get("item"), q.get("low"), q.get("best"), q.get("high"),
                             bool(q.get("approximate")), bool(q.get("cumulative")), q.get("text"), q.get("start"),
                             q.get("end")])
        for field, old, new in audit:
            con.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
                        [event_id, field, json.dumps(old), json.dumps(new), who, now])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return [{"field": f, "old": o, "new": n, "who": who, "at": now.isoformat()} for f, o, n in audit]


# --- writing records ----------------------------------------------------------------------------------
class _SafeCon:
    """A connection proxy for `Store.add`: DuckDB 1.4 refuses `executemany` with no rows, which a record
    with no places / actors / quantities produces; skip those calls."""

    def __init__(self, con):
        self._con = con

    def executemany(self, sql, params=()):
        params = list(params)
        return self._con.executemany(sql, params) if params else None

    def __getattr__(self, name):
        return getattr(self._con, name)


def writer_store(con: duckdb.DuckDBPyConnection, path: str) -> Store:
    """A `Store` bound to an existing connection (the API's write cursor), so its `add` can be reused."""
    return Store.from_connection(_SafeCon(con), path)


def stored_summary(con, doc_id: str, content_hash: str) -> dict[str, Any] | None:
    """What the store holds for an article posted again (by its id, else its text's hash): its id, title,
    event ids, numbers of claims and places, so a re-post reports the stored record, not the new extraction
    the store did not keep."""
    row = con.execute("SELECT id, title FROM documents WHERE id = ? OR hash = ? ORDER BY id = ? DESC LIMIT 1",
                      [doc_id, content_hash, doc_id]).fetchone()
    if row is None:
        return None
    sid = row[0]
    events = [r[0] for r in con.execute("SELECT id FROM events WHERE doc_id = ?", [sid]).fetchall()]
    events.sort(key=lambda e: (len(e), e))  # -e2 before -e10
    claims = con.execute("SELECT count(*) FROM claims WHERE doc_id = ?", [sid]).fetchone()[0]
    places = con.execute("SELECT count(*) FROM places WHERE doc_id = ?", [sid]).fetchone()[0]
    return {"id": sid, "title": row[1], "events": events, "claims": claims, "places": places}
