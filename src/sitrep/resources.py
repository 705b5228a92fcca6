"""Load the package's data files once: every stage reads its knowledge from here, not from literals."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """`name` is a path under `sitrep/data/`, e.g. "quantities.yaml"."""
    with resources.files("sitrep").joinpath("data", *name.split("/")).open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
