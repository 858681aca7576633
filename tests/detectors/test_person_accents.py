"""A name written with accents its gazetteer source lists without them is still a listed
name (detectors/person_names.Gazetteer): Romanian, Irish, Icelandic spellings in a roster
or a form. All names invented or from the package's own lists."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import first_names, is_known, last_names


def _persons(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


def test_accents_aside_the_list_holds_the_name() -> None:
    assert "Nicolaescu" in last_names() and "Nicolăescu" in last_names()
    assert is_known("Nicolăescu") and is_known("Stegărescu")


@pytest.mark.parametrize("word", ["Café", "Één", "Coördinator", "Financiën", "nicolăescu"])
def test_no_word_becomes_a_name(word: str) -> None:
    """No common word folds onto a name, and the case of a name still counts."""
    assert word not in last_names() and word not in first_names()


def test_a_roster_of_surnames_and_initials() -> None:
    text = ("Rooster inpakafdeling week 12\n"
            "MA   vroeg: Nicolăescu D., Ionescu A.      laat: Stegărescu V., Popa M.\n")
    found = _persons(text)
    assert "Nicolăescu D." in found and "Stegărescu V." in found, found


def test_a_foreign_label_word_is_no_name() -> None:
    """A bilingual form's label in Hungarian ("Név": name) is no surname, accents aside."""
    assert _persons("Naam / Név: Kovács Eszter\n") == ["Kovács Eszter"]
