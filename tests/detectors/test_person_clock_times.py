"""PERSON (prose model): a capitalised word right after a clock time ("09:12 Roos vraagt",
"14:03 Mark says") opens a log's or a chat's entry, as a capital inside a sentence marks a
proper noun: weighed as one (after_time), not as a unit after a number ("12 Jan", "2 Mark"),
when the entry goes on after it. Common words after a time (an agenda's "14:00 Lunch") and a
word alone on its line after one (an agenda's room, "11:00 Jade") stay no names."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("09:12 Roos vraagt of ze mag ruilen", "nl", ["Roos"]),
    ("14:03 Mark says the truck is late again", "en", ["Mark"]),
    ("16:40 Wiebe meldt zich af voor de late dienst", "nl", ["Wiebe"]),
    ("22:10:05 Kowalczyk meldt zich bij poort B", "nl", ["Kowalczyk"]),
    ("11:20 Priya stuurt het nieuwe rooster", "nl", ["Priya"]),
    ("7:05 Okonkwo belt dat de bus niet rijdt", "nl", ["Okonkwo"]),
    ("Logboek poort\n08:02 Jesse komt binnen\n08:15 Demi vraagt naar haar pasje", "nl",
     ["Jesse", "Demi"]),
    ("Shift log\n06:30 Grace starts on line 4\n06:45 Tobias calls in sick", "en",
     ["Grace", "Tobias"]),
    ("23:59 Lotte heeft de alarmcode gewijzigd", "nl", ["Lotte"]),
])
def test_name_after_a_clock_time(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("14:00 Lunch in de kantine", "nl"),
    ("09:00 Opening door de voorzitter", "nl"),
    ("12:00 Pauze en daarna Evaluatie", "nl"),
    ("10:30 Coffee and Registration", "en"),
    ("Betaald: 2 Mark per uur", "nl"),  # a number, no time: a unit's word as before
    ("Levering op 12 Jan en 3 Mei", "nl"),
    # an agenda's item alone on its line after a time: a room or a topic, not who acts
    ("09:00 Welkom\n10:30 Koffie\n11:00 Jade\n14:00 Iris\n", "nl"),
    ("Programme\n13:00 Lunch\n14:00 Ruby\n15:30 Closing\n", "en"),
])
def test_no_name_after_a_clock_time(text: str, lang: str) -> None:
    assert _names(text, lang) == []
