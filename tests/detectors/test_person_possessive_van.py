"""A possessive "van" before a first name and the rest of a name is no particle of it: the
name opens after it ("de afwezigheid van Yara van der Pol", "de bevestiging van Desmond
O'Hara"), as before a lone first name ("het afscheid van Gerda"); a value "van Yara" is no
value the document holds (detectors/person_shape._given_after_particle). A title before
the particle still leads a surname ("mevrouw van Gerven"). All names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Punt 3: de afwezigheid van Yara van der Pol (planning).\n", "Yara van der Pol"),
    ("De extra uren zijn akkoord, zie de bevestiging van Desmond O'Hara (locatiehoofd).\n",
     "Desmond O'Hara"),
    ("Dossier aangemaakt voor het kandidaatdossier van Evert Ganzeboom (magazijn).\n",
     "Evert Ganzeboom"),
])
def test_the_name_opens_after_the_possessive(text: str, name: str) -> None:
    assert name in _persons(text), _persons(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Gesprek met mevrouw van Gerven over haar rooster.\n", "van Gerven"),
    ("Het afscheid van Gerda was gezellig, zei Joost Mulder.\n", "Gerda"),
])
def test_controls(text: str, name: str) -> None:
    assert name in _persons(text), _persons(text)
