"""PDF specifics: our own password-protected PDF, and pypdfium2's bulk text agreeing with
pdfplumber's on real-world PDFs (pdfplumber is the reference the issue names)."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pytest

from scanner.extract import Limits, extract
from scanner.extract.errors import EncryptedDocument
from scanner.models import SourceItem, TextChunk

WILD = Path(__file__).resolve().parents[1] / "data" / "corpus" / "wild" / "pdf"


def _item(data: bytes) -> SourceItem:
    return SourceItem(path="/s/x.pdf", member=None, size=len(data),
                      modified=datetime.now(UTC))


def test_password_protected_pdf_is_encrypted() -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("geheim", ownerPassword="eigenaar"))
    c.drawString(50, 800, "BSN: 111222333")
    c.showPage()
    c.save()
    with pytest.raises(EncryptedDocument):
        list(extract(_item(buf.getvalue()), buf.getvalue(), Limits()))


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{3,}", text)}


@pytest.mark.parametrize("name", ["libreoffice-writer.pdf", "google-doc.pdf",
                                  "dutch-invoice-filters.pdf", "latex-multicolumn.pdf",
                                  "minimal-pdflatex.pdf", "pdfa.pdf"])
def test_pdfium_text_agrees_with_pdfplumber(name: str) -> None:
    data = (WILD / name).read_bytes()
    ours = " ".join(c.text for c in extract(_item(data), data, Limits())
                    if isinstance(c, TextChunk) and c.page)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        reference = " ".join(page.extract_text() or "" for page in pdf.pages)
    a, b = _words(ours), _words(reference)
    # hyphenation and column joins differ a little (latex-multicolumn: 0.88)
    assert len(a & b) / max(len(a | b), 1) >= 0.85


def test_huge_image_only_page_is_ocrd_at_a_bounded_size() -> None:
    """A 200 x 200 inch page would be a 1.6-gigapixel bitmap at 200 dpi; it is rendered at
    most MAX_PIXELS and still read."""
    import resource

    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (1600, 400), 255)
    ImageDraw.Draw(img).text((40, 150), "Curriculum vitae Utrecht", fill=0,
                             font=ImageFont.load_default(size=90))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(14_400, 14_400))
    c.drawImage(ImageReader(img), 0, 0, width=14_400, height=3_600)
    c.showPage()
    c.save()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chunks = [c for c in extract(_item(buf.getvalue()), buf.getvalue(), Limits())
              if isinstance(c, TextChunk) and c.page == 1]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert chunks and chunks[0].ocr and "Utrecht" in chunks[0].text
    assert grown_mb < 600  # 50 Mpx grey plus its PNG; unbounded it would be gigabytes


def test_corrupt_pdf_after_an_encrypted_one_is_corrupt() -> None:
    """pdfium's last error outlives a failed load: a corrupt PDF read right after an
    encrypted one in the same worker was reported as encrypted."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    from scanner.extract.errors import CorruptDocument

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("geheim", ownerPassword="e"))
    c.drawString(50, 800, "BSN: 111222333")
    c.showPage()
    c.save()
    corrupt = (WILD / "qpdf-infinite-loop-120.pdf").read_bytes()
    for data, error in ((buf.getvalue(), EncryptedDocument), (corrupt, CorruptDocument),
                        (buf.getvalue(), EncryptedDocument), (b"%PDF-1.4\n%garbage", CorruptDocument)):
        with pytest.raises(error):
            list(extract(_item(data), data, Limits()))
