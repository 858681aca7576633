"""A name written with accents its gazetteer source lists without them is still a listed
name (detectors/person_names.is_first_name, is_last_name): Romanian, Irish, Icelandic spellings in a roster
or a form. All names invented or from the package's own lists."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import is_first_name, is_known, is_last_name, last_names


def _persons(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


def test_accents_aside_the_list_holds_the_name() -> None:
    assert "Nicolaescu" in last_names() and "Nicolăescu" not in last_names()
    assert is_last_name("Nicolăescu") and is_known("Nicolăescu") and is_known("Stegărescu")


@pytest.mark.parametrize("word", ["Café", "Één", "Coördinator", "Financiën", "nicolăescu"])
def test_no_word_becomes_a_name(word: str) -> None:
    """No common word folds onto a name, and the case of a name still counts."""
    assert not is_last_name(word) and not is_first_name(word)


def test_a_roster_of_surnames_and_initials() -> None:
    text = ("Rooster inpakafdeling week 12\n"
            "MA   vroeg: Nicolăescu D., Ionescu A.      laat: Stegărescu V., Popa M.\n")
    found = _persons(text)
    assert "Nicolăescu D." in found and "Stegărescu V." in found, found


def test_a_foreign_label_word_is_no_name() -> None:
    """A bilingual form's label in Hungarian ("Név": name) is no surname, accents aside."""
    assert _persons("Naam / Név: Kovács Eszter\n") == ["Kovács Eszter"]
