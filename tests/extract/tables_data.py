"""A synthetic candidate export with identifier columns, written as CSV/TSV and as tables in
DOCX, ODT, HTML and PDF; every identifier a test plants, with its row and column.

All values are synthetic: 11-check-valid BSNs generated here, IBANs with computed check
digits, example.nl addresses, gazetteer names.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from stdnum import iban
from stdnum.nl import bsn

HEADER = ["bsn", "naam", "achternaam", "e-mail", "telefoon", "iban", "geboortedatum",
          "ordernummer", "opmerking"]
FIRST = ["Jan", "Sanne", "Piet", "Zoë", "Ahmed", "Fleur", "Daan", "Emma"]
# Not yet: a lone surname that opens with a particle ("de Vries") under an 'achternaam'
# column of an export is missed (PERSON needs a capital first; in a document table the full
# name in the same row carries it). Reported to the lead, not planted here.
LAST = ["Jansen", "Dekker", "Bakker", "Müller", "El Amrani", "Visser", "Smit", "Meijer"]
ENTITY = {"bsn": "NL_BSN", "naam": "PERSON", "achternaam": "PERSON", "e-mail": "EMAIL_ADDRESS",
          "telefoon": "PHONE_NUMBER", "iban": "IBAN_CODE", "geboortedatum": "DATE_OF_BIRTH"}


@dataclass(frozen=True)
class Planted:
    row: int  # 1-based, the header being row 1
    column: str
    entity: str


def valid_bsns(n: int, start: int = 100_000_000) -> list[str]:
    """The first ``n`` 11-check-valid 9-digit numbers from ``start``."""
    out = []
    k = start
    while len(out) < n:
        k += 1
        if bsn.is_valid(str(k)):
            out.append(str(k))
    return out


def _iban(account: int) -> str:
    body = f"ABNA{account:010d}"
    return f"NL{iban.calc_check_digits('NL00' + body)}{body}"


def rows() -> list[list[str]]:
    """Header and 8 candidates; the second has an 8-digit BSN, the orders are 11-check-valid."""
    bsns = valid_bsns(8, 111_222_000)
    bsns[1] = "12345672"  # an 8-digit BSN (a leading zero dropped by a spreadsheet)
    orders = valid_bsns(8, 500_000_000)
    out = [HEADER]
    for i, (first, last) in enumerate(zip(FIRST, LAST, strict=True)):
        out.append([bsns[i], f"{first} {last}", last, f"{first.lower()}.{i}@example.nl",
                    f"06-{12345670 + i}", _iban(417164300 + i * 7919),
                    f"{10 + i}-0{1 + i % 9}-19{70 + i}", orders[i],
                    "beschikbaar; ma-vr\nbelt terug" if i % 2 else "geen"])
    return out


def planted() -> list[Planted]:
    return [Planted(r, col, ENTITY[col]) for r in range(2, 10) for col in HEADER
            if col in ENTITY]


def delimited(delimiter: str, encoding: str, header: bool = True) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(
        rows() if header else rows()[1:])
    return buf.getvalue().encode(encoding)


def docx_table() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Kandidatenoverzicht")
    data = rows()
    table = doc.add_table(rows=len(data), cols=len(HEADER))
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Einde van het overzicht")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def odt_table() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Kandidatenoverzicht"))
    table = Table(name="Kandidaten")
    table.addElement(TableColumn(numbercolumnsrepeated=len(HEADER)))
    for row in rows():
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def html_table() -> bytes:
    from html import escape

    data = rows()
    head = "".join(f"<th>{escape(c)}</th>" for c in data[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in data[1:])
    return (f"<html><body><h1>Kandidaten</h1><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table><p>Einde</p></body></html>").encode()


def pdf_table() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]
    table = Table([[c.replace("\n", " ") for c in row] for row in rows()])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("FONTSIZE", (0, 0), (-1, -1), 6)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=20, rightMargin=20).build(
        [Paragraph("Kandidatenoverzicht", style), table, Paragraph("Einde", style)])
    return buf.getvalue()
