"""The HTML report in a real browser: headless Chromium loads it offline and renders it.

Skips cleanly when no Chromium is installed. Set ``BRIEFING_SCREENSHOT_DIR`` to keep the PNG.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tui.export import render

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium installed")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(tmp_path)},
    )


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def test_html_report_renders_in_headless_chromium(fixture_loaded, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(fixture_loaded.briefing, "html"), encoding="utf-8")
    shot = Path(os.environ.get("BRIEFING_SCREENSHOT_DIR", tmp_path)) / "export-report.png"
    done = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (1000, 1400)
    assert len(set(pixels)) > 50  # text and colours, not a blank page

    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    b = fixture_loaded.briefing
    shown = sum(1 for _ in b.iter_items())
    assert dom.stdout.count("<article") == shown
    assert b.actors[0].name in dom.stdout and "<script" not in dom.stdout


def test_html_report_prints_to_pdf(fixture_loaded, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(fixture_loaded.briefing, "html"), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    done = chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages >= 2  # the whole report, over several A4/Letter pages, not one clipped screen
