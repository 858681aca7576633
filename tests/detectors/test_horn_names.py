"""Tigrinya and Amharic names are names (data/names/horn_names.txt), and a language in
brackets after an interpreter's name is no surname."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Gisteren belde Kibrom over zijn rooster voor volgende week.", "Kibrom"),
    ("Nachtdienst: Selamawit Tekle en Jan de Boer.", "Selamawit Tekle"),
    ("Present: Tsegay Woldemichael (forklift), Ana Costa (packing).", "Tsegay Woldemichael"),
    ("In de groep zitten ook Hiwet en Nahom, allebei statushouder.", "Nahom"),
    # (stop 63) Amharic women's names
    ("Kan iemand vrijdag voor Tigist invallen? Ze heeft een afspraak.", "Tigist"),
    ("Mahlet heeft gebeld, ze is een uur later.", "Mahlet"),
])
def test_a_tigrinya_or_amharic_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON", "en" if text.startswith("Present") else "nl")


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Tolk: Yonas Haile (Amhaars), via de gemeente.", "Yonas Haile", "Amhaars"),
    ("Tolk voor het gesprek: Kiflom Mogos (Tigrinya) belt om tien uur.", "Kiflom Mogos",
     "Tigrinya"),
    ("Interpreter: Sara Lindqvist (Swedish) joins the call.", "Sara Lindqvist", "Swedish"),
])
def test_a_language_in_brackets_is_no_surname(text: str, name: str, language: str) -> None:
    names = found(text, "PERSON", "en" if text.startswith("Interpreter") else "nl")
    assert name in names and language not in names


def test_a_city_stays_no_name() -> None:
    assert found("Zijn familie woont nog in Addis Abeba.", "PERSON") == []
