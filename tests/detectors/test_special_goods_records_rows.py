"""Special categories: three things that are no statement about a person's health or views.

- A health term that is what an offence was about ("diefstal van insuline", "theft of the
  medication") is the goods; the offence stays a criminal-record statement.
- An absence word that names a kind of record ("my full sickness absence records",
  "mijn ziekteverzuim-overzicht") is data asked for, not a statement of being ill.
- A CV's dated row ("2018 – 2021   Secretary to the VVD group") is a row of its own: a person
  word closing the row above in brackets ("(temp)") does not reach the employer below.
Cases written here; the controls keep a statement."""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, lang: str = "nl") -> set[str]:
    return {d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Uit het screeningsgesprek: hij kreeg een straf voor heling van insuline.", "nl"),
    ("She was convicted of theft of the medication from the ward trolley.", "en"),
])
def test_stolen_medicine_is_no_health(text: str, lang: str) -> None:
    found = _special(text, lang)
    assert "SPECIAL_CRIMINAL" in found and "SPECIAL_HEALTH" not in found


@pytest.mark.parametrize("text", [
    "Under the GDPR I ask for my full sickness absence records, and my contract too.",
    "Please also send my sick leave file from 2024.",
])
def test_a_record_of_absence_asked_for_is_no_health(text: str) -> None:
    assert "SPECIAL_HEALTH" not in _special(text, "en")


def test_a_dated_cv_row_is_its_own() -> None:
    text = ("Work experience\n"
            "2021 – now     Planner at De Linde care centre (temp)\n"
            "2018 – 2021    Secretary, VVD council group Deventer\n")
    assert "SPECIAL_POLITICS" not in _special(text, "en")


@pytest.mark.parametrize(("text", "entity", "lang"), [
    ("Hij is veroordeeld voor mishandeling en heeft diabetes.", "SPECIAL_HEALTH", "nl"),
    ("My sick leave started in May after my knee surgery.", "SPECIAL_HEALTH", "en"),
    ("The temp told me he joined the VVD last spring.", "SPECIAL_POLITICS", "en"),
])
def test_statements_stay(text: str, entity: str, lang: str) -> None:
    assert entity in _special(text, lang)
