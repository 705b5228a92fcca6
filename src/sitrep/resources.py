"""Load the package's data files once: every stage reads its knowledge from here, not from literals."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


class _DataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: ~5x faster start-up
    """YAML 1.1 reads on/off/yes/no (and even "false" in a word list) as booleans; data files are word lists,
    so only the literal true/false are booleans here."""


_DataLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """`name` is a path under `sitrep/data/`, e.g. "quantities.yaml"."""
    with resources.files("sitrep").joinpath("data", *name.split("/")).open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_DataLoader)
