"""PERSON: an article opening a sentence before a body's acronym ("Het NIBUD is ...", "De
WSNP is ...") is no particle and surname: the acronym's own capitals say so (a word in
capitals is read title-cased, "Nibud"). A surname in capitals after "De" stays ("De BOER").
Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "Regeling getroffen voor maart.\nHet LBIO is akkoord met de termijnen.",
    "Afspraak gemaakt voor april.\nHet NIBUD is akkoord met het plan.",
    "Dossier bijgewerkt.\nDe WSNP is gestart in maart.",
])
def test_an_article_and_a_bodys_acronym_is_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Aanmelding ontvangen.\nDe Boer belde gisteren over de uren.", "De Boer"),
    ("Aanmelding ontvangen.\nDe BOER is akkoord met de uren.", "De BOER"),
])
def test_a_particle_and_a_surname_stay(text: str, name: str) -> None:
    assert any(name in n for n in _names(text))
