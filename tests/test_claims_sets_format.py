"""Format checks of the hand-written claims sets (data/claims-eval/*.jsonl), one test a set's former test function:
claims_set_table.py says, set by set, which checks each makes and with which kinds, patterns and thresholds (no
scores here; test_claims_sets_common.py runs the label checks every set shares)."""
from __future__ import annotations

from functools import lru_cache

import pytest
from claims_set_table import SETS, SETS_DIR
from claims_sets import read_set

CASES = [(name, test) for name, claims_set in SETS.items() for test in claims_set.tests]


@lru_cache(maxsize=None)
def _items(name: str) -> list[dict]:
    return read_set(SETS_DIR / f"{name}.jsonl")


def test_every_set_of_the_table_is_a_file():
    assert all((SETS_DIR / f"{name}.jsonl").exists() for name in SETS)


@pytest.mark.parametrize(("name", "test"), CASES, ids=[f"{name}-{test}" for name, test in CASES])
def test_claims_set_format(name, test):
    for one_check in SETS[name].tests[test]:
        one_check(_items(name), SETS_DIR / f"{name}.jsonl")
