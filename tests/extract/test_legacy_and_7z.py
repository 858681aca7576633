"""7z archives (py7zr), legacy Excel .xls (xlrd) and legacy PowerPoint .ppt (record walk):
text and members found with the right location, hostile files give their SPEC error codes.

Test files are built here (py7zr's writer, a bare BIFF4 stream, a .ppt record stream); the
real .xls/.ppt files are read in place from tests/data/corpus/wild.
"""

from __future__ import annotations

import io
import os
import random
import struct
import tracemalloc
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import py7zr
import pytest

import detectors
from scanner.extract import Limits, extract
from scanner.extract.errors import ArchiveBomb, CorruptDocument, EncryptedDocument
from scanner.extract.ppt import texts
from scanner.models import ScanResult, SourceItem, TextChunk
from scanner.scan_item import ScanConfig, process_file

WILD = Path(__file__).resolve().parents[1] / "data" / "corpus" / "wild"
NOW = datetime(2025, 1, 1, tzinfo=UTC)
BSN = "111222333"  # synthetic, passes the 11-check
LINE = f"Burgerservicenummer: {BSN}".encode()


def _7z(files: dict[str, bytes], **kwargs: object) -> bytes:
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", **kwargs) as z:  # type: ignore[arg-type]
        for name, data in files.items():
            z.writestr(data, name)
    return buf.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def _item(data: bytes, name: str) -> SourceItem:
    return SourceItem(path=f"/s/{name}", member=None, size=len(data), modified=NOW, data=data)


def _scan(data: bytes, name: str, limits: Limits | None = None) -> dict[str | None, ScanResult]:
    """The extraction stage through the pipeline's per-file function: result per member."""
    results = process_file(_item(data, name), ScanConfig(b"k", None, limits or Limits(), NOW))
    return {r.file.member: r for r in results}


def _has_bsn(result: ScanResult) -> bool:
    return any(f.entity == "NL_BSN" for f in result.findings)


def _chunks(data: bytes, name: str) -> list[TextChunk]:
    return [x for x in extract(_item(data, name), data, Limits()) if isinstance(x, TextChunk)]


# --- 7z -------------------------------------------------------------------------------------

def test_bsn_in_7z_member_is_found_with_its_member_path() -> None:
    data = _7z({"dossier/cv.txt": LINE, "dossier/leeg.txt": b"", "brief.txt": b"Geachte heer"})
    out = _scan(data, "backup.bin")  # sniffed by content, not by the extension
    assert out[None].file.status == "scanned"
    assert _has_bsn(out["dossier/cv.txt"])
    assert {m for m, r in out.items() if r.file.status == "scanned"} == {
        None, "dossier/cv.txt", "dossier/leeg.txt", "brief.txt"}


def test_zip_in_7z_and_7z_in_zip_are_addressed_with_bang_slash() -> None:
    inner_zip = _zip({"cv.txt": LINE})
    zip_in_7z = _scan(_7z({"inner.zip": inner_zip}), "a.7z")
    assert _has_bsn(zip_in_7z["inner.zip!/cv.txt"])
    outer = _zip({"a.7z": _7z({"inner.zip": inner_zip})})
    seven_in_zip = _scan(outer, "outer.zip")
    assert _has_bsn(seven_in_zip["a.7z!/inner.zip!/cv.txt"])
    assert seven_in_zip["a.7z!/inner.zip!/cv.txt"].file.path == "/s/outer.zip"


def test_duplicate_member_names_both_come_back() -> None:
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as z:
        z.writestr(b"eerste versie", "cv.txt")
        z.writestr(LINE, "cv.txt")
    data = buf.getvalue()
    members = [x for x in extract(_item(data, "a.7z"), data, Limits())]
    assert [(m.member, m.data) for m in members if isinstance(m, SourceItem)] == [
        ("cv.txt", b"eerste versie"), ("cv.txt", LINE)]


class _Zeros(io.BufferedIOBase):
    """1 GiB of zeros for py7zr's writer without holding them in memory."""

    def __init__(self, size: int) -> None:
        self.size, self.pos = size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = (0, self.pos, self.size)[whence] + offset
        return self.pos

    def read(self, size: int | None = -1) -> bytes:
        n = self.size - self.pos if size is None or size < 0 else min(size, self.size - self.pos)
        self.pos += n
        return bytes(n)


@pytest.fixture(scope="module")
def bomb_7z() -> bytes:
    """1 GiB of zeros in 150 KB (LZMA2 preset 0, about 4 s to build) next to a small CV."""
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", filters=[{"id": py7zr.FILTER_LZMA2, "preset": 0}]) as z:
        z.writef(_Zeros(1 << 30), "nullen.bin")
        z.writestr(LINE, "cv.txt")
    return buf.getvalue()


def test_7z_bomb_is_refused_from_the_header_without_decompressing(bomb_7z: bytes) -> None:
    tracemalloc.start()
    with pytest.raises(ArchiveBomb):
        list(extract(_item(bomb_7z, "bomb.7z"), bomb_7z, Limits()))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 64 << 20  # measured: 17 MB (py7zr's buffers); pytest-timeout guards a hang
    assert _scan(bomb_7z, "bomb.7z")[None].file.error == "bomb"


def test_7z_member_over_the_size_limit_is_a_member_bomb() -> None:
    data = _7z({"groot.txt": os.urandom(256 << 10), "cv.txt": LINE})
    out = _scan(data, "a.7z", Limits(max_member_size=64 << 10))
    assert out["groot.txt"].file.error == "bomb"
    assert _has_bsn(out["cv.txt"])


@pytest.mark.parametrize("kwargs", [
    {"password": "geheim"},                              # member data encrypted
    {"password": "geheim", "header_encryption": True},   # file names encrypted too
])
def test_encrypted_7z_is_encrypted(kwargs: dict[str, object]) -> None:
    data = _7z({"cv.txt": LINE}, **kwargs)
    with pytest.raises(EncryptedDocument):
        list(extract(_item(data, "a.7z"), data, Limits()))
    assert _scan(data, "a.7z")[None].file.error == "encrypted"


def test_corrupt_7z_is_corrupt_and_a_damaged_member_is_a_member_error() -> None:
    data = _7z({"cv.txt": LINE * 20, "b.txt": b"x" * 100},
               filters=[{"id": py7zr.FILTER_COPY}])  # stored: byte 40 is member data
    assert _scan(data[: len(data) // 2], "kapot.7z")[None].file.error == "corrupt"
    assert _scan(data[:6] + bytes(64), "leeg.7z")[None].file.error == "corrupt"
    damaged = bytearray(data)
    damaged[40] ^= 0xFF
    out = _scan(bytes(damaged), "crc.7z")
    assert out[None].file.status == "scanned" and out["cv.txt"].file.error == "corrupt"


def test_unsafe_7z_member_names_are_refused_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as z:
        # the public writer refuses these names; hostile archives come from other tools
        for name in ("../evil_cv.txt", "/tmp/evil_abs.txt", "C:\\evil_drive.txt",
                     "ok\\..\\..\\evil_bs.txt"):
            z._writestr(LINE, name)
        z.writestr(LINE, "ok/good.txt")
    out = _scan(buf.getvalue(), "traversal.7z")
    # py7zr reports Windows separators as '/'
    assert {m for m, r in out.items() if r.file.error == "unsafe_path"} == {
        "../evil_cv.txt", "/tmp/evil_abs.txt", "C:/evil_drive.txt", "ok/../../evil_bs.txt"}
    assert _has_bsn(out["ok/good.txt"])
    assert sorted(tmp_path.rglob("*")) == [work]
    assert not Path("/tmp/evil_abs.txt").exists()


# --- legacy Excel ---------------------------------------------------------------------------

def _biff(rtype: int, body: bytes) -> bytes:
    return struct.pack("<HH", rtype, len(body)) + body


def _biff4_sheet() -> bytes:
    """A bare Excel 4 worksheet (no OLE2): BOF, LABEL and NUMBER cells, EOF."""
    def label(r: int, c: int, text: str) -> bytes:
        raw = text.encode("cp1252")
        return _biff(0x0204, struct.pack("<HHHH", r, c, 0, len(raw)) + raw)

    number = _biff(0x0203, struct.pack("<HHHd", 1, 1, 0, float(BSN)))
    return (_biff(0x0409, struct.pack("<HHH", 0, 0x0010, 0)) + label(0, 0, "Naam")
            + label(0, 1, "BSN") + label(1, 0, "Test Kandidaat") + number + _biff(0x000A, b""))


def test_xls_cell_with_bsn_is_found_with_sheet_and_cell() -> None:
    data = _biff4_sheet()
    cells = {c.location: c.text for c in _chunks(data, "lijst.xls")}
    assert cells["Sheet 1!B2"] == f"BSN: {BSN}"  # a number cell, labelled with its header
    assert cells["Sheet 1!A2"] == "Naam: Test Kandidaat"
    assert _has_bsn(_scan(data, "lijst.xls")[None])


def test_xls_in_ole2_every_sheet_read_in_place() -> None:
    data = (WILD / "office" / "xls-legacy-umlaut-sheets.xls").read_bytes()
    cells = {c.location: c.text for c in _chunks(data, "x.xls")}
    assert cells["Blätt1!A1"] == "Huber"
    assert cells["ÖÄÜ!C3"] == "MERGED CELLS"
    assert {loc.split("!")[0] for loc in cells} == {"Blätt1", "ÖÄÜ", "Blätt3", "Formate"}


def test_encrypted_and_broken_xls() -> None:
    encrypted = (WILD / "office" / "xls-encrypted-xor.xls").read_bytes()
    assert _scan(encrypted, "x.xls")[None].file.error == "encrypted"
    overrun = _biff4_sheet()[:14] + struct.pack("<HH", 0x0204, 0xFFFF) + bytes(8)
    with pytest.raises(CorruptDocument):
        list(extract(_item(overrun, "kapot.xls"), overrun, Limits()))
    truncated = (WILD / "office" / "xls-legacy-umlaut-sheets.xls").read_bytes()[:2048]
    assert _scan(truncated, "kapot.xls")[None].file.error == "corrupt"


# --- legacy PowerPoint ----------------------------------------------------------------------

def _rec(rtype: int, body: bytes = b"", instance: int = 0, container: bool = False) -> bytes:
    return struct.pack("<HHI", instance << 4 | (0xF if container else 0), rtype, len(body)) + body


def _ppt_stream() -> bytes:
    """Two slides stored in the stream as A, B but shown as B, A (slide list and persist
    directory), plus PowerPoint 97 outline text in the slide list itself."""
    def persist(ref: int) -> bytes:
        return _rec(0x03F3, struct.pack("<I", ref) + bytes(16))

    slide_list = _rec(0x0FF0, persist(2) + _rec(0x0FA0, LINE.decode().encode("utf-16-le"))
                      + persist(1), container=True)
    document = _rec(0x03E8, slide_list, container=True)
    textbox = _rec(0xF00D, _rec(0x0FA8, b"Tekst op dia A"), container=True)
    slide_a = _rec(0x03EE, textbox, container=True)
    slide_b = _rec(0x03EE, _rec(0xF00D, _rec(0x0FA8, f"BSN {BSN}".encode()), container=True),
                   container=True)
    notes = _rec(0x03F0, _rec(0x0FA0, "Notitie\rregel".encode("utf-16-le")), container=True)
    a_at = len(document)
    b_at = a_at + len(slide_a)
    directory = _rec(0x1772, struct.pack("<III", 2 << 20 | 1, a_at, b_at))
    return document + slide_a + slide_b + notes + directory


def test_ppt_text_gets_its_slide_in_presentation_order() -> None:
    found = {(c.location, c.text) for c in texts(_ppt_stream())}
    assert found == {("slide 1", LINE.decode()), ("slide 2", "Tekst op dia A"),
                     ("slide 1", f"BSN {BSN}"), ("notes", "Notitie\nregel")}
    assert any(d.entity == "NL_BSN" for c in texts(_ppt_stream()) for d in detectors.detect(c.text))


def test_ppt_corrupt_lengths_deep_nesting_and_noise_never_hang() -> None:
    overrun = struct.pack("<HHI", 0xF, 0x03E8, 1000) + _rec(0x0FA8, b"binnen")
    assert list(texts(overrun)) == []  # a container longer than the stream is not entered
    before = _rec(0x0FA8, b"ervoor") + struct.pack("<HHI", 0, 0x0FA8, 0xFFFFFFFF) + b"abc"
    assert [c.text for c in texts(before)] == ["ervoor"]  # text before the damage is kept
    depth = 100_000  # headers only: each container holds the next
    deep = b"".join(struct.pack("<HHI", 0xF, 0x03E8, 8 * (depth - 1 - i)) for i in range(depth))
    assert list(texts(deep)) == []  # (a hang or a quadratic walk: pytest-timeout fails it)
    noise = random.Random(4).randbytes(1 << 20)
    list(texts(noise))


def test_ppt_read_in_place_with_slides_notes_and_fast_saves() -> None:
    chunks = _chunks((WILD / "office" / "ppt-legacy.ppt").read_bytes(), "x.ppt")
    assert ("slide 1", "Here is a text box") in {(c.location, c.text) for c in chunks}
    assert ("notes", "This is the footer text.") in {(c.location, c.text) for c in chunks}
    with zipfile.ZipFile(WILD / "archive" / "zip-of-office-documents.zip") as z:
        fast_saved = _chunks(z.read("testPPT.ppt"), "testPPT.ppt")
    # the file holds two versions of its document; unchanged text is reported once
    assert [c.location for c in fast_saved if c.text == "Sample Powerpoint Slide"] == ["slide 1"]


def test_broken_ppt_is_corrupt() -> None:
    data = (WILD / "office" / "ppt-legacy.ppt").read_bytes()
    assert _scan(data[:4096], "kapot.ppt")[None].file.error == "corrupt"


def test_legacy_office_members_of_a_real_zip_all_yield_text() -> None:
    path = WILD / "archive" / "zip-of-office-documents.zip"
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size, modified=NOW)
    results = process_file(item, ScanConfig(b"k", None, Limits(), NOW))
    status = {r.file.member: (r.file.status, r.file.error) for r in results}
    assert status["testEXCEL.xls"] == ("scanned", None)
    assert status["testPPT.ppt"] == ("scanned", None)
    assert all(s == ("scanned", None) for s in status.values()), status


def test_zip_whose_first_member_is_a_stored_pdf_is_an_archive() -> None:
    """The PDF signature within the first KB must not win over the ZIP signature at 0."""
    import io
    import zipfile

    from scanner.extract import sniff

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("scan.pdf", b"%PDF-1.7\n%%EOF\n")
        z.writestr("cv.txt", "BSN: 111222333")
    assert sniff(buf.getvalue(), "bundle.zip") == "archive"
