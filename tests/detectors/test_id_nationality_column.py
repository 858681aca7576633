"""A passport or ID number of the Dutch shape in a table with a nationality column: the
row's nationality, when it is another country's, says whose document it is ("PL" beside
"EA4019273", a Polish passport), in the text as detect() reads it and in a table the scan
reads column by column. A Dutch holder, or a row whose own cell names the document
("Reisdocument vreemdelingen": a Dutch document a foreign national holds), keeps the number
a Dutch document's. All names and numbers synthetic; tables written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import detect
from tests.policy.scanned import scan_text

_ALIGNED = (
    "Boeking     Naam                    Nationaliteit  Paspoort/ID       Aankomst\n"
    "512004871   Zielinski, Marek        {nat}             {doc}         02-11-2026\n"
    "512004889   Ionescu, Andrei         RO             KR4471935         02-11-2026\n"
)
_CSV = "naam;nationality;passport\nMarek Zielinski;{nat};{doc}\nAndrei Ionescu;Roemeense;KR4471935\n"
_TAB = "Name\tNat.\tID card\tStart\nMarek Zielinski\t{nat}\t{doc}\t2026-11-02\n"


def _ids(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "NL_ID_DOCUMENT"]


@pytest.mark.parametrize("layout", [_ALIGNED, _CSV, _TAB])
def test_another_countrys_holder_is_another_countrys_document(layout: str) -> None:
    text = layout.format(nat="PL", doc="EA4019273")
    assert _ids(text) == []


@pytest.mark.parametrize("layout", [_ALIGNED, _CSV, _TAB])
def test_a_dutch_holder_keeps_a_dutch_document(layout: str) -> None:
    text = layout.format(nat="NL", doc="NW92BR3K4")
    assert "NW92BR3K4" in _ids(text)


def test_a_row_that_names_its_document_is_read_by_that() -> None:
    text = ("Nr | Naam           | Soort document        | Documentnr | Nat.\n"
            "1  | Hoang, T.M.    | Reisdocument vreemd.  | MB8F6FAS4  | VN\n"
            "2  | Jakubowski, A. | Dowód osobisty (PL)   | CDR558120  | PL\n")
    assert _ids(text) == ["MB8F6FAS4"]


@pytest.mark.parametrize(("name", "layout"), [("crew.csv", _CSV), ("lijst.txt", _ALIGNED)])
def test_the_scan_reads_the_nationality_beside_a_column(tmp_path: Path, name: str,
                                                       layout: str) -> None:
    _, foreign, _ = scan_text(tmp_path / name, layout.format(nat="PL", doc="EA4019273"))
    _, dutch, _ = scan_text(tmp_path / name, layout.format(nat="NL", doc="NW92BR3K4"))
    assert "NL_ID_DOCUMENT" not in foreign
    assert "NL_ID_DOCUMENT" in dutch
