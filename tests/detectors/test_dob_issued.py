"""DATE_OF_BIRTH: a document's issue date written with the verb ("afgegeven 14-02-2020",
"Uitgegeven: 3 juni 2019", "issued 12 May 2020") is no birth date, though a birth date's
label stands on the next line; that birth date stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _births(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "issued", "born", "lang"), [
    (("ID-kaart gezien, nummer IX9RT45K2, afgegeven 14-02-2020, geldig tot 14-02-2030\n"
     "Geboortedatum op kaart: 11-08-1987"), "14-02-2020", "11-08-1987", "nl"),
    ("Rijbewijs B\nUitgegeven: 3 juni 2019\nGeb.datum: 21 januari 1990",
     "3 juni 2019", "21 januari 1990", "nl"),
    ("Polish ID card checked, issued 12 May 2020 by the city of Lodz\nDate of birth: 3 March 1988",
     "12 May 2020", "3 March 1988", "en"),
])
def test_an_issue_date_is_no_birth_date(text: str, issued: str, born: str, lang: str) -> None:
    found = _births(text, lang)
    assert issued not in found and born in found
