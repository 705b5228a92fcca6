"""Engines: where batches of Documents become Records.

Every engine has one contract, `map(batches) -> records per batch, in input order`, and keeps only a small,
fixed number of batches in flight (`window`), so memory is bounded however long the input is. The model is
built once per worker (`sitrep.pipeline.build_nlp` is cached per process, and so are the gazetteer, the
codebooks and the typer), never per document. Results come back to the calling process, which alone writes
to the store: DuckDB has one writer.

* `local`, 1 worker: the pipeline in this process.
* `local`, N workers: N spawned processes (`concurrent.futures`), one model each.
* `ray`: N Ray actors, one model each, on a local Ray (started here) or a cluster (`--ray-address`); see
  `ray_engine.py`.
"""
from __future__ import annotations

import gc
import os
import resource
import threading
from abc import ABC, abstractmethod
from collections import deque
from typing import Any, Iterable, Iterator

from ..errors import SitrepError
from ..model import Document, Record


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


TRIM_EVERY_S = 5.0  # a trim costs 3-60 ms on a 300 MB heap: at most once every few seconds
_trim_state: dict[str, Any] = {"last": 0.0, "fn": None}


def release_memory(force: bool = False) -> bool:
    """Give the heap pages freed since the last call back to the OS (glibc's `malloc_trim`).

    glibc keeps freed memory in its arenas, fragmented by the many small objects of each batch of Docs, so a
    worker's resident memory creeps up with the number of articles; trimming after batches removed about 60 MB a
    worker and kept it flat in a 2,400-article run. At most once every `TRIM_EVERY_S` seconds unless `force`;
    a no-op (False) where the C library has no `malloc_trim` (macOS, musl)."""
    import time

    now = time.monotonic()
    if not force and now - _trim_state["last"] < TRIM_EVERY_S:
        return False
    _trim_state["last"] = now
    fn = _trim_state["fn"]
    if fn is None:
        try:
            import ctypes

            fn = ctypes.CDLL(None).malloc_trim
            fn.argtypes, fn.restype = [ctypes.c_size_t], ctypes.c_int
        except (OSError, AttributeError):
            fn = False
        _trim_state["fn"] = fn
    if not fn:
        return False
    fn(0)
    return True


_warmed: set[int] = set()  # id() of the pipelines (cached per process) that have run a first batch
LEMMA_CACHE_MAX = 50_000  # entries of the rule lemmatizer's cache (about 200 bytes each)


def bound_spacy_caches(nlp) -> None:
    """spaCy's rule lemmatizer caches every (word, POS, morphology) it has seen, with no bound and outside
    `memory_zone`: over a long ingest it grows with the vocabulary of the feed. Emptied when over the bound
    (it refills with the frequent words at once)."""
    for name in ("lemmatizer",):
        if name in nlp.pipe_names:
            cache = getattr(nlp.get_pipe(name), "cache", None)
            if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_MAX:
                cache.clear()


def process_batch(documents: list[Document], model: str | None = None, use_typer: bool = True
                  ) -> tuple[list[Record], dict[str, Any]]:
    """Run the full pipeline on one batch in this process; the model is built on first use only."""
    from ..pipeline import build_nlp, extract

    nlp = build_nlp(model, use_typer)
    if id(nlp) in _warmed:
        with nlp.memory_zone():  # the batch's new strings and lexemes are dropped after it (Records keep copies)
            records = list(extract(documents, nlp=nlp, batch_size=max(1, len(documents))))
    else:  # the first batch builds the components' lazy state outside a zone, so it stays valid
        records = list(extract(documents, nlp=nlp, batch_size=max(1, len(documents))))
        _warmed.add(id(nlp))
        gc.collect()
        gc.freeze()  # the model, gazetteer and lexicons: out of every later collection's way
    # Each batch's Docs die in reference cycles (Spans and sitrep's objects in user_data point back at their
    # Doc; the parser's step models hold its per-token arrays), so refcounting frees none of it. Left to the
    # automatic collector they wait for a full collection, which comes more rarely as the process's long-lived
    # objects grow, and a worker's memory crept with the garbage of tens of batches. Collected here, after
    # `gc.freeze()`, this took 1-18 ms a batch on a loaded machine; unfrozen, the same collection took 0.8-1.2 s.
    gc.collect()
    bound_spacy_caches(nlp)
    release_memory()
    return records, {"pid": os.getpid(), "peak_rss_mb": peak_rss_mb()}


class Engine(ABC):
    """Turns an iterator of Document batches into Record batches, in order, with bounded work in flight."""

    name = "engine"

    def __init__(self, workers: int = 1, model: str | None = None, use_typer: bool = True,
                 window: int | None = None):
        self.workers = max(1, workers)
        self.model = model
        self.use_typer = use_typer
        self.window = window or 2 * self.workers
        self.stats: dict[Any, dict[str, Any]] = {}  # worker id -> {"pid", "peak_rss_mb", "batches", "documents"}

    # --- the contract ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the model in every worker (also done lazily by `map`)."""

    def close(self) -> None:
        pass

    @abstractmethod
    def submit(self, batch: list[Document]) -> Any:
        """Start one batch; returns a handle for `result`."""

    @abstractmethod
    def result(self, handle: Any) -> tuple[list[Record], dict[str, Any]]:
        """Wait for a batch started by `submit`."""

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Record]]:
        """Workers start (and load their model) only when the first batch needs them: a re-run with nothing
        new to do costs no model load."""
        pending: deque = deque()
        source = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window:
                try:
                    batch = next(source)
                except StopIteration:
                    exhausted = True
                    break
                if batch:
                    self.start()
                    pending.append((self.submit(batch), len(batch)))
            if not pending:
                return
            handle, n = pending.popleft()
            records, info = self.result(handle)
            self._note(info, n)
            yield records

    def _note(self, info: dict[str, Any], n: int) -> None:
        key = info.get("worker", info.get("pid"))
        entry = self.stats.setdefault(key, {"pid": info.get("pid"), "peak_rss_mb": 0.0, "batches": 0,
                                            "documents": 0})
        entry["peak_rss_mb"] = max(entry["peak_rss_mb"], info.get("peak_rss_mb") or 0.0)
        entry["batches"] += 1
        entry["documents"] += n

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class InProcessEngine(Engine):
    """One worker: the calling process itself."""

    name = "local"

    def __init__(self, **kw):
        kw["workers"] = 1
        kw.setdefault("window", 1)
        super().__init__(**kw)

    def start(self) -> None:
        pass  # the model is built by the first `process_batch` (cached for the process)

    def submit(self, batch: list[Document]) -> list[Document]:
        return batch  # run when the result is asked for, so reading and writing interleave with it

    def result(self, handle: list[Document]) -> tuple[list[Record], dict[str, Any]]:
        return process_batch(handle, self.model, self.use_typer)


def _watch_parent() -> None:
    """In a worker: exit when the parent dies (even by SIGKILL), instead of lingering with a model loaded."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="sitrep-parent-watch", daemon=True).start()


def _init_worker(model: str | None, use_typer: bool) -> None:
    _watch_parent()
    from ..pipeline import build_nlp

    build_nlp(model, use_typer)


def _warm() -> int:
    return os.getpid()


class ProcessEngine(Engine):
    """N worker processes (spawned, so none inherits the parent's DuckDB connection), one model each."""

    name = "local"

    def start(self) -> None:
        if getattr(self, "_pool", None) is not None:
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_init_worker, initargs=(self.model, self.use_typer))
        # start every worker now: each loads the model once, in parallel
        for f in [self._pool.submit(_warm) for _ in range(self.workers)]:
            self._wait(f)

    def submit(self, batch: list[Document]):
        return self._pool.submit(process_batch, batch, self.model, self.use_typer)

    def result(self, handle) -> tuple[list[Record], dict[str, Any]]:
        return self._wait(handle)

    @staticmethod
    def _wait(future):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool:
            raise SitrepError("a worker process died (out of memory?); re-run the same command to resume") from None

    def close(self) -> None:
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


ENGINES = ("local", "ray")


def get_engine(name: str = "local", *, workers: int = 1, ray_address: str | None = None,
               model: str | None = None, use_typer: bool = True) -> Engine:
    if name == "ray":
        from .ray_engine import RayEngine

        return RayEngine(workers=workers, address=ray_address, model=model, use_typer=use_typer)
    if name != "local":
        raise SitrepError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    if workers <= 1:
        return InProcessEngine(model=model, use_typer=use_typer)
    return ProcessEngine(workers=workers, model=model, use_typer=use_typer)
