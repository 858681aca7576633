"""NL_ID_DOCUMENT: a record's bare number field ("Nummer:", "Nr.:") under a field that names
its document ("Document: Nederlandse identiteitskaart"), in the same block though a name, an
address and a birth date stand between (beyond a context word's reach), is that document's
number; another country's document stays no Dutch one. Cases written here (shapes of the
Dutch format)."""

from __future__ import annotations

import pytest

from detectors import detect


def _ids(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl", document=True)
            if d.entity == "NL_ID_DOCUMENT"]


@pytest.mark.parametrize("text", [
    ("Intake 14 mei, ID-controle\nDocument: identiteitskaart (NL)\n"
     "Houder: Lotte Johanna Maria Dekker\nAdres: Kerkstraat 12, 3511 AB Utrecht\n"
     "Geboortedatum: 04-03-1993\nNr.: NP7K24R91\nGeldig tot: 04-03-2033\n"),
    ("Soort document: paspoort\nHouder: Pieter Willem Bos\n"
     "Adres: Dorpsstraat 4, 7411 KT Deventer\nGeboortedatum: 12-06-1979\nNr.: BH3T6L2P8\n"),
])
def test_a_number_field_under_the_records_document_is_found(text: str) -> None:
    assert len(_ids(text)) == 1


def test_another_countrys_document_stays_none() -> None:
    text = ("Document: identiteitskaart (Roemenië)\nHouder: Andrei Mihai Popescu\n"
            "Adres: Kerkstraat 12, 3511 AB Utrecht\nGeboortedatum: 04-03-1993\n"
            "Nr.: NP7K24R91\n")
    assert _ids(text) == []
