"""The report's output formats: HTML, Markdown, PDF and PNG (the last two through headless Chromium)."""
from __future__ import annotations

import os

from .html_render import to_html
from .md_render import to_markdown
from .model import Report


def to_pdf(report: Report, path: str | os.PathLike, ui_base: str | None = None) -> None:
    """Print the HTML report to PDF with headless Chromium; SitrepError when Chromium is not installed."""
    from .browser import html_to_pdf

    html_to_pdf(to_html(report, ui_base), path)


def to_png(report: Report, path: str | os.PathLike, ui_base: str | None = None, width: int = 1000,
           height: int = 2400) -> None:
    """A screenshot of the top of the HTML report (for tests and the README)."""
    from .browser import html_to_png

    html_to_png(to_html(report, ui_base), path, width=width, height=height)


__all__ = ["to_html", "to_markdown", "to_pdf", "to_png"]
