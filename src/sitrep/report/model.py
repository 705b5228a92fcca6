"""The data a situation report is made of: everything counted from the store, before any rendering.

Renderers (`html.py`, `markdown.py`) only format what is here; nothing they print is computed by them, so
the counts a test checks against the store are the counts a reader sees.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def fmt_num(x: float | int | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def count(n: float | int | None, noun: str, plural: str | None = None) -> str:
    """ "1 article", "3 articles", "1,200 outlets"."""
    return f"{fmt_num(n)} {noun if n == 1 else plural or noun + 's'}"


@dataclass
class Span:
    """A figure's spread. `high is None` means open-ended ("at least")."""
    low: float | None = None
    best: float | None = None
    high: float | None = None
    approximate: bool = False
    n: int = 0  # how many reported figures went into it
    top: float | None = None  # open-ended spans: the highest figure reported ("3 to at least 7")

    @classmethod
    def of(cls, low, best, high, approximate: bool = False) -> "Span":
        lo = low if low is not None else best
        if high is None and low is None:
            high = best  # a bare figure ("five") is exact
        return cls(lo, best, high, bool(approximate), 1)

    @property
    def open(self) -> bool:
        return self.high is None

    def __add__(self, other: "Span") -> "Span":
        if not self.n:
            return other
        if not other.n:
            return self
        def add(a, b):
            return None if a is None or b is None else a + b
        high = add(self.high, other.high)
        top = None if high is not None else add(self.upper, other.upper)
        return Span(add(self.low, other.low), add(self.best, other.best), high,
                    self.approximate or other.approximate, self.n + other.n, top)

    @property
    def upper(self) -> float | None:
        """The highest figure actually reported (for an open span, its floor or `top`)."""
        if self.high is not None:
            return self.high
        return self.top if self.top is not None else self.low

    @staticmethod
    def across(spans: list["Span"]) -> "Span":
        """The spread of several accounts of the same thing: the lowest low to the highest high."""
        spans = [s for s in spans if s.n]
        if not spans:
            return Span()
        lows = [s.low for s in spans if s.low is not None]
        tops = [(s.upper, s.open) for s in spans if s.upper is not None]
        top = max((t for t, _ in tops), default=None)
        is_open = top is None or any(o for t, o in tops if t == top)
        bests = {s.best for s in spans}
        return Span(min(lows) if lows else None, bests.pop() if len(bests) == 1 else None,
                    None if is_open else top, any(s.approximate for s in spans), sum(s.n for s in spans),
                    top if is_open else None)

    def overlaps(self, other: "Span") -> bool:
        if self.low is None or other.low is None:
            return True
        a_hi = float("inf") if self.high is None else self.high
        b_hi = float("inf") if other.high is None else other.high
        return self.low <= b_hi and other.low <= a_hi

    def text(self) -> str:
        """The spread in words: a range stays a range, an open figure says 'at least'."""
        if not self.n or self.low is None:
            return "no figure"
        lo = fmt_num(self.low)
        if self.high is None:
            s = f"{lo} to at least {fmt_num(self.top)}" if self.top is not None and self.top > self.low \
                else f"at least {lo}"
        elif self.high == self.low:
            s = ("about " if self.approximate else "") + lo
        else:
            s = f"{lo}–{fmt_num(self.high)}"
        if self.best is not None and self.best != self.low and self.best != self.high:
            s += f" (best estimate {fmt_num(self.best)})"
        return s


@dataclass
class Ref:
    """One piece of evidence: a span of a stored document, quoted in the appendix."""
    id: str  # HTML anchor, "ev-12"
    doc_id: str
    start: int
    end: int
    text: str  # the span as stored (replaced by the document's own text when it is loaded)
    event_id: str | None = None
    claim_id: str | None = None
    before: str = ""
    after: str = ""
    outlet: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass
class Side:
    """Who a figure or a claim comes from: a country (ISO alpha-3) when known, else the speaker or outlet."""
    key: str
    label: str
    country: str | None = None
    names: list[str] = field(default_factory=list)
    attributed: bool = True  # False: the outlet's own narration, no speaker named


@dataclass
class Figure:
    kind: str
    span: Span
    text: str
    item: str | None
    event_id: str
    doc_id: str
    ref: str  # Ref.id; "" until the report prints the figure
    side: Side
    cumulative: bool = False
    start: int | None = None
    end: int | None = None


@dataclass
class SideTotal:
    side: Side
    span: Span
    events: int
    figures: list[Figure] = field(default_factory=list)  # the first `Report.limit // 3` (at least 3)
    n_figures: int = 0


@dataclass
class Account:
    """One document's version of an incident."""
    doc_id: str
    outlet: str | None
    published: str | None
    title: str | None
    event_ids: list[str]
    what: list[str]
    where: list[str]
    when: list[str]
    status: list[str]
    speakers: list[str]
    sides: list[Side]
    figures: list[Figure]
    refs: list[str]  # the events' evidence
    fatalities: Span = field(default_factory=Span)


@dataclass
class Contradiction:
    kind: str  # figures | status | denial | other
    text: str
    refs: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    sides: list[tuple[str, list[tuple[str, str | None]]]] = field(default_factory=list)  # value → (who, ref)


@dataclass
class Incident:
    id: str
    title: str
    date: str | None
    date_end: str | None
    event_type: str | None
    location: str | None
    event_ids: list[str]
    accounts: list[Account]
    fatalities: Span
    fatality_sides: list[str]  # side labels the fatality figures come from
    contradictions: list[Contradiction] = field(default_factory=list)
    accounts_total: int = 0
    origin: str = "event"  # merge | grouped | event
    copies: int = 0  # documents that are copies of a source listed (syndicated, re-posted): not accounts

    @property
    def sources_text(self) -> str:
        """ "3 sources", "1 source (and 9 copies of it)"."""
        text = count(self.accounts_total, "source")
        if self.copies:
            text += f" (and {count(self.copies, 'copy', 'copies')} of {'it' if self.accounts_total == 1 else 'them'})"
        return text


@dataclass
class Response:
    by: str
    by_country: str | None
    stance: str
    text: str
    ref: str


@dataclass
class ClaimEntry:
    id: str
    claimant: str | None
    claimant_country: str | None
    stance: str
    text: str
    ref: str
    doc_id: str
    outlet: str | None
    published: str | None
    event_id: str | None
    responses: list[Response]
    verdict: str  # denied | denial | confirmed | unconfirmed | other sources (its incident has other reports)


@dataclass
class DocSource:
    doc_id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    events: int
    claims: int
    speakers: list[str]
    ref: str | None = None


@dataclass
class Point:
    lon: float
    lat: float
    event_type: str | None
    event_id: str
    label: str
    ref: str | None = None


@dataclass
class IndexEntry:
    event_id: str
    date: str | None
    event_type: str | None
    sub_event_type: str | None
    location: str | None
    status: str | None
    fatalities: Span
    outlet: str | None
    ref: str


@dataclass
class Report:
    filters: dict[str, Any]
    generated: str
    ui_base: str | None
    n_events: int
    n_documents: int
    n_outlets: int  # distinct outlets named by the documents
    n_claims: int
    n_mapped: int
    first_date: str | None
    last_date: str | None
    undated: int
    by_type: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    fatalities_reports: Span  # every fatality figure as reported, summed (may count an incident twice)
    fatalities: Span  # per incident: lowest to highest report, summed over incidents
    fatality_events: int
    cumulative: list[Figure]  # running totals, never summed
    by_side: list[SideTotal]
    points: list[Point]
    timeline: dict[str, dict[str, int]]  # day -> ACLED type -> events
    incidents: list[Incident]
    incidents_total: int
    incident_origin: str  # merge | grouped
    contradictions_total: int
    claims: list[ClaimEntry]
    claims_total: int
    verdicts: dict[str, int]
    sources: list[DocSource]
    sources_total: int
    index: dict[str, list[IndexEntry]]  # ACLED type -> events shown (capped)
    refs: dict[str, Ref]
    notes: list[str]
    limit: int = 25
    n_no_outlet: int = 0  # documents that name no outlet (not counted as outlets)

    @property
    def by_outlets(self) -> str:
        """What follows "12 articles": "by 3 outlets", "by 3 outlets (5 with no outlet named)", "(no outlet
        named)"; a document that names no outlet is not an outlet of its own."""
        if not self.n_outlets:
            return "(no outlet named)" if self.n_documents else ""
        return f"by {count(self.n_outlets, 'outlet')}" + (
            f" ({fmt_num(self.n_no_outlet)} with no outlet named)" if self.n_no_outlet else "")

    @property
    def title(self) -> str:
        where = self.filters.get("country") or ("selected area" if self.filters.get("bbox") else None)
        period = (f"{self.first_date} to {self.last_date}" if self.first_date and self.first_date != self.last_date
                  else self.first_date or ("no events" if not self.n_events else "no dated events"))
        return "Situation report" + (f": {where}" if where else "") + f", {period}"

    def ui_event(self, event_id: str) -> str | None:
        from urllib.parse import quote

        return f"{self.ui_base.rstrip('/')}/#/event/{quote(event_id, safe='')}" if self.ui_base else None

    def ui_list(self, **params) -> str | None:
        from urllib.parse import urlencode

        if not self.ui_base:
            return None
        keys = {k: self.filters.get(k) for k in ("since", "until", "country")}
        keys.update(params)
        q = urlencode({k: v for k, v in keys.items() if v})
        return f"{self.ui_base.rstrip('/')}/#/" + (f"?{q}" if q else "")
