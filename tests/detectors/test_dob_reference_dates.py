"""DATE_OF_BIRTH: the date a list holds for is no one's birth date (stop 41, context.toml
[DATE_OF_BIRTH] decoy: "stand", "peildatum", "as at"), even right above a table whose header
names birth dates; the birth dates in that table still are. Synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, language: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "language"), [
    (("Overzicht heftruckcertificaten Noord   stand 15-10-2026\n\nnaam;geb.datum;certificaat\n"
     "Vos, Ilse;03-04-1991;reachtruck\nSmit, Kees;21-11-1987;heftruck\n"), "nl"),
    (("Peildatum: 01-09-2026\nNaam;Geboortedatum;Functie\nBakker, Anna;14-02-1993;planner\n"
     "Dijk, Sem;30-06-1989;chauffeur\n"), "nl"),
    (("Certificate list as at 01/09/2026\nName;Date of birth;Certificate\n"
     "Nowak, Piotr;12/03/1984;forklift\nSilva, Ana;05/07/1990;reach truck\n"), "en"),
])
def test_the_date_a_list_holds_for_is_no_birth_date(text: str, language: str) -> None:
    found = _dobs(text, language)
    assert len(found) == 2 and not any(d.endswith("2026") for d in found)
