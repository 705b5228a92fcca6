"""Ingest: files, folders, JSONL and stdin → `Document`s, with every problem reported, never raised.

`read(paths)` yields `Document` or `InputError` items in input order, so one bad file never stops a batch.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, UnsupportedInput
from ..model import Document, source_key
from .decode import MAX_BYTES, decode
from . import feeds  # noqa: F401  (registers the RSS/Atom reader)
from .readers import READERS, from_text, infer_outlet, reader

__all__ = ["read", "read_path", "read_bytes", "from_text", "infer_outlet", "reader", "READERS"]

_MANY_DOCUMENTS = (".jsonl", ".ndjson", ".rss", ".atom", ".xml")  # one file, many articles: no per-article limit
_HTML_SNIFF = ("<!doctype html", "<html", "<head", "<body", "<article")
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")  # an ATX heading ("#Hashtag" has no space)
# sitrep's own situation report (html, md), saved beside the articles: read back, its tables and ledger
# became a hundred events and claims of no article
_OWN_REPORT = re.compile(r"<meta name=\"generator\" content=\"sitrep\b|\bgenerated \d{4}-\d\d-\d\d \d\d:\d\d UTC "
                         r"by sitrep from\b")


def read(paths: Iterable[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    """Every document under `paths` ('-' is stdin); folders are walked recursively in sorted order."""
    for path in paths:
        if path == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", max_bytes=max_bytes, sniff=True)
            continue
        p = Path(path)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                yield from read_path(f, max_bytes=max_bytes, in_folder=True)
        elif p.exists():
            yield from read_path(p, max_bytes=max_bytes)
        else:
            yield InputError("failed: no such file or folder", path=path)


def read_path(path: Path, *, max_bytes: int = MAX_BYTES, in_folder: bool = False) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix not in READERS:
        # a shard of `sitrep ingest --out` is not an article: say which command stores it
        hint = "; Parquet shards of `sitrep ingest --out` are stored with `sitrep load FOLDER`" \
            if suffix == ".parquet" else ""
        yield UnsupportedInput(f"skipped: unsupported file type '{suffix}' (sitrep reads "
                               f"{', '.join(s for s in sorted(READERS) if s)}{hint})", path=str(path))
        return
    try:
        size = os.path.getsize(path)
        if size > max_bytes and suffix not in _MANY_DOCUMENTS:
            raise InputError(f"skipped: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one "
                             "article (split it, or raise --max-bytes)", path=str(path))
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"failed: cannot read ({exc.strerror})", path=str(path))
        return
    except InputError as err:
        yield err
        return
    limit = max(max_bytes, len(data)) if suffix in _MANY_DOCUMENTS else max_bytes
    yield from read_bytes(data, str(path), max_bytes=limit, suffix=suffix)


def read_bytes(data: bytes, path: str, *, max_bytes: int = MAX_BYTES, suffix: str | None = None,
               sniff: bool = False) -> Iterator[Document | InputError]:
    try:
        raw = decode(data, path, max_bytes)
        if _OWN_REPORT.search(raw[:30000]):
            raise InputError("skipped: a situation report written by `sitrep report`, not an article", path=path)
        if sniff or suffix in ("", ".txt"):
            suffix = _sniff(raw) or suffix or ""
        whole = None
        for n, item in enumerate(READERS[suffix or ""](raw, path)):
            # an article read from the whole input is keyed by its bytes (a JSONL line or a feed entry has its
            # own key already): the store knows it again when another version of sitrep reads it differently
            if isinstance(item, Document) and item.source is None:
                whole = whole or source_key(data)
                item.source = whole if n == 0 else f"{whole}:{n}"
            yield item
    except InputError as err:
        yield err


def _sniff(raw: str) -> str | None:
    start = raw.lstrip()[:200].lower()
    if start.startswith(_HTML_SNIFF):
        return ".html"
    if start.startswith("{") and "\"text\"" in raw[:5000]:
        return ".jsonl"
    if _MARKDOWN_HEADING.match(start):  # "# Headline": Markdown given without its file name (stdin, the API)
        return ".md"
    return None
