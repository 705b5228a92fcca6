"""Checks for the event filters people type (CLI options, API parameters, report options).

A filter value that cannot match anything because it is malformed (`--since 2024-13-45`, `--status bogus`,
`--country Narnia`) is refused with a message saying what is expected, instead of silently listing nothing.
Pure functions, no FastAPI or DuckDB, so the CLI, the report and the API share them.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..errors import SitrepError

STATUSES = ("reported", "claimed", "disputed", "denied")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FilterError(SitrepError, ValueError):
    """A filter value that is not well formed; the message names the filter and the expected form."""


def check_date(value: str | None, name: str = "since") -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY naming a real calendar date, returned stripped; FilterError otherwise."""
    if value is None:
        return None
    value = str(value).strip()
    m = _DATE.match(value)
    ok = False
    if m:
        year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            dt.date(year, month, day)
            ok = year >= 1
        except ValueError:
            ok = False
    if not ok:
        raise FilterError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return value


def until_bound(until: str | None) -> str | None:
    """`until=2023-03` means up to the end of March: pad a partial date so string comparison includes it."""
    if until and len(until) < 10:
        return until + "-99" * ((10 - len(until)) // 3)
    return until


def check_range(since: str | None, until: str | None, names: tuple[str, str] = ("since", "until")) -> None:
    """A `since` after `until` (`--since 2025-03-04 --until 2025-03-01`) matches nothing whatever is stored: a
    swapped pair, refused rather than answered with an empty list. Partial dates compare by their first day
    (since) and last day (until): `--since 2024-03 --until 2024-03` is March."""
    if since and until and str(since).strip() > until_bound(str(until).strip()):
        raise FilterError(f"{names[0]} {str(since).strip()} is after {names[1]} {str(until).strip()}: "
                          "nothing can match (swapped?)")


def check_status(value: str | None, name: str = "status") -> str | None:
    if value is None:
        return None
    v = value.strip().lower()
    if v not in STATUSES:
        raise FilterError(f"{name} must be one of {', '.join(STATUSES)}, not {value!r}")
    return v


def check_country(value: str | None, name: str = "country") -> str | None:
    """An ISO 3166-1 alpha-2 or alpha-3 code, upper-cased; a country name ("Mali") becomes its alpha-3."""
    if value is None:
        return None
    v = value.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}", v):
        if not _known_code(v.upper()):
            raise FilterError(f"{name} {value!r} is not an ISO 3166-1 alpha-2 or alpha-3 code (e.g. ML or MLI)")
        return v.upper()
    if v.lower() in _USER_NAMES:
        return _USER_NAMES[v.lower()]
    try:
        import pycountry

        found = pycountry.countries.lookup(v)
    except (LookupError, ImportError):
        found = None
    if found is None:
        raise FilterError(f"{name} must be an ISO 3166-1 alpha-2 or alpha-3 code (e.g. ML or MLI), not {value!r}")
    return found.alpha_3


_USER_CODES = {"XK", "XKX"}  # Kosovo: GeoNames' user-assigned code, not in ISO 3166-1
_USER_NAMES = {"kosovo": "XKX"}  # pycountry does not know it by name either


@lru_cache(maxsize=512)
def _known_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2/alpha-3 code (and Kosovo's); True as well when pycountry is missing, so
    the check never refuses what it cannot look up."""
    if code in _USER_CODES:
        return True
    try:
        import pycountry
    except ImportError:
        return True
    table = pycountry.countries
    return (table.get(alpha_2=code) if len(code) == 2 else table.get(alpha_3=code)) is not None


@lru_cache(maxsize=1)
def known_types() -> frozenset[str]:
    """Every label --type accepts (lower-cased): ACLED event types and sub-types, CASE labels, PLOVER events."""
    from .. import codebooks

    books = codebooks.load()
    names: set[str] = set()
    for lab in books.case.values():
        names.add(lab.label)
        for v in (lab.acled_event_type, lab.acled_sub_event_type, lab.plover_event):
            if v:
                names.add(v)
    names.update(codebooks.plover_events())
    return frozenset(n.lower() for n in names)


def check_type(value: str | None, name: str = "type") -> str | None:
    if value is None:
        return None
    v = value.strip()
    try:
        labels = known_types()
    except Exception:  # codebooks unreadable: let the query decide
        return v
    if v.lower() not in labels:
        raise FilterError(f"{name} {value!r} is not an ACLED event type or sub-type, CASE 2021 or PLOVER label "
                          "(e.g. Battles, 'Armed clash', ARMED_CLASH, ASSAULT)")
    return v
