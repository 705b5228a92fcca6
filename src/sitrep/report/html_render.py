"""A report as one self-contained HTML page: inline CSS, inline SVG, no script, nothing fetched.

Every figure is an `<a class="fig">` to its evidence: a quoted span in the appendix (`#ev-N`), or a section of
the report listing the figures it sums, each of which links to its quote. With a UI base URL the appendix
entries also link to the web UI's event pages.
"""
from __future__ import annotations

import re
from html import escape

from .model import Account, ClaimEntry, Figure, Incident, Ref, Report, count, fmt_num
from .svg import color, legend, map_svg, timeline_svg

CSS = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d0d7de; --bg:#fff; --soft:#f6f8fa; --warn:#b35900;
        --bad:#cf222e; --ok:#1a7f37; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
       background: var(--bg); margin: 0; }
main { max-width: 920px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line);
padding-bottom: 4px; } h3 { font-size: 15px; margin: 18px 0 6px; }
.muted, .meta { color: var(--muted); } .meta { font-size: 12.5px; }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
a.fig { font-weight: 600; color: inherit; border-bottom: 1px dotted #0969da; }
a.cite { font-size: 11px; vertical-align: super; margin-left: 1px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; font-size: 12.5px; }
td.num, th.num { text-align: right; white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 14px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: var(--soft); }
.card .big { font-size: 20px; font-weight: 700; display: block; } .card .big a.fig { border: 0; }
.key { display: inline-block; margin-right: 12px; font-size: 12px; }
.key i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px;
        vertical-align: -1px; }
.chip { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 5px; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; border: 1px solid var(--line); }
.st-denied, .v-denied, .v-denial { color: var(--bad); border-color: var(--bad); }
.st-disputed, .st-claimed, .v-unconfirmed { color: var(--warn); border-color: var(--warn); }
.v-confirmed { color: var(--ok); border-color: var(--ok); }
.v-other-sources { color: var(--muted); }
td.claim a.fig { font-weight: 400; }
.incident { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px 4px; margin: 12px 0;
            break-inside: avoid; }
.incident h3 { margin-top: 4px; }
.contra { border-left: 4px solid var(--bad); background: #fff1f0; padding: 4px 8px; margin: 6px 0; }
.single { color: var(--warn); font-size: 12.5px; }
table.side td { font-size: 13px; } table.side th:first-child { width: 110px; }
q { quotes: "“" "”"; font-style: italic; }
ol.appendix { padding-left: 0; list-style: none; } ol.appendix li { margin: 0 0 8px; break-inside: avoid;
  border-left: 3px solid var(--line); padding-left: 8px; }
ol.appendix li:target { border-color: #0969da; background: #f0f6ff; }
.quote { font-family: Georgia, serif; } mark { background: #fff3b0; padding: 0 1px; }
svg { max-width: 100%; height: auto; display: block; } svg text.grat { font-size: 9px; fill: #6b7c8c; stroke: none; }
svg text.country { font-size: 11px; fill: #6e6a5e; font-style: italic; }
svg text.count { font-size: 10px; font-weight: 700; fill: #1f2328; pointer-events: none; }
svg text.axis { font-size: 10px; fill: #57606a; }
.note { font-size: 12.5px; color: var(--muted); }
.more { font-size: 12.5px; color: var(--muted); margin: 2px 0 10px; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } a { color: inherit; } }
@page { size: A4; margin: 14mm 12mm; }
"""


def _e(s) -> str:
    return escape("" if s is None else str(s))


def _slug(s: str) -> str:
    return "type-" + re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def fig(text: str, href: str | None, title: str | None = None) -> str:
    t = f' title="{_e(title)}"' if title else ""
    return f'<a class="fig" href="{_e(href)}"{t}>{_e(text)}</a>' if href else _e(text)


def cite(refs: list[str]) -> str:
    """Superscript links to appendix entries."""
    return "".join(f'<a class="cite" href="#{r}">[{r[3:]}]</a>' for r in dict.fromkeys(refs) if r)


def _date(s: str | None) -> str:
    return (s or "")[:16].replace("T", " ") or "undated"


class _Html:
    def __init__(self, report: Report, ui_base: str | None = None):
        self.r = report
        if ui_base is not None:
            self.r.ui_base = ui_base

    def more(self, shown: int, total: int, what: str, ui: str | None = None, hint: str = "") -> str:
        if total <= shown:
            return ""
        link = f' — <a href="{_e(ui)}">all {fmt_num(total)} in the sitrep UI</a>' if ui else ""
        return f'<p class="more">… and {fmt_num(total - shown)} more {what}{link}{_e(hint)}</p>'

    def render(self) -> str:
        r = self.r
        body = [self.header(), self.headline(), self.map(), self.timeline(), self.incidents(), self.claims(),
                self.sources(), self.index(), self.appendix(), self.method()]
        return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta name=\"generator\" content=\"sitrep report\">"
                f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{_e(r.title)}</title>"
                f"<style>{CSS}</style></head><body><main>" + "".join(body) + "</main></body></html>\n")

    # --- sections -----------------------------------------------------------------------------------------
    def header(self) -> str:
        r = self.r
        filt = ", ".join(f"{k} {v}" for k, v in r.filters.items()) or "all stored events"
        return (f"<header><h1>{_e(r.title)}</h1><p class=\"meta\">Filters: {_e(filt)} · generated {_e(r.generated)} "
                f"by sitrep from {fig(count(r.n_documents, 'article'), '#sources')}"
                f"{' ' + _e(r.by_outlets) if r.by_outlets else ''}. Every figure links to the passage it comes from.</p></header>")

    def headline(self) -> str:
        r = self.r
        f = r.fatalities
        cards = [
            ("events", fig(fmt_num(r.n_events), "#index"), f"{fmt_num(r.n_mapped)} mapped"
             + (f", {fmt_num(r.undated)} undated" if r.undated else "")),
            ("reported fatalities", fig(f.text() if f.n else "none reported", "#fatalities"),
             f"in {fmt_num(r.fatality_events)} event{'' if r.fatality_events == 1 else 's'}" if f.n
             else "no fatality figure in these reports"),
            ("incidents", fig(fmt_num(r.incidents_total), "#incidents"),
             f"{fmt_num(r.contradictions_total)} with contradictions"),
            ("claims", fig(fmt_num(r.claims_total), "#claims"),
             ", ".join(f"{fmt_num(n)} {v}" for v, n in sorted(r.verdicts.items())) or "none"),
        ]
        out = ['<section id="summary"><h2>Summary</h2><div class="cards">']
        for label, big, small in cards:
            out.append(f'<div class="card"><span class="muted">{_e(label)}</span><span class="big">{big}</span>'
                       f'<span class="meta">{_e(small)}</span></div>')
        if not r.by_type:
            from .md_render import _NO_EVENTS

            out.append(f'</div><p class="note" id="no-events">{_e(_NO_EVENTS)}</p>')
            out.append(self.fatalities())
            return "".join(out) + "</section>"
        out.append("</div><h3>Events by ACLED type</h3><table><thead><tr><th>Type</th><th class=\"num\">Events</th>"
                   "<th class=\"num\">Share</th></tr></thead><tbody>")
        for t, n in r.by_type:
            out.append(f'<tr><td><span class="chip" style="background:{color(t)}"></span>{_e(t)}</td>'
                       f'<td class="num">{fig(fmt_num(n), "#" + _slug(t))}</td>'
                       f'<td class="num">{100 * n / max(1, r.n_events):.0f}%</td></tr>')
        out.append("</tbody></table>")
        if any(s != "reported" for s, _ in r.by_status):
            out.append('<p class="note">Status: ' + ", ".join(
                f'{_e(s)} {fig(fmt_num(n), "#index")}' for s, n in r.by_status) + ".</p>")
        out.append(self.fatalities())
        return "".join(out) + "</section>"

    def fatalities(self) -> str:
        r = self.r
        out = ['<h3 id="fatalities">Fatalities, by the side that reports them</h3>']
        if not r.by_side:
            out.append('<p class="note">No fatality figure is reported in these articles.</p>')
        else:
            out.append(f'<p class="note">Headline: each incident counts from its lowest to its highest report, '
                       f'summed over incidents: <b>{_e(r.fatalities.text())}</b>. Every figure as reported, summed '
                       f'(an incident reported twice counts twice): {_e(r.fatalities_reports.text())}. '
                       f'A range stays a range; "at least" leaves the top open.</p>')
            out.append("<table><thead><tr><th>Reported by</th><th class=\"num\">Fatalities</th>"
                       "<th>Figures as reported</th></tr></thead><tbody>")
            for st in r.by_side[:r.limit]:
                side = st.side
                named = side.names and side.attributed and not side.label.startswith(side.names[0])
                who = _e(side.label) + (f' <span class="meta">({_e("; ".join(side.names[:3]))})</span>'
                                        if named else "")
                figs = ", ".join(fig(_figure_text(f), "#" + f.ref, f"{f.text} — {f.item or f.kind}")
                                 for f in st.figures)
                if st.n_figures > len(st.figures):
                    figs += f' <span class="meta">and {fig(str(st.n_figures - len(st.figures)), "#index")} more</span>'
                n_ev = f'<br><span class="meta">in {fig(str(st.events), "#" + st.figures[0].ref)} ' \
                       f'{"event" if st.events == 1 else "events"}</span>' if st.events > 1 else ""
                out.append(f"<tr><td>{who}</td><td class=\"num\">{fig(st.span.text(), '#' + st.figures[0].ref)}"
                           f"</td><td>{figs}{n_ev}</td></tr>")
            out.append("</tbody></table>")
            out.append(self.more(min(len(r.by_side), r.limit), len(r.by_side), "sides"))
            if any(not s.side.attributed for s in r.by_side):
                out.append('<p class="note">"Unattributed": the outlet states the figure without naming who gave '
                           "it.</p>")
        if r.cumulative:
            out.append('<p class="note">Running totals, not summed: ' + "; ".join(
                f"{fig(_figure_text(f), '#' + f.ref)} {_e(f.item or '')} ({_e(f.side.label)})" for f in r.cumulative)
                + ".</p>")
        return "".join(out)

    def map(self) -> str:
        r = self.r
        if not r.points:
            return ('<section id="map"><h2>Map</h2><p class="note">No event in this selection has coordinates.</p>'
                    '</section>')

        def link(p):
            if p is None:
                return "#index"
            return "#" + p.ref if p.ref else "#index"
        types = [t for t, _ in r.by_type]
        return (f'<section id="map"><h2>Map</h2>{map_svg(r.points, link=link)}<p>{legend(types)}</p>'
                f'<p class="note">{fmt_num(r.n_mapped)} events at their primary location; numbered circles cluster '
                f'nearby events (the ring shows each ACLED type\'s share). Country-level locations sit at the '
                f'country\'s '
                f'reference point. Basemap: Natural Earth.</p></section>')

    def timeline(self) -> str:
        r = self.r

        def link(day, unit):
            return r.ui_list(since=day, until=day) if unit == "day" else None
        svg, unit = timeline_svg(r.timeline, link=link if r.ui_base else None)
        if not svg:
            return ""
        return (f'<section id="timeline"><h2>Timeline</h2>{svg}<p>{legend([t for t, _ in r.by_type])}</p>'
                f'<p class="note">Events per {unit} by ACLED type (an event spanning several days counts on its first '
                f'day).</p></section>')

    def incidents(self) -> str:
        r = self.r
        how = {"merge": "grouped by sitrep's incident merger", "grouped": "grouped by day, place and type"}
        out = [f'<section id="incidents"><h2>Main incidents</h2><p class="note">{fmt_num(r.incidents_total)} incidents '
               f'({_e(how.get(r.incident_origin, r.incident_origin))}); contradicted, deadliest and most reported '
               f'first. Each source\'s account side by side.</p>']
        for inc in r.incidents:
            out.append(self.incident(inc))
        out.append(self.more(len(r.incidents), r.incidents_total, "incidents", r.ui_list()))
        return "".join(out) + "</section>"

    def incident(self, inc: Incident) -> str:
        head_ref = inc.accounts[0].refs[0] if inc.accounts and inc.accounts[0].refs else None
        when = _e(inc.date or "undated") + (f" to {_e(inc.date_end)}" if inc.date_end else "")
        out = [f'<div class="incident" id="inc-{_e(inc.id)}"><h3>{fig(inc.title, "#" + head_ref if head_ref else None)}'
               f'</h3><p class="meta">{when} · {_e(inc.event_type or "untyped")} · {_e(inc.sources_text)} '
               f'· {len(inc.event_ids)} '
               f'{"event" if len(inc.event_ids) == 1 else "events"}</p>']
        if inc.fatalities.n:
            refs = [f.ref for a in inc.accounts for f in a.figures if f.kind == "fatalities" and not f.cumulative]
            line = f"Fatalities: {fig(inc.fatalities.text(), '#' + refs[0] if refs else None)}{cite(refs[1:])}"
            if len(inc.fatality_sides) == 1:
                line += f' <span class="single">reported only by {_e(inc.fatality_sides[0])}</span>'
            out.append(f"<p>{line}</p>")
        for c in inc.contradictions:
            out.append(f'<div class="contra"><b>Contradiction ({_e(c.kind)}):</b> {_e(c.text)}')
            if c.sides:
                out.append("<br>" + "<br>".join(
                    f"<b>{_e(value)}</b>: " + "; ".join(f"{_e(who)}{cite([ref] if ref else [])}" for who, ref in items)
                    for value, items in c.sides))
            else:
                out.append(cite(c.refs))
            out.append("</div>")
        accs = inc.accounts[:4]
        out.append('<table class="side"><thead><tr><th></th>' + "".join(
            f"<th>{_e(_account_name(a))}<br><span class=\"meta\">{_e(_date(a.published))}</span></th>"
            for a in accs) + "</tr></thead><tbody>")
        rows = [("Speakers", lambda a: _e(", ".join(a.speakers)) or '<span class="meta">the outlet itself</span>'),
                ("What", lambda a: _e("; ".join(a.what))), ("Where", lambda a: _e("; ".join(a.where))),
                ("When", lambda a: _e("; ".join(a.when))),
                ("Status", lambda a: " ".join(f'<span class="badge st-{_e(s)}">{_e(s)}</span>' for s in a.status)),
                ("Fatalities", lambda a: self.figures(a, True)), ("Other figures", lambda a: self.figures(a, False)),
                ("Evidence", lambda a: self.quotes(a))]
        for label, cell in rows:
            out.append(f"<tr><th>{label}</th>" + "".join(f"<td>{cell(a)}</td>" for a in accs) + "</tr>")
        out.append("</tbody></table>")
        if inc.accounts_total > len(accs):
            extra = inc.accounts[4:]
            out.append(f'<p class="more">… and {inc.accounts_total - len(accs)} more sources: ' + ", ".join(
                fig(_account_name(a), "#" + a.refs[0] if a.refs else None) for a in extra) + "</p>")
        return "".join(out) + "</div>"

    def figures(self, a: Account, fatal: bool) -> str:
        figs = [f for f in a.figures if (f.kind == "fatalities") == fatal]
        if not figs:
            return '<span class="meta">—</span>'
        return "<br>".join(
            f"{fig(_figure_text(f), '#' + f.ref, f.text)} "
            f"{_e(f.item or '') if fatal else _e(f.kind + ': ' + (f.item or ''))}"
            f'{" (running total)" if f.cumulative else ""} <span class="meta">per {_e(f.side.label)}</span>'
            for f in figs)

    def quotes(self, a: Account) -> str:
        out = []
        for ref in a.refs[:2]:
            x = self.r.refs.get(ref)
            if x:
                out.append(f'<q>{_e(_clip(x.text, 180))}</q>{cite([ref])}')
        return "<br>".join(out)

    def claims(self) -> str:
        r = self.r
        out = ['<section id="claims"><h2>Claims ledger</h2><p class="note">Who claimed what, who denied it, and what '
               'nobody else confirms. "Unconfirmed": no response to the claim in these articles; "other sources": '
               'other articles report the same incident, without checking this claim.</p>']
        if not r.claims:
            return "".join(out) + '<p class="note">No attributed claim.</p></section>'
        out.append("<table><thead><tr><th>Claimant</th><th>Claim</th><th>Responses</th><th>Status</th><th>Source"
                   "</th></tr></thead><tbody>")
        for c in r.claims:
            out.append(self.claim(c))
        out.append("</tbody></table>")
        out.append(self.more(len(r.claims), r.claims_total, "claims",
                             r.ui_base and r.ui_base.rstrip("/") + "/#/claims"))
        return "".join(out) + "</section>"

    def claim(self, c: ClaimEntry) -> str:
        who = _e(c.claimant or "?") + (f' <span class="meta">{_e(c.claimant_country)}</span>'
                                       if c.claimant_country else "")
        resp = "<br>".join(f'<span class="badge v-{"denied" if x.stance == "deny" else "confirmed"}">{_e(x.stance)}'
                           f'</span> {_e(x.by)}{" (" + _e(x.by_country) + ")" if x.by_country else ""}: '
                           f'<q>{_e(_clip(x.text, 140))}</q>{cite([x.ref])}' for x in c.responses) or \
            '<span class="meta">none</span>'
        return (f'<tr><td>{who}</td><td class="claim"><span class="meta">{_e(c.stance)}s</span> '
                f'{fig(_clip(c.text, 200), "#" + c.ref)}</td><td>{resp}</td>'
                f'<td><span class="badge v-{_e(c.verdict.replace(" ", "-"))}">{_e(c.verdict)}</span></td>'
                f'<td>{_e(c.outlet or c.doc_id)}<br><span class="meta">{_e(_date(c.published))}</span></td></tr>')

    def sources(self) -> str:
        r = self.r
        out = ['<section id="sources"><h2>Sources</h2><table><thead><tr><th>Outlet</th><th>Article</th><th>Published'
               '</th><th class="num">Events</th><th class="num">Claims</th><th>Speakers cited</th></tr></thead><tbody>']
        for s in r.sources:
            title = _e(s.title or s.doc_id)
            url = f'<br><span class="meta">{_e(s.url)}</span>' if s.url else ""
            out.append(f"<tr><td>{_e(s.outlet or 'unknown outlet')}</td><td>{title}{cite([s.ref] if s.ref else [])}"
                       f'{url}<br><span class="meta">document {_e(s.doc_id)}</span></td><td>{_e(_date(s.published))}'
                       f'</td><td class="num">{fig(str(s.events), "#" + s.ref if s.ref else None)}</td>'
                       f'<td class="num">{s.claims}</td><td>{_e(", ".join(s.speakers))}</td></tr>')
        out.append("</tbody></table>")
        out.append(self.more(len(r.sources), r.sources_total, "articles", r.ui_base and
                             r.ui_base.rstrip("/") + "/#/documents"))
        return "".join(out) + "</section>"

    def index(self) -> str:
        r = self.r
        out = ['<section id="index"><h2>Events by type</h2>']
        counts = dict(r.by_type)
        for t, rows in r.index.items():
            out.append(f'<h3 id="{_slug(t)}"><span class="chip" style="background:{color(t)}"></span>{_e(t)} '
                       f'<span class="meta">{fmt_num(counts.get(t, len(rows)))} events</span></h3>')
            out.append("<table><thead><tr><th>Date</th><th>What</th><th>Where</th><th>Status</th><th class=\"num\">"
                       "Fatalities</th><th>Outlet</th></tr></thead><tbody>")
            for e in rows:
                fat = fig(e.fatalities.text(), "#" + e.ref) if e.fatalities.n else '<span class="meta">—</span>'
                out.append(f"<tr><td>{_e(e.date or 'undated')}</td><td>{fig(e.sub_event_type or t, '#' + e.ref)}</td>"
                           f"<td>{_e(e.location)}</td><td>{_e(e.status)}</td><td class=\"num\">{fat}</td>"
                           f"<td>{_e(e.outlet)}</td></tr>")
            out.append("</tbody></table>")
            out.append(self.more(len(rows), counts.get(t, 0), "events of this type",
                                 r.ui_list(type=t if t != "(untyped)" else None)))
        return "".join(out) + "</section>"

    def appendix(self) -> str:
        r = self.r
        out = ['<section id="evidence"><h2>Evidence</h2><p class="note">The passages the figures above come from, '
               'quoted from the stored articles; the marked words are the span sitrep extracted.</p>'
               '<ol class="appendix">']
        for ref in r.refs.values():
            out.append(self.evidence(ref))
        return "".join(out) + "</ol></section>"

    def evidence(self, x: Ref) -> str:
        r = self.r
        ui = r.ui_event(x.event_id) if x.event_id else None
        where = [f"[{x.id[3:]}]", x.outlet or "unknown outlet", _date(x.published)]
        tail = f' · event {_e(x.event_id)}' if x.event_id else ""
        tail += f' · <a href="{_e(ui)}">open in sitrep</a>' if ui else ""
        return (f'<li id="{x.id}"><span class="quote">{_e(x.before)} <mark>{_e(x.text)}</mark> {_e(x.after)}</span>'
                f'<br><span class="meta">{_e(" · ".join(where))} · document {_e(x.doc_id)}, characters '
                f'{x.start}–{x.end}{tail}</span></li>')

    def method(self) -> str:
        r = self.r
        notes = "".join(f"<li>{_e(n)}</li>" for n in r.notes)
        return ('<section id="method"><h2>How this report is counted</h2><ul class="note">'
                "<li>Events, claims and figures are sitrep's automatic extraction from the articles listed; each "
                "figure is quoted in the evidence section. Nothing here is verified beyond what the sources say.</li>"
                "<li>A figure's side is the claimant quoting it, else the event's named speaker, else the outlet "
                "(unattributed).</li>"
                f"{notes}</ul></section>")


def _figure_text(f: Figure) -> str:
    return f.span.text()


def _account_name(a) -> str:
    """A source's account named by its outlet, else (an article that names none) by its headline, then its id."""
    return a.outlet or _clip(a.title, 60) or a.doc_id


def _clip(s: str | None, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def to_html(report: Report, ui_base: str | None = None) -> str:
    """The report as one self-contained HTML document (no script, no external resource)."""
    return _Html(report, ui_base).render()
