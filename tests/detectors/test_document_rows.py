"""Issue #14, driving licence and ID numbers in tables pasted into a note or an e-mail: a
row with an empty cell is still a row of a table set in columns with spaces (the header's
label reaches it), and a number column headed with its number word first ("Nr. document")
takes the kind of document from its row, as "Documentnummer" does."""

from __future__ import annotations

import pytest

from detectors import detect

ALIGNED = """{title}

{head}
J.P. (Jan) Bakker     12.3.1985   5012345678     C/CE      123456782       01-02-2030
Pieter van Dijk       1-2-1990    5123456789     C/CE      111222333       01-02-2031
Anna-Lisa Smit        12.03.1988  5234567890     B         123456782       01-02-2029 !!
Karim Yilmaz          14-05-1992  5345678901     CE        111222333       01-02-2032
Rutger Hendriks       3 mei 1979  5456789012     C1/C1E                    01-02-2028

{after}
"""
NUMBERS = ["5012345678", "5123456789", "5234567890", "5345678901", "5456789012"]


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("title", "head", "after", "lang"), [
    ("Overzicht rijbewijzen chauffeurs  -  pool Groningen (bijgewerkt 3 maart 2026)",
     "naam                  geb.        rijbewijsnr    cat.      BSN-controle   geldig",
     "Anna-Lisa is bezig met verlengen (week 12).", "nl"),
    ("Drivers  -  Groningen pool (updated 3 March 2026)",
     "name                  born        licence no.    cat.      BSN check      valid",
     "Anna-Lisa is renewing hers (week 12).", "en"),
])
def test_a_row_with_an_empty_cell_stays_in_its_table(title: str, head: str, after: str,
                                                     lang: str) -> None:
    text = ALIGNED.format(title=title, head=head, after=after)
    assert _found(text, "NL_DRIVERS_LICENSE", lang) == NUMBERS


@pytest.mark.parametrize("header", ["Nr. document", "No. document", "Nr doc", "Nummer doc."])
def test_a_number_column_headed_with_its_number_word_first(header: str) -> None:
    text = (
        "Controle legitimaties\n\n"
        f"| Nr | Medewerker     | Soort document      | {header:<12} | Geldig tot |\n"
        "|----|----------------|---------------------|--------------|------------|\n"
        "| 1  | Jansen, A. de  | ID identiteitskaart | IR7F3L9K2    | 01-02-2030 |\n"
        "| 2  | Bakker, P.J.   | Rijbewijs NL        | 5012345678   | 01-02-2030 |\n"
        "| 3  | Yilmaz, K.     | Paspoort (NL)       | NXR4K8P21    | 01-02-2030 |\n")
    assert _found(text, "NL_DRIVERS_LICENSE") == ["5012345678"]
    assert _found(text, "NL_ID_DOCUMENT") == ["IR7F3L9K2", "NXR4K8P21"]
