"""Issue #14, a scanned form's columns: a value that opens its line under a label in its own
column, past the next column's value on the line between and a blank line, takes that label
(label_above.column_label_above); not a label whose field holds a value already, nor one
that stands only right of the value's column. Numbers generated 11-check-valid."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.label_above import column_label_above


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("text", "entity", "want", "lang"), [
    (("Geboortedatum                     Lidnummer vereniging\n"
     "                                  4471 22\n"
     "21 - 06 - 1979\n"), "DATE_OF_BIRTH", "21 - 06 - 1979", "nl"),
    (("   Date of birth          Place\n"
     "                          Kumasi\n"
     "   14.02.1991\n"), "DATE_OF_BIRTH", "14.02.1991", "en"),
    (("  Geboren op  :                 te :  Paramaribo\n"
     "                 3 0 - 0 1 - 1 9 8 5\n"), "DATE_OF_BIRTH", "3 0 - 0 1 - 1 9 8 5", "nl"),
    (("Sofinummer                      Loonheffingskorting\n"
     "                                [x] ja  [ ] nee\n"
     "\n"
     "180694522\n"), "NL_BSN", "180694522", "nl"),
    (("  BSN werknemer        Personeelsnr\n"
     "                       00417\n"
     "  683 760 099\n"), "NL_BSN", "683 760 099", "nl"),
    (("Rijbewijsnummer           Categorie\n"
     "                          B, BE\n"
     "5012345678\n"), "NL_DRIVERS_LICENSE", "5012345678", "nl"),
    (("  D.O.B.            Employee no.\n"
     "                    E-4471\n"
     "  19/11/1979\n"), "DATE_OF_BIRTH", "19/11/1979", "en"),
    (("Geb. datum      Nationaliteit\n"
     "                Surinaamse\n"
     "02-05-2000\n"), "DATE_OF_BIRTH", "02-05-2000", "nl"),
])
def test_a_value_under_its_columns_label(text: str, entity: str, want: str, lang: str) -> None:
    assert want in _found(text, entity, lang)


@pytest.mark.parametrize(("text", "value"), [
    # the label's field holds its value already: the value below is another field's
    ("Geboortedatum: 03-04-1990        Ingangsdatum\n                 \n01-02-2024",
     "01-02-2024"),
    # the label stands right of the value's column: the next column's
    ("Datum ondertekening            Geboortedatum\n\n12-03-2024", "12-03-2024"),
    ("Kenmerk                  BSN\n\n180694522", "180694522"),
    # the line above holds a value in the value's column: a table's row, no label
    ("  1979-06-21   180694522\n  1985-01-30   683760099", "1985-01-30"),
    # a delimited export's header: its column's label is the column reading's, not this
    ("dossiernr;bsn;naam\n180694522;683760099;Jansen", "180694522"),
    ("| nr | bsn |\n| 180694522 | 683760099 |", "180694522"),
    # the value does not open its line
    ("Geboortedatum\nzie: 21-06-1979", "21-06-1979"),
])
def test_no_column_label(text: str, value: str) -> None:
    assert column_label_above(text, text.rindex(value)) in ("", "Datum ondertekening",
                                                            "Kenmerk")
