"""The ingest progress bar: done / total, documents per second, ETA, and what the pre-filter skipped.

The total comes from `ingest.stream.count` in a background thread (a fast scan of line counts), so the bar
starts at once and gains its ETA when the count is in.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text


class RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "… docs/s")


@contextmanager
def ingest_progress(console: Console, paths: list[str], enabled: bool = True, log_every: int = 0) -> Iterator:
    """Yields `update(stats)`, to call after each input item. On a terminal: a live bar. Otherwise (a log file,
    a pipe) with `log_every` N: one plain line every N input items."""
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                        TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
                        TextColumn("{task.fields[prefiltered]} prefiltered"),
                        console=console, transient=True, disable=not (enabled and console.is_terminal), refresh_per_second=4)
    with progress:
        task = progress.add_task("ingest", total=None, prefiltered=0)

        def count() -> None:
            from ..ingest.stream import count as count_items

            try:
                progress.update(task, total=count_items(paths))
            except Exception:  # a count is only for the display
                pass

        if enabled and console.is_terminal:
            threading.Thread(target=count, name="sitrep-count", daemon=True).start()

        plain = log_every > 0 and not console.is_terminal

        def update(stats) -> None:
            progress.update(task, completed=stats.seen, prefiltered=stats.prefiltered)
            if plain and stats.seen % log_every == 0:
                console.print(f"sitrep: progress: {stats.seen} read, {stats.added} added, {stats.updated} updated, "
                              f"{stats.unchanged} unchanged, {stats.extracted} extracted, {stats.prefiltered} "
                              f"prefiltered, {stats.problems} skipped", markup=False, highlight=False)

        yield update
