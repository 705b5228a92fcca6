"""Cross-article merging: incidents, near-duplicate articles, contradictions.

    update(store, doc_ids=None) -> dict     assign new documents' events to incidents (incremental)
    incidents(store, **filters) -> list     incident summaries
    count_incidents(store, **filters) -> int how many incidents those filters match
    incident(store, id) -> dict             one incident, its reports side by side, its contradictions
    contradictions(store, incident_id=None) reports that disagree, with both sides' evidence
    explain(store, event_a, event_b)        why two events are (not) the same incident
    unlisted(store) -> dict                 the events in no incident, counted by why

All functions take a `sitrep.store.Store` (or a DuckDB connection); the merge tables live in the same file.
"""
from ..lazy import lazy_exports

_HOME = {"update": "incidents", "incidents": "incidents", "count_incidents": "incidents",
         "incident": "incidents", "explain": "incidents",
         "unlisted": "incidents",
         "contradictions": "contra", "render_contradictions": "render", "render_incidents": "render",
         "render_incident": "render"}
__all__ = list(_HOME)

__getattr__ = lazy_exports(__name__, globals(), _HOME)
