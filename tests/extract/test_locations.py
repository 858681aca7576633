"""A BSN hidden in every part a format has is found, with the right location."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

import detectors
from scanner.extract import Limits, extract
from scanner.models import SourceItem, TextChunk

BSN = "111222333"
LINE = f"Burgerservicenummer: {BSN}"


def _locations(data: bytes, name: str) -> set[str]:
    item = SourceItem(path=f"/s/{name}", member=None, size=len(data),
                      modified=datetime.now(UTC))
    found = set()
    for x in extract(item, data, Limits()):
        if isinstance(x, TextChunk):
            # a table block's cells keep their own locations, as findings do
            found.update(x.location_at(d.start) for d in detectors.detect(x.text)
                         if d.entity == "NL_BSN")
    return found


def _docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Curriculum vitae")
    doc.add_paragraph(LINE)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = LINE  # nested table
    section = doc.sections[0]
    section.header.paragraphs[0].text = LINE
    section.footer.paragraphs[0].text = LINE
    doc.add_comment(doc.paragraphs[0].runs or [doc.paragraphs[0].add_run("x")], text=LINE)
    doc.core_properties.author = LINE
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setAuthor(LINE)
    c.drawString(50, 800, "Pagina een")
    c.showPage()
    c.drawString(50, 800, LINE)
    c.showPage()
    c.save()
    return buf.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Lijst"
    hidden = wb.create_sheet("Intern")
    hidden.sheet_state = "hidden"
    hidden.append(["Naam", "BSN"])
    hidden.append(["Test", BSN])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _pptx() -> bytes:
    from pptx import Presentation

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = "Intro"
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = LINE
    slide.notes_slide.notes_text_frame.text = LINE
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.nl", "b@example.nl", LINE
    msg.set_content(f"Zie bijlage.\n{LINE}")
    return msg.as_bytes()


@pytest.mark.parametrize("maker, name, expected", [
    (_docx, "cv.docx", {"body", "header", "footer", "comment", "metadata:author"}),
    (_pdf, "cv.pdf", {"page 2", "metadata:author"}),
    (_xlsx, "lijst.xlsx", {"Intern!B2"}),
    (_pptx, "deck.pptx", {"slide 2", "notes slide 1"}),
    (_eml, "mail.eml", {"header", "body"}),
    (lambda: ("{\\rtf1\\ansi " + LINE + "\\par}").encode(), "cv.rtf", {"body"}),
    (lambda: f"<html><body><p>{LINE}</p><script>x</script></body></html>".encode(),
     "cv.html", {"body"}),
    (lambda: LINE.encode("utf-16"), "cv.txt", {"text"}),
])
def test_bsn_found_in_each_part(maker, name: str, expected: set[str]) -> None:
    assert expected <= _locations(maker(), name)


def test_zip_member_and_mail_attachment_are_children() -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("dossier/cv.txt", LINE)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.nl", "b@example.nl", "Stukken"
    msg.set_content("Zie bijlage.")
    msg.add_attachment(inner.getvalue(), maintype="application", subtype="zip",
                       filename="stukken.zip")
    item = SourceItem(path="/s/m.eml", member=None, size=1, modified=datetime.now(UTC))
    [attachment] = [x for x in extract(item, msg.as_bytes(), Limits())
                    if isinstance(x, SourceItem)]
    assert attachment.member == "stukken.zip" and attachment.depth == 1
    [member] = [x for x in extract(attachment, attachment.data or b"", Limits())
                if isinstance(x, SourceItem)]
    assert member.member == "stukken.zip!/dossier/cv.txt" and member.data == LINE.encode()
