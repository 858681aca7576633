"""PERSON (stop 74): words that stand where a name might but name something else.

- a first name that is a feast's, in its possessive ("Valentine's rush");
- a chat's greeting typed small before a name ("salam Yusuf"), while the same word
  capitalised as a first name stays ("Selam Tesfaye");
- a Dutch noun before a surname ("Oeververdediging Beek": a project and its river);
- a firm's name after a surname: two trades an ampersand joins, a foreign legal form
  ("Bosman Dredging & Marine", "Quintero S.A.S.");
- a header row's title over a column of names ("Coördinator" over "Anouk Brink").
Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Extra hands are needed for the Valentine's rush in week 6.", "en"),
    ("Toeslag Valentine's piek: 20% op uren tussen 05:00 en 09:00.", "nl"),
    ("Project: Oeververdediging Beek, vak 3 tot 7", "nl"),
    ("Het rapport van Agrarische Taxaties Mulder kwam gisteren binnen.", "nl"),
])
def test_a_feast_or_a_noun_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


def test_a_greeting_typed_small_is_no_name_and_the_name_after_it_is() -> None:
    text = "di 05:41  Karim: salam Yusuf, bus is te laat, ik ben er 06:15"
    names = _names(text)
    assert "Yusuf" in names and not any("salam" in n for n in names)


def test_a_first_name_that_is_a_greeting_too_stays() -> None:
    assert "Selam Tesfaye" in _names("Roepnaam: Selam\nNaam: Selam Tesfaye")


@pytest.mark.parametrize(("text", "kept", "gone", "lang"), [
    ("Met vriendelijke groet,\nRoel Bosman\nDirecteur, Bosman Dredging & Marine B.V.",
     "Roel Bosman", "Bosman Dredging", "nl"),
    ("Roel Bosman signed. The survey was done by Bosman Dredging & Marine last spring.",
     "Roel Bosman", "Bosman", "en"),
    ("2018 - 2021  Packer, Flores Quintero S.A.S., Medellín", None, "Quintero", "en"),
])
def test_a_firm_named_after_a_person_is_no_person(text: str, kept: str | None, gone: str,
                                                  lang: str) -> None:
    names = _names(text, lang)
    assert kept is None or kept in names
    assert names.count(gone) == 0 and not any(n.startswith(gone) and n != kept for n in names)


def test_a_header_over_a_column_of_names_is_no_name() -> None:
    text = ("Medewerker      | Pers.nr | Ziek vanaf | Coördinator\n"
            "Visser, Nienke  | 4412    | 03-02-2026 | Anouk Brink\n"
            "Kaya, Onur      | 4419    | 10-02-2026 | Anouk Brink\n"
            "Nowak, Kamil    | 4431    | 19-01-2026 | Bregje Dijkman\n")
    names = _names(text)
    assert "Anouk Brink" in names and "Coördinator" not in names


def test_a_greeting_in_a_chat_typed_small_is_no_name() -> None:
    text = ("Berichten met +31 6 12345678 (Karim Ouazzani) - export uit planningsapp\n\n"
            "wo 11-03 06:02  Karim: salam Yusuf, bus is niet gekomen. ik ben er om half 7. "
            "sorry. ik bel als ik er ben. nog een keer sorry\n"
            "wo 11-03 06:05  Yusuf: ok. geen probleem. ik zeg het tegen de ploegleider. "
            "kom maar rustig\n"
            "wo 11-03 06:31  Karim: ben er nu. dank je. tot straks\n")
    assert not any("salam" in n for n in _names(text))
