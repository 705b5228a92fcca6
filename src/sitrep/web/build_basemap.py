"""Build the offline basemap the web UI draws: `static/world.json`.

Source: Natural Earth admin-0 countries (public domain), as packed in the npm package `world-atlas`
(TopoJSON, ISC licence). Run once when the layer should change; the output is committed so the UI needs
no network and no build step:

    npm pack world-atlas@2.0.2          # or any copy of the package tarball
    python -m sitrep.web.build_basemap world-atlas-2.0.2.tgz [--scale 110m] [--digits 2]

The output is a GeoJSON FeatureCollection with one feature per country (properties: `name`, `iso2`,
`iso3`, `id` = ISO 3166-1 numeric), coordinates rounded to `--digits` decimals and consecutive duplicate
points dropped.
"""
from __future__ import annotations

import argparse
import json
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "static" / "world.json"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs → absolute lon/lat lists (undo the quantisation and delta encoding)."""
    tf = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if tf:
            (sx, sy), (tx, ty) = tf["scale"], tf["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [tuple(p) for p in arc]
        arcs.append(pts)
    return arcs


def ring(indexes: list[int], arcs, digits: int) -> list[list[float]]:
    out: list[list[float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        for k, (x, y) in enumerate(pts):
            if out and k == 0:
                continue  # arcs share their end points
            p = [round(x, digits), round(y, digits)]
            if not out or out[-1] != p:
                out.append(p)
    return out


def _clip(ring: list[list[float]], x0: float, keep_left: bool) -> list[list[float]]:
    """Sutherland-Hodgman clip of a closed ring to one side of the meridian x = x0."""
    def inside(p):
        return p[0] <= x0 if keep_left else p[0] >= x0

    out: list[list[float]] = []
    pts = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for i, cur in enumerate(pts):
        prev = pts[i - 1]
        if inside(cur) != inside(prev):
            t = (x0 - prev[0]) / (cur[0] - prev[0])
            out.append([x0, round(prev[1] + t * (cur[1] - prev[1]), 4)])
        if inside(cur):
            out.append(list(cur))
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out if len(out) >= 4 else []


def split_antimeridian(polygons: list[list[list[list[float]]]]) -> list[list[list[list[float]]]]:
    """Polygons whose outer ring crosses the antimeridian (Fiji, Chukotka) → one polygon on each side.

    TopoJSON keeps such a ring whole and jumps from +180 to -180; drawn in plain lon/lat it becomes a band
    across the whole map. A ring that jumps once is a polar cap (Antarctica) and is kept."""
    out = []
    for poly in polygons:
        outer = poly[0]
        jumps = sum(1 for a, b in zip(outer, outer[1:]) if abs(a[0] - b[0]) > 180)
        if jumps < 2 or jumps % 2:
            out.append(poly)
            continue
        unwrapped = [list(outer[0])]
        shift = 0.0
        for a, b in zip(outer, outer[1:]):
            if b[0] - a[0] > 180:
                shift -= 360
            elif a[0] - b[0] > 180:
                shift += 360
            unwrapped.append([b[0] + shift, b[1]])
        edge = 180.0 if max(p[0] for p in unwrapped) > 180 else -180.0
        home = _clip(unwrapped, edge, keep_left=edge > 0)
        away = _clip(unwrapped, edge, keep_left=edge < 0)
        away = [[round(x - 360 if edge > 0 else x + 360, 4), y] for x, y in away]
        out += [[part] for part in (home, away) if part]
    return out


def convert(topo: dict, digits: int = 2) -> dict:
    import pycountry

    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        rings = [[r for r in (ring(rg, arcs, digits) for rg in poly) if len(r) >= 4] for poly in polys]
        rings = split_antimeridian([p for p in rings if p])
        if not rings:
            continue
        num = geom.get("id")
        c = pycountry.countries.get(numeric=str(num).zfill(3)) if num and str(num).isdigit() else None
        features.append({"type": "Feature", "id": num,
                         "properties": {"name": geom.get("properties", {}).get("name"),
                                        "iso2": c.alpha_2 if c else None, "iso3": c.alpha_3 if c else None},
                         "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return {"type": "FeatureCollection",
            "source": "Natural Earth admin-0 countries (public domain) via world-atlas (ISC)",
            "features": features}


def fix_file(path: str | Path = OUT) -> int:
    """Apply `split_antimeridian` to an existing world.json in place; returns the number of countries changed."""
    path = Path(path)
    data = json.loads(path.read_text())
    changed = 0
    for f in data["features"]:
        polys = f["geometry"]["coordinates"]
        fixed = split_antimeridian(polys)
        if fixed != polys:
            f["geometry"]["coordinates"] = fixed
            changed += 1
    path.write_text(json.dumps(data, separators=(",", ":")))
    return changed


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", help="world-atlas .tgz or a countries-*.json TopoJSON file")
    ap.add_argument("--scale", default="110m", choices=["10m", "50m", "110m"])
    ap.add_argument("--digits", type=int, default=2)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    src = Path(args.source)
    if src.suffix in (".tgz", ".gz"):
        with tarfile.open(src) as tar:
            topo = json.load(tar.extractfile(f"package/countries-{args.scale}.json"))
    else:
        topo = json.loads(src.read_text())
    data = convert(topo, args.digits)
    Path(args.out).write_text(json.dumps(data, separators=(",", ":")))
    print(f"{args.out}: {len(data['features'])} countries, {Path(args.out).stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
