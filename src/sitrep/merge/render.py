"""Rich tables for incidents and contradictions."""
from __future__ import annotations

from rich.table import Table


def _n(x) -> str:
    return "" if x is None else f"{x:g}"


def render_incidents(items: list[dict], console, note: str | None = None, more: bool = False) -> None:
    if not items:  # as `sitrep events` does: a sentence, not an empty frame
        console.print("no incidents" + (f" ({note})" if note else ""), markup=False, highlight=False)
        return
    table = Table(title=f"{len(items)} incident{'' if len(items) == 1 else 's'}" + (" (more match)" if more else ""),
                  caption=note)
    for col in ("incident", "dates", "type", "where", "countries", "reports", "copies", "killed", "contradictions"):
        table.add_column(col, overflow="fold")
    for i in items:
        dates = i.get("first_date") or ""
        if i.get("last_date") and i["last_date"] != dates:
            dates += f" → {i['last_date']}"
        killed = ""
        if i.get("fatalities_low") is not None or i.get("fatalities_high") is not None:
            lo, hi = _n(i.get("fatalities_low")), _n(i.get("fatalities_high"))
            killed = lo if lo == hi else f"{lo}-{hi}"
        subs = ", ".join(i.get("sub_event_types") or [])
        table.add_row(i["id"], dates, f"{i.get('event_type') or ''}" + (f" ({subs})" if subs else ""),
                      f"{i.get('location') or ''} ({i.get('country') or '?'})", ", ".join(i.get("countries") or []),
                      _count(i.get('n_documents', 0), 'doc') + " / " + _count(i.get('n_events', 0), 'event'), str(i.get("n_duplicates") or 0),
                      killed, str(i.get("n_contradictions") or 0))
    console.print(table)


def render_incident(item: dict | None, console) -> None:
    if item is None:
        import sys

        sys.stderr.write("sitrep: no such incident\n")
        return
    render_incidents([dict(item, n_contradictions=len(item.get("contradictions") or []))], console)
    table = Table(title="reports side by side")
    for col in ("document", "outlet", "event", "where", "attacker → target", "figures", "status", "sources", "link"):
        table.add_column(col, overflow="fold")
    for rep in item.get("reports") or []:
        for ev in rep["events"]:
            where = ", ".join(l.get("name") or "?" for l in ev.get("locations") or [])
            a1 = ", ".join(a.get("country") or "?" for a in ev.get("actors") or [] if a.get("role") == "actor1")
            a2 = ", ".join(a.get("country") or "?" for a in ev.get("actors") or [] if a.get("role") == "actor2")
            figs = ", ".join(f"{q.get('text')} {q.get('kind')}" for q in ev.get("quantities") or [])
            r = ev.get("reasons") or {}
            link = "founded" if r.get("new_incident") else (
                f"{ev.get('score')}: {r.get('distance_km')} km, {r.get('date_gap_days')} d, {r.get('type_match')}")
            if ev.get("duplicate_of"):
                link = f"copy of {ev['duplicate_of']}"
            table.add_row(rep["doc_id"], rep.get("outlet") or "", f"{ev.get('date')} "
                          f"{(ev.get('acled') or {}).get('sub_event_type') or ''}", where, f"{a1} → {a2}", figs,
                          ev.get("status") or "", " ← ".join(s["name"] for s in ev.get("sources") or []), link)
    console.print(table)
    if item.get("contradictions"):
        render_contradictions(item["contradictions"], console)


def render_contradictions(items: list[dict], console) -> None:
    if not items:  # as `sitrep events` does: a sentence, not an empty frame
        console.print("no contradictions", markup=False, highlight=False)
        return
    table = Table(title=_count(len(items), "contradiction"), show_lines=True)
    for col in ("kind", "incident / document", "summary", "side", "who says so (document, source chain: text)"):
        table.add_column(col, overflow="fold")
    for c in items:
        where = c.get("incident_id") or ""
        if c.get("scope") == "document":
            where = f"{c.get('doc_id')}" + (f" ({where})" if where else "")
        for k, side in enumerate(c.get("sides") or []):
            reports = "\n".join(_report_line(r) for r in side["reports"])
            table.add_row(c["kind"] if k == 0 else "", where if k == 0 else "", c["summary"] if k == 0 else "",
                          str(side["value"]), reports)
    console.print(table)


def _report_line(r: dict) -> str:
    """"doc outlet, speaker: “text” [start:end]", leaving out what is unknown (a document with no outlet, a claim
    with no source chain) rather than printing an empty field."""
    chain = r.get("source_chain") or r.get("by")
    outlet = r.get("outlet")
    if chain and outlet and str(chain).startswith(f"{outlet} ←"):
        outlet = None  # the chain starts at the outlet: "Irrawaddy Watch, Irrawaddy Watch ← PDF" said it twice
    who = " ".join(x for x in (r.get("doc_id"), outlet) if x)
    if chain:
        who = f"{who}, {chain}" if who else str(chain)
    return f"{who}: {quoted(r.get('text') or '')} [{r.get('start')}:{r.get('end')}]"


_QUOTES = "\"'“”‘’«»„"


def quoted(text: str, limit: int = 160) -> str:
    """`text` in curly quotes for a table: the quote marks a quoted claim already has ('"The enemy is trying…,"')
    are not doubled, and a text cut at `limit` ends in "…" at a word's end."""
    text = " ".join(text.split())
    if len(text) >= 2 and text[0] in _QUOTES and text.rstrip(",.")[-1:] in _QUOTES:
        text = text.rstrip(",.").strip(_QUOTES).rstrip(",")
    elif text[:1] in _QUOTES and sum(ch in _QUOTES for ch in text) % 2:
        text = text[1:]  # a quotation whose end the claim's text leaves out
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        text = cut.rstrip(",;:") + "…"
    return f"“{text}”"


def _count(n: int, noun: str) -> str:
    """ "1 doc", "3 events"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
