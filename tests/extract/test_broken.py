"""Broken variants of a valid file in each format: truncated, bit-flipped, empty, header only.

Extraction either yields text or raises an ``ExtractionError`` with a SPEC code, never another
exception, and its message never quotes the file.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from scanner.extract import ExtractionError, Limits, extract
from scanner.models import FileError, SourceItem, TextChunk
from tests.extract.cfb import cfb

REPO = Path(__file__).resolve().parents[2]
BSN = "111222333"
LINE = f"Burgerservicenummer: {BSN}"
SPEC_CODES = {"encrypted", "corrupt", "too_large", "timeout", "unsupported",
              "permission_denied", "bomb", "unsafe_path"}


def _saved(doc: object, **kw: object) -> bytes:
    buf = io.BytesIO()
    doc.save(buf, **kw)  # type: ignore[attr-defined]
    return buf.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for text in ("Curriculum vitae", LINE):
        c.drawString(50, 800, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph(LINE)
    doc.sections[0].header.paragraphs[0].text = LINE
    return _saved(doc)


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in (["Naam", "BSN"], ["Test", BSN]):
        wb.active.append(row)
    return _saved(wb)


def _pptx() -> bytes:
    from pptx import Presentation

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = LINE
    return _saved(prs)


def _odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text=LINE))
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.nl", "b@example.nl", "Dossier"
    msg.set_content(f"Zie bijlage.\n{LINE}")
    msg.add_attachment(LINE.encode() * 20, maintype="text", subtype="plain", filename="cv.txt")
    return msg.as_bytes()


def _msg() -> bytes:
    return cfb({"__substg1.0_001A001F": "IPM.Note".encode("utf-16-le"),
                "__substg1.0_0037001F": "Dossier".encode("utf-16-le"),
                "__substg1.0_1000001F": f"Zie hieronder.\n{LINE}".encode("utf-16-le"),
                "__properties_version1.0": bytes(32)})


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("dossier/cv.txt", f"Curriculum vitae\n{LINE}\n" * 20)
        z.writestr("dossier/notities.txt", "Afspraak maandag." * 20)
    return buf.getvalue()


def _image(fmt: str) -> Callable[[], bytes]:
    def make() -> bytes:
        from PIL import Image, ImageDraw

        img = Image.new("L", (360, 40), 255)
        ImageDraw.Draw(img).text((5, 10), LINE, fill=0)
        return _saved(img, format=fmt)
    return make


VALID: dict[str, Callable[[], bytes]] = {
    "pdf": _pdf, "docx": _docx, "xlsx": _xlsx, "pptx": _pptx, "odt": _odt,
    "rtf": lambda: ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 " + LINE + "\\par}").encode(),
    "html": lambda: f"<!DOCTYPE html><html><body><p>{LINE}</p></body></html>".encode(),
    "eml": _eml, "msg": _msg, "zip": _zip, "png": _image("PNG"), "jpg": _image("JPEG"),
}


def _flipped(data: bytes) -> bytes:
    out = bytearray(data)
    for at in (len(data) * 45 // 100, len(data) // 2, len(data) * 55 // 100):
        out[at: at + 3] = bytes(b ^ 0xFF for b in out[at: at + 3])
    return bytes(out)


BREAK: dict[str, Callable[[bytes], bytes]] = {
    "truncated-50": lambda d: d[: len(d) // 2],
    "truncated-90": lambda d: d[: len(d) * 9 // 10],
    "flipped": _flipped,
    "empty": lambda d: b"",
    "header-only": lambda d: d[:32],  # magic number and the start of the first record
}


def _item(name: str, data: bytes) -> SourceItem:
    return SourceItem(path=f"/s/{name}", member=None, size=len(data),
                      modified=datetime(2024, 1, 1, tzinfo=UTC), data=data)


def _drain(item: SourceItem, data: bytes) -> str:
    """All text, extracted like the pipeline does: members and attachments recursively."""
    texts = []
    for x in extract(item, data, Limits()):
        assert isinstance(x, TextChunk | SourceItem | FileError)
        if isinstance(x, TextChunk):
            assert isinstance(x.text, str)
            texts.append(x.text)
        elif isinstance(x, SourceItem):
            texts.append(_drain_or_error(x, x.data or b""))
    return "\n".join(texts)


def _drain_or_error(item: SourceItem, data: bytes) -> str:
    try:
        return _drain(item, data)
    except ExtractionError as e:
        assert e.code in SPEC_CODES
        assert BSN not in str(e)
        return ""


# OCR of a tiny bitmap font is not the point here: the images only need to decode
@pytest.mark.parametrize("ext", [ext for ext in VALID if ext not in ("png", "jpg")])
def test_valid_file_yields_the_bsn(ext: str) -> None:
    data = VALID[ext]()
    assert BSN in _drain(_item(f"cv.{ext}", data), data)


@pytest.mark.parametrize("variant", BREAK)
@pytest.mark.parametrize("ext", VALID)
def test_broken_file_gives_text_or_a_spec_error(ext: str, variant: str) -> None:
    data = BREAK[variant](VALID[ext]())
    _drain_or_error(_item(f"broken.{ext}", data), data)


def _damage_member(data: bytes, name: str) -> bytes:
    """0xFF over a member's first data byte: an invalid deflate block type (zlib.error) when it
    is compressed, a CRC mismatch (BadZipFile) when it is stored."""
    at = _member_data(data, name)[0]
    return data[:at] + b"\xff" + data[at + 1:]


def _member_data(data: bytes, name: str) -> tuple[int, int]:
    """Offset and size of a member's (compressed) data."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def _bad_zip_version(data: bytes) -> bytes:
    """The first central directory entry claims a zip version zipfile does not implement."""
    at = data.index(b"PK\x01\x02") + 6
    return data[:at] + b"\xff\x00" + data[at + 2:]


@pytest.mark.parametrize("ext, member", [
    ("docx", "word/document.xml"), ("xlsx", "xl/worksheets/sheet1.xml"),
    ("pptx", "ppt/slides/slide1.xml"), ("odt", "content.xml"), ("odt", "META-INF/manifest.xml"),
    ("zip", "dossier/cv.txt"),
    ("odt", "mimetype"),
    ("zip", None),  # None: the zip version instead of a member
])
def test_damaged_package_part_gives_text_or_a_spec_error(ext: str, member: str | None) -> None:
    valid = VALID[ext]()
    data = _damage_member(valid, member) if member else _bad_zip_version(valid)
    _drain_or_error(_item(f"damaged.{ext}", data), data)


def _wide_png() -> bytes:
    from PIL import Image

    return _saved(Image.new("L", (40_000, 1), 255), format="PNG")  # tesseract's limit: 32767


def _xlsx_damaged_mid_sheet() -> bytes:
    """Read-only openpyxl reads the sheet's start when loading and the rest while iterating."""
    from openpyxl import Workbook

    wb = Workbook()
    for n in range(3000):
        wb.active.append([f"Naam {n}", f"Straat {n}", n])
    data = _saved(wb)
    start, size = _member_data(data, "xl/worksheets/sheet1.xml")
    at = start + size // 2
    return data[:at] + bytes(b ^ 0xFF for b in data[at: at + 3]) + data[at + 3:]


def _msg_stream_outside_file() -> bytes:
    data = bytearray(_msg())
    subject = 512 * 2 + 128 * 2  # after header and FAT: root, message class, then the subject
    struct.pack_into("<I", data, subject + 116, 0xFFF0)  # its first mini sector
    return bytes(data)


@pytest.mark.parametrize("name, make", [
    ("short-tree.pdf", lambda: _pdf().replace(b"/Count 2", b"/Count 3", 1)),  # no page 3
    ("wide.png", _wide_png),
    ("rows.xlsx", _xlsx_damaged_mid_sheet),
    ("subject.msg", _msg_stream_outside_file),  # opens; reading the subject fails
])
def test_damage_seen_only_after_opening_is_corrupt(name: str, make: Callable[[], bytes]) -> None:
    data = make()
    with pytest.raises(ExtractionError) as e:
        _drain(_item(name, data), data)
    assert e.value.code == "corrupt"


def test_scan_of_broken_files_records_every_file(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for ext in ("pdf", "docx", "xlsx", "msg", "zip", "png"):
        (share / f"half.{ext}").write_bytes(BREAK["truncated-50"](VALID[ext]()))
    (share / "empty.pptx").write_bytes(b"")
    (share / "flipped.odt").write_bytes(_flipped(_odt()))
    out = tmp_path / "o.jsonl"
    proc = subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--jsonl",
                           str(out), "--db", str(tmp_path / "i.sqlite"), "--workers", "1",
                           "--timeout", "30", "--quiet"], check=False, cwd=REPO, timeout=120,
                          env={**os.environ, "PRIVACYSCAN_KEY": "test-key-not-secret"})
    assert proc.returncode == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    top = {Path(r["path"]).name: r for r in recs if r["type"] == "file" and not r["member"]}
    assert set(top) == {p.name for p in share.iterdir()}
    assert all(r["status"] == "scanned" or r["error"] in SPEC_CODES for r in top.values())
