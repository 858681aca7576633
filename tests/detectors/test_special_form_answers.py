"""Special categories in a questionnaire's lines answered at their end: a line answered no
("koorts met keelpijn ........ ja / NEE", the answer chosen in capitals; "Jaundice .... no")
states nothing, even in a record about one person (a food handler's health declaration is
typed medical); a line answered yes still states it. And a biometric method a rule offers
beside another means ("met badge of vingerafdruk") is no one's template."""

from __future__ import annotations

import pytest

from detectors import detect

FORM = ("GEZONDHEIDSVERKLARING VOEDSELVERWERKERS\nNaam: Anna Visser      Functie: kok\n"
        "Heeft u in de afgelopen 7 dagen last gehad van:\n{lines}\n"
        "Ik verklaar dat ik het bovenstaande naar waarheid heb ingevuld.\n")


def _health(text: str, record: bool) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl", record=record)
            if d.entity == "SPECIAL_HEALTH"]


@pytest.mark.parametrize("record", [False, True])
@pytest.mark.parametrize("lines", [
    "1. diarree en/of braken                      ja / NEE\n2. geelzucht                      ja / NEE",
    "Diarree ........................ nee\nGeelzucht ...................... nee",
    "1. huidinfecties aan handen of armen ja / NEE",
])
def test_a_line_answered_no_states_nothing(lines: str, record: bool) -> None:
    assert _health(FORM.format(lines=lines), record) == []


def test_a_line_answered_yes_states_it_in_the_record() -> None:
    lines = "Diarree ........................ JA\nGeelzucht ...................... nee"
    assert _health(FORM.format(lines=lines), record=True) == ["Diarree"]


def test_a_line_answered_yes_on_a_named_persons_form_states_it() -> None:
    # no record needed: the form names its person and the line is answered yes
    text = ("HEALTH DECLARATION - FOOD HANDLERS\nName: Anna Visser      Agency: Connect\n"
            "In the last 7 days, have you had:\n"
            "Diarrhoea and/or vomiting .................... YES  (Sat-Sun, stopped Monday)\n"
            "Jaundice ..................................... no\n")
    found = [text[d.start:d.end] for d in detect(text, "en") if d.entity == "SPECIAL_HEALTH"]
    assert found == ["Diarrhoea", "vomiting"]


@pytest.mark.parametrize("text, lang", [
    ("De uitzendkracht klokt in met badge of vingerafdruk, volgens de regels van de inlener.",
     "nl"),
    ("Medewerkers openen de deur met hun personeelspas of een vingerafdruk.", "nl"),
    ("Crew enter with a QR code or face scan at the north gate.", "en"),
])
def test_a_biometric_method_offered_beside_another_means_is_no_ones_template(
        text: str, lang: str) -> None:
    assert [d for d in detect(text, lang) if d.entity == "SPECIAL_BIOMETRIC"] == []


def test_a_persons_own_scanned_fingerprint_stays_biometric() -> None:
    text = "Op 2 november moest ik bij de klok mijn vingerafdruk laten scannen."
    assert [d.entity for d in detect(text, "nl")] == ["SPECIAL_BIOMETRIC"]
