"""NL_BSN under a label in three languages, as a Dutch passport or ID card prints its
personal-number field: the French "No personnel" (the personal number) after our Dutch and
English words is the same label, not a personnel number; a label longer than the label
window is read from its first word. A plain "personeelsnummer" still names its own number.
All numbers synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("label", [
    "Burgerservicenummer/Personal no./No personnel",
    "Persoonsnummer/Personal No./No personnel",
    "Persoonsnummer / Personal No. / N° personnel",
    "BSN/Citizen service number/Numéro personnel",
])
def test_a_three_language_label_of_the_personal_number_is_a_bsn_label(label: str) -> None:
    text = f"Nationaliteit  Nederlandse\n{label}  246820068\nDatum van afgifte  12 MAR 2024"
    assert _found(text) == ["246820068"]


@pytest.mark.parametrize("text", [
    "Personeelsnummer/Employee no. 246820068",
    "Personnel no./Personeelsnummer: 246820068",
    "Klantnummer / Customer number / Numéro client 246820068",
])
def test_a_label_of_another_number_in_any_language_stays_a_decoy(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("line", ["Personal No.  246820068", "Personal no.: 246820068",
                                  "PERSONAL NO. 2468.20.068"])
def test_the_english_personal_no_of_a_dutch_document_is_a_bsn_label(line: str) -> None:
    text = f"Type P   Code NLD   Passport No. XR4B12345\nSurname  Visser\n{line}\n"
    assert [s.replace(".", "") for s in _found(text)] == ["246820068"]
