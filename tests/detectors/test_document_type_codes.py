"""NL_ID_DOCUMENT after the document-type code an exchange file or a register writes in the
cell before the number: "PPT" (passport, ICAO 9303's "P" written out) and "NID" (national
identity card). Twins: the same shape after an article or a serial label stays unreported.
Numbers synthetic (2 letters, 6 letters or digits, 1 digit, no O)."""

from __future__ import annotations

import pytest

from detectors import detect


def _documents(text: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"}


@pytest.mark.parametrize("text", [
    "Kamp|Guus|ppt|NX4F2K7L1|2031-03-01",
    "Tuithof;Quinty;NID;NX4F2K7L1;2030-11-15",
    "doc_type=PPT doc_nr=NX4F2K7L1 expiry=2031-03-01",
])
def test_document_type_code(text: str) -> None:
    assert _documents(text) == {"NX4F2K7L1"}


@pytest.mark.parametrize("text", [
    "Kamp|Guus|sku|NX4F2K7L1|2031-03-01",
    "artikel NX4F2K7L1 besteld",
])
def test_other_codes(text: str) -> None:
    assert _documents(text) == set()


@pytest.mark.parametrize(("text", "found"), [
    ("Zie de ppt XR4B12345 op Teams", False),
    ("Bestand: kwartaal.ppt BK12LM345", False),
    ("Ticket nid XR4B12345 gesloten", False),
    ("PPT;XR4B12345", True),
    ("| NID | XR4B12345 |", True),
    ("ppt|XR4B12345", True),
])
def test_a_code_labels_only_a_cell_of_its_own(text: str, found: bool) -> None:
    assert bool(_documents(text)) is found
