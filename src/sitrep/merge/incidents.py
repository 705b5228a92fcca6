"""Incidents: events from different documents that describe the same thing, merged incrementally.

Events are assigned greedily in a canonical order (event date, publication time, document id, event
number), never in arrival order: an event joins the best-scoring earlier incident where it is compatible
(see `compare`) with more than half of the members (on equal scores, the incident with more members), else
it founds a new incident whose id is derived from its own id. Because an event's assignment depends only on the events before it in that order, an
incremental update re-runs the assignment from the first new event onwards and gives exactly what a batch
run over the same documents gives, whatever order they were ingested in.

An event with a type but no date (or no place and no actor country) cannot be compared with others: it is an
incident of its own, listed like the rest; the same event in a copy of its article (a near-duplicate text, see
`dedup`) joins that incident as a duplicate, not counted. Historical background and untyped events join no incident;
`unlisted` counts them, so that the incidents and a report counting every event can be told apart.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from typing import Any

from . import contra
from . import dedup
from .compare import Feat, compare, features
from .schema import ensure

WINDOW_DAYS = 3  # how far back earlier incidents can still take a new event (date gap ≤ 1, plus ranges)
NEAR_MISSES = 3
# events that cannot be compared with others but are events all the same: each is an incident of its own
ALONE = frozenset({"no date", "no location and no actor country"})


def _con(store):
    return getattr(store, "con", store)


def incident_id(first_event_id: str) -> str:
    return "inc-" + hashlib.sha1(first_event_id.encode()).hexdigest()[:12]


def _rows(con, sql: str, params=()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _has_tables(con) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'incident_events'").fetchone()
    return bool(row and row[0])


def _load(con, where: str, params=()) -> list[tuple[Feat, dict]]:
    rows = con.execute(
        "SELECT e.id, e.doc_id, e.json, coalesce(CAST(d.published_utc AS VARCHAR), d.published) "
        f"FROM events e LEFT JOIN documents d ON d.id = e.doc_id {where}", list(params)).fetchall()
    out = []
    for eid, doc_id, js, pub in rows:
        ev = json.loads(js)
        ev["id"] = eid
        out.append((features(ev, doc_id, pub), ev))
    return out


# --- update ------------------------------------------------------------------------------------------------
def update(store, doc_ids: list[str] | None = None) -> dict[str, Any]:
    """Assign the events of `doc_ids` (None: every document not merged yet) to incidents, detect
    near-duplicate documents and refresh the contradictions of every incident that changed."""
    con = _con(store)
    ensure(con)
    con.execute("BEGIN TRANSACTION")
    try:
        result = _update(con, doc_ids)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return result


def _update(con, doc_ids: list[str] | None) -> dict[str, Any]:
    touched_incidents: set[str] = set()
    # forget what no longer exists (documents re-ingested with new content, or deleted)
    stale = con.execute("SELECT incident_id FROM incident_events WHERE event_id NOT IN (SELECT id FROM events)").fetchall()
    touched_incidents |= {r[0] for r in stale if r[0]}
    con.execute("DELETE FROM incident_events WHERE event_id NOT IN (SELECT id FROM events)")
    changed_docs = {r[0] for r in con.execute(
        "SELECT s.doc_id FROM doc_signatures s LEFT JOIN documents d ON d.id = s.doc_id "
        "WHERE d.id IS NULL OR d.hash <> s.hash").fetchall()}
    for d in changed_docs:
        con.execute("DELETE FROM doc_signatures WHERE doc_id = ?", [d])
        con.execute("DELETE FROM near_duplicates WHERE doc_a = ? OR doc_b = ?", [d, d])
        con.execute("DELETE FROM duplicates WHERE doc_id = ? OR duplicate_of = ?", [d, d])
        con.execute("DELETE FROM contradictions WHERE doc_id = ?", [d])
    existing = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
    if doc_ids is None:
        todo = {r[0] for r in con.execute(
            "SELECT DISTINCT doc_id FROM events WHERE id NOT IN (SELECT event_id FROM incident_events)").fetchall()}
        todo |= {r[0] for r in con.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_signatures)").fetchall()}
    else:
        todo = {d for d in doc_ids if d in existing}
    todo |= changed_docs & existing
    todo_list = sorted(todo)
    # near-duplicate documents
    dup_changed = dedup.update(con, todo_list) if todo_list else []
    # events to (re)assign
    if todo_list:
        old = con.execute(f"SELECT DISTINCT incident_id FROM incident_events WHERE doc_id IN ({_qs(todo_list)})",
                          todo_list).fetchall()
        touched_incidents |= {r[0] for r in old if r[0]}
        con.execute(f"DELETE FROM incident_events WHERE doc_id IN ({_qs(todo_list)})", todo_list)
        new = _load(con, f"WHERE e.doc_id IN ({_qs(todo_list)})", todo_list)
    else:
        new = []
    skipped = 0
    copies = dict(con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())
    alone: list[tuple[Feat, dict, str]] = []
    for f, ev in new:
        why = ("historical background" if ev.get("historical") else None) or f.mergeable
        if why in ALONE:
            alone.append((f, ev, why))
        elif why:
            skipped += 1
            con.execute("INSERT INTO incident_events VALUES (?, NULL, ?, NULL, ?, NULL)",
                        [f.id, f.doc_id, json.dumps({"skipped": why})])
    alone += _alone_of_copies(con, dup_changed, set(todo_list), touched_incidents)
    _place_alone(con, alone, copies, touched_incidents)
    fresh = [f for f, ev in new if not f.mergeable and not ev.get("historical")]
    assigned = _assign(con, fresh, touched_incidents) if fresh else 0
    # incidents holding copies whose original changed
    if dup_changed:
        rows = con.execute(f"SELECT DISTINCT incident_id FROM incident_events WHERE doc_id IN ({_qs(dup_changed)}) "
                           "AND incident_id IS NOT NULL", dup_changed).fetchall()
        touched_incidents |= {r[0] for r in rows}
    touched = sorted(i for i in touched_incidents if i)
    for inc in touched:
        _mark_duplicates(con, inc)
        _summarise(con, inc)
    n_contra = contra.refresh(con, touched, todo_list)
    return {"documents": len(todo_list), "events": len(new), "assigned": assigned, "skipped": skipped,
            "incidents_touched": len(touched), "duplicates_changed": len(dup_changed), "contradictions": n_contra,
            "incidents": con.execute("SELECT count(*) FROM incidents").fetchone()[0]}


def _alone_of_copies(con, dup_changed: list[str], done: set[str], touched: set[str]) -> list[tuple[Feat, dict, str]]:
    """The events alone in their incident (no date, or no place) of documents whose original changed but which
    are not redone: they are placed again, as their copy status decides which incident they belong to."""
    docs = sorted(set(dup_changed) - done)
    if not docs:
        return []
    rows = con.execute(f"SELECT event_id, incident_id, reasons FROM incident_events WHERE doc_id IN ({_qs(docs)}) "
                       "AND incident_id IS NOT NULL", docs).fetchall()
    why = {eid: json.loads(r or "{}").get("alone") for eid, _, r in rows}
    ids = sorted(e for e, w in why.items() if w)
    if not ids:
        return []
    touched |= {inc for eid, inc, _ in rows if eid in ids}
    con.execute(f"DELETE FROM incident_events WHERE event_id IN ({_qs(ids)})", ids)
    return [(f, ev, why[f.id]) for f, ev in _load(con, f"WHERE e.id IN ({_qs(ids)})", ids)]


def _place_alone(con, alone: list[tuple[Feat, dict, str]], copies: dict[str, str], touched: set[str]) -> None:
    """An event with a type but no date (or no place) is an incident of its own, since nothing tells which other
    report's incident it would be; but the same event in a copy of its article (a syndicated or re-posted copy,
    same text under another id) is the same report again: it joins the incident of the original's event of the
    same type (the most alike: sub-event type, place), where it is marked a duplicate and not counted."""
    # originals first, so that a copy placed in the same run finds its original's incident
    alone = sorted(alone, key=lambda x: (x[0].doc_id in copies, x[0].key, x[0].id))
    used: set[tuple[str, str]] = set()  # (copy, original's event): one event of the original per event of a copy
    for f, _, why in alone:
        inc, reasons = None, {"new_incident": True, "alone": why, "near_misses": []}
        orig = copies.get(f.doc_id)
        if orig:
            me = con.execute("SELECT location FROM events WHERE id = ?", [f.id]).fetchone()
            cands = [r for r in _rows(con, "SELECT l.event_id, l.incident_id, l.reasons, e.event_type, "
                                           "e.sub_event_type, e.location FROM incident_events l JOIN events e "
                                           "ON e.id = l.event_id WHERE l.doc_id = ? AND l.incident_id IS NOT NULL "
                                           "ORDER BY l.event_id", [orig])
                     if json.loads(r["reasons"] or "{}").get("alone") and r["event_type"] == f.event_type
                     and (f.doc_id, r["event_id"]) not in used]
            if cands:
                best = min(cands, key=lambda r: (-((r["sub_event_type"] == f.sub_event_type)
                                                   + (me is not None and r["location"] == me[0])), r["event_id"]))
                used.add((f.doc_id, best["event_id"]))
                inc = best["incident_id"]
                reasons = {"alone": why, "copy_of": best["event_id"], "near_misses": []}
        inc = inc or incident_id(f.id)
        touched.add(inc)
        con.execute("INSERT INTO incident_events VALUES (?, ?, ?, NULL, ?, NULL)",
                    [f.id, inc, f.doc_id, json.dumps(reasons)])


def _qs(items) -> str:
    return ",".join("?" * len(items))


def _assign(con, fresh: list[Feat], touched: set[str]) -> int:
    fresh.sort(key=lambda f: f.key)
    k0 = fresh[0].key
    start = fresh[0].start - dt.timedelta(days=WINDOW_DAYS)
    fresh_ids = {f.id for f in fresh}
    # the linked events from the window on: those before the first new event stay, the rest are redone
    linked = _load(con, "JOIN incident_events l ON l.event_id = e.id WHERE l.incident_id IS NOT NULL "
                        "AND coalesce(e.date_end, e.date) >= ?", [start.isoformat()])
    inc_of = dict(con.execute("SELECT event_id, incident_id FROM incident_events WHERE incident_id IS NOT NULL")
                  .fetchall())
    members: dict[str, list[Feat]] = {}
    redo: list[Feat] = []
    for f, _ in linked:
        if f.id in fresh_ids or f.mergeable:  # (an incident of its own: compared with nothing)
            continue
        if f.key < k0:
            members.setdefault(inc_of[f.id], []).append(f)
        else:
            redo.append(f)
            touched.add(inc_of[f.id])
    if redo:
        ids = [f.id for f in redo]
        con.execute(f"DELETE FROM incident_events WHERE event_id IN ({_qs(ids)})", ids)
    # members before the window count against the "half the members" rule: they are too old to match
    outside: Counter = Counter()
    if members:
        incs = sorted(members)
        for inc, n in con.execute(f"SELECT incident_id, count(*) FROM incident_events WHERE incident_id IN "
                                  f"({_qs(incs)}) GROUP BY incident_id", incs).fetchall():
            outside[inc] = n - len(members[inc])
    by_day: dict[dt.date, set[str]] = {}

    def index(inc: str, f: Feat) -> None:
        d = f.start
        while d <= f.end:
            by_day.setdefault(d, set()).add(inc)
            d += dt.timedelta(days=1)

    for inc, fs in members.items():
        for f in fs:
            index(inc, f)
    rows = []
    for f in sorted(redo + fresh, key=lambda x: x.key):
        cands: set[str] = set()
        d = f.start - dt.timedelta(days=2)
        while d <= f.end + dt.timedelta(days=2):
            cands |= by_day.get(d, set())
            d += dt.timedelta(days=1)
        viable, near = [], []
        for inc in sorted(cands):
            comps = [compare(f, m) for m in members[inc]]
            ok = [c for c in comps if c["ok"]]
            n = len(comps) + outside[inc]
            if ok and 2 * len(ok) > n:
                score = sum(c["score"] for c in ok) / len(ok)
                anchor = min(ok, key=lambda c: (-c["score"], c["event_b"]))
                viable.append((round(score, 3), inc, anchor, len(ok), n))
            else:
                top = min(comps, key=lambda c: (-c["score"], c["event_b"]))
                why = None if top["why_not"] else f"compatible with {len(ok)} of {n} members only"
                near.append(_near(inc, top, why))
        # equal scores (a vague report that fits several incidents): the incident with more reports, the
        # likelier referent, then the id
        viable.sort(key=lambda v: (-v[0], -v[4], v[1]))
        best = viable[0] if viable else None
        near += [_near(v[1], v[2], "a better-scoring incident was chosen") for v in viable[1:]]
        near.sort(key=lambda x: (-x["score"], x["incident_id"]))
        near = [x for x in near if x["score"] >= 0.3][:NEAR_MISSES]
        if best is None:
            inc = incident_id(f.id)
            reasons = {"new_incident": True, "near_misses": near}
            score = None
        else:
            inc, score = best[1], best[0]
            reasons = {k: v for k, v in best[2].items() if k not in ("ok", "why_not")}
            reasons.update({"anchor": best[2]["event_b"], "compatible_with": best[3], "members": best[4],
                            "score": score, "near_misses": near})
        members.setdefault(inc, []).append(f)
        index(inc, f)
        touched.add(inc)
        rows.append([f.id, inc, f.doc_id, score, json.dumps(reasons, default=str), None])
    if rows:
        con.executemany("INSERT INTO incident_events VALUES (?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def _near(inc: str, comp: dict, why: str | None) -> dict:
    return {"incident_id": inc, "event_id": comp["event_b"], "score": comp["score"],
            "why_not": comp["why_not"] or ([why] if why else []),
            "distance_km": comp.get("distance_km"), "date_gap_days": comp.get("date_gap_days"),
            "type_match": comp.get("type_match")}


# --- duplicates and summaries --------------------------------------------------------------------------------
def _mark_duplicates(con, inc: str) -> None:
    links = _rows(con, "SELECT l.event_id, l.doc_id, e.event_type, e.sub_event_type, e.location, d.duplicate_of AS orig "
                       "FROM incident_events l JOIN events e ON e.id = l.event_id "
                       "LEFT JOIN duplicates d ON d.doc_id = l.doc_id WHERE l.incident_id = ? ORDER BY l.event_id", [inc])
    for link in links:
        target = None
        if link["orig"]:
            same_doc = [x for x in links if x["doc_id"] == link["orig"]]
            if same_doc:
                target = min(same_doc, key=lambda x: (-((x["event_type"] == link["event_type"]) +
                                                        (x["sub_event_type"] == link["sub_event_type"]) +
                                                        (x["location"] == link["location"])), x["event_id"]))["event_id"]
        con.execute("UPDATE incident_events SET duplicate_of = ? WHERE event_id = ?", [target, link["event_id"]])


def _summarise(con, inc: str) -> None:
    con.execute("DELETE FROM incidents WHERE id = ?", [inc])
    rows = con.execute("SELECT e.json, l.doc_id, l.duplicate_of FROM incident_events l JOIN events e "
                       "ON e.id = l.event_id WHERE l.incident_id = ? ORDER BY e.id", [inc]).fetchall()
    if not rows:
        return
    evs = [json.loads(r[0]) for r in rows if not r[2]]
    n_dup = sum(1 for r in rows if r[2])
    docs = {r[1] for r in rows if not r[2]}
    types = Counter((e.get("acled") or {}).get("event_type") for e in evs)
    etype = sorted(types.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0][0]
    subs = sorted({(e.get("acled") or {}).get("sub_event_type") or "" for e in evs} - {""})
    dates = sorted(d for e in evs for d in (e.get("date"), e.get("date_end")) if d)
    rank = {"town": 0, "district": 1, "province": 2, "region": 3, "country": 4}
    locs = [l for e in evs for l in e.get("locations") or [] if l.get("lat") is not None]
    from .compare import _precision
    finest = min((rank.get(_precision(l), 5) for l in locs), default=5)
    fine = [l for l in locs if rank.get(_precision(l), 5) == finest]
    names = Counter(l.get("name") for l in fine)
    location = sorted(names.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0][0] if names else None
    lat = sum(l["lat"] for l in fine) / len(fine) if fine else None
    lon = sum(l["lon"] for l in fine) / len(fine) if fine else None
    ccs = Counter(l.get("country") for l in locs if l.get("country"))
    country = sorted(ccs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if ccs else None
    countries = sorted({a["country"] for e in evs for a in e.get("actors") or [] if a.get("country")})
    lows, highs = [], []
    for e in evs:
        fat = [q for q in e.get("quantities") or [] if q.get("kind") == "fatalities" and not q.get("cumulative")]
        if fat:
            low, high = _event_toll(fat)
            lows.append(low)
            highs.append(high)
    summary = {"id": inc, "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
               "event_type": etype, "sub_event_types": subs, "location": location, "country": country,
               "lat": lat, "lon": lon, "countries": countries, "n_events": len(evs), "n_documents": len(docs),
               "n_duplicates": n_dup, "fatalities_low": min(lows) if lows else None,
               "fatalities_high": max(highs) if highs else None}
    con.execute("INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [inc, summary["first_date"], summary["last_date"], etype, json.dumps(subs), location, country,
                 lat, lon, json.dumps(countries), len(evs), len(docs), n_dup, summary["fatalities_low"],
                 summary["fatalities_high"], json.dumps(summary)])


# --- reads ----------------------------------------------------------------------------------------------------
def incidents(store, *, country: str | None = None, type: str | None = None, since: str | None = None,
              until: str | None = None, min_documents: int | None = None, limit: int | None = None,
              offset: int = 0) -> list[dict[str, Any]]:
    """Incident summaries, newest first, filtered like `Store.events`."""
    con = _con(store)
    if not _has_tables(con):
        return []
    where, params = _incident_filters(country=country, type=type, since=since, until=until,
                                      min_documents=min_documents)
    sql = f"SELECT id, json FROM incidents {where} ORDER BY first_date DESC NULLS LAST, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    out = []
    counts = contra.counts(con)
    for inc, js in con.execute(sql, params).fetchall():
        item = json.loads(js)
        item["n_contradictions"] = counts.get(inc, 0)
        out.append(item)
    return out


def count_incidents(store, **filters) -> int:
    """How many incidents `incidents(store, **filters)` lists without a limit."""
    con = _con(store)
    if not _has_tables(con):
        return 0
    where, params = _incident_filters(**filters)
    return con.execute(f"SELECT count(*) FROM incidents {where}", params).fetchone()[0]


def _incident_filters(*, country: str | None = None, type: str | None = None, since: str | None = None,
                      until: str | None = None, min_documents: int | None = None) -> tuple[str, list]:
    """The WHERE clause (or "") and its parameters of the incidents' filters."""
    clauses, params = [], []
    if country:
        c = country.upper()
        clauses.append("(country = ? OR countries LIKE ?)")
        params += [_iso2(c), f'%"{_iso3(c)}"%']
    if type:
        # as `sitrep events --type` reads it: an ACLED type or sub-type, a CASE or PLOVER label of any of the
        # incident's events (a LIKE on the sub-types' JSON took "_" for a wildcard and knew no CASE or PLOVER)
        clauses.append("(lower(event_type) = lower(?) OR id IN (SELECT l.incident_id FROM incident_events l "
                       "JOIN events e ON e.id = l.event_id WHERE lower(e.event_type) = lower(?) "
                       "OR lower(e.sub_event_type) = lower(?) OR lower(e.case_label) = lower(?) "
                       "OR lower(e.plover_event) = lower(?)))")
        params += [type] * 5
    if since:
        clauses.append("last_date >= ?")
        params.append(since)
    if until:
        clauses.append("first_date <= ?")
        params.append(until)
    if min_documents:
        clauses.append("n_documents >= ?")
        params.append(int(min_documents))
    return (("WHERE " + " AND ".join(clauses)) if clauses else ""), params


def unlisted(store) -> dict[str, int]:
    """The store's events that are in no incident, counted by why: "historical background", "no event type",
    or "not merged yet" (stored since the last merge)."""
    con = _con(store)
    if not _has_tables(con):
        n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"not merged yet": n} if n else {}
    out: Counter = Counter()
    for (reasons,) in con.execute("SELECT reasons FROM incident_events WHERE incident_id IS NULL").fetchall():
        out[json.loads(reasons or "{}").get("skipped") or "not merged"] += 1
    n = con.execute("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM incident_events)").fetchone()[0]
    if n:
        out["not merged yet"] += n
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def incident(store, id: str) -> dict[str, Any] | None:
    """One incident with its reports side by side: one entry per document (outlet, source chains, each
    event's figures, evidence, link score and reasons), plus its contradictions."""
    con = _con(store)
    if not _has_tables(con):
        return None
    row = con.execute("SELECT json FROM incidents WHERE id = ?", [id]).fetchone()
    if row is None:
        return None
    out = json.loads(row[0])
    links = _rows(con, "SELECT l.event_id, l.doc_id, l.score, l.reasons, l.duplicate_of, e.json, d.title, d.outlet, "
                       "d.published, d.author, dup.duplicate_of AS doc_duplicate_of FROM incident_events l "
                       "JOIN events e ON e.id = l.event_id LEFT JOIN documents d ON d.id = l.doc_id "
                       "LEFT JOIN duplicates dup ON dup.doc_id = l.doc_id WHERE l.incident_id = ? "
                       "ORDER BY coalesce(d.published_utc, try_cast(left(d.published, 10) AS TIMESTAMP)) NULLS LAST, l.doc_id, "
                       "l.event_id", [id])
    reports: dict[str, dict] = {}
    for link in links:
        ev = json.loads(link["json"])
        rep = reports.setdefault(link["doc_id"], {
            "doc_id": link["doc_id"], "title": link["title"], "outlet": link["outlet"],
            "published": link["published"], "author": link["author"],
            "duplicate_of": link["doc_duplicate_of"], "events": []})
        rep["events"].append({
            "event_id": link["event_id"], "score": link["score"], "reasons": json.loads(link["reasons"] or "{}"),
            "duplicate_of": link["duplicate_of"], "acled": ev.get("acled"), "date": ev.get("date"),
            "date_end": ev.get("date_end"), "time": ev.get("time"), "status": ev.get("status"),
            "actors": ev.get("actors"), "locations": ev.get("locations"), "quantities": ev.get("quantities"),
            "sources": ev.get("sources"), "evidence": ev.get("evidence")})
    out["reports"] = list(reports.values())
    out["contradictions"] = contra.contradictions(con, id)
    return out


def explain(store, event_a: str, event_b: str) -> dict[str, Any]:
    """Why two events are, or are not, in the same incident: the pairwise comparison, and each event's link."""
    con = _con(store)
    loaded = {f.id: f for f, _ in _load(con, "WHERE e.id IN (?, ?)", [event_a, event_b])}
    missing = [e for e in (event_a, event_b) if e not in loaded]
    if missing:
        return {"error": f"no such event: {', '.join(missing)}"}
    fa, fb = loaded[event_a], loaded[event_b]
    out = compare(fa, fb)
    for name, f in (("a", fa), ("b", fb)):
        if f.mergeable:
            out["why_not"] = out["why_not"] + [f"event {name}: {f.mergeable}"]
            out["ok"] = False
    links = {}
    if _has_tables(con):
        for eid, inc, score, reasons in con.execute(
                "SELECT event_id, incident_id, score, reasons FROM incident_events WHERE event_id IN (?, ?)",
                [event_a, event_b]).fetchall():
            links[eid] = {"incident_id": inc, "score": score, "reasons": json.loads(reasons or "{}")}
    out["incident_a"] = links.get(event_a)
    out["incident_b"] = links.get(event_b)
    ia, ib = (links.get(event_a) or {}).get("incident_id"), (links.get(event_b) or {}).get("incident_id")
    out["same_incident"] = bool(ia) and ia == ib
    return out


def _iso2(code: str) -> str:
    from ..store import _iso2 as store_iso2

    return (store_iso2(code) if len(code) == 3 else None) or code


def _iso3(code: str) -> str:
    from ..store import _iso3 as store_iso3

    return (store_iso3(code) if len(code) == 2 else None) or code


_GENERIC_ITEMS = frozenset({"", "people", "person", "persons", "dead", "others", "other"})


def _event_toll(fat: list[dict]) -> tuple[float, float]:
    """One event's death toll from its figures: different groups add up ("three soldiers and two rebels"), two
    figures of one group are two counts of it (the higher is kept: "at least 70 soldiers", told by one side, "30 to
    40 soldiers", by another), and a toll of "people" holds the groups named beside it ("four people ... a mother
    and her three children")."""
    groups: dict[str, tuple[float, float]] = {}
    for q in fat:
        lo = (q.get("low") if q.get("low") is not None else q.get("best")) or 0
        hi = (q.get("high") if q.get("high") is not None else q.get("best")) or (q.get("low") or 0)
        item = ((q.get("item") or "").lower().split() or [""])[-1]
        item = item[:-1] if item.endswith("s") and not item.endswith("ss") else item
        key = "" if item + "s" in _GENERIC_ITEMS or item in _GENERIC_ITEMS else item
        old = groups.get(key, (0, 0))
        groups[key] = (max(old[0], lo), max(old[1], hi))
    generic = groups.pop("", None)
    low = sum(v[0] for v in groups.values())
    high = sum(v[1] for v in groups.values())
    if generic is not None:
        low, high = max(low, generic[0]), max(high, generic[1])
    return low, high
