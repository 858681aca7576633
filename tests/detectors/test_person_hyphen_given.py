"""A hyphenated first name whose first half is a listed name that is also a common word or
a month ("An-", "Mei-") is the person's whole first name: the pipeline reports a name by
its value, and "Lan Koster" is no value the document holds (detectors/person.py
_first_half). An article glued to a name is no first half. All names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Vanaf maandag werkt Mei-Lan Koster bij de planning.\n", "Mei-Lan Koster"),
    ("Het rooster van An-Katrien Verbruggen is aangepast.\n", "An-Katrien Verbruggen"),
    ("Welkom aan Mei-Hua Dijkstra, onze nieuwe planner!\n", "Mei-Hua Dijkstra"),
])
def test_the_whole_first_name(text: str, name: str) -> None:
    assert name in _persons(text), _persons(text)


def test_both_halves_hyphenated() -> None:
    """The first name grown backwards and the surname forwards: the run read on from the
    surname's end, not from a place counted off the first name's start."""
    text = "Vandaag: An-Katrien Liem-Hang en Joost Mulder.\n"
    assert {"An-Katrien Liem-Hang", "Joost Mulder"} <= set(_persons(text)), _persons(text)


def test_an_article_is_no_first_half() -> None:
    assert not any(p.startswith("Het") for p in _persons("Het-Jan Jansen belde om tien uur.\n"))
