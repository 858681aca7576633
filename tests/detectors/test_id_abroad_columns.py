"""Passport and ID numbers of other countries where no nationality says so, and residence
documents named in a header, a shortened label or a bracketed country after the number.

- A column of document numbers in which two or more have another country's shape
  (letters, then digits only: "EW4471982", "CDE218845") and none the Dutch one (letters
  mixed into the digits) is a list of staff from abroad with their own passports: none of
  them is a Dutch document, in the text as detect() reads it and in a table the scan reads
  by column. One Dutch-shaped number keeps the column Dutch.
- "(PT)" after the number names its country; "Residence doc. no.:" and an export's
  "permit_doc_no" header name a residence document, which is no passport or ID card.
All names and numbers synthetic; texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import detect
from tests.policy.scanned import scan_text

_BUS = (
    "nr | naam                | geb.datum  | paspoort/ID  | opmerking\n"
    "1  | ZIELINSKI Tomasz    | 04.03.1992 | {a}    | kamer 3\n"
    "2  | Popescu, Mihaela    | 11.09.1996 | {b}    | kamer 3\n"
    "3  | Dimitrov Ivan       | 23.01.1988 | 57120334     | BG ID kaart\n"
)
_HOUSING = (
    "Booking     Name                    Passport/ID        Arrival     Room\n"
    "704411235   Kowalski, Adam          {a}          23-11-2026  2.1\n"
    "704411243   Marin, Elena            {b}          23-11-2026  2.2\n"
    "704411251   Horvat, Luka            HR 118204399       24-11-2026  2.3\n"
)


def _ids(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "NL_ID_DOCUMENT"]


@pytest.mark.parametrize("layout", [_BUS, _HOUSING])
def test_a_column_of_other_countries_numbers_holds_no_dutch_document(layout: str) -> None:
    assert _ids(layout.format(a="EW4471982", b="CDE218845")) == []


@pytest.mark.parametrize("layout", [_BUS, _HOUSING])
def test_one_dutch_number_keeps_the_column_dutch(layout: str) -> None:
    found = _ids(layout.format(a="EW4471982", b="NW92BR3K4"))
    assert "NW92BR3K4" in found
    assert "EW4471982" in found


@pytest.mark.parametrize(("name", "layout"), [("bus.txt", _BUS), ("huisvesting.txt", _HOUSING)])
def test_the_scan_reads_the_column_the_same(tmp_path: Path, name: str, layout: str) -> None:
    _, abroad, _ = scan_text(tmp_path / name, layout.format(a="EW4471982", b="CDE218845"))
    _, dutch, _ = scan_text(tmp_path / name, layout.format(a="EW4471982", b="NW92BR3K4"))
    assert "NL_ID_DOCUMENT" not in abroad
    assert "NL_ID_DOCUMENT" in dutch


def test_a_csv_column_of_other_countries_numbers_in_the_scan(tmp_path: Path) -> None:
    rows = "naam;paspoort;start\nTomasz Zielinski;EW4471982;2026-03-14\nMihaela Popescu;CDE218845;2026-03-14\n"
    _, abroad, _ = scan_text(tmp_path / "aankomst.csv", rows)
    _, dutch, _ = scan_text(tmp_path / "aankomst.csv", rows.replace("CDE218845", "NW92BR3K4"))
    assert "NL_ID_DOCUMENT" not in abroad
    assert "NL_ID_DOCUMENT" in dutch


@pytest.mark.parametrize(("text", "kept"), [
    ("paspoort / passport: CB7712093 (PT)\n", False),
    ("paspoort / passport: CB7712093 (NL)\n", True),
    ("paspoort / passport: NW92BR3K4 (verlengd)\n", True),
    ("Buitenlands paspoort: CB7712093\n", False),
])
def test_a_bracketed_country_after_the_number(text: str, kept: bool) -> None:
    assert bool(_ids(text)) is kept


@pytest.mark.parametrize("text", [
    "Foreign national\n  Surname:              Okafor\n  Residence doc. no.:   XA9917243\n",
    "Res. permit no. XA9917243, valid until 30-11-2027\n",
    ("employee;permit_type;permit_doc_no;valid_until\nOkafor, C.;kennismigrant;NLD XA9917243;30-11-2027\n"
    "Zhang Wei;ICT;NLD XB4471R08;01-05-2026\n"),
])
def test_a_residence_document_named_short_or_in_a_header(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize("text", [
    "  Passport no.:   XA9917243\n",
    "employee;passport_doc_no;valid_until\nOkafor, C.;XA9917243;30-11-2027\nZhang W.;XB4471R08;01-05-2026\n",
])
def test_a_passport_named_the_same_ways_stays(text: str) -> None:
    assert _ids(text) != []


def test_a_register_cell_naming_a_dutch_id_card() -> None:
    text = ("Datum      Naam bezoeker            Bedrijf                Legitimatie (nr)\n"
            "02-12-2026 F.J. (Frank) Lamberts     Connect-Me             NL-ID SPBX94K72\n")
    assert _ids(text) == ["SPBX94K72"]
