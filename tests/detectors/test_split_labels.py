"""A label written apart is still the label: a word split by a stray space, a soft hyphen,
a zero-width space, a hyphen at a line break or a full stop set apart ("Geb oortedatum",
"Geboorte-\\ndatum", "Geb . datum"), and a form's letter-spaced label ("B S N :"). Its tail
alone ("datum", "nummer") reads as another kind's label otherwise."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.context import label_evidence


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize("label", [
    "Geb oortedatum", "Geboorte- datum", "Geboorte-\ndatum", "Geb\u00adoortedatum",
    "Geb\u200boortedatum", "Geb .  datum", "Geb.-datum",
])
def test_a_split_birth_date_label(label: str) -> None:
    text = f"{label} : 12 - 03 - 1990"
    assert _found(text, "DATE_OF_BIRTH") == ["12 - 03 - 1990"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Burger- servicenummer: 123456782", "nl"),
    ("Burgerservice-\nnummer: 123456782", "nl"),
    ("B S N: 123456782", "nl"),
    ("b s n : 123456782", "nl"),
    ("Sofi- nummer: 123456782", "nl"),
])
def test_a_split_bsn_label(text: str, lang: str) -> None:
    assert _found(text, "NL_BSN", lang) == ["123456782"]


@pytest.mark.parametrize("text", [
    "Reis datum: 12-03-1990",  # joined, still another kind's date
    "Ingangs- datum: 12-03-1990",
])
def test_a_joined_label_of_another_kind_stays_a_decoy(text: str) -> None:
    ev = label_evidence("DATE_OF_BIRTH", text, text.index("12"))
    assert ev is not None and ev.why.startswith("decoy")


def test_letter_spaced_decoy() -> None:
    text = "k l a n t n r: 123456782"
    assert _found(text, "NL_BSN") == []
