"""An in-memory index of the events table that answers the API's filtered event lists without SQL.

Why: on 100k events every filtered list cost DuckDB 30-150 ms of CPU (semi-joins for country and actor,
`lower()` on four columns for type, a top-N sort keyed on string ids, `count(*)` over the same joins, and a
second query for the page's actors), so 50 concurrent clients queued for seconds on two cores. The index
answers the same request in about a millisecond:

* every column a list shows or filters on is held as integer codes into its distinct values in DuckDB's own
  order (or as a float array), so a filter is a comparison of integer arrays;
* predicates that need DuckDB's semantics (`ILIKE`, `lower`, `upper`, string comparison of dates) are
  evaluated by DuckDB itself, on the distinct values only (a small in-memory table), and mapped back to the
  rows through the codes;
* each sort order is one permutation (computed once per snapshot), so a page at any offset is a slice of
  `perm[mask[perm]]`, and the total is `mask.sum()`;
* the values of a page are looked up in the distinct values: the same Python objects DuckDB returns.

Consistency: the API process is the only writer of its file (see `ResponseCache`); every write through
`Database.write()` bumps a generation, which makes the snapshot stale. A stale snapshot is never used: a small
store is re-indexed at once, a large one in a background thread while requests take the SQL path
(`queries.py`), which stays the definition of every filter. `tests/test_api.py` (test_event_index_*) checks
that both give the same answers. SITREP_API_INDEX=0 turns the index off; stores over SITREP_API_INDEX_MAX
events (default 2,000,000) are not indexed. Measured on 100k generated events: built in 2-4 s (in the
background), the server's RSS 253 MB instead of 141 MB.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any

import duckdb
import numpy as np

from ..store import _iso2
from . import queries as Q

log = logging.getLogger(__name__)

# Columns of a list item, in the order of `queries.LIST_COLUMNS`.
LIST_KEYS = ("id", "doc_id", "date", "date_end", "event_type", "sub_event_type", "status", "location", "country",
             "lat", "lon", "fatalities_best", "fatalities_low", "fatalities_high", "source")
# sort key (as in queries.SORTS) → the columns it orders by
_SORT_COLUMNS = {"date": ("date",), "fatalities": ("fatalities_best",), "type": ("event_type", "sub_event_type"),
                 "sub_type": ("sub_event_type",), "country": ("country",), "location": ("location",),
                 "status": ("status",), "source": ("source",), "id": ("id",)}
_TYPE_COLS = ("event_type", "sub_event_type", "case_label", "plover_event")
_MAX_PERMS = 24
_MAX_MASKS = 64

SYNC_MAX = 20_000  # re-index a store up to this many events in the request that finds the index stale


def _max_events() -> int:
    return int(os.environ.get("SITREP_API_INDEX_MAX", "2000000"))


def _enabled() -> bool:
    return os.environ.get("SITREP_API_INDEX", "1") not in ("0", "", "false", "no")


# coded column → its SQL expression over `events` (fatalities_best: coded for sorting)
_EXPR = {"id": "id", "doc_id": "doc_id", "date": "date", "date_end": "date_end", "event_type": "event_type",
         "sub_event_type": "sub_event_type", "status": "status", "location": "location", "country": "country",
         "source": "source", "country_iso3": "country_iso3", "case_label": "case_label",
         "plover_event": "plover_event", "date_to": "coalesce(date_end, date)", "fatalities_best": "fatalities_best"}
_FLOATS = {"lat": "lat", "lon": "lon", "fatalities_best": "fat_best", "fatalities_low": "fat_low",
           "fatalities_high": "fat_high"}
_ACTOR_EXPR = {"a_role": "role", "a_name": "name", "a_country": "country", "a_sector": "sector"}
# columns whose distinct values go to the small DuckDB table the predicates run on
_VOCAB_TABLE = _TYPE_COLS + ("location", "source", "date", "date_to", "a_name", "a_country", "a_sector")


def _codes(arr, vocab: list) -> np.ndarray:
    """Codes of an arrow column: the position of each value in `vocab` (its distinct values as DuckDB sorts
    them), -1 for NULL. Arrow's dictionary encoding does the per-row work in C++; Python only maps the
    distinct values."""
    import pyarrow.compute as pc

    enc = pc.dictionary_encode(arr.combine_chunks() if hasattr(arr, "combine_chunks") else arr)
    rank = {v: i for i, v in enumerate(vocab)}
    remap = np.array([rank[v] for v in enc.dictionary.to_pylist()] + [-1], dtype=np.int32)
    idx = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    return remap[idx]


def _floats(arr) -> np.ndarray:
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=np.float64)  # NULL → nan


class Snapshot:
    """The events table at one generation of the database, as integer codes and float arrays. The codes are
    positions in each column's distinct values as DuckDB orders them, so orders and comparisons are DuckDB's."""

    def __init__(self, con: duckdb.DuckDBPyConnection, generation: int):
        self.generation = generation
        t0 = time.perf_counter()
        distinct = lambda e, t: [r[0] for r in con.execute(  # noqa: E731
            f"SELECT DISTINCT {e} FROM {t} WHERE {e} IS NOT NULL ORDER BY 1").fetchall()]
        con.execute("BEGIN TRANSACTION")  # one consistent view over the three tables
        try:
            ev = con.execute("SELECT " + ", ".join(f"{e} AS {c}" for c, e in _EXPR.items()) +
                             ", lat, lon, fatalities_low, fatalities_high FROM events ORDER BY rowid").fetch_arrow_table()
            self.vocab: dict[str, list] = {c: distinct(e, "events") for c, e in _EXPR.items()}
            pos = "WITH ev AS (SELECT id, row_number() OVER (ORDER BY rowid) - 1 AS pos FROM events) "
            actors = con.execute(pos + "SELECT ev.pos, " + ", ".join(f"a.{e} AS {c}" for c, e in _ACTOR_EXPR.items())
                                 + " FROM event_actors a JOIN ev ON ev.id = a.event_id ORDER BY a.rowid"
                                 ).fetch_arrow_table()
            for c, e in _ACTOR_EXPR.items():
                self.vocab[c] = distinct(e, "event_actors")
            locs = con.execute(pos + "SELECT ev.pos, l.country FROM event_locations l JOIN ev ON ev.id = l.event_id "
                               "WHERE l.country IS NOT NULL").fetch_arrow_table()
            self.vocab["l_country"] = distinct("country", "event_locations")
        finally:
            con.execute("COMMIT")
        self.codes: dict[str, np.ndarray] = {c: _codes(ev.column(c), self.vocab[c]) for c in _EXPR
                                             if c != "fatalities_best"}
        self.n = n = ev.num_rows
        self.lat, self.lon = _floats(ev.column("lat")), _floats(ev.column("lon"))
        self.fat_best, self.fat_low = _floats(ev.column("fatalities_best")), _floats(ev.column("fatalities_low"))
        self.fat_high = _floats(ev.column("fatalities_high"))  # list items show "40–60" and "≥12", not 40 and 12
        fat_vocab = np.array(self.vocab["fatalities_best"], dtype=np.float64)
        self.codes["fatalities_best"] = np.where(np.isnan(self.fat_best), -1, np.searchsorted(
            fat_vocab, np.nan_to_num(self.fat_best))).astype(np.int32)
        # rows of event_actors / event_locations, as event positions (rows of other events are left out)
        self.a_event = actors.column("pos").to_numpy().astype(np.int64)
        for c in _ACTOR_EXPR:
            self.codes[c] = _codes(actors.column(c), self.vocab[c])
        # each event's actors in table order: a_order[a_start[i]:a_start[i + 1]]
        self.a_order = np.argsort(self.a_event, kind="stable")
        self.a_start = np.searchsorted(self.a_event[self.a_order], np.arange(n + 1))
        self.l_event = locs.column("pos").to_numpy().astype(np.int64)
        self.codes["l_country"] = _codes(locs.column("country"), self.vocab["l_country"])
        self._lookups: dict[str, dict] = {}
        # the distinct values, for the predicates DuckDB evaluates (ILIKE, lower, upper, date bounds)
        import pyarrow as pa

        self._mem = duckdb.connect()
        self._mem.execute("SET threads = 1")
        vcol, vi, vv = [], [], []
        for name in _VOCAB_TABLE:
            vcol += [name] * len(self.vocab[name])
            vi += range(len(self.vocab[name]))
            vv += self.vocab[name]
        vocab_rows = pa.table({"col": pa.array(vcol, pa.string()), "i": pa.array(vi, pa.int32()),
                               "v": pa.array(vv, pa.string())})
        self._mem.register("vocab_rows", vocab_rows)
        self._mem.execute("CREATE TABLE vocab AS SELECT * FROM vocab_rows")
        self._mem.unregister("vocab_rows")
        self._mem_lock = threading.Lock()
        self._found: dict[tuple, dict] = {}
        self._masks: dict[tuple, np.ndarray] = {}
        self._perms: dict[tuple, np.ndarray] = {}
        self._perm_lock = threading.Lock()
        self.build_s = time.perf_counter() - t0

    def close(self) -> None:
        with self._mem_lock:
            self._mem.close()

    def lookup(self, name: str) -> dict:
        """value → code for equality filters (built on first use)."""
        table = self._lookups.get(name)
        if table is None:
            table = self._lookups[name] = {v: i for i, v in enumerate(self.vocab[name])}
        return table

    def values(self, name: str, idx: np.ndarray) -> list:
        """Column `name` at rows `idx`, as the Python values DuckDB returns (str / float / None)."""
        if name in _FLOATS:
            arr = getattr(self, _FLOATS[name])[idx]
            return [None if v != v else v for v in arr.tolist()]  # nan → None
        vocab = self.vocab[name]
        return [vocab[k] if k >= 0 else None for k in self.codes[name][idx].tolist()]

    def rows(self, idx: np.ndarray) -> list[dict[str, Any]]:
        """List items (the columns of `queries.LIST_COLUMNS`) for rows `idx`."""
        cols = [self.values(name, idx) for name in LIST_KEYS]
        return [dict(zip(LIST_KEYS, r)) for r in zip(*cols)]

    # --- filters --------------------------------------------------------------------------------------
    def _matching(self, preds: list[tuple[str, str, list]]) -> dict[str, dict[str, np.ndarray]]:
        """Run (tag, SQL condition on `col`/`v`, params) over the distinct values, in one query:
        {tag: {column: codes whose value satisfies the condition}}. Answers are remembered (filter values
        repeat: the UI sends the same ones for the list, the map and the timeline)."""
        key = tuple((tag, tuple(ps)) for tag, _, ps in preds)
        out = self._found.get(key)
        if out is not None:
            return out
        sql = " UNION ALL ".join(f"SELECT '{tag}' AS tag, col, i FROM vocab WHERE {cond}" for tag, cond, _ in preds)
        params = [p for _, _, ps in preds for p in ps]
        with self._mem_lock:
            found = self._mem.execute(sql, params).fetchall()
        lists: dict[str, dict[str, list]] = {tag: {} for tag, _, _ in preds}
        for tag, col, i in found:
            lists[tag].setdefault(col, []).append(i)
        out = {tag: {c: np.array(v, dtype=np.int64) for c, v in cols.items()} for tag, cols in lists.items()}
        with self._perm_lock:
            if len(self._found) > 1024:
                self._found.clear()
            self._found[key] = out
        return out

    def _in(self, name: str, codes) -> np.ndarray:
        """Rows of column `name` whose code is one of `codes` (a lookup table, not np.isin: ~10x faster)."""
        col = self.codes[name]
        if codes is None or len(codes) == 0:
            return np.zeros(len(col), dtype=bool)
        lut = np.zeros(len(self.vocab[name]) + 1, dtype=bool)  # the last slot is NULL (code -1)
        lut[codes] = True
        return lut[col]

    def _eq(self, name: str, value) -> np.ndarray:
        code = self.lookup(name).get(value)
        col = self.codes[name]
        return np.zeros(len(col), dtype=bool) if code is None else col == code

    def _memo(self, key: tuple, compute) -> np.ndarray:
        """A filter's mask, remembered (a few dozen: each is one byte per event); callers copy before `&=`."""
        m = self._masks.get(key)
        if m is None:
            m = compute()
            with self._perm_lock:  # (large answers are computed in the thread pool)
                if len(self._masks) >= _MAX_MASKS:
                    self._masks.pop(next(iter(self._masks)), None)
                self._masks[key] = m
        return m

    def _via(self, event_rows: np.ndarray, hit: np.ndarray) -> np.ndarray:
        """Events that have at least one hit among their actor / location rows."""
        mask = np.zeros(self.n, dtype=bool)
        mask[event_rows[hit]] = True
        return mask

    def mask(self, *, since=None, until=None, country=None, type=None, actor=None, bbox=None, source=None,
             status=None, doc_id=None, q=None) -> np.ndarray | None:
        """Rows matching the filters (None: all rows), with exactly the semantics of `queries.event_where`."""
        until = Q.check_filters(since=since, until=until, country=country, status=status)
        masks: list[np.ndarray] = []
        preds: list[tuple[str, str, list]] = []
        if type:
            preds.append(("type", "col IN ('event_type', 'sub_event_type', 'case_label', 'plover_event') "
                                  "AND lower(v) = lower(?)", [type]))
        if since:  # coalesce(e.date_end, e.date) >= since: a suffix of the sorted distinct values
            preds.append(("since", "col = 'date_to' AND v >= ?", [since]))
        if until:  # e.date <= until: a prefix
            preds.append(("until", "col = 'date' AND v <= ?", [until]))
        if actor:
            a = actor.strip()
            preds.append(("actor", "(col = 'a_name' AND v ILIKE ?) OR (col IN ('a_country', 'a_sector') "
                                   "AND v = upper(?))", [f"%{a}%", a]))
        if source:
            preds.append(("source", "col = 'source' AND v ILIKE ?", [f"%{source.strip()}%"]))
        if q:
            preds.append(("q", "col IN ('location', 'source', 'sub_event_type') AND v ILIKE ?", [f"%{q}%"]))
        found = self._matching(preds) if preds else {}
        if country:
            c = country.upper()
            masks.append(self._memo(("country", c), lambda: (
                self._eq("country", c) | self._eq("country_iso3", c)
                | self._via(self.l_event, self._eq("l_country", _iso2(c) or c)))).copy())
        if type:
            m = np.zeros(self.n, dtype=bool)
            for name in _TYPE_COLS:
                m |= self._in(name, found["type"].get(name))
            masks.append(m)
        if since:
            masks.append(self._in("date_to", found["since"].get("date_to")))
        if until:
            masks.append(self._in("date", found["until"].get("date")))
        if status:
            masks.append(self._eq("status", status))
        if actor:
            def by_actor():
                hit = np.zeros(len(self.a_event), dtype=bool)
                for name in ("a_name", "a_country", "a_sector"):
                    hit |= self._in(name, found["actor"].get(name))
                return self._via(self.a_event, hit)
            masks.append(self._memo(("actor", actor.strip()), by_actor).copy())
        box = Q.parse_bbox(bbox) if isinstance(bbox, str) else bbox
        if box:
            minlon, minlat, maxlon, maxlat = box
            with np.errstate(invalid="ignore"):
                m = (self.lat >= minlat) & (self.lat <= maxlat)
                if minlon <= maxlon:
                    m &= (self.lon >= minlon) & (self.lon <= maxlon)
                else:
                    m &= (self.lon >= minlon) | (self.lon <= maxlon)
            masks.append(m)
        if source:
            masks.append(self._in("source", found["source"].get("source")))
        if doc_id:
            masks.append(self._eq("doc_id", doc_id))
        if q:
            m = self._eq("id", q)
            for name in ("location", "source", "sub_event_type"):
                m |= self._in(name, found["q"].get(name))
            masks.append(m)
        if not masks:
            return None
        out = masks[0]
        for m in masks[1:]:
            out &= m
        return out

    # --- order ----------------------------------------------------------------------------------------
    def perm(self, keys: list[tuple[str, bool]]) -> np.ndarray:
        """Row positions in the order of `queries.order_by(keys)`: each column NULLS LAST, then the id."""
        key = tuple(keys)
        perm = self._perms.get(key)
        if perm is not None:
            return perm
        sort_keys = [self.codes["id"]]
        for name, desc in reversed(keys):
            for column in reversed(_SORT_COLUMNS[name]):
                c = self.codes[column].astype(np.int64)
                big = len(self.vocab.get(column, ())) + self.n + 1
                sort_keys.append(np.where(c < 0, big, -c if desc else c))
        perm = np.lexsort(sort_keys).astype(np.int64)
        with self._perm_lock:
            if len(self._perms) >= _MAX_PERMS:
                self._perms.pop(next(iter(self._perms)))
            self._perms[key] = perm
        return perm

    def select(self, filters: dict, keys: list[tuple[str, bool]], extra: np.ndarray | None = None
               ) -> np.ndarray:
        mask = self.mask(**filters)
        if extra is not None:
            mask = extra if mask is None else mask & extra
        perm = self.perm(keys)
        return perm if mask is None else perm[mask[perm]]

    # --- the API's answers ----------------------------------------------------------------------------
    def actors_of(self, page: np.ndarray) -> list[list[dict[str, Any]]]:
        """Each row's actors (in table order), for rows `page`: one gather per column for the whole page."""
        starts, lens = self.a_start[page], self.a_start[page + 1] - self.a_start[page]
        total = int(lens.sum())
        first = np.repeat(starts - (np.cumsum(lens) - lens), lens)
        k = self.a_order[first + np.arange(total)]
        cols = list(zip(*(self.values(c, k) for c in _ACTOR_EXPR))) if total else []
        out, at = [], 0
        for n in lens.tolist():
            out.append([dict(zip(("role", "name", "country", "sector"), r)) for r in cols[at:at + n]])
            at += n
        return out

    def list_events(self, filters: dict, *, sort: str | None = None, limit: int = 100, offset: int = 0,
                    actors: bool = True) -> tuple[int, list[dict[str, Any]]]:
        sel = self.select(filters, Q.sort_keys(sort))
        page = sel[offset:offset + limit]
        items = self.rows(page)
        if actors:
            for item, acts in zip(items, self.actors_of(page)):
                item["actors"] = acts
        return int(len(sel)), items

    def events_geojson(self, filters: dict, *, limit: int = 10000, offset: int = 0) -> dict[str, Any]:
        located = ~np.isnan(self.lat) & ~np.isnan(self.lon)
        sel = self.select(filters, [("date", True)], located)
        page = sel[offset:offset + limit]
        keys = ("id", "doc_id", "date", "event_type", "sub_event_type", "status", "location", "country",
                "fatalities", "source")
        best, low = self.values("fatalities_best", page), self.values("fatalities_low", page)
        cols = {k: self.values(k, page) for k in keys if k != "fatalities"}
        cols["fatalities"] = [b if b is not None else w for b, w in zip(best, low)]
        features = [{"type": "Feature", "id": p[0], "geometry": {"type": "Point", "coordinates": [lon, lat]},
                     "properties": dict(zip(keys, p))}
                    for p, lon, lat in zip(zip(*(cols[k] for k in keys)), self.values("lon", page),
                                           self.values("lat", page))]
        return {"type": "FeatureCollection", "features": features, "total": int(len(sel)), "limit": limit,
                "offset": offset}

    def events_points(self, filters: dict, *, limit: int = 10000, offset: int = 0) -> dict[str, Any]:
        located = ~np.isnan(self.lat) & ~np.isnan(self.lon)
        sel = self.select(filters, [("date", True)], located)
        page = sel[offset:offset + limit]
        cols = {name: self.values(name, page) for name in ("id", "date", "lon", "lat", "event_type", "sub_event_type",
                                                           "location")}
        best, low = self.values("fatalities_best", page), self.values("fatalities_low", page)
        cols["fatalities"] = [b if b is not None else w for b, w in zip(best, low)]
        return Q.points_payload(cols, int(len(sel)), limit, offset)

    def timeline(self, filters: dict) -> list[dict[str, Any]]:
        mask = self.mask(**filters)
        codes = self.codes["date"] if mask is None else self.codes["date"][mask]
        if not len(codes):
            return []
        fat = np.where(np.isnan(self.fat_best), np.where(np.isnan(self.fat_low), 0.0, self.fat_low), self.fat_best)
        if mask is not None:
            fat = fat[mask]
        vocab = self.vocab["date"]
        slot = np.where(codes < 0, len(vocab), codes)  # NULL dates last
        counts = np.bincount(slot, minlength=len(vocab) + 1)
        sums = np.bincount(slot, weights=fat, minlength=len(vocab) + 1)
        return [{"date": vocab[k] if k < len(vocab) else None, "events": int(counts[k]), "fatalities": float(sums[k])}
                for k in np.flatnonzero(counts).tolist()]


class EventIndex:
    """The current `Snapshot` of a `Database`, rebuilt when a write made it stale."""

    def __init__(self, db, sync_max: int | None = None):
        self.db = db
        self.sync_max = SYNC_MAX if sync_max is None else sync_max
        self.enabled = _enabled()
        self._snap: Snapshot | None = None
        self._lock = threading.Lock()  # starting the background thread
        self._build_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._last_n: int | None = None
        self.builds = 0
        self.error: str | None = None

    def status(self) -> dict[str, Any]:
        snap = self._snap
        fresh = snap is not None and snap.generation == self.db.generation
        return {"enabled": self.enabled, "ready": fresh, "events": snap.n if snap else None,
                "build_s": round(snap.build_s, 3) if snap else None, "builds": self.builds, "error": self.error}

    def get(self) -> Snapshot | None:
        """The snapshot if it is current; None means: answer with SQL (a rebuild may be under way)."""
        snap = self._snap
        if snap is not None and snap.generation == self.db.generation:
            return snap
        if not self.enabled:
            return None
        if self._last_n is None:
            with self.db.read() as con:
                self._last_n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        if self._last_n > _max_events():
            return None
        if self._last_n <= self.sync_max:
            return self.rebuild()
        self.start()
        return None

    def start(self) -> None:
        """Rebuild in a background thread (one at a time)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self.rebuild, name="sitrep-event-index", daemon=True)
            self._thread.start()

    def wait(self, timeout: float = 120) -> Snapshot | None:
        t = self._thread
        if t is not None:
            t.join(timeout)
        return self.get()

    def rebuild(self) -> Snapshot | None:
        with self._build_lock:
            snap = self._snap
            generation = self.db.generation
            if snap is not None and snap.generation == generation:
                return snap
            con = self.db.fresh_cursor()
            try:
                new = Snapshot(con, generation)
            except Exception as exc:  # the SQL path still answers; say why in /api/health
                log.exception("event index build failed")
                self.error = f"{type(exc).__name__}: {exc}"
                self.enabled = False
                return None
            finally:
                con.close()
            # the old snapshot is not closed here: a request may still be reading it (the GC frees it)
            self._snap, self._last_n, self.error = new, new.n, None
            self.builds += 1
            return new if new.generation == self.db.generation else None

    def close(self) -> None:
        t = self._thread
        if t is not None and t.is_alive():
            t.join(30)
        if self._snap is not None:
            self._snap.close()
            self._snap = None
