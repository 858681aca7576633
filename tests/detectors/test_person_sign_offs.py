"""PERSON: a letter's closing in another language of the Dutch labour market ("Pozdrawiam,",
"Salam,", "Saygılarımla,", "Cumprimentos,") is the sign-off, never a name, and the line under
it signs. Twins: the same word as a name on its own line with no comma ("Groet,⏎Salam") or
before a surname stays a name. Names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Dag Ewa,\n\nDe uren kloppen.\n\nPozdrawiam,\nMarek Odrzywołek", "Marek Odrzywołek"),
    ("Hi Fenna,\nIk kom morgen om 7 uur.\n\nSalam,\nYusuf Dehbi", "Yusuf Dehbi"),
    ("Beste planning,\nIk ben ziek.\n\nSaygılarımla,\nEmre Yaşaroğlu", "Emre Yaşaroğlu"),
    ("Beste Ana,\nObrigado pelo contrato.\n\nCumprimentos,\nJoão Vilaça", "João Vilaça"),
])
def test_a_foreign_sign_off_is_no_name(text: str, name: str) -> None:
    names = found(text, "PERSON")
    assert name in names
    assert not [n for n in names if n.split()[0] in ("Pozdrawiam", "Salam", "Saygılarımla",
                                                     "Cumprimentos")]


@pytest.mark.parametrize(("text", "name"), [
    ("Groet,\nSalam", "Salam"),
    ("Collega Salam Dehbi belt morgen over het rooster.", "Salam Dehbi"),
])
def test_the_same_word_as_a_name_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
