"""PERSON: a surname typed or transcribed in lower case after a form of address ("dank u
mevr postma", "meneer van der graaf"), not a common word, a role or a title after one
("mevrouw wil", "mevrouw de intercedente", "mw. drs. Brinkman"). Cases written here."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_a_surname_typed_small_after_a_form_of_address() -> None:
    text = ("[10:02] Jurensley: oke dank u wel mevr kowalczyk\n"
            "[10:03] Jurensley: en meneer van der heijden belt nog toch?\n")
    names = _names(text)
    assert "kowalczyk" in names and "van der heijden" in names


def test_a_word_a_role_or_a_title_after_a_form_of_address_is_no_name() -> None:
    text = ("mevrouw wil graag teruggebeld worden, meneer zegt dat het goed is.\n"
            "Graag doorsturen aan mevrouw de intercedente.\n"
            "Contact: mw. drs. E. Brinkman\n")
    names = _names(text)
    assert not {"wil", "zegt", "de intercedente", "intercedente", "drs"} & set(names), names
