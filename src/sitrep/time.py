"""Temporal expressions → dates and times resolved against the publication timestamp.

A spaCy component (`sitrep_time`) that finds expressions in `doc.text` with patterns and resolves each
against `Doc._.published` (ISO 8601, keeping the outlet's UTC offset, so "0900 hours" in an article
published at 13:10 +04:00 is 09:00 local time on the day of publication).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import doccache as _dc
from .resources import load_yaml

MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTH_NAMES["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_M = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
_PART = r"(?:night|morning|evening|afternoon|night-time|early hours|small hours)"

# the letters a match of each pattern can begin with (case-insensitive): a lookahead on them lets the regex
# engine skip most positions at once instead of trying every alternative there; it matches the same spans
_FIRST = {"part_of_date": "tnmeas", "date_range": "jfmasond", "date_span": "bf", "date_numeric": "0-9", "date_mdy": "jfmasond", "date_dmy": "0-9",
          "iso_date": "12", "month_year": "ijfmasond", "month_only": "isdtbl", "year_range": "bf", "year": "isdob", "year_named": "tai", "military_time": "012",
          "clock_time": "0-9", "ampm_time": "0-9", "weekday": "oltesbumwfn", "part_of_weekday": "itnmeaslbd",
          "weekday_pair": "obmtwfs", "days_ago": "a0-9otfsnhe", "recent_hours": "iodw", "night_into": "odtmwfs", "day_of_month": "o", "anaphoric_day": "otlash0-9fnse",
          "relative_day": "ytleo", "anaphoric_period": "idbtaofsen0-9", "relative_period": "lpte", "weekend": "odatlp", "period_start": "s", "cumulative": "tsia"}

PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rf"(?=[{_FIRST[name]}])" + p, re.I)) for name, p in [
    # ("the night of 1 to 2 February", "the night of May 11 and 12": the night runs from the first day to the second)
    ("part_of_date", rf"\b(?:the\s+)?(?:{_PART})\s+of\s+(?:(?P<m1>{_M})\s+(?P<d1>{_D})(?:\s*(?:[-–/]|to|and|into)\s*(?P<e1>{_D}))?"
                     rf"|(?P<d2>{_D})(?:\s*(?:[-–/]|to|and|into)\s*(?P<e2>{_D}))?\s+(?P<m2>{_M}))(?:,?\s+(?P<y>{_Y}))?"),
    ("date_range", rf"\b(?P<m>{_M})\s+(?P<d>{_D})\s*[-–]\s*(?P<e>{_D})(?:,?\s+(?P<y>{_Y}))?\b"),
    # "between May 10 and 12", "from 10 to 12 May" (not "between May 10 and 12 people")
    ("date_span", rf"\b(?:between|from)\s+(?:(?P<m1>{_M})\s+(?P<d1>{_D})\s+(?:and|to|until)\s+(?P<e1>{_D})"
                  rf"(?:,?\s+(?P<y1>{_Y})\b|\b(?!\s+(?!(?:in|at|on|near|when|as|after|before|and|while|during|across|"
                  rf"the|this|last|of|that)\b)[a-z]))"
                  rf"|(?P<d2>{_D})\s+(?:and|to|until)\s+(?P<e2>{_D})\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?\b)"),
    # "on 18/05/2025", "18.05.2025": the day first unless the first number cannot be a day's month the other way
    ("date_numeric", rf"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_Y})\b"),
    ("date_mdy", rf"\b(?P<m>{_M})\s+(?P<d>{_D})(?:,?\s+(?P<y>{_Y}))?\b"),
    ("date_dmy", rf"\b(?P<d>{_D})\s+(?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?\b"),
    ("iso_date", rf"\b(?P<y>{_Y})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("month_year", rf"\b(?:in\s+)?(?P<m>{_M})\s+(?P<y>{_Y})\b"),
    # a month alone ("since October", "in early March"): the latest such month up to the publication
    # ("in March last year", "in June of this year": that year's month)
    # ("since last December", "last March": the latest such month before the publication's; the month capitalised,
    # not "the last march")
    ("month_only", rf"\b(?:(?:in|since|during|until|through|by)\s+(?:(?P<last>last)\s+(?-i:(?=[A-Z])))?"
                   rf"|(?P<last2>last)\s+(?-i:(?=[A-Z])))(?:(?:early|late|mid-?)\s*)?(?P<m>{_M})(?![\w-])(?!\s*\d)"
                   r"(?:(?<!\.),?\s+(?:of\s+)?(?P<ry>last|this|the\s+previous|previous)\s+year\b)?"),
    ("year_range", rf"\b(?:between|from)\s+(?P<y1>{_Y})\s+(?:and|to|until)\s+(?P<y2>{_Y})\b"),
    ("year", rf"\b(?:in|since|during|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>{_Y})\b"),
    # a year naming what happened in it ("the 2011 Mandera attack", "the 2020 war"): the nouns are data
    ("year_named", rf"\b(?:the|a|an|its|their)\s+(?P<y>{_Y})(?=\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?-i:"
                   + "|".join(re.escape(w) for w in sorted(load_yaml("time.yaml")["year_named_events"], key=len,
                                                               reverse=True)) + r")\b)"),
    # a time given in GMT/UTC ("0900 GMT", "9 a.m. UTC") is converted to the article's local time
    ("military_time", r"\b(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:(?:hours|hrs|h)(?:\s+\(?(?P<tz>GMT|UTC)\b\)?)?"
                      r"|local\s+time|local|(?P<tz2>GMT|UTC))\b"),
    ("clock_time", r"\b(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?(?!\d)"
                   r"(?:\s*\(?(?P<tz>GMT|UTC)\b\)?)?"),
    ("ampm_time", r"\b(?P<hh>1[0-2]|0?[1-9])\s*(?P<ap>[ap])\.?m\b\.?(?:\s*\(?(?P<tz>GMT|UTC)\b\)?)?"),
    # "in the early hours of Sunday", "early on Tuesday", "at dawn on Monday", "the night of Friday": a part of a
    # weekday (the weekday as a plain "on Monday" below, at part-of-day precision)
    ("part_of_weekday", rf"\b(?:(?:in\s+|during\s+|on\s+)?(?:the\s+)?(?:{_PART})\s+of\s+|(?P<pre>early|late)\s+on\s+"
                        r"|(?:at|before|after|around)\s+(?:dawn|dusk|daybreak|sunrise|sunset|first\s+light|midnight|"
                        r"noon|midday)\s+(?:on\s+)?)(?:(?P<last>last)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)\b(?!['’]s)"),
    # "on Thursday and Friday", "between Saturday and Monday": the days from the first to the second
    ("weekday_pair", r"\b(?:(?:on|between|over|from)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|"
                     r"sunday)\s+(?:and|to|through|until)\s+(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|"
                     r"sunday)\b(?!['’]s|\s+(?:night|morning|evening|afternoon))"),
    # "two days ago", "a week ago": counted back from the publication
    ("days_ago", r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b"),
    # "in the past 24 hours", "over the last two days": the days up to the publication
    ("recent_hours", r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?P<n>a|one|two|three|four|five|six|"
                     r"seven|\d{1,3})\s+(?P<unit>hours?|days?)\b"),
    # "since the start of the year", "since the beginning of this month": a running total from that first day
    ("period_start", r"\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+(?P<unit>year|month)\b"),
    # "overnight Saturday into Sunday", "Friday night into Saturday": one night across two days
    ("night_into", r"\b(?:(?:overnight|on|during|the\s+night\s+of)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday)(?:\s+night)?\s+(?:into|to)\s+(?:early\s+)?(?P<wd2>monday|tuesday|wednesday|"
                   r"thursday|friday|saturday|sunday)\b"
                   # "overnight Tuesday", "overnight on Sunday": that day's night, into the next morning
                   r"|\bovernight\s+(?:on\s+)?(?P<wd3>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)"
                   # "overnight into Wednesday": the night before that day
                   r"|\bovernight\s+(?:into|to)\s+(?:early\s+)?(?P<wd4>monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday)\b"),
    ("weekday", r"\b(?:(?P<pre>on|last|this|next|early|late|since|by|until)\s+)?(?P<wd>monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday)(?:['’]s)?(?:\s+(?P<part>night|morning|evening|afternoon))?\b"),
    # "on the 12th": a day of the current month (or the previous one, when the 12th is still to come)
    # (a day, not "on the 18th hole"/"the 12th floor": punctuation or a linking word follows)
    ("day_of_month", r"\bon\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|"
                     r"when|at|in|near|after|before|but|as|while|with|from|to|by|this|last|local|of\s+(?:this|"
                     r"last|that|the)\s+month)\b)"),
    # a day told relative to the date just mentioned ("the same day", "hours later", "the next morning"):
    # resolved against the previous dated expression in the text, not the publication
    ("anaphoric_day", r"\b(?:(?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|"
                      r"later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)|later\s+in\s+the\s+day|"
                      r"(?:on\s+)?that\s+(?:day|morning|afternoon|evening|night)|(?:a\s+few\s+|several\s+)?hours\s+(?:later|earlier)|"
                      r"earlier\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)|earlier\s+in\s+the\s+day)|"
                      r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+later)|"
                      r"(?P<prev>(?:on\s+)?the\s+(?:day|night|evening)\s+before|(?:on\s+)?the\s+previous\s+(?:day|night|evening)|"
                      r"a\s+day\s+earlier)|"
                      # "two days earlier", "a week later": counted from the day just told (not "a week after the
                      # army killed ...", a clause of its own)
                      r"(?P<count>(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                      r"(?P<dir>earlier|later)))\b"),
    ("relative_day", r"\b(?P<rel>yesterday|today|tonight|last night|this morning|earlier today|overnight)\b"),
    # a month or a year told relative to the one just mentioned ("arrived in July 2021 and retook the town the
    # following month", "two years later"): resolved against the previous dated expression, like "the next day"
    ("anaphoric_period", r"\b(?:(?:in|during|by)\s+)?(?:the\s+(?P<dir1>following|previous|preceding)\s+"
                         r"(?P<unit1>month|year)|the\s+(?P<unit3>month|year)\s+(?P<dir3>before|after)(?!\s+(?:the|a|an|its|"
                         r"their|his|her)\b)|(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(?P<unit2>months?|years?)\s+(?P<dir2>later|earlier))\b"),
    # "over the weekend", "last weekend": the latest Saturday and Sunday up to the publication
    ("weekend", r"\b(?:(?:over|during|on|at)\s+)?(?P<rel>the|last|this|past)\s+weekend\b"),
    # ("earlier this month": kept in the match, one thing that happened within the period, not a total over it)
    ("relative_period", r"\b(?:earlier\s+(?=this\s))?(?P<rel>last|past|this|previous)\s+(?P<unit>week|month|year)\b"
                        # "earlier in the week", "earlier in the month": of the publication's week or month, up to it
                        r"|\bearlier\s+in\s+the\s+(?P<unit2>week|month|year)\b"),
    ("cumulative", r"\b(?:to date|so far|since the start of|in total|a total of|altogether)\b"),
]]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    kind: str  # date | time | range | period | cumulative
    date: str | None = None
    date_end: str | None = None
    time: str | None = None  # HH:MM local time of the article
    precision: str | None = None  # day | part_of_day | month | year | years | week | minute
    since: bool = False  # "since 0915 hours": a start, the state holds afterwards
    offset: int = 0  # "the next day": days after the date it refers to (kind "anaphoric" until resolved)
    unit: str = "day"  # what `offset` counts: "day", or "month"/"year" ("the following month", "two years later")


def parse_published(published: str | None) -> dt.datetime | None:
    if not published:
        return None
    try:
        return dt.datetime.fromisoformat(published)
    except ValueError:
        return None


def find_timexes(text: str, published: dt.datetime | None) -> list[Timex]:
    """All temporal expressions in `text`, longest first where they overlap, resolved against `published`."""
    ref = published.date() if published else None
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    shifted: set[int] = set()  # clock times put on the day before the publication's, being later than it
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            before = text[max(0, m.start() - 70):m.start()].lower()
            future = name in _DIRECTED and _future(text, m)
            tx = _resolve(name, m, ref, future=future)
            if tx is None:
                continue
            # "since 0915 hours", "since the February 2021 coup", "since early March": a start, the state holds on
            tx.since = (bool(_SINCE.search(before)) or m.group(0).lower().startswith("since")) \
                and not _WHEN_AFTER.match(text, m.end())  # "since September 2023, when gunmen attacked ...": then
            if tx.kind == "time" and published and (m.groupdict().get("tz") or m.groupdict().get("tz2")) \
                    and published.tzinfo is not None:
                if _from_utc(tx, published, future):
                    shifted.add(id(tx))
            elif tx.kind == "time" and published and tx.date == ref.isoformat() and not future \
                    and tx.time > published.strftime("%H:%M") and published.time() != dt.time(0):
                # a clock time later than the publication is the previous day's
                tx.date = (ref - dt.timedelta(days=1)).isoformat()
                shifted.add(id(tx))
            found.append(tx)
            taken.append((m.start(), m.end()))
    found = _entries_after_publication(text, sorted(found, key=lambda t: t.start), shifted, published)
    return _anchor(_without_entry_clocks(text, found), text, ref)


ENTRY_AFTER_HOURS = 6  # how soon after a live blog's publication its first entry stamp may come


def _entries_after_publication(text: str, found: list[Timex], shifted: set[int],
                               published: dt.datetime | None) -> list[Timex]:
    """A live blog whose every entry stamp is later than its publication time, the earliest within
    ENTRY_AFTER_HOURS of it, was published first and updated through the day (the "Published 08:05" of a blog
    with entries at 09:40 and 11:15): its entries are of the publication's day, not of the day before, as a lone
    clock time later than the publication would be. (Stamps all far later than the publication, "22:10 ¶ ...
    23:40 ¶ ..." in a story published at 07:30, are the evening before's timeline.)"""
    stamps = _entry_stamps(text, found)
    if published is None or len(stamps) < 2 or not all(id(st) in shifted for st in stamps):
        return found
    moved = [dt.datetime.combine(dt.date.fromisoformat(st.date) + dt.timedelta(days=1),
                                 dt.time.fromisoformat(st.time)) for st in stamps]
    if min(moved) - published.replace(tzinfo=None) > dt.timedelta(hours=ENTRY_AFTER_HOURS):
        return found
    for st, when in zip(stamps, moved):
        st.date = when.date().isoformat()
    return found


def entry_bounds(text: str, published: dt.datetime | None = None) -> list[tuple[int, int]]:
    """A live blog's entries, (start, end) of each, from its stamp ("09:40 GMT" opening a paragraph) to the next
    stamp; [] for a text that is no live blog (fewer than two stamps). What an entry reports, its sentences and
    its time, stay inside it: a later entry (a denial posted hours after) is another unit of text."""
    found = sorted((t for name, pattern in PATTERNS if name in _CLOCKS for m in pattern.finditer(text)
                    if (t := _resolve(name, m, published.date() if published else None)) is not None),
                   key=lambda t: t.start)
    stamps = _entry_stamps(text, found)
    if len(stamps) < 2:
        return []
    starts = sorted({st.start for st in stamps})
    if len(starts) < 2:
        return []
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]


_CLOCKS = ("military_time", "clock_time", "ampm_time")


# a clock time opening a paragraph, alone on its line or followed by a dash or a colon: a live blog's entry stamp
_STAMP_AFTER = re.compile(r"[ \t]*(?:\r?\n|[-–—:|])")


def _entry_stamps(text: str, found: list[Timex]) -> list[Timex]:
    # (entries run together with no blank line between them are no paragraphs of their own: left as they are)
    return [t for t in found if t.kind == "time" and (t.start == 0 or re.search(r"\n[ \t]*\n[ \t]*$",
                                                                                text[max(0, t.start - 8):t.start]))
            and _STAMP_AFTER.match(text, t.end)]


def _without_entry_clocks(text: str, found: list[Timex]) -> list[Timex]:
    """Drop the stamp of a live blog's entry that tells a day, a part of the day or a clock time of its own
    ("08:40 GMT ¶ An overnight attack ...", "18:05 ¶ ... struck Kharkiv at about 15:20"): the stamp is when the
    entry was posted, and what it reports has a time of its own or none."""
    stamps = _entry_stamps(text, found)
    if len(stamps) < 2:
        return found  # one clock time at a line's start is no live blog
    words = load_yaml("time.yaml").get("entry_own_time_words") or []
    own = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)
    drop = set()
    for i, st in enumerate(stamps):
        end = stamps[i + 1].start if i + 1 < len(stamps) else len(text)
        if own.search(text, st.end, end) or any(t.kind == "time" and st.end < t.start < end for t in found):
            drop.add(id(st))
    return [t for t in found if id(t) not in drop]


# what is still to come: "a truce starting on Friday", "talks will resume on Monday", "from Friday"
_FORWARD_LEAD = re.compile(r"\b(?:starting|beginning|effective|as\s+from|from|scheduled\s+for|set\s+for|"
                           r"planned\s+for|due\s+on|expected\s+on|until\s+next)\s+(?:on\s+|from\s+)?$")
_FUTURE_VERB = re.compile(r"\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to|"
                          r"plans?\s+to|intends?\s+to)\b|\w['’]ll\b")
_REPORTED = re.compile(r"\b(?:said|says|told|reported|announced|according|added|confirmed|claimed)\b")
_PAST_AUX = re.compile(r"\b(?:has|have|had|was|were|been)\b")
_RANGE_AFTER = re.compile(r"^(?:['’]s)?\s*(?:to|until|till|through|and|-|–)\s", re.I)


_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
_DIRECTED = frozenset({"weekday", "part_of_weekday", "weekday_pair", "day_of_month", "military_time", "clock_time", "ampm_time"})  # ahead or back


def _future(text: str, m: re.Match) -> bool:
    """Whether the expression names a time still to come: led by "starting", "from" (not "from Friday to
    Sunday", a past range), "scheduled for"; or governed by a future verb earlier in its sentence ("will",
    "is due to"), with no reporting verb ("said") between that verb and the expression."""
    start = m.start()
    if m.group(0).endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end()):
        return False  # "Monday's attack", "Monday night's debate": a thing that has happened
    lead = text[max(0, start - 40):start].lower()
    sentence = re.split(r"[.!?;\n](?=\s)", text[max(0, start - 120):start])[-1].lower()
    if _FORWARD_LEAD.search(lead):
        # "from Friday to Sunday" is a range, "from Friday's attack" a thing that has happened, and "fighting
        # has gone on from Sunday" a start in the past
        return not (re.search(r"\bfrom\s+(?:on\s+)?$", lead) and (
            _RANGE_AFTER.match(text[m.end():m.end() + 12]) or _PAST_AUX.search(sentence)))
    verbs = list(_FUTURE_VERB.finditer(sentence))
    return bool(verbs) and not _REPORTED.search(sentence[verbs[-1].end():])


def _from_utc(tx: "Timex", published: dt.datetime, future: bool) -> bool:
    """A time told in GMT/UTC → the article's local time and day (the publication's UTC offset); True when it
    was put on the day before the publication's, being later than it."""
    hh, mm = map(int, tx.time.split(":"))
    utc = published.astimezone(dt.timezone.utc)
    when = dt.datetime.combine(utc.date(), dt.time(hh, mm), tzinfo=dt.timezone.utc)
    if published.time() == dt.time(0):  # only the day is known: the time is on that (local) day
        when = dt.datetime.combine(published.date(), dt.time(hh, mm), tzinfo=dt.timezone.utc)
    elif when > utc and not future:
        when -= dt.timedelta(days=1)  # later than the publication: the previous day's
    elif when < utc - dt.timedelta(hours=12) and future:
        when += dt.timedelta(days=1)
    local = when.astimezone(published.tzinfo)
    tx.date, tx.time = local.date().isoformat(), local.strftime("%H:%M")
    return when < dt.datetime.combine(utc.date(), dt.time(hh, mm), tzinfo=dt.timezone.utc)  # put a day back


_SINCE = re.compile(r"\bsince\s+(?:(?:the|last|early|late|mid|mid-|this|its|their)\s+)?$"
                    # "since the disputed election in July 2024", "since the coup of February 2021"
                    r"|\bsince\s+(?:the|a|its|their)\s+(?:[\w'’-]+\s+){1,3}(?:(?:in|of|on)\s+)?$"
                    # "since the protests began on July 1", "since fighting broke out in April"
                    r"|\bsince\b[^.;:]{0,40}?\b(?:began|begun|started|erupted|broke\s+out|took\s+over|seized\s+power)"
                    r"\s+(?:on\s+|in\s+)?$")

ANCHOR_CHARS = 1500  # how far back "the same day" looks for the date it refers to


# "the UN said on Monday", "officials told reporters on Tuesday": the day a statement was made is no day an event
# of the story is told on, and not what "the following day" counts from
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}|reported|announced|stated|added|confirmed|"
                          r"declared|claimed)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$"
                          # "claimed the assault in a statement on Sunday" (session 18)
                          r"|\bin\s+an?\s+(?:statement|communiqu[eé]|video|post|message|briefing)\s+"
                          r"(?:(?:issued|released|posted|published|given)\s+)?(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.I)


def _anchor(found: list[Timex], text: str = "", ref: dt.date | None = None) -> list[Timex]:
    """Resolve "the same day", "the next day", "hours later" against the closest dated expression before
    them (day precision), within ANCHOR_CHARS, not a day a statement was made on ("said on Monday"); drop them
    when there is none. "The following month", "a year later" count from the closest month, year or day told
    before them (from the publication when none was)."""
    out: list[Timex] = []
    last: Timex | None = None
    dated: Timex | None = None  # the closest day, month or year told so far
    for tx in found:
        if tx.kind == "anaphoric" and tx.unit != "day":
            base = dated.date if dated is not None and tx.start - dated.end <= ANCHOR_CHARS else \
                (ref.isoformat() if ref else None)
            if base is not None and _shift_period(tx, dt.date.fromisoformat(base)):
                out.append(tx)
                dated = tx
            continue
        if tx.kind in ("date", "period") and tx.date and not tx.since and tx.precision in (
                "day", "part_of_day", "month", "year"):
            dated = tx
        if tx.kind == "anaphoric":
            if last is not None and tx.start - last.end <= ANCHOR_CHARS and (
                    not last.date_end or last.precision != "day" or tx.offset != 0):
                # ("the same day" after a run of days names none of them; "a day earlier" is before its first,
                # "the next day" after its last)
                base = dt.date.fromisoformat(last.date_end if last.date_end and last.precision == "day"
                                             and tx.offset > 0 else last.date)
                tx.date = (base + dt.timedelta(days=tx.offset)).isoformat()
                if "night" in tx.text.lower():
                    tx.date_end = (base + dt.timedelta(days=tx.offset + 1)).isoformat()
                tx.kind = "date"
                out.append(tx)
                last = tx
            continue
        if tx.kind == "date" and tx.date and tx.precision in ("day", "part_of_day") and (
                not tx.date_end or tx.precision == "day" and not tx.since) \
                and not (last is not None and text and _SAID_BEFORE.search(text, max(0, tx.start - 40), tx.start)):
            last = tx  # (a run of days, "on Thursday and Friday": counted from its first or its last day)
        out.append(tx)
    return out


def _shift_period(tx: Timex, base: dt.date) -> bool:
    """Put an anaphoric month or year ("the following month") `tx.offset` units from the one `base` lies in."""
    if tx.unit == "month":
        index = base.year * 12 + base.month - 1 + tx.offset
        year, month = divmod(index, 12)
        if not 1 <= year <= 9999:
            return False
        tx.date = dt.date(year, month + 1, 1).isoformat()
        tx.date_end = dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1]).isoformat()
    else:
        year = base.year + tx.offset
        if not 1 <= year <= 9999:
            return False
        tx.date, tx.date_end = f"{year:04d}-01-01", f"{year:04d}-12-31"
    tx.kind, tx.precision = "period", tx.unit
    return True


def _resolve(name: str, m: re.Match, ref: dt.date | None, *, future: bool = False) -> Timex | None:
    g = m.groupdict()
    tx = Timex(m.start(), m.end(), m.group(0), "date")
    try:
        if name == "date_numeric":
            a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
            readings = [dt.date(year, mo, d) for d, mo in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31
                        and d <= calendar.monthrange(year, mo)[1]]
            if not readings:
                return None
            if len(readings) == 2 and readings[0] != readings[1] and ref is not None:
                # "05/04/2025" both ways: the reading on or before the publication, the nearer to it
                past = [r for r in readings if r <= ref]
                readings = [max(past)] if past else readings
            tx.date, tx.precision = readings[0].isoformat(), "day"
            return tx
        if name in ("part_of_date", "date_mdy", "date_dmy", "date_range", "date_span"):
            month = MONTH_NAMES[(g.get("m") or g.get("m1") or g.get("m2")).lower().rstrip(".")]
            day = int(re.match(r"\d+", g.get("d") or g.get("d1") or g.get("d2")).group(0))
            given = g.get("y") or g.get("y1") or g.get("y2")
            year = int(given) if given else _infer_year(month, day, ref)
            if year is None:
                return None
            tx.date = dt.date(year, month, day).isoformat()
            tx.precision = "part_of_day" if name == "part_of_date" else "day"
            last = g.get("e") or g.get("e1") or g.get("e2")  # "the night of September 12-13"
            if last and int(re.match(r"\d+", last).group(0)) > day:
                tx.date_end = dt.date(year, month, int(re.match(r"\d+", last).group(0))).isoformat()
        elif name == "iso_date":
            tx.date = dt.date(int(g["y"]), int(g["mo"]), int(g["d"])).isoformat()
            tx.precision = "day"
        elif name == "month_year":
            month, year = MONTH_NAMES[g["m"].lower().rstrip(".")], int(g["y"])
            tx.date = dt.date(year, month, 1).isoformat()
            tx.date_end = dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
            tx.kind, tx.precision = "period", "month"
        elif name == "month_only":
            if ref is None:
                return None
            month = MONTH_NAMES[g["m"].lower().rstrip(".")]
            year = ref.year if month <= ref.month else ref.year - 1
            if (g.get("last") or g.get("last2")) and month == ref.month:
                year = ref.year - 1  # "last March" told in March: a year before
            ry = (g.get("ry") or "").lower()
            if ry.endswith("previous") or ry == "last":
                year = ref.year - 1
            elif ry == "this":
                year = ref.year
            tx.date = dt.date(year, month, 1).isoformat()
            tx.date_end = dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
            tx.kind, tx.precision = "period", "month"
        elif name == "year_range":
            tx.date, tx.date_end = f"{g['y1']}-01-01", f"{g['y2']}-12-31"
            tx.kind, tx.precision = "range", "years"
        elif name in ("year", "year_named"):
            tx.date, tx.date_end = f"{g['y']}-01-01", f"{g['y']}-12-31"
            tx.kind, tx.precision = "period", "year"
        elif name in ("military_time", "clock_time", "ampm_time"):
            hh, mm = int(g["hh"]), int(g.get("mm") or 0)
            ap = (g.get("ap") or "").lower()
            if name == "clock_time" and not ap and m.group(0).count(".") and hh > 12:
                return None
            if ap == "p" and hh < 12:
                hh += 12
            elif ap == "a" and hh == 12:
                hh = 0
            tx.kind, tx.time, tx.precision = "time", f"{hh:02d}:{mm:02d}", "minute"
            tx.date = ref.isoformat() if ref else None
        elif name == "weekday":
            if ref is None:
                return None
            wd, pre = WEEKDAYS[g["wd"].lower()], (g.get("pre") or "").lower()
            back = (ref.weekday() - wd) % 7
            if pre == "next":  # "next Friday": the coming one, never the day of publication
                tx.date = (ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)).isoformat()
            elif pre == "this":  # "this Sunday": that day of the publication's week (Monday to Sunday)
                tx.date = (ref + dt.timedelta(days=wd - ref.weekday())).isoformat()
            elif future and pre not in ("last", "since"):  # "a truce starting on Friday", "talks will resume on Monday"
                tx.date = (ref + dt.timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
            else:  # "on Thursday" in a report of Friday; "last Friday" in a report of a Friday is a week back
                tx.date = (ref - dt.timedelta(days=back or (7 if pre == "last" else 0))).isoformat()
            tx.precision = "part_of_day" if g.get("part") or pre in ("early", "late") else "day"
        elif name == "part_of_weekday":
            if ref is None:
                return None
            wd, back = WEEKDAYS[g["wd"].lower()], (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
            if future and not g.get("last"):
                tx.date = (ref + dt.timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
            else:
                tx.date = (ref - dt.timedelta(days=back or (7 if g.get("last") else 0))).isoformat()
            tx.precision = "part_of_day"
        elif name == "weekday_pair":
            if ref is None:
                return None
            wd, wd2 = WEEKDAYS[g["wd"].lower()], WEEKDAYS[g["wd2"].lower()]
            span = (wd2 - wd) % 7
            if span == 0:
                return None
            if future:
                start = ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
            else:  # the latest such run of days over by the publication
                start = ref - dt.timedelta(days=(ref.weekday() - wd2) % 7 + span)
            tx.date, tx.date_end = start.isoformat(), (start + dt.timedelta(days=span)).isoformat()
            tx.precision = "day"
        elif name == "days_ago":
            if ref is None:
                return None
            n = _count(g["n"])
            unit = g["unit"].lower()
            tx.date = (ref - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))).isoformat()
            tx.precision = "week" if unit.startswith("week") else "day"
        elif name == "recent_hours":
            if ref is None:
                return None
            n = _count(g["n"])
            days = max(1, -(-n // 24)) if g["unit"].lower().startswith("hour") else n
            tx.kind, tx.precision = "period", "day"
            tx.date, tx.date_end = (ref - dt.timedelta(days=days)).isoformat(), ref.isoformat()
        elif name == "night_into":
            if ref is None:
                return None
            if g.get("wd3") or g.get("wd4"):  # "overnight Tuesday" (its night), "overnight into Wednesday" (the one before)
                first = WEEKDAYS[g["wd3"].lower()] if g.get("wd3") else (WEEKDAYS[g["wd4"].lower()] - 1) % 7
                g = {"wd": calendar.day_name[first], "wd2": calendar.day_name[(first + 1) % 7]}
            wd, wd2 = WEEKDAYS[g["wd"].lower()], WEEKDAYS[g["wd2"].lower()]
            if (wd2 - wd) % 7 != 1:
                return None
            end = ref - dt.timedelta(days=(ref.weekday() - wd2) % 7)  # the latest such morning up to publication
            tx.date, tx.date_end = (end - dt.timedelta(days=1)).isoformat(), end.isoformat()
            tx.precision = "part_of_day"
        elif name == "day_of_month":
            if ref is None:
                return None
            day, first = int(g["d"]), ref.replace(day=1)
            if future and day < ref.day:
                first = (first + dt.timedelta(days=32)).replace(day=1)  # the next month's
            elif not future and day > ref.day:
                first = (first - dt.timedelta(days=1)).replace(day=1)  # the previous month's
            tx.date = first.replace(day=day).isoformat()
            tx.precision = "day"
        elif name == "anaphoric_day":
            tx.kind = "anaphoric"
            tx.offset = 1 if g.get("next") else -1 if g.get("prev") else 0
            if g.get("count"):  # "two days earlier", "a week later"
                n = _count(g["n"]) * (7 if g["unit"].lower().startswith("week") else 1)
                tx.offset = n if g["dir"].lower() == "later" else -n
            text = m.group(0).lower()
            tx.precision = "part_of_day" if re.search(r"morning|afternoon|evening|night", text) else "day"
        elif name == "anaphoric_period":
            tx.kind = "anaphoric"
            tx.unit = (g.get("unit1") or g.get("unit2") or g.get("unit3")).lower().rstrip("s")
            back = (g.get("dir1") or g.get("dir2") or g.get("dir3")).lower() in ("previous", "preceding", "earlier",
                                                                                   "before")
            tx.offset = (_count(g["n"]) if g.get("n") else 1) * (-1 if back else 1)
            tx.precision = tx.unit
        elif name == "relative_day":
            if ref is None:
                return None
            rel = g["rel"].lower()
            back = 1 if rel in ("yesterday", "last night", "overnight") else 0
            tx.date = (ref - dt.timedelta(days=back)).isoformat()
            tx.precision = "part_of_day" if " " in rel or rel in ("tonight", "overnight") else "day"
            if rel in ("last night", "overnight"):
                tx.date_end = ref.isoformat()
        elif name == "weekend":
            if ref is None:
                return None
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            if g["rel"].lower() == "last" and ref.weekday() >= 5:
                sat -= dt.timedelta(days=7)  # "last weekend" told on a Saturday or Sunday: the one before
            tx.date, tx.date_end, tx.precision = sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), "day"
        elif name == "relative_period":
            if ref is None:
                return None
            tx.kind = "period"
            tx.date, tx.date_end, tx.precision = _period(ref, (g.get("rel") or "this").lower(),
                                                         (g.get("unit") or g.get("unit2")).lower())
        elif name == "period_start":
            if ref is None:
                return None
            first = ref.replace(month=1, day=1) if g["unit"].lower() == "year" else ref.replace(day=1)
            tx.kind, tx.date, tx.date_end = "period", first.isoformat(), ref.isoformat()
            tx.precision = "year" if g["unit"].lower() == "year" else "month"
        elif name == "cumulative":
            tx.kind, tx.precision = "cumulative", "cumulative"
            tx.date_end = ref.isoformat() if ref else None
    except (ValueError, KeyError):
        return None
    if tx.date and not tx.date_end and tx.precision == "part_of_day" and "night" in m.group(0).lower():
        # "Tuesday night", "the night of May 15": the night runs into the next day
        tx.date_end = (dt.date.fromisoformat(tx.date) + dt.timedelta(days=1)).isoformat()
    return tx


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


def _count(word: str) -> int:
    w = word.lower()
    return _COUNT_WORDS[w] if w in _COUNT_WORDS else int(w)


def _infer_year(month: int, day: int, ref: dt.date | None) -> int | None:
    """A day and month without a year: the closest such date to the publication, preferring the past."""
    if ref is None:
        return None
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        dist = (ref - cand).days
        score = dist if dist >= 0 else -dist * 4  # news reports the past far more than the future
        if best is None or score < best[0]:
            best = (score, year)
    return best[1] if best else None


def _period(ref: dt.date, rel: str, unit: str) -> tuple[str, str, str]:
    if unit == "week":
        start = ref - dt.timedelta(days=ref.weekday() + (7 if rel in ("last", "previous") else 0))
        end = start + dt.timedelta(days=6) if rel in ("last", "previous") else ref
        if rel == "past":
            start, end = ref - dt.timedelta(days=7), ref
        return start.isoformat(), end.isoformat(), "week"
    if unit == "month":
        if rel in ("last", "previous"):
            end = ref.replace(day=1) - dt.timedelta(days=1)
            return end.replace(day=1).isoformat(), end.isoformat(), "month"
        if rel == "past":
            return (ref - dt.timedelta(days=30)).isoformat(), ref.isoformat(), "month"
        return ref.replace(day=1).isoformat(), ref.isoformat(), "month"
    if rel in ("last", "previous"):
        return f"{ref.year - 1}-01-01", f"{ref.year - 1}-12-31", "year"
    if rel == "past":
        return (ref - dt.timedelta(days=365)).isoformat(), ref.isoformat(), "year"
    return f"{ref.year}-01-01", ref.isoformat(), "year"


for _name, _default in (("published", None), ("timexes", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.factory("sitrep_time", assigns=["doc._.timexes"], requires=["doc._.published"])
def make_time_component(nlp: Language, name: str) -> "TimeTagger":
    return TimeTagger()


class TimeTagger:
    """Sets `doc._.timexes` from `doc._.published` (an ISO 8601 string, or None)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_timexes(_dc.text(doc), parse_published(doc._.published))
        return doc
