"""Kinds found on running-text-24 (stop 45: agriculture and food processing in running text),
tested with cases of our own (synthetic names):

- Romanian, Moldovan and Ukrainian names were missing from the gazetteer: names-dataset has
  no Romanian or Ukrainian list (its RO and UA requests come back empty), so make_names.py
  adds Faker's curated lists of the origins it lacks, Cyrillic transliterated by Faker's own
  table, and Moldova's names-dataset list;
- a name is typed with its diacritics, without them, and with the other Romanian s/t
  (comma below or cedilla): "Ionuț", "Ionuţ", "Ionut"; Ukrainian "-ii" also as "-iy";
- the widening adds no place, nationality or common word ("Breda" is a first name in a
  Faker list; it stays a town).
"""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import first_names, is_known, last_names


def _persons(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize("lang, text, name", [
    ("nl", "Ploeg 3 vandaag: Ionuț Popescu, Mirela Dumitrescu en Florin Stanciu.", "Ionuț Popescu"),
    ("nl", "Gesprek met Ionuţ Bălan over zijn kamer; hij wil verhuizen.", "Ionuţ Bălan"),
    ("en", "12-08 21:58 - Serhiy Tkachenko: I bring charger tomorrow\n12-08 22:03 - Ana: ok",
     "Serhiy Tkachenko"),
    ("en", "Absent: Liviu (no message), Vitalie (sick). Please call Liviu today.", "Vitalie"),
    ("nl", "16:40 Vitalie Ceban gebeld, hij wist van niets.", "Vitalie Ceban"),
])
def test_names_of_romanian_moldovan_and_ukrainian_origin(lang: str, text: str,
                                                         name: str) -> None:
    assert name in _persons(text, lang)


@pytest.mark.parametrize("forms", [
    ("Ionuț", "Ionuţ", "Ionut"),  # comma below, cedilla, none
    ("Serhii", "Serhiy"),  # Сергій: the official romanisation and the common one
    ("Liviu", "Vitalie", "Mirela"),
])
def test_a_first_name_in_every_form_it_is_typed(forms: tuple[str, ...]) -> None:
    assert all(f in first_names() for f in forms), [f for f in forms if f not in first_names()]


@pytest.mark.parametrize("surnames", [("Popescu", "Stănescu", "Stanescu", "Tkachenko", "Ceban")])
def test_surnames_of_the_same_origins(surnames: tuple[str, ...]) -> None:
    assert all(s in last_names() for s in surnames), [s for s in surnames if s not in last_names()]


@pytest.mark.parametrize("word", ["Breda", "Slovak", "Nota", "Santa", "Pole"])
def test_the_widening_adds_no_place_nationality_or_common_word(word: str) -> None:
    assert word not in first_names()
    assert word not in {"Nota", "Santa", "Pole", "Slovak"} & last_names()


@pytest.mark.parametrize("text", [
    "Hij werkt in Breda en woont in Tilburg. Nota bene: de bus rijdt niet.",
    "Vestiging Breda (Breda), 076 - 520 41 90.",
    "Our Slovak and Romanian crews start on Monday.",
])
def test_places_and_nationalities_stay_no_one(text: str) -> None:
    assert _persons(text) == []


def test_is_known_reads_the_widened_lists() -> None:
    assert is_known("Ionuţ") and is_known("Popescu")
