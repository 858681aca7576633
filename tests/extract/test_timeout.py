"""A file that overruns the per-file timeout has its worker killed and is recorded as
`timeout`; the scan goes on with the other files and the replacement worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _slow_pdf(path: Path) -> None:
    """Image-only pages: OCR of 6 full pages takes seconds, far over a 1 s limit."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (2400, 3300), 255)
    draw = ImageDraw.Draw(img)
    for y in range(100, 3200, 40):
        draw.text((100, y), "Naam: Test Kandidaat  Woonplaats: Utrecht  " * 3, fill=0)
    c = canvas.Canvas(str(path))
    for _ in range(6):
        c.drawImage(ImageReader(img), 0, 0, width=595, height=842)
        c.showPage()
    c.save()


def test_overrunning_file_is_killed_and_reported_as_timeout(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _slow_pdf(share / "scan.pdf")
    (share / "cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--jsonl", str(out),
                    "--db", str(tmp_path / "i.sqlite"), "--workers", "1", "--timeout", "1",
                    "--quiet"], check=True, cwd=REPO, timeout=300,
                   env={**os.environ, "PRIVACYSCAN_KEY": "t"})
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    files = {Path(r["path"]).name: r for r in recs if r["type"] == "file"}
    assert files["scan.pdf"]["error"] == "timeout"
    assert "unscannable" in files["scan.pdf"]["rules"]
    assert files["cv.txt"]["status"] == "scanned"
    assert any(r["type"] == "finding" and r["entity"] == "NL_BSN" for r in recs)
    assert time.monotonic() - started < 120
