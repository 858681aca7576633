"""Issue #14, NL_ID_DOCUMENT in a table read as a table: the extractor labels a number cell
with its row's kind ("Docnr (PL dowód osobisty): ..."), which the label reading skips as an
aside; the number's own field on its line still names the country. A country's code in
capitals in brackets is one, also where it is a word in lower case ("(BE)", "(DE)", "(IN)").
A document's own short name ("dowód") names its country. A "doc_nummer" column takes its
row's kind. Twins: the Netherlands named, or a holder's nationality in another cell, keep it."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors import detect
from scanner.extract.table import table_chunks

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(3622)


def _documents(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"]


ABROAD = [
    "Docnr (PL dowód osobisty): KP7Y3M2T5",
    "Nr. document (Carte d'identité (FR)): KP7Y3M2T5",
    "Nummer (Paspoort Roemenië): KP7Y3M2T5",
    "Documentnummer (Bulgaars paspoort): KP7Y3M2T5\nDocumentnummer (NL paspoort): XR1001R58",
    "Passport (BE):     KP7Y3M2T5, valid until 2031",
    "Reisepass (DE): KP7Y3M2T5",
    "ID card (IN) KP7Y3M2T5",
    f"{_FAKE.name()} | PL dowód | KP7Y3M2T5 | 2031-02-01",
]
DUTCH = [
    "Docnr (NL ID-kaart): KP7Y3M2T5",
    "Nummer (Paspoort Nederland): KP7Y3M2T5",
    "Passport (NL):     KP7Y3M2T5, valid until 2031",
    "Naam".ljust(40) + "Nationaliteit".ljust(16) + "Paspoortnummer\n"
    + _FAKE.name().ljust(40) + "Poolse".ljust(16) + "KP7Y3M2T5",
]


@pytest.mark.parametrize("text", ABROAD)
def test_the_numbers_own_field_names_another_country(text: str) -> None:
    assert "KP7Y3M2T5" not in _documents(text)


@pytest.mark.parametrize("text", DUTCH)
def test_the_netherlands_or_a_holders_nationality_keeps_it(text: str) -> None:
    assert _documents(text) == ["KP7Y3M2T5"]


def test_a_doc_nummer_column_takes_its_rows_kind() -> None:
    rows = [["medewerker", "doc_soort", "doc_nummer"],
            [_FAKE.name(), "dowód osobisty", "KP7Y3M2T5"],
            [_FAKE.name(), "paspoort", "XR1001R58"]]
    text = "\n".join(c.text for c in table_chunks(rows))
    assert "doc_nummer (dowód osobisty): KP7Y3M2T5" in text
    assert _documents(text) == ["XR1001R58"]
