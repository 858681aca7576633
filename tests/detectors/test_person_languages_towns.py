"""PERSON (stop 74): a language and a town that are first names too, said as such.

- A language ISO 639-1 gives no code (Dari, Farsi, Papiamento, Sranantongo, Frisian:
  person.toml extra_languages), beside another language or after a verb of speaking or
  learning ("bezig met Frans"), or as a subordinate clause's object before its verb at the
  clause's end ("die Dari spreekt.").
- A Dutch town that is a first name too ("Horst") right before a street and its number.
A person of the same name stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Voor het gesprek is een buurvrouw meegekomen die Dari spreekt.", "nl"),
    ("Ik spreek Dari, Urdu en een beetje Nederlands.", "nl"),
    ("Since moving to Leeuwarden I have been learning Frisian at night school.", "en"),
    ("Op dinsdagavond ben ik bezig met Frans, niveau A2.", "nl"),
    ("Huisvesting nieuwe mensen wk 14 -> Horst, Lindeweg 12b (sleutel bij de buren).", "nl"),
])
def test_a_language_or_a_town_said_as_one_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Frans belt morgen terug over het rooster.", "Frans"),
    ("Horst Vermeer woont op Lindeweg 12b in Venlo.", "Horst Vermeer"),
])
def test_a_person_of_the_same_name_stays(text: str, name: str) -> None:
    assert name in _names(text)
