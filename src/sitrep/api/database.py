"""The API's DuckDB file: a cursor pool for reads, one writer under a lock, the gate that lets a server share the file
with other processes, and the cache of read answers that every write clears."""
from __future__ import annotations

import os
import queue
import threading
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
from fastapi import HTTPException

from . import queries as Q

POOL_SIZE = 8


class Database:
    """The app's DuckDB file: a cursor pool for reads, one cursor and a lock for writes.

    `hold_lock=False` (what `sitrep serve` uses when writes are enabled): the file is kept open read-only, so
    other processes (`sitrep events`, `sitrep report`, another read-only server) can read it while the server
    runs, and each write closes the read connections, opens the file for writing, writes, and opens it read-only
    again. Reads wait while a write runs; a write waits for the reads in flight (at most `WRITE_WAIT` seconds)
    and answers 503 if another process holds the file at that moment."""

    WRITE_WAIT = 30.0  # seconds a write waits for its own reads in flight (a streaming export)
    OPEN_WAIT = 5.0  # seconds it waits for another process (a CLI command) to let go of the file; reads wait too

    def __init__(self, path: str, writable: bool, pool_size: int = POOL_SIZE, hold_lock: bool = True):
        from ..store import Store

        self.path = path
        self.writable = writable
        self.hold_lock = hold_lock or not writable
        self.pool_size = pool_size
        if writable or not Path(path).exists():
            store = Store(path)  # creates the schema
            if writable:
                store.con.execute(Q.REVIEWS_SQL)
            if not writable or not self.hold_lock:
                store.close()
        if writable and self.hold_lock:
            self.con = store.con
        else:
            self.con = duckdb.connect(path, read_only=True)
        self._pool: queue.Queue = queue.Queue()
        self._gate = _Gate() if not self.hold_lock else None
        self._reopen_lock = threading.Lock()
        self._open_pool()
        self._reads_open = True
        self.write_lock = threading.Lock()
        self._writer = self.con.cursor() if writable and self.hold_lock else None
        self.generation = 0  # bumped by every write(): what the event index checks its snapshot against
        self.after_write: list = []  # called after the bump (the response cache's clear)

    def _open_pool(self) -> None:
        # Many small concurrent queries: one DuckDB thread each beats splitting every query over the cores.
        threads = os.environ.get("SITREP_API_DUCKDB_THREADS", "1")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        for _ in range(self.pool_size):
            self._pool.put(self.con.cursor())

    def _close_pool(self) -> None:
        while not self._pool.empty():
            self._pool.get().close()
        self.con.close()

    def _reopen_reads(self) -> None:
        """Open the file read-only again after a write (or a failed one). Another process may have taken it for
        writing in between: then reads answer 503 until it lets go, and the next read tries again."""
        with self._reopen_lock:
            if self._reads_open:
                return
            try:
                self.con = duckdb.connect(self.path, read_only=True)
            except duckdb.Error:
                raise HTTPException(503, "the store is being written by another process: try again when it is done",
                                    headers={"Retry-After": "5"}) from None
            self._open_pool()
            self._reads_open = True

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._gate is not None:
            self._gate.enter_read()
        try:
            if self._gate is not None and not self._reads_open:
                self._reopen_reads()
            cur = self._pool.get()
            try:
                yield cur
            finally:
                self._pool.put(cur)
        finally:
            if self._gate is not None:
                self._gate.exit_read()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.writable:
            raise HTTPException(403, "the database is open read-only")
        with self.write_lock:
            if self._gate is None:
                try:
                    yield self._writer
                finally:
                    self._after_write()
                return
            if not self._gate.enter_write(self.WRITE_WAIT):
                raise HTTPException(503, "the store is busy with long reads (an export?): try again shortly",
                                    headers={"Retry-After": "5"})
            try:
                if self._reads_open:
                    self._close_pool()
                    self._reads_open = False
                try:
                    con = self._open_writable()
                except BaseException:  # could not get the file: serve reads again before saying so
                    self._try_reopen_reads()
                    raise
                try:
                    yield con
                finally:
                    con.close()
                    self._try_reopen_reads()
                    self._after_write()
            finally:
                self._gate.exit_write()

    def _try_reopen_reads(self) -> None:
        try:
            self._reopen_reads()
        except HTTPException:
            pass  # the next read tries again

    def _open_writable(self) -> duckdb.DuckDBPyConnection:
        """The file for writing; another process reading it (a CLI command) gets a few seconds to finish."""
        import time

        deadline = time.monotonic() + self.OPEN_WAIT
        while True:
            try:
                return duckdb.connect(self.path)
            except duckdb.Error as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise HTTPException(503, f"the store is open in another process, which keeps this server from "
                                             f"writing it: try again when it is done ({type(exc).__name__})",
                                        headers={"Retry-After": "5"}) from None
                time.sleep(0.2)

    def _after_write(self) -> None:
        # first the bump (the index snapshot is stale from now), then the listeners: a reader that computed from
        # the old snapshot meanwhile cannot store its answer in the cleared cache
        self.generation += 1
        for listener in self.after_write:
            listener()

    def fresh_cursor(self) -> duckdb.DuckDBPyConnection:
        if self._gate is not None:
            self._gate.enter_read()
            try:
                if not self._reads_open:
                    self._reopen_reads()
                return _GatedCursor(self.con.cursor(), self._gate)
            except BaseException:
                self._gate.exit_read()
                raise
        with self.write_lock if self._writer is not None else _nolock():
            return self.con.cursor()

    def close(self) -> None:
        while not self._pool.empty():
            self._pool.get().close()
        if self._writer is not None:
            self._writer.close()
        if self._reads_open:
            self.con.close()
        self._reads_open = False


class _Gate:
    """Many readers or one writer; a waiting writer keeps new readers out."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def enter_read(self) -> None:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1

    def exit_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def enter_write(self, timeout: float) -> bool:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._writing = True
            if self._cond.wait_for(lambda: self._readers == 0, timeout):
                return True
            self._writing = False
            self._cond.notify_all()
            return False

    def exit_write(self) -> None:
        with self._cond:
            self._writing = False
            self._cond.notify_all()


class _GatedCursor:
    """A cursor that counts as a read in flight until it is closed (exports stream from one)."""

    def __init__(self, cur, gate: _Gate):
        self._cur, self._gate, self._open = cur, gate, True

    def __getattr__(self, name):
        return getattr(self._cur, name)

    def close(self) -> None:
        if self._open:
            self._open = False
            try:
                self._cur.close()
            finally:
                self._gate.exit_read()


@contextmanager
def _nolock():
    yield


class ResponseCache:
    """Recent read responses (serialised JSON), keyed on the path and query string.

    Only this process can change the database while it runs (DuckDB lets one process write, and a
    read-only server shares the file with readers only), so every write through the API clears the cache
    and a cached answer is never stale."""

    def __init__(self, size: int = 512):
        self.size = size
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self.generation = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
            return body

    def put(self, key: str, body: bytes, generation: int) -> None:
        with self._lock:
            if generation != self.generation:  # a write happened while this answer was computed
                return
            self._items[key] = body
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.generation += 1
