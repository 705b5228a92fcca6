"""Count a situation report out of the store.

Aggregates (events by type, by status, per day, the fatality sums, the map points) come from SQL over the
relational tables, so a report over 10,000 events parses no event JSON. Only the items a reader sees (the
top incidents, the claims ledger, the event index, capped at `limit`) are loaded in full, and only their
documents' texts are read to quote the evidence.
"""
from __future__ import annotations

from ..store import parse_bbox as store_parse_bbox

import datetime as dt
import json
from collections import Counter, defaultdict
from typing import Any, Iterable

from ..errors import SitrepError
from .model import (Account, ClaimEntry, Contradiction, DocSource, Figure, Incident, IndexEntry, Point, Ref,
                    Report, Response, Side, SideTotal, Span)

UNTYPED = "(untyped)"
# A list of ids bound as one string: DuckDB converts each element of a Python list parameter separately
# (and tries to import pandas for each), which costs more than the query for a few thousand ids.
IDS = "(SELECT unnest(string_split(?, chr(31))))"
FATAL = "fatalities"


def build_report(store, since: str | None = None, until: str | None = None, country: str | None = None,
                 bbox: Any = None, incident: str | None = None, *, ui_base: str | None = None,
                 limit: int = 25) -> Report:
    """Everything the report prints, counted from `store` (a `sitrep.store.Store`) for the filters given.

    `bbox` is "minlon,minlat,maxlon,maxlat" or a 4-tuple; `incident` an incident id from `sitrep.merge`
    (or an event id when the merge module is not installed); `ui_base` the URL the web UI is served at,
    to link evidence to its event pages; `limit` caps every list.
    """
    return _Builder(store, limit, ui_base).build(since=since, until=until, country=country, bbox=bbox,
                                                 incident=incident)


def _merge():
    """`sitrep.merge` when it is installed and usable, else None."""
    try:
        from .. import merge
    except Exception:
        return None
    return merge if hasattr(merge, "incidents") else None


def _get(obj, *names, default=None):
    for n in names:
        if isinstance(obj, dict) and n in obj:
            return obj[n]
        if not isinstance(obj, dict) and hasattr(obj, n):
            return getattr(obj, n)
    return default


class _Builder:
    def __init__(self, store, limit: int, ui_base: str | None):
        self.store = store
        self.con = store.con
        self.limit = max(1, int(limit))
        self.ui_base = ui_base
        self.refs: dict[tuple, Ref] = {}
        self.notes: list[str] = []

    # --- helpers ----------------------------------------------------------------------------------------
    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    def fig(self, f: Figure) -> Figure:
        """Register a figure's span for the appendix (only figures the report prints get one)."""
        if not f.ref:
            f.ref = self.ref(f.doc_id, f.start, f.end, f.text, event_id=f.event_id)
        return f

    def ref(self, doc_id: str, start: int | None, end: int | None, text: str | None, *, event_id=None,
            claim_id=None) -> str:
        key = (doc_id, start, end)
        r = self.refs.get(key)
        if r is None:
            r = Ref(f"ev-{len(self.refs) + 1}", doc_id, int(start or 0), int(end or 0), text or "",
                    event_id=event_id, claim_id=claim_id)
            self.refs[key] = r
        else:
            r.event_id = r.event_id or event_id
            r.claim_id = r.claim_id or claim_id
        return r.id

    # --- the event set ----------------------------------------------------------------------------------
    def where(self, since, until, country, bbox, incident) -> tuple[str, list]:
        """The store's filters plus bbox and incident (the API's `event_where` would import FastAPI)."""
        from ..store import bbox_clause, event_filters

        from ..export.filters import check_country, check_date, until_bound

        since = check_date(since, "--since")
        until = until_bound(check_date(until, "--until"))  # until=2023-03 means up to the end of March
        country = check_country(country, "--country")
        where, params = event_filters(country=country, since=since, until=until)
        clauses = [where[len("WHERE "):]] if where else []
        box = parse_bbox(bbox)
        if box:
            more, values = bbox_clause(box)
            clauses += more
            params += values
        if incident:
            clauses.append(f"e.id IN {IDS}")
            params.append(_ids(self.incident_events(incident)))
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def has_table(self, name: str) -> bool:
        return bool(self.rows("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])[0][0])

    def incident_events(self, incident_id: str) -> list[str]:
        """The events of a merged incident (`sitrep.merge`'s `incident_events` table), or one event by id."""
        if self.has_table("incident_events"):
            ids = [r[0] for r in self.rows("SELECT event_id FROM incident_events WHERE incident_id = ? "
                                           "ORDER BY event_id", [incident_id])]
            if ids:
                return ids
        row = self.rows("SELECT date, event_type, geonameid, location, country FROM events WHERE id = ?",
                        [incident_id])
        if row:  # an event: the group of events the report would put it in (same day, type and place)
            date, etype, gid, loc, cc = row[0]
            key = _group_key(dict(id=incident_id, date=date, event_type=etype, geonameid=gid, location=loc,
                                  country=cc))
            same = self.rows("SELECT id, date, event_type, geonameid, location, country FROM events "
                             "WHERE date IS NOT DISTINCT FROM ? AND event_type IS NOT DISTINCT FROM ?", [date, etype])
            cols = ("id", "date", "event_type", "geonameid", "location", "country")
            return sorted(r[0] for r in same if _group_key(dict(zip(cols, r))) == key) or [incident_id]
        hint = "" if self.has_table("incident_events") else " (incidents are made by `sitrep incidents`)"
        raise SitrepError(f"no incident or event {incident_id!r} in {self.store.path}{hint}")

    # --- build ------------------------------------------------------------------------------------------
    def build(self, *, since, until, country, bbox, incident) -> Report:
        self.filt = dict(since=since, until=until, country=country, bbox=bbox)
        where, params = self.where(since, until, country, bbox, incident)
        self.sub = f"SELECT e.id FROM events e {where}"
        self.params = params
        ev = f"e.id IN ({self.sub})"

        # a document that names no outlet is not an outlet of its own: counted apart ("2 outlets; 5 articles name none")
        n_events, n_docs, n_outlets, n_no_outlet, first, last, undated, n_mapped = self.rows(
            f"SELECT count(*), count(DISTINCT e.doc_id), count(DISTINCT nullif(trim(d.outlet), '')), "
            f"count(DISTINCT e.doc_id) FILTER (WHERE nullif(trim(d.outlet), '') IS NULL), min(e.date), "
            f"max(coalesce(e.date_end, e.date)), count(*) FILTER (WHERE e.date IS NULL), "
            f"count(*) FILTER (WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL) "
            f"FROM events e LEFT JOIN documents d ON d.id = e.doc_id {where}", params)[0]
        by_type = [(t or UNTYPED, n) for t, n in self.rows(
            f"SELECT e.event_type, count(*) n FROM events e {where} GROUP BY 1 ORDER BY n DESC, 1", params)]
        by_status = self.rows(f"SELECT coalesce(e.status, 'reported'), count(*) n FROM events e {where} "
                              f"GROUP BY 1 ORDER BY n DESC, 1", params)
        timeline: dict[str, dict[str, int]] = defaultdict(dict)
        for day, t, n in self.rows(f"SELECT e.date, e.event_type, count(*) FROM events e {where} "
                                   f"AND e.date IS NOT NULL GROUP BY 1, 2 ORDER BY 1" if where else
                                   "SELECT e.date, e.event_type, count(*) FROM events e WHERE e.date IS NOT NULL "
                                   "GROUP BY 1, 2 ORDER BY 1", params):
            timeline[day[:10]][t or UNTYPED] = timeline[day[:10]].get(t or UNTYPED, 0) + n

        # documents and events, one row each (cheap columns only)
        self.docs = {r[0]: {"outlet": r[1], "title": r[2], "published": r[3], "url": r[4]} for r in self.rows(
            f"SELECT d.id, d.outlet, d.title, d.published, d.url FROM documents d "
            f"WHERE d.id IN (SELECT e.doc_id FROM events e {where})", params)}
        cols = ("id", "doc_id", "event_type", "sub_event_type", "date", "date_end", "status", "location",
                "geonameid", "country", "lat", "lon", "source")
        self.events = {r[0]: dict(zip(cols, r)) for r in self.rows(
            f"SELECT {', '.join('e.' + c for c in cols)} FROM events e {where} ORDER BY e.date NULLS LAST, e.id",
            params)}

        self.load_claims(ev)
        self.load_sources(ev)
        figures = self.load_figures(ev)
        incidents, origin = self.group(incident)
        shown = self.rank(incidents)

        per_event: dict[str, Span] = defaultdict(Span)
        cumulative = []
        # a syndicated or re-posted copy of an article repeats its original's figures: they are not another report
        figures = [f for f in figures if f.event_id not in self.dups]
        for f in figures:
            if f.kind != FATAL:
                continue
            if f.cumulative:
                cumulative.append(f)
            else:
                per_event[f.event_id] = per_event[f.event_id] + f.span
        reports = sum(per_event.values(), Span())
        dedup = Span()
        for inc in incidents:
            dedup = dedup + inc["fatalities"]

        by_side: dict[str, SideTotal] = {}
        for f in figures:
            if f.kind != FATAL or f.cumulative:
                continue
            st = by_side.get(f.side.key)
            if st is None:
                st = by_side[f.side.key] = SideTotal(f.side, Span(), 0)
            st.span = st.span + f.span
            st.figures.append(f)
        cap = max(3, self.limit // 3)
        for st in by_side.values():
            st.events = len({f.event_id for f in st.figures})
            st.n_figures = len(st.figures)
            for name in _unique(n for f in st.figures for n in f.side.names):
                if name not in st.side.names:
                    st.side.names.append(name)
        sides = sorted(by_side.values(), key=lambda s: (-(s.span.upper or 0), s.side.label))
        for i, st in enumerate(sides):  # evidence for the figures printed; the rest are counted
            st.figures = [self.fig(f) for f in st.figures[:cap]] if i < self.limit else []
        cumulative = [self.fig(f) for f in cumulative[:self.limit]]

        points = [Point(e["lon"], e["lat"], e["event_type"], e["id"], _place(e)) for e in self.events.values()
                  if e["lat"] is not None and e["lon"] is not None]
        claims, verdicts = self.claims_ledger(incidents)
        sources = self.source_list()
        index = self.event_index(by_type)
        for p in points:  # map markers link to the evidence of the events the report lists
            p.ref = self.event_refs.get(p.event_id)

        if origin == "grouped":
            self.notes.append("Incidents are grouped by day, place and ACLED type: "
                              + ("the store has not been merged into incidents (`sitrep incidents` does it)"
                                 if _merge() is not None else "the merge module is not installed")
                              + "; reports of one incident filed under different places or days are counted "
                                "separately.")
        if reports.n and dedup.n and (reports.low != dedup.low or reports.upper != dedup.upper):
            self.notes.append(f"The sum of every fatality figure as reported ({reports.text()}) counts an incident "
                              f"once per report; the headline takes each incident's lowest and highest report.")
        if cumulative:
            self.notes.append(f"{len(cumulative)} running totals (\"to date\", \"a total of\") are listed but not "
                              "summed.")
        self.quote_refs()
        return Report(
            filters={k: v for k, v in dict(since=since, until=until, country=country,
                                           bbox=_bbox_text(bbox), incident=incident).items() if v},
            generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), ui_base=self.ui_base,
            n_events=n_events, n_documents=n_docs, n_outlets=n_outlets, n_no_outlet=n_no_outlet,
            n_claims=len(self.ledger_claims()),
            n_mapped=n_mapped, first_date=first, last_date=last, undated=undated, by_type=by_type,
            by_status=by_status, fatalities_reports=reports, fatalities=dedup,
            fatality_events=len(per_event), cumulative=cumulative, by_side=sides, points=points,
            timeline=dict(timeline), incidents=shown, incidents_total=len(incidents), incident_origin=origin,
            contradictions_total=sum(1 for i in incidents if i.get("contradicted")),
            claims=claims, claims_total=len(self.ledger_claims()), verdicts=verdicts, sources=sources,
            sources_total=len(self.docs), index=index, refs={r.id: r for r in self.refs.values()},
            notes=self.notes, limit=self.limit)

    # --- loaders ----------------------------------------------------------------------------------------
    def load_claims(self, ev: str) -> None:
        """Claims about the period's events, and unlinked claims in the same documents."""
        cols = ("id", "doc_id", "claimant_name", "claimant_country", "claimant_sector", "stance", "text", "start",
                "end", "event_id")
        self.claims = {r[0]: dict(zip(cols, r), responses=[]) for r in self.rows(
            f"SELECT c.id, c.doc_id, c.claimant_name, c.claimant_country, c.claimant_sector, c.stance, c.text, "
            f"c.start, c.\"end\", c.event_id FROM claims c WHERE c.event_id IN ({self.sub}) OR "
            f"(c.event_id IS NULL AND c.doc_id IN (SELECT e.doc_id FROM events e WHERE {ev})) "
            f"ORDER BY c.doc_id, c.start", self.params + self.params)}
        for r in self.rows(f"SELECT r.claim_id, r.by_name, r.by_country, r.stance, r.text, r.start, r.\"end\" "
                           f"FROM claim_responses r WHERE r.claim_id IN (SELECT c.id FROM claims c WHERE "
                           f"c.event_id IN ({self.sub}) OR (c.event_id IS NULL AND c.doc_id IN "
                           f"(SELECT e.doc_id FROM events e WHERE {ev}))) ORDER BY r.claim_id, r.idx",
                           self.params + self.params):
            c = self.claims.get(r[0])
            if c is not None:
                c["responses"].append(dict(zip(("by", "by_country", "stance", "text", "start", "end"), r[1:])))
        self.claims_by_doc: dict[str, list[dict]] = defaultdict(list)
        self.claims_by_event: dict[str, list[dict]] = defaultdict(list)
        for c in self.claims.values():
            self.claims_by_doc[c["doc_id"]].append(c)
            if c["event_id"]:
                self.claims_by_event[c["event_id"]].append(c)

    def load_sources(self, ev: str) -> None:
        self.event_sources: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for eid, name, kind in self.rows(f"SELECT s.event_id, s.name, s.kind FROM sources s WHERE s.event_id IN "
                                         f"({self.sub}) ORDER BY s.event_id, s.position", self.params):
            self.event_sources[eid].append((name, kind))
        self.event_refs: dict[str, str] = {}

    def load_figures(self, ev: str) -> list[Figure]:
        out = []
        for eid, kind, item, low, best, high, approx, cum, text, start, end in self.rows(
                f"SELECT q.event_id, q.kind, q.item, q.low, q.best, q.high, q.approximate, q.cumulative, q.text, "
                f"q.start, q.\"end\" FROM quantities q WHERE q.event_id IN ({self.sub}) ORDER BY q.event_id, q.idx",
                self.params):
            e = self.events[eid]
            span = Span.of(low, best, high, approx)
            side = self.side(e, start, end)
            out.append(Figure(kind, span, text, item, eid, e["doc_id"], "", side, bool(cum), start, end))
        self.figures_by_event: dict[str, list[Figure]] = defaultdict(list)
        for f in out:
            self.figures_by_event[f.event_id].append(f)
        return out

    def side(self, e: dict, start: int | None, end: int | None) -> Side:
        """Who reports the figure at [start, end): the claim quoting it, else the event's speaker, else the
        outlet itself."""
        claim = None
        if start is not None:
            inside = [c for c in self.claims_by_doc.get(e["doc_id"], ())
                      if c["start"] is not None and c["start"] <= start and end <= c["end"]]
            if inside:
                claim = min(inside, key=lambda c: c["end"] - c["start"])
        if claim is None:
            linked = self.claims_by_event.get(e["id"])
            claim = linked[0] if linked else None
        if claim is not None and (claim["claimant_country"] or claim["claimant_name"]):
            return _side(claim["claimant_country"], claim["claimant_name"], claim["claimant_sector"])
        speakers = [n for n, k in self.event_sources.get(e["id"], ()) if k != "outlet"]
        if speakers:
            return _side(None, speakers[-1])
        outlet = self.docs.get(e["doc_id"], {}).get("outlet") or e["doc_id"]
        return Side(f"outlet:{outlet}", f"{outlet} (unattributed)", None, [outlet], attributed=False)

    # --- incidents ----------------------------------------------------------------------------------------
    def group(self, incident_filter) -> tuple[list[dict], str]:
        """Incidents over the period's events: `sitrep.merge`'s when the store has been merged, else groups of
        events on the same day, at the same place, of the same ACLED type."""
        self.dups: dict[str, str] = {}
        self.merge_contra: dict[str, list] = defaultdict(list)
        groups: list[dict] = []
        merge = _merge()
        links = []
        if merge is not None and self.has_table("incident_events"):
            links = self.rows(f"SELECT l.event_id, l.incident_id, l.duplicate_of FROM incident_events l "
                              f"WHERE l.event_id IN ({self.sub})", self.params)
        if links:
            origin = "merge"
            by_inc: dict[str, list[str]] = defaultdict(list)
            linked = set()
            for eid, inc, dup in links:
                linked.add(eid)
                if dup:
                    self.dups[eid] = dup
                if inc:
                    by_inc[inc].append(eid)
                else:
                    groups.append({"id": eid, "events": [eid], "merged": False})
            groups += [{"id": inc, "events": sorted(ids, key=lambda i: (self.events[i]["date"] or "", i)),
                        "merged": True} for inc, ids in by_inc.items()]
            missing = [eid for eid in self.events if eid not in linked]
            groups += [{"id": eid, "events": [eid], "merged": False} for eid in missing]
            if missing:
                self.notes.append(f"{len(missing)} events are not merged into incidents yet (`sitrep incidents` "
                                  "merges them); each is shown as its own incident.")
            self.load_merge_contradictions(merge)
        else:
            origin = "grouped"
            keyed: dict[tuple, list[str]] = defaultdict(list)
            for e in self.events.values():
                keyed[_group_key(e)].append(e["id"])
            groups = [{"id": ids[0], "events": ids, "merged": False} for ids in keyed.values()]
        self.origin = origin
        for g in groups:
            g["fatalities"] = self.group_fatalities(g)
            g["contradicted"] = self.quick_contradicted(g)
        return groups, origin

    def load_merge_contradictions(self, merge) -> None:
        """`merge.contradictions` once for the store, indexed by incident and by event."""
        try:
            items = list(merge.contradictions(self.store) or [])
        except Exception as exc:  # a broken merge stage must not take the report down
            self.notes.append(f"Contradictions could not be read from the merge stage ({exc}).")
            return
        for c in items:
            keys = {_get(c, "incident_id")} | {_get(c, "event_id")}
            for side in _get(c, "sides", default=[]) or []:
                keys |= {r.get("event_id") for r in side.get("reports") or []}
            for k in keys - {None}:
                self.merge_contra[str(k)].append(c)

    def merge_contradictions(self, g: dict) -> list:
        out, seen = [], set()
        for key in [g["id"]] + g["events"]:
            for c in self.merge_contra.get(key, ()):
                cid = _get(c, "id", default=id(c))
                if cid not in seen:
                    seen.add(cid)
                    out.append(c)
        return out

    def group_fatalities(self, g: dict) -> Span:
        """Lowest to highest of the accounts (one per document and side) of an incident."""
        accounts: dict[tuple, Span] = defaultdict(Span)
        for eid in g["events"]:
            if eid in self.dups:  # a syndicated copy repeats its original's figures
                continue
            for f in self.figures_by_event.get(eid, ()):
                if f.kind == FATAL and not f.cumulative:
                    accounts[(f.doc_id, f.side.key)] = accounts[(f.doc_id, f.side.key)] + f.span
        g["fatality_accounts"] = accounts
        return Span.across(list(accounts.values()))

    def quick_contradicted(self, g: dict) -> bool:
        spans = list(g["fatality_accounts"].values())
        if any(not a.overlaps(b) for i, a in enumerate(spans) for b in spans[i + 1:]):
            return True
        statuses = {self.events[e]["status"] for e in g["events"]}
        if statuses & {"denied", "disputed"}:
            return True
        if any(r["stance"] == "deny" for e in g["events"] for c in self.claims_by_event.get(e, ())
               for r in c["responses"]):
            return True
        return bool(self.merge_contradictions(g))

    def rank(self, groups: list[dict]) -> list[Incident]:
        """The incidents worth reading first: contradicted, deadliest, most reported."""
        def key(g):
            docs = len({self.events[e]["doc_id"] for e in g["events"]})
            first = self.events[g["events"][0]]
            return (not g["contradicted"], -(g["fatalities"].upper or 0), -docs, -len(g["events"]),
                    first["date"] or "9999", g["id"])
        return [self.incident(g) for g in sorted(groups, key=key)[:self.limit]]

    def incident(self, g: dict) -> Incident:
        evs = [self.events[e] for e in g["events"]]
        full = {eid: json.loads(js) for eid, js in self.rows(
            f"SELECT id, json FROM events WHERE id IN {IDS}", [_ids(g["events"])])}
        by_doc: dict[str, list[dict]] = defaultdict(list)
        # a syndicated or re-posted copy of an article is not another account: its documents are counted apart
        originals = [e for e in evs if e["id"] not in self.dups] or evs
        for e in originals:
            by_doc[e["doc_id"]].append(e)
        copies = len({e["doc_id"] for e in evs} - set(by_doc))
        accounts = []
        for doc_id, items in by_doc.items():
            d = self.docs.get(doc_id, {})
            figs = [self.fig(f) for e in items for f in self.figures_by_event.get(e["id"], ())]
            refs = [self.event_ref(e["id"], full.get(e["id"])) for e in items]
            speakers = _unique(n for e in items for n, k in self.event_sources.get(e["id"], ()) if k != "outlet")
            fat = Span()
            for f in figs:
                if f.kind == FATAL and not f.cumulative:
                    fat = fat + f.span
            accounts.append(Account(
                doc_id, d.get("outlet"), d.get("published"), d.get("title"), [e["id"] for e in items],
                _unique(_kind(e) for e in items), _unique(_place(e) for e in items),
                _unique(_when(e) for e in items), _unique(e["status"] or "reported" for e in items), speakers,
                _unique_sides(f.side for f in figs), figs, refs, fat))
        accounts.sort(key=lambda a: (a.published or "", a.doc_id))
        contradictions = self.contradictions(g, accounts)
        first = evs[0]
        fat_sides = _unique(s.label for (doc, key), sp in g["fatality_accounts"].items()
                            for s in [self._side_by_key(g, key)] if s)
        dates = sorted(e["date"] for e in evs if e["date"])
        ends = sorted((e["date_end"] or e["date"]) for e in evs if e["date"])
        place, etype = _place(first), first["event_type"]
        kind = _kind(first)
        if g["merged"]:  # the merge stage's summary names the finest place its reports agree on
            row = self.rows("SELECT json FROM incidents WHERE id = ?", [g["id"]]) if self.has_table("incidents") \
                else []
            summary = json.loads(row[0][0]) if row else {}
            if summary.get("location"):
                place = f"{summary['location']} ({summary['country']})" if summary.get("country") \
                    else summary["location"]
            etype = summary.get("event_type") or etype
            subs = summary.get("sub_event_types") or []
            kind = subs[0] if len(subs) == 1 else (etype or kind)
        return Incident(g["id"], f"{kind} in {place}", dates[0] if dates else None,
                        ends[-1] if ends and ends[-1] != dates[0] else None, etype, place,
                        g["events"], accounts[:self.limit], g["fatalities"], fat_sides, contradictions,
                        len(accounts), "merge" if g["merged"] else ("grouped" if len(evs) > 1 else "event"),
                        copies)

    def _side_by_key(self, g: dict, key: str) -> Side | None:
        for eid in g["events"]:
            for f in self.figures_by_event.get(eid, ()):
                if f.side.key == key:
                    return f.side
        return None

    def event_ref(self, eid: str, full: dict | None = None) -> str:
        """The event's first evidence span (its sentence), registered for the appendix."""
        if eid in self.event_refs:
            return self.event_refs[eid]
        e = self.events[eid]
        if full is None:
            row = self.rows("SELECT json FROM events WHERE id = ?", [eid])
            full = json.loads(row[0][0]) if row else {}
        evidence = full.get("evidence") or []
        if evidence:
            x = max(evidence, key=lambda x: (x.get("end") or 0) - (x.get("start") or 0))
            rid = self.ref(e["doc_id"], x.get("start"), x.get("end"), x.get("text"), event_id=eid)
        else:  # no span: quote the trigger's location text, else the document head
            loc = (full.get("locations") or [{}])[0]
            rid = self.ref(e["doc_id"], loc.get("start", 0), loc.get("end", 0), loc.get("text") or "",
                           event_id=eid)
        self.event_refs[eid] = rid
        return rid

    def contradictions(self, g: dict, accounts: list[Account]) -> list[Contradiction]:
        out: list[Contradiction] = []
        if self.origin == "merge":
            for c in self.merge_contradictions(g):
                out.append(self.from_merge(c))
            for eid in g["events"]:  # an event the pipeline itself marked denied/disputed (a copy's: said once)
                e = self.events[eid]
                if e["status"] in ("denied", "disputed") and eid not in self.dups \
                        and not any(eid in x.event_ids for x in out):
                    out.append(Contradiction("status", f"The event is {e['status']} in {self._outlet(e)}'s report.",
                                             [self.event_ref(eid)], [eid]))
            return out
        # figures: two accounts whose ranges do not overlap
        figs = defaultdict(list)
        for eid in g["events"]:
            for f in self.figures_by_event.get(eid, ()):
                if f.kind == FATAL and not f.cumulative:
                    figs[(f.doc_id, f.side.key)].append(f)
        items = list(g["fatality_accounts"].items())
        for i, (ka, a) in enumerate(items):
            for kb, b in items[i + 1:]:
                if not a.overlaps(b):
                    fa, fb = figs[ka], figs[kb]
                    out.append(Contradiction(
                        "figures", f"Fatalities: {fa[0].side.label} reports {a.text()}, "
                                   f"{fb[0].side.label} reports {b.text()}.",
                        [self.fig(f).ref for f in fa + fb], _unique(f.event_id for f in fa + fb)))
        # denials and disputes
        for eid in g["events"]:
            for c in self.claims_by_event.get(eid, ()):
                deny = [r for r in c["responses"] if r["stance"] == "deny"]
                if deny:
                    who = ", ".join(_unique(r["by"] or "a party" for r in deny))
                    out.append(Contradiction(
                        "denial", f"{who} denies what {c['claimant_name'] or 'a source'} {c['stance']}s: "
                                  f"“{_clip(c['text'])}”.",
                        [self.ref(c["doc_id"], c["start"], c["end"], c["text"], event_id=eid, claim_id=c["id"])]
                        + [self.ref(c["doc_id"], r["start"], r["end"], r["text"], event_id=eid, claim_id=c["id"])
                           for r in deny], [eid]))
            e = self.events[eid]
            if e["status"] in ("denied", "disputed") and not any(x.event_ids == [eid] and x.kind == "denial"
                                                                 for x in out):
                out.append(Contradiction("status", f"The event is {e['status']} in {self._outlet(e)}'s report.",
                                         [self.event_ref(eid)], [eid]))
        statuses = {self.events[e]["status"] or "reported" for e in g["events"]}
        if len({a.doc_id for a in accounts}) > 1 and len(statuses) > 1:
            out.append(Contradiction("status", "Accounts disagree on whether it happened: "
                                     + ", ".join(f"{a.outlet or a.doc_id}: {'/'.join(a.status)}" for a in accounts)
                                     + ".", [r for a in accounts for r in a.refs[:1]], g["events"]))
        return out

    def from_merge(self, c: dict) -> Contradiction:
        """A contradiction of `sitrep.merge`: its summary, and each side's reports with their quoted spans."""
        sides, refs, eids = [], [], []
        for side in _get(c, "sides", default=[]) or []:
            items = []
            for rep in side.get("reports") or []:
                who = rep.get("by") or rep.get("source_chain") or rep.get("outlet") or rep.get("doc_id")
                if rep.get("outlet") and rep.get("outlet") not in (who or ""):
                    who = f"{who} via {rep['outlet']}" if who else rep["outlet"]
                ref = None
                if rep.get("doc_id") and rep.get("start") is not None and rep.get("end") is not None:
                    ref = self.ref(rep["doc_id"], rep["start"], rep["end"], rep.get("text"),
                                   event_id=rep.get("event_id"), claim_id=rep.get("claim_id"))
                elif rep.get("event_id") in self.events:
                    ref = self.event_ref(rep["event_id"])
                if ref:
                    refs.append(ref)
                if rep.get("event_id"):
                    eids.append(rep["event_id"])
                items.append((who or "?", ref))
            sides.append((str(side.get("value")), items))
        text = _get(c, "summary", "text", "description", default=None) or str(_get(c, "subject", default=""))
        return Contradiction(str(_get(c, "kind", default="other")), str(text), refs, _unique(eids), sides)

    def _outlet(self, e: dict) -> str:
        return self.docs.get(e["doc_id"], {}).get("outlet") or e["doc_id"]

    # --- claims, sources, index ---------------------------------------------------------------------------
    def claims_ledger(self, groups: list[dict]) -> tuple[list[ClaimEntry], dict[str, int]]:
        sides_of_event: dict[str, set[str]] = {}
        for g in groups:
            # a copy of an article is not another source
            docs = {self.events[e]["doc_id"] for e in g["events"] if e not in self.dups}
            for e in g["events"]:
                sides_of_event[e] = docs
        entries = []
        verdicts: Counter = Counter()
        for c in self.ledger_claims():
            stances = {r["stance"] for r in c["responses"]}
            if c["stance"] == "deny":
                verdict = "denial"
            elif "deny" in stances:
                verdict = "denied"
            elif "confirm" in stances:
                verdict = "confirmed"
            elif c["event_id"] and len(sides_of_event.get(c["event_id"], ())) > 1:
                verdict = "other sources"
            else:
                verdict = "unconfirmed"
            verdicts[verdict] += 1
            entries.append((c, verdict))
        order = {"denied": 0, "denial": 1, "confirmed": 2, "unconfirmed": 3, "other sources": 4}
        stance_order = {"allege": 0, "deny": 1, "assert": 2, "confirm": 3}
        entries.sort(key=lambda x: (order.get(x[1], 9), stance_order.get(x[0]["stance"], 9), x[0]["doc_id"],
                                    x[0]["start"] or 0))
        out = []
        for c, verdict in entries[:self.limit * 2]:
            d = self.docs.get(c["doc_id"], {})
            ref = self.ref(c["doc_id"], c["start"], c["end"], c["text"], event_id=c["event_id"], claim_id=c["id"])
            responses = [Response(r["by"] or "?", r["by_country"], r["stance"], r["text"],
                                  self.ref(c["doc_id"], r["start"], r["end"], r["text"], event_id=c["event_id"],
                                           claim_id=c["id"])) for r in c["responses"]]
            out.append(ClaimEntry(c["id"], c["claimant_name"], c["claimant_country"], c["stance"], c["text"], ref,
                                  c["doc_id"], d.get("outlet"), d.get("published"), c["event_id"], responses,
                                  verdict))
        return out, dict(verdicts)

    def ledger_claims(self) -> list[dict]:
        """The claims, but those of a document that is a copy of another (its claims are its original's)."""
        ours = {e["doc_id"] for e in self.events.values() if e["id"] not in self.dups}
        copies = {self.events[e]["doc_id"] for e in self.dups if e in self.events} - ours
        return [c for c in self.claims.values() if c["doc_id"] not in copies]

    def source_list(self) -> list[DocSource]:
        n_events = Counter(e["doc_id"] for e in self.events.values())
        n_claims = Counter(c["doc_id"] for c in self.claims.values())
        speakers: dict[str, list[str]] = defaultdict(list)
        for eid, items in self.event_sources.items():
            doc = self.events[eid]["doc_id"]
            for name, kind in items:
                if kind != "outlet" and name not in speakers[doc]:
                    speakers[doc].append(name)
        docs = sorted(self.docs.items(), key=lambda kv: (kv[1]["published"] or "", kv[1]["outlet"] or "", kv[0]))
        first: dict[str, str] = {}
        for e in self.events.values():
            first.setdefault(e["doc_id"], e["id"])
        out = []
        for doc_id, d in docs[:self.limit * 2]:
            out.append(DocSource(doc_id, d["outlet"], d["title"], d["published"], d["url"], n_events[doc_id],
                                 n_claims[doc_id], speakers[doc_id][:8],
                                 self.event_ref(first[doc_id]) if doc_id in first else None))
        return out

    def event_index(self, by_type: list[tuple[str, int]]) -> dict[str, list[IndexEntry]]:
        index: dict[str, list[IndexEntry]] = {}
        per_type = max(5, self.limit)
        buckets: dict[str, list[dict]] = defaultdict(list)
        for e in self.events.values():
            t = e["event_type"] or "(untyped)"
            if len(buckets[t]) < per_type:
                buckets[t].append(e)
        full = {eid: json.loads(js) for eid, js in self.rows(
            f"SELECT id, json FROM events WHERE id IN {IDS}", [_ids(e["id"] for b in buckets.values() for e in b)])}
        for t, _ in by_type:
            rows = []
            for e in buckets.get(t, []):
                fat = Span()
                for f in self.figures_by_event.get(e["id"], ()):
                    if f.kind == FATAL and not f.cumulative:
                        fat = fat + f.span
                rows.append(IndexEntry(e["id"], e["date"], e["event_type"], e["sub_event_type"], _place(e),
                                       e["status"], fat, self._outlet(e), self.event_ref(e["id"], full.get(e["id"]))))
            index[t] = rows
        return index

    def quote_refs(self) -> None:
        """Replace each span's stored text by the document's own, with its sentence around it."""
        ids = list({r.doc_id for r in self.refs.values()})
        texts, other = {}, {}
        if ids:
            for doc_id, text, outlet, published, title in self.rows(
                    f"SELECT id, text, outlet, published, title FROM documents WHERE id IN {IDS}", [_ids(ids)]):
                texts[doc_id] = text
                other[doc_id] = {"outlet": outlet, "published": published, "title": title}
        for r in self.refs.values():
            d = self.docs.get(r.doc_id) or other.get(r.doc_id) or {}
            r.outlet, r.published, r.title = d.get("outlet"), d.get("published"), d.get("title")
            text = texts.get(r.doc_id)
            if not text or r.end <= r.start or r.end > len(text):
                continue
            r.text = text[r.start:r.end]
            r.before, r.after = _context(text, r.start, r.end)


# --- small helpers ------------------------------------------------------------------------------------------
def _ids(ids) -> str:
    return "\x1f".join(ids)


def _group_key(e: dict) -> tuple:
    """Events reported on the same day, of the same ACLED type, at the same place (without the merge stage)."""
    return (e["date"], e["event_type"], e["geonameid"] or e["location"] or e["country"] or e["id"])


STATE_SECTORS = {"MIL", "GOV", "STATE", "POL", "BGD", "LEG", "JUD", "SPY"}
ARMED_SECTORS = {"REB", "MLT", "INS", "SEP", "UAF"}


def _side(country: str | None, name: str | None, sector: str | None = None) -> Side:
    """A country's state organs (army, ministries, police...) are one side; an armed group is its own side
    even in its country (Sudan's army and the RSF are not one side); anyone else is known by name."""
    names = [name] if name else []
    sector = (sector or "").upper()
    if country and sector not in ARMED_SECTORS and (sector in STATE_SECTORS or not sector):
        return Side(country.upper(), _country_name(country), country.upper(), names)
    if country and name:
        return Side(f"{country.upper()}:{name.lower()}", f"{name} ({_country_name(country)})", country.upper(), names)
    return Side(f"name:{(name or '?').lower()}", name or "?", None, names)


def _country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    name = getattr(c, "common_name", None) or getattr(c, "name", None) if c else None
    return name or code


def _unique(items) -> list:
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


def _unique_sides(sides) -> list[Side]:
    out: dict[str, Side] = {}
    for s in sides:
        out.setdefault(s.key, s)
    return list(out.values())


def _kind(e: dict) -> str:
    return e.get("sub_event_type") or e.get("event_type") or "Event"


def _place(e: dict) -> str:
    loc = e.get("location") or "unknown place"
    return f"{loc} ({e['country']})" if e.get("country") and e.get("location") else loc


def _when(e: dict) -> str:
    if not e.get("date"):
        return "undated"
    return f"{e['date']} to {e['date_end']}" if e.get("date_end") and e["date_end"] != e["date"] else e["date"]


def _clip(s: str | None, n: int = 160) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def _context(text: str, start: int, end: int, width: int = 220) -> tuple[str, str]:
    """The rest of the sentence around [start, end), at most `width` characters each side."""
    lo = max(0, start - width)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    if cut >= 0:
        left = left[cut + 1:].lstrip()
    elif lo > 0:
        left = "…" + left.lstrip()
    hi = min(len(text), end + width)
    right = text[end:hi]
    cuts = [i for i in (right.find(". "), right.find("\n"), right.find("? "), right.find("! ")) if i >= 0]
    if cuts:
        right = right[:min(cuts) + 1].rstrip()
    elif hi < len(text):
        right = right.rstrip() + "…"
    return " ".join(left.split(" ")) if left else "", right


def parse_bbox(bbox) -> tuple[float, float, float, float] | None:
    """The store's bbox parser, its message phrased for the command line option."""
    try:
        return store_parse_bbox(bbox)
    except SitrepError as exc:
        raise SitrepError(f"--{exc}") from None


def _bbox_text(bbox) -> str | None:
    if not bbox:
        return None
    return bbox if isinstance(bbox, str) else ",".join(f"{x:g}" for x in bbox)
