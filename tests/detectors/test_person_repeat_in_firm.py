"""PERSON: a surname seen in full as a person's is no person where it repeats inside a firm's
name after its particles or initials ("Ria Wal", then "Hoveniersbedrijf Van der Wal";
"Kees Mulder", then "Schildersbedrijf J. Mulder"): the organisation's word stands before them. The repeat alone stays a name.
Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "firm_part"), [
    (("Gesprek met Ria Wal over haar rooster.\n"
     "Opdrachtgever: Hoveniersbedrijf Van der Wal, Zwolle."), "Wal, Zwolle"),
    (("Kees Mulder belde over de planning.\n"
     "Klant: Schildersbedrijf J. Mulder, afdeling beheer."), "Mulder, afdeling"),
    (("Kees Mulder belde over de planning.\n"
     "Klant: Schildersbedrijf J.K. Mulder uit Zwolle."), "Mulder uit"),
])
def test_a_repeat_inside_a_firms_name_is_no_person(text: str, firm_part: str) -> None:
    at = text.index(firm_part)
    found = [d for d in detect(text, "nl") if d.entity == "PERSON"]
    assert not any(d.start <= at < d.end for d in found)


def test_the_repeat_alone_stays() -> None:
    text = "Gesprek met Rik van der Wal over zijn rooster.\nVan der Wal belt morgen terug."
    assert sum("Wal" in n for n in _names(text)) == 2
