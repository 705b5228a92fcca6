"""Do two events describe the same incident? Hard rules (type, place, date, actors) plus a score, with
the reasons kept so every link, and every near miss, can be explained.

Rules
- type: the same ACLED event type (for Strategic developments, a catch-all, the same sub-event type); or
  two of Battles, Explosions/Remote violence and Violence against civilians between the same sides (one
  side's "armed clash" is the other's "shelling" or "attack on civilians").
- place: two towns ≤ TOWN_KM apart; a district matches what lies in it (same ADM2, or ≤ DISTRICT_KM from
  its centre); a province matches what lies in it (same admin1); a country matches anything inside it, and,
  as a country-level place is what an event gets when the report names no place, anything inside the
  countries of either event's actors (a border clash may be placed on either side). An event with no
  place at all is treated the same way: somewhere in its actors' countries.
- date: the date intervals overlap or are one day apart. One day apart is accepted only when one of the
  dates is loose (taken from the publication date, a night ("overnight", "Tuesday night": a two-day range),
  a night-time hour, or a range): two reports that both name different days describe different days of fighting.
- actors: the countries involved (the actors' and the places') overlap: roles may be swapped (each side
  reports the other as the attacker) and one report may name only the attacker, another only the victim;
  unknown actors are compatible with anything.
- one report: two events one report tells on different days, or places in different towns or districts (none
  being, or lying in, one of the other's places, and further apart than SAME_DOC_KM), are two incidents.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

TOWN_KM = 25.0
DISTRICT_KM = 35.0
REGION_KM = 300.0
THRESHOLD = 0.55
WEIGHTS = {"type": 0.3, "place": 0.3, "date": 0.25, "actors": 0.15}
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
SAME_SUB = frozenset({"Strategic developments"})  # a catch-all type: only the same sub-event type matches
# a part of the day ("Thursday morning") names its day; only a night, which runs into the next day, is
# loose, and it comes as a two-day range or a night-time hour
# ("said": the day a statement was made, on or before which the event it tells happened)
RUNNING_APART = True  # a running total never joins an incident
SAME_DOC_DAYS = True  # two events one report dates on different days are two incidents
SAME_DOC_KM = 10.0  # two events one report places in different towns or districts further apart: two incidents
LOOSE_PRECISION = {None, "", "publication", "said", "week", "month", "year", "years"}


@dataclass
class Feat:
    """What the comparison needs from one event."""
    id: str
    doc_id: str
    event_type: str | None
    sub_event_type: str | None
    start: dt.date | None
    end: dt.date | None
    loose_date: bool
    places: list[dict[str, Any]]
    countries: frozenset[str]  # ISO alpha-3 of the actors
    actor1: frozenset[str]
    involved: frozenset[str] = frozenset()  # ISO alpha-2 of the actors and of the places
    key: tuple = field(default=())
    running: bool = False  # a running total ("more than 300 killed since the ceasefire"), not one incident

    @property
    def mergeable(self) -> str | None:
        """None when the event can be merged, else why not."""
        if not self.event_type:
            return "no event type"
        if self.start is None:
            return "no date"
        if not self.places and not self.countries:
            return "no location and no actor country"
        return None


def _date(s: str | None) -> dt.date | None:
    if not s or len(s) < 10:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _precision(loc: dict) -> str:
    p = (loc.get("precision") or "").lower()
    fc = (loc.get("feature_code") or "").upper()
    if p == "region" and loc.get("geonameid") and fc in ("ADM1", "ADM2", "ADM3"):
        # "the Kharkiv region" is a first-level division (its precision word is the text's): it holds what lies
        # in it, not everything within a broad region's radius (the Belgorod region across the border)
        return "province" if fc == "ADM1" else "district"
    if p in ("country", "region", "province", "district", "town"):
        return p
    if fc.startswith("PCL"):
        return "country"
    if fc == "ADM1":
        return "province"
    if fc in ("ADM2", "ADM3"):
        return "district"
    if fc in ("CONT", "RGN", "AREA"):
        return "region"
    return "town"


def features(ev: dict, doc_id: str, published: str | None = None) -> Feat:
    start = _date(ev.get("date"))
    end = _date(ev.get("date_end")) or start
    t = ev.get("time") or ""
    night = bool(t) and (t < "06:00" or t >= "21:00")
    loose = (ev.get("date_precision") in LOOSE_PRECISION or night or (end is not None and end != start))
    places = []
    for loc in ev.get("locations") or []:
        if loc.get("lat") is None or loc.get("lon") is None:
            if not loc.get("country"):
                continue
        places.append({"name": loc.get("name"), "geonameid": loc.get("geonameid"), "country": loc.get("country"),
                       "lat": loc.get("lat"), "lon": loc.get("lon"), "precision": _precision(loc)})
    actors = ev.get("actors") or []
    countries = frozenset(a["country"] for a in actors if a.get("country"))
    actor1 = frozenset(a["country"] for a in actors if a.get("country") and a.get("role") == "actor1")
    acled = ev.get("acled") or {}
    involved = frozenset({_iso2(c) for c in countries} | {p["country"] for p in places if p.get("country")})
    return Feat(ev["id"], doc_id, acled.get("event_type"), acled.get("sub_event_type"), start, end, loose,
                places, countries, actor1, involved, key=order_key(ev, doc_id, published, _coarseness(places)),
                running=ev.get("date_precision") == "cumulative")


RANK = {"town": 0, "district": 1, "province": 2, "region": 3, "country": 4}


def _coarseness(places: list[dict]) -> int:
    return min((RANK.get(p["precision"], 4) for p in places), default=5)


def order_key(ev: dict, doc_id: str, published: str | None, coarseness: int = 0) -> tuple:
    """The canonical processing order: date, then the finest place first (precise reports found incidents,
    vague ones join them), then publication time, document, event number."""
    n = ev["id"].rsplit("-e", 1)[-1]
    return (ev.get("date") or "9999-99-99", coarseness, published or "9999", doc_id, int(n) if n.isdigit() else 0,
            ev["id"])


@lru_cache(maxsize=1024)
def _iso2(iso3: str) -> str | None:
    import pycountry

    from sitrep.store import USER_CODES

    user = {a3: a2 for a2, a3 in USER_CODES.items()}
    if iso3 in user:  # Kosovo: the actors' XKX is GeoNames' XK (ISO 3166-1 has neither)
        return user[iso3]
    c = pycountry.countries.get(alpha_3=iso3) if iso3 and len(iso3) == 3 else None
    return c.alpha_2 if c else iso3


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=65536)
def _admin(geonameid: int | None) -> tuple[str | None, str | None, int | None]:
    """(country, admin1 code, ADM2 index) of a GeoNames feature, from the bundled gazetteer."""
    if not geonameid:
        return None, None, None
    try:
        from ..geo import get_gazetteer

        gaz = get_gazetteer()
        e = gaz.by_id(int(geonameid))
    except Exception:  # no gazetteer: fall back to distances
        return None, None, None
    if e is None:
        return None, None, None
    adm2 = e.idx if e.feature_code in ("ADM2", "ADM3") else gaz.adm2_of(e.idx)
    return e.country, e.admin1, (adm2 if adm2 is not None and adm2 >= 0 else None)


def _place_pair(a: dict, b: dict, dyad: frozenset[str] = frozenset()) -> tuple[bool, float, dict]:
    pa, pb = a["precision"], b["precision"]
    dist = None
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        dist = haversine(a["lat"], a["lon"], b["lat"], b["lon"])
    info = {"a": a.get("name"), "b": b.get("name"), "precision": [pa, pb],
            "distance_km": None if dist is None else round(dist, 1)}
    precisions = {pa, pb}
    if "unknown" in precisions:
        other = b if pa == "unknown" else a
        ok = other.get("country") in dyad or (pa == pb == "unknown")
        info["rule"] = "no place: within the actors' countries" if ok else "no place, outside the actors' countries"
        return ok, 0.1, info
    if "country" in precisions:
        same = bool(a.get("country")) and a.get("country") == b.get("country")
        country, other = (a, b) if pa == "country" else (b, a)
        ok = same or (other.get("country") in dyad and country.get("country") in dyad)
        info["rule"] = ("country contains" if same else "within the actors' countries" if ok
                        else "different countries")
        return ok, 0.3 if same else 0.2, info
    if "region" in precisions:
        ok = dist is not None and dist <= REGION_KM
        info["rule"] = f"region within {REGION_KM:g} km" if ok else f"region over {REGION_KM:g} km"
        return ok, 0.2, info
    if "province" in precisions:
        ca, a1a, _ = _admin(a.get("geonameid"))
        cb, a1b, _ = _admin(b.get("geonameid"))
        ok = a1a is not None and (ca, a1a) == (cb, a1b)
        info["rule"] = "same province" if ok else "different provinces"
        return ok, 0.5, info
    if "district" in precisions:
        _, _, d2a = _admin(a.get("geonameid"))
        _, _, d2b = _admin(b.get("geonameid"))
        if d2a is not None and d2a == d2b:
            info["rule"] = "same district"
            return True, 0.6, info
        ok = dist is not None and dist <= DISTRICT_KM
        info["rule"] = f"district within {DISTRICT_KM:g} km" if ok else f"district over {DISTRICT_KM:g} km"
        return ok, 0.6, info
    ok = dist is not None and dist <= TOWN_KM
    info["rule"] = f"within {TOWN_KM:g} km" if ok else f"over {TOWN_KM:g} km"
    return ok, (max(0.5, 1 - dist / (2 * TOWN_KM)) if ok else 0.0), info


def _same_place(a: dict, b: dict) -> bool | None:
    """Whether two places one report names are one place (or one lies in the other): True, False, or None when the
    gazetteer cannot tell."""
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid"):
        return True
    if a.get("name") and (a.get("name") or "").lower() == (b.get("name") or "").lower():
        return True
    if "district" in (a["precision"], b["precision"]):
        _, _, d2a = _admin(a.get("geonameid"))
        _, _, d2b = _admin(b.get("geonameid"))
        if d2a is not None and d2b is not None:
            return d2a == d2b
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    return haversine(a["lat"], a["lon"], b["lat"], b["lon"]) <= SAME_DOC_KM


def _apart_in_one_report(pa: list[dict], pb: list[dict]) -> str | None:
    """Two events of one report, each placed in a town or district, none of one's places being (or lying in)
    one of the other's: the report tells two incidents (a report that retells one event names its place
    again). The places named, else None. Coarser places (a province, a country) decide nothing."""
    fine_a = [p for p in pa if p["precision"] in ("town", "district")]
    fine_b = [p for p in pb if p["precision"] in ("town", "district")]
    if not fine_a or not fine_b:
        return None
    for x in fine_a:
        for y in fine_b:
            if _same_place(x, y) is not False:
                return None
    names = lambda ps: "/".join(sorted({p.get("name") or "?" for p in ps}))
    return f"{names(fine_a)} vs {names(fine_b)}"


def compare(a: Feat, b: Feat) -> dict[str, Any]:
    """The reasons two events do or do not describe the same incident: `ok`, `score`, and `why_not`."""
    why: list[str] = []
    r: dict[str, Any] = {"event_a": a.id, "event_b": b.id}
    # type
    ta, tb = a.event_type, b.event_type
    if ta and ta == tb and (a.sub_event_type == b.sub_event_type or ta not in SAME_SUB):
        type_score = 1.0 if a.sub_event_type == b.sub_event_type else 0.8
        r["type_match"] = "same sub-event type" if type_score == 1.0 else "same event type"
    elif ta and ta == tb:
        type_score = 0.0
        r["type_match"] = "same catch-all type, different sub-event types"
        why.append(f"{ta}: {a.sub_event_type} vs {b.sub_event_type}")
    elif ta in VIOLENT and tb in VIOLENT:
        common = a.involved & b.involved
        if len(common) >= 2 or (common and len(a.involved | b.involved) <= 2):
            type_score = 0.6
            r["type_match"] = "violent types between the same sides"
        else:
            type_score = 0.0
            r["type_match"] = "violent types, sides differ"
            why.append(f"{ta} vs {tb} without the same sides")
    else:
        type_score = 0.0
        r["type_match"] = "different"
        why.append(f"type {ta} vs {tb}")
    # place
    best = None
    dyad = frozenset(_iso2(c) for c in a.countries | b.countries)
    unknown = [{"name": None, "country": None, "lat": None, "lon": None, "precision": "unknown"}]
    for pa in a.places or unknown:
        for pb in b.places or unknown:
            ok, s, info = _place_pair(pa, pb, dyad)
            cand = (ok, s, -(info["distance_km"] if info["distance_km"] is not None else 1e9), info)
            if best is None or cand[:3] > best[:3]:
                best = cand
    if best is None:
        place_score = 0.0
        r["place"] = None
        why.append("no location")
    else:
        place_score = best[1] if best[0] else 0.0
        r["place"] = best[3]
        r["distance_km"] = best[3]["distance_km"]
        if not best[0]:
            why.append(f"place: {best[3]['rule']} ({best[3]['a']} / {best[3]['b']}"
                       + (f", {best[3]['distance_km']} km)" if best[3]["distance_km"] is not None else ")"))
    # date
    if a.start is None or b.start is None:
        gap = None
        date_score = 0.0
        why.append("no date")
    else:
        gap = max(0, (max(a.start, b.start) - min(a.end, b.end)).days)
        if gap == 0:
            date_score = 1.0
        elif gap == 1 and (a.loose_date or b.loose_date):
            date_score = 0.5
        else:
            date_score = 0.0
            why.append(f"dates {gap} days apart" if gap > 1 else "different days, both given explicitly")
    r["date_gap_days"] = gap
    if RUNNING_APART and a.running != b.running:
        why.append("a running total and an incident")  # "300 killed since the ceasefire" holds, is not, the strike
    if SAME_DOC_DAYS and a.doc_id == b.doc_id and gap is not None and gap >= 1:
        why.append("one report tells them on different days")  # "last week, the same battalion clashed ..."
    if SAME_DOC_KM and a.doc_id == b.doc_id:
        apart = _apart_in_one_report(a.places, b.places)
        if apart:
            why.append(f"one report places them apart ({apart})")  # "attacked a post in X ... killed four near Y"
    # actors: the countries involved (actors' and places'), so that one report naming the attacker and
    # another naming the victim of the same border incident still meet
    common = a.involved & b.involved
    if not a.countries or not b.countries:
        actor_score = 0.5
        r["actor_overlap"] = {"common": sorted(a.countries & b.countries), "involved_common": sorted(common),
                              "note": "actors unknown on one side"}
    else:
        actor_score = len(common) / len(a.involved | b.involved)
        r["actor_overlap"] = {"common": sorted(a.countries & b.countries), "only_a": sorted(a.countries - b.countries),
                              "only_b": sorted(b.countries - a.countries), "involved_common": sorted(common)}
        if not common:
            why.append("countries involved disjoint")
    r["roles_swapped"] = bool(a.actor1 and b.actor1 and a.actor1 != b.actor1 and a.countries & b.countries)
    score = (WEIGHTS["type"] * type_score + WEIGHTS["place"] * place_score + WEIGHTS["date"] * date_score
             + WEIGHTS["actors"] * actor_score)
    r["score"] = round(score, 3)
    if not why and score < THRESHOLD:
        why.append(f"score {score:.2f} below {THRESHOLD}")
    r["ok"] = not why
    r["why_not"] = why
    return r
