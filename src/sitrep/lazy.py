"""Packages whose public names are imported on first use, so `sitrep extract` does not load DuckDB, the merge
or the report code at start-up (PEP 562 module `__getattr__`)."""
from __future__ import annotations

import importlib
from typing import Any, Callable


def lazy_exports(package: str, namespace: dict[str, Any], homes: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: `homes` maps each public name to the submodule defining it."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(f".{homes[name]}", package)
        # bind every name that module provides; this also replaces the submodule attribute the import set
        # when a function shares its module's name (merge's `incidents`)
        namespace.update({n: getattr(module, n) for n, home in homes.items() if home == homes[name]})
        return namespace[name]

    return __getattr__
