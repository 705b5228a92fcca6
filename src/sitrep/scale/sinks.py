"""Sinks: where an ingest writes its Records, always from one process.

* `StoreSink`: the DuckDB store. One transaction per batch of documents (`Store.add_many`: one bulk insert a
  table), keyed by content hash, so a run killed at any point leaves only whole documents, and re-running
  skips them.
* `ParquetSink`: Parquet shards in a folder (`--out DIR`), each written whole under a temporary name and then
  renamed, so a killed run leaves only whole shards; `sitrep load DIR` merges them into a store. A re-run
  skips documents already in the folder's shards.

Both know which documents are already there through 64-bit prefixes of their content hashes, held in a sorted
NumPy array: 8 bytes a document, so a store of ten million documents costs 80 MB (a chance collision, which
would skip one new document, has a probability of about n²/2⁶⁵: 3·10⁻⁶ at ten million).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from ..model import Record
from .prefilter import is_prefiltered

SHARD_PREFIX = "sitrep-"


def hash_key(content_hash: str) -> int:
    return int(content_hash[:16], 16)


def id_key(doc_id: str) -> int:
    """64 bits of a document id (ids are free text; content hashes are hex already)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class KnownHashes:
    """A set of 64-bit keys: a sorted NumPy array (8 bytes a key) and a small set of keys added since the
    array was last rebuilt, folded into it every `PENDING_MAX` additions."""

    PENDING_MAX = 4096

    def __init__(self, keys: Iterable[int] = ()):
        self.keys = np.unique(np.fromiter(keys, dtype=np.uint64))
        self._pending: set[int] = set()

    def has_key(self, key: int) -> bool:
        if key in self._pending:
            return True
        k = np.uint64(key)
        i = np.searchsorted(self.keys, k)
        return bool(i < len(self.keys) and self.keys[i] == k)

    def add_key(self, key: int) -> None:
        self._pending.add(key)
        if len(self._pending) >= self.PENDING_MAX:
            self.keys = np.union1d(self.keys, np.fromiter(self._pending, dtype=np.uint64, count=len(self._pending)))
            self._pending.clear()

    def __contains__(self, content_hash: str) -> bool:
        return self.has_key(hash_key(content_hash))

    def __len__(self) -> int:
        return len(self.keys) + len(self._pending)


class Sink:
    where = ""

    def known(self, content_hash: str) -> bool:
        raise NotImplementedError

    def seen_again(self, document) -> None:
        """Told of a document skipped because `known` (nothing to do unless the sink keys documents by input)."""

    def write(self, record: Record) -> str:
        """'added', 'updated' or 'unchanged'."""
        raise NotImplementedError

    def write_many(self, records: list[Record]) -> list[str]:
        return [self.write(r) for r in records]

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class StoreSink(Sink):
    """`reprocess_prefiltered`: documents stored earlier as `prefiltered` count as not yet done, and are
    replaced when they come back fully extracted (an ingest run with --no-prefilter)."""

    INGEST_MEMORY_MB = 512  # DuckDB's buffer pool while ingesting, unless $SITREP_DUCKDB_MEMORY says otherwise
    INDEX_CHECK_EVERY = 64  # batches between looks at the size of DuckDB's primary-key indexes
    INDEX_SHARE = 0.5  # the cap doubles (at least) once the indexes use this share of it

    def __init__(self, store, reprocess_prefiltered: bool = False):
        self.store = store
        self.where = store.path
        self.reprocess_prefiltered = reprocess_prefiltered
        # DuckDB's default buffer pool is 80 % of RAM and keeps every block it has written or read: on a long
        # ingest it grows with the file. Capped for the ingest only (queries and merging after it keep theirs).
        self._memory_limit = None
        if not os.environ.get("SITREP_DUCKDB_MEMORY"):
            try:
                self._memory_limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
                store.con.execute(f"SET memory_limit = '{self.INGEST_MEMORY_MB}MB'")
                self._cap_mb = self.INGEST_MEMORY_MB
            except Exception:  # a connection that cannot say or set it: keep DuckDB's default
                self._memory_limit = None
        # Every stored id and content hash as 64-bit keys, kept up to date as this sink writes: a batch whose ids
        # and hashes are all absent needs no lookup in the documents table (a scan of two string columns that
        # cost 30-280 ms a batch at 100k documents). A key that is present (or collides) is checked in the store.
        # Source keys likewise (`Document.source`: an input stored before, read otherwise now), and the hashes of
        # documents stored without one (by an earlier sitrep), which get the key of the input that repeats them.
        self._ids, self._hashes, self._sources = KnownHashes(), KnownHashes(), KnownHashes()
        skip: list[int] = []  # what `known` answers: every stored hash, or only the extracted ones
        unkeyed: list[int] = []
        sql = "SELECT id, hash, coalesce(warnings LIKE '%\"prefiltered%', false), source FROM documents"
        reader = store.con.execute(sql).fetch_record_batch(50_000)
        for batch in reader:
            ids, hashes, prefiltered, sources = (batch.column(i).to_pylist() for i in range(4))
            hkeys = [hash_key(h) for h in hashes]
            self._ids.keys = np.union1d(self._ids.keys, np.fromiter(map(id_key, ids), dtype=np.uint64))
            self._hashes.keys = np.union1d(self._hashes.keys, np.fromiter(hkeys, dtype=np.uint64))
            self._sources.keys = np.union1d(self._sources.keys, np.fromiter(
                (id_key(k) for k in sources if k), dtype=np.uint64))
            unkeyed += [k for k, source in zip(hkeys, sources) if not source]
            skip += [k for k, p in zip(hkeys, prefiltered) if not (reprocess_prefiltered and p)]
        self._known = KnownHashes(skip)
        self._unkeyed = KnownHashes(unkeyed)  # none in a store written since there are source keys
        self._keyed: set[int] = set()  # of those, the ones this run gave a key
        self._to_key: list[tuple[str, str]] = []  # (source, hash) of repeats of such documents, not written yet

    def known(self, content_hash: str) -> bool:
        return content_hash in self._known

    def seen_again(self, document) -> None:
        """`document` is stored already (`known`): a copy stored without a source key gets this one's."""
        key = hash_key(document.hash)
        if document.source and len(self._unkeyed) and self._unkeyed.has_key(key) and key not in self._keyed:
            self._keyed.add(key)
            self._to_key.append((document.source, document.hash))
            if len(self._to_key) >= 256:
                self._write_keys()

    def _write_keys(self) -> None:
        if self._to_key:
            self.store.give_sources(self._to_key)
            for source, _ in self._to_key:
                self._sources.add_key(id_key(source))
            self._to_key.clear()

    def close(self) -> None:
        try:
            self._write_keys()
        except Exception:  # the store is already closed: the keys are given on the next run
            pass
        if getattr(self, "_memory_limit", None):
            try:
                self.store.con.execute(f"SET memory_limit = '{self._memory_limit}'")
            except Exception:  # the store is already closed
                pass
            self._memory_limit = None

    def write(self, record: Record) -> str:
        return self._write_batch([record])[0]

    def write_many(self, records: list[Record]) -> list[str]:
        try:
            return self._write_batch(records)
        except Exception:  # find the record at fault: the others are still stored, one transaction each
            if len(records) == 1:
                raise
            return [self.write(r) for r in records]

    def _write_batch(self, records: list[Record]) -> list[str]:
        stale = self._drop_prefiltered(records) if self.reprocess_prefiltered else set()
        keys = [(id_key(r.document.id), hash_key(r.document.hash)) for r in records]
        source_keys = [id_key(r.document.source) if r.document.source else None for r in records]
        maybe = [self._ids.has_key(i) or self._hashes.has_key(h) or (k is not None and self._sources.has_key(k))
                 for (i, h), k in zip(keys, source_keys)]
        statuses = self.store.add_many(records, maybe_stored=maybe)
        self._batches = getattr(self, "_batches", 0) + 1
        if self._batches % self.INDEX_CHECK_EVERY == 0:
            self._make_room_for_indexes()
        for (i, h), k, status in zip(keys, source_keys, statuses):
            if status != "unchanged":
                self._ids.add_key(i)
                self._hashes.add_key(h)
                self._known.add_key(h)
                if k is not None:
                    self._sources.add_key(k)
        return ["updated" if r.document.hash in stale and s == "added" else s for r, s in zip(records, statuses)]

    def _make_room_for_indexes(self) -> None:
        """DuckDB holds primary-key (ART) indexes in its buffer pool, and an insert fails outright once they no
        longer fit under the cap: raise our own cap (never one the user set) while they use over half of it."""
        if not getattr(self, "_memory_limit", None):
            return
        art = self.store.con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
                                     "WHERE tag = 'ART_INDEX'").fetchone()[0] / 2**20
        if art > self._cap_mb * self.INDEX_SHARE:
            self._cap_mb = max(2 * self._cap_mb, int(art * 4) + 1)
            self.store.con.execute(f"SET memory_limit = '{self._cap_mb}MB'")

    def _drop_prefiltered(self, records: list[Record]) -> set[str]:
        """Delete stored pre-filtered versions of documents that now come back extracted; their hashes."""
        hashes = [r.document.hash for r in records if not is_prefiltered(r.warnings)]
        rows = self.store.con.execute("SELECT id, hash, warnings FROM documents WHERE list_contains(?, hash)",
                                      [hashes]).fetchall()
        stale = {doc_id: h for doc_id, h, warnings in rows if is_prefiltered(json.loads(warnings or "[]"))}
        if stale:
            con = self.store.con
            con.execute("BEGIN TRANSACTION")
            try:
                for doc_id in stale:
                    self.store._delete(doc_id)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return set(stale.values())


class ParquetSink(Sink):
    """Records as rows (doc_id, hash, record JSON, source key) in shards of `shard_size` documents."""

    def __init__(self, folder: str | os.PathLike, shard_size: int = 1000):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.where = str(self.folder)
        self.shard_size = shard_size
        self._rows: list[dict] = []
        self._seen: set[int] = set()  # documents written by this run (8-byte keys)
        self._known = KnownHashes(hash_key(h) for h in self._stored_hashes())
        self._run = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        self._seq = 0
        self.shards: list[Path] = []

    def _stored_hashes(self) -> Iterator[str]:
        import pyarrow.parquet as pq

        for shard in shards(self.folder):
            yield from pq.read_table(shard, columns=["hash"]).column("hash").to_pylist()

    def known(self, content_hash: str) -> bool:
        return content_hash in self._known or hash_key(content_hash) in self._seen

    def write(self, record: Record) -> str:
        h = record.document.hash
        if self.known(h):
            return "unchanged"
        self._seen.add(hash_key(h))
        self._rows.append({"doc_id": record.document.id, "hash": h,
                           "record": json.dumps(record.to_json(), ensure_ascii=False),
                           "source": record.document.source})
        if len(self._rows) >= self.shard_size:
            self.flush()
        return "added"

    def flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._seq += 1
        final = self.folder / f"{SHARD_PREFIX}{self._run}-{self._seq:05d}.parquet"
        tmp = final.with_name("." + final.name + ".tmp")
        table = pa.Table.from_pylist(self._rows, schema=pa.schema(
            [("doc_id", pa.string()), ("hash", pa.string()), ("record", pa.string()), ("source", pa.string())]))
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, final)
        self.shards.append(final)
        self._rows.clear()

    def close(self) -> None:
        self.flush()


def shards(folder: str | os.PathLike) -> list[Path]:
    """The complete shards in `folder` (temporary files of a killed run are ignored)."""
    return sorted(p for p in Path(folder).glob(f"{SHARD_PREFIX}*.parquet") if p.is_file())


def read_shards(folder: str | os.PathLike, batch_rows: int = 256) -> Iterator[Record]:
    """Every Record in the shards under `folder`, streaming (a few hundred rows in memory at a time)."""
    import pyarrow.parquet as pq

    for shard in shards(folder):
        file = pq.ParquetFile(shard)
        keyed = "source" in file.schema_arrow.names  # (shards written before source keys have none)
        for batch in file.iter_batches(batch_size=batch_rows, columns=["record", "source"] if keyed else ["record"]):
            sources = batch.column(1).to_pylist() if keyed else [None] * batch.num_rows
            for text, source in zip(batch.column(0).to_pylist(), sources):
                record = Record.from_json(json.loads(text))
                record.document.source = source
                yield record


def load(folder: str | os.PathLike, store, on_record=None) -> dict[str, int]:
    """Merge shards into `store`; idempotent like ingest (documents already stored are unchanged)."""
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    sink, batch = StoreSink(store), []

    def flush() -> None:
        for record, status in zip(batch, sink.write_many(batch)):
            counts[status] += 1
            if on_record:
                on_record(record)
        batch.clear()

    with sink:
        for record in read_shards(folder):
            batch.append(record)
            if len(batch) >= 256:
                flush()
        flush()
    return counts
