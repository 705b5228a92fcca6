"""Readers: one function per input format, registered by file suffix.

Built-in formats register through the same `reader` decorator a plugin would use, so adding a format
(RSS, PDF...) is one decorated function.
"""
from __future__ import annotations

import html

import json
import re
from pathlib import Path
from collections import deque
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Document, source_key
from .head import parse_datetime, parse_head, parse_tail, settle_zone
from .language import guess_language

Reader = Callable[[str, str], Iterator["Document | InputError"]]
READERS: dict[str, Reader] = {}

# "..., Trend reports", "Interfax reported", "APA reports, citing the ministry": an outlet reporting
_OUTLET_REPORTS = re.compile(
    r"(?:^|[,;.]\s+|\s)(?P<name>[A-Z][A-Za-z0-9]+(?:[ -][A-Z][A-Za-z0-9]+){0,2}) (?:reports?|reported)"
    r"(?=\s*(?:,\s*citing|\s+via|[.,;]|$))", re.M)
_NOT_OUTLETS = frozenset(w.strip() for w in
                         (Path(__file__).parent.parent / "data" / "outlets" / "not_outlets.txt").read_text().splitlines()
                         if w.strip() and not w.startswith("#"))
# "the ministry told APA", "a source told Reuters": the outlet the article is written by
_TOLD_OUTLET = re.compile(r"\btold (?P<name>[A-Z]{3,10}|[A-Z][a-z]+(?:News|Press|Post|Times|Wire|Agency|TV))\b")


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def register(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn
    return register


# a press release's end mark ("###", "-30-", "- END -", "ENDS") on the last line, and the contact lines above it
# ("For inquiries: …", "Media contact: …", "For more information, contact …")
_END_MARK = re.compile(r"\n[ \t]*(?:#{3,}|-\s*30\s*-|-+\s*ends?\s*-+|ends?\.?)[ \t]*$", re.I)
_CONTACT_LINE = re.compile(r"\n[ \t]*(?:for (?:media |press )?(?:inquiries|enquiries|more information)|media contacts?|"
                           r"press contacts?|contacts?)\b[^\n]{0,200}$", re.I)


# a release's closing contact line without an end mark: "For more information, contact press@example.org", "Media
# contact: Jane Roe, +41 22 555 0101" (an address or a number in it; "Contact the police on …, they said" is a
# sentence of the story)
_CLOSING_CONTACT = re.compile(r"\n[ \t]*(?:for (?:media |press )?(?:inquiries|enquiries|more information)|media contacts?|"
                              r"press contacts?)\b[^\n]{0,200}$", re.I)
_ADDRESS_OR_NUMBER = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{6,}\d")


def release_end(body: str) -> int:
    """Where a press release's text ends before its closing "###" (or "-30-", "- END -") and the contact lines
    just above it, or before a closing contact line with an address or a number; len(body) when the text has
    neither."""
    m = _END_MARK.search(body)
    tail = body.rstrip()
    for _ in range(3 if not m else 0):
        # "###⏎Contact: Directorate of …": the contact lines may follow the end mark instead
        c = _CONTACT_LINE.search(tail)
        if not c:
            break
        tail = body[:c.start()].rstrip()
        m = _END_MARK.search(tail)
        if m:
            break
    if not m or not body[:m.start()].strip():
        c = _CLOSING_CONTACT.search(body)
        if c and body[:c.start()].strip() and _ADDRESS_OR_NUMBER.search(c.group(0)) and len(c.group(0).split()) <= 30:
            return c.start()
        return len(body)
    end = m.start()
    for _ in range(3):
        c = _CONTACT_LINE.search(body[:end].rstrip())
        if not c or not body[:c.start()].strip():
            break
        end = c.start()
    return end


# "Page 1 of 3", "- 2 -" on a line of their own: a PDF's page numbers kept in its text dump (a page's break, the
# form feed, too), no words of the article
_PAGE_MARK = re.compile(r"^[ \t]*(?:(?:page|p\.|pg\.?)[ \t]*\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?|[-–—][ \t]*\d{1,3}[ \t]*[-–—])"
                        r"[ \t]*(?:\n|$)", re.I | re.M)


def _drop_page_marks(raw: str) -> str:
    unmarked = _PAGE_MARK.sub("", raw.replace("\f", "\n\n"))
    if unmarked == raw:
        return raw
    # (the blank lines around a dropped mark close up: one paragraph break, not two)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", unmarked).lstrip("\n")


def from_text(raw: str, path: str, **meta) -> Document:
    """A plain-text article (with or without a head of metadata lines) → Document."""
    raw = _drop_page_marks(raw)
    head = parse_head(raw)
    body = raw[head.body_start:].rstrip()
    body = body[:release_end(body)].rstrip()  # a press release's "###" and the contact line above it
    body = _drop_teasers(body)  # "READ ALSO: …" between the paragraphs
    # the deck read among the head lines stays the body's first paragraph (what it says is the article's)
    deck = head.deck + ("\n\n" if body.strip() else "") if head.deck and head.body_start else ""
    if not (body.strip() or deck):
        raise InputError("skipped: no article text after the header lines", path=path)
    tail_date = None
    if not (meta.get("published") or head.published):
        tail_date, cut = parse_tail(body)  # "... ¶ Published November 21, 2026" closing the text
        if tail_date and body[:cut].strip():
            body = body[:cut].rstrip()
    # a headline is part of what the article says ("Ukraine denies Russian claim that …"): it stays in the text,
    # above the body, so its claims and events are read like the body's and every offset still points into `text`
    # (a text that is all head lines, no body after them, is kept whole as it came: its headline is in it already)
    lead = f"{head.title}\n\n" if head.title_line and not meta.get("title") and head.body_start else ""
    published = meta.get("published") or head.published or tail_date or _title_date(meta.get("title") or head.title)
    if published and published.startswith("--"):
        published = _year_from_file_name(published, path)
    if (meta.get("published") and "T" not in meta["published"] and head.published and "T" in head.published
            and head.published[:10] == meta["published"][:10]):
        # a page dated by its day only (trafilatura's date) whose byline gives the time that day
        # ("By Staff Reporter | Updated: 8 May 2025, 14:05 IST")
        published = head.published
    outlet = meta.get("outlet") or head.outlet or infer_outlet(body)
    # "14:05 IST": the offset of the one country the article points to, else none and a warning saying so
    published, zone_warning = settle_zone(published, (meta.get("stamp") or "") + "\n" + raw[:head.body_start],
                                          url=meta.get("url"), outlet=outlet,
                                          place=head.dateline_place)
    doc = Document(
        text=lead + deck + body,
        title=meta.get("title") or head.title,
        published=published,
        author=meta.get("author") or head.author,
        outlet=outlet,
        url=meta.get("url"),
        path=path,
        language=guess_language(body),
        dateline=head.dateline_place,
        dateline_start=len(lead + deck) + head.dateline_start if head.dateline_end else 0,
        dateline_end=len(lead + deck) + head.dateline_end if head.dateline_end else 0,
    )
    if meta.get("id"):
        doc.id = str(meta["id"])
    # what the reading could not settle, for the record's warnings
    doc.warnings = [zone_warning] if zone_warning else []
    if published and published.startswith("--"):
        # "KHARTOUM, Nov 26 (Nile Wire) -" and no full date anywhere: said, not only shown as "--11-26"
        doc.warnings.append(yearless_date(published))
    return doc


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_FULL_DATE = re.compile(rf"\b(?:\d{{1,2}} {_MONTH},? (?:19|20)\d\d|{_MONTH} \d{{1,2}},? (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b")


# a date in a file's name ("wire-yerevan-2022-09-13.txt", "2024_05_08_report.txt"), as archives save articles
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")


def _year_from_file_name(published: str, path: str | None) -> str:
    """A dateline's day without its year ("--09-13") takes the year of the date the file is named by, when that
    date is the same day and month; else it stays year-less."""
    m = _NAME_DATE.search(Path(path or "").name)
    if m and published[2:7] == f"{m.group(2)}-{m.group(3)}":
        return m.group(1) + published[1:]
    return published


def _title_date(title: str | None) -> str | None:
    """A report with no date line often dates itself in its title ("Flash Update No. 3 (as of 2 December 2024)")."""
    m = _FULL_DATE.search(title or "")
    return parse_datetime(m.group(0)) if m else None


def infer_outlet(text: str) -> str | None:
    """The outlet an article names as reporting it ("..., Interfax reports"), most frequent first."""
    counts: dict[str, int] = {}
    for m in _OUTLET_REPORTS.finditer(text):
        name = m.group("name").strip()
        words = name.split()
        if words[0] in _NOT_OUTLETS or words[-1] in _NOT_OUTLETS or len(name) < 3:
            continue
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        for m in _TOLD_OUTLET.finditer(text):
            counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
    return max(counts, key=counts.get) if counts else None


@reader(".txt", ".text", "")
def read_text(raw: str, path: str) -> Iterator[Document]:
    yield from_text(raw, path)


# Markdown's marks, not the article's words: a heading's "#", a quote's ">", a list's bullet, emphasis ("**Nile
# Dispatch**", "*Published …*", "_By …_"), links ("[text](url)" keeps its text) and images (dropped)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
_MD_LINE = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))", re.M)
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w*_\\])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


def markdown_to_text(raw: str) -> str:
    """A Markdown article as plain text, line for line, so its head (date, byline, outlet) and dateline read as in
    a .txt file."""
    text = _MD_IMAGE.sub("", raw)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_CLOSING_HASHES.sub("", _MD_LINE.sub("", text))
    for _ in range(2):  # "***both***", "**_nested_**"
        text = _MD_EMPHASIS.sub(r"\2", text)
    return text.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#")


@reader(".md", ".markdown")
def read_markdown(raw: str, path: str) -> Iterator[Document]:
    yield from_text(markdown_to_text(raw), path)


@reader(".html", ".htm", ".xhtml")
def read_html(raw: str, path: str) -> Iterator[Document]:
    import trafilatura  # heavy import: only when HTML is read

    def extract(markup: str) -> dict:
        try:
            result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                                 favor_recall=True)
        except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
            raise InputError(f"skipped: HTML could not be parsed ({type(exc).__name__})", path=path) from None
        return result.as_dict() if hasattr(result, "as_dict") else (result or {})

    data = extract(raw)
    if not (data.get("text") or "").strip():
        # a <title> never closed swallows the whole page (its text runs to the end of the file, as a browser
        # reads it): close it where the markup goes on and read the page again
        repaired = _close_title(raw)
        if repaired != raw:
            raw = repaired
            data = extract(raw)
    # trafilatura ends each block with one newline; a blank line makes each a paragraph, so a headline
    # repeated above the lead is not read as the lead's first words
    text = "\n\n".join(line.strip() for line in (data.get("text") or "").splitlines() if line.strip())
    if len(text.split()) < 8:
        raise InputError("skipped: HTML has no article body", path=path)
    linked = _linked_data(raw)  # the page's schema.org NewsArticle, when it has one
    published = _meta_published(raw) or linked.get("published") or _time_published(raw, data.get("date"))
    stamp, signed = (None, None) if published else _byline_time(raw, data.get("date"))
    published = published or (stamp and parse_datetime(stamp)) or _page_date(data.get("date"), raw)
    # trafilatura reads "By Staff Reporter | Updated: …" as the authors "Staff Reporter; Updated": no label is a name
    author = "; ".join(a for a in (data.get("author") or "").split("; ")
                       if a.strip() and not re.fullmatch(r"(?:last\s+)?(?:updated|published|posted|modified)\b.*", a.strip(), re.I))
    doc = from_text(text, path, title=data.get("title"), author=author or signed or linked.get("author"), stamp=stamp,
                    outlet=data.get("sitename") or linked.get("publisher") or _title_suffix(raw, data.get("title"))
                    or data.get("hostname"),
                    url=data.get("url"), published=parse_datetime(published) if published else None)
    if _cut_short(raw, doc.text):
        doc.warnings.append(cut_short(doc.text))
    yield doc


# a page saved or sent whole closes the markup it opened; a download that stopped early does not (a fragment with
# neither, "<p>…</p>", is no page)
_OPENING_TAG = re.compile(r"<(?:html|body)\b", re.I)
_CLOSING_TAG = re.compile(r"</(?:html|body)\s*>", re.I)
# how a paragraph may end: a full stop, a question or exclamation mark, a closing quote or bracket, an ellipsis
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")


def _cut_short(raw: str, text: str) -> bool:
    """A page whose markup never closes and whose text stops mid-sentence ("… in eastern Co"): a truncated
    download, read as far as it goes."""
    return bool(_OPENING_TAG.search(raw) and not _CLOSING_TAG.search(raw[-4000:]) and not _SENTENCE_END.search(text))


CUT_SHORT = "cut short: "


def cut_short(text: str) -> str:
    """The warning for a page read from a truncated file: what it says after the cut is missing."""
    tail = text.rstrip()[-30:].split("\n")[-1]
    return (f"{CUT_SHORT}the page's HTML is not closed and its text stops mid-sentence (\"…{tail}\"): the file "
            "seems truncated; what followed is not read")


# 1 January written out: "2026-01-01", "01/01/2026", "January 1", "1st of January", "1 de enero", "1er janvier"
_JANUARY_FIRST = re.compile(r"(?:19|20)\d\d[./-]0?1[./-]0?1\b|\b0?1[./-]0?1[./-](?:19|20)?\d\d\b|"
                            r"\bjan(?:uary)?\.?\s+0?1(?:st)?\b|"
                            r"\b0?1(?:st|er|\.)?\s+(?:of\s+|de\s+)?(?:jan(?:uary|vier|uar)?|enero|gennaio|janeiro)\b", re.I)


def _page_date(day: str | None, raw: str) -> str | None:
    """trafilatura's date of a page, unless it is a year alone read as 1 January ("26 de noviembre de 2026" in a
    page it cannot read gives "2026-01-01", a © line's year too): a date the page does not say is no date."""
    if day and re.fullmatch(r"(?:19|20)\d\d-01-01", day) and not _JANUARY_FIRST.search(raw):
        return None
    return day


# "READ ALSO: …", "Read more: …", "Related: …", "ALSO READ | …": a link to another story set between the
# paragraphs, not the article's words (its headline would read as a claim of "READ ALSO")
_TEASER = re.compile(r"(?:(?:read|see|watch|listen)(?: also| more)?|also read|also see|related(?: stories| articles?| news)?|"
                     r"recommended|more on this(?: story)?|trending|don'?t miss|suggested)\s*[:|»>–—-]\s*\S[^\n]{0,200}",
                     re.I)


# the newsroom's notes about the story, not the story: "Correction: An earlier version of this story said …"
# (whose "said" would make "an earlier version of this story" a source), "Editor's note: …", and the wire's
# credit line "(Reporting by …; Editing by …)"
_NOTE = re.compile(r"(?:corrections?|clarifications?|editor['’]?s['’]? note|note to (?:readers|editors))\s*[:—–-]\s*\S[^\n]*"
                   r"|\(?\s*(?:additional )?(?:reporting|writing|compiled) by [^\n]{2,200}?(?:;\s*editing by [^\n]{2,120})?"
                   r"\s*\)?\.?", re.I)


# a page's share bar kept as a paragraph: "Share this: Facebook Twitter WhatsApp", "Follow us on X and Telegram"
_SHARE = re.compile(r"(?:(?:click to )?share(?: this(?: article| story| post| page)?)?(?: on| via)?|follow us(?: on)?|"
                    r"(?:join|subscribe to) (?:us|our channel) on)\s*[:|]?\s*"
                    r"(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|copy(?: the)? link|reddit|"
                    r"instagram|youtube|tiktok|pinterest|messenger|sms|threads|bluesky)(?:\s*(?:[,|/•·]|and|or)\s*|\s+|$))*",
                    re.I)


# a page's tag list kept as a paragraph: "Tags: Kachin, KIA, Bhamo", "Filed under: Sudan | RSF" (its names are no
# places or actors of the story)
_TAGS = re.compile(r"(?:tags?|tagged|topics?|filed under|keywords?|categories|category)\s*:\s*"
                   r"[^\n.!?,|;]{1,40}(?:\s*[,|;•·]\s*[^\n.!?,|;]{1,40}){0,15}", re.I)


def _drop_teasers(text: str) -> str:
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not (_TEASER.fullmatch(p.strip()) and not p.strip().endswith(('."', '.”')))
            and not _is_note(p.strip()) and not _SHARE.fullmatch(p.strip()) and not _TAGS.fullmatch(p.strip())]
    return "\n\n".join(kept) if kept else text


def _is_note(paragraph: str) -> bool:
    """A newsroom's note or credit paragraph (see _NOTE); a credit line only when it is short and names no event
    ("Reporting by Jane Roe in Bamako; Editing by John Doe"), not "reporting by witnesses said …"."""
    if not _NOTE.fullmatch(paragraph):
        return False
    if re.match(r"\(?\s*(?:additional )?(?:reporting|writing|compiled) by", paragraph, re.I):
        return len(paragraph.split()) <= 30 and (paragraph.startswith("(") or ";" in paragraph
                                                 or re.search(r"editing by", paragraph, re.I) is not None)
    return True


_LD_JSON = re.compile(r"<script[^>]+type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script\s*>", re.I | re.S)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "liveblogposting", "report", "backgroundnewsarticle", "opinionnewsarticle"}


def _linked_data(raw: str) -> dict:
    """From the page's schema.org JSON-LD article: `published` (its datePublished, with the time and offset the
    page gives), `author` (the names, "; "-joined) and `publisher` (the organisation's name); {} if none."""
    def items(node):
        if isinstance(node, list):
            for n in node:
                yield from items(n)
        elif isinstance(node, dict):
            yield node
            yield from items(node.get("@graph") or [])

    def names(node) -> list[str]:
        if isinstance(node, str):
            return [node.strip()] if node.strip() else []
        if isinstance(node, list):
            return [n for x in node for n in names(x)]
        if isinstance(node, dict) and isinstance(node.get("name"), str):
            return names(node["name"])
        return []

    for m in _LD_JSON.finditer(raw[:300000]):
        try:
            data = json.loads(html.unescape(m.group(1)).strip())
        except (json.JSONDecodeError, ValueError):
            continue
        for item in items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                continue
            found = {}
            day = item.get("datePublished")
            if isinstance(day, str) and re.match(r"\d{4}-\d\d-\d\dT\d", day.strip()) and parse_datetime(day.strip()):
                found["published"] = day.strip()
            authors = [a for a in names(item.get("author")) if len(a) <= 80]
            if authors:
                found["author"] = "; ".join(dict.fromkeys(authors))
            publisher = names(item.get("publisher"))
            if publisher and len(publisher[0]) <= 60:
                found["publisher"] = publisher[0]
            return found
    return {}


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_OPEN_TITLE = re.compile(r"<title\b[^>]*>[^<]*", re.I)


def _close_title(raw: str) -> str:
    """The page with a <title> that is never closed ended before the next tag (or line, if no tag follows)."""
    m = _OPEN_TITLE.search(raw)
    if not m or re.search(r"</title\s*>", raw[m.start():], re.I):
        return raw
    end = m.end()
    if end >= len(raw):  # no tag after the title: it ends with its line
        nl = raw.find("\n", m.start())
        end = nl if nl >= 0 else end
    return raw[:end].rstrip() + "</title>" + raw[end:]
_TITLE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[|\u2013\u2014-]\s+(?P<site>[^|\u2013\u2014]{2,40})$")
_PUBLISHED_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate|date)[\"'][^>]*"
    r"content=[\"']([^\"']+)[\"']", re.I)


def _title_suffix(raw: str, title: str | None) -> str | None:
    """"Headline | Outlet" in the page's <title>: the outlet, when the rest is the article's headline."""
    m = _TITLE_TAG.search(raw[:20000])
    if not m:
        return None
    full = html.unescape(" ".join(m.group(1).split()))
    t = _TITLE_SUFFIX.match(full)
    if not t or len(t.group("site").split()) > 5:
        return None
    head = t.group("head").strip()
    if title and not (head.startswith(title[:30]) or title.startswith(head[:30])):
        # "Kivu Times - M23 rebels seize a town": the outlet before the headline
        p = _TITLE_PREFIX.match(full)
        if p and len(p.group("site").split()) <= 4 and p.group("head").strip().startswith(title[:30]):
            return p.group("site").strip()
        return None
    return t.group("site").strip()


_TITLE_PREFIX = re.compile(r"^(?P<site>[^|\u2013\u2014:]{2,40}?)\s+[|\u2013\u2014-]\s+(?P<head>.+)$")


_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime=[\"']\s*(\d{4}-\d\d-\d\dT[^\"']+?)\s*[\"']", re.I)


def _time_published(raw: str, day: str | None) -> str | None:
    """A page without a publication meta tag that stamps its article `<time datetime="…T18:20:00+09:00">`:
    the time and UTC offset of the day trafilatura found (a <time> of another day, a related story's or a
    comment's, is left alone), so "this morning" resolves in the page's own zone."""
    if not day:
        return None
    for m in _TIME_TAG.finditer(raw[:200000]):
        stamp = m.group(1)
        if stamp[:10] == str(day)[:10] and parse_datetime(stamp):
            return stamp
    return None


_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_STAMP_LABEL = re.compile(r"^(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*)", re.I)


def _byline_time(raw: str, day: str | None) -> tuple[str | None, str | None]:
    """A page dated only by its day (no meta tag, no <time>) whose byline or date line gives the time that day
    ("By Staff Reporter | Updated: 8 May 2025, 14:05 IST"): (that date and time as the page writes it, the name
    the same line signs with "By …", if any)."""
    if not day:
        return None, None
    page = _SCRIPT.sub(" ", raw[:200000])
    for chunk in re.split(r"<[^>]+>", page):
        chunk = html.unescape(" ".join(chunk.split()))
        if not chunk or len(chunk) > 160 or not re.search(r"\d{1,2}[:.]\d{2}", chunk):
            continue
        for part in re.split(r"\s+[|•]\s+", chunk):
            part = _STAMP_LABEL.sub("", part.strip())
            iso = parse_datetime(part) if re.search(r"\d{1,2}[:.]\d{2}", part) else None
            if iso and "T" in iso and iso[:10] == str(day)[:10]:
                signed = re.match(r"By\s+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*(?:[|•]|$)", chunk)
                return part, signed.group(1) if signed else None
    return None, None


def _meta_published(raw: str) -> str | None:
    """The page's own publication timestamp, with its time and offset (trafilatura keeps only the day)."""
    m = _PUBLISHED_META.search(raw[:50000])
    return m.group(1).strip() if m and re.match(r"\d{4}-\d\d-\d\dT\d", m.group(1).strip()) else None


@reader(".jsonl", ".ndjson")
def read_jsonl(raw: str, path: str) -> Iterator[Document | InputError]:
    for item in jsonl_records(enumerate(raw.splitlines(), 1), path):
        if isinstance(item, InputError):
            yield item
        else:
            yield from jsonl_line(item[1], item[0])


_BROKEN_SPAN = 50  # lines a record broken by raw line breaks inside its text is looked for over


def jsonl_records(lines: Iterable[tuple[int, str] | InputError], path: str) -> Iterator[tuple[str, str] | InputError]:
    """(where, line) for each non-blank line of a JSONL feed (errors passed through). A record whose text holds raw
    line breaks (JSONL writes them as \\n) runs over several lines: it is one error naming them all, not one
    "malformed JSON line" for each of its pieces (the second of which reads as a line of mere text)."""
    pending: deque = deque()
    source = iter(lines)

    def take():
        return pending.popleft() if pending else next(source, None)

    while (item := take()) is not None:
        if isinstance(item, InputError):
            yield item
            continue
        lineno, line = item
        if not line.strip():
            continue
        stripped = line.rstrip("\r\n")
        if not stripped.rstrip().endswith("}") and _unterminated(stripped):
            joined, seen, whole = stripped, [], None
            for _ in range(_BROKEN_SPAN):
                nxt = take()
                if nxt is None:
                    break
                seen.append(nxt)
                if isinstance(nxt, InputError):
                    break
                joined += "\\n" + nxt[1].rstrip("\r\n")
                try:
                    whole = json.loads(joined)
                except json.JSONDecodeError:
                    continue
                break
            if isinstance(whole, dict):
                last = seen[-1][0]
                yield InputError(f"skipped: lines {lineno}\u2013{last} are one record broken by line breaks inside "
                                 "a string (JSONL writes a line break in a text as \\n)", path=f"{path}:{lineno}")
                continue
            pending.extendleft(reversed(seen))
        yield f"{path}:{lineno}", line


def _unterminated(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return exc.msg.startswith("Unterminated string")
    return False


def jsonl_line(line: str, where: str) -> Iterator[Document | InputError]:
    """One JSONL line → Document, or the reason it could not be read (the streaming reader shares this)."""
    # the streaming reader hands lines with their line ending, `read_jsonl` without: parse (and report
    # positions in) the line itself, so both name the same column
    line = line.rstrip("\r\n")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputError(f"skipped: malformed JSON line ({_json_position(exc, line)})", path=where)
        return
    problem = _no_text(item)
    if problem:
        yield InputError(f"skipped: {problem}", path=where)
        return
    try:
        published = item.get("published") or item.get("date")
        parsed = parse_datetime(str(published)) if published else None
        doc = from_text(item["text"], where, id=item.get("id"), title=item.get("title"), url=item.get("url"),
                        outlet=item.get("outlet"), author=item.get("author"), published=parsed)
    except InputError as err:
        yield err
        return
    if published and not parsed:
        doc.warnings.append(unread_date(published))
    doc.source = source_key(line.strip())
    yield doc


UNREAD_DATE = "published "


def yearless_date(published: str) -> str:
    """The warning for a date read without its year (a dateline's "Nov 26" in an article that tells no full date):
    `published` is then ISO 8601's month and day ("--11-26") and the events are undated."""
    return (f"{UNREAD_DATE}{published}: the article's date has no year (its head or dateline gives the day and "
            "month only and it tells no full date), so its events are undated; give the date with --published "
            "YYYY-MM-DD (a feed's or the API's \"published\")")


def unread_date(value) -> str:
    """The warning for a date field sitrep cannot read ("yesterday", "2025-13-45"): the article is then dated by
    its own head, if it has one, else stays undated (and so are its events)."""
    shown = str(value) if len(str(value)) <= 40 else str(value)[:40] + "…"
    return (f"{UNREAD_DATE}{shown!r} is not a date sitrep reads (e.g. 2025-05-02, 2025-05-02T14:05:00+02:00): "
            "dated by the article's own text, else undated")


def _no_text(item) -> str | None:
    """Why a parsed JSONL line gives no article, in words that point at the fix (None: it has a text)."""
    def kind(v):
        return ("null" if v is None else "a boolean" if isinstance(v, bool) else "a number" if isinstance(v, (int, float))
                else "a string" if isinstance(v, str) else "an array" if isinstance(v, list) else "an object")
    if not isinstance(item, dict):
        return f"JSON line is {kind(item)}, not an object with a \"text\""
    if "text" not in item and item.get("schema") == "sitrep/1":
        return "a sitrep/1 record (what `sitrep extract --format json` writes), not an article: give its article"
    if "text" not in item and isinstance(item.get("acled"), dict):
        return "an event `sitrep export` wrote, not an article: give the articles it was extracted from"
    if "text" not in item:
        keys = ", ".join(list(map(str, item))[:8]) or "none"
        return f"JSON line has no \"text\" field (its fields: {keys})"
    if not isinstance(item["text"], str):
        return f"JSON line's \"text\" is {kind(item['text'])}, not a string"
    if not item["text"].strip():
        return "JSON line's \"text\" is empty"
    return None


def _json_position(exc: json.JSONDecodeError, line: str) -> str:
    """Where in the line the parser stopped, and the characters just before: "Expecting ',' delimiter at
    column 12 of 80, near '"id": 1 "text"'", or, for a truncated line, that it ends too early."""
    pos = min(exc.pos, len(line))
    near = line[max(0, pos - 20):pos + 10].strip()
    if pos >= len(line.rstrip()):
        where = (f"{exc.msg}: the line ends at column {len(line)} before the JSON object does "
                 "(a missing closing brace, bracket or quote?)")
    elif exc.msg.startswith("Unterminated string"):
        # json points at the string's opening quote, not at the end where the line was cut
        where = (f"{exc.msg.removesuffix(' at')} at column {pos + 1}: the line ends at column {len(line)} before "
                 "it closes (a line cut short, or a missing closing quote?)")
    else:
        # json's own messages may end in "at" ("Unterminated string starting at"): no "at at column"
        where = f"{exc.msg.removesuffix(' at')} at column {pos + 1} of {len(line)}"
    return f"{where}, near '{near}'" if near else where


@reader(".json")
def read_json(raw: str, path: str) -> Iterator[Document | InputError]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        # (json's "Unterminated string starting at" names no place itself: no "at at line 1")
        raise InputError(f"skipped: not valid JSON ({exc.msg.removesuffix(' at')} at line {exc.lineno}, column "
                         f"{exc.colno})", path=path) from None
    items = data if isinstance(data, list) else [data]
    yield from read_jsonl("\n".join(json.dumps(i) for i in items), path)
