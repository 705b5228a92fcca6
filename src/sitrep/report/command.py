"""`sitrep report`: a plain command function, so wiring it into the CLI is two lines:

    from .report.command import report_command
    app.command("report")(report_command)
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class ReportFormat(str, Enum):
    html = "html"
    md = "md"
    pdf = "pdf"
    png = "png"


def report_command(
        since: Optional[str] = typer.Option(None, metavar="DATE", help="YYYY-MM-DD (or YYYY-MM, YYYY): events ending on or after."),
        until: Optional[str] = typer.Option(None, metavar="DATE", help="YYYY-MM-DD (or YYYY-MM, YYYY): events starting on or before."),
        country: Optional[str] = typer.Option(None, metavar="CODE", help="ISO alpha-2 or alpha-3 of the event's location."),
        bbox: Optional[str] = typer.Option(None, metavar="BOX", help="minlon,minlat,maxlon,maxlat: events whose "
                                                                         "primary location is inside."),
        incident: Optional[str] = typer.Option(None, "--incident", metavar="ID", help="One incident (or event) id."),
        db: Optional[str] = typer.Option(None, "--db", metavar="FILE", help="DuckDB file (default ./sitrep.duckdb or $SITREP_DB)."),
        format: ReportFormat = typer.Option(ReportFormat.html, "--format", "-f", help="html, md, pdf or png."),
        output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE",
                                             help="File to write, or - for stdout (the default for html and md)."),
        ui_base: Optional[str] = typer.Option(None, "--ui-base", envvar="SITREP_UI_BASE", metavar="URL",
                                              help="URL of `sitrep serve` (e.g. http://localhost:8000): link "
                                                   "evidence to the web UI's event pages too."),
        limit: int = typer.Option(25, min=1, max=1000, metavar="N", help="Items per list (incidents, claims, sources...)."),
        merge: bool = typer.Option(True, help="Bring the store's incidents up to date first (needs write access; "
                                              "skipped when the file is read-only or locked)."),
):
    """A situation report: counts, fatalities by side, map, timeline, incidents with their sources side by
    side, contradictions, claims ledger and sources, every figure linked to its quoted evidence."""
    from ..errors import SitrepError
    from ..store import Store
    from . import build_report, to_html, to_markdown, to_pdf, to_png

    if output == "-":  # stdout, as `sitrep export -o -` (was a file named "-")
        output = None
        if format in (ReportFormat.pdf, ReportFormat.png):
            raise typer.BadParameter(f"{format.value} is binary: give a file with -o FILE", param_hint="-o")
    if format in (ReportFormat.pdf, ReportFormat.png) and not output:
        raise typer.BadParameter(f"--format {format.value} needs -o FILE", param_hint="-o")
    try:
        if merge:
            _update_incidents(db)
        with Store(db, read_only=True) as store:
            report = build_report(store, since=since, until=until, country=country, bbox=bbox, incident=incident,
                                  ui_base=ui_base, limit=limit)
        if not report.n_events:
            typer.echo("sitrep: no stored event matches these filters; the report is empty", err=True)
        if format == ReportFormat.pdf:
            to_pdf(report, output)
        elif format == ReportFormat.png:
            to_png(report, output)
        else:
            text = to_html(report) if format == ReportFormat.html else to_markdown(report)
            if output:
                Path(output).write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
    except SitrepError as exc:
        typer.echo(f"sitrep: {exc}", err=True)
        raise typer.Exit(1)
    if output:
        typer.echo(f"sitrep: report of {report.n_events} events, {report.incidents_total} incidents written to "
                   f"{output}", err=True)


def _update_incidents(db: str | None) -> None:
    """Run the merge stage when it is installed and the store is writable; otherwise report as stored."""
    try:
        from .. import merge
    except Exception:
        return
    if not hasattr(merge, "update"):
        return
    import duckdb

    from ..errors import StoreError
    from ..store import Store, default_path

    path = db or default_path()
    if not Path(path).exists():
        return  # Store(read_only=True) below says what is missing
    try:
        with Store(path) as store:
            merge.update(store)
    except (StoreError, OSError, duckdb.Error):
        pass  # read-only file or another process holds the lock: the report uses what is stored
