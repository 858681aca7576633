"""Renderers: document blocks to DOCX, PDF, text, XLSX, ZIP, EML and ID-card PNG bytes."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from datetime import date
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import TYPE_CHECKING, Any

from samplegen.common import FIXED_DT, MRZ_FONT, TEXT_FONT, TEXT_FONT_BOLD, ZIP_DT, Block
from samplegen.people import Person

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont, ImageFont


def renderer_for(
    fmt: str, blocks: list[Block], author: str, header: str = ""
) -> Callable[[], bytes]:
    """A deferred renderer for a block document: DOCX, PDF or UTF-8 text."""
    if fmt == "docx":
        return lambda: render_docx(blocks, author, header=header)
    if fmt == "pdf":
        return lambda: render_pdf(blocks, author)
    if fmt == "txt":
        return lambda: render_txt(blocks).encode("utf-8")
    raise ValueError(fmt)


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML/ZIP with fixed entry dates and fixed docProps dates (no git churn)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), blob
                )
            zi = zipfile.ZipInfo(info.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def _docx_block(d: Any, b: Block) -> None:
    """Append one block to a python-docx Document."""
    if b.kind in ("title", "h"):
        d.add_heading(b.text, level=0 if b.kind == "title" else 1)
    elif b.kind == "p":
        d.add_paragraph(b.text)
    elif b.kind == "kv":
        for row in b.rows:
            d.add_paragraph(f"{row[0]}: {row[1]}" if row[0] else row[1])
    elif b.kind == "bullets":
        for row in b.rows:
            d.add_paragraph(row[0], style="List Bullet")
    elif b.kind == "table":
        t = d.add_table(rows=0, cols=len(b.rows[0]))
        t.style = "Table Grid"
        for row in b.rows:
            for cell, value in zip(t.add_row().cells, row):
                cell.text = value


def render_docx(blocks: list[Block], author: str, header: str = "", footer: str = "") -> bytes:
    """A Word document with fixed dates, so the bytes are reproducible."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        _docx_block(d, b)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.revision = author, author, 1
    cp.created = cp.modified = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def _pdf_flowables(b: Block, ss: Any) -> list[object]:
    """ReportLab flowables for one block (ss: the sample style sheet)."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.platypus import ListFlowable, Paragraph, Spacer, Table, TableStyle

    if b.kind in ("title", "h"):
        return [Paragraph(escape(b.text), ss["Title" if b.kind == "title" else "Heading2"])]
    if b.kind == "p":
        return [Paragraph(escape(b.text), ss["BodyText"])]
    if b.kind == "kv":
        return [Paragraph(escape(f"{k}: {v}" if k else v), ss["BodyText"]) for k, v in b.rows]
    if b.kind == "bullets":  # '-' rather than '•', which extracts as (cid:127)
        items = [Paragraph(escape(r[0]), ss["BodyText"]) for r in b.rows]
        return [ListFlowable(items, bulletType="bullet", start="-")]
    if b.kind == "table":
        t = Table([list(r) for r in b.rows], hAlign="LEFT")
        grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 9)]
        t.setStyle(TableStyle(grid))
        return [t, Spacer(1, 6)]
    return []


def render_pdf(blocks: list[Block], author: str, title: str = "") -> bytes:
    """An A4 PDF titled after the first block unless title is given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate

    ss = getSampleStyleSheet()
    flow = [f for b in blocks for f in _pdf_flowables(b, ss)]
    buf = io.BytesIO()
    # invariant=1: fixed creation date and document id, so the bytes are reproducible.
    SimpleDocTemplate(
        buf,
        pagesize=A4,
        invariant=1,
        author=author,
        title=title or blocks[0].text,
        creator="sample_data/generate.py",
        producer="ReportLab",
    ).build(flow)
    return buf.getvalue()


def render_txt(blocks: list[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if b.kind in ("title", "h"):
            lines += ["", b.text.upper() if b.kind == "title" else b.text, "-" * len(b.text)]
        elif b.kind == "p":
            lines.append(b.text)
        elif b.kind in ("kv", "table"):
            lines += [f"{r[0]}: {r[1]}" if r[0] else r[1] for r in b.rows]
        elif b.kind == "bullets":
            lines += [f"- {r[0]}" for r in b.rows]
    return "\n".join(lines).strip() + "\n"


def render_xlsx(sheets: list[tuple[str, list[list[str]], bool]]) -> bytes:
    """Sheets as (title, rows, hidden)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        if hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "Connect-Me-Groep recruitment"
    wb.properties.created = wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_zip(buf.getvalue())


def render_zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return buf.getvalue()


def render_eml(
    sender: str, to: str, subject: str, body: str, attachment: tuple[str, bytes]
) -> bytes:
    msg = MIMEMultipart("mixed", boundary="===============privacyscan-sample-0001==")
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = "Fri, 05 Jan 2024 09:00:00 +0100"
    msg["Message-ID"] = "<sample-0001@connectmegroep.example>"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    part = MIMEApplication(attachment[1], Name=attachment[0])
    part["Content-Disposition"] = f'attachment; filename="{attachment[0]}"'
    msg.attach(part)
    return msg.as_bytes()


MP4_FTYP = (
    b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2\x00\x00\x00\x08free\x00\x00\x00\x08mdat"
)


def _font(path: str, size: int) -> FreeTypeFont | ImageFont:
    from PIL import ImageFont

    return ImageFont.truetype(path, size) if os.path.exists(path) else ImageFont.load_default(size)


def _id_fields(p: Person, number: str, issued: date, expiry: date) -> list[tuple[str, str]]:
    """The labelled lines of a passport data page."""
    return [
        ("Naam / Surname", p.last.upper()),
        ("Voornamen / Given names", p.first.upper()),
        ("Nationaliteit / Nationality", "NEDERLANDSE"),
        ("Geboortedatum / Date of birth", p.birth.strftime("%d %m %Y")),
        ("Geslacht / Sex", "V/F" if p.sex == "F" else "M/M"),
        ("Documentnummer / Document no.", number),
        ("Afgifte / Date of issue", issued.strftime("%d %m %Y")),
        ("Geldig tot / Date of expiry", expiry.strftime("%d %m %Y")),
    ]


def render_id_png(
    p: Person, number: str, mrz: tuple[str, str], issued: date, expiry: date
) -> bytes:
    """A synthetic passport data page, text large enough for tesseract (MRZ in a mono font)."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (1500, 980), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((10, 10, 1489, 969), outline=0, width=4)
    title = "KONINKRIJK DER NEDERLANDEN / KINGDOM OF THE NETHERLANDS"
    d.text((40, 30), title, font=_font(TEXT_FONT_BOLD, 30), fill=0)
    subtitle = "PASPOORT / PASSPORT  (SPECIMEN - SYNTHETISCH)"
    d.text((40, 75), subtitle, font=_font(TEXT_FONT, 28), fill=0)
    d.rectangle((40, 140, 360, 560), outline=0, width=3)
    d.text((120, 330), "FOTO", font=_font(TEXT_FONT, 40), fill=0)
    f = _font(TEXT_FONT, 30)
    for i, (label, value) in enumerate(_id_fields(p, number, issued, expiry)):
        d.text((400, 140 + i * 52), f"{label}: {value}", font=f, fill=0)
    mono = _font(MRZ_FONT, 44)
    for row, line in enumerate(mrz):  # fixed wide pitch: tesseract keeps '<' runs apart
        for col, ch in enumerate(line):
            d.text((40 + col * 32, 790 + row * 80), ch, font=mono, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
