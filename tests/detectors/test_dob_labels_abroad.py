"""A birth date under the label of a candidate's own language ("Data urodzenia", "Data de
nascimento", "Geburtsdatum", "Doğum tarihi", Polish "ur."), and the Portuguese, Spanish,
French and German months ("3 de fevereiro de 1988"); twins: another date under a label of
the same language, and such a date in a sentence, are no birth dates."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors import detect

_FAKE = Faker("pl_PL")
_FAKE.seed_instance(1513)


def _births(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("label, date", [
    ("Data urodzenia:", "05.05.1990"),
    ("Data de nascimento:", "14/03/1991"),
    ("Data de nascimento ..........", "3 de fevereiro de 1988"),
    ("Fecha de nacimiento:", "3 de febrero de 1988"),
    ("Geburtsdatum:", "08 FEB/FEB 1971"),
    ("Date de naissance :", "14 juillet 1990"),
    ("Doğum tarihi:", "12.05.1990"),
    ("Data nașterii:", "12.05.1990"),
    ("Gimimo data:", "1988-05-05"),
])
def test_a_birth_date_under_a_label_in_the_candidates_language(label: str, date: str) -> None:
    text = f"Imię i nazwisko: {_FAKE.name()}\n{label} {date}\nTelefon: +48 601 234 567\n"
    assert _births(text) == [date]


def test_polish_ur_in_brackets_after_a_name() -> None:
    text = f"Kandydat: {_FAKE.name()} (ur. 5 maja 1990), kierowca wózka widłowego.\n"
    assert _births(text) == ["5 maja 1990"]


@pytest.mark.parametrize("text", [
    "Data rozpoczęcia: 3 de fevereiro de 2024\n",
    "Data de admissão: 14/03/2024\n",
    "Fecha de inicio: 3 de febrero de 2024\n",
    "Ik ben op 3 de fevereiro de 2024 begonnen bij de klant.\n",
])
def test_another_date_in_those_languages_is_no_birth_date(text: str) -> None:
    assert _births(text) == []
