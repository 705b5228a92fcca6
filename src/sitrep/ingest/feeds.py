"""RSS and Atom feeds (files: sitrep never fetches) → one Document per entry that has text.

An entry's text is its full content (`content:encoded`, Atom `content`) when given, else its summary or
description; markup is reduced to plain text with paragraph breaks. The feed's title is the outlet when the
entry names none, the entry's link its URL, its date the publication time. An entry with an id (RSS guid,
Atom id) keeps a stable document id derived from it, so a later snapshot of the same feed whose entry text
was corrected *updates* the stored document instead of adding a second one.
"""
from __future__ import annotations

import hashlib
import html
import io
import re
import time
from typing import Iterator

from ..errors import InputError
from ..model import Document, source_key
from .head import parse_datetime
from .readers import from_text, reader, unread_date

SUFFIXES = (".rss", ".atom", ".xml")
_BLOCK = re.compile(r"(?is)<\s*(?:br\s*/?|/?p|/?div|/?li|/?h[1-6]|/?blockquote|/?tr|/?section|/?article)\b[^>]*>")
_DROP = re.compile(r"(?is)<\s*(script|style|figure|figcaption|noscript)\b.*?</\s*\1\s*>")
_TAG = re.compile(r"(?s)<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\s*\n\s*\n\s*")


def html_to_text(markup: str) -> str:
    """Plain text of an entry's HTML: block elements become paragraph breaks, entities are decoded."""
    if "<" not in markup:
        return html.unescape(markup).strip()
    text = _DROP.sub(" ", markup)
    text = _BLOCK.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    text = _SPACES.sub(" ", text)
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", lines).strip()


def _entry_text(entry) -> str:
    best = ""
    for content in entry.get("content") or []:
        value = html_to_text(content.get("value") or "")
        if len(value) > len(best):
            best = value
    summary = html_to_text(entry.get("summary") or entry.get("description") or "")
    return best if len(best) >= len(summary) else summary


def _published(entry) -> str | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if value:
            iso = parse_datetime(value)
            if iso:
                return iso
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return None


@reader(*SUFFIXES)
def read_feed(raw: str, path: str) -> Iterator[Document | InputError]:
    import feedparser  # only when a feed is read

    # bytes plus an explicit charset: feedparser never treats the text as a URL or a file name, and the
    # text's own (already decoded) encoding wins over a stale XML declaration
    parsed = feedparser.parse(io.BytesIO(raw.encode("utf-8")),
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.entries:
        if parsed.get("version") or parsed.feed.get("title"):
            raise InputError("skipped: feed has no entries", path=path)
        raise InputError("skipped: not an RSS or Atom feed" + (
            f" ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo") else ""), path=path)
    outlet = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{path}#{n}"
        text = _entry_text(entry)
        if not text.strip():
            yield InputError("skipped: feed entry has no content or summary", path=where)
            continue
        title = html_to_text(entry.get("title") or "") or None
        author = (entry.get("author") or "").strip() or None
        link = entry.get("link") if re.match(r"(?i)https?://", entry.get("link") or "") else None
        guid = entry.get("id") or link
        published = _published(entry)
        try:
            doc = from_text(text, where, title=title, author=author, outlet=(entry.get("source") or {}).get("title")
                            or outlet, url=link, published=published,
                            id=hashlib.sha256(guid.encode("utf-8")).hexdigest()[:16] if guid else None)
        except InputError as err:
            yield err
            continue
        given = next((entry.get(k) for k in ("published", "updated", "created") if entry.get(k)), None)
        if given and not published:
            doc.warnings.append(unread_date(given))
        # an entry's key: its id, else what the feed gives of it before sitrep reads it
        doc.source = source_key("feed entry\n" + (guid or "\n".join(
            [entry.get("title") or "", entry.get("summary") or ""] +
            [c.get("value") or "" for c in entry.get("content") or []])))
        yield doc
