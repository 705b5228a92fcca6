"""Command functions for the CLI (args → prints), so wiring is one line each:

    app.command("incidents")(merge.commands.incidents_command)
    app.command("contradictions")(merge.commands.contradictions_command)
    # and after each ingest: merge.update(store)
"""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.console import Console

DB_OPTION = typer.Option(None, "--db", help="DuckDB file (default ./sitrep.duckdb or $SITREP_DB).")
FORMAT_OPTION = typer.Option("table", "--format", "-f", help="table or json.")


def _console() -> Console:
    return Console(width=None if sys.stdout.isatty() else 160)


def _write(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _store(db: Optional[str], update: bool):
    from ..errors import StoreError
    from ..store import Store

    try:
        store = Store(db)  # writable: merge tables are created and brought up to date
    except StoreError:
        # another process holds the file (`sitrep serve`, an ingest) or it is read-only: list what was merged,
        # as `sitrep report` does; a store that was never merged still fails, saying why
        store = Store(db, read_only=True)
        sys.stderr.write(f"sitrep: {store.path} is open in another process or read-only: showing the incidents "
                         "as last merged\n")
        return store
    if update:
        from . import update as run
        run(store)
    return store


def incidents_command(incident_id: Optional[str] = typer.Argument(None, help="Show one incident, reports side by side."),
                      db: Optional[str] = DB_OPTION,
                      country: Optional[str] = typer.Option(None, help="ISO alpha-2 or alpha-3 of the incident's "
                                                            "location."),
                      type: Optional[str] = typer.Option(None, "--type", help="ACLED event type or sub-type, CASE or "
                                                         "PLOVER label."),
                      since: Optional[str] = typer.Option(None, help="YYYY-MM-DD (or YYYY-MM, YYYY): incidents ending "
                                                          "on or after."),
                      until: Optional[str] = typer.Option(None, help="YYYY-MM-DD (or YYYY-MM, YYYY): incidents "
                                                          "starting on or before."),
                      min_documents: Optional[int] = typer.Option(None, help="Only incidents reported by N+ documents."),
                      limit: int = typer.Option(200, min=1, metavar="N", help="At most this many incidents (latest first)."),
                      explain: Optional[list[str]] = typer.Option(None, help="Two event ids: why (not) merged."),
                      update: bool = typer.Option(True, help="Merge unmerged documents first."),
                      format: str = FORMAT_OPTION):
    """Incidents: events from different reports merged, with their sources side by side."""
    from . import count_incidents, explain as explain_pair, incident, incidents, render, unlisted

    with _store(db, update) as store:
        if explain:
            if len(explain) != 2:
                raise typer.BadParameter("--explain takes two event ids")
            result = explain_pair(store, explain[0], explain[1])
            if "error" in result:
                _fail(f"{result['error']} in {store.path} (`sitrep events --format json` lists the event ids)")
            _write(result)
            return
        if incident_id:
            item = incident(store, incident_id)
            if item is None:
                _fail(f"no such incident: {incident_id} in {store.path} (`sitrep incidents` lists them)")
            if format == "json":
                _write(item)
            else:
                render.render_incident(item, _console())
            return
        filters = dict(country=country, type=type, since=since, until=until, min_documents=min_documents)
        items = incidents(store, **filters, limit=limit + 1)
        more = len(items) > limit
        total = count_incidents(store, **filters) if more else len(items)
        items = items[:limit]
        left = unlisted(store)
    if more:
        # (of how many, as `sitrep events` and `claims` say: the table alone read as all there were)
        sys.stderr.write(f"sitrep: showing the latest {limit} of {total} matching incidents; --limit N shows more\n")
    note = _unlisted_note(left)
    if format == "json":
        _write(items)
        if note:
            sys.stderr.write(f"sitrep: {note}\n")
    else:
        render.render_incidents(items, _console(), note=note, more=more)


def _incident_exists(store, incident_id: str) -> bool:
    con = store.con
    if not con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'incidents'").fetchone()[0]:
        return False
    return con.execute("SELECT count(*) FROM incidents WHERE id = ?", [incident_id]).fetchone()[0] > 0


def _fail(message: str) -> None:
    sys.stderr.write(f"sitrep: {message}\n")
    raise typer.Exit(1)


def _unlisted_note(left: dict[str, int]) -> str | None:
    """Why `sitrep report` (which counts every event) can count more events than the incidents hold."""
    n = sum(left.values())
    if not n:
        return None
    why = ", ".join(f"{k}: {v}" for k, v in left.items())
    return (f"{n} event{'' if n == 1 else 's'} of the store {'is' if n == 1 else 'are'} in no incident ({why}); "
            "`sitrep events` and `sitrep report` count them")


def contradictions_command(incident_id: Optional[str] = typer.Argument(None, help="Only this incident's."),
                           db: Optional[str] = DB_OPTION,
                           update: bool = typer.Option(True, help="Merge unmerged documents first."),
                           limit: int = typer.Option(200, min=1, metavar="N", help="At most this many contradictions "
                                                     "(the store's order: incidents first)."),
                           format: str = FORMAT_OPTION):
    """Reports that disagree: figures, who attacked, claims and denials, with both sides' evidence."""
    from . import contradictions, render

    with _store(db, update) as store:
        if incident_id and not _incident_exists(store, incident_id):
            _fail(f"no such incident: {incident_id} in {store.path} (`sitrep incidents` lists them)")
        items = contradictions(store, incident_id)
    # (1,215 contradictions of a 3,000-article store took 16 s to draw as one table: the first `limit`, as
    # `events`, `claims` and `incidents` show)
    limit = limit if isinstance(limit, int) else 200  # (called as a function, without the option's value)
    if len(items) > limit:
        sys.stderr.write(f"sitrep: showing the first {limit} of {len(items)} contradictions; --limit N shows more\n")
        items = items[:limit]
    if format == "json":
        _write(items)
    else:
        render.render_contradictions(items, _console())
