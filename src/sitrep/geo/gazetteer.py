"""The compiled gazetteer: name -> GeoNames candidates, loaded once per process."""
from __future__ import annotations

import pickle
from bisect import bisect_left
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.geo.normalize import fold, key_hash, loose

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "gazetteer.pkl"

ADMIN_CODES = ("ADM1", "ADM2", "ADM3")


@dataclass(slots=True)
class Entry:
    """One GeoNames feature. ``match`` says how a name lookup reached it:
    'primary' (its main or a hand-listed name), 'alternate' (a GeoNames alternate name) or
    'loose' (only after romanisation folding)."""
    idx: int
    geonameid: int | None
    name: str
    feature_code: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    match: str = "primary"

    @property
    def is_admin(self) -> bool:
        return self.feature_code in ADMIN_CODES

    def as_dict(self) -> dict[str, Any]:
        return {"geonameid": self.geonameid, "name": self.name, "feature_code": self.feature_code,
                "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "population": self.population}

    def __getitem__(self, key: str) -> Any:  # dict-style access for callers that expect dicts
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


class Gazetteer:
    def __init__(self, path: Path | str = GAZETTEER_PATH) -> None:
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(
                f"gazetteer index {path} is missing: build it with `python -m sitrep.geo.build`")
        with open(path, "rb") as f:
            d = pickle.load(f)
        self._ids: array = d["ids"]
        self._names = d["names"].split("\n")
        self._fcodes: list[str] = d["fcodes"]
        self._fcode: array = d["fcode"]
        self._ccs: list[str] = d["ccs"]
        self._cc: array = d["cc"]
        self._adm1s: list[str] = d["adm1s"]
        self._adm1: array = d["adm1"]
        self._adm2: array = d["adm2"]
        self._lat: array = d["lat"]
        self._lon: array = d["lon"]
        self._pop: array = d["pop"]
        self._e_hash: array = d["exact_hash"]
        self._e_off: array = d["exact_off"]
        self._e_val: array = d["exact_val"]
        self._l_hash: array = d["loose_hash"]
        self._l_off: array = d["loose_off"]
        self._l_val: array = d["loose_val"]
        self._by_id: dict[int, int] | None = None
        self.country_idx: dict[str, int] = d["country_idx"]
        self._iso3: dict[str, str] = d["iso3"]
        self._iso3_rev = {v: k for k, v in self._iso3.items()}
        self.admin1_idx: dict[tuple[str, str], int] = d["admin1_idx"]
        self._demonyms: dict[str, int] = d["demonyms"]
        self.abbrev: dict[str, int] = d["abbrev"]
        self.stop: frozenset[str] = frozenset(d["stop"])

    # -- entries ----------------------------------------------------------------------------
    def entry(self, idx: int, match: str = "primary") -> Entry:
        gid = self._ids[idx]
        return Entry(idx, gid if gid > 0 else None, self._names[idx], self._fcodes[self._fcode[idx]],
                     self._ccs[self._cc[idx]], self._adm1s[self._adm1[idx]], self._lat[idx],
                     self._lon[idx], self._pop[idx], match)

    def fcode(self, idx: int) -> str:
        return self._fcodes[self._fcode[idx]]

    def cc(self, idx: int) -> str:
        return self._ccs[self._cc[idx]]

    def __len__(self) -> int:
        return len(self._names)

    def by_id(self, geonameid: int) -> Entry | None:
        if self._by_id is None:
            self._by_id = {g: i for i, g in enumerate(self._ids) if g > 0}
        idx = self._by_id.get(int(geonameid))
        return None if idx is None else self.entry(idx)

    def adm2_of(self, idx: int) -> int:
        return self._adm2[idx]

    # -- lookups ------------------------------------------------------------------------------
    @staticmethod
    def _find(hashes: array, h: int) -> int:
        i = bisect_left(hashes, h)
        return i if i < len(hashes) and hashes[i] == h else -1

    def _codes_at(self, pos: int):
        return self._e_val[self._e_off[pos]:self._e_off[pos + 1]] if pos >= 0 else ()

    def has_name(self, name: str) -> bool:
        return self._find(self._e_hash, key_hash(fold(name))) >= 0

    def candidates(self, name: str, loose_match: bool = True) -> list[Entry]:
        """Every entry with this name: exact folded matches first, then romanisation variants."""
        key = fold(name)
        if not key:
            return []
        seen: dict[int, Entry] = {}
        pos0 = self._find(self._e_hash, key_hash(key))
        for code in self._codes_at(pos0):
            idx = code >> 1
            seen[idx] = self.entry(idx, "primary" if code & 1 else "alternate")
        if loose_match and len(key) >= 4:
            lk = loose(name)
            positions = []
            if lk != key:
                positions.append(self._find(self._e_hash, key_hash(lk)))
            lpos = self._find(self._l_hash, key_hash(lk))
            if lpos >= 0:
                positions.extend(self._l_val[self._l_off[lpos]:self._l_off[lpos + 1]])
            for pos in positions:
                if pos == pos0 or pos < 0:
                    continue
                for code in self._codes_at(pos):
                    idx = code >> 1
                    if idx not in seen:
                        seen[idx] = self.entry(idx, "loose")
        return list(seen.values())

    def country(self, iso2: str) -> Entry | None:
        idx = self.country_idx.get((iso2 or "").upper())
        return None if idx is None else self.entry(idx)

    def iso3(self, iso2: str) -> str | None:
        return self._iso3.get((iso2 or "").upper())

    def iso2(self, iso3: str) -> str | None:
        return self._iso3_rev.get((iso3 or "").upper())

    def demonym(self, word: str) -> str | None:
        """ISO alpha-2 of the country a demonym/adjective refers to ('Azerbaijani' -> 'AZ')."""
        idx = self._demonyms.get(fold(word))
        if idx is None or self.fcode(idx) != "PCLI":
            return None
        return self.cc(idx)

    def demonym_entry(self, word: str) -> Entry | None:
        """The place a demonym refers to, including continents/regions ('European' -> Europe)."""
        idx = self._demonyms.get(fold(word))
        return None if idx is None else self.entry(idx)

    def capital(self, iso2: str) -> Entry | None:
        """The country's capital (its most populous PPLC entry), for "Libya's capital", "the capital of Mali"."""
        if getattr(self, "_capitals", None) is None:
            pplc = self._fcodes.index("PPLC") if "PPLC" in self._fcodes else -1
            best: dict[str, int] = {}
            for idx, code in enumerate(self._fcode):
                if code == pplc:
                    cc = self.cc(idx)
                    if cc not in best or self._pop[idx] > self._pop[best[cc]]:
                        best[cc] = idx
            self._capitals = best
        idx = self._capitals.get((iso2 or "").upper())
        return None if idx is None else self.entry(idx)

    def admin1(self, country: str, code: str) -> Entry | None:
        idx = self.admin1_idx.get((country, code))
        return None if idx is None else self.entry(idx)


_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded on first use; builds the index if it is missing)."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                if not GAZETTEER_PATH.exists():
                    from sitrep.geo.build import build

                    build(GAZETTEER_PATH, verbose=False)
                _GAZ = Gazetteer(GAZETTEER_PATH)
    return _GAZ
