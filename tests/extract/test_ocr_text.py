"""OCR letter-for-digit repair (scanner/extract/ocr_text.py): only where the format allows a
digit alone, and an IBAN only when its mod-97 check then passes."""

from __future__ import annotations

import pytest

from scanner.extract.ocr_text import repair


@pytest.mark.parametrize("ocr, repaired", [
    ("rekening NLO8ASNB4465563537.", "rekening NL08ASNB4465563537."),  # O for 0
    ("IBAN: NLOS INGB 4357 0723 57", "IBAN: NL08 INGB 4357 0723 57"),  # OS for 08: S is 5 or 8
    ("Documentnummer: WNLY6L1NO", "Documentnummer: WNLY6L1N0"),  # last character is a digit
    ("Documentnummer: SPOCI2O1O", "Documentnummer: SP0CI2010"),  # no O after the first two
    ("Documentnummer: VXOCHDOJ4", "Documentnummer: VX0CHD0J4"),
    # left alone
    ("IBAN: NL91ABNA0417164300", "IBAN: NL91ABNA0417164300"),  # already valid
    ("NLOS ABCD EFGH IJKL", "NLOS ABCD EFGH IJKL"),  # no digit substitution makes it valid
    ("KONINKRIJK DER NEDERLANDEN", "KONINKRIJK DER NEDERLANDEN"),
    ("PORTFOLIO", "PORTFOLIO"),  # O in the first two letters: never a document number
    ("Documentnummer: SPECI2014", "Documentnummer: SPECI2014"),
    ("Documentnummer: JVSFJCUR7", "Documentnummer: JVSFJCUR7"),  # S for 9: cannot be told
    ("KONINKRIJKEN", "KONINKRIJKEN"),
])
def test_repair(ocr: str, repaired: str) -> None:
    assert repair(ocr) == repaired
