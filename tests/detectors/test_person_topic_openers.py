"""PERSON: a mail's paragraph about one person opened by its topic word ("Over Wessel: hij
begint maandag", "About Wessel: ...") names that person; the topic word's capital is the
sentence's, no name's beside it (data/person_model.toml openers). A place stays a place.
Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Hoi Ilse,\n\nOver Wessel: hij kan vanaf maandag weer draaien, tot eind januari.\n",
     "Wessel", "nl"),
    ("Hi all,\n\nAbout Femke: she moves to the night team next week.\n", "Femke", "en"),
])
def test_a_topic_opened_by_a_name(text: str, name: str, lang: str) -> None:
    assert name in _names(text, lang)


def test_a_place_after_the_topic_word_stays_no_person() -> None:
    assert _names("Over Amsterdam: de trein rijdt morgen niet.\n", "nl") == []
