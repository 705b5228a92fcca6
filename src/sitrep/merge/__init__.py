"""Cross-article merging: incidents, near-duplicate articles, contradictions.

    update(store, doc_ids=None) -> dict     assign new documents' events to incidents (incremental)
    incidents(store, **filters) -> list     incident summaries
    incident(store, id) -> dict             one incident, its reports side by side, its contradictions
    contradictions(store, incident_id=None) reports that disagree, with both sides' evidence
    explain(store, event_a, event_b)        why two events are (not) the same incident

All functions take a `sitrep.store.Store` (or a DuckDB connection); the merge tables live in the same file.
"""
import importlib

_HOME = {"update": "incidents", "incidents": "incidents", "incident": "incidents", "explain": "incidents",
         "contradictions": "contra", "render_contradictions": "render", "render_incidents": "render",
         "render_incident": "render"}
__all__ = list(_HOME)


def __getattr__(name: str):
    # imported on first use, so the CLI's other commands do not pay for DuckDB and the merge code at start-up
    if name in _HOME:
        module = importlib.import_module(f".{_HOME[name]}", __name__)
        # bind every name that module provides; this also replaces the submodule attribute the import set
        # when a function shares its module's name (`incidents`)
        globals().update({n: getattr(module, n) for n, home in _HOME.items() if home == _HOME[name]})
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
