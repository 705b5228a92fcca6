"""The records sitrep produces, and the `sitrep/1` JSON they serialise to.

Every record that points into the article keeps `start`/`end` character offsets into `Document.text`.
This module imports nothing else from sitrep, so every stage and every consumer can share it.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "sitrep/1"


def content_hash(text: str) -> str:
    """Stable id of a text: re-ingesting the same body is recognised by this."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_key(raw: bytes | str) -> str:
    """`Document.source` of the raw input a document was read from."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw).hexdigest()


@dataclass
class Document:
    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO 8601 with the source's own UTC offset
    author: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, for error messages
    dateline: str | None = None  # "YEREVAN" in "YEREVAN, Sept 13 (Reuters) -": where the report was filed
    dateline_start: int = 0  # offset where the dateline starts in `text` (after a headline kept in the text)
    dateline_end: int = 0  # offset where the dateline ends in `text`; 0 for none
    warnings: list[str] = field(default_factory=list)  # what reading it could not settle ("14:05 IST": which zone?)
    # SHA-256 of the bytes it was read from (a file, a JSONL line, a feed entry's id): the same input read again by
    # a sitrep whose reading changed gives another `text` (and `id`), and the store recognises it by this key
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)[:16]

    @property
    def hash(self) -> str:
        """SHA-256 of the text; remembered for the text object it was computed from (ingest reads it often)."""
        memo = self.__dict__.get("_hash_memo")
        if memo is None or memo[0] is not self.text:
            memo = self.__dict__["_hash_memo"] = (self.text, content_hash(self.text))
        return memo[1]

    def to_json(self) -> dict[str, Any]:
        keys = ("id", "title", "published", "author", "outlet", "language", "url", "dateline", "text")
        return {k: getattr(self, k) for k in keys}


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None  # GeoNames code: PPL, PPLA, ADM1, ADM2, PCLI...
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # town | district | province | country | region
    confidence: float | None = None
    alternatives: list[dict[str, Any]] = field(default_factory=list)

    def as_location(self) -> dict[str, Any]:
        loc = {"name": self.name, "geonameid": self.geonameid, "country": self.country,
               "lat": self.lat, "lon": self.lon, "precision": self.precision,
               "feature_code": self.feature_code, "text": self.text, "start": self.start, "end": self.end}
        if self.geonameid is None and self.admin1 and self.precision != "country":
            # a village the gazetteer lacks, placed in a province: the province's GeoNames code, which an export
            # cannot look up by id ("Naulala" in Niassa: the CSV's admin1 column)
            loc["admin1"] = self.admin1
        return loc


@dataclass
class Actor:
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # MIL, GOV, BGD (border guard), POL, REB, MLT, CVL, PRO, MED, IGO...
    role: str | None = None  # actor1 | actor2 | associated
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None or k in ("country", "sector")}


@dataclass
class Quantity:
    kind: str  # fatalities | injuries | weapons | displaced | arrests | equipment | ...
    text: str
    start: int
    end: int
    item: str | None = None
    low: float | None = None
    best: float | None = None
    high: float | None = None
    approximate: bool = False
    cumulative: bool = False  # a running total ("to date", "a total of"), not the day's figure


@dataclass
class Source:
    name: str
    kind: str  # outlet | agency | ministry | official | media | witness | unnamed | government | military


@dataclass
class Event:
    id: str
    acled: dict[str, Any] = field(default_factory=lambda: {"event_type": None, "sub_event_type": None,
                                                            "interaction": None})
    plover: dict[str, Any] = field(default_factory=lambda: {"event": None, "mode": None, "context": []})
    date: str | None = None
    date_end: str | None = None
    time: str | None = None
    date_precision: str | None = None
    actors: list[Actor] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    status: str = "reported"  # reported | claimed | disputed | denied
    historical: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    trigger: str | None = None
    confidence: float | None = None
    case_label: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["actors"] = [a.to_json() for a in self.actors]
        return out


@dataclass
class Claim:
    id: str
    claimant: dict[str, Any]
    stance: str  # assert | allege | deny | confirm
    text: str
    start: int
    end: int
    event: str | None = None
    locations: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    cue: str | None = None
    sources: list[Source] = field(default_factory=list)
    # "statement", or "call" for a call, appeal or request ("called for an inquiry", "urged both sides to …"):
    # its speaker's words, shown and stored, but never a claim a denial answers or that sets an event's status
    speech_act: str = "statement"


@dataclass
class Record:
    """Everything sitrep extracted from one document."""
    document: Document
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": self.document.to_json(),
            "places": [asdict(p) for p in self.places],
            "events": [e.to_json() for e in self.events],
            "claims": [asdict(c) for c in self.claims],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Record":
        doc = Document(**{k: data["document"].get(k) for k in
                          ("id", "title", "published", "author", "outlet", "language", "url", "dateline", "text")})
        places = [Place(**_known(Place, p)) for p in data.get("places") or []]
        events = []
        for e in data.get("events") or []:
            ev = Event(**_known(Event, e))
            ev.actors = [Actor(**_known(Actor, a)) for a in e.get("actors") or []]
            ev.quantities = [Quantity(**_known(Quantity, q)) for q in e.get("quantities") or []]
            ev.sources = [Source(**_known(Source, s)) for s in e.get("sources") or []]
            ev.evidence = [Evidence(**_known(Evidence, x)) for x in e.get("evidence") or []]
            events.append(ev)
        claims = []
        for c in data.get("claims") or []:
            cl = Claim(**_known(Claim, c))
            cl.sources = [Source(**_known(Source, s)) for s in c.get("sources") or []]
            claims.append(cl)
        return cls(doc, places, events, claims, list(data.get("warnings") or []))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
