"""Tables set with spaces as people type them into a note: a title above the header, a row
with an empty cell (narrower than its header), cells that hold commas ("Vries, Jan de",
"Dorpsstraat 1, Utrecht"); and a form's "label  :  value" line, which is no table row."""

from __future__ import annotations

import pytest

from detectors import columns, detect

TITLED = (
    "PERSONEELSLIJST MAGAZIJN - week 9                                    upd. 9\n"
    "Naam                         BSN           Geb.datum   Afdeling                        "
    "In dienst    %FTE\n"
    "De Vries, Jan                123 456 782   12.03.1990  Magazijn Noord                  80\n"
    "Bakker, Anna                 111222333     03.04.1985  Expeditie Zuid   01.02.2020\n"
    "Smit, P.                                   05.06.1977  Magazijn Noord                  100\n"
)
COMMAS = (
    "Hierbij het overzicht van de nieuwe uitzendkrachten voor de planning.\n"
    "Pers.nr     Naam                  BSN          Geboortedatum   Adres\n"
    "111222333   Vries, Jan de         123456782    12-03-1990      Dorpsstraat 1, Utrecht, NL\n"
    "100000009   Bakker, A.            111222333    03-04-1985      Kerkweg 2a, Zwolle\n"
    "Met vriendelijke groet, Kees\n"
)
ENGLISH = (
    "STAFF LIST - updated weekly\n"
    "Name               Employee no.   Citizen service no.   Date of birth\n"
    "Smith, Anna        100000009      123456782             02-02-1988\n"
    "Brown, T.          111222333      200000007             1990-03-12\n"
)


def _found(text: str, lang: str = "nl") -> list[tuple[str, str]]:
    return [(d.entity, text[d.start:d.end]) for d in detect(text, lang)
            if d.entity in ("NL_BSN", "DATE_OF_BIRTH")]


def test_a_title_above_the_header_is_no_header() -> None:
    assert _found(TITLED) == [
        ("NL_BSN", "123 456 782"), ("DATE_OF_BIRTH", "12.03.1990"),
        ("NL_BSN", "111222333"), ("DATE_OF_BIRTH", "03.04.1985"),
        ("DATE_OF_BIRTH", "05.06.1977")]


def test_cells_with_commas_stand_under_their_spaced_header() -> None:
    # the personnel numbers (11-check valid) are not reported: their header names them
    assert _found(COMMAS) == [
        ("NL_BSN", "123456782"), ("DATE_OF_BIRTH", "12-03-1990"),
        ("NL_BSN", "111222333"), ("DATE_OF_BIRTH", "03-04-1985")]
    assert _found(ENGLISH, "en") == [
        ("NL_BSN", "123456782"), ("DATE_OF_BIRTH", "02-02-1988"),
        ("NL_BSN", "200000007"), ("DATE_OF_BIRTH", "1990-03-12")]


@pytest.mark.parametrize("text", [
    "Naam (in hoofdletters)  :  JAN DE VRIES\nGeboortedatum  :  12-03-1990  [ ]  nvt",
    "Name (capitals)  :  JOHN SMITH\nDate of birth  =  12-03-1990  (dd-mm-yyyy)  ok",
])
def test_a_form_line_is_no_row(text: str) -> None:
    at = text.index("12-03-1990")
    assert columns.column_label(text, at) is None
    assert _found(text, "en" if "Name" in text else "nl") == [("DATE_OF_BIRTH", "12-03-1990")]
