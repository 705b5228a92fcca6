"""Contradictions: reports that disagree, each listed with every side's evidence.

Inside an incident (reports from different documents, syndicated copies left out):
- figures      different figures of the same kind for the same victims ("49 killed" vs "50 killed",
               "150-200" vs "300"): the figures' ranges do not overlap. "at least 49" is 49 or more;
               "about 50" is 45-55; a bare number is exact.
- attribution  who started it: the attacker's (actor1's) country differs between reports (only attackers the
               report names: not civilians, not one inferred from the article's two sides).
- denial       one report says it happened, another document's source denies it.
Inside one document:
- denial       a claim and a response that denies it.
"""
from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from typing import Any

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
APPROX = 0.10  # "about 50" covers 45-55
UNARMED = frozenset({"CVL", "PRO", "MED", "JOU"})


def _cid(*parts: str) -> str:
    return "con-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _short(name: str, limit: int = 60) -> str:
    name = " ".join(str(name).split())
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _chain(sources: list[dict] | None) -> str:
    return " ← ".join(s.get("name") or "?" for s in sources or [])


@lru_cache(maxsize=4096)
def _side(item: str | None) -> str | None:
    """The country a figure's victims belong to ("Kyrgyz border guards" → KG), if the item names one."""
    if not item:
        return None
    try:
        from ..geo import get_gazetteer

        gaz = get_gazetteer()
    except Exception:
        return None
    for word in item.replace("-", " ").split():
        cc = gaz.demonym(word.strip("'’s,."))
        if cc:
            return cc
    return None


def _actor_side(q: dict, ev: dict) -> str | None:
    """The country of the actor the figure counts ("Three residents of Vorukh" → the event's actor of that
    name, placed where the event is), when the item itself names no nationality."""
    item = (q.get("item") or "").lower()
    if not item:
        return None
    for a in ev.get("actors") or []:
        name = (a.get("name") or "").lower()
        if a.get("country") and a.get("start") is not None and name and (item in name or name in item):
            return _alpha2(a["country"])
    return None


@lru_cache(maxsize=256)
def _alpha2(iso3: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3) if len(iso3) == 3 else None
    return c.alpha_2 if c else iso3


def interval(q: dict) -> tuple[float, float] | None:
    lo, best, hi = q.get("low"), q.get("best"), q.get("high")
    if lo is None and best is None and hi is None:
        return None
    if lo is not None and hi is not None:
        if q.get("approximate") and lo == hi:
            return lo * (1 - APPROX), hi * (1 + APPROX)
        return float(lo), float(hi)
    if lo is not None:
        return float(lo), math.inf
    if hi is not None:
        return 0.0, float(hi)
    return (best * (1 - APPROX), best * (1 + APPROX)) if q.get("approximate") else (float(best), float(best))


def label(q: dict) -> str:
    lo, best, hi = q.get("low"), q.get("best"), q.get("high")
    if lo is not None and hi is not None and lo != hi:
        s = f"{lo:g}-{hi:g}"
    elif lo is not None and hi is None:
        s = f"≥{lo:g}"
    elif hi is not None and lo is None:
        s = f"≤{hi:g}"
    else:
        s = f"{(best if best is not None else lo):g}"
    return ("~" if q.get("approximate") and lo == hi else "") + s


def _report(link: dict, ev: dict, **span) -> dict:
    return {"doc_id": link["doc_id"], "outlet": link.get("outlet"), "title": link.get("title"),
            "published": link.get("published"), "event_id": ev.get("id"),
            "source_chain": _chain(ev.get("sources")), "sources": ev.get("sources") or [], **span}


def _evidence(ev: dict) -> dict:
    evs = ev.get("evidence") or []
    if not evs:
        return {"text": None, "start": None, "end": None}
    e = evs[0]
    return {"text": e.get("text"), "start": e.get("start"), "end": e.get("end")}


def _links(con, incident_id: str) -> list[tuple[dict, dict]]:
    cur = con.execute("SELECT l.event_id, l.doc_id, e.json, d.outlet, d.title, d.published FROM incident_events l "
                      "JOIN events e ON e.id = l.event_id LEFT JOIN documents d ON d.id = l.doc_id "
                      "WHERE l.incident_id = ? AND l.duplicate_of IS NULL ORDER BY d.published_utc NULLS LAST, "
                      "l.doc_id, l.event_id", [incident_id])
    out = []
    for eid, doc_id, js, outlet, title, published in cur.fetchall():
        ev = json.loads(js)
        ev["id"] = eid
        out.append(({"doc_id": doc_id, "outlet": outlet, "title": title, "published": published}, ev))
    return out


def _copies(con) -> dict[str, str]:
    return dict(con.execute("SELECT doc_id, duplicate_of FROM duplicates").fetchall())


def _same_text(a: str, b: str, copies: dict[str, str]) -> bool:
    return a == b or copies.get(a, a) == copies.get(b, b)


# --- incident scope ---------------------------------------------------------------------------------------------
def figures(incident_id: str, links: list[tuple[dict, dict]], copies: dict[str, str]) -> list[dict]:
    groups: dict[tuple[str, str | None], list[tuple[dict, dict, dict]]] = {}
    for link, ev in links:
        for q in ev.get("quantities") or []:
            if q.get("cumulative") or interval(q) is None:
                continue
            groups.setdefault((q["kind"], _side(q.get("item")) or _actor_side(q, ev)), []).append((link, ev, q))
    # a figure that names no side joins the side-specific one when the incident's reports name only one side
    kinds = {k for k, _ in groups}
    for kind in kinds:
        sides = [s for k, s in groups if k == kind and s is not None]
        if len(sides) == 1 and (kind, None) in groups:
            groups[(kind, sides[0])] += groups.pop((kind, None))
    out = []
    for (kind, side), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        clash = False
        for i, (la, _, qa) in enumerate(items):
            ia = interval(qa)
            for lb, _, qb in items[i + 1:]:
                if _same_text(la["doc_id"], lb["doc_id"], copies):
                    continue
                ib = interval(qb)
                if ia[1] < ib[0] or ib[1] < ia[0]:
                    clash = True
        if not clash:
            continue
        by_value: dict[str, list[dict]] = {}
        for link, ev, q in items:
            by_value.setdefault(label(q), []).append(_report(
                link, ev, value=label(q), low=q.get("low"), best=q.get("best"), high=q.get("high"),
                item=q.get("item"), text=q.get("text"), start=q.get("start"), end=q.get("end"),
                sentence=_evidence(ev)["text"]))
        sides_ = [{"value": v, "reports": r} for v, r in sorted(by_value.items(), key=lambda kv: kv[0])]
        who = f" ({side})" if side else ""
        out.append({"id": _cid(incident_id, "figures", kind, side or ""), "incident_id": incident_id,
                    "kind": "figures", "scope": "incident", "subject": f"{kind}{who}",
                    "summary": f"{kind}{who}: " + " vs ".join(s["value"] for s in sides_),
                    "sides": sides_})
    return out


def attribution(incident_id: str, links: list[tuple[dict, dict]], copies: dict[str, str]) -> list[dict]:
    by_country: dict[str, list[dict]] = {}
    docs: dict[str, set[str]] = {}
    for link, ev in links:
        if (ev.get("acled") or {}).get("event_type") not in VIOLENT:
            continue
        # the attacker as the report names it: not one inferred from the article's two sides (no span), not
        # civilians or protesters
        a1 = [a for a in ev.get("actors") or [] if a.get("role") == "actor1" and a.get("country")
              and a.get("start") is not None and a.get("sector") not in UNARMED]
        countries = {a["country"] for a in a1}
        if len(countries) != 1:
            continue
        c = countries.pop()
        actor = a1[0]
        span = {"text": actor.get("name"), "start": actor.get("start"), "end": actor.get("end"),
                "sentence": _evidence(ev)["text"]}
        by_country.setdefault(c, []).append(_report(link, ev, value=c, actor=actor.get("name"), **span))
        docs.setdefault(c, set()).add(copies.get(link["doc_id"], link["doc_id"]))
    if len(by_country) < 2:
        return []
    countries = sorted(by_country)
    # the disagreement needs two different documents
    if len(set().union(*docs.values())) < 2:
        return []
    sides = [{"value": c, "reports": by_country[c]} for c in countries]
    return [{"id": _cid(incident_id, "attribution"), "incident_id": incident_id, "kind": "attribution",
             "scope": "incident", "subject": "who attacked (actor1)",
             "summary": "attacker: " + " vs ".join(f"{c} ({len(by_country[c])} reports)" for c in countries),
             "sides": sides}]


def _denials_of(con, event_ids: list[str]) -> dict[str, list[dict]]:
    """Denials attached to events: a claim with stance deny, or a deny response to a claim."""
    if not event_ids:
        return {}
    qs = ",".join("?" * len(event_ids))
    out: dict[str, list[dict]] = {}
    for cid, eid, name, country, stance, text, start, end in con.execute(
            f"SELECT id, event_id, claimant_name, claimant_country, stance, text, start, \"end\" FROM claims "
            f"WHERE event_id IN ({qs}) AND stance = 'deny' ORDER BY id", event_ids).fetchall():
        out.setdefault(eid, []).append({"claim_id": cid, "by": name, "country": country, "text": text,
                                        "start": start, "end": end})
    for cid, eid, name, country, text, start, end in con.execute(
            f"SELECT c.id, c.event_id, r.by_name, r.by_country, r.text, r.start, r.\"end\" FROM claim_responses r "
            f"JOIN claims c ON c.id = r.claim_id WHERE c.event_id IN ({qs}) AND r.stance = 'deny' "
            f"ORDER BY c.id, r.idx", event_ids).fetchall():
        out.setdefault(eid, []).append({"claim_id": cid, "by": name, "country": country, "text": text,
                                        "start": start, "end": end})
    return out


def denials(con, incident_id: str, links: list[tuple[dict, dict]], copies: dict[str, str]) -> list[dict]:
    denied = _denials_of(con, [ev["id"] for _, ev in links])
    deny_side, report_side = [], []
    deny_docs, report_docs = set(), set()
    for link, ev in links:
        ds = denied.get(ev["id"])
        if ds or ev.get("status") == "denied":
            for d in ds or [{"by": None, "country": None, **_evidence(ev)}]:
                deny_side.append(_report(link, ev, value="denied", by=d.get("by"), country=d.get("country"),
                                         text=d.get("text"), start=d.get("start"), end=d.get("end"),
                                         claim_id=d.get("claim_id")))
            deny_docs.add(copies.get(link["doc_id"], link["doc_id"]))
        else:
            report_side.append(_report(link, ev, value=ev.get("status") or "reported", **_evidence(ev)))
            report_docs.add(copies.get(link["doc_id"], link["doc_id"]))
    if not deny_side or not report_side or not (report_docs - deny_docs):
        return []
    return [{"id": _cid(incident_id, "denial"), "incident_id": incident_id, "kind": "denial", "scope": "incident",
             "subject": "whether it happened",
             "summary": f"{len(report_side)} report(s) say it happened; denied by "
                        + ", ".join(sorted({_short(d['by'] or d['source_chain'] or '?') for d in deny_side})),
             "sides": [{"value": "reported", "reports": report_side}, {"value": "denied", "reports": deny_side}]}]


# --- document scope ---------------------------------------------------------------------------------------------
def in_document(con, doc_id: str) -> list[dict]:
    doc = con.execute("SELECT outlet, title, published FROM documents WHERE id = ?", [doc_id]).fetchone()
    if doc is None:
        return []
    out = []
    for cid, js, event_id in con.execute("SELECT id, json, event_id FROM claims WHERE doc_id = ? ORDER BY id",
                                         [doc_id]).fetchall():
        c = json.loads(js)
        deny = [r for r in c.get("responses") or [] if r.get("stance") == "deny"]
        if not deny:
            continue
        base = {"doc_id": doc_id, "outlet": doc[0], "title": doc[1], "published": doc[2], "event_id": event_id,
                "claim_id": cid}
        claimant = c.get("claimant") or {}
        claim_side = dict(base, value=c.get("stance"), by=claimant.get("name"), country=claimant.get("country"),
                          source_chain=_chain(c.get("sources")), text=c.get("text"), start=c.get("start"),
                          end=c.get("end"))
        deny_side = [dict(base, value="deny", by=(r.get("by") or {}).get("name"), country=(r.get("by") or {}).get("country"),
                          source_chain=" ← ".join(x for x in (doc[0], (r.get("by") or {}).get("name")) if x),
                          text=r.get("text"), start=r.get("start"), end=r.get("end")) for r in deny]
        out.append({"id": _cid(doc_id, "claim-denial", cid), "incident_id": None, "event_id": event_id,
                    "doc_id": doc_id, "kind": "denial", "scope": "document", "subject": c.get("text"),
                    "summary": f"{_short(claimant.get('name') or '?')} {c.get('stance')}s; denied by "
                               + ", ".join(sorted({_short(d['by'] or '?') for d in deny_side})),
                    "sides": [{"value": c.get("stance"), "reports": [claim_side]},
                              {"value": "deny", "reports": deny_side}]})
    return out


# --- storage ----------------------------------------------------------------------------------------------------
def refresh(con, incident_ids: list[str], doc_ids: list[str]) -> int:
    copies = _copies(con)
    rows = []
    for inc in incident_ids:
        con.execute("DELETE FROM contradictions WHERE incident_id = ? AND scope = 'incident'", [inc])
        links = _links(con, inc)
        if len(links) < 2:
            continue
        for item in figures(inc, links, copies) + attribution(inc, links, copies) + denials(con, inc, links, copies):
            rows.append([item["id"], inc, None, item["kind"], "incident", item["summary"], json.dumps(item)])
    for doc_id in doc_ids:
        con.execute("DELETE FROM contradictions WHERE doc_id = ? AND scope = 'document'", [doc_id])
        for item in in_document(con, doc_id):
            rows.append([item["id"], None, doc_id, item["kind"], "document", item["summary"], json.dumps(item)])
    if rows:
        ids = [r[0] for r in rows]
        con.execute(f"DELETE FROM contradictions WHERE id IN ({','.join('?' * len(ids))})", ids)
        con.executemany("INSERT INTO contradictions VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    # the ones listed: a copy's in-document denials are kept (its original may go) but not listed
    return sum(1 for r in rows if not (r[4] == "document" and r[2] in copies))


def contradictions(store, incident_id: str | None = None) -> list[dict[str, Any]]:
    """Stored contradictions (all, or one incident's, including in-document denials about its events).
    Document-scope items get the incident their event belongs to now."""
    con = getattr(store, "con", store)
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'contradictions'").fetchone()
    if not row or not row[0]:
        return []
    links = dict(con.execute("SELECT event_id, incident_id FROM incident_events WHERE incident_id IS NOT NULL").fetchall())
    # a copy of an article (same text under another id) repeats its original's in-document denials: listed once
    copies = _copies(con)
    out = []
    for js, in con.execute("SELECT json FROM contradictions ORDER BY scope DESC, incident_id NULLS LAST, "
                           "doc_id NULLS LAST, kind, id").fetchall():
        item = json.loads(js)
        if item["scope"] == "document" and item.get("doc_id") in copies:
            continue
        if item["scope"] == "document":
            item["incident_id"] = links.get(item.get("event_id"))
        if incident_id is None or item["incident_id"] == incident_id:
            out.append(item)
    return out


def counts(con) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in contradictions(con):
        if item.get("incident_id"):
            out[item["incident_id"]] = out.get(item["incident_id"], 0) + 1
    return out
