"""Extraction benchmark: PDF, DOCX and XLSX throughput, side by side with the baseline the
extraction issue names: pdfplumber's extract_text alone on the same PDFs.

BENCH_PDFS (default 60) 3-page PDFs are generated with reportlab. The "scan" rows run the
whole pipeline (extract + detect + policy + index + JSON Lines) through the CLI with one
worker, process start included. Prints a table; asserts nothing.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

LINES = ["Curriculum vitae", "Personalia", "Naam: Kandidaat Test", "Woonplaats: Utrecht",
         "Werkervaring", "2019 - heden  Planner bij Transport B.V.", "Opleiding",
         "HBO Logistiek", "Vaardigheden: Excel, SAP, rijbewijs B"] * 5


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for _ in range(pages):
        y = 800
        for line in LINES:
            c.drawString(50, y, line)
            y -= 15
        c.showPage()
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    from docx import Document

    doc = Document()
    for line in LINES * 2:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Naam", "Functie", "Plaats"])
    for i in range(500):
        ws.append([f"Kandidaat {i}", "Planner", "Utrecht"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _scan(folder: Path, workers: int) -> float:
    env = {**os.environ, "PRIVACYSCAN_KEY": "bench"}
    with tempfile.TemporaryDirectory() as out:
        return _timed(lambda: subprocess.run(
            [sys.executable, "-m", "scanner", "scan", str(folder), "--jsonl",
             f"{out}/o.jsonl", "--db", f"{out}/i.sqlite", "--workers", str(workers), "--quiet"],
            check=True, env=env, cwd=REPO))


def main() -> None:
    import pdfplumber
    import pypdfium2

    from scanner.extract import Limits, extract
    from scanner.models import SourceItem

    n = int(os.environ.get("BENCH_PDFS", "60"))
    pages = 3
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        pdf = _pdf(pages)
        folder = base / "pdfs"
        folder.mkdir()
        for i in range(n):
            (folder / f"cv{i}.pdf").write_bytes(pdf)
        files = sorted(folder.iterdir())
        mb = sum(f.stat().st_size for f in files) / 1e6

        def plumber() -> None:
            for f in files:
                with pdfplumber.open(f) as doc:
                    for page in doc.pages:
                        page.extract_text()

        def pdfium() -> None:
            for f in files:
                doc = pypdfium2.PdfDocument(str(f))
                for page in doc:
                    page.get_textpage().get_text_bounded()
                doc.close()

        rows = [("pdfplumber extract_text (baseline)", n, pages * n, _timed(plumber), mb),
                ("pypdfium2 text", n, pages * n, _timed(pdfium), mb),
                ("PDF scan, 1 worker (whole pipeline)", n, pages * n, _scan(folder, 1), mb),
                ("PDF scan, 2 workers (whole pipeline)", n, pages * n, _scan(folder, 2), mb)]
        now = __import__("datetime").datetime.now(__import__("datetime").timezone.utc)
        for name, data in (("docx", _docx()), ("xlsx", _xlsx())):
            item = SourceItem(path=f"x.{name}", member=None, size=len(data), modified=now)
            secs = _timed(lambda d=data, it=item: [list(extract(it, d, Limits()))
                                                   for _ in range(n)])
            rows.append((f"{name} extract", n, 0, secs, len(data) * n / 1e6))
    base_secs = rows[0][3]
    print(f"{'case':<40} {'files':>6} {'pages/s':>8} {'files/s':>8} {'MB/s':>6} "
          f"{'x baseline':>10}")
    for name, files_n, pages_n, secs, size in rows:
        pps = f"{pages_n / secs:8.0f}" if pages_n else f"{'-':>8}"
        ratio = f"{base_secs / secs:10.1f}" if pages_n else f"{'-':>10}"
        print(f"{name:<40} {files_n:>6} {pps} {files_n / secs:>8.1f} {size / secs:>6.2f} {ratio}")


if __name__ == "__main__":
    main()
