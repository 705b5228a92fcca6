"""Cross-article merging: incidents, near-duplicate articles, contradictions.

    update(store, doc_ids=None) -> dict     assign new documents' events to incidents (incremental)
    incidents(store, **filters) -> list     incident summaries
    incident(store, id) -> dict             one incident, its reports side by side, its contradictions
    contradictions(store, incident_id=None) reports that disagree, with both sides' evidence
    explain(store, event_a, event_b)        why two events are (not) the same incident

All functions take a `sitrep.store.Store` (or a DuckDB connection); the merge tables live in the same file.
"""
from .contra import contradictions
from .incidents import explain, incident, incidents, update
from .render import render_contradictions, render_incident, render_incidents

__all__ = ["update", "incidents", "incident", "contradictions", "explain", "render_contradictions",
           "render_incidents", "render_incident"]
