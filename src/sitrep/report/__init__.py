"""Situation reports: a period's events counted from the store, with their sources, figures, claims and
contradictions, rendered as self-contained HTML (inline CSS and SVG), Markdown, PDF or PNG.

    from sitrep.store import Store
    from sitrep.report import build_report, to_html
    with Store("sitrep.duckdb", read_only=True) as store:
        html = to_html(build_report(store, since="2022-09-01", country="AM"))

Every figure printed links to its evidence: the quoted span in the report's appendix (and the web UI's event
page when a UI base URL is given).
"""
from __future__ import annotations

from ..lazy import lazy_exports

_HOME = {"Report": "model", "Span": "model", "build_report": "build", "to_html": "render",
         "to_markdown": "render", "to_pdf": "render", "to_png": "render"}
__all__ = list(_HOME)

__getattr__ = lazy_exports(__name__, globals(), _HOME)
