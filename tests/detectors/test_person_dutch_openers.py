"""PERSON (issue #14, stop 69): a capitalised word that opens a sentence and is on no name
list is a Dutch word when spaCy's Dutch lemma tables hold it (detectors/dutch_words.py),
though the common-word list misses it: "Bijgaand stuur ik ...", "Afmelden gaat via de app".
A name on no list that opens a sentence ("Zarmina belt ...") stays a name: the vocabulary
holds words, not names. Cases written here."""

from __future__ import annotations

import pytest

from detectors.dutch_words import is_dutch_word
from tests.detectors.found import found


@pytest.mark.parametrize(("text", "word"), [
    ("Hoi Femke,\n\nBijgaand stuur ik het rooster van week 12.", "Bijgaand"),
    ("Let op. Afmelden gaat via de app van het uitzendbureau.", "Afmelden"),
    ("Verslag van de avond. Melder wil anoniem blijven, zegt de centralist.", "Melder"),
    ("Groep uit Gdańsk. Aankomst verwacht rond tien uur bij de poort.", "Aankomst"),
])
def test_a_dutch_word_opening_a_sentence_is_no_one(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Over het rooster. Zarmina belt morgen terug.", "Zarmina"),
    ("Nieuwe kracht. Tesfay komt vrijdag langs voor zijn pasje.", "Tesfay"),
])
def test_a_name_on_no_list_opening_a_sentence_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_the_vocabulary_holds_words_not_names() -> None:
    assert all(map(is_dutch_word, ("aankomst", "bijgaand", "afmelden", "melder")))
    assert not any(map(is_dutch_word, ("zarmina", "tesfay", "okonkwo", "mohammadi")))
