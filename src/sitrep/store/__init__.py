"""The DuckDB store: schema, idempotent writes, queries.

One file (default `./sitrep.duckdb`, or `$SITREP_DB`). Each document is written in its own transaction,
keyed by its content hash, so re-ingesting changes nothing and an interrupted ingest leaves only whole
documents behind; and by the input it was read from (`Document.source`), so an input read otherwise by a newer
sitrep replaces its earlier reading instead of being stored twice.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

import duckdb
import pycountry

from ..errors import StoreError
from ..model import Record
from .schema import SCHEMA_SQL, SCHEMA_VERSION, migrate

DEFAULT_DB = "sitrep.duckdb"


def default_path() -> str:
    return os.environ.get("SITREP_DB") or DEFAULT_DB


def _open_error(path: str, exc: Exception, read_only: bool = False) -> str:
    """DuckDB's reason a store did not open, in the user's terms (its lock message runs to three sentences)."""
    import re

    text = str(exc)
    if "Conflicting lock" in text or "Could not set lock" in text:
        pid = re.search(r"PID (\d+)", text)
        who = f" (PID {pid.group(1)})" if pid else ""
        if read_only:
            return (f"{path} is locked by another process{who} writing it, e.g. `sitrep ingest`: wait for it to "
                    "finish or stop it")
        return (f"{path} is in use by another process{who}, e.g. `sitrep serve` or another ingest; DuckDB lets one "
                "process write a store only when no other has it open: stop that process, or add the articles "
                "through the server (POST /api/documents, the Documents page)")
    if "not a valid DuckDB database" in text:
        return f"{path} is not a sitrep store (not a DuckDB database file)"
    return f"cannot open database {path}: {text}"


class Store:
    def __init__(self, path: str | None = None, read_only: bool = False):
        self.path = path or default_path()
        try:
            if read_only and not Path(self.path).exists():
                raise StoreError(f"no database at {self.path}: run `sitrep ingest` first")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(_open_error(self.path, exc, read_only)) from None
        if os.environ.get("SITREP_DUCKDB_MEMORY"):  # e.g. "256MB": DuckDB's buffer pool otherwise grows with the file
            self.con.execute(f"SET memory_limit = '{os.environ['SITREP_DUCKDB_MEMORY']}'")
        if not read_only:
            self.con.execute(SCHEMA_SQL)
            self.con.execute("INSERT INTO meta SELECT 'schema_version', ? WHERE NOT EXISTS "
                             "(SELECT 1 FROM meta WHERE key = 'schema_version')", [str(SCHEMA_VERSION)])
            migrate(self.con)

    @classmethod
    def from_connection(cls, con, path: str) -> "Store":
        """A Store over a connection its caller owns (the API's write cursor); the schema must exist."""
        store = cls.__new__(cls)
        store.path, store.con = path, con
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writes -----------------------------------------------------------------------------------------
    def has(self, doc_id: str, content_hash: str) -> bool:
        row = self.con.execute("SELECT hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == content_hash

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT hash FROM documents").fetchall()}

    def add(self, record: Record) -> str:
        """Store one record; returns 'added', 'updated' or 'unchanged'."""
        return self.add_many([record])[0]

    def add_many(self, records: list[Record], maybe_stored: Sequence[bool] | None = None) -> list[str]:
        """Store records in one transaction with one bulk insert per table (per-row statements cost more
        than the extraction of a short article); returns each record's 'added', 'updated' or 'unchanged'.
        A record whose id or content repeats an earlier one in the same call counts as 'unchanged'.

        A stored document read from the same input (`Document.source`) but whose text differs, because the
        sitrep that stored it read that input otherwise, is replaced ('updated'), as one stored under the same
        id is: re-ingesting after an upgrade adds no second copy. One whose events an analyst corrected is kept
        ('unchanged'). A stored copy of the text that has no source
        key yet (stored before there were any) is given this record's.

        `maybe_stored`, from a caller that tracks what the store holds (an ingest's sink): False for a record
        whose id, content hash and source key are certainly not stored yet, so only the others are looked up."""
        if not records:
            return []
        ids = [r.document.id for r in records]
        hashes = [r.document.hash for r in records]
        sources = [r.document.source for r in records]
        stored_by_id, stored_by_source, stored_hashes, unkeyed = {}, {}, set(), set()
        check = [i for i in range(len(records)) if maybe_stored is None or maybe_stored[i]]
        if check:
            rows = self.con.execute("SELECT id, hash, source FROM documents WHERE list_contains(?, id) "
                                    "OR list_contains(?, hash) OR list_contains(?, source)",
                                    [[ids[i] for i in check], [hashes[i] for i in check],
                                     [sources[i] for i in check if sources[i]]]).fetchall()
            for doc_id, h, source in rows:
                stored_by_id[doc_id] = h
                stored_hashes.add(h)
                if source:
                    stored_by_source.setdefault(source, []).append((doc_id, h))
                else:
                    unkeyed.add(h)
        # an earlier reading whose events an analyst corrected (the API's review form) is kept as corrected
        reviewed = self._reviewed([old for i, source in enumerate(sources) if source
                                   for old, old_h in stored_by_source.get(source, ()) if old_h != hashes[i]])
        statuses, todo, replaced, seen, keyed = [], [], [], set(), []
        for rec, doc_id, h, source in zip(records, ids, hashes, sources):
            # the same input stored as another text: an earlier reading of it, replaced by this one
            stale = [old for old, old_h in stored_by_source.get(source, ()) if old_h != h and old not in replaced]
            if reviewed.intersection(stale):
                statuses.append("unchanged")
                continue
            if h in stored_hashes or h in seen or doc_id in seen:
                if source and h in unkeyed:
                    keyed.append((source, h))
                    unkeyed.discard(h)
                replaced += stale  # this text is stored already (another input read the same): no second copy
                statuses.append("updated" if stale else "unchanged")
                continue
            seen.update((h, doc_id))
            if doc_id in stored_by_id and doc_id not in stale:
                stale.append(doc_id)
            replaced += stale
            statuses.append("updated" if stale else "added")
            todo.append(rec)
        if not (todo or replaced or keyed):
            return statuses
        rows: dict[str, list] = {t: [] for t in _TABLES}
        for rec in todo:
            _record_rows(rec, rows)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for doc_id in replaced:
                self._delete(doc_id)
            self.give_sources(keyed)
            for table in _TABLES:
                self._bulk_insert(table, rows[table])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return statuses

    def _reviewed(self, doc_ids: list[str]) -> set[str]:
        """Those of `doc_ids` with an event corrected through the review form (its `reviews` audit table)."""
        if not doc_ids or not self.con.execute("SELECT count(*) FROM information_schema.tables "
                                               "WHERE table_name = 'reviews'").fetchone()[0]:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT DISTINCT e.doc_id FROM reviews r JOIN events e ON e.id = r.event_id "
            "WHERE list_contains(?, e.doc_id)", [doc_ids]).fetchall()}

    def give_sources(self, pairs: list[tuple[str, str]]) -> None:
        """Set the source key of stored documents that have none: (source, content hash) pairs, one statement."""
        if not pairs:
            return
        import pyarrow as pa

        self.con.register("_sitrep_sources", pa.table({"source": [p[0] for p in pairs], "hash": [p[1] for p in pairs]}))
        try:
            self.con.execute("UPDATE documents SET source = k.source FROM _sitrep_sources k "
                             "WHERE documents.hash = k.hash AND documents.source IS NULL")
        finally:
            self.con.unregister("_sitrep_sources")

    def _bulk_insert(self, table: str, rows: list[tuple]) -> None:
        if not rows:
            return
        import pyarrow as pa

        cols = _DOCUMENT_COLUMNS if table == "documents" else self._columns(table)[:len(rows[0])]
        data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
        name = f"_sitrep_rows_{table}"
        self.con.register(name, data)
        try:
            # by name: a store migrated from an earlier schema has its added columns after `ingested_at`
            extra = ", current_timestamp AS ingested_at" if table == "documents" else ""
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT *{extra} FROM {name}")
        finally:
            self.con.unregister(name)

    def _columns(self, table: str) -> list[str]:
        cache = self.__dict__.setdefault("_column_cache", {})
        if table not in cache:
            cache[table] = [c[0] for c in self.con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        return cache[table]

    def _delete(self, doc_id: str) -> None:
        for table in ("event_actors", "event_locations", "quantities", "sources", "evidence"):
            self.con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)",
                             [doc_id])
        self.con.execute("DELETE FROM claim_responses WHERE claim_id IN (SELECT id FROM claims WHERE doc_id = ?)",
                         [doc_id])
        for table in ("events", "claims", "places"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    # --- reads ------------------------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def events(self, *, country: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, status: str | None = None, actor: str | None = None,
               source: str | None = None, bbox=None, limit: int | None = None, offset: int = 0
               ) -> list[dict[str, Any]]:
        where, params = self._event_where(country=country, type=type, since=since, until=until, status=status,
                                          actor=actor, source=source, bbox=bbox)
        sql = f"SELECT * FROM events e {where} ORDER BY date NULLS LAST, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self.query(sql, params)

    def count_events(self, **filters) -> int:
        """How many stored events `events(**filters)` would list without a limit."""
        where, params = self._event_where(**filters)
        return self.con.execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]

    @staticmethod
    def _event_where(*, bbox=None, **filters) -> tuple[str, list]:
        where, params = event_filters(**filters)
        box = parse_bbox(bbox)
        if box is not None:  # "minlon,minlat,maxlon,maxlat": the primary location inside, as the API's filter
            clauses, box_params = bbox_clause(box)
            where = (f"{where} AND " if where else "WHERE ") + " AND ".join(clauses)
            params = list(params) + box_params
        return where, list(params)

    def event_json(self, event_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT json FROM events WHERE id = ?", [event_id]).fetchone()
        return json.loads(row[0]) if row else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM documents WHERE id = ?", [doc_id])
        return rows[0] if rows else None

    def record(self, doc_id: str) -> Record | None:
        doc = self.document(doc_id)
        if doc is None:
            return None
        data = {"document": doc,
                "places": self.query("SELECT * EXCLUDE (doc_id, idx) FROM places WHERE doc_id = ? ORDER BY idx", [doc_id]),
                "events": [json.loads(r["json"]) for r in self.query(
                    "SELECT json FROM events WHERE doc_id = ? ORDER BY id", [doc_id])],
                "claims": [json.loads(r["json"]) for r in self.query(
                    "SELECT json FROM claims WHERE doc_id = ? ORDER BY id", [doc_id])]}
        return Record.from_json(data)

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "places", "events", "claims", "quantities", "event_actors", "evidence")}


# the documents table's columns in the order `_record_rows` gives them (`ingested_at` is the time of the insert)
_DOCUMENT_COLUMNS = ("id", "hash", "title", "published", "published_utc", "author", "outlet", "language", "url",
                     "text", "warnings", "source")
_TABLES = ("documents", "places", "events", "event_actors", "event_locations", "quantities", "sources",
           "evidence", "claims", "claim_responses")


def _record_rows(record: Record, rows: dict[str, list]) -> None:
    """Append one record's rows, table by table, in each table's column order."""
    d = record.document
    rows["documents"].append((d.id, d.hash, d.title, d.published, _utc(d.published), d.author, d.outlet,
                              d.language, d.url, d.text, json.dumps(record.warnings), d.source))
    rows["places"] += [(d.id, i, p.text, p.start, p.end, p.name, p.geonameid, p.feature_code, p.country,
                        p.admin1, _num(p.lat), _num(p.lon), p.precision, _num(p.confidence))
                       for i, p in enumerate(record.places)]
    for ev in record.events:
        _event_rows(d.id, ev, rows)
    for c in record.claims:
        rows["claims"].append((c.id, d.id, c.claimant.get("name"), c.claimant.get("country"),
                               c.claimant.get("sector"), c.stance, c.text, c.start, c.end, c.event,
                               json.dumps(_claim_json(c))))
        rows["claim_responses"] += [(c.id, i, r["by"].get("name"), r["by"].get("country"), r["by"].get("sector"),
                                     r["stance"], r["text"], r["start"], r["end"]) for i, r in enumerate(c.responses)]


def _event_rows(doc_id: str, ev, rows: dict[str, list]) -> None:
    loc = ev.locations[0] if ev.locations else {}
    # this event's own deaths: a running total ("more than 220 killed since May") is not, as in the CSV export,
    # so the API's sort, map and timeline do not read it as deaths on the day the count began
    fat = [q for q in ev.quantities if q.kind == "fatalities" and not q.cumulative]

    def total(attr):
        vals = [getattr(q, attr) for q in fat]
        if attr == "high" and any(v is None for v in vals):
            return None  # "at least 49" has no upper bound, nor has any sum that includes it
        if attr == "best" and any(q.best is not None for q in fat):
            # "12 killed" and "at least 24 killed": 36, as the CSV export's `fatalities` (a best under the low
            # end, 12, was what the map, timeline and sort read); a range or bound alone keeps no best
            vals = [q.best if q.best is not None else q.low for q in fat]
        vals = [v for v in vals if v is not None]
        return _num(sum(vals)) if vals else None

    rows["events"].append((
        ev.id, doc_id, ev.acled.get("event_type"), ev.acled.get("sub_event_type"), ev.acled.get("interaction"),
        ev.plover.get("event"), ev.plover.get("mode"), ev.date, ev.date_end, ev.time, ev.date_precision,
        ev.status, ev.historical, ev.case_label, loc.get("name"), loc.get("geonameid"), loc.get("country"),
        _iso3(loc.get("country")), _num(loc.get("lat")), _num(loc.get("lon")), total("low"), total("best"),
        total("high"), " | ".join(s.name for s in ev.sources), json.dumps(ev.to_json())))
    rows["event_actors"] += [(ev.id, a.role, a.name, a.country, a.sector) for a in ev.actors]
    rows["event_locations"] += [(ev.id, i, l.get("name"), l.get("geonameid"), l.get("country"), _num(l.get("lat")),
                                 _num(l.get("lon")), l.get("precision")) for i, l in enumerate(ev.locations)]
    rows["quantities"] += [(ev.id, i, q.kind, q.item, _num(q.low), _num(q.best), _num(q.high), q.approximate,
                            q.cumulative, q.text, q.start, q.end) for i, q in enumerate(ev.quantities)]
    rows["sources"] += [(ev.id, i, s.name, s.kind) for i, s in enumerate(ev.sources)]
    rows["evidence"] += [(ev.id, i, e.start, e.end, e.text) for i, e in enumerate(ev.evidence)]


def _num(x):
    """Numbers as floats, so a batch mixing 3 and 2.5 (or holding only None) has one arrow type."""
    return None if x is None else float(x)


# When the article `d` (the documents table) was published, for sorting: its date and time as its head gives them
# (local, as the lists show them: by UTC instant "2026-11-24 19:40" at UTC-5 came above "2026-11-25"), midnight for
# an article dated by its day only, else its UTC instant
PUBLISHED_AT = "coalesce(try_cast(left(replace(d.published, 'T', ' '), 19) AS TIMESTAMP), d.published_utc)"


def event_filters(*, country=None, type=None, since=None, until=None, status=None, actor=None,
                  source=None) -> tuple[str, list]:
    """SQL WHERE clause for the event filters shared by the CLI, the API and exports. `actor`: a substring of
    an actor's name, or its ISO alpha-3 or sector code; `source`: a substring of the source chain (both as the
    API's filters of the same names)."""
    clauses, params = [], []
    if country:
        c = country.upper()
        clauses.append("(e.country = ? OR e.country_iso3 = ? OR EXISTS (SELECT 1 FROM event_locations l "
                       "WHERE l.event_id = e.id AND l.country = ?))")
        params += [c, c, _iso2(c) or c]
    if type:
        clauses.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?) "
                       "OR lower(e.case_label) = lower(?) OR lower(e.plover_event) = lower(?))")
        params += [type] * 4
    if since:
        clauses.append("coalesce(e.date_end, e.date) >= ?")
        params.append(since)
    if until:
        clauses.append("e.date <= ?")
        params.append(until)
    if status:
        clauses.append("e.status = ?")
        params.append(status)
    if actor and actor.strip():
        a = actor.strip()
        clauses.append("e.id IN (SELECT a.event_id FROM event_actors a WHERE "
                       "a.name ILIKE ? OR a.country = upper(?) OR a.sector = upper(?))")
        params += [f"%{a}%", a, a]
    if source and source.strip():
        clauses.append("e.source ILIKE ?")
        params.append(f"%{source.strip()}%")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def parse_bbox(bbox) -> tuple[float, float, float, float] | None:
    """"minlon,minlat,maxlon,maxlat" (or a 4-sequence) → floats, checked; InputError says what is wrong."""
    from ..errors import InputError

    if not bbox:
        return None
    try:
        parts = [float(x) for x in (bbox.split(",") if isinstance(bbox, str) else bbox)]
    except (TypeError, ValueError):
        parts = []
    if len(parts) != 4:
        raise InputError("bbox must be four numbers: minlon,minlat,maxlon,maxlat")
    minlon, minlat, maxlon, maxlat = parts
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise InputError("bbox out of range: lon in [-180, 180], lat in [-90, 90], minlat <= maxlat")
    return minlon, minlat, maxlon, maxlat


def bbox_clause(box: tuple[float, float, float, float]) -> tuple[list[str], list[float]]:
    """SQL conditions (on alias `e`) for events whose primary location lies in a box; boxes may cross the
    antimeridian (minlon > maxlon)."""
    minlon, minlat, maxlon, maxlat = box
    clauses, params = ["e.lat BETWEEN ? AND ?"], [minlat, maxlat]
    if minlon <= maxlon:
        clauses.append("e.lon BETWEEN ? AND ?")
    else:
        clauses.append("(e.lon >= ? OR e.lon <= ?)")
    return clauses, params + [minlon, maxlon]


def _claim_json(c) -> dict:
    from dataclasses import asdict
    return asdict(c)


def _utc(published: str | None) -> str | None:
    import datetime as dt
    if not published or "T" not in published:
        return None
    try:
        t = dt.datetime.fromisoformat(published)
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return t.isoformat()


# user-assigned codes ISO 3166-1 lacks, as GeoNames (alpha-2) and the actors dictionary (alpha-3) write them
USER_CODES = {"XK": "XKX"}  # Kosovo
_USER_ALPHA2 = {v: k for k, v in USER_CODES.items()}


def _iso3(iso2: str | None) -> str | None:
    c = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    return c.alpha_3 if c else USER_CODES.get((iso2 or "").upper())


def _iso2(code: str | None) -> str | None:
    if not code:
        return None
    c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    if c:
        return c.alpha_2
    return _USER_ALPHA2.get(code.upper()) or (code.upper() if code.upper() in USER_CODES else None)
