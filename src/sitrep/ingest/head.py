"""The head of a plain-text article: date line, byline, title, wire dateline.

Article files often open with a few short lines before the body ("13 September 2022 13:10 (UTC+04:00)",
"By Jane Doe", "date 2022-09-13", a title). We read them into metadata and give the body, unchanged, as
the document text, so every offset sitrep reports points into what the user sees.
"""
from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          # francophone wires' datelines ("OUAGADOUGOU, 27 novembre (AIB) -")
          "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre")
_OFFSET = re.compile(r"\(?\b(?:UTC|GMT|Z)\b(?:\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?)?\)?", re.I)
_NUMERIC_OFFSET = re.compile(r"(?<=\d)\s*([+-])(\d{2}):?(\d{2})$")
# a day written year first ("2025-04-18", "2025-04-18 07:05"): month then day, never the other way round
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
_BYLINE = re.compile(r"^\s*(?:by|written by|author:?)\s+(?P<name>[^\n]{2,120}?)\s*$", re.I)
_KEYED = re.compile(r"^\s*(?P<key>date|published|dated|posted|updated|issued|title|headline|source|outlet|author)"
                    r"\s*[:=]?\s+(?P<value>.+?)\s*$", re.I)
_DATEISH = re.compile(rf"\b(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}}|"
                      rf"\d{{1,2}}\s+(?:{MONTHS})\b|"
                      # ("18-Apr-2025", a page's short form)
                      rf"\d{{1,2}}-(?:{MONTHS})-(?:19|20)?\d\d\b)", re.I)
# "YEREVAN, Sept 13 (Reuters) -", "KYIV, Ukraine (AP) —", "BAKU, September 13. /TASS/."
_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'-]{{1,40}}(?:,\s*(?!(?i:{MONTHS})\b)[A-Z][a-zA-Z .'-]{{1,30}})?),?\s+"
    rf"(?:(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?[.,]?\s*)?"
    rf"(?:\((?P<agency>[A-Za-z][\w .&-]{{1,30}})\)|/(?P<agency2>[A-Za-z][\w .&-]{{1,30}})/\.?"
    rf"|(?P<agency3>[A-Z][A-Z-]{{2,20}}(?:\s[A-Z][A-Z-]{{1,20}})?)\.)\s*[-–—:]?\s*")

# "Jammu, Nov 9 (PTI)", "Nairobi, Kenya (The Standard) -": a place in title case needs the agency in brackets
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+){{0,3}}(?:,\s*(?!(?i:{MONTHS})\b)[A-Z][a-zA-Z .'-]{{1,30}})?),?\s+"
    rf"(?:(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?[.,]?\s*)?"
    rf"\((?P<agency>[A-Z][\w .&-]{{1,30}})\)\s*[-–—:]?\s*")


@dataclass
class Head:
    title: str | None = None
    title_line: bool = False  # the title is the text's own first line (a headline), not a "Title:" field
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    dateline_place: str | None = None
    dateline_end: int = 0  # the dateline ("YEREVAN, Sept 13 (Reuters) -") is where the report was filed
    dateline_start: int = 0  # 1 when the dateline's place and date open after a bracket ("(Cali, May 3, 2025) -")
    body_start: int = 0  # offset of the body in the raw text
    year_guessed: bool = False
    letterhead: bool = False  # a state's name read above a ministry's letterhead, nothing else read yet
    deck: str | None = None  # the summary line under the headline, above the date line or byline (a standfirst)


def parse_datetime(value: str, *, reference: dt.date | None = None) -> str | None:
    """A date/time string in any common form → ISO 8601, keeping its own UTC offset if it gives one."""
    value = value.strip().strip(".,;")
    if not value or not _DATEISH.search(value) and not re.search(r"\d{4}", value):
        return None
    tz = None
    # after the time ("10:30 EAT") or its half of the day ("2:05 PM EDT", "9.30 p.m. EST")
    abbr = re.search(r"(?:(?<=\d)|(?<=[ap]m)|(?<=[AP]M)|(?<=\.m\.))\s*\(?\b([A-Z]{3,4})\b\)?\s*$", value)
    if abbr and abbr.group(1) in _tz_abbreviations():
        sign, hh, mm = _tz_abbreviations()[abbr.group(1)]
        tz = dt.timezone(sign * dt.timedelta(hours=hh, minutes=mm))
        value = value[:abbr.start()].strip()
    m = _OFFSET.search(value) if tz is None else None
    if m:
        sign = -1 if m.group(1) and m.group(1) in "-−" else 1
        tz = dt.timezone(sign * dt.timedelta(hours=int(m.group(2) or 0), minutes=int(m.group(3) or 0)))
        value = (value[:m.start()] + value[m.end():]).strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        has_time = "T" in value or " " in value.strip()
        return _iso(parsed, tz, has_time)
    except ValueError:
        pass
    ymd = _ISO_DAY.match(value)
    if ymd:
        # "2025-13-01" is no date: not to be read day-first as 13 January, as the general parser would
        try:
            dt.date(*(int(g) for g in ymd.groups()))
        except ValueError:
            return None
    m2 = _NUMERIC_OFFSET.search(value)
    if m2 and tz is None:
        sign = -1 if m2.group(1) == "-" else 1
        tz = dt.timezone(sign * dt.timedelta(hours=int(m2.group(2)), minutes=int(m2.group(3))))
        value = value[:m2.start()].strip()
    fast = re.sub(r"\bSept\b\.?", "Sep", value)  # the wire style "Sept 13"
    for fmt in _FAST_FORMATS:  # the common forms without dateparser (~1 s to load, ~10 ms a call)
        try:
            parsed = dt.datetime.strptime(fast, fmt)
        except ValueError:
            continue
        return _iso(parsed, tz, "%H" in fmt or "%I" in fmt)
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    if reference:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
        settings["PREFER_DATES_FROM"] = "past"
    parsed = _dateparser().parse(value, languages=["en"], settings=settings)
    if parsed is None:
        return None
    # "14:05", "2 pm", and the dotted "09.30" of British pages ("Thu 8 May 2025 09.30 BST"), not "08.05.2025"
    has_time = bool(re.search(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])|\d\s*[ap]\.?m\b", value, re.I))
    return _iso(parsed, tz, has_time)


@lru_cache(maxsize=1)
def _tz_abbreviations() -> dict[str, tuple[int, int, int]]:
    """"EAT" -> (+1, 3, 0): the time-zone abbreviations of data/gazetteer/timezones.tsv."""
    from importlib.resources import files

    out = {}
    for line in (files("sitrep") / "data" / "gazetteer" / "timezones.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, off = line.split("\t")[:2]
        sign = -1 if off.startswith("-") else 1
        hh, mm = off.lstrip("+-").split(":")
        out[name.strip()] = (sign, int(hh), int(mm))
    return out


_FAST_FORMATS = [f"{d}{t}" for d in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
                                      "%b. %d %Y", "%b. %d, %Y", "%A, %d %B %Y", "%A, %d %b %Y", "%A, %B %d, %Y",
                                      "%a, %d %b %Y")
                 for t in ("", " %H:%M", " %H:%M:%S", " %I:%M %p", ", %H:%M")]


def _iso(parsed: dt.datetime, tz: dt.tzinfo | None, has_time: bool) -> str:
    if not has_time:
        return parsed.date().isoformat()
    if tz is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.isoformat(timespec="seconds")


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # slow to import (~0.5 s): only when a head needs it

    return dateparser


def parse_head(raw: str, max_lines: int = 6) -> Head:
    """Read metadata lines at the top of `raw`; `body_start` is where the article body begins."""
    head = Head()
    pos = 0
    consumed = 0
    lines_seen = 0
    # "Le Nouvelliste / Port-au-Prince, 3 Oct 2025 / headline": the outlet's line above the date and the headline
    outlet_end = _outlet_above_headline(raw)
    if outlet_end:
        line = raw[:outlet_end].strip()
        head.outlet = _dashed_outlet(line) or line
        pos = consumed = outlet_end
        lines_seen = 1
    # a head that opens with its date, dateline or outlet line ("Myanmar Now, 5 March 2025") may give the
    # headline after them; a head that opens with its headline gives no second one
    meta_first = bool(outlet_end)
    while lines_seen < max_lines and pos < len(raw):
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        line = raw[pos:end]
        nxt = end + 1
        if not line.strip():
            pos = nxt
            continue
        lines_seen += 1
        if len(line) > 160 and not (head.title_line and head.deck is None and not (head.published or head.author)
                                    and _deck_above_head(raw[pos:pos + 1200])):
            break
        first = lines_seen == 1
        if _take_line(_english_date(_unglue(line)), head, first=first, rest=raw[nxt:nxt + 400],
                      title_ok=head.title is None and (first or meta_first)):
            meta_first = meta_first or (first and head.title is None)
            pos = consumed = nxt
            continue
        break
    # skip blank lines between the head and the body
    while consumed < len(raw) and raw[consumed] in "\r\n \t":
        consumed += 1
    head.body_start = consumed if consumed < len(raw) else 0
    if head.published and not _YEAR.search(_unglue(raw[:consumed])) and not head.published.startswith("--"):
        # a head date without its year ("Wednesday 5 March", "Published 5 March, 09:10 GMT"): the year is that
        # of `--published` or of a full date the article tells, as for a dateline's, else none (not this year's)
        _settle_year(head, raw[consumed:consumed + 6000])
    _read_dateline(raw[head.body_start:head.body_start + 400], head, raw[head.body_start:head.body_start + 6000])
    if head.title_line and head.title and head.outlet and head.title.casefold() == head.outlet.casefold():
        # "Reuters / GAZA, Nov 12 (Reuters) - …": the line above the dateline is the agency's name, no headline
        head.title, head.title_line = None, False
    return head


# a page's date line copied without the spaces its layout gave: "27 Nov 202627 Nov 2026" (the date twice),
# "November 27, 20262:05 PM GMTUpdated an hour ago" (the year run into the time, the zone into "Updated")
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}(?::\d\d|\s+[A-Z][a-z]{2}))")
# ("… PM GMT+3Updated 2 hours ago": the zone's offset run into "Updated" too)
_GLUED_UPDATED = re.compile(r"(?:(?<=[A-Z]{3})|(?<=[A-Z]{3}[+-]\d)|(?<=[A-Z]{3}[+-]\d\d))(?=(?:Updated|Published)\b)")
_REPEATED_DATE = re.compile(r"\b(\d{1,2} [A-Z][a-z]{2,8}\.? (?:19|20)\d\d) \1\b")


def _unglue(line: str) -> str:
    """A head line with the spaces a copied page lost put back (only where a year or a zone runs into the next
    word); the line is read, never kept, so offsets into the text do not move."""
    if not any(c.isdigit() for c in line):
        return line
    unglued = _GLUED_YEAR.sub(r"\1 ", line)
    if unglued == line:
        return _GLUED_UPDATED.sub(" | ", line)
    # (the date twice, once the year is parted from the next day: read once)
    return _REPEATED_DATE.sub(r"\1", _GLUED_UPDATED.sub(" | ", unglued))


# "3 de marzo de 2026", "14 de março de 2026": a Spanish or Portuguese page's date line (a bilingual page keeps it
# above the English text)
_ROMANCE_MONTHS = {"enero": "January", "janeiro": "January", "febrero": "February", "fevereiro": "February",
                   "marzo": "March", "março": "March", "marco": "March", "abril": "April", "mayo": "May",
                   "maio": "May", "junio": "June", "junho": "June", "julio": "July", "julho": "July",
                   "agosto": "August", "septiembre": "September", "setiembre": "September", "setembro": "September",
                   "octubre": "October", "outubro": "October", "noviembre": "November", "novembro": "November",
                   "diciembre": "December", "dezembro": "December"}
_ROMANCE_DATE = re.compile(r"\b(\d{1,2})\s+de\s+(" + "|".join(_ROMANCE_MONTHS) + r")\s+(?:de|del)\s+((?:19|20)\d\d)\b",
                           re.I)


def _english_date(line: str) -> str:
    """A head line with its Spanish or Portuguese date written the English way ("3 March 2026"); like `_unglue`,
    the line is read, not kept."""
    return _ROMANCE_DATE.sub(lambda m: f"{m.group(1)} {_ROMANCE_MONTHS[m.group(2).lower()]} {m.group(3)}", line)


# "Forwarded from Radio X": a Telegram repost names the channel it copies, the outlet the text is from
_FORWARDED = re.compile(r"forwarded from:?\s+(?P<channel>\S.{0,80}?)\s*", re.I)


def _take_line(line: str, head: Head, first: bool, rest: str, title_ok: bool | None = None) -> bool:
    """Whether `line` is a head line (read into `head`); `title_ok`: it may be the headline (the first line, or
    the first after the lines of date, dateline and outlet a head opens with)."""
    title_ok = first if title_ok is None else title_ok
    stripped = line.strip()
    # "Editor's note: This story has been updated …" above the head or the body: the newsroom's note, no part of
    # the article (the dateline under it still opens the body)
    if _EDITOR_NOTE.match(stripped):
        return True
    m = _FORWARDED.fullmatch(stripped)
    if m:
        head.outlet = head.outlet or m.group("channel")
        return True
    # "Updated 2 hours ago", "5 mins ago": a page's relative stamp, no date to read, no headline either
    if _RELATIVE_STAMP.fullmatch(stripped):
        return True
    # "Home » News » Africa": a page's breadcrumb trail copied with the story, neither headline nor body
    if first and _BREADCRUMB.fullmatch(stripped):
        return True
    # "Share", "Save article", "Listen to this article · 4 min": a page's buttons copied with the story
    if _PAGE_WIDGET.fullmatch(stripped):
        return True
    # "Exclusive", "ANALYSIS" above the headline: the section's label (a kicker), no headline; the headline and
    # the date lines follow it
    if first and stripped.lower().rstrip(":") in _colon_labels() and rest.strip():
        return True
    m = _KEYED.match(stripped)
    if m:
        key, value = m.group("key").lower(), m.group("value")
        keyed = ":" in stripped[:m.start("value")] or "=" in stripped[:m.start("value")]
        if not keyed and key not in ("date", "published", "dated", "posted", "updated", "issued") and (
                key in ("title", "headline") or not _OUTLET_LINE.fullmatch(value) or len(value.split()) > 6):
            # "Source close to the talks says…" is body; "outlet Steppe Wire" is a head line: without a colon
            # only dates and short capitalised names count
            m = None
        elif not keyed and key == "issued":
            m = None  # "Issued: 18 January 2026" heads a bulletin; "Issued by the ministry, …" may open a body
    if m:
        if key in ("title", "headline"):
            head.title = value
            return True
        if key in ("source", "outlet"):
            head.outlet = value
            return True
        if key == "author":
            head.author = value
            return True
        # "Published 15 March 2025 08:00 GMT, updated 22:30 GMT": the first time is the publication
        # "Posted on November 20, 2026 by admin": a blog's date line, its "on" and its poster around the date
        poster = re.search(r"\s+by\s+(?P<name>[^\n]{2,60})$", value) if key in ("posted", "published") else None
        if poster and _DATEISH.search(value[:poster.start()]):
            if _PERSON_LINE.fullmatch(poster.group("name").strip()) and not head.author:
                head.author = poster.group("name").strip()
            value = value[:poster.start()]
        value = re.sub(r"^on\s+", "", value, flags=re.I)
        iso = parse_datetime(_UPDATED_TAIL.sub("", value))
        upd = _UPDATED_TAIL.search(value)
        if iso and upd and "T" in iso:
            # a live page ("Published 08:00 GMT, updated 22:30 GMT") is read as of its last update: its
            # entries' clock times and "today" are that day's, up to that time
            later = _updated_time(iso, upd.group(0))
            iso = later or iso
        if iso:
            head.published = head.published or iso
            return True
    # "Mexico City, 22 Jul 2025 (EFE).-", "Maputo, 5 Feb 2025 (Lusa) -": a wire's dateline with its date on a
    # line of its own, between the title and the body
    if not first:
        m = _DATELINE.match(stripped) or _TITLE_DATELINE.match(stripped)
        if m and m.group("date") and m.group("year") and re.fullmatch(r"[\s.:;,–—-]*", stripped[m.end():]):
            head.published = head.published or parse_datetime(f"{_english_month(m.group('date'))} {m.group('year')}")
            groups = m.groupdict()
            agency = (groups.get("agency") or groups.get("agency2") or groups.get("agency3") or "").strip()
            if agency and not head.outlet:
                head.outlet = agency if not agency.isupper() or len(agency) <= 4 else agency.title()
            head.dateline_place = head.dateline_place or m.group("place").split(",")[0].strip().title()
            return True
    # "Press Release No PR-112/2025", "Flash Update No. 4": a reference line, kept out of the body (as the first
    # line too when it is only that: "PRESS RELEASE" is no headline)
    if (not first or _RELEASE_ONLY.fullmatch(stripped)) and _REFERENCE_LINE.fullmatch(stripped):
        return True
    # "Photo: Staff", "(Photo: AFP)", "File photo": a picture's credit or caption among the head lines is neither
    # the headline nor the body's first line (the dateline under it opens the body)
    if not first and _CREDIT_LINE.fullmatch(stripped):
        return True
    # "Gulf Wire staff", "Reuters staff": the outlet's staff as the byline
    m = _STAFF_LINE.fullmatch(stripped)
    if m and not first:
        head.outlet = head.outlet or m.group("outlet")
        return True
    m = _BYLINE.match(stripped)
    # "By Jane Roe", "By Press service of the State Border Service of …"; not "By Tuesday, troops had…"
    name = m.group("name") if m else ""
    if m and (len(name.split()) <= 8 or not re.search(r"[,.;]", name)) and len(name.split()) <= 16 and not (
            name.endswith(".") and name.split()[-1][:1].islower()):
        name = m.group("name")
        # "By THE IRRAWADDY 18 March 2026", "By Jane Roe March 9, 2025 10:40": the date closes the byline
        dated = _BYLINE_DATE.search(name)
        if dated and parse_datetime(dated.group("date")):
            head.published = head.published or parse_datetime(dated.group("date"))
            name = name[:dated.start()].strip().rstrip(" —–-|,·•").strip()
        if re.match(r"the\s", name, re.I) and len(name.split()) <= 5:
            # "By The Irrawaddy": the outlet signs the story, no person
            head.outlet = head.outlet or (name.title() if name.isupper() else name)
            head.author = None
            return True
        # "By JANE ROE Associated Press": the reporter's name in capitals, then the agency's
        agency = _CAPS_NAME_OUTLET.fullmatch(name)
        if agency and _outlet_like(agency.group("outlet")):
            head.author = _letterhead_case(agency.group("who"))
            head.outlet = head.outlet or agency.group("outlet")
            return True
        head.author = re.split(r"\s*[|,]\s*|\s+(?:and|for)\s+[A-Z][a-z]+$", name)[0].strip()
        # "By Jane Roe | The Observer | 20 June 2023": the outlet and the date share the byline
        for part in re.split(r"\s+[|•]\s+", m.group("name"))[1:]:
            iso = parse_datetime(part) if _DATEISH.search(part) else None
            if iso:
                head.published = head.published or iso
            elif not head.outlet and re.fullmatch(r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4}", part.strip()):
                head.outlet = part.strip()
        # "By Jane Roe, Sahel Observer": a name of two or more capitalised words after the comma, not a role
        # ("Staff Writer", "Senior Correspondent") nor a place ("By Jane Roe, Nairobi" keeps no outlet)
        comma = re.fullmatch(r"[^,|]+,\s*(?P<outlet>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){1,4})\s*", m.group("name"))
        if comma and not head.outlet and not _ROLE_WORDS.search(comma.group("outlet")):
            head.outlet = comma.group("outlet")
        return True
    if head.published and not first and _DAY_HEADER.fullmatch(stripped):
        # "Tuesday 4 March" under a live page's publication line: the day header of the entries below it, which
        # opens the body like the later ones ("Monday 3 March") do, not a head line
        return False
    if len(stripped) <= 80 and _DATEISH.search(stripped) and not _SENTENCE_END.search(stripped):
        # "13 September 2022 [09:52] - APA", "Sep 13, 2022 | Trend": a date with the outlet beside it
        # ("April 18, 2025 2:05 PM 2 min read": a reading time run on after the time, no separator between)
        dated = _READ_TIME_TAIL.sub("", stripped)
        parts = re.split(r"\s+[-–—|•·]\s+", dated.replace("[", " ").replace("]", " "))
        parts = [p for p in parts if not _READ_TIME.fullmatch(p.strip())]  # "· 3 min read"
        # "March 9, 2025 | 21:40 (UTC-07:00)": the time in a part of its own belongs to the date before it
        for i in range(len(parts) - 1):
            if _DATEISH.search(parts[i]) and _TIME_PART.fullmatch(parts[i + 1].strip()):
                parts[i:i + 2] = [f"{parts[i].strip()} {parts[i + 1].strip()}"]
                break
        for i, part in enumerate(parts):
            # "Nile Dispatch | Published 3 April 2025, 11:20 EAT": the date part may say what the date is
            iso = parse_datetime(_DATE_WORD.sub("", part, count=1))
            # (only beside another part: "Valley Times, 12 March 2025" alone is an outlet's line, read below)
            placed = None if iso or len(parts) < 2 else _PLACE_COMMA_DATE.fullmatch(part.strip())
            if placed and _DATEISH.search(placed.group("date")):
                # "Srinagar, Nov 23, 2026 | Updated 06:42 PM IST": a title-case place, a comma, the date
                iso = parse_datetime(placed.group("date"))
                if iso:
                    head.dateline_place = head.dateline_place or placed.group("place")
                    parts = [p for p in parts if not re.match(r"\s*(?:last\s+)?(?:updated|modified)\b", p, re.I)]
                    i = parts.index(part)
            if iso:
                head.published = head.published or iso
                rest = [p.strip() for j, p in enumerate(parts) if j != i and p.strip()]
                # "Mosul, Iraq – August 19, 2023": a town (and its country) beside the date is where it was filed
                town = re.fullmatch(r"(?P<town>[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3})(?:,\s*[A-ZÀ-Þ][\w'’. -]{1,30})?",
                                    rest[0]) if rest else None
                if town and _is_place(town.group("town")) == "town":
                    name = town.group("town")
                    head.dateline_place = head.dateline_place or (name.title() if name.isupper() else name)
                elif rest and not head.outlet and re.fullmatch(r"[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|\d{1,3})){0,3}", rest[0]):
                    head.outlet = rest[0]
                return True
    # "Sinjar, Iraq, 19 August 2023", "Harbour Ledger, Nairobi, 3 June 2025": a town and its country or region,
    # or an outlet and its town, then the date with its year
    m = _PLACE_REGION_DATE.fullmatch(stripped)
    if m and _YEAR.search(m.group("date")) and _DATEISH.search(m.group("date")):
        place, region = _is_place(m.group("place")), _is_place(m.group("region"))
        iso = parse_datetime(m.group("date")) if place or region else None
        if iso:
            head.published = head.published or iso
            if place == "town" or place == "country" and region == "town":
                town = m.group("place") if place == "town" else m.group("region")
                head.dateline_place = head.dateline_place or (town.title() if town.isupper() else town)
            elif not place and region == "town":
                head.outlet = head.outlet or m.group("place")
                head.dateline_place = head.dateline_place or m.group("region")
            return True
    # "Geneva/Juba, 27 November 2026": a release issued in two towns at once, then the date (read; neither town
    # is the dateline)
    m = _TWO_TOWNS_DATE.fullmatch(stripped)
    if m and _YEAR.search(m.group("date")) and _is_place(m.group("a")) and _is_place(m.group("b")):
        iso = parse_datetime(m.group("date"))
        if iso:
            head.published = head.published or iso
            return True
    # "Daily Trust, 12 March 2025": the outlet, a comma, the date; as the text's first line ("Myanmar Now, 5 March
    # 2025" above the headline) a name of four words at most and a date with its year
    m = _OUTLET_COMMA_DATE.fullmatch(stripped)
    if m and _DATEISH.search(m.group("date")) and (not first or _is_place(m.group("outlet")) or (
            _YEAR.search(m.group("date")) and len(m.group("outlet").split()) <= 4)):
        iso = parse_datetime(m.group("date"))
        if iso:
            head.published = head.published or iso
            name = m.group("outlet")
            # "Geneva, 12 February 2025", "Mexico City, 3 June 2025": a town (or a country) and the date is where
            # and when the report was filed, not an outlet's name; also as the text's first line
            place = _is_place(name)
            if place == "town":
                head.dateline_place = head.dateline_place or (name.title() if name.isupper() else name)
            elif not place and len(name.split()) > 1:
                head.outlet = head.outlet or name
            return True
    # a country's name on a line of its own ("Federal Republic of Somalia" heading a ministry's release): a
    # letterhead, neither the outlet nor a headline; a town's name there is where the report was filed
    if (len(stripped.split()) <= 8 and _OUTLET_LINE.fullmatch(stripped) and (rest.startswith(("\n", "\r\n"))
                                                                            or _is_head_line(rest))):
        place = _is_place(stripped)
        if place == "country":
            return True
        # ("Mogadishu / November 26, 2026 / body": a town's name alone above the date line, as the first line too,
        # is where the report was filed, not a headline)
        if place == "town" and (not first or _date_line(rest)):
            head.dateline_place = head.dateline_place or stripped
            return True
    # "Karachi / Gunmen kill two policemen / November 27, 2026": a town's name alone above a headline and its
    # date line is the town the report was filed from (or its section), not the headline (nothing was read)
    if first and len(stripped.split()) <= 3 and _OUTLET_LINE.fullmatch(stripped) and not rest.startswith(
            ("\n", "\r\n")) and _is_place(stripped) == "town":
        below, _, after = rest.partition("\n")
        if _headline_shape(below.strip()) and len(below.split()) > 2 and _date_line(after):
            head.dateline_place = head.dateline_place or stripped
            return True
    if first and len(stripped.split()) <= 8 and _OUTLET_LINE.fullmatch(stripped) and _is_place(stripped) == "country":
        # the state's name above its ministry's letterhead ("REPUBLIC OF X / MINISTRY OF DEFENCE / PRESS RELEASE")
        issuer, _, below = rest.lstrip("\r\n").partition("\n")
        if _issuer_line(issuer.strip()) and _issuer_below(below):
            head.letterhead = True
            return True
    # "Jane Roe in Nairobi", "Jane Roe and John Doe in Kyiv": the reporters and where they filed from
    m = _PERSON_IN.fullmatch(stripped) if not first else None
    if m and _is_place(m.group("place")) in ("town", "country") and not _ROLE_WORDS.search(m.group("who")):
        head.author = head.author or m.group("who")
        if _is_place(m.group("place")) == "town":
            head.dateline_place = head.dateline_place or m.group("place")
        return True
    # "BBC News, Nairobi": an outlet's name and the town it reports from; a bare name right above it is the
    # reporter's ("Jane Roe / BBC News, Nairobi")
    if not first and _outlet_town(stripped):
        head.outlet = head.outlet or _outlet_town(stripped)[0]
        head.dateline_place = head.dateline_place or _outlet_town(stripped)[1]
        return True
    if (not first and not head.author and _PERSON_LINE.fullmatch(stripped) and not _ROLE_WORDS.search(stripped)
            and _outlet_town(rest.lstrip("\r\n").split("\n", 1)[0].strip())):
        head.author = stripped
        return True
    # an outlet's name on a line of its own, above a date or a byline ("Kyiv Independent"), or closing a head
    # that already gave the date ("2025-06-09T16:20 / El Tiempo English / blank line / body")
    # ("Carta de Pemba", "Voz da Costa", "Courrier du Nord": a paper's name with its lower-case links, no place)
    if not first and head.outlet is None and (_OUTLET_LINE.fullmatch(stripped) or _ORG_LINE.fullmatch(stripped)
                                              or _linked_paper_name(stripped) or _two_names(stripped)) and (
            _is_head_line(rest) or (head.published and rest.startswith(("\n", "\r\n")))) and (
            stripped.lower() not in _colon_labels()):  # ("Analysis" under the date is a section's label)
        # (a ministry's name in capitals above "PRESS RELEASE" is written as the body's name, as on a letterhead)
        head.outlet = _letterhead_case(stripped) if _issuer_below(rest, office=False) else stripped
        return True
    # the issuing body above a reference line ("Inter Services Public Relations / Press Release No 112"), or above
    # its office's name and then the reference line ("ARMED FORCES OF X / Public Affairs Office / PRESS RELEASE")
    # (also under the state's name: "FEDERAL DEMOCRATIC REPUBLIC OF X / MINISTRY OF DEFENCE / Office of Public
    # Relations / PRESS RELEASE", the state's line read as a letterhead above and nothing else read yet)
    if (first or head.letterhead) and head.outlet is None and _issuer_line(stripped) and _issuer_below(rest):
        head.outlet = _letterhead_case(stripped)
        return True
    if not first and _issuer_line(stripped) and _issuer_below(rest, office=False) and (
            head.outlet is not None and not head.title and not head.published):
        return True  # the office under the issuer's name ("Public Affairs Office")
    # "Dawn / Saleem Shahid / Published April 9, 2025": a bare name between the outlet's line and a date line
    if (not first and head.outlet and not head.author and _PERSON_LINE.fullmatch(stripped)
            and not _ROLE_WORDS.search(stripped) and not stripped.lower().startswith("by ")
            and stripped != head.outlet and _is_head_line(rest)):
        head.author = stripped
        return True
    # the deck under the headline ("The attack is the third this month in the province."), above the date line or
    # the byline: the body's first paragraph, and the head lines under it are read
    if (not first and head.title_line and head.deck is None and not (head.published or head.author)
            and _deck_above_head(stripped + "\n" + rest)):
        head.deck = stripped
        return True
    # a title: a short first line without a final full stop, followed by a blank line, a head line (a byline,
    # a date, an outlet's name), the body's dateline or a deck above those head lines
    if (title_ok and head.title is None and _headline_shape(stripped) and _closes_headline(rest)
            and (first or stripped.lower() not in _colon_labels())):  # ("Analysis" under the date is no headline)
        head.title = stripped
        head.title_line = True
        # "Gunmen kill three | Made-up Times": a page title's outlet after a bar or a spaced dash
        cut = re.match(r"(?P<title>.{12,}?)\s+[|–—-]\s+(?P<outlet>[A-Z][^|–—]{1,40})$", stripped)
        trailing = bool(cut and _outlet_like(cut.group("outlet").strip()) and len(cut.group("outlet").split()) <= 4
                        and _paper_name(cut.group("outlet").split()))
        if trailing:
            head.title = cut.group("title").strip()
            head.outlet = head.outlet or cut.group("outlet").strip()
        # "Kyiv Post — Russia-Ukraine war: live updates": the outlet's name before the dash
        lead = None if trailing else _dashed_outlet(stripped)
        if lead:
            head.title = _DASHED_NAME.fullmatch(stripped).group("rest").strip()
            head.outlet = head.outlet or lead
        return True
    return False


_BYLINE_DATE = re.compile(r"\s+(?P<date>(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
                          r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)\s*$", re.I)
_TIME_PART = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:UTC|GMT)\s*(?:[+-−]\s*\d{1,2}(?::?\d{2})?)?\)?"
                        r"|\s*[A-Z]{2,4})?", re.I)
# "…, updated 22:30 GMT", "(Updated …)", and Dawn's "Published April 9, 2025 Updated April 9, 2025 09:45am"
_UPDATED_TAIL = re.compile(r"\s*(?:[,;|(]\s*|\s+(?=(?:Last )?(?:Updated|Modified)\b))(?:last\s+)?(?:updated|modified|edited)\b.*$",
                           re.I)
_REFERENCE_LINE = re.compile(r"(?:press (?:release|statement|briefing)|news release|statement|communiqu[ée]|"
                             r"for immediate release|"
                             # "Ref: MND/PR/2026/311", "Our ref. No. 45/2025": a letter's reference number
                             r"(?:our\s+)?ref(?:erence)?\.?(?:\s*no\.?)?\s*:?\s*(?=\S*[\d/])[\w/.-]+$|"
                             r"(?:flash|situation) update|situation report|sitrep|bulletin|"
                             # "No PR-87/2025-ISPR", "No. 312/2026": a release's bare number, its kind unsaid
                             r"(?:no\.?|n°|#)\s*(?=[\w/.-]*\d)[\w/.-]+$)"
                             r"(?:\s+(?:no\.?|number|n°|#)\s*[\w/.-]+)?(?:\s*[-–—,:|]\s*[\w /.,-]{1,40})?", re.I)
_PAGE_WIDGET = re.compile(r"(?:share(?: this)?(?: article| story| page)?|save(?: article| story)?|print|email|"
                          r"copy link|gift(?: this)? article|listen(?: to this (?:article|story))?|"
                          r"\d{1,4}\s+comments?)(?:\s*[·•|,-]\s*\d{1,3}\s*min(?:ute)?s?)?", re.I)
_CAPS_NAME_OUTLET = re.compile(r"(?P<who>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})\s+"
                               r"(?P<outlet>[A-Z][a-z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})")
_PERSON_IN = re.compile(r"(?P<who>[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
                        r"(?:(?:,| and) [A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}){0,2})"
                        r" in (?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")
_OUTLET_TOWN = re.compile(r"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}),\s+"
                          r"(?P<town>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")
_RELEASE_ONLY = re.compile(r"(?:press (?:release|statement)|news release|for immediate release)"
                           r"(?:\s+(?:no\.?|number|n°|#)\s*[\w/.-]+)?|(?:no\.?|n°|#)\s*(?=[\w/.-]*\d)[\w/.-]+", re.I)
# ("By Harbour Wire staff": the byline's "By" is no part of the outlet's name)
_STAFF_LINE = re.compile(r"(?:By\s+)?(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})\s+(?:staff|staff reporters?|"
                         r"newsroom|(?:news|live|live blog|world|foreign|breaking news|web) (?:desk|team)|correspondents?|reporters)")
# "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": a body's name with its acronym
_ORG_LINE = re.compile(r"[A-Z][\w&.'’-]*(?:,? (?:of|the|and|for|on|in|&|[A-Z][\w&.'’-]*)){1,12}"
                       r"(?: \([A-Z][A-Za-z&.-]{1,12}\))?")
# "Photo: Staff", "(Photo: Reuters/Jane Roe)", "Image credit: AFP", "File photo", "Photo by Jane Roe": a picture's
# credit or caption line (short, opening with the word)
_CREDIT_LINE = re.compile(r"\(?\s*(?:(?:file |cover |main |top |lead )?(?:photo(?:graph)?s?|image|picture|pic|video|"
                          r"illustration)(?:\s+credits?)?|credits?)(?:\s*[:/|]|\s+by\b|\s+(?:courtesy|credit)\b)"
                          r"[^\n]{0,80}?\)?|\(?\s*file (?:photo|picture|image)\s*\)?"
                          # "Image source, Getty Images", "Image caption, Police at the scene" (a page's own labels)
                          r"|(?:image|photo|picture|video) (?:source|caption|credit)\s*[,:][^\n]{0,160}", re.I)
_EDITOR_NOTE = re.compile(r"(?:editor['’]?s['’]? note|note to (?:readers|editors)|corrections?|clarifications?)\s*[:—–-]\s*\S",
                          re.I)
_DATE_WORD = re.compile(r"^\s*(?:first\s+)?(?:published|posted|dated|updated|last updated)(?:\s+on)?\s*:?\s+", re.I)
_ROLE_WORDS = re.compile(r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|analyst|"
                         r"bureau|chief|desk|in|at)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a full stop closing a sentence, not the one of a time's "a.m." ("March 3, 2025 | 08:45 a.m." is a date line)
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)\.$", re.I)
_READ_TIME = re.compile(r"\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\.?\s+read", re.I)
_READ_TIME_TAIL = re.compile(r"(?<=[\dMm])\s+\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\.?\s+read$", re.I)
_RELATIVE_STAMP = re.compile(r"(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?(?:about\s+)?(?:\d{1,3}|an?)\s+"
                             r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago", re.I)
_BREADCRUMB = re.compile(r"[A-Z][\w&'’ -]{0,30}(?:\s*[»›>]\s*[A-Z][\w&'’ -]{0,30}){1,5}"
                         # "Home / World / Asia": slashes also part a headline ("Russia / Ukraine talks stall"), so
                         # a trail of them opens with "Home" or has three parts at least
                         r"|Home(?:\s+/\s+[A-Z][\w&'’ -]{0,24}){1,5}"
                         r"|[A-Z][\w&'’ -]{0,24}(?:\s+/\s+[A-Z][\w&'’ -]{0,24}){2,5}")
# a live blog's day header: a weekday and the day, no year, no time ("Tuesday 4 March", "Sunday, March 2")
_DAY_HEADER = re.compile(rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?"
                         rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)", re.I)
_PLACE_REGION_DATE = re.compile(r"(?P<place>[A-ZÀ-Þ][\w&.'’-]*(?: [A-ZÀ-Þ][\w&.'’-]*){0,3}),\s+"
                                r"(?P<region>[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3})"
                                r"(?:,\s+|\s+[-–—|]\s+)(?P<date>[^|]{6,40})")
_TWO_TOWNS_DATE = re.compile(r"(?P<a>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})\s?/\s?"
                             r"(?P<b>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2}),\s+(?P<date>[^,/]{6,40})")
_OUTLET_COMMA_DATE = re.compile(r"(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}),\s+(?P<date>.{6,40})")
_OUTLET_LINE = re.compile(r"[A-Z][\w&.'’-]*(?:,? (?:of|the|and|for|&|[A-Z][\w&.'’-]*)){0,7}")
_PERSON_LINE = re.compile(r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}")


_PLACE_COMMA_DATE = re.compile(r"(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}),\s+(?P<date>[^,]{3,20},?\s+(?:19|20)\d\d)")
# "Published November 21, 2026" (or "First published", "Posted on") closing the text: the date of an article
# whose head gave none
# ("Published in Dawn, July 11th, 2025": the paper named before the date)
_TAIL_DATE = re.compile(r"\n[ \t]*\(?(?:first\s+)?(?:published|posted|dated)(?:\s+on)?"
                        r"(?:\s+in\s+(?-i:[A-Z])[^,\n]{1,40},)?\s*:?\s*(?P<date>[^\n]{6,40}?)\)?\s*$", re.I)


def parse_tail(body: str) -> tuple[str | None, int]:
    """A date line closing the body → (ISO date, where the body ends without it); (None, len(body)) if none."""
    m = _TAIL_DATE.search(body[-120:])
    if not m or not _DATEISH.search(m.group("date")):
        return None, len(body)
    iso = parse_datetime(re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", _UPDATED_TAIL.sub("", m.group("date"))))
    if not iso:
        return None, len(body)
    return iso, len(body) - 120 + m.start() if len(body) > 120 else m.start()


def _outlet_town(line: str) -> tuple[str, str] | None:
    """("BBC News", "Nairobi") for "BBC News, Nairobi": an outlet's name (not a place's) and a town."""
    m = _OUTLET_TOWN.fullmatch(line)
    if m and _outlet_like(m.group("outlet")) and not _is_place(m.group("outlet")) and (
            _is_place(m.group("town")) == "town"):
        return m.group("outlet"), m.group("town")
    return None


def _two_names(stripped: str) -> bool:
    """A body's name in two languages on one line ("Médecins Sans Frontières / Doctors Without Borders")."""
    parts = stripped.split(" / ")
    return len(parts) == 2 and all(_OUTLET_LINE.fullmatch(p.strip()) or _ORG_LINE.fullmatch(p.strip())
                                   for p in parts)


def _issuer_line(stripped: str) -> bool:
    """A body's name on a letterhead line: title case or capitals, no date, no full stop."""
    return bool(len(stripped.split()) <= 12 and (_OUTLET_LINE.fullmatch(stripped) or _ORG_LINE.fullmatch(stripped))
                and not _DATEISH.search(stripped) and not _REFERENCE_LINE.fullmatch(stripped))


def _issuer_below(rest: str, office: bool = True) -> bool:
    """Whether a reference line ("PRESS RELEASE") follows, after blank lines and (with `office`) one more line
    of the issuer's (its office's name)."""
    lines = [ln.strip() for ln in rest.split("\n")[:5] if ln.strip()]
    if lines and _REFERENCE_LINE.fullmatch(lines[0]):
        return True
    return office and len(lines) > 1 and _issuer_line(lines[0]) and bool(_REFERENCE_LINE.fullmatch(lines[1]))


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at"})


def _letterhead_case(name: str) -> str:
    """"ARMED FORCES OF THE PHILIPPINES" -> "Armed Forces of the Philippines"; initials ("AFP") and a name in
    title case stay."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    words = name.lower().split()
    # ("GUINEA-BISSAU" -> "Guinea-Bissau": each part of a hyphenated name)
    return " ".join(w if i and w in _SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))


def _is_head_line(text: str) -> bool:
    """Whether the first line of `text` is a head line (the lines after it decide an outlet's line)."""
    line, _, after = text.partition("\n")
    return bool(line.strip()) and len(line) <= 160 and _take_line(_unglue(line), Head(), first=False, rest=after)


def _date_line(text: str) -> bool:
    """Whether the first line of `text` (after blank lines) is a date line and nothing else ("November 26, 2026")."""
    line = text.lstrip("\r\n").split("\n", 1)[0].strip()
    probe = Head()
    return bool(line) and len(line) <= 80 and _take_line(line, probe, first=False, rest="\n") and bool(
        probe.published) and not (probe.title or probe.outlet or probe.author)


def _headline_shape(stripped: str) -> bool:
    """A short line without a final full stop, not a live blog's entry stamp ("08:05 GMT")."""
    return (0 < len(stripped) <= 160 and len(stripped.split()) <= 25 and not stripped.endswith((".", ":"))
            and not _STAMP_LINE.fullmatch(stripped))


def _closes_headline(rest: str) -> bool:
    """Whether the text after a line lets it be a headline: a blank line, a head line (a byline, a date, an
    outlet's name) or the body's dateline ("YEREVAN, Sept 13 (Reuters) -", "PESHAWAR: …", "(Bogota, …) -")."""
    return bool(rest.startswith(("\n", "\r\n")) or _is_head_line(rest) or _DATELINE.match(rest)
                or _TITLE_DATELINE.match(rest) or _DASH_DATELINE.match(rest) or _opens_dateline(rest)
                or _deck_above_head(rest))


def _deck_above_head(text: str) -> bool:
    """Whether the first line of `text` is a headline's deck: a sentence or two of summary (5 to 60 words), no
    dateline of the body, with the date line or the byline right under it (after blank lines at most) and more
    text under that."""
    line, _, after = text.partition("\n")
    line = line.strip()
    if not (5 <= len(line.split()) <= 60 and len(line) <= 400) or not (line[:1].isupper() or line[:1] in "\"“‘'"):
        return False
    if _DATELINE.match(line) or _TITLE_DATELINE.match(line) or _DASH_DATELINE.match(line) or _opens_dateline(line):
        return False
    below, _, rest = after.lstrip("\r\n").partition("\n")
    # (and a body after them: "Published June 7, 2025" closing a text dates it, the line above it is the body's)
    if not below.strip() or len(below) > 160 or not rest.strip():
        return False
    probe = Head()  # (the line under it read alone: a byline, a date or a name above them, no headline)
    return _take_line(_unglue(below), probe, first=False, rest=rest[:400]) and bool(
        probe.author or probe.published or probe.outlet) and not probe.title


def _opens_dateline(text: str) -> bool:
    probe = Head()
    _read_dateline(text[:400], probe)
    return probe.dateline_end > 0


@lru_cache(maxsize=1)
def _outlet_name_words() -> tuple[frozenset[str], frozenset[str]]:
    from sitrep.resources import load_yaml
    data = load_yaml("ingest/head.yaml")
    return (frozenset(w.lower() for w in data["outlet_words"]), frozenset(w.lower() for w in data["outlet_openers"]))


# "(English edition)", "(Online)": an edition named after a paper's name
_EDITION = re.compile(r"\s*\((?:[A-Z][a-z]+ )?(?:edition|online|web|digital|international)(?: edition)?\)$", re.I)
# the lower-case words inside a paper's name ("El Sol del Norte", "Times of India"): not counted as its words
_NAME_LINKS = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "of", "the",
                         "and", "y", "et", "&"})


def _paper_name(words: list[str]) -> bool:
    """A name in title case, its inner words capitalised or linking ones ("El Sol del Norte", "Times of India")."""
    return bool(words) and _OUTLET_LINE.fullmatch(words[0]) is not None and all(
        w in _NAME_LINKS or _OUTLET_LINE.fullmatch(w) for w in words[1:])


def _linked_paper_name(line: str) -> bool:
    """A name of two to six words in title case joined by a lower-case link of another language ("Carta de Pemba",
    "Courrier du Nord"; an English headline in title case has none), closed by a capitalised word, that names no
    place at all ("Rio de Janeiro", "Villa de Leyva" are towns, however small)."""
    from sitrep.geo.gazetteer import get_gazetteer

    words = line.split()
    if (not 2 <= len(words) <= 6 or words[-1] in _NAME_LINKS or not _paper_name(words)
            or not any(w in _NAME_LINKS and w not in _SMALL_WORDS and w != "&" for w in words)):
        return False
    return not get_gazetteer().candidates(line, loose_match=False)


def _outlet_like(name: str) -> bool:
    """"Myanmar Now", "Dhaka Tribune", "The Hindu", "Le Nouvelliste", "El Sol del Norte (English edition)": a name
    a paper, an agency or a broadcaster goes by (its last word, or an article or "Daily" opening a name of three
    capitalised words at most)."""
    words = _EDITION.sub("", name).split()
    if not words:
        return False
    last, opener = _outlet_name_words()
    capitalised = [w for w in words if w not in _NAME_LINKS]
    return words[-1].lower() in last or (len(capitalised) <= 3 and (words[0].lower() in opener
                                                                      or words[0].lower().startswith("l'")))


# "Radio Sahel Info — Evening bulletin", "Kyiv Post | Live": an outlet's name, then a dash or a bar and its
# programme, section or the story's title
_DASHED_NAME = re.compile(r"(?P<outlet>[A-Z][^|–—]{1,40}?)\s+[|–—]\s+(?P<rest>\S.{2,})")


def _dashed_outlet(line: str) -> str | None:
    """The outlet's name opening a line "Name — programme" (a name of four words at most that reads as an
    outlet's and names no place), else None."""
    m = _DASHED_NAME.fullmatch(line.strip())
    if not m:
        return None
    name = m.group("outlet").strip()
    words = _EDITION.sub("", name).split()
    if len(words) > 4 or not _paper_name(words) or not _outlet_like(name) or _is_place(name, _OUTLET_PLACE_ALTERNATE):
        return None
    return name


def _lines(raw: str, pos: int):
    """(line, start, end) of the lines of `raw` from `pos` on."""
    while pos < len(raw):
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        yield raw[pos:end], pos, end
        pos = end + 1


def _outlet_above_headline(raw: str) -> int:
    """Where the first line ends when it is the outlet's name above the headline, else 0: a short line in title
    case that is no place ("Myanmar Now", "Le Nouvelliste"), then a date or dateline line or two ("Port-au-Prince,
    3 Oct 2025") and the headline; or, when the line reads as an outlet's name, the headline right under it."""
    lines = [(line.strip(), start, end) for line, start, end in _lines(raw[:1200], 0)]
    nonblank = [i for i, (line, _, _) in enumerate(lines) if line]
    if len(nonblank) < 2:
        return 0
    name, _, name_end = lines[nonblank[0]]
    name = _dashed_outlet(name) or name  # ("Radio Sahel Info — Evening bulletin": the outlet and its programme)
    words = _EDITION.sub("", name).split()
    if (not 1 <= len(words) <= 4 or len(name) > 60 or not (_OUTLET_LINE.fullmatch(" ".join(words)) or _paper_name(words))
            or _BYLINE.match(name)
            or _KEYED.match(name) or _STAMP_LINE.fullmatch(name) or name.lower() in _colon_labels()
            or _REFERENCE_LINE.fullmatch(name)  # ("PRESS RELEASE" above its number is no paper's name)
            or _is_place(name, _OUTLET_PLACE_ALTERNATE)):
        return 0
    # "Frontier Post / PESHAWAR, November 19, 2026: Militants stormed…": a paper's name right above the body's
    # dateline, with no headline between them
    _, start, _ = lines[nonblank[1]]
    if _outlet_like(name) and _opens_dateline(raw[start:start + 400]) and not _is_city(name, _OUTLET_PLACE_ALTERNATE):
        return name_end + 1 if name_end < len(raw) else name_end
    if len(nonblank) < 3:
        return 0
    head_lines = 0
    signed = False  # a byline among the head lines: the line above it is a story's headline, however short
    for k in nonblank[1:4]:
        line, start, end = lines[k]
        after = raw[end + 1:end + 401]
        if _is_head_line(raw[start:end + 401]):
            head_lines += 1
            signed = signed or bool(_BYLINE.match(line))
            continue
        # "Valley Post / Herat, 5 March 2025 / Gunmen killed…": a paper's name above the date lines and the body
        # with no headline is the outlet, not a headline
        # ("Zarbon / Published November 20, 2026 / QUETTA: …": a name of one or two words above date lines only is
        # the paper's too)
        short_name = len(words) <= 2 and len(name) >= 3 and not signed
        if head_lines and not _headline_shape(line) and (_outlet_like(name) or short_name) and not _is_city(
                name, _OUTLET_PLACE_ALTERNATE):
            return name_end + 1 if name_end < len(raw) else name_end
        # the headline: a short line closed by a blank line or the body's dateline, longer than the name
        if not _headline_shape(line) or len(line.split()) <= len(words) or not _closes_headline(after):
            return 0
        # (a headline in title case above its date and a deck: "Rebels Seize River Port / May 2, 2024 / The army
        # vows to retake it" keeps its headline; a name of one or two words there is the outlet's)
        if _outlet_like(name) or head_lines and len(words) <= 2 or _linked_paper_name(name):
            return name_end + 1 if name_end < len(raw) else name_end
        # "Kathimerini / Migrant boat capsizes off Crete, 9 dead / 26 November 2026": a name of one or two words
        # (no section's label: those are skipped as kickers) right above a headline that the date or a byline
        # closes is the paper's; read as nothing, the headline and the date were lost with it
        if len(words) <= 2 and len(name) >= 3 and head_lines == 0 and _is_head_line(after) and not _is_city(
                name, _OUTLET_PLACE_ALTERNATE):
            return name_end + 1 if name_end < len(raw) else name_end
        return 0
    return 0


# "CALI — FARC dissidents attacked…", "GAZA CITY, Gaza - …": a place in capitals and a dash, no agency, no date
# and with the day it was filed, still without an agency: "GOMA, March 8 — M23 rebels…", "KYIV, 8 March 2024 - …"
# ("CÚCUTA, Colombia - ", "BUTUAN CITY—Three soldiers": capitals with accents; an em dash with no spaces)
_DASH_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'.-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,3}"
                            rf"(?:, (?!(?i:{MONTHS})\b)[A-Z][a-zA-Z .'-]{{1,30}})?)"
                            rf"(?:,?\s+(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?)"
                            r"(?:,?\s+(?P<year>(?:19|20)\d\d))?[.,]?)?"
                            r"(?:\s+(?:—|–|--?)\s+|\s*—\s*)(?=[A-Z" + "\"“‘']|\\d{1,2}\\s+(?i:" + MONTHS + r"))")


# "LOIKAW, Myanmar (The Irrawaddy) — 14 February 2026 — A jet…", "NAIROBI — Feb. 14, 2026 — …": the day the report
# was filed between dashes after the place (and agency); only a full date, with its year, is read this way
_DATE_AFTER_DATELINE = re.compile(
    rf"(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?),?\s+(?P<year>(?:19|20)\d\d)"
    r"\s*(?:—|–|--?)\s*(?=[A-Z\"“‘'])")


# "QUETTA: Seven soldiers…" (Dawn, Bangkok Post): a place in capitals and a colon, not a label ("UPDATE:"); with
# the day it was filed, "PESHAWAR, November 19, 2026: Militants…", "LAHORE, Nov 19:" (Pakistani papers)
_COLON_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'.-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,2})"
                             rf"(?:,\s+(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?)"
                             r"(?:,?\s+(?P<year>(?:19|20)\d\d))?)?:\s+(?=[A-Z\"“‘'])")
# "Addis Abeba - Heavy fighting…": a place in title case and a spaced dash opening the body
_TITLE_DASH_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][a-zß-ÿ]{2,}(?: [A-ZÀ-Þ][a-zß-ÿ]{2,}){0,2})\s+(?:—|–|-)\s+(?P<date>)"
                                  r"(?=[A-Z\"“‘'])")


# "Cotonou, 22 April 2025 - Eight soldiers…": a place in title case, the full date with its year, and a dash
_TITLE_DATE_DASH_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+){0,2})"
    rf",\s+(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?),?\s+(?P<year>(?:19|20)\d\d)"
    r"\s+(?:—|–|--?)\s+(?=[A-Z\"“‘'])")


# "(Bogota, January 30, 2025) – Gunmen…", "(Sinjar, Iraq, 19 August 2023) -", "(Beirut) –": a rights group's
# dateline, the place and the date in brackets before a dash
_PAREN_DATELINE = re.compile(
    r"^\((?P<place>[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3})(?:,\s*(?!(?i:" + MONTHS + r")\b)"
    r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3})?"
    rf"(?:,\s+(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?)(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r"\)\s*(?:—|–|--?)\s*(?=[A-Z\"“‘'])")


def _is_city(name: str, alternate_from: int = 20000) -> bool:
    """A town of some size or a country of that name, not a stop-listed word; a town known by this name only as
    one of its alternate names counts from `alternate_from` inhabitants."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.normalize import fold
    gaz = get_gazetteer()
    if any(fold(w) in gaz.stop for w in name.split()) or fold(name) in gaz.stop:
        return False
    return any((e.feature_code.startswith("PPL") and e.population >= (
        alternate_from if e.match == "alternate" else 20000)) or e.feature_code.startswith("PCL")
               for e in gaz.candidates(name, loose_match=False))


# a name on a paper's line above the date lines is a town only if it is the town's own name or the alternate name
# of a large one ("Kiev", "Bombay"), not the translation of a small town's ("Dawn", a town's name in English)
_OUTLET_PLACE_ALTERNATE = 100_000


# "08:05 GMT", "1115 GMT", "11.15am", "14:05 IST": a live blog's entry stamp, a clock time alone on its line
_STAMP_LINE = re.compile(r"\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:UTC|GMT)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?\)?"
                         r"|[A-Z]{2,4})?", re.I)


def _is_place(name: str, alternate_from: int = 20000) -> str | None:
    """"country" for a country's name, short or formal ("Federal Republic of Somalia"), "town" for a town of
    some size ("Mexico City"), None for anything else (a stop-listed word, an outlet's name); a town known by
    this name only as one of its alternate names counts from `alternate_from` inhabitants."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.normalize import fold
    gaz = get_gazetteer()
    if fold(name) in gaz.stop:  # (the name as a whole: "City" is stop-listed, "Mexico City" is a town)
        return None
    entries = gaz.candidates(name, loose_match=False)
    if any(e.feature_code.startswith("PCL") for e in entries):
        return "country"
    if any(e.feature_code.startswith("PPL") and e.population >= (alternate_from if e.match == "alternate" else 20000)
           for e in entries):
        return "town"
    return None


def _colon_labels() -> frozenset[str]:
    from sitrep.resources import load_yaml
    return frozenset(w.lower() for w in load_yaml("ingest/head.yaml")["colon_labels"])


def _read_dateline(start_of_body: str, head: Head, body: str = "") -> None:
    m = _DATELINE.match(start_of_body) or _TITLE_DATELINE.match(start_of_body)
    if m and m.re is _TITLE_DATELINE and not m.group("date") and not _is_place(m.group("place").split(",")[0]):
        m = None  # "Doctors Without Borders (MSF) has …": a body's name and its initials, no town and no date
    if not m:
        m = _DASH_DATELINE.match(start_of_body)
        if m and not re.search(r"\s[—–-]", start_of_body[:m.end()]) and not _is_city(
                re.sub(r"\s+CITY$", "", m.group("place").split(",")[0].strip())):
            m = None  # "NATO—The alliance…": an unspaced dash opens a dateline only after a known city
        if not m:
            m = _COLON_DATELINE.match(start_of_body)
            if m and m.group("place").lower() in _colon_labels():
                m = None
        if not m:
            m = _PAREN_DATELINE.match(start_of_body)
            if m and not m.group("date") and not _is_city(m.group("place")):
                m = None  # "(Updated) - …": without a date only a known town or country opens a body this way
        if not m:
            m = _TITLE_DATE_DASH_DATELINE.match(start_of_body)
            if m and not _is_city(m.group("place")):
                m = None
        if not m:
            m = _TITLE_DASH_DATELINE.match(start_of_body)
            if m and not _is_city(m.group("place")):
                m = None  # "John Roe - The…", "Police - …": only a known city or country opens a body this way
        if not m:
            return
    head.dateline_place = m.group("place").split(",")[0].strip().title()
    date, year = m.group("date"), m.groupdict().get("year")
    end = m.end()
    if not date and (after := _DATE_AFTER_DATELINE.match(start_of_body, end)):
        date, year, end = after.group("date"), after.group("year"), after.end()
    head.dateline_end = end
    # "(Cali, January 30, 2025) -": the dateline proper is the place and the date inside the brackets (a bracketed
    # name in a dateline is otherwise its agency's, "(Reuters)", and no place)
    head.dateline_start = 1 if m.re is _PAREN_DATELINE else 0
    groups = m.groupdict()
    agency = (groups.get("agency") or groups.get("agency2") or groups.get("agency3") or "").strip()
    if agency and not head.outlet:
        head.outlet = agency if not agency.isupper() or len(agency) <= 4 else agency.title()
    if date and not head.published:
        date = _english_month(date)
        if year:
            head.published = parse_datetime(f"{date} {year}")
        else:
            head.published = _dateline_date(date, body or start_of_body)
            head.year_guessed = True


def _settle_year(head: Head, body: str) -> None:
    """Give a head date read without its year the year `_dateline_date` finds (keeping its time), else make it
    year-less ("--03-05")."""
    month_day = dt.date.fromisoformat(head.published[:10]).strftime("%B %d")
    date = _dateline_date(month_day, body)
    if date is None:
        return
    head.year_guessed = True
    head.published = date if date.startswith("--") else date + head.published[10:]


_FRENCH_MONTHS = {"janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
                  "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
                  "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
                  "décembre": "December", "decembre": "December"}


def _english_month(day_month: str) -> str:
    return " ".join(_FRENCH_MONTHS.get(w.lower(), w) for w in day_month.split())


# The date a year-less dateline ("JAMMU, June 10 -") is completed against: the publication date the person running
# the command gave (`--published`); without it, a full date the article itself tells; without either, none.
REFERENCE_DATE: ContextVar[dt.date | None] = ContextVar("sitrep_reference_date", default=None)

# "on August 17, 2025", "17 August 2025", "2025-08-17": a date told with its year in the body
_FULL_DATE_IN_TEXT = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                                r"\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                                r"nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b", re.I)


def _dateline_date(day_month: str, text: str) -> str | None:
    """A dateline gives day and month only. With a publication date (`--published`), the nearest such date,
    preferring the past; else the nearest to the latest full date the article tells, preferring the days after
    it (a report follows what it tells); with no year anywhere, the date stays year-less ("--08-19", ISO 8601's
    form for a month and day): a weekday ("on Sunday") recurs every few years and names no year."""
    iso = parse_datetime(f"{day_month} 2000")  # a leap year, so "Feb 29" parses; dateparser is slow: once
    if iso is None:
        return None
    month, day = int(iso[5:7]), int(iso[8:10])
    ref = REFERENCE_DATE.get()
    after = False
    if ref is None:
        told = []
        for m in _FULL_DATE_IN_TEXT.finditer(text):
            value = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", m.group(0)).replace(" of ", " ")
            parsed = parse_datetime(value)
            if parsed:
                told.append(dt.date.fromisoformat(parsed[:10]))
        if not told:
            return f"--{month:02d}-{day:02d}"
        ref, after = max(told), True
    best = None
    for year in range(ref.year - 4, ref.year + 2):  # (four years back: a 29 February)
        try:
            date = dt.date(year, month, day)
        except ValueError:  # Feb 29 outside leap years
            continue
        dist = (date - ref).days if after else (ref - date).days
        score = dist if dist >= 0 else -dist * 4
        if best is None or score < best[0]:
            best = (score, date)
    return best[1].isoformat() if best else None


def _updated_time(published_iso: str, tail: str) -> str | None:
    """The time of an "updated 22:30 GMT" tail (a bare time is on the publication's day, or the next day
    when it is earlier than the publication's time); None when it is not later than the publication."""
    value = re.sub(r"^\s*(?:[,;|(]\s*)?(?:last\s+)?(?:updated|modified|edited)\s*(?:at|on)?\s*", "", tail, flags=re.I)
    value = value.strip(" )")
    try:
        pub = dt.datetime.fromisoformat(published_iso)
    except ValueError:
        return None
    iso = parse_datetime(value) if _DATEISH.search(value) else None
    if iso is None:
        m = re.fullmatch(r"(\d{1,2})[:.](\d{2})\s*(?:\(?(?:UTC|GMT|Z)\)?)?", value, re.I)
        if not m:
            return None
        t = dt.time(int(m.group(1)), int(m.group(2)))
        when = dt.datetime.combine(pub.date(), t, tzinfo=pub.tzinfo)
        if when < pub:
            when += dt.timedelta(days=1)
        iso = when.isoformat(timespec="seconds")
    try:
        later = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if later.tzinfo is None and pub.tzinfo is not None:
        later = later.replace(tzinfo=pub.tzinfo)
    if (later.tzinfo is None) != (pub.tzinfo is None) or later <= pub or later - pub > dt.timedelta(days=3):
        return None
    return later.isoformat(timespec="seconds")


# "14:05 IST", "2:05 PM CST", "09.30 (BST)": a clock time and a zone abbreviation that names several zones
_AMBIGUOUS_AFTER_TIME = r"\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?m\.?)?\s*\(?\b({})\b\)?"


@lru_cache(maxsize=1)
def _ambiguous_zones() -> dict[str, dict[str, str]]:
    from sitrep.resources import load_yaml
    return {k: {c.upper(): str(v) for c, v in d.items()} for k, d in load_yaml("ingest/head.yaml")["ambiguous_zones"].items()}


def _countries_of(name: str) -> set[str]:
    """The countries a name points to: a country ("India"), its demonym ("Irish"), a city of some size ("Dhaka")."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.normalize import fold
    gaz = get_gazetteer()
    if not name or fold(name) in gaz.stop:
        return set()
    cc = gaz.demonym(name)
    if cc:
        return {cc}
    entries = gaz.candidates(name, loose_match=False)
    countries = {e.country for e in entries if e.feature_code.startswith("PCL")}
    if not countries:
        # a capital or a city of 100,000 or more: the biggest one of that name
        towns = [e for e in entries if e.feature_code.startswith("PPL") and e.population >= 100000]
        if towns:
            countries = {max(towns, key=lambda e: e.population).country}
    return countries


def settle_zone(published: str | None, head_text: str, *, url: str | None = None, outlet: str | None = None,
                place: str | None = None) -> tuple[str | None, str | None]:
    """A publication time read without an offset because the head gives an ambiguous zone ("14:05 IST": India,
    Ireland or Israel): the offset of the one country the article points to (its URL's country-code domain, its
    dateline's town, a country or city in its outlet's name) → (published with that offset, None); with none
    or several → (published unchanged, a warning that says why)."""
    if not published or "T" not in published or re.search(r"(?:[+-]\d\d:\d\d|Z)$", published):
        return published, None
    zones = _ambiguous_zones()
    m = re.search(_AMBIGUOUS_AFTER_TIME.format("|".join(map(re.escape, zones))), head_text)
    if not m:
        return published, None
    zone = zones[m.group(1)]
    hints: set[str] = set()
    host = re.match(r"(?:[a-z]+:)?//([^/:?#]+)", url or "", re.I)
    if host:
        tld = host.group(1).rsplit(".", 1)[-1].upper()
        hints.add("GB" if tld == "UK" else tld)
    if place:
        hints |= _countries_of(place)
    if outlet:
        words = re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", outlet)
        for phrase in words:  # "Dhaka Tribune", "Times of India", "The Irish Times", "Mexico City Post"
            found = _countries_of(phrase)
            for w in ([] if found else phrase.split()):
                found |= _countries_of(w)
            hints |= found
    offsets = {zone[c] for c in hints if c in zone}
    if len(offsets) == 1:
        return published + offsets.pop(), None
    from sitrep.geo.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    names = [(gaz.country(c).name if gaz.country(c) else c) for c in zone]
    why = ("the article points to more than one of them" if offsets else
           "neither its web address, dateline nor outlet says which")
    return published, (f"publication time given in {m.group(1)}, which names zones in {', '.join(names[:-1])} "
                       f"and {names[-1]}, and {why}: kept without a UTC offset")
