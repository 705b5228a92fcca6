"""One ingest run: stream documents in, skip what the sink has, pre-filter, batch (by count and by characters,
`BATCH_CHARS`), run the engine, write.

Only the calling process writes; the engine's workers only compute. Memory is bounded by the engine's window
(a few batches), the sink's hash index (8 bytes a stored document) and one shard buffer for Parquet.
Resuming needs no state of its own: every document is written whole, keyed by its content hash, so a run
killed at any point and started again skips what was written and does the rest.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..errors import InputError
from ..ingest.readers import UNREAD_DATE
from ..ingest.stream import batched
from ..model import Document, Record
from .engine import Engine, release_memory
from .prefilter import Prefilter, prefiltered_record
from .sinks import Sink

ENGLISH = (None, "en", "und")
WRITE_BATCH = 64  # records a write transaction: each bulk insert has a fixed cost of a few milliseconds
# Characters of text a batch sent to a worker holds at most (a single longer document goes alone), besides the
# --batch-size count. spaCy's transient arrays grow with the tokens of a batch (about 3 KB a character for
# en_core_web_sm, mostly the parser's precomputed features), so with a count alone a worker's peak memory is
# set by the longest batch it has met so far and keeps creeping up over a long run. Smaller budgets measured
# no slower (the NLP works per token; a batch's fixed cost is a few ms). $SITREP_BATCH_CHARS overrides it
# (0: no budget).
BATCH_CHARS = 4000


def batch_chars_default() -> int:
    value = os.environ.get("SITREP_BATCH_CHARS", "").strip()
    try:
        return max(0, int(value)) if value else BATCH_CHARS
    except ValueError:
        return BATCH_CHARS


@dataclass
class IngestStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: int = 0
    prefiltered: int = 0  # new documents stored without extraction: no conflict vocabulary
    extracted: int = 0  # documents that went through the pipeline
    seen: int = 0  # input items: documents and problems
    seconds: float = 0.0
    workers: dict[Any, dict[str, Any]] = field(default_factory=dict)

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("added", "updated", "unchanged", "problems", "prefiltered",
                                               "extracted", "seen", "seconds")} | {
            "workers": list(self.workers.values())}


def run(items: Iterable[Document | InputError], *, engine: Engine, sink: Sink, prefilter: Prefilter | None = None,
        batch_size: int = 16, batch_chars: int | None = None,
        on_problem: Callable[[InputError], None] | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    stats = IngestStats()
    inflight: set[str] = set()  # content hashes sent to the engine and not written yet
    started = time.perf_counter()

    skipped: list[Record] = []  # pre-filtered documents, written in batches like the rest

    def write(records: list[Record], counter: str) -> None:
        """Write a batch; `counter` is the stats field the batch adds to ('prefiltered' or 'extracted')."""
        for record, status in zip(records, sink.write_many(records)):
            stats.count(status)
            stats.count(counter)
            inflight.discard(record.document.hash)
            advance()
        records.clear()
        release_memory()  # the writer's heap too (Arrow buffers, pickled batches); throttled

    def advance() -> None:
        stats.seen += 1
        if on_progress:
            on_progress(stats)

    def wanted() -> Iterator[Document]:
        """The documents to extract, in input order; everything else is counted, reported or written here."""
        for item in items:
            if isinstance(item, InputError):
                stats.problems += 1
                if on_problem:
                    on_problem(item)
                advance()
                continue
            h = item.hash
            if h in inflight or sink.known(h):
                sink.seen_again(item)
                stats.unchanged += 1
                advance()
                continue
            english = item.language in ENGLISH
            if not english and on_notice:
                on_notice(f"{item.path}: not English; stored without extraction")
            if on_notice:
                for w in item.warnings or []:
                    if w.startswith(UNREAD_DATE):  # a feed's date field sitrep cannot read
                        on_notice(f"{item.path}: {w}")
            if english and prefilter is not None and not prefilter(item):
                inflight.add(h)
                skipped.append(prefiltered_record(item))
                if len(skipped) >= WRITE_BATCH:
                    write(skipped, "prefiltered")
                continue
            inflight.add(h)
            yield item

    def batches() -> Iterator[list[Document]]:
        return batched(wanted(), batch_size, batch_chars_default() if batch_chars is None else batch_chars)

    try:
        extracted: list[Record] = []
        for records in engine.map(batches()):
            extracted += records
            if len(extracted) >= WRITE_BATCH:
                write(extracted, "extracted")
        write(extracted, "extracted")
        write(skipped, "prefiltered")
    finally:
        stats.workers = engine.stats
        stats.seconds = time.perf_counter() - started
    return stats
