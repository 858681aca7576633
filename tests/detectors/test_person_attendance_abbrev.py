"""PERSON: minutes' attendance lists under an abbreviated label ("Aanw.:", "Afw.:") are
read as "Aanwezig:" is, and among two or more people's initials, letters that spell an
acronym ("AB", "MT", "DA") are someone's initials too; a list of bodies ("HR, OR, MT")
stays none. Cases written here; running-text-29 showed the kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "initials"), [
    (("Toolbox wo 12-11\nAanw.: PV, KB, LdH, T. Yildiz\nAfw.: GS (ziek)\n\n"
     "- PV licht de nieuwe werkvergunning toe.\n"), ["PV", "KB", "LdH", "GS"]),
    (("Startwerkbespreking\nAanwezig: RvD (uitvoerder), AB, MT, JK, S. Ferreira\n\n"
     "- AB en JK doen de metingen.\n"), ["AB", "MT", "JK"]),
])
def test_initials_in_an_abbreviated_or_mixed_attendance_list(text: str,
                                                             initials: list[str]) -> None:
    names = _names(text)
    for letters in initials:
        assert letters in names, (letters, names)


def test_a_list_of_bodies_is_no_persons() -> None:
    assert _names("Overleg 3 maart\nAanwezig: HR, OR (voorzitter), MT\n") == []
