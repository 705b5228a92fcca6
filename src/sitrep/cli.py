"""The `sitrep` command line: thin wrappers around ingest, pipeline, store, export and eval."""
from __future__ import annotations

import json
import re
import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import InputError, SitrepError

# Plain (click-style) help: typer's rich panels cut long option help with "…" in an 80-column terminal and show
# flags as "<bool>"; the plain layout wraps instead and reads the same in any width.
app = typer.Typer(help="sitrep: conflict news → structured, sourced, geocoded event data.",
                  epilog="Every command has --help. The store is ./sitrep.duckdb unless --db or $SITREP_DB says "
                         "otherwise (`make demo` fills demo.duckdb).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
eval_app = typer.Typer(help="Benchmarks: score sitrep's stages on evaluation corpora.", no_args_is_help=True,
                       rich_markup_mode=None)
app.add_typer(eval_app, name="eval")


def _plain_argument_help() -> None:
    """An argument given a metavar reads as it does in click: "PATH..." in the usage line and "PATH" in the
    list, not typer 0.29's "{PATH}..." (which reads as a set of choices) and "PATH <list[str]>" (a Python
    type). Options already work this way. Guarded: another typer version keeps its own layout."""
    from typer import core as tcore

    cls = getattr(tcore, "TyperArgument", None)
    if cls is None or not hasattr(cls, "display_type_rich") or not hasattr(cls, "_usage_display_name"):
        return
    type_of, usage_of = cls.display_type_rich, cls._usage_display_name

    def display_type_rich(self, ctx):
        return None if self.metavar is not None else type_of(self, ctx)

    def usage_display_name(self):
        if self.metavar is None:
            return usage_of(self)
        name = self.metavar if self.required else f"[{self.metavar}]"
        return name + ("..." if self.nargs != 1 else "")

    cls.display_type_rich, cls._usage_display_name = display_type_rich, usage_display_name


_plain_argument_help()
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_OPTION = typer.Option(None, "--db", metavar="FILE", help="DuckDB file (default ./sitrep.duckdb or $SITREP_DB).")
MERGE_OPTION = typer.Option(True, "--merge/--no-merge", help="Afterwards, merge the new documents' events into "
                            "incidents across articles (incremental; `sitrep incidents` does it later otherwise).")


PUBLISHED_OPTION = typer.Option(None, "--published", metavar="DATE", help="Publication date (YYYY-MM-DD, or ISO "
                                "8601 with a time and UTC offset) for articles that carry none, e.g. text on stdin: "
                                "relative dates (\"on Monday\", \"last night\") resolve against it.")
OUTLET_OPTION = typer.Option(None, "--outlet", metavar="NAME", help="Outlet name for articles that name none (the "
                             "first link of every source chain).")
PATHS_ARGUMENT = typer.Argument(..., metavar="PATH", help="Files, folders or - for stdin.")
MAX_BYTES_OPTION = typer.Option(2 * 1024 * 1024, metavar="BYTES", help="Largest article file read, in bytes.")
COUNTRY_OPTION = typer.Option(None, metavar="CODE", help="ISO alpha-2 or alpha-3 of the event's location.")
TYPE_OPTION = typer.Option(None, "--type", metavar="TYPE", help="ACLED event type or sub-type, CASE or PLOVER label.")
STATUS_OPTION = typer.Option(None, metavar="STATUS", help="reported, claimed, disputed or denied.")
ACTOR_OPTION = typer.Option(None, metavar="ACTOR", help="An actor's name (part of it), ISO alpha-3 or sector code "
                            "(MIL, POL, REB, CVL, ...), as the web UI's actor filter.")
SOURCE_OPTION = typer.Option(None, metavar="TEXT", help="Part of the source chain (outlet or speaker).")
BBOX_OPTION = typer.Option(None, metavar="BOX", help="minlon,minlat,maxlon,maxlat: events whose primary location "
                           "is inside (as `sitrep report --bbox`).")


SINCE_HELP = "YYYY-MM-DD (or YYYY-MM, YYYY): events ending on or after."
UNTIL_HELP = "YYYY-MM-DD (or YYYY-MM, YYYY): events starting on or before."


def _filters(*, country=None, type=None, since=None, until=None, status=None, bbox=None, **text) -> dict:
    """Check the event filters a person typed; a malformed one is an error, not an empty list. `text`: the
    free-text filters (actor, source), passed on when given."""
    from .export.filters import check_country, check_date, check_range, check_status, check_type, until_bound
    from .store import parse_bbox

    since, until = check_date(since, "--since"), check_date(until, "--until")
    check_range(since, until, ("--since", "--until"))
    box = {}
    if bbox is not None:
        try:
            box = {"bbox": parse_bbox(bbox)}
        except InputError as exc:
            raise SitrepError(f"--{exc}") from None
    return dict(country=check_country(country, "--country"), type=check_type(type, "--type"),
                since=since, until=until_bound(until), status=check_status(status, "--status"), **box,
                **{k: v for k, v in text.items() if v and v.strip()})


class OutFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"
    plover = "plover"


class _ProblemLines:
    """Prints each skipped input on stderr, one line each; a feed that repeats many articles (syndicated copies,
    re-published items) names the first `COPIES` copies and then counts the rest in one closing line."""
    COPIES = 20

    def __init__(self) -> None:
        self.copies = 0

    def __call__(self, problem) -> None:
        if "skipped: the same document as " in str(problem):
            self.copies += 1
            if self.copies > self.COPIES:
                return
        err.print(f"sitrep: {problem}", markup=False)

    def close(self) -> None:
        more = self.copies - self.COPIES
        if more > 0:
            err.print(f"sitrep: … and {_n(more, 'more document')} skipped as the same as an earlier one (same id "
                      "or same text; not listed one by one)", markup=False)


def _documents(paths: list[str], max_bytes: int, problems: list[InputError],
               not_english: str = "no events extracted"):
    import hashlib

    from .ingest import read
    from .pipeline import extract_end  # (both callers run the pipeline)

    seen: dict[str, str] = {}  # a document's id and its text's hash → where it was first read
    for item in read(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            problems.append(item)
            err.print(f"sitrep: {item}", markup=False)
            continue
        # a feed that repeats an article (or two files holding the same text) prints it once, as ingest
        # stores it once
        keys = [f"id:{item.id}", "text:" + hashlib.blake2b(item.text.encode("utf-8"), digest_size=16).hexdigest()]
        first = next((seen[k] for k in keys if k in seen), None)
        if first is not None:
            err.print(f"sitrep: {item.path}: skipped: the same document as {first}", markup=False)
            continue
        for k in keys:
            seen[k] = item.path or "<stdin>"
        if item.language not in (None, "en", "und"):
            err.print(f"sitrep: {item.path}: not English; {not_english}", markup=False)
        for w in _reading_warnings(item):
            err.print(f"sitrep: {item.path}: {w}", markup=False)
        cut = extract_end(item.text)
        if cut < len(item.text):
            err.print(f"sitrep: {item.path}: events and claims are read from the first {cut:,} of "
                      f"{len(item.text):,} characters only (a bound on time and memory; the record keeps the "
                      f"whole text)", markup=False)
        yield item


def _reading_warnings(item) -> list[str]:
    """A document's warnings about what its reading could not settle, said on stderr as well as stored: a date
    field it could not read, a page cut short."""
    from .ingest.readers import CUT_SHORT, UNREAD_DATE
    return [w for w in getattr(item, "warnings", None) or [] if w.startswith((UNREAD_DATE, CUT_SHORT))]


def _with_defaults(items, published: str | None, outlet: str | None):
    """Fill in what the person running the command knows and the article does not say; never overwrite. A
    dateline with day and month only ("JAMMU, June 10 -") takes its year from `published`."""
    if published:
        import datetime as dt

        from .ingest.head import REFERENCE_DATE

        REFERENCE_DATE.set(dt.date.fromisoformat(published[:10]))
    for item in items:
        if not isinstance(item, InputError):
            if published and not item.published:
                item.published = published
            if outlet and not item.outlet:
                item.outlet = outlet
        yield item


def _check_published(value: str | None) -> str | None:
    """--published as ISO 8601 (keeping a UTC offset if given); a malformed one is a one-line error."""
    if value is None:
        return None
    from .ingest.head import parse_datetime

    parsed = parse_datetime(value) if re.match(r"\s*\d{4}-\d{2}-\d{2}", value) else None
    if not parsed:
        raise SitrepError(f"--published must be a date YYYY-MM-DD or an ISO 8601 date-time, not {value!r}")
    return parsed


def _check_paths(paths: list[str]) -> None:
    """A folder with no files at all, or paths none of which exist, are mistakes worth one line before any model
    loads (or a store is made). Among several paths, a missing one is reported and the rest are read."""
    import os

    for p in paths:
        if p != "-" and os.path.isdir(p) and not any(files for _, _, files in os.walk(p)):
            raise SitrepError(f"{p}: no files in this folder")
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing and len(missing) == len(paths):
        raise SitrepError(f"{missing[0]}: no such file or folder" if len(missing) == 1 else
                          f"no such files or folders: {', '.join(missing)}")


STORED_UNEXTRACTED = "not English: stored without extraction"
NOT_EXTRACTED = "not English: no events or claims extracted"


def _write_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@app.command(short_help="Print the events, places and claims of articles (no store).")
def extract(paths: list[str] = PATHS_ARGUMENT,
            format: OutFormat = typer.Option(OutFormat.json, "--format", "-f", help="json, jsonl or table."),
            max_bytes: int = MAX_BYTES_OPTION,
            published: Optional[str] = PUBLISHED_OPTION, outlet: Optional[str] = OUTLET_OPTION):
    """Extract events, places and claims and print them (sitrep/1 JSON)."""
    from .pipeline import extract as run

    published = _check_published(published)
    _check_paths(paths)
    problems: list[InputError] = []
    records = []
    n_out = [0]
    for rec in run(_with_defaults(_documents(paths, max_bytes, problems), published, outlet)):
        # (the pipeline's warning for a non-English text says what `ingest` does with it; extract stores nothing)
        rec.warnings = [NOT_EXTRACTED if w == STORED_UNEXTRACTED else w for w in rec.warnings]
        if format == OutFormat.jsonl:
            sys.stdout.write(json.dumps(rec.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            n_out[0] += 1
        else:
            records.append(rec)
    if format == OutFormat.json and records:
        _write_json(records[0].to_json() if len(records) == 1 else [r.to_json() for r in records])
    elif format == OutFormat.table:
        for rec in records:
            _event_table([dict(e.to_json(), doc_id=rec.document.id) for e in rec.events],
                         title=rec.document.title or rec.document.path or rec.document.id)
    if not records and not n_out[0]:
        if not problems:
            err.print(f"sitrep: no articles found in {', '.join(paths)}", markup=False)
        raise typer.Exit(1)


@app.command(short_help="Extract articles and store them (idempotent, resumable).")
def ingest(paths: list[str] = PATHS_ARGUMENT, db: Optional[str] = DB_OPTION,
           batch_size: int = typer.Option(16, metavar="N", help="Documents per nlp.pipe batch."),
           batch_chars: Optional[int] = typer.Option(None, min=0, metavar="CHARS", help="Characters a batch holds at "
                                                     "most (a longer document goes alone; 0: no limit); bounds a "
                                                     "worker's memory. Default 4000 or $SITREP_BATCH_CHARS."),
           max_bytes: int = MAX_BYTES_OPTION,
           workers: int = typer.Option(1, "--workers", "-w", min=1, metavar="N",
                                       help="Worker processes, one model each."),
           engine: str = typer.Option("local", metavar="ENGINE", help="local (this machine's processes) or ray."),
           ray_address: Optional[str] = typer.Option(None, metavar="ADDRESS",
                                                     help="Ray cluster to join (default: start a local Ray)."),
           out: Optional[str] = typer.Option(None, "--out", metavar="FOLDER", help="Write Parquet shards to this "
                                             "folder instead of the store; merge them with `sitrep load`."),
           prefilter: bool = typer.Option(True, "--prefilter/--no-prefilter", help="Store articles with no conflict "
                                          "vocabulary without extraction (flagged prefiltered)."),
           log_every: int = typer.Option(0, metavar="N",
                                         help="When stderr is not a terminal, log progress every N items."),
           merge: bool = MERGE_OPTION,
           published: Optional[str] = PUBLISHED_OPTION, outlet: Optional[str] = OUTLET_OPTION):
    """Extract and store documents in DuckDB; re-ingesting the same text changes nothing.

    Input is streamed (JSONL line by line, folders lazily, RSS/Atom feeds) so memory stays bounded; a run killed at any point and started again stores every document exactly once."""
    from .ingest.stream import once, stream
    from .scale import ParquetSink, StoreSink, get_engine, get_prefilter, run
    from .scale.progress import ingest_progress
    from .store import Store

    if engine not in ("local", "ray"):
        raise SitrepError(f"unknown engine {engine!r}: use local or ray")
    published = _check_published(published)
    _check_paths(paths)
    store = None if out else Store(db)
    problems = _ProblemLines()
    try:
        sink = ParquetSink(out) if out else StoreSink(store, reprocess_prefiltered=not prefilter)
        with get_engine(engine, workers=workers, ray_address=ray_address) as eng, sink, \
                ingest_progress(err, [p for p in paths if p != "-"], log_every=log_every) as update:
            stats = run(_with_defaults(once(stream(paths, max_bytes=max_bytes)), published, outlet), engine=eng,
                        sink=sink,
                        prefilter=get_prefilter() if prefilter else None, batch_size=batch_size,
                        batch_chars=batch_chars,
                        on_problem=problems,
                        on_notice=lambda m: err.print(f"sitrep: {m}", markup=False), on_progress=update)
        if store is not None:
            # a run killed after storing but before merging left documents out of the incidents: its re-run
            # stores nothing new ("50 unchanged") and merges them now
            if merge and (stats.added or stats.updated or _unmerged(store)):
                _merge_new(store)
            total = store.counts()
            where = f"the store holds {_holds(total)} ({store.path})"
        else:
            where = (f"wrote {len(sink.shards)} shard{'' if len(sink.shards) == 1 else 's'} to {out} "
                     f"(merge with `sitrep load {out}`)")
    finally:
        if store is not None:
            store.close()
    problems.close()
    err.print(f"sitrep: {stats.added} added, {stats.updated} updated, {stats.unchanged} unchanged, "
              f"{stats.problems} skipped; {where}", markup=False)
    if stats.unchanged and (published or outlet) and not out:
        # a store keys a document by its text: given again with a date or outlet it lacked, it is not extracted
        # again, and a person who added --published to date a bare article would otherwise think it done
        given = " and ".join(o for o, v in (("--published", published), ("--outlet", outlet)) if v)
        err.print(f"sitrep: {_n(stats.unchanged, 'document')} {'was' if stats.unchanged == 1 else 'were'} stored "
                  f"already and kept as stored: {given} fill{'s' if ' and ' not in given else ''} in only what "
                  "newly stored articles lack (to re-extract with them, ingest into a new store)", markup=False)
    if prefilter and stats.prefiltered:
        err.print(f"sitrep: pre-filter: {stats.prefiltered} of {stats.prefiltered + stats.extracted} new documents "
                  "had no conflict vocabulary and were stored without extraction (flagged prefiltered; "
                  "--no-prefilter extracts them)", markup=False)
    if not (stats.added or stats.updated or stats.unchanged):
        if not stats.problems:
            err.print(f"sitrep: no articles found in {', '.join(paths)}", markup=False)
        raise typer.Exit(1)


def _unmerged(store) -> bool:
    """Whether the store holds documents the merge stage has not seen (cheap: stops at the first)."""
    try:
        return bool(store.con.execute("SELECT EXISTS (SELECT 1 FROM documents d WHERE NOT EXISTS "
                                      "(SELECT 1 FROM doc_signatures s WHERE s.doc_id = d.id))").fetchone()[0])
    except Exception:  # noqa: BLE001 - no merge tables yet: merged if there is anything to merge
        return bool(store.con.execute("SELECT count(*) FROM documents").fetchone()[0])


def _merge_new(store) -> None:
    """Bring incidents, syndicated copies and contradictions up to date for the documents not merged yet."""
    from . import merge as merging

    result = merging.update(store)
    err.print(f"sitrep: merged {_n(result['documents'], 'new document')}: {_n(result['incidents'], 'incident')}, "
              f"{_n(result['contradictions'], 'contradiction')}", markup=False)


def _n(count: int, noun: str) -> str:
    """"1 document", "2 documents": the counts sitrep prints read as English."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _holds(total: dict) -> str:
    return f"{_n(total['documents'], 'document')}, {_n(total['events'], 'event')}, {_n(total['claims'], 'claim')}"


@app.command(short_help="Store the Parquet shards of an `ingest --out` run.")
def load(folder: str = typer.Argument(..., metavar="FOLDER",
                                     help="Folder of Parquet shards written by `sitrep ingest --out`."),
         db: Optional[str] = DB_OPTION, merge: bool = MERGE_OPTION):
    """Merge the Parquet shards of an `ingest --out` run into the store (idempotent, like ingest)."""
    from pathlib import Path as _Path

    from .scale.sinks import load as load_shards, shards
    from .store import Store

    if not _Path(folder).is_dir():
        raise SitrepError(f"{folder}: no such folder")
    if not shards(folder):
        raise SitrepError(f"{folder}: no sitrep Parquet shards in it")
    with Store(db) as store:
        counts = load_shards(folder, store)
        if merge and (counts["added"] or counts["updated"]):
            _merge_new(store)
        total = store.counts()
    err.print(f"sitrep: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged; "
              f"the store holds {_holds(total)} ({store.path})", markup=False)


def _event_table(events: list[dict], title: str | None = None) -> None:
    if not events:
        head = "" if not title or title.startswith("0 events") else title + ": "
        out.print(f"{head}no events", markup=False, highlight=False)
        return
    table = Table(title=title, show_lines=False)
    for col in ("date", "time", "event (ACLED)", "where", "actors (1 → 2)", "figures", "status", "source"):
        table.add_column(col, overflow="fold")
    for ev in events:
        locs = ", ".join(f"{l.get('name')} ({l.get('country')})" for l in ev.get("locations") or [])
        actors = _actor_sides(ev.get("actors") or [])
        figures = ", ".join(_figure(q) for q in ev.get("quantities") or [])
        sources = " ← ".join(s["name"] for s in ev.get("sources") or [])
        kind = f"{ev['acled'].get('event_type') or ''}: {ev['acled'].get('sub_event_type') or ''}"
        table.add_row(ev.get("date") or "", ev.get("time") or "", kind, locs, actors, figures,
                      ev.get("status") or "", sources)
    out.print(table)


def _actor_sides(actors: list[dict]) -> str:
    """"REB → POL": actor1 (and its associated actors, as the CSV's assoc_actor_1) → actor2, each code once.
    A flat list ("CMR REB, CMR POL, CMR POL") neither says who acted on whom nor needs the repeat."""
    def codes(roles) -> list[str]:
        found = (f"{a.get('country') or '?'} {a.get('sector') or ''}".strip() for a in actors if a.get("role") in roles)
        return list(dict.fromkeys(found))

    one, two = codes(("actor1", "associated", None)), codes(("actor2",))
    # ("— → COD CVL": an attack whose doer the article does not name, not a blank before the arrow)
    return (", ".join(one) or ("—" if two else "")) + (" → " + ", ".join(two) if two else "")


def _figure(q: dict) -> str:
    if q.get("low") is not None and q.get("high") is not None and q["low"] != q["high"]:
        n = f"{q['low']:g}-{q['high']:g}"
    elif q.get("best") is not None:
        # "at least 17", "more than 220" (low = best, no top): a lower bound, as the report prints it
        bound = q.get("high") is None and q.get("low") is not None and q["low"] == q["best"]
        n = f"{'≥' if bound else ''}{q['best']:g}"
    else:
        n = f"≥{q['low']:g}" if q.get("low") is not None else "?"
    # "at least 24" is already a bound: "≥24", not "~≥24"; one of a kind reads singular ("1 fatality")
    kind = q.get("kind") or ""
    if n == "1":
        kind = _SINGULAR.get(kind, kind)
    # a running total ("more than 220 killed since May") is not this event's toll
    total = " to date" if q.get("cumulative") else ""
    return f"{'~' if q.get('approximate') and not n.startswith('≥') else ''}{n} {kind}{total}"


_SINGULAR = {"fatalities": "fatality", "injuries": "injury", "weapons": "weapon", "arrests": "arrest",
             "protesters": "protester"}


@app.command(short_help="List stored events, filtered.")
def events(db: Optional[str] = DB_OPTION,
           country: Optional[str] = COUNTRY_OPTION, type: Optional[str] = TYPE_OPTION,
           since: Optional[str] = typer.Option(None, metavar="DATE", help=SINCE_HELP),
           until: Optional[str] = typer.Option(None, metavar="DATE", help=UNTIL_HELP),
           status: Optional[str] = STATUS_OPTION,
           actor: Optional[str] = ACTOR_OPTION, source: Optional[str] = SOURCE_OPTION,
           bbox: Optional[str] = BBOX_OPTION,
           limit: int = typer.Option(200, min=1, metavar="N", help="At most this many events (oldest first)."),
           format: OutFormat = typer.Option(OutFormat.table, "--format", "-f", help="table, json or jsonl.")):
    """List stored events, filtered."""
    from .store import Store

    filters = _filters(country=country, type=type, since=since, until=until, status=status, actor=actor,
                       source=source, bbox=bbox)
    with Store(db, read_only=True) as store:
        rows = store.events(**filters, limit=limit + 1)
        evs = [dict(json.loads(r["json"]), doc_id=r["doc_id"]) for r in rows[:limit]]
        more = len(rows) > limit
        total = store.count_events(**filters) if more else len(evs)
    if more:
        # (of how many, as `sitrep claims` and `contradictions` say)
        err.print(f"sitrep: showing the first {limit} of {total} matching events; --limit N shows more", markup=False)
    if format == OutFormat.table:
        _event_table(evs, title=_n(len(evs), "event") + (" (more match)" if more else ""))
    elif format == OutFormat.jsonl:
        for e in evs:
            sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
    else:
        _write_json(evs)


@app.command(short_help="Write events as CSV, JSONL, GeoJSON, Parquet or PLOVER.")
def export(format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f"),
           output: str = typer.Option("-", "--output", "-o", metavar="FILE", help="File, or - for stdout."),
           db: Optional[str] = DB_OPTION,
           country: Optional[str] = COUNTRY_OPTION, type: Optional[str] = TYPE_OPTION,
           since: Optional[str] = typer.Option(None, metavar="DATE", help=SINCE_HELP),
           until: Optional[str] = typer.Option(None, metavar="DATE", help=UNTIL_HELP),
           status: Optional[str] = STATUS_OPTION,
           actor: Optional[str] = ACTOR_OPTION, source: Optional[str] = SOURCE_OPTION,
           bbox: Optional[str] = BBOX_OPTION):
    """Write stored events as ACLED-style CSV, JSONL, GeoJSON, Parquet or PLOVER JSON. GeoJSON has a Point for
    each place of an event (an event in three towns is three features with the same event_id_cnty)."""
    from . import export as ex
    from .store import Store

    filters = _filters(country=country, type=type, since=since, until=until, status=status, actor=actor,
                       source=source, bbox=bbox)
    if format == ExportFormat.parquet and output == "-":
        raise SitrepError("parquet is binary: give a file with --output")
    with Store(db, read_only=True) as store:
        rows = store.events(**filters)
        evs = [dict(json.loads(r["json"]), doc_id=r["doc_id"]) for r in rows]
    if format == ExportFormat.parquet:
        ex.to_parquet(evs, output)
    elif output == "-":
        ex.EXPORTERS[format.value](evs, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            ex.EXPORTERS[format.value](evs, fh)
    if output != "-":
        what = _n(len(evs), 'event')
        if format == ExportFormat.geojson:
            # a Point for each of an event's places with coordinates: more features than events (their
            # event_id_cnty repeats), none for an event placed nowhere
            points = sum(1 for ev in evs for loc in ev.get("locations") or []
                         if loc.get("lat") is not None and loc.get("lon") is not None)
            what += f" as {_n(points, 'point')} (one for each place of an event)"
        err.print(f"sitrep: wrote {what} to {output}", markup=False)


def _names_party(party: dict, text: str) -> bool:
    """A claimant or responder named so (part of its name, any case) or of this ISO alpha-3 country."""
    text = text.strip()
    return text.lower() in (party.get("name") or "").lower() or (party.get("country") or "") == text.upper()


@app.command(short_help="Claims with source chains, stances and denials.")
def claims(paths: list[str] = typer.Argument(None, metavar="PATH",
                                             help="Articles to read; omit to list claims in --db."),
           db: Optional[str] = DB_OPTION,
           format: OutFormat = typer.Option(OutFormat.table, "--format", "-f", help="table, json or jsonl."),
           stance: Optional[str] = typer.Option(None, metavar="STANCE", help="Only claims with this stance, or "
                                                "with a response of it (deny: the claims a denial answers and "
                                                "the denials): assert, allege, deny or confirm."),
           claimant: Optional[str] = typer.Option(None, metavar="TEXT", help="Only claims whose claimant, or one "
                                                  "who answers them, is named so (part of the name) or is of "
                                                  "this ISO alpha-3 country, as the API's claimant filter."),
           source: Optional[str] = SOURCE_OPTION,
           limit: int = typer.Option(200, min=1, metavar="N", help="At most this many claims (oldest article "
                                     "first), as `sitrep events`."),
           published: Optional[str] = PUBLISHED_OPTION, outlet: Optional[str] = OUTLET_OPTION):
    """Show claims with their source chains, stances and responses (denials)."""
    items: list[dict] = []
    published = _check_published(published)
    stances = ("assert", "allege", "deny", "confirm")
    if stance is not None and stance.strip().lower() not in stances:
        raise SitrepError(f"--stance must be one of {', '.join(stances)}, not {stance!r}")
    stance = stance.strip().lower() if stance else None
    if paths:
        from .pipeline import extract as run

        _check_paths(paths)
        problems: list[InputError] = []
        n_docs = 0
        for rec in run(_with_defaults(_documents(paths, 2 * 1024 * 1024, problems, "no claims extracted"),
                                      published, outlet)):
            n_docs += 1
            items += [dict(c, doc_id=rec.document.id, published=rec.document.published)
                      for c in rec.to_json()["claims"]]
        if not n_docs and problems:
            raise typer.Exit(1)
    else:
        from .store import PUBLISHED_AT, Store

        with Store(db, read_only=True) as store:
            # article by article, oldest first as `sitrep events` lists, each in the order of its text
            items = [dict(json.loads(r["json"]), doc_id=r["doc_id"], published=r["published"]) for r in store.query(
                "SELECT c.json, c.doc_id, d.published FROM claims c LEFT JOIN documents d ON d.id = c.doc_id "
                f"ORDER BY {PUBLISHED_AT} NULLS LAST, d.published NULLS LAST, c.doc_id, c.start, c.id")]
    if stance:
        items = [c for c in items if c.get("stance") == stance
                 or any(r.get("stance") == stance for r in c.get("responses") or [])]
    if claimant:
        items = [c for c in items if _names_party(c.get("claimant") or {}, claimant)
                 or any(_names_party(r.get("by") or {}, claimant) for r in c.get("responses") or [])]
    if source:
        # any link of the chain: "AZERTAC" finds what the agency relayed, though a source it cites is the claimant
        items = [c for c in items if any(source.strip().lower() in (s.get("name") or "").lower()
                                         for s in c.get("sources") or [])]
    # (a store of thousands of claims took 20 s to draw as one table: the first `limit`, as `events` shows)
    more = len(items) > limit
    if more:
        total, items = len(items), items[:limit]
        err.print(f"sitrep: showing the first {limit} of {total} matching claims; --limit N shows more",
                  markup=False)
    if format == OutFormat.jsonl:
        for c in items:
            sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
        return
    if format != OutFormat.table:
        _write_json(items)
        return
    if not items:  # as `events` does: a sentence, not an empty frame
        said = [f"with stance {stance}"] if stance else []
        said += [f"{opt} {val!r}" for opt, val in (("claimant", claimant), ("source", source)) if val]
        out.print(" ".join(["no claims", ", ".join(said)]).strip(), markup=False, highlight=False)
        return
    from .merge.render import quoted
    table = Table(title=_n(len(items), "claim") + (" (more match)" if more else ""))
    table.add_column("published", no_wrap=True)  # which article: its date, beside its outlet in `sources`
    for col in ("claimant", "stance", "claim", "sources", "responses"):
        table.add_column(col, overflow="fold")
    for c in items:
        who = c["claimant"]
        responses = "; ".join(f"{r['by'].get('name') or '(unnamed)'} ({r['by'].get('country') or '?'}): {r['stance']}"
                              + (f" {quoted(r['text'])}" if r.get("text") else "")
                              for r in c.get("responses") or [])
        table.add_row((c.get("published") or "")[:10], f"{who.get('name') or '(unnamed)'} ({who.get('country') or '?'})",
                      c["stance"] + (" (call)" if c.get("speech_act") == "call" else ""), c["text"][:200],
                      " ← ".join(s["name"] for s in c.get("sources") or []), responses)
    out.print(table)


@app.command(short_help="REST API (/api, /openapi.json) and web UI (/).")
def serve(db: Optional[str] = DB_OPTION,
          host: str = typer.Option("127.0.0.1", metavar="HOST", help="Interface to listen on."),
          port: int = typer.Option(8000, min=0, max=65535, metavar="PORT", help="Port (0: any free one)."),
          token: Optional[str] = typer.Option(None, envvar="SITREP_TOKEN", metavar="TOKEN",
                                              help="Bearer token for write endpoints (POST, PATCH); none refuses "
                                                   "writes.")):
    """Serve the REST API (/api, schema at /openapi.json) and the offline web UI (/) on the store."""
    from pathlib import Path as _Path

    from .api import serve as run_server
    from .store import default_path

    path = db or default_path()
    _check_port(host, port)
    if not _Path(path).exists():
        if not token:  # read-only and nothing to read: surely a mistyped path
            raise SitrepError(f"no database at {path}: run `sitrep ingest` first, or give --token to start an "
                              "empty store that POST /api/documents fills")
        err.print(f"sitrep: {path} does not exist: starting an empty store", markup=False)
    else:
        # a file that is no store (or one another process is writing): one line now, not an internal error
        # after the "serving" lines
        from .store import Store, StoreError

        try:
            Store(path, read_only=True).close()
        except StoreError as exc:
            raise SitrepError(str(exc)) from None
    err.print(f"sitrep: serving {path} on http://{host}:{port}/ (web UI at /, API at /api, schema at "
              "/openapi.json; Ctrl+C stops)", markup=False)
    err.print(f"sitrep: other sitrep commands can read {path} while this runs; `sitrep ingest` into it needs the "
              "server stopped" + (" (POST /api/documents ingests through the server)" if token else ""),
              markup=False)
    run_server(host=host, port=port, db=db, token=token)


def _check_port(host: str, port: int) -> None:
    """A port already taken (another `sitrep serve`) or an address this machine does not have: one line now,
    before the store opens, instead of uvicorn's log lines after it."""
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SitrepError(f"--host {host}: {exc.strerror or exc}") from None
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind(addr)
        except OSError as exc:
            if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                raise SitrepError(f"port {port} on {host} is in use (another `sitrep serve`?): stop it or choose "
                                  "another with --port") from None
            raise SitrepError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _checked_store_command(fn):
    """A stage command on the store, with the checks the CLI's own commands make first: the store must exist
    (opening it for writing would otherwise create an empty file), filters and --format must be well formed."""
    import functools

    @functools.wraps(fn)
    def run(*args, **kwargs):
        from pathlib import Path as _Path

        from .store import default_path

        path = kwargs.get("db") or default_path()
        if not _Path(path).exists():
            raise SitrepError(f"no database at {path}: run `sitrep ingest` first")
        if "format" in kwargs and kwargs["format"] not in ("table", "json"):
            raise SitrepError(f"--format must be table or json, not {kwargs['format']!r}")
        checked = _filters(**{k: kwargs.get(k) for k in ("country", "type", "since", "until") if k in kwargs})
        kwargs.update({k: v for k, v in checked.items() if k in kwargs})
        return fn(*args, **kwargs)
    return run


# What a stage command's value is called in its --help when the stage gave it no name: "--db FILE", not
# "--db <str>"; "--explain EVENT_ID", not "<list[str]>"; "[INCIDENT_ID]", not "[incident_id]" with "<str>".
_VALUE_NAMES = {"db": "FILE", "country": "CODE", "type": "TYPE", "since": "DATE", "until": "DATE", "limit": "N",
                "min_documents": "N", "explain": "EVENT_ID", "format": "FORMAT", "incident_id": "INCIDENT_ID"}


def _name_values(fn):
    """Give the options and arguments of a command defined beside its stage the value names the CLI's own
    commands use (typer otherwise prints Python types such as <str> and <list[str]>)."""
    import inspect

    from typer.models import ParameterInfo

    for name, param in inspect.signature(fn).parameters.items():
        info = param.default
        if isinstance(info, ParameterInfo) and info.metavar is None and name in _VALUE_NAMES:
            info.metavar = _VALUE_NAMES[name]
    return fn


def _register_stage_commands() -> None:
    """Commands whose options live beside their stage (merge, report)."""
    from .merge import commands as merge_commands
    from .report.command import report_command

    app.command("incidents", short_help="Events of different reports merged, sources side by side.")(
        _checked_store_command(_name_values(merge_commands.incidents_command)))
    app.command("contradictions", short_help="Figures, attackers, claims and denials that disagree.")(
        _checked_store_command(_name_values(merge_commands.contradictions_command)))
    app.command("report", short_help="A situation report: html, md, pdf or png.")(report_command)


_register_stage_commands()


def _print_result(result: dict, format: OutFormat, render) -> None:
    if format == OutFormat.table:
        render(result, out)
    else:
        _write_json(result)


def _eval_input(fn):
    """An evaluation file of the wrong kind (an article, another benchmark's format) is the user's mistake: one
    line naming the file, not "internal error"."""
    import functools

    @functools.wraps(fn)
    def run(*args, **kwargs):
        path = kwargs.get("path")
        try:
            return fn(*args, **kwargs)
        except (ValueError, KeyError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            reason = f"{type(exc).__name__}: {exc}" if isinstance(exc, KeyError) else str(exc)
            reason = reason if len(reason) <= 160 else reason[:157] + "..."
            raise SitrepError(f"{path}: not a file this benchmark reads ({reason}); see "
                              f"`sitrep eval {fn.__name__.removeprefix('eval_')} --help`") from None
    return run


EVAL_FILE_ARGUMENT = typer.Argument(..., metavar="FILE", help="The evaluation file (its format is in the "
                                    "command's description), e.g. under ../shared/data/.")


@eval_app.command("geo", short_help="Geoparsing: accuracy@161 km, exact GeoNames id, P/R/F1.")
@_eval_input
def eval_geo(path: str = EVAL_FILE_ARGUMENT,
             gold_spans: bool = typer.Option(False, "--gold-spans", help="Resolve the gold toponym spans."),
             limit: Optional[int] = typer.Option(None, min=1, metavar="N", help="Only the first N articles."),
             format: OutFormat = typer.Option(OutFormat.table, "--format", "-f")):
    """Geoparsing: accuracy@161 km, exact GeoNames id, recognition P/R/F1."""
    from .eval import geo

    _print_result(geo.evaluate(path, gold_spans=gold_spans, limit=limit), format, geo.render)


@eval_app.command("types", short_help="Event typing on CASE 2021 snippets.")
@_eval_input
def eval_types(path: str = EVAL_FILE_ARGUMENT, format: OutFormat = typer.Option(OutFormat.table, "--format", "-f"),
               crossval: bool = typer.Option(False, "--crossval", help="5-fold cross-validation on this file."),
               no_rules: bool = typer.Option(False, "--no-rules", help="The statistical model alone, without the "
                                                                        "codebook rules.")):
    """Event typing on CASE 2021 snippets (id, EventSnippet, SubType)."""
    from .eval import types

    if crossval:
        result = types.crossval(path, rules=not no_rules)
    else:
        from .events.typing import get_typer

        model = get_typer()
        if no_rules:
            import copy

            model = copy.copy(model)
            model.info = dict(model.info, rules=False)
        result = types.evaluate(path, model)
    _print_result(result, format, types.render)


@eval_app.command("plover", short_help="PLOVER records: event type and actor country accuracy.")
@_eval_input
def eval_plover(path: str = EVAL_FILE_ARGUMENT, format: OutFormat = typer.Option(OutFormat.table, "--format", "-f")):
    """PLOVER gold-standard records: event type and actor country accuracy."""
    from .eval import plover

    _print_result(plover.evaluate(path), format, plover.render)


@eval_app.command("attribution")
@_eval_input
def eval_attribution(path: str = EVAL_FILE_ARGUMENT,
                     limit: Optional[int] = typer.Option(None, min=1, metavar="N", help="Only the first N items."),
                     format: OutFormat = typer.Option(OutFormat.table, "--format", "-f")):
    """Quotes and reported speech on PolNeAR-format JSONL."""
    from .eval import attribution

    _print_result(attribution.evaluate(path, limit=limit), format, attribution.render)


@eval_app.command("claims")
@_eval_input
def eval_claims(path: str = typer.Argument(..., metavar="FILE", help="A labelled claims file, e.g. "
                                           "data/claims-eval/dev33.jsonl in the repository."),
                format: OutFormat = typer.Option(OutFormat.table, "--format", "-f")):
    """Stance and denial linking on sitrep's labelled claims JSONL."""
    from .eval import claims as claims_eval

    _print_result(claims_eval.evaluate(path), format, claims_eval.render)


def _usage_error(exc) -> None:
    """A command-line mistake (unknown option, bad value, missing argument) as one line on stderr."""
    where = exc.ctx.command_path if getattr(exc, "ctx", None) is not None else "sitrep"
    message = exc.format_message().replace("Value error, ", "").rstrip(".")
    hint = f"{where} --help" if where else "sitrep --help"
    err.print(f"{where}: {message} (see `{hint}`)", markup=False)


def _store_hint(exc: Exception) -> str:
    """After `make demo` the events are in demo.duckdb, not the default store: say so when that is the miss."""
    import os
    from pathlib import Path as _Path

    from .store import DEFAULT_DB

    # only when the store was the default one: a path the user typed is what they meant
    if f"no database at {DEFAULT_DB}:" in str(exc) and not os.environ.get("SITREP_DB") \
            and _Path("demo.duckdb").exists():
        return " (`make demo` stored its events in demo.duckdb: add --db demo.duckdb or set SITREP_DB=demo.duckdb)"
    return ""


def main() -> None:
    from typer._click import exceptions as click_exc

    try:
        code = app(prog_name="sitrep", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click_exc.NoArgsIsHelpError as exc:
        if exc.format_message().strip():  # plain help comes back as the message (rich help printed itself)
            exc.show()
        sys.exit(2)
    except click_exc.UsageError as exc:
        _usage_error(exc)
        sys.exit(2)
    except typer.Abort:
        err.print("sitrep: aborted", markup=False)
        sys.exit(1)
    except SitrepError as exc:
        err.print(f"sitrep: {exc}{_store_hint(exc)}", markup=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("sitrep: interrupted", markup=False)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:  # a path the user gave that cannot be read or written: their mistake, one line
        where = str(exc.filename or "")
        hint = ""
        if isinstance(exc, FileNotFoundError) and "shared/" in where.replace("\\", "/"):
            # the README's `sitrep eval … ../shared/data/…`: the benchmark data sits beside the repository, not in it
            hint = " (the benchmark data is not in the repository: it is read from ../shared/ beside it; give its path)"
        err.print(f"sitrep: {where}{': ' if where else ''}{exc.strerror or exc}{hint}", markup=False)
        sys.exit(2)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        err.print(f"sitrep: internal error: {type(exc).__name__}: {exc} (set SITREP_DEBUG=1 for details)", markup=False)
        import os
        if os.environ.get("SITREP_DEBUG"):
            raise
        sys.exit(3)


if __name__ == "__main__":
    main()
