"""Inline SVG for reports: an offline map of the events and a timeline per day and ACLED type.

The map is an equirectangular projection over the events' bounding box (x scaled by the cosine of the middle
latitude), drawn over the web UI's bundled country layer (`web/static/world.json`, Natural Earth) with
graticules. Markers closer than a grid cell are clustered, so 10,000 events draw as at most a few hundred
circles.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from html import escape
from pathlib import Path

from .model import Point

WORLD = Path(__file__).resolve().parent.parent / "web" / "static" / "world.json"

TYPE_COLORS = {  # the web UI's palette, so a reader moving between the two sees the same colours
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#e377c2",
    "Strategic developments": "#1f77b4",
}
NO_TYPE = "#8c8c8c"


def color(event_type: str | None) -> str:
    return TYPE_COLORS.get(event_type or "", NO_TYPE)


def _a(s) -> str:
    return escape(str(s), quote=True)


@lru_cache(maxsize=1)
def _world() -> list[tuple[str, tuple[float, float, float, float], list[list[list[float]]]]]:
    """(name, bbox, rings) per country of the bundled layer; empty when the layer is missing."""
    try:
        data = json.loads(WORLD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for f in data.get("features", []):
        g = f.get("geometry") or {}
        polys = g.get("coordinates") or []
        if g.get("type") == "Polygon":
            polys = [polys]
        elif g.get("type") != "MultiPolygon":
            continue
        rings = [ring for poly in polys for ring in poly if len(ring) > 2]
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        out.append(((f.get("properties") or {}).get("name") or "", (min(xs), min(ys), max(xs), max(ys)), rings))
    return out


class Projection:
    def __init__(self, points: list[Point], width: int = 860, min_h: int = 300, max_h: int = 520,
                 pad: int = 16):
        lons = [p.lon for p in points] or [0.0]
        lats = [p.lat for p in points] or [0.0]
        lo0, lo1, la0, la1 = min(lons), max(lons), min(lats), max(lats)
        # margins and a minimum extent (one event still shows its surroundings)
        dlon, dlat = max(lo1 - lo0, 3.0), max(la1 - la0, 2.0)
        cx, cy = (lo0 + lo1) / 2, (la0 + la1) / 2
        dlon, dlat = dlon * 1.25, dlat * 1.25
        self.k = math.cos(math.radians(max(-70.0, min(70.0, cy))))
        inner_w = width - 2 * pad
        h = inner_w * dlat / (dlon * self.k)
        if h > max_h - 2 * pad:  # too tall: widen the longitude span
            dlon = dlat * (inner_w / (max_h - 2 * pad)) / self.k
            h = max_h - 2 * pad
        elif h < min_h - 2 * pad:  # too flat: open the latitude span
            dlat = dlon * self.k * (min_h - 2 * pad) / inner_w
            h = min_h - 2 * pad
        dlon, dlat = min(dlon, 360.0), min(dlat, 170.0)
        self.lon0, self.lon1 = cx - dlon / 2, cx + dlon / 2
        self.lat0, self.lat1 = max(-85.0, cy - dlat / 2), min(85.0, cy + dlat / 2)
        self.width, self.height, self.pad = width, int(round(h + 2 * pad)), pad
        self.sx = inner_w / (self.lon1 - self.lon0)
        self.sy = (self.height - 2 * pad) / (self.lat1 - self.lat0)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.pad + (lon - self.lon0) * self.sx, self.pad + (self.lat1 - lat) * self.sy)

    def visible(self, bbox) -> bool:
        x0, y0, x1, y1 = bbox
        return not (x1 < self.lon0 or x0 > self.lon1 or y1 < self.lat0 or y0 > self.lat1)


def _ring_path(proj: Projection, ring) -> str:
    out = []
    last = None
    for lon, lat in ring:
        x, y = proj(lon, lat)
        if last is not None and abs(x - last[0]) < 0.8 and abs(y - last[1]) < 0.8:
            continue
        out.append(f"{x:.1f},{y:.1f}")
        last = (x, y)
    return ("M" + "L".join(out) + "Z") if len(out) > 2 else ""


def _centroid(ring) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        return ring[0][0], ring[0][1], 0.0
    return cx / (3 * a), cy / (3 * a), abs(a) / 2


def _step(span: float) -> float:
    for s in (0.5, 1, 2, 5, 10, 15, 20, 30, 45, 60):
        if span / s <= 8:
            return s
    return 90


def map_svg(points: list[Point], *, link=None, cluster_px: float | None = None, title: str = "Map of events"
            ) -> str:
    """The events on an offline basemap. `link(point) -> href or None` makes single markers links."""
    proj = Projection(points)
    W, H = proj.width, proj.height
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {W} {H}" width="{W}" '
             f'height="{H}" role="img" aria-label="{_a(title)}"><title>{_a(title)}</title>',
             f'<defs><clipPath id="mapclip"><rect x="{proj.pad}" y="{proj.pad}" width="{W - 2 * proj.pad}" '
             f'height="{H - 2 * proj.pad}"/></clipPath></defs>',
             f'<rect x="0" y="0" width="{W}" height="{H}" fill="#f6f8fa"/>',
             f'<rect x="{proj.pad}" y="{proj.pad}" width="{W - 2 * proj.pad}" height="{H - 2 * proj.pad}" '
             f'fill="#dfe9f3"/>', '<g clip-path="url(#mapclip)">']
    labels = []
    for name, bbox, rings in _world():
        if not proj.visible(bbox):
            continue
        d = "".join(_ring_path(proj, r) for r in rings)
        if d:
            parts.append(f'<path d="{d}" fill="#f4f1e8" stroke="#a9a89f" stroke-width="0.7"/>')
            lon, lat, area = max((_centroid(r) for r in rings), key=lambda c: c[2])
            if proj.lon0 < lon < proj.lon1 and proj.lat0 < lat < proj.lat1:
                labels.append((area, name, *proj(lon, lat)))
    step = _step(proj.lon1 - proj.lon0)
    g = []
    lon = math.ceil(proj.lon0 / step) * step
    while lon <= proj.lon1:
        x, _ = proj(lon, 0)
        g.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{H}"/>')
        g.append(f'<text x="{x + 2:.1f}" y="{H - proj.pad - 3}" class="grat">{lon:g}°</text>')
        lon += step
    lat = math.ceil(proj.lat0 / step) * step
    while lat <= proj.lat1:
        _, y = proj(0, lat)
        g.append(f'<line x1="0" y1="{y:.1f}" x2="{W}" y2="{y:.1f}"/>')
        g.append(f'<text x="{proj.pad + 2}" y="{y - 2:.1f}" class="grat">{lat:g}°</text>')
        lat += step
    parts.append('<g stroke="#8da2b5" stroke-width="0.4" stroke-dasharray="2,3" fill="#6b7c8c" '
                 'font-size="9">' + "".join(g) + "</g>")
    labels.sort(reverse=True)
    for _, name, x, y in labels[:14]:
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" class="country" text-anchor="middle">{_a(name)}</text>')
    parts.append("</g>")

    # clusters: a square grid in screen space; the cell grows with the number of events
    if cluster_px is None:
        cluster_px = 4.0 if len(points) <= 60 else 14.0 if len(points) <= 600 else 24.0
    cells: dict[tuple[int, int], list[tuple[Point, float, float]]] = defaultdict(list)
    for p in points:
        x, y = proj(p.lon, p.lat)
        cells[(int(x // cluster_px), int(y // cluster_px))].append((p, x, y))
    marks = []
    for items in sorted(cells.values(), key=len, reverse=True):
        n = len(items)
        x = sum(i[1] for i in items) / n
        y = sum(i[2] for i in items) / n
        types = Counter(i[0].event_type or "(untyped)" for i in items)
        top = types.most_common(1)[0][0]
        places = Counter(i[0].label for i in items)
        tip = (f"{n} events: " if n > 1 else "") \
            + "; ".join(f"{t} {c}" if n > 1 else t for t, c in types.most_common()) + " — " + ", ".join(p for p, _ in places.most_common(4)) + (" …" if len(places) > 4 else "")
        r = 4.5 if n == 1 else min(24.0, 6 + 2.6 * math.sqrt(n))
        if n == 1:
            fill = color(None if top == "(untyped)" else top)
            circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" '
                      f'fill-opacity="0.85" stroke="#fff" stroke-width="1.2"><title>{_a(tip)}</title></circle>')
        else:  # a ring split by ACLED type around the count
            ring_r = r - 2.5
            circ = 2 * math.pi * ring_r
            segs, offset = [], 0.0
            for t, c in types.most_common():
                length = circ * c / n
                segs.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{ring_r:.1f}" fill="none" '
                            f'stroke="{color(None if t == "(untyped)" else t)}" stroke-width="5" '
                            f'stroke-dasharray="{length:.2f} {circ - length:.2f}" stroke-dashoffset="{-offset:.2f}" '
                            f'transform="rotate(-90 {x:.1f} {y:.1f})"/>')
                offset += length
            circle = (f'<g><title>{_a(tip)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#fff" '
                      f'fill-opacity="0.92" stroke="#57606a" stroke-width="0.6"/>{"".join(segs)}'
                      f'<text x="{x:.1f}" y="{y + 3.5:.1f}" text-anchor="middle" class="count">'
                      f'{n if n < 10000 else str(n // 1000) + "k"}</text></g>')
        href = link(items[0][0]) if (link and n == 1) else (link(None) if link else None)
        marks.append(f'<a href="{_a(href)}">{circle}</a>' if href else circle)
    parts.append('<g class="marks">' + "".join(reversed(marks)) + "</g>")
    parts.append(f'<rect x="{proj.pad}" y="{proj.pad}" width="{W - 2 * proj.pad}" height="{H - 2 * proj.pad}" '
                 f'fill="none" stroke="#7b8794" stroke-width="0.8"/>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_svg(timeline: dict[str, dict[str, int]], *, width: int = 860, height: int = 210,
                 link=None) -> tuple[str, str]:
    """Stacked bars of events per day (per ISO week beyond 180 days) and ACLED type; returns (svg, unit)."""
    import datetime as dt

    days = sorted(d for d in timeline if len(d) == 10)
    if not days:
        return "", "day"
    try:
        d0, d1 = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    except ValueError:
        return "", "day"
    unit = "day" if (d1 - d0).days <= 180 else "week"
    buckets: dict[dt.date, Counter] = defaultdict(Counter)
    for d, counts in timeline.items():
        try:
            day = dt.date.fromisoformat(d[:10])
        except ValueError:
            continue
        key = day if unit == "day" else day - dt.timedelta(days=day.weekday())
        buckets[key].update(counts)
    start = d0 if unit == "day" else d0 - dt.timedelta(days=d0.weekday())
    step = dt.timedelta(days=1 if unit == "day" else 7)
    keys = []
    k = start
    while k <= d1:
        keys.append(k)
        k += step
    left, right, top, bottom = 40, 10, 10, 34
    iw, ih = width - left - right, height - top - bottom
    peak = max((sum(c.values()) for c in buckets.values()), default=1) or 1
    bw = iw / len(keys)
    gap = min(2.0, bw * 0.15)
    types = [t for t in TYPE_COLORS if any(t in c for c in buckets.values())] + sorted(
        {t for c in buckets.values() for t in c if t not in TYPE_COLORS})
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="Events per {unit} and ACLED type">']
    for frac in (0, 0.5, 1):
        v = round(peak * frac)
        y = top + ih - ih * (v / peak)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#d0d7de" '
                     f'stroke-width="0.6"/><text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" '
                     f'class="axis">{v}</text>')
    for i, key in enumerate(keys):
        c = buckets.get(key)
        if not c:
            continue
        x = left + i * bw
        y = top + ih
        total = sum(c.values())
        label = key.isoformat() if unit == "day" else f"week of {key.isoformat()}"
        seg = []
        for t in types:
            n = c.get(t, 0)
            if not n:
                continue
            h = ih * n / peak
            y -= h
            seg.append(f'<rect x="{x + gap / 2:.2f}" y="{y:.2f}" width="{max(0.6, bw - gap):.2f}" height="{h:.2f}" '
                       f'fill="{color(t)}"><title>{_a(label)}: {n} {_a(t)}</title></rect>')
        g = f'<g><title>{_a(label)}: {total} events</title>{"".join(seg)}</g>'
        href = link(key.isoformat(), unit) if link else None
        parts.append(f'<a href="{_a(href)}">{g}</a>' if href else g)
    n_labels = min(len(keys), 8)
    for j in range(n_labels):
        i = round(j * (len(keys) - 1) / max(1, n_labels - 1))
        x = left + i * bw + bw / 2
        anchor = "start" if j == 0 else "end" if j == n_labels - 1 and n_labels > 1 else "middle"
        x = left + i * bw if anchor == "start" else left + (i + 1) * bw if anchor == "end" else x
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="{anchor}" class="axis">'
                     f'{keys[i].isoformat()}</text>')
    parts.append(f'<line x1="{left}" y1="{top + ih}" x2="{width - right}" y2="{top + ih}" stroke="#57606a" '
                 f'stroke-width="0.8"/></svg>')
    return "".join(parts), unit


def legend(types: list[str]) -> str:
    return "".join(f'<span class="key"><i style="background:{color(None if t == "(untyped)" else t)}"></i>'
                   f"{escape(t)}</span>" for t in types)
