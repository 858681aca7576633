"""PDF specifics: our own password-protected PDF, and pypdfium2's bulk text agreeing with
pdfplumber's on real-world PDFs (pdfplumber is the reference the issue names)."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path

import pdfplumber
import pytest

from scanner.extract import Limits, extract
from scanner.extract.errors import EncryptedDocument
from scanner.models import SourceItem, TextChunk

WILD = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wild" / "pdf"


def _item(data: bytes) -> SourceItem:
    return SourceItem(path="/s/x.pdf", member=None, size=len(data),
                      modified=datetime.now(timezone.utc))


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
