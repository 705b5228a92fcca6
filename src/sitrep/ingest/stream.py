"""Streaming ingest: the same Documents and InputErrors as `read(paths)`, with memory bounded by one article.

`read()` reads a whole file before parsing it, which is right for an article and wrong for a JSONL file of
millions of lines. `stream(paths)` differs from it in two ways only:

* JSONL/NDJSON files are read line by line (the encoding is detected once, from the file's start); a line
  longer than `max_bytes` is skipped with a message, like an over-long article file;
* folders are walked lazily, one directory listing at a time, in the same order as `read()` (sorted path
  components; hidden files skipped).

Every other file goes through `read_path`, so HTML, text, JSON and feeds (`ingest/feeds.py`) read exactly as
in `sitrep extract`. Feeds hold many articles, so like JSONL they are exempt from the one-article size limit.

`once(items)` passes the stream on with each document that repeats one read before it in the run (the same id
or text: a feed listing an article twice, a file given twice) turned into a problem, "skipped: the same document
as <where the first was read>", as `sitrep extract` reports it; a store would count the repeat "unchanged",
which says it was stored before the run. It remembers 8-byte keys (30 to 60 bytes a document, and each file's
path once), not the documents.

`batched(documents, size, chars)` groups documents for `nlp.pipe` by count *and* by characters, so one batch's
working set (spaCy's per-token arrays grow with the batch's tokens) has a bound that does not depend on which
articles happen to arrive together.

`count(paths)` estimates the number of items `stream()` will yield (JSONL lines, feed entries, files): cheap
enough to run in a background thread so a progress bar gets a total and an ETA.
"""
from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from charset_normalizer import from_bytes

from ..errors import InputError
from ..model import Document
from . import feeds  # noqa: F401  (registers the RSS/Atom reader)
from . import read_bytes, read_path
from .decode import MAX_BYTES, _mostly_ascii_cp1252
from .readers import READERS, jsonl_line, jsonl_records

JSONL = (".jsonl", ".ndjson")
FEEDS = feeds.SUFFIXES
_ENTRY = re.compile(rb"<(?:item|entry)[\s>]", re.I)


def stream(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    for path in paths:
        if path == "-":
            yield from stream_stdin(max_bytes=max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            for f in walk(p):
                yield from stream_file(f, max_bytes=max_bytes)
        elif p.exists():
            yield from stream_file(p, max_bytes=max_bytes)
        else:
            yield InputError("failed: no such file or folder", path=path)


def stream_stdin(*, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    """JSONL on stdin (`zcat big.jsonl.gz | sitrep ingest -`) is streamed line by line; anything else is read
    whole, as one article, like `read()` does."""
    buf = sys.stdin.buffer
    head = buf.peek(1 << 16)[:1 << 16] if hasattr(buf, "peek") else b""
    first = head.lstrip().split(b"\n", 1)[0]
    if first.startswith(b"{") and b'"text"' in first and first.rstrip().endswith(b"}"):
        yield from _jsonl_lines(buf, "<stdin>", "utf-8", max_bytes)
    else:
        yield from read_bytes(buf.read(), "<stdin>", max_bytes=max_bytes, sniff=True)


def walk(folder: Path) -> Iterator[Path]:
    """Files under `folder` in the order of `sorted(folder.rglob("*"))`, holding one listing at a time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                yield from walk(Path(entry.path))
            elif entry.is_file() and not entry.name.startswith("."):
                yield Path(entry.path)
        except OSError:
            continue


def stream_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL:
        yield from stream_jsonl(path, max_bytes=max_bytes)
    elif suffix in FEEDS and suffix in READERS:
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            yield InputError(f"failed: cannot read ({exc.strerror})", path=str(path))
            return
        yield from read_path(path, max_bytes=max(max_bytes, size))
    else:
        yield from read_path(path, max_bytes=max_bytes)


def _encoding(sample: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            return codec
    cut = sample.rfind(b"\n")
    head = sample if cut < 0 else sample[:cut]
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        if _mostly_ascii_cp1252(head) is not None:  # as `decode` does for a whole file
            return "cp1252"
        best = from_bytes(head).best()
        return best.encoding if best is not None and best.encoding else "utf-8"


def stream_jsonl(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    """One Document (or InputError) per non-blank line, reading one line at a time."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield InputError(f"failed: cannot read ({exc.strerror})", path=str(path))
        return
    with fh:
        sample = fh.read(200_000)
        if not sample.strip():
            yield InputError("skipped: empty file", path=str(path))
            return
        encoding = _encoding(sample)
        fh.seek(0)
        if encoding.startswith("utf-16"):  # rare: no line-by-line byte split, decode as a text stream
            lines: Iterable = (line.encode("utf-8") for line in open(path, encoding=encoding, errors="replace"))
            encoding = "utf-8"
        else:
            lines = fh
        yield from _jsonl_lines(lines, str(path), encoding, max_bytes)


def _jsonl_lines(lines: Iterable[bytes], path: str, encoding: str, max_bytes: int) -> Iterator[Document | InputError]:
    def decoded():
        for lineno, raw in enumerate(lines, 1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield InputError(f"skipped: line of {len(raw) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB "
                                 "limit for one article (raise --max-bytes)", path=f"{path}:{lineno}")
                continue
            yield lineno, raw.decode("utf-8" if encoding == "utf-8-sig" else encoding, errors="replace")

    # (a record broken over several lines by raw line breaks is one error, as `read_jsonl` says it)
    for item in jsonl_records(decoded(), path):
        if isinstance(item, InputError):
            yield item
        else:
            yield from jsonl_line(item[1], item[0])


def once(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """`items` with every document that repeats an earlier one (same id or same text) as an InputError naming
    where the first was read."""
    seen = _KeyMap()
    places = _Places()
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        where = item.path or "<stdin>"
        keys = (_digest("id:" + (item.id or "")), _digest("text:" + (item.text or "")))
        first = next((n for n in map(seen.get, keys) if n is not None), None)
        if first is not None:
            yield InputError(f"skipped: the same document as {places.where(first)}", path=where)
            continue
        n = places.add(where)
        for k in keys:
            seen.add(k, n)
        yield item


def _digest(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class _KeyMap:
    """64-bit keys → 32-bit numbers: sorted NumPy arrays and a few recent keys, folded in now and then."""

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.uint64)
        self.values = np.empty(0, dtype=np.uint32)
        self.pending: dict[int, int] = {}

    def get(self, key: int) -> int | None:
        if key in self.pending:
            return self.pending[key]
        k = np.uint64(key)
        i = int(np.searchsorted(self.keys, k))
        return int(self.values[i]) if i < len(self.keys) and self.keys[i] == k else None

    def add(self, key: int, value: int) -> None:
        self.pending[key] = value
        if len(self.pending) >= max(1024, len(self.keys) // 32):
            new_k = np.fromiter(self.pending.keys(), dtype=np.uint64, count=len(self.pending))
            new_v = np.fromiter(self.pending.values(), dtype=np.uint32, count=len(self.pending))
            order = np.argsort(new_k)
            new_k, new_v = new_k[order], new_v[order]
            at = np.searchsorted(self.keys, new_k)
            self.keys = np.insert(self.keys, at, new_k)
            self.values = np.insert(self.values, at, new_v)
            self.pending.clear()


class _Places:
    """Where each document was read ("feed.jsonl:12", "feed.xml#3", "a.txt"), as a file's path once and a line
    or entry number a document."""
    _NUMBERED = re.compile(r"^(.*[:#])(\d+)$")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.prefixes: list[str] = []
        self.numbers = array("I")

    def add(self, where: str) -> int:
        m = self._NUMBERED.match(where)
        prefix, number = (m.group(1), int(m.group(2))) if m and int(m.group(2)) < 2 ** 32 else (where, 0)
        n = len(self.numbers)
        if not self.prefixes or self.prefixes[-1] != prefix:
            self.starts.append(n)
            self.prefixes.append(prefix)
        self.numbers.append(number)
        return n

    def where(self, n: int) -> str:
        prefix = self.prefixes[bisect.bisect_right(self.starts, n) - 1]
        return f"{prefix}{self.numbers[n]}" if prefix.endswith((":", "#")) and self.numbers[n] else prefix


def batched(documents: Iterable[Document], size: int, chars: int | None = None) -> Iterator[list[Document]]:
    """Consecutive runs of `documents`, in order, each of at most `size` documents and, when `chars` is set, at
    most `chars` characters of text in all; a single document longer than `chars` makes a batch of its own.
    Every document is in exactly one batch."""
    size = max(1, size)
    batch: list[Document] = []
    total = 0
    for document in documents:
        n = len(document.text or "")
        if batch and chars and total + n > chars:
            yield batch
            batch, total = [], 0
        batch.append(document)
        total += n
        if len(batch) >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def count(paths: Iterable[str]) -> int:
    """About how many items `stream(paths)` yields: non-blank JSONL lines, feed entries, one per other file."""
    total = 0
    for path in paths:
        if path == "-":
            continue
        p = Path(path)
        files = walk(p) if p.is_dir() else ([p] if p.exists() else [])
        for f in files:
            suffix = f.suffix.lower()
            try:
                if suffix in JSONL:
                    total += _count_lines(f)
                elif suffix in FEEDS:
                    total += max(1, len(_ENTRY.findall(f.read_bytes())))
                else:
                    total += 1
            except OSError:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")
