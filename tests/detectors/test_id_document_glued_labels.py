"""NL_ID_DOCUMENT under the labels forms, HR systems and ID-check logs write as one word or
shorten: "idnr", "IDnummer", a web form's "idnr=" field, and "IDK" for identiteitskaart
("Nederlandse IDK"). All document numbers synthetic (the 9-character shape, no O)."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"]


@pytest.mark.parametrize("text", [
    "Kandidaat: Visser, Anna\nIDnr: XK7RT2P45\nGeldig tot: 01-02-2031",
    "idnummer XK7RT2P45 (gezien bij intake)",
    "voornaam=Anna&achternaam=Visser&idnr=XK7RT2P45&akkoord=1",
    "12-03-2026  Visser, Anna        Nederlandse IDK   XK7RT2P45   01-02-2031   AB",
])
def test_a_glued_or_shortened_id_label_names_the_document_number(text: str) -> None:
    assert _found(text) == ["XK7RT2P45"]


def test_idk_as_chat_shorthand_names_no_number_of_another_shape() -> None:
    assert _found("idk wat zijn nummer is, ordernr 4471-2209") == []


def test_a_passports_three_language_column_header_names_the_number_below() -> None:
    # the French "No du passeport" a Dutch passport prints is the number's label, not
    # "number of" something else
    text = ("PASPOORT / PASSPORT / PASSEPORT\n"
            "Type/Type  Code/Code  Paspoortnr./Passport No./No du passeport\n"
            "P          NLD        XK7RT2P45\n"
            "Naam/Surname/Nom\nVISSER\n")
    assert _found(text) == ["XK7RT2P45"]
