"""Seeded documents whose identifiers exist only in images inside them: DOCX, a PDF with a
text layer, PPTX, XLSX, ODT and an e-mail with an inline image. Each also holds what must be
skipped: a logo repeated on every page or beside the photo, a one-colour block, an icon.

``documents(n, seed)`` gives n documents, the formats in turn; run as a script it writes
them to a folder: ``python tests/extract/embedded_docs.py OUT [N]``.
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.extract.embedded_images import KINDS, Planted, blank, icon, logo, planted

TEXT = ["Dossier kandidaat", "Bijgevoegd: kopie van het document, zie afbeelding.",
        "Graag controleren voor het plaatsen bij de opdrachtgever.",
        "Afdeling Personeelszaken, Utrecht"]


@dataclass(frozen=True)
class Document:
    name: str
    data: bytes
    identifiers: tuple[tuple[str, str], ...]
    image_location: str  # where the scanner reports the planted image's text


def _docx(p: Planted) -> tuple[bytes, str]:
    from docx import Document as Docx
    from docx.shared import Cm

    doc = Docx()
    doc.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(logo()), width=Cm(3))
    for line in TEXT:
        doc.add_paragraph(line)
    doc.add_picture(io.BytesIO(icon()), width=Cm(0.8))
    doc.add_picture(io.BytesIO(p.jpeg), width=Cm(12))
    doc.add_picture(io.BytesIO(blank()), width=Cm(4))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), "word/media/image3.jpg"


def _pdf(p: Planted) -> tuple[bytes, str]:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for page in (1, 2):
        c.drawImage(ImageReader(io.BytesIO(logo())), 420, 780, width=120, height=40)
        for n, line in enumerate(TEXT):
            c.drawString(60, 740 - 16 * n, f"{line} ({page})")
        if page == 2:
            c.drawImage(ImageReader(io.BytesIO(p.jpeg)), 60, 300, width=420,
                        preserveAspectRatio=True, height=360)
        c.showPage()
    c.save()
    return out.getvalue(), "page 2, image 2"


def _pptx(p: Planted) -> tuple[bytes, str]:
    from pptx import Presentation
    from pptx.util import Cm

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = TEXT[0]
    slide.shapes.add_picture(io.BytesIO(logo()), Cm(1), Cm(1), width=Cm(4))
    slide.shapes.add_picture(io.BytesIO(p.jpeg), Cm(3), Cm(5), width=Cm(18))
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue(), "ppt/media/image2.jpg"


def _xlsx(p: Planted) -> tuple[bytes, str]:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as XlImage

    wb = Workbook()
    ws = wb.active
    ws.append(["Kandidaat", "Status"])
    ws.append(["zie afbeelding", "in behandeling"])
    ws.add_image(XlImage(io.BytesIO(p.jpeg)), "D2")
    ws.add_image(XlImage(io.BytesIO(blank())), "D40")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), "xl/media/image1.jpeg"


def _odt(p: Planted) -> tuple[bytes, str]:
    from odf.draw import Frame
    from odf.draw import Image as OdfImage
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for line in TEXT:
        doc.text.addElement(P(text=line))
    href = doc.addPicture("Pictures/scan.jpg", "image/jpeg", p.jpeg)
    frame = Frame(width="12cm", height="8cm", anchortype="paragraph")
    frame.addElement(OdfImage(href=href))
    para = P()
    para.addElement(frame)
    doc.text.addElement(para)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue(), "Pictures/scan.jpg"


def _eml(p: Planted) -> tuple[bytes, str]:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"] = "planning@voorbeeld.example", "hr@voorbeeld.example"
    msg["Subject"], msg["Date"] = "Kopie document kandidaat", "Mon, 30 Nov 2026 10:00:00 +0100"
    msg.set_content("\n".join(TEXT))
    msg.add_alternative("<html><body><p>" + "</p><p>".join(TEXT)
                        + '</p><img src="cid:scan1"><img src="cid:logo1"></body></html>',
                        subtype="html")
    html = msg.get_payload()[1]
    html.add_related(p.jpeg, maintype="image", subtype="jpeg", cid="<scan1>")
    html.add_related(logo(), maintype="image", subtype="png", cid="<logo1>")
    return msg.as_bytes(), "inline image"


FORMATS: dict[str, Callable[[Planted], tuple[bytes, str]]] = {
    "docx": _docx, "pdf": _pdf, "pptx": _pptx, "xlsx": _xlsx, "odt": _odt, "eml": _eml}


def documents(n: int, seed: int = 16) -> list[Document]:
    """n documents, formats and image kinds in turn, identifiers drawn from ``seed``."""
    rng, kinds, formats = random.Random(seed), list(KINDS), list(FORMATS)
    docs = []
    for i in range(n):
        fmt = formats[i % len(formats)]
        # shifted every round, so each format holds each kind of image
        image = planted(rng, kinds[(i + i // len(formats)) % len(kinds)])
        data, location = FORMATS[fmt](image)
        docs.append(Document(f"doc{i:02d}-{image.kind}.{fmt}", data, image.identifiers,
                             location))
    return docs


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for d in documents(int(sys.argv[2]) if len(sys.argv) > 2 else 24):
        (folder / d.name).write_bytes(d.data)
