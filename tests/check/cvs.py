"""Synthetic CVs for the pre-upload check tests and the API benchmark (Faker nl_NL)."""

from __future__ import annotations

import io
import zipfile

from faker import Faker

BSN = "111222333"  # the SPEC's test number: passes the 11-check
SICK = "Ik heb diabetes type 1 en gebruik dagelijks insuline."

_fake = Faker("nl_NL")
_fake.seed_instance(8)
NAME = _fake.name()
EXPERIENCE = [
    "Werkervaring: medewerker klantenservice bij een groothandel in Utrecht, 2019-2023.",
    "Verantwoordelijk voor het plannen van routes en het onderhouden van klantcontact.",
    "Opleiding: MBO Logistiek, Albeda College Rotterdam, diploma behaald in 2018.",
    "Vaardigheden: Excel, SAP, rijbewijs B, heftruckcertificaat, Engels en Duits.",
    "Hobby's: hardlopen, koken en vrijwilligerswerk bij de voedselbank.",
]


def cv_lines(bsn: bool = False, special: bool = False, pages: int = 2) -> list[list[str]]:
    """Lines per page: a plain CV, with a BSN on page 1 and/or a health remark on page 2."""
    first = [f"Curriculum vitae {NAME}", "Woonplaats: Amersfoort", *EXPERIENCE]
    if bsn:
        first.insert(2, f"BSN: {BSN}")
    rest = [[f"Vervolg werkervaring {p}", *EXPERIENCE] for p in range(2, pages + 1)]
    if special and rest:
        rest[0].append(SICK)
    return [first, *rest]


def cv_pdf(bsn: bool = False, special: bool = False, pages: int = 2, password: str | None = None
           ) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=password)
    for lines in cv_lines(bsn, special, pages):
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


def cv_docx(bsn: bool = False, special: bool = False, pages: int = 2) -> bytes:
    import docx

    doc = docx.Document()
    for n, lines in enumerate(cv_lines(bsn, special, pages)):
        if n:
            doc.add_page_break()
        for line in lines:
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("cv.txt", "Curriculum vitae")
    return buf.getvalue()


def scanned_pdf(pages: int = 3) -> bytes:
    """A CV as a scanner makes it: every page an image, no text layer (needs OCR)."""
    from PIL import Image, ImageDraw, ImageFont

    images = []
    for lines in cv_lines(pages=pages)[:pages]:
        image = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        font = ImageFont.load_default(size=28)
        for n, line in enumerate(lines):
            draw.text((100, 120 + 44 * n), line, fill=0, font=font)
        images.append(image)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=150)
    return buf.getvalue()


def blank_pdf() -> bytes:
    """A PDF with one empty page: nothing to read, nothing to OCR."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.showPage()
    c.save()
    return buf.getvalue()


def cv_odt(bsn: bool = False) -> bytes:
    """An OpenDocument text CV, written part by part as LibreOffice stores one."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    paras = "".join(f"<text:p>{line}</text:p>" for line in cv_lines(bsn)[0])
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {ns}><office:body><office:text>'
                                  f"{paras}</office:text></office:body></office:document-content>")
        z.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


def encrypted_office(data: bytes, password: str = "geheim") -> bytes:
    """An OOXML file as Word saves it with a password: an OLE2 container (msoffcrypto)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()
