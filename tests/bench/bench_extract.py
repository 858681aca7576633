"""Extraction benchmark: PDF throughput side by side with the baseline the extraction issue
names (pdfplumber's extract_text alone on the same PDFs), and the extraction stage's
throughput for every other format on generated documents.

BENCH_PDFS (default 60) 3-page PDFs are generated with reportlab. The "scan" rows run the
whole pipeline (extract + detect + policy + index + JSON Lines + Excel report) through the CLI,
process start included. Prints a table; asserts nothing.
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


def _pdf_table(pages: int) -> bytes:
    """Pages with a ruled table of 20 candidates (pdfplumber's table finder reads these)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["naam", "bsn", "plaats", "functie"]]
    rows += [[f"Kandidaat {i}", "111222333", "Utrecht", "Planner"] for i in range(20 * pages)]
    buf = io.BytesIO()
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buf, pagesize=A4).build([table])
    return buf.getvalue()


def _csv_export(rows: int) -> bytes:
    """A candidate export: identifier columns, a quoted field, 100 bytes a row."""
    head = "bsn;naam;e-mail;telefoon;plaats;opmerking\n"
    return (head + "".join(
        f'111222333;Jan Jansen;jan{i}@example.nl;0612345678;Utrecht;"beschikbaar; ma-vr"\n'
        for i in range(rows))).encode("utf-8")


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


def _pptx() -> bytes:
    from pptx import Presentation

    deck = Presentation()
    for n in range(5):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"Kandidaat {n}"
        slide.placeholders[1].text = "\n".join(LINES[:9])
    buf = io.BytesIO()
    deck.save(buf)
    return buf.getvalue()


def _odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for line in LINES * 2:
        doc.text.addElement(P(text=line))
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def _eml(attachment: bytes) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "hr@example.nl", "dpo@example.nl", "Sollicitatie"
    msg.set_content("\n".join(LINES))
    msg.add_attachment(attachment, maintype="application", subtype="octet-stream",
                       filename="cv.docx")
    return msg.as_bytes()


def _zip(members: dict[str, bytes]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _7z(members: dict[str, bytes]) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(data, name)
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 1169), 255)  # A5 landscape at 200 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=28)
    for i, line in enumerate(LINES[:20]):
        draw.text((80, 60 + 50 * i), line, fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def samples() -> dict[str, bytes]:
    """One generated document per format, named by its extension."""
    docx, text = _docx(), "\n".join(LINES).encode("utf-8")
    return {"docx": docx, "xlsx": _xlsx(), "pptx": _pptx(), "odt": _odt(),
            "rtf": b"{\\rtf1\\ansi " + b"\\par ".join(line.encode() for line in LINES) + b"}",
            "html": b"<html><body><p>" + b"</p><p>".join(line.encode() for line in LINES)
            + b"</p></body></html>",
            "csv": b"\n".join(b"Kandidaat %d;Planner;Utrecht" % i for i in range(500)),
            "csv export": _csv_export(500), "pdf": _pdf(3), "pdf with tables": _pdf_table(3),
            "eml": _eml(docx), "zip": _zip({"cv.docx": docx, "cv.txt": text}),
            "7z": _7z({"cv.docx": docx, "cv.txt": text}), "png": _png()}


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _drain(item, data: bytes) -> int:  # type: ignore[no-untyped-def]
    """Extract a file and, like the pipeline, the members and attachments it yields."""
    from scanner.extract import Limits, extract
    from scanner.models import SourceItem

    chars = 0
    for out in extract(item, data, Limits()):
        if isinstance(out, SourceItem) and out.data is not None:
            chars += _drain(out, out.data)
        elif hasattr(out, "text"):
            chars += len(out.text)
    return chars


def _scan(folder: Path, workers: int) -> float:
    env = {**os.environ, "PRIVACYSCAN_KEY": "bench-key-not-secret"}
    with tempfile.TemporaryDirectory() as out:
        return _timed(lambda: subprocess.run(
            [sys.executable, "-m", "scanner", "scan", str(folder), "--jsonl",
             f"{out}/o.jsonl", "--report", f"{out}/r.xlsx", "--db", f"{out}/i.sqlite",
             "--workers", str(workers), "--quiet"],
            check=True, env=env, cwd=REPO))


def _csv_scan(folder: Path, files: int) -> tuple[str, int, int, float, float]:
    """Whole pipeline on CSV exports of 5,000 rows (extract, detect every cell, policy...)."""
    folder.mkdir()
    data = _csv_export(5000)
    for i in range(files):
        (folder / f"export{i}.csv").write_bytes(data)
    return ("CSV export scan, 1 worker (5,000 rows)", files, 0, _scan(folder, 1),
            len(data) * files / 1e6)


def main() -> None:
    import pdfplumber
    import pypdfium2

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
                ("PDF scan, 2 workers (whole pipeline)", n, pages * n, _scan(folder, 2), mb),
                _csv_scan(base / "csv", max(2, n // 10))]
        now = __import__("datetime").datetime.now(__import__("datetime").timezone.utc)
        for name, data in samples().items():
            item = SourceItem(path=f"x.{name.split()[0]}", member=None, size=len(data), modified=now)
            reps = max(3, n // 20) if name == "png" else n  # OCR: seconds a file
            secs = _timed(lambda d=data, it=item, k=reps: [_drain(it, d) for _ in range(k)])
            rows.append((f"{name} extract (members too)"[:40], reps, 0, secs, len(data) * reps / 1e6))
    base_secs = rows[0][3]
    print(f"{'case':<40} {'files':>6} {'pages/s':>8} {'files/s':>8} {'MB/s':>6} "
          f"{'x baseline':>10}")
    for name, files_n, pages_n, secs, size in rows:
        pps = f"{pages_n / secs:8.0f}" if pages_n else f"{'-':>8}"
        ratio = f"{base_secs / secs:10.1f}" if pages_n else f"{'-':>10}"
        print(f"{name:<40} {files_n:>6} {pps} {files_n / secs:>8.1f} {size / secs:>6.2f} {ratio}")


if __name__ == "__main__":
    main()
