"""A report as Markdown: the same sections as the HTML without the charts, figures linked to an evidence
appendix (`<a id="ev-N">` anchors, which GitHub and most renderers keep)."""
from __future__ import annotations

from .model import Report, count, fmt_num


def _m(s) -> str:
    """Escape the characters that would break a Markdown table or start markup."""
    s = " ".join(str("" if s is None else s).split())
    for ch in ("\\", "|", "*", "_", "[", "]", "<", ">", "`"):
        s = s.replace(ch, "\\" + ch)
    return s


def _account_name(a) -> str:
    """A source's account named by its outlet, else (an article that names none) by its headline, then its id."""
    return a.outlet or _clip(a.title, 60) or a.doc_id


def _clip(s: str | None, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def _fig(text: str, ref: str | None) -> str:
    return f"[{_m(text)}](#{ref})" if ref else _m(text)


def _cite(refs) -> str:
    return "".join(f"[\\[{r[3:]}\\]](#{r})" for r in dict.fromkeys(refs) if r)


def _more(shown: int, total: int, what: str, ui: str | None) -> list[str]:
    if total <= shown:
        return []
    return ["", f"… and {fmt_num(total - shown)} more {what}" + (f" ([all in the sitrep UI]({ui}))" if ui else ""), ""]


_NO_EVENTS = "No stored event matches these filters: widen them (or ingest more articles) for a report."


def to_markdown(report: Report, ui_base: str | None = None) -> str:
    r = report
    if ui_base is not None:
        r.ui_base = ui_base
    filt = ", ".join(f"{k} {v}" for k, v in r.filters.items()) or "all stored events"
    L = [f"# {_m(r.title)}", "", f"Filters: {_m(filt)} · generated {r.generated} by sitrep from "
         f"{count(r.n_documents, 'article')}{' ' + _m(r.by_outlets) if r.by_outlets else ''}. Every figure links to the passage it "
         "comes from.", "", "## Summary", "",
         f"- **Events:** [{fmt_num(r.n_events)}](#events-by-type) ({fmt_num(r.n_mapped)} mapped"
         + (f", {fmt_num(r.undated)} undated" if r.undated else "") + ")",
         f"- **Reported fatalities:** [{_m(r.fatalities.text()) if r.fatalities.n else 'none reported'}](#fatalities)"
         + (f" in {fmt_num(r.fatality_events)} event{'' if r.fatality_events == 1 else 's'}" if r.fatalities.n else ""),
         f"- **Incidents:** [{fmt_num(r.incidents_total)}](#main-incidents), {fmt_num(r.contradictions_total)} with "
         "contradictions",
         f"- **Claims:** [{fmt_num(r.claims_total)}](#claims-ledger) ("
         + (", ".join(f"{n} {v}" for v, n in sorted(r.verdicts.items())) or "none") + ")", "",
         *(["| ACLED type | Events | Share |", "|---|---:|---:|"] if r.by_type else [_NO_EVENTS])]
    for t, n in r.by_type:
        L.append(f"| {_m(t)} | [{fmt_num(n)}](#{_anchor(t)}) | {100 * n / max(1, r.n_events):.0f}% |")
    L += ["", '<a id="fatalities"></a>', "", "### Fatalities, by the side that reports them", ""]
    if not r.by_side:
        L.append("No fatality figure is reported in these articles.")
    else:
        L += [f"Headline: each incident from its lowest to its highest report, summed: **{_m(r.fatalities.text())}**. "
              f"Every figure as reported, summed (an incident reported twice counts twice): "
              f"{_m(r.fatalities_reports.text())}.", "",
              "| Reported by | Fatalities | Events | Figures as reported |", "|---|---:|---:|---|"]
        for st in r.by_side[:r.limit]:
            figs = ", ".join(_fig(f.span.text(), f.ref) for f in st.figures)
            if st.n_figures > len(st.figures):
                figs += f" and {st.n_figures - len(st.figures)} more"
            names = f" ({_m('; '.join(st.side.names[:3]))})" if st.side.attributed and st.side.names and \
                not st.side.label.startswith(st.side.names[0]) else ""
            L.append(f"| {_m(st.side.label)}{names} | {_m(st.span.text())}{_cite([st.figures[0].ref])} | "
                     f"{st.events} | {figs} |")
        L += _more(min(len(r.by_side), r.limit), len(r.by_side), "sides", None)
    if r.cumulative:
        L += ["", "Running totals, not summed: " + "; ".join(
            f"{_fig(f.span.text(), f.ref)} {_m(f.item or '')} ({_m(f.side.label)})" for f in r.cumulative) + "."]

    L += ["", "## Main incidents", "",
          f"{fmt_num(r.incidents_total)} incidents; contradicted, deadliest and most reported first.", ""]
    for inc in r.incidents:
        head = inc.accounts[0].refs[0] if inc.accounts and inc.accounts[0].refs else None
        L += [f"### {_fig(inc.title, head)}", "",
              f"{_m(inc.date or 'undated')}{' to ' + inc.date_end if inc.date_end else ''} · "
              f"{_m(inc.event_type or 'untyped')} · {_m(inc.sources_text)} · {count(len(inc.event_ids), 'event')}", ""]
        if inc.fatalities.n:
            refs = [f.ref for a in inc.accounts for f in a.figures if f.kind == "fatalities" and not f.cumulative]
            line = f"Fatalities: {_fig(inc.fatalities.text(), refs[0] if refs else None)}{_cite(refs[1:])}"
            if len(inc.fatality_sides) == 1:
                line += f" — reported only by {_m(inc.fatality_sides[0])}"
            L += [line, ""]
        for c in inc.contradictions:
            L.append(f"> **Contradiction ({_m(c.kind)}):** {_m(c.text)}" + ("" if c.sides else _cite(c.refs)))
            for value, items in c.sides:
                L += [">", f"> - **{_m(value)}**: " + "; ".join(f"{_m(who)}{_cite([ref] if ref else [])}"
                                                                for who, ref in items)]
            L.append("")
        accs = inc.accounts[:4]
        L.append("| | " + " | ".join(f"{_m(_account_name(a))} ({_m((a.published or '')[:10])})" for a in accs) + " |")
        L.append("|---|" + "---|" * len(accs))
        def figs(a, fatal):
            items = [f for f in a.figures if (f.kind == "fatalities") == fatal]
            return "<br>".join(f"{_fig(f.span.text(), f.ref)} {_m(f.item or f.kind)} per {_m(f.side.label)}"
                               for f in items) or "—"
        rows = [("Speakers", lambda a: _m(", ".join(a.speakers)) or "the outlet itself"),
                ("What", lambda a: _m("; ".join(a.what))), ("Where", lambda a: _m("; ".join(a.where))),
                ("When", lambda a: _m("; ".join(a.when))), ("Status", lambda a: _m(", ".join(a.status))),
                ("Fatalities", lambda a: figs(a, True)), ("Other figures", lambda a: figs(a, False)),
                ("Evidence", lambda a: _cite(a.refs[:3]))]
        for label, cell in rows:
            L.append(f"| **{label}** | " + " | ".join(cell(a) for a in accs) + " |")
        if inc.accounts_total > len(accs):
            L += ["", f"… and {inc.accounts_total - len(accs)} more sources: " + ", ".join(
                _fig(_account_name(a), a.refs[0] if a.refs else None) for a in inc.accounts[4:])]
        L.append("")
    L += _more(len(r.incidents), r.incidents_total, "incidents", r.ui_list())

    L += ["## Claims ledger", "", "Who claimed what, who denied it, and what nobody else confirms.", ""]
    if r.claims:
        L += ["| Claimant | Claim | Responses | Status | Source |", "|---|---|---|---|---|"]
        for c in r.claims:
            resp = "<br>".join(f"{_m(x.stance)} by {_m(x.by)}: “{_m(_clip(x.text, 120))}”{_cite([x.ref])}"
                               for x in c.responses) or "none"
            who = _m(c.claimant or "?") + (f" ({_m(c.claimant_country)})" if c.claimant_country else "")
            L.append(f"| {who} | {_m(c.stance)}s {_fig(_clip(c.text, 160), c.ref)} | {resp} | {c.verdict} | "
                     f"{_m(c.outlet or c.doc_id)} {_m((c.published or '')[:10])} |")
        L += _more(len(r.claims), r.claims_total, "claims", r.ui_base and r.ui_base.rstrip("/") + "/#/claims")
    else:
        L.append("No attributed claim.")

    L += ["", "## Sources", "", "| Outlet | Article | Published | Events | Claims | Speakers cited |",
          "|---|---|---|---:|---:|---|"]
    for s in r.sources:
        L.append(f"| {_m(s.outlet or 'unknown outlet')} | {_m(s.title or s.doc_id)}{_cite([s.ref] if s.ref else [])}"
                 f"{' — ' + _m(s.url) if s.url else ''} | {_m((s.published or '')[:16])} | {s.events} | {s.claims} | "
                 f"{_m(', '.join(s.speakers))} |")
    L += _more(len(r.sources), r.sources_total, "articles", None)

    L += ["", "## Events by type", ""]
    counts = dict(r.by_type)
    for t, rows in r.index.items():
        L += [f'<a id="{_anchor(t)}"></a>', "", f"### {_m(t)} ({fmt_num(counts.get(t, len(rows)))} events)", "",
              "| Date | What | Where | Status | Fatalities | Outlet |", "|---|---|---|---|---:|---|"]
        for e in rows:
            L.append(f"| {_m(e.date or 'undated')} | {_fig(e.sub_event_type or t, e.ref)} | {_m(e.location)} | "
                     f"{_m(e.status)} | {_fig(e.fatalities.text(), e.ref) if e.fatalities.n else '—'} | "
                     f"{_m(e.outlet)} |")
        L += _more(len(rows), counts.get(t, 0), "events of this type", r.ui_list(type=t))
        L.append("")

    L += ["## Evidence", ""]
    for x in r.refs.values():
        ui = r.ui_event(x.event_id) if x.event_id else None
        L.append(f'<a id="{x.id}"></a>**[{x.id[3:]}]** {_m(x.before)} **{_m(x.text)}** {_m(x.after)} — '
                 f"{_m(x.outlet or 'unknown outlet')}, {_m((x.published or '')[:16])}, document {_m(x.doc_id)} "
                 f"characters {x.start}–{x.end}" + (f", event {_m(x.event_id)}" if x.event_id else "")
                 + (f" ([open in sitrep]({ui}))" if ui else ""))
        L.append("")
    L += ["## How this report is counted", "",
          "- Events, claims and figures are sitrep's automatic extraction from the articles listed; each figure is "
          "quoted in the evidence section.",
          "- A figure's side is the claimant quoting it, else the event's named speaker, else the outlet "
          "(unattributed)."] + [f"- {_m(n)}" for n in r.notes]
    return "\n".join(L) + "\n"


def _anchor(t: str) -> str:
    import re

    return "type-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
