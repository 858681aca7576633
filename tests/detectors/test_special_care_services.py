"""A care service named by its patients' condition is the workplace, no one's illness
(stop 40): "stroke care unit", "dementia care team", as a one-word ward ("oncology unit")
already was. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


@pytest.mark.parametrize("text", [
    "Linh works as a nurse on the stroke care unit.",
    "Experience: 4 years, dementia care team and oncology unit.",
    "Werkplek: the diabetes care centre of the Client.",
])
def test_a_care_service_named_by_its_patients_condition_is_no_ones_illness(text: str) -> None:
    """A ward or a care service of two words after the term ("dementia care unit") is the
    workplace, in a record too, unless its clause ties a person to it ("he was admitted")."""
    found = [d.entity for d in detect(text, language="en", record=True)
             if d.entity.startswith("SPECIAL_")]
    assert found == []


def test_a_patient_admitted_to_the_care_unit_keeps_the_term() -> None:
    text = "Employee: Tom Baker. He was admitted to the dementia care unit last week."
    assert "SPECIAL_HEALTH" in {d.entity for d in detect(text, language="en", record=True)}
