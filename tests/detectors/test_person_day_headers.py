"""PERSON: the days of the week in a timesheet's or roster's header row ("Ma  Di  Wo  Do  Vr")
are no names; a person called Vera or a day in a sentence is unaffected. Cases written here."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_a_header_row_of_days_holds_no_names() -> None:
    text = ("Rooster hal 4, week 12\n\n"
            "Naam                 Telefoon          Ma  Di  Wo  Do  Vr  Za   Ploeg\n"
            "Karim Ouali          06 1234 0000      x   x   -   x   x   -    A\n"
            "Ilse Wagenaar        06 9876 0000      -   x   x   x   -   x    B\n")
    names = _names(text)
    assert "Karim Ouali" in names and "Ilse Wagenaar" in names
    assert not [n for n in names if n.split()[0] in ("Ma", "Di", "Wo", "Do", "Vr", "Za")], names
