"""XML entity bombs (billion laughs): a few KB of entity declarations that expand to
gigabytes. The parsers refuse them (libxml2's amplification limit, expat's, defusedxml's ban
on entities), which the scan reported as ``corrupt``; a bomb is a bomb, whatever carries it:
the error says ``bomb`` in a scan and in the pre-upload check, and a document whose XML is
merely broken stays ``corrupt``."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.check import check_upload
from scanner.extract.errors import is_xml_bomb
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

CFG = ScanConfig(key=b"test", policy_path=None, limits=Limits(), now=datetime(2024, 6, 1, tzinfo=UTC))
# every level ten of the one below: &l9; is 10^9 times "ha"
LAUGHS = ('<!DOCTYPE r [<!ENTITY l0 "ha">'
          + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)) + "]>")
# one harmless-looking entity: no office program declares any, defusedxml refuses it
ONE_ENTITY = '<!DOCTYPE r [<!ENTITY who "iemand">]>'


def _docx(text: str) -> bytes:
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph(text)
    d.save(buf)
    return buf.getvalue()


def _xlsx(text: str) -> bytes:
    from openpyxl import Workbook

    buf = io.BytesIO()
    wb = Workbook()
    wb.active.append(["naam", text])
    wb.save(buf)
    return buf.getvalue()


def _odt(text: str) -> bytes:
    """A minimal OpenDocument text: mimetype first, stored, then content.xml."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>'))
        z.writestr("content.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
            '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text='
            '"urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            f'<text:p>{text}</text:p></office:text></office:body></office:document-content>'))
    return buf.getvalue()


MAKERS = {"docx": (_docx, "word/document.xml"), "xlsx": (_xlsx, "xl/worksheets/sheet1.xml"),
          "odt": (_odt, "content.xml")}


def _with_dtd(kind: str, dtd: str, use: str) -> bytes:
    """The kind's real file with ``dtd`` before the root of its text part and the marker
    text replaced by ``use``."""
    make, part = MAKERS[kind]
    src = zipfile.ZipFile(io.BytesIO(make("MARKER")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                text = data.decode()
                head = re.match(r"<\?xml[^>]*\?>", text)  # the DTD goes after a declaration
                at = head.end() if head else 0
                text = text[:at] + dtd + text[at:]
                assert "MARKER" in text and dtd in text
                data = text.replace("MARKER", use).encode()
            z.writestr(info, data)
    assert dtd in zipfile.ZipFile(out).read(part).decode() or not dtd
    return out.getvalue()


def _scan(tmp_path: Path, name: str, data: bytes) -> str | None:
    path = tmp_path / name
    path.write_bytes(data)
    item = SourceItem(path=str(path), member=None, size=len(data),
                      modified=datetime(2024, 1, 1, tzinfo=UTC))
    [result] = process_file(item, CFG)
    return result.file.error


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_billion_laughs_is_a_bomb_in_a_scan(tmp_path: Path, kind: str) -> None:
    assert _scan(tmp_path, f"cv.{kind}", _with_dtd(kind, LAUGHS, "&l9;")) == "bomb"


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_an_entity_declaration_is_refused_as_a_bomb(tmp_path: Path, kind: str) -> None:
    assert _scan(tmp_path, f"cv.{kind}", _with_dtd(kind, ONE_ENTITY, "&who;")) == "bomb"


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_broken_xml_stays_corrupt_and_a_clean_file_scans(tmp_path: Path, kind: str) -> None:
    assert _scan(tmp_path, f"broken.{kind}", _with_dtd(kind, "", "<unclosed>")) == "corrupt"
    assert _scan(tmp_path, f"fine.{kind}", MAKERS[kind][0]("Curriculum vitae")) is None


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_pre_upload_check_says_bomb(kind: str) -> None:
    verdict = check_upload(_with_dtd(kind, LAUGHS, "&l9;"), f"cv.{kind}", "nl")
    assert verdict.accepted is False and verdict.error == "bomb"
    assert "groter dan toegestaan" in verdict.message


def test_only_the_parsers_entity_words_make_a_bomb() -> None:
    from xml.etree.ElementTree import ParseError

    from lxml import etree

    assert is_xml_bomb(etree.XMLSyntaxError("Maximum entity amplification factor exceeded",
                                            None, 1, 1, "x"))
    assert is_xml_bomb(ParseError("limit on input amplification factor (from DTD and "
                                  "entities) breached: line 1, column 0"))
    assert not is_xml_bomb(ParseError("mismatched tag: line 1, column 3"))
    assert not is_xml_bomb(ValueError("amplification"))  # not a parser's word
