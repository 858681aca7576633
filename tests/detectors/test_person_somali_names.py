"""PERSON: Somali first names, which only names-dataset's Djibouti list holds among its
countries ("Idil", "Ifrah", "Filsan"), are first names; the everyday words that list holds
too ("Moustache", "Gaas") are none (make_names.py NOISY)."""

from __future__ import annotations

import pytest

from detectors.person_names import first_names
from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Vandaag draait Idil de vroege dienst in hal 2.", "Idil"),
    ("Het rooster is met Ifrah doorgesproken.", "Ifrah"),
    ("Graag terugbellen, want Filsan wacht op antwoord.", "Filsan"),
])
def test_somali_first_names_are_names(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("word", ["Moustache", "Gaas", "Afar"])
def test_the_words_of_a_noisy_list_are_no_first_names(word: str) -> None:
    assert word not in first_names()
