"""OOXML bombs: a small DOCX or XLSX whose one XML part expands to hundreds of MB.

The part is written to the zip in pieces, so making one never holds it in memory.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PIECE = 1 << 20


def _template(kind: str) -> bytes:
    buf = io.BytesIO()
    if kind == "docx":
        import docx

        doc = docx.Document()
        doc.add_paragraph("Curriculum vitae")
        doc.save(buf)
    else:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.append(["naam", "bsn"])
        wb.save(buf)
    return buf.getvalue()


def _write_part(z: zipfile.ZipFile, name: str, head: bytes, unit: bytes, tail: bytes,
                size: int) -> None:
    piece = unit * max(1, PIECE // len(unit))
    info = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as fh:
        fh.write(head)
        written = len(head)
        while written < size:
            fh.write(piece)
            written += len(piece)
        fh.write(tail)


def ooxml_bomb(path: Path, kind: str, size: int = 200_000_000, dense: bool = False) -> Path:
    """A real DOCX/XLSX whose document.xml / sheet1.xml is replaced by ``size`` bytes;
    ``dense``: a DOCX of empty paragraphs, an element every 6 bytes (a memory bomb)."""
    part = "word/document.xml" if kind == "docx" else "xl/worksheets/sheet1.xml"
    if kind == "docx":
        head = f'<w:document xmlns:w="{W}"><w:body>'.encode()
        unit = (b"<w:p/>" if dense
                else b"<w:p><w:r><w:t>Werkervaring bij de gemeente</w:t></w:r></w:p>")
        tail = b"</w:body></w:document>"
    else:
        head = f'<worksheet xmlns="{S}"><sheetData>'.encode()
        unit = b'<row><c t="inlineStr"><is><t>Planner</t></is></c></row>'
        tail = b"</sheetData></worksheet>"
    with zipfile.ZipFile(io.BytesIO(_template(kind))) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            if info.filename != part:
                z.writestr(info, src.read(info))
        _write_part(z, part, head, unit, tail, size)
    return path
