"""Images inside documents are OCR'd (issue 16): identifiers that exist only in a scanned ID
card, payslip or BSN letter pasted into a DOCX, a text PDF, a PPTX, an XLSX, an ODT or an
e-mail body are found, located by image; what cannot hold text is never sent to tesseract.

The documents come from the seeded generator in embedded_docs.py (the 24-document recall
figure is tests/eval/eval_embedded_ocr.py's); OCR takes seconds an image, so these tests use
one document per format, made once per module.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from scanner.extract import Limits, extract
from scanner.fingerprint import fingerprint
from scanner.models import SourceItem, TextChunk
from tests.conftest import TEST_KEY
from tests.extract.embedded_docs import Document, documents
from tests.extract.embedded_images import logo

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xdist_group("ocr")  # one worker runs the OCR tests: 2 cores


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return documents(6)  # docx, pdf, pptx, xlsx, odt, eml; ID card, payslip, letter in turn


@pytest.fixture(scope="module")
def scanned(docs: list[Document], tmp_path_factory: pytest.TempPathFactory
            ) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("embedded")
    for d in docs:
        (folder / d.name).write_bytes(d.data)
    out = folder / "o.jsonl"
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(folder), "--jsonl", str(out),
                    "--db", str(folder / "i.sqlite"), "--workers", "2", "--quiet"],
                   check=True, env={**os.environ, "PRIVACYSCAN_KEY": TEST_KEY}, cwd=REPO,
                   timeout=600)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _item(name: str, data: bytes) -> SourceItem:
    return SourceItem(path=f"/s/{name}", member=None, size=len(data),
                      modified=datetime(2026, 11, 30, tzinfo=UTC))


@pytest.fixture
def ocr_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """The sizes of the images really sent to tesseract (the real OCR still runs)."""
    from scanner.extract import image

    calls: list[tuple[int, int]] = []
    real = image.ocr_image

    def counting(img: Any) -> str:
        calls.append(img.size)
        return real(img)

    monkeypatch.setattr(image, "ocr_image", counting)
    yield calls


def test_identifiers_only_in_images_are_found_and_located(
        docs: list[Document], scanned: list[dict[str, Any]]) -> None:
    key = TEST_KEY.encode()
    planted = found = 0
    for d in docs:
        files = [r for r in scanned if r["type"] == "file" and r["path"].endswith(d.name)]
        assert [(f["status"], f["ocr"]) for f in files if f["member"] is None] == \
            [("scanned", True)], d.name
        hits = {(f["entity"], f["fingerprint"]): f["location"] for f in scanned
                if f["type"] == "finding" and f["path"].endswith(d.name)}
        for entity, value in d.identifiers:
            planted += 1
            location = hits.get((entity, fingerprint(key, entity, value)))
            found += location is not None
            assert location is None or location.startswith(d.image_location), d.name
            # BSNs and IBANs carry a checksum and are never allowed to be missed here
            assert location or entity == "NL_ID_DOCUMENT", (d.name, entity)
    assert found / planted >= 0.9, f"{found}/{planted}"


def test_no_identifier_is_in_the_text_layer(docs: list[Document]) -> None:
    import detectors

    for d in docs:
        with_ocr_off = Limits(ocr=False)
        text = "\n".join(c.text for c in extract(_item(d.name, d.data), d.data, with_ocr_off)
                         if isinstance(c, TextChunk))
        assert not {e for e, _ in d.identifiers} & {x.entity for x in detectors.detect(text)}


def test_icons_blanks_and_repeated_logos_are_not_ocrd(docs: list[Document],
                                                       ocr_calls: list[tuple[int, int]]) -> None:
    docx = docs[0]  # a header logo, a 48 px icon, the scan and a one-colour block
    chunks = [c for c in extract(_item(docx.name, docx.data), docx.data, Limits())
              if isinstance(c, TextChunk) and c.ocr]
    assert [c.location for c in chunks] == ["word/media/image1.png", "word/media/image3.jpg"]
    assert len(ocr_calls) == 2
    ocr_calls.clear()
    pdf = docs[1]  # the same logo on both pages, the scan on page 2
    chunks = [c for c in extract(_item(pdf.name, pdf.data), pdf.data, Limits())
              if isinstance(c, TextChunk) and c.ocr]
    assert [(c.location, c.page) for c in chunks] == [("page 1, image 1", 1),
                                                       ("page 2, image 2", 2)]
    assert len(ocr_calls) == 2 and "Voorbeeld" in chunks[0].text


def test_ocr_limits_are_kept(docs: list[Document], ocr_calls: list[tuple[int, int]]) -> None:
    pdf = docs[1]
    one = [c for c in extract(_item(pdf.name, pdf.data), pdf.data, Limits(ocr_max_images=1))
           if isinstance(c, TextChunk) and c.ocr]
    assert [c.location for c in one] == ["page 1, image 1"]
    off = [c for c in extract(_item(pdf.name, pdf.data), pdf.data, Limits(ocr=False))
           if isinstance(c, TextChunk) and c.ocr]
    assert off == [] and len(ocr_calls) == 1


def test_a_text_only_pdf_is_never_rendered_or_ocrd(ocr_calls: list[tuple[int, int]],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(3):
        c.drawString(60, 760, f"Werkervaring pagina {page}")
        c.showPage()
    c.save()

    def no_render(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a text-only page was rendered")

    monkeypatch.setattr(pdfium.PdfPage, "render", no_render)
    pages = [c for c in extract(_item("cv.pdf", buf.getvalue()), buf.getvalue(), Limits())
             if isinstance(c, TextChunk) and c.page]
    assert len(pages) == 3 and not ocr_calls


def test_an_undecodable_media_part_is_skipped_and_the_rest_read() -> None:
    import zipfile

    from tests.extract.embedded_docs import _docx
    from tests.extract.embedded_images import Planted

    data, _ = _docx(Planted("logo", logo(), ()))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, b"\x89PNG\r\n\x1a\nbroken" if info.filename.endswith(
                "image3.png") else body)
    data = out.getvalue()
    chunks = [c for c in extract(_item("cv.docx", data), data, Limits())
              if isinstance(c, TextChunk)]
    assert any(c.location == "body" for c in chunks)
    assert "word/media/image3.png" not in {c.location for c in chunks}
