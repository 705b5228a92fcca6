"""PDF and PNG through a headless Chromium already on the machine (never downloaded).

Looked up as $SITREP_CHROMIUM, then `chromium`, `chromium-browser`, `google-chrome` on PATH. The page is
written to a temporary file and loaded from disk; `--disable-background-networking` and the report's own
lack of external resources keep the run offline.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import SitrepError

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    env = os.environ.get("SITREP_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def _run(html: str, args: list[str], out: Path, timeout: float) -> None:
    exe = find_chromium()
    if exe is None:
        raise SitrepError("PDF and PNG output need a Chromium browser: install it (Debian: "
                          "`apt-get install chromium`) or set $SITREP_CHROMIUM to its path")
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sitrep-report-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-extensions", "--no-first-run", "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
               *args, page.as_uri()]
        try:
            res = subprocess.run(cmd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise SitrepError(f"Chromium did not finish within {timeout:.0f} s writing {out}") from None
        if res.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            tail = res.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise SitrepError(f"Chromium could not write {out}: " + (" / ".join(tail) or f"exit {res.returncode}"))


def html_to_pdf(html: str, path: str | os.PathLike, timeout: float = 120) -> None:
    out = Path(path)
    _run(html, [f"--print-to-pdf={out.resolve()}", "--no-pdf-header-footer"], out, timeout)


def html_to_png(html: str, path: str | os.PathLike, width: int = 1000, height: int = 2400,
                timeout: float = 120) -> None:
    out = Path(path)
    _run(html, [f"--screenshot={out.resolve()}", f"--window-size={width},{height}"], out, timeout)
