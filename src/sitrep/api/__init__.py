"""sitrep's REST API and web UI: `create_app(db_path, token)` builds the FastAPI app, `serve` runs it.

* Reads (`GET /api/...`) are open. Writes (`POST /api/documents`, `PATCH /api/events/{id}`) need
  `Authorization: Bearer <token>`; with no token configured the server is read-only and refuses them.
* DuckDB: the app holds one connection to the file (read-write when writes are enabled, read-only
  otherwise, so several read-only servers can share a file). `sitrep serve` with a token keeps it read-only
  between writes instead (`hold_lock=False`), so the CLI can read the store while the server runs. Each request borrows a cursor from a small
  pool (cursors are independent connections to the same database, so reads run concurrently and see
  committed data); writes go through one cursor under a lock (`database.py`; request bodies in `schemas.py`).
* Event lists, the map layers and the timeline are answered from an in-memory index of the events table
  (`index.py`, ~1-2 ms a page on 100k events instead of 40-200 ms of SQL); every write makes it stale, and
  until it is rebuilt the same answers come from SQL (`queries.py`). Read answers are also cached.
* The spaCy pipeline loads lazily, on the first `POST /api/documents`.
* The single-page UI in `sitrep/web/static/` is served at `/`.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import secrets
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Iterator, Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import queries as Q
from .database import Database, ResponseCache
from .index import EventIndex
from .schemas import LocationIn, ReviewIn

__all__ = ["create_app", "serve", "MAX_BODY"]

MAX_BODY = 2 * 1024 * 1024  # bytes of one POSTed document body
MAX_DOCS_PER_POST = 100
STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
INLINE_MAX = 1000  # answers from the event index up to this many items are computed on the event loop
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


class SecurityHeaders:
    """Plain ASGI middleware (cheaper than @app.middleware, and leaves streaming responses alone): a CSP that
    allows only the app's own scripts and styles, no sniffing, no referrer."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _taxonomy() -> dict[str, list[str]]:
    from .. import codebooks

    return {t["name"]: [s["name"] for s in t["sub_event_types"]] for t in codebooks.load().acled["event_types"]}


# --- the app ------------------------------------------------------------------------------------------
# the raw body's Content-Type → the reader it goes to (anything else is read as text, HTML or JSONL by sniffing)
_BODY_SUFFIX = {"text/html": ".html", "application/xhtml+xml": ".html", "application/json": ".json",
                "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl", "application/x-jsonlines": ".jsonl",
                "application/rss+xml": ".rss", "application/atom+xml": ".atom", "text/markdown": ".md",
                "text/x-markdown": ".md"}


def _form_parts(content_type: str, data: bytes) -> tuple[list[tuple[bytes, str, str]], dict[str, str]]:
    """A multipart/form-data body → its articles (each file part, and a `text` field) as (bytes, reader suffix,
    name for messages), and its other text fields (title, url, outlet, published). Without this a form upload was
    stored with its MIME boundaries and part headers as the article's text."""
    import email.parser
    import email.policy

    from ..ingest import READERS

    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + data)
    if not msg.is_multipart():
        raise HTTPException(422, "multipart/form-data body without parts")
    parts, fields = [], {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition") or ""
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if filename:
            suffix = Path(filename).suffix.lower()
            if suffix not in READERS:
                suffix = _BODY_SUFFIX.get(part.get_content_type(), ".txt")
            parts.append((payload, suffix, f"<api>:{Path(filename).name}"))
        elif name == "text":
            parts.append((payload, ".txt", "<api>:text"))
        elif name:
            charset = part.get_content_charset() or "utf-8"
            fields[name] = payload.decode(charset, errors="replace").strip()
    if not parts:
        raise HTTPException(422, "no article in the form: send it as a file field (curl -F file=@article.html) "
                                 "or a `text` field, or as the raw body (curl --data-binary @article.txt)")
    return parts, fields


def create_app(db_path: str, token: str | None = None, *, max_body: int = MAX_BODY,
               hold_lock: bool = True) -> FastAPI:
    """The API + UI over the DuckDB file at `db_path`. `token`: the bearer token writes need (None: no writes).
    `hold_lock=False`: keep the file read-only between writes, so other processes can read it meanwhile."""
    db = Database(db_path, writable=bool(token), hold_lock=hold_lock)
    index = EventIndex(db)
    nlp_lock = threading.Lock()
    @asynccontextmanager
    async def lifespan(app):
        if index.enabled:
            index.start()  # in the background: until it is ready, lists are answered with SQL
        yield
        index.close()
        db.close()

    query_names: dict[int, frozenset[str]] = {}

    async def known_query_parameters(request: Request) -> None:
        """A query parameter the endpoint does not take (`?contry=ML`, `?stance=deny` on /api/events) is a 422
        that names it and the ones the endpoint takes: ignored, it would give the unfiltered answer as if it
        were the filtered one."""
        route = request.scope.get("route")
        dependant = getattr(route, "dependant", None)
        if dependant is None or not request.query_params:
            return
        names = query_names.get(id(route))
        if names is None:
            found, todo = set(), [dependant]
            while todo:  # the endpoint's own parameters and those of its dependencies (the shared filters)
                d = todo.pop()
                found.update(p.alias for p in getattr(d, "query_params", ()))
                todo.extend(getattr(d, "dependencies", ()))
            names = query_names[id(route)] = frozenset(found)
        unknown = [k for k in dict.fromkeys(request.query_params.keys()) if k not in names]
        if unknown:
            takes = ", ".join(sorted(names)) if names else "no query parameters"
            raise Q.QueryError(f"unknown query parameter{'s' if len(unknown) > 1 else ''} "
                               f"{', '.join(map(repr, unknown))}: {request.url.path} takes {takes}")

    # No /docs or /redoc: FastAPI's pages load their scripts from a CDN, and the UI must work offline.
    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, title="sitrep", version="1", summary="Conflict news → sourced, geocoded event data",
                  description="Read endpoints are open; POST/PATCH need `Authorization: Bearer <token>`.",
                  dependencies=[Depends(known_query_parameters)])
    app.state.db = db
    app.state.index = index
    cache = app.state.cache = ResponseCache()
    db.after_write.append(cache.clear)
    bearer = HTTPBearer(auto_error=False)

    async def cached(request: Request, compute, media_type: str = "application/json", indexed=None,
                     inline: bool = True) -> Response:
        """The cached answer if there is one (served on the event loop, no thread hop); else `indexed(snapshot)`
        when the event index is current (a millisecond or two for a page: run on the event loop too, unless
        `inline` is False for a large answer); else run `compute` (SQL) in the thread pool. The answer is
        serialised and remembered."""
        key = request.url.path + "?" + "&".join(sorted(f"{k}={v}" for k, v in request.query_params.multi_items()))
        body = cache.get(key)
        if body is None:
            generation = cache.generation
            snap = index.get() if indexed is not None and index.enabled else None
            if snap is not None and inline:
                body = _json_bytes(indexed(snap))
            elif snap is not None:
                body = await run_in_threadpool(lambda: _json_bytes(indexed(snap)))
            else:
                body = await run_in_threadpool(lambda: _json_bytes(compute()))
            cache.put(key, body, generation)
        return Response(body, media_type=media_type)

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(Q.QueryError)
    async def query_error(request: Request, exc: Q.QueryError):
        return JSONResponse({"detail": str(exc), "message": str(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        """Every error body has `message`, one line for people (401, 403, 404 and 413 had only `detail`);
        `detail` stays as it was."""
        detail = exc.detail
        if isinstance(detail, dict) and isinstance(detail.get("message"), str):
            errors = [str(e) for e in detail.get("errors") or []]
            message = detail["message"] + (": " + "; ".join(errors) if errors else "")
        else:
            message = str(detail)
        return JSONResponse({"detail": detail, "message": message}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        """FastAPI's list of errors stays in `detail`; `message` says the same in one line for people."""
        errors = jsonable_encoder(exc.errors())
        return JSONResponse({"detail": errors, "message": _validation_message(errors)}, status_code=422)

    def require_token(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        if not token:
            raise HTTPException(403, "writes are disabled: start the server with --token or $SITREP_TOKEN")
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(401, "this endpoint needs Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(creds.credentials.encode(), token.encode()):
            raise HTTPException(403, "invalid token")

    async def event_filters(since: Optional[str] = Query(None, description="YYYY-MM-DD: events ending on or after"),
                      until: Optional[str] = Query(None, description="YYYY-MM-DD: events starting on or before"),
                      country: Optional[str] = Query(None, description="ISO alpha-2 or alpha-3 of the event location"),
                      type: Optional[str] = Query(None, description="ACLED event type or sub-type, CASE or PLOVER label"),
                      actor: Optional[str] = Query(None, description="actor name (substring), ISO alpha-3 or sector code"),
                      bbox: Optional[str] = Query(None, description="minlon,minlat,maxlon,maxlat (primary location)"),
                      source: Optional[str] = Query(None, description="source or outlet name (substring)"),
                      status: Optional[str] = Query(None, description="reported, claimed, disputed or denied"),
                      doc_id: Optional[str] = Query(None, description="only events of this document"),
                      q: Optional[str] = Query(None, description="text in location, source or sub-type")) -> dict:
        from ..export.filters import FilterError, check_country, check_type

        try:
            check_type(type)
            if country and len(country.strip()) in (2, 3):  # a code nobody has ('ZZ', 'UK') matches nothing: say so
                check_country(country)
        except FilterError as exc:
            raise Q.QueryError(str(exc)) from None
        status = status.strip().lower() if status else status  # "Denied" as the CLI takes it
        filters = dict(since=since, until=until, country=country, type=type, actor=actor,
                       bbox=Q.parse_bbox(bbox), source=source, status=status, doc_id=doc_id, q=q)
        Q.event_where(**filters)  # validate now, so a bad value is a 422 before any work
        return filters

    # --- reads ----------------------------------------------------------------------------------------
    @app.get("/api", tags=["meta"])
    @app.get("/api/", include_in_schema=False)
    def api_index():
        """What the API offers: each endpoint with its method and first line of description, and where the
        full schema is (the README sends people to /api first)."""
        from fastapi.routing import APIRoute

        endpoints = []
        for route in app.routes:
            if isinstance(route, APIRoute) and route.include_in_schema and route.path != "/api":
                summary = re.split(r"(?<=\.)\s", " ".join((route.description or "").split()), maxsplit=1)[0]
                for method in sorted(route.methods - {"HEAD", "OPTIONS"}):
                    endpoints.append({"method": method, "path": route.path, "summary": summary})
        return {"name": "sitrep", "schema": "/openapi.json", "web_ui": "/",
                "auth": "read endpoints are open; POST and PATCH need Authorization: Bearer <token>"
                        + ("" if token else " (writes are disabled: the server was started without a token)"),
                "endpoints": endpoints}

    @app.get("/api/health", tags=["meta"])
    def health():
        """Whether the server can write (a token was given) and the state of its in-memory event index."""
        return {"ok": True, "writable": db.writable, "writes_enabled": bool(token), "index": index.status()}

    @app.get("/api/stats", tags=["meta"])
    async def get_stats(request: Request):
        """Counts of documents, events, claims and places; events by type, sub-type, country and status; the
        date range of the events."""
        def compute():
            with db.read() as con:
                return Q.stats(con)
        return await cached(request, compute)

    @app.get("/api/codebook", tags=["meta"])
    def codebook():
        """ACLED event types and their sub-types (what a review may set)."""
        return {"acled": _taxonomy(), "statuses": list(Q.STATUSES)}

    @app.get("/api/documents", tags=["documents"])
    async def documents(request: Request,
                        q: Optional[str] = Query(None, description="text in the title or outlet (of an untitled "
                                                 "article: in its lead), or a document id"),
                        limit: int = Query(50, ge=1, le=1000, description="items in this page"),
                        offset: int = Query(0, ge=0, description="items to skip (paging)")):
        """Stored articles, newest first, with their numbers of events and claims (`lead`: the start of an
        untitled article's text)."""
        def compute():
            with db.read() as con:
                total, items = Q.list_documents(con, q=q, limit=limit, offset=offset)
            return {"total": total, "limit": limit, "offset": offset, "items": items}
        return await cached(request, compute)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(doc_id: str):
        """One article: its text, places, events and claims (every offset points into `document.text`)."""
        with db.read() as con:
            out = Q.document_detail(con, doc_id)
        if out is None:
            raise HTTPException(404, f"no document {doc_id}")
        return out

    @app.get("/api/events", tags=["events"])
    async def events(request: Request, filters: dict = Depends(event_filters), sort: str = Query("date", description=
               "comma-separated keys: " + ", ".join(Q.SORTS) + "; prefix '-' for descending"),
               limit: int = Query(100, ge=1, le=5000, description="items in this page"),
               offset: int = Query(0, ge=0, description="items to skip (paging)"),
               include: Optional[Literal["actors"]] = Query(None, description="'actors': add each event's actors")):
        """Events matching the filters, one page (`limit`, `offset`) with the `total`. Items carry the main
        columns (and the actors with `include=actors`); the full sitrep/1 record is at /api/events/{id}."""
        Q.order_by(sort)

        def compute():
            with db.read() as con:
                total, items = Q.list_events(con, filters, sort=sort, limit=limit, offset=offset,
                                             actors=include == "actors")
            return {"total": total, "limit": limit, "offset": offset, "items": items}

        def indexed(snap):
            total, items = snap.list_events(filters, sort=sort, limit=limit, offset=offset,
                                            actors=include == "actors")
            return {"total": total, "limit": limit, "offset": offset, "items": items}
        return await cached(request, compute, indexed=indexed, inline=limit <= INLINE_MAX)

    @app.get("/api/events.geojson", tags=["events"])
    async def events_geojson(request: Request, filters: dict = Depends(event_filters),
                       limit: int = Query(10000, ge=1, le=100000, description="features in this page"),
                       offset: int = Query(0, ge=0, description="features to skip (paging)")):
        """Events as GeoJSON Points at their primary location, for map layers."""
        def compute():
            with db.read() as con:
                return Q.events_geojson(con, filters, limit=limit, offset=offset)
        return await cached(request, compute, "application/geo+json",
                            indexed=lambda snap: snap.events_geojson(filters, limit=limit, offset=offset),
                            inline=limit <= INLINE_MAX)

    @app.get("/api/events.points", tags=["events"])
    async def events_points(request: Request, filters: dict = Depends(event_filters),
                            limit: int = Query(10000, ge=1, le=100000, description="points in this page"),
                            offset: int = Query(0, ge=0, description="points to skip (paging)")):
        """The map's lean layer: the events of /api/events.geojson (located, newest first) as parallel arrays
        `id`, `date`, `lon`, `lat`, `fatalities`, and `event_type`, `sub_event_type`, `location` as indexes
        into `values[column]`."""
        def compute():
            with db.read() as con:
                return Q.events_points(con, filters, limit=limit, offset=offset)
        return await cached(request, compute,
                            indexed=lambda snap: snap.events_points(filters, limit=limit, offset=offset),
                            inline=limit <= INLINE_MAX)

    @app.get("/api/timeline", tags=["events"])
    async def get_timeline(request: Request, filters: dict = Depends(event_filters)):
        """Events and fatalities per day, for the same filters."""
        def compute():
            with db.read() as con:
                return {"days": Q.timeline(con, filters)}
        return await cached(request, compute, indexed=lambda snap: {"days": snap.timeline(filters)})

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str):
        """One event (sitrep/1 JSON) with its article, the article's claims (this event's first) and its review
        history."""
        with db.read() as con:
            out = Q.event_detail(con, event_id)
        if out is None:
            raise HTTPException(404, f"no event {event_id}")
        return out

    @app.get("/api/claims", tags=["claims"])
    def claims(doc_id: Optional[str] = Query(None, description="only claims of this document"),
               event_id: Optional[str] = Query(None, description="only claims about this event"),
               stance: Optional[Literal["assert", "allege", "deny", "confirm"]] = Query(
                   None, description="the claimant's stance; 'deny' also finds claims that a denial answers"),
               claimant: Optional[str] = Query(None, description="claimant name (substring) or ISO alpha-3"),
               source: Optional[str] = Query(None, description="part of the source chain (outlet, agency or "
                                                               "speaker), as for events"),
               q: Optional[str] = Query(None, description="text in the claim"),
               limit: int = Query(100, ge=1, le=5000, description="items in this page"),
               offset: int = Query(0, ge=0, description="items to skip (paging)")):
        """Claims and reported statements with their claimant, stance, source chain and the responses (denials)
        linked to them, newest article first."""
        with db.read() as con:
            total, items = Q.list_claims(con, doc_id=doc_id, event_id=event_id, stance=stance, claimant=claimant,
                                         source=source, q=q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/places", tags=["places"])
    def places(doc_id: Optional[str] = Query(None, description="only places of this document"),
               country: Optional[str] = Query(None, pattern=r"^[A-Za-z]{2,3}$", description="ISO alpha-2 or alpha-3"),
               q: Optional[str] = Query(None, description="text in the place's name"),
               limit: int = Query(200, ge=1, le=5000, description="items in this page"),
               offset: int = Query(0, ge=0, description="items to skip (paging)")):
        """Toponyms found in the articles, resolved to GeoNames (id, coordinates, precision)."""
        with db.read() as con:
            total, items = Q.list_places(con, doc_id=doc_id, country=country, q=q, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/places/lookup", tags=["places"])
    def place_lookup(q: str = Query(..., min_length=2, max_length=100, description="a place name"),
                     country: Optional[str] = Query(None, pattern=r"^[A-Za-z]{2,3}$",
                                                    description="only candidates in this country (ISO code)"),
                     limit: int = Query(10, ge=1, le=50, description="at most this many candidates")):
        """Gazetteer candidates for a place name (for corrections)."""
        return {"items": _lookup(q, country, limit)}

    @app.get("/api/actors", tags=["actors"])
    def actors(q: Optional[str] = Query(None, description="text in the actor's name"),
               country: Optional[str] = Query(None, pattern=r"^[A-Za-z]{2,3}$", description="ISO alpha-3 (or alpha-2)"),
               sector: Optional[str] = Query(None, description="sector code: MIL, BGD, POL, GOV, REB, CVL, ..."),
               role: Optional[Literal["actor1", "actor2", "associated"]] = Query(
                   None, description="actor1, actor2 or associated"),
               limit: int = Query(200, ge=1, le=5000, description="items in this page"),
               offset: int = Query(0, ge=0, description="items to skip (paging)")):
        """Actors of the events with their country and sector, and how many events name them."""
        with db.read() as con:
            total, items = Q.list_actors(con, q=q, country=country, sector=sector, role=role, limit=limit,
                                         offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/report", tags=["reports"])
    def report(format: Literal["html", "md"] = Query("html", description="html (self-contained page) or md"),
               since: Optional[str] = Query(None, description="YYYY-MM-DD: events ending on or after"),
               until: Optional[str] = Query(None, description="YYYY-MM-DD: events starting on or before"),
               country: Optional[str] = Query(None, description="ISO alpha-2 or alpha-3 of the event location"),
               bbox: Optional[str] = Query(None, description="minlon,minlat,maxlon,maxlat"),
               incident: Optional[str] = Query(None, description="one incident or event id"),
               limit: int = Query(25, ge=1, le=1000, description="items per list")):
        """The situation report for the filters (`sitrep report`), as self-contained HTML or Markdown."""
        from ..errors import SitrepError
        from ..report import build_report, to_html, to_markdown
        from ..store import Store

        con = db.fresh_cursor()
        try:
            brief = build_report(Store.from_connection(con, db_path), since=since, until=until, country=country,
                                 bbox=Q.parse_bbox(bbox), incident=incident, limit=limit)
        except SitrepError as exc:  # the report's checks name the CLI's options (--since): here they are parameters
            raise HTTPException(422, str(exc).replace("--", "")) from None
        finally:
            con.close()
        if format == "md":
            return Response(to_markdown(brief), media_type="text/markdown; charset=utf-8")
        # the brief is one self-contained page: its own inline styles, nothing else
        return Response(to_html(brief), media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                                            "img-src data:"})

    @app.get("/api/export", tags=["events"])
    def export(format: Literal["csv", "jsonl", "geojson", "parquet", "plover"] = Query(
                   "csv", description="csv (ACLED columns), jsonl (sitrep/1 events), geojson, parquet or plover"),
               filters: dict = Depends(event_filters),
               limit: Optional[int] = Query(None, ge=1, description="at most this many events (oldest first)")):
        """The filtered events in an export format (the same writers as `sitrep export`)."""
        from ..export import EXPORTERS, to_parquet

        name = f"sitrep-events.{ 'json' if format == 'plover' else format}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        media = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                 "geojson": "application/geo+json", "plover": "application/json",
                 "parquet": "application/vnd.apache.parquet"}[format]
        Q.event_where(**filters)
        con = db.fresh_cursor()
        try:
            events = Q.event_json_rows(con, filters, limit=limit)
            if format == "parquet":
                buf = io.BytesIO()
                to_parquet(list(events), buf)
                return Response(buf.getvalue(), media_type=media, headers=headers)
            if format in ("csv", "jsonl"):
                return StreamingResponse(_stream(format, events, con), media_type=media,
                                         headers=headers)
            buf = io.StringIO()
            EXPORTERS[format](list(events), buf)
            return Response(buf.getvalue(), media_type=media, headers=headers)
        finally:
            if format not in ("csv", "jsonl"):
                con.close()

    # --- writes ---------------------------------------------------------------------------------------
    @app.post("/api/documents", tags=["documents"], status_code=201, dependencies=[Depends(require_token)],
              responses={413: {"description": "body over the size limit"}, 401: {}, 403: {}})
    async def post_document(request: Request,
                            title: Optional[str] = Query(None, description="the article's title"),
                            url: Optional[str] = Query(None, description="where the article was published"),
                            outlet: Optional[str] = Query(None, description="the outlet (first link of every "
                                                                              "source chain)"),
                            published: Optional[str] = Query(None, description="ISO 8601 date or date-time: "
                                                             "relative dates in the text resolve against it")):
        """Ingest one article: plain text, HTML, JSON ({"text": ...}) or JSONL as the raw body, or files in a
        multipart form (`curl -F file=@article.html`; a `text` field is read as plain text, `title`, `url`,
        `outlet`, `published` fields as these parameters). The pipeline runs and the record is stored;
        re-posting the same text changes nothing (status 200) and describes the stored record, with a warning
        when a date or outlet given with it could not apply."""
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_body:
            raise HTTPException(413, f"body is {int(length)} bytes; the limit is {max_body}")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise HTTPException(413, f"body is over the {max_body}-byte limit")
            chunks.append(chunk)
        data = b"".join(chunks)
        if not data.strip():
            raise HTTPException(422, "empty body: send the article text, HTML or JSON")
        if published:
            try:
                dt.datetime.fromisoformat(published)
            except ValueError:
                raise HTTPException(422, "published must be ISO 8601") from None
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        meta = {k: v for k, v in (("title", title), ("url", url), ("outlet", outlet), ("published", published)) if v}
        if ctype == "multipart/form-data":  # a browser form or `curl -F file=@article.html`
            parts, fields = _form_parts(request.headers.get("content-type") or "", data)
            if fields.get("published"):
                try:
                    dt.datetime.fromisoformat(fields["published"])
                except ValueError:
                    raise HTTPException(422, "published must be ISO 8601") from None
            meta = {**{k: v for k, v in fields.items() if k in ("title", "url", "outlet", "published") and v},
                    **meta}
        else:
            parts = [(data, _BODY_SUFFIX.get(ctype, ".txt"), "<api>")]
        return await run_in_threadpool(_ingest, parts, meta)

    def _merge_posted(con, out: list[dict]) -> None:
        """Merge what a POST stored into incidents, as `sitrep ingest` does after a run: while the server holds
        the store no CLI command can, and the brief (/api/report) would list the new events in no incident.
        A merge that fails leaves the documents stored (the next merge takes them) and says so."""
        from .. import merge

        try:
            merge.update(con)
        except Exception as exc:  # noqa: BLE001 - the article is stored either way
            for d in out:
                if d["status"] != "unchanged":
                    d["warnings"].append(f"stored, but not merged into incidents yet ({type(exc).__name__}: "
                                         f"{exc}); the next merge takes it")

    def _ingest(parts: list[tuple[bytes, str, str]], meta: dict) -> JSONResponse:
        from ..errors import InputError
        from ..ingest import read_bytes
        from ..pipeline import build_nlp, extract

        docs, errors, seen = [], [], {}
        for data, suffix, name in parts:
            for item in read_bytes(data, name, max_bytes=max_body, suffix=suffix):
                if isinstance(item, InputError):
                    errors.append(str(item))
                    continue
                # a feed that repeats an article (or two files with the same text) is extracted and listed
                # once, and the repeat named, as `sitrep extract` does
                keys = (f"id:{item.id}", f"text:{item.hash}")
                first = next((seen[k] for k in keys if k in seen), None)
                if first is not None:
                    errors.append(f"{item.path or name}: skipped: the same document as {first}")
                    continue
                seen.update(dict.fromkeys(keys, item.path or name))
                for k, v in meta.items():
                    # a date or outlet given with the article fills in what it lacks, as `sitrep ingest
                    # --published/--outlet` do: a page's own time and UTC offset are not cut to the typed day
                    # (a dateline without a year, "--03-14", lacks one)
                    have = getattr(item, k, None)
                    if k in ("published", "outlet") and have and not str(have).startswith("--"):
                        continue
                    setattr(item, k, v)
                docs.append(item)
        if not docs:
            raise HTTPException(422, {"message": "no document in the body", "errors": errors})
        if len(docs) > MAX_DOCS_PER_POST:
            raise HTTPException(413, f"{len(docs)} documents in one request; the limit is {MAX_DOCS_PER_POST}")
        with nlp_lock:
            records = list(extract(docs, nlp=build_nlp()))
        out = []
        with db.write() as con:
            store = Q.writer_store(con, db.path)
            try:
                for rec in records:
                    status = store.add(rec)
                    item = {"id": rec.document.id, "status": status, "title": rec.document.title,
                            "events": [e.id for e in rec.events], "claims": len(rec.claims),
                            "places": len(rec.places), "warnings": list(rec.warnings)}
                    if status == "unchanged":
                        # the store keeps what it holds: say so, and describe that, not this extraction
                        item.update(Q.stored_summary(con, rec.document.id, rec.document.hash) or {})
                        given = [k for k in ("published", "outlet", "title", "url") if meta.get(k)]
                        if given:
                            item["warnings"].append(
                                f"stored already and kept as stored: {', '.join(given)} "
                                f"{'fills' if len(given) == 1 else 'fill'} in only what a newly stored article "
                                "lacks (to re-extract with them, ingest into a new store)")
                    out.append(item)
                if any(d["status"] != "unchanged" for d in out):
                    _merge_posted(con, out)
            finally:
                cache.clear()  # after the commit: a reader that started earlier cannot store a stale answer
        code = 201 if any(d["status"] != "unchanged" for d in out) else 200
        return JSONResponse({"documents": out, "errors": errors}, status_code=code)

    @app.patch("/api/events/{event_id}", tags=["events"], dependencies=[Depends(require_token)],
               responses={401: {}, 403: {}, 404: {}})
    def patch_event(event_id: str, review: ReviewIn, request: Request):
        """Review mode: correct an event's type/sub-type, date, status, location or figures. Each changed
        field is recorded in the `reviews` audit table (event_id, field, old, new, who, at)."""
        given = review.model_fields_set - {"reviewer"}
        if not given:
            raise HTTPException(422, "nothing to change")
        changes: dict[str, Any] = {}
        tax = _taxonomy()
        if "event_type" in given and review.event_type is not None and review.event_type not in tax:
            raise HTTPException(422, f"event_type must be one of: {', '.join(tax)}")
        if "sub_event_type" in given and review.sub_event_type is not None:
            owner = next((t for t, subs in tax.items() if review.sub_event_type in subs), None)
            if owner is None:
                raise HTTPException(422, f"unknown ACLED sub_event_type {review.sub_event_type!r}")
            if "event_type" in given and review.event_type not in (None, owner):
                raise HTTPException(422, f"{review.sub_event_type!r} is a sub-type of {owner!r}")
            changes["event_type"] = owner
        for f in ("event_type", "sub_event_type", "date", "date_end", "status"):
            if f in given:
                changes[f] = getattr(review, f)
        if changes.get("status", 1) is None:
            raise HTTPException(422, "status cannot be cleared")
        if "location" in given:
            changes["location"] = _resolve_location(review.location) if review.location else None
        figures = {}
        for kind in ("fatalities", "injuries"):
            if kind in given:
                fig = getattr(review, kind)
                figures[kind] = fig.model_dump() if fig is not None else None
        if figures:
            changes["figures"] = figures
        who = review.reviewer or request.headers.get("x-sitrep-reviewer") or "analyst"
        with db.write() as con:
            if {"date", "date_end"} & given:
                _check_review_dates(con, event_id, changes)
            try:
                written = Q.apply_review(con, event_id, changes, who)
            finally:
                cache.clear()
        if written is None:
            raise HTTPException(404, f"no event {event_id}")
        with db.read() as con:
            out = Q.event_detail(con, event_id)
        out["changed"] = written
        return out

    if STATIC.is_dir():
        app.mount("/", StaticFiles(directory=STATIC, html=True), name="web")

    return app


def _check_review_dates(con, event_id: str, changes: dict[str, Any]) -> None:
    """An end before the start matches no date filter: refuse it. A date given alone is checked against the
    event's stored end, an end against its start."""
    from ..export.filters import until_bound

    rows = con.execute("SELECT date, date_end FROM events WHERE id = ?", [event_id]).fetchall()
    if not rows:
        return  # apply_review says there is no such event
    start = changes["date"] if "date" in changes else rows[0][0]
    end = changes["date_end"] if "date_end" in changes else rows[0][1]
    if start and end and str(start) > until_bound(str(end)):
        hint = "" if "date_end" in changes else " (give date_end too, or null to clear it)"
        raise HTTPException(422, f"date {start} is after date_end {end}{hint}")


def _validation_message(errors: list[dict]) -> str:
    """'limit: Input should be greater than or equal to 1 (got 0); ...' from FastAPI's validation errors."""
    groups: dict[str, list[tuple[bool, str]]] = {}
    for e in errors:
        if e.get("type") == "json_invalid":
            why = (e.get("ctx") or {}).get("error")
            groups.setdefault("body", []).append((False, "not valid JSON" + (f" ({why})" if why else "")))
            continue
        # pydantic names the branches of a union in the location ("fatalities.function-after[ordered(), Figure]",
        # "fatalities.float"): people know the field, not the branches
        loc = [str(x) for i, x in enumerate(e.get("loc") or ())
               if x not in ("query", "path", "body", "header") and not (i > 1 and _UNION_BRANCH.fullmatch(str(x)))]
        where = ".".join(loc) or "request"
        got = f" (got {e['input']!r})" if isinstance(e.get("input"), (str, int, float)) else ""
        msg = re.sub(r"^Value error, ", "", e.get("msg", "invalid"))
        kind = str(e.get("type") or "")
        groups.setdefault(where, []).append((kind.endswith(("_type", "_parsing")), f"{where}: {msg}{got}"))
    parts = []
    for where, items in groups.items():
        # a value of the right shape that broke a rule ("low <= best <= high") says more than the other
        # branch's "Input should be a valid number"
        told = [m for type_error, m in items if not type_error] or [m for _, m in items]
        parts += [m if m.startswith(f"{where}: ") else f"{where}: {m}" for m in dict.fromkeys(told)]
    return "; ".join(parts) or "invalid request"


_UNION_BRANCH = re.compile(r".*[\[(].*|float|int|str|bool|none|list|dict|tuple|decimal|bytes|literal")


def _stream(format: str, events, con) -> Iterator[str]:
    """CSV or JSONL in chunks of ~64 KB, from the same row writers as the file exports."""
    import csv

    from ..export import ACLED_COLUMNS, EXTRA_COLUMNS, acled_row

    buf = io.StringIO()
    try:
        writer = None
        if format == "csv":
            writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
            writer.writeheader()
        for ev in events:
            if writer is not None:
                writer.writerow(acled_row(ev))
            else:
                buf.write(json.dumps(ev, ensure_ascii=False) + "\n")
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()
    finally:
        con.close()


def _lookup(name: str, country: str | None, limit: int) -> list[dict[str, Any]]:
    from ..geo.gazetteer import get_gazetteer
    from ..store import _iso2

    gz = get_gazetteer()
    cc = (_iso2(country.upper()) or country.upper()) if country else None
    cands = [c for c in gz.candidates(name) if not cc or c.country == cc]
    cands.sort(key=lambda c: (c.match != "primary", -(c.population or 0)))
    return [c.as_dict() for c in cands[:limit]]


def _resolve_location(loc: LocationIn) -> dict[str, Any]:
    """A corrected location: coordinates as given, or looked up in the gazetteer by geonameid or name."""
    from ..store import _iso2

    data = loc.model_dump()
    if data.get("country"):
        data["country"] = _iso2(data["country"].upper()) or data["country"].upper()
    if data["lat"] is not None and data["lon"] is not None:
        if not data.get("name"):
            raise HTTPException(422, "location needs a name")
        return data
    if (data["lat"] is None) != (data["lon"] is None):
        raise HTTPException(422, "give both lat and lon, or neither (to look the place up)")
    entry = None
    if data.get("geonameid"):
        from ..geo.gazetteer import get_gazetteer

        entry = get_gazetteer().by_id(data["geonameid"])
        entry = entry.as_dict() if entry else None
    elif data.get("name"):
        found = _lookup(data["name"], data.get("country"), 1)
        entry = found[0] if found else None
    if entry is None:
        raise HTTPException(422, "location not found in the gazetteer: give lat and lon")
    precision = data.get("precision") or ("country" if entry["feature_code"].startswith("PCL") else
                                          "province" if entry["feature_code"] == "ADM1" else
                                          "district" if entry["feature_code"] in ("ADM2", "ADM3") else "town")
    return {"name": data.get("name") or entry["name"], "geonameid": entry["geonameid"], "country": entry["country"],
            "admin1": entry.get("admin1"), "lat": entry["lat"], "lon": entry["lon"], "precision": precision,
            "feature_code": entry["feature_code"]}


def serve(host: str = "127.0.0.1", port: int = 8000, db: str | None = None, token: str | None = None) -> None:
    """Run the API and UI with uvicorn. `token` falls back to $SITREP_TOKEN; without one, writes are refused."""
    import uvicorn

    from ..store import default_path

    token = token or os.environ.get("SITREP_TOKEN") or None
    app = create_app(db or default_path(), token, hold_lock=False)
    uvicorn.run(app, host=host, port=port, log_level="info")
