"""Whole-text patterns rewritten to open on a character class (re then jumps to the places
a match can start in C, instead of trying a look-behind at every character) find what the
patterns they replace found, on random texts built from what each one reads."""

from __future__ import annotations

import random
import re

SEED = 20261202


def test_dated_years_are_those_of_the_look_behind_first_pattern() -> None:
    from detectors.dob_layout import _DATED_YEAR, born_by

    before = re.compile(r"(?<!\d)(?:\d{1,2}[-./ ](?:\d{1,2}|[^\W\d_]{3,9}\.?)[-./ ]"
                        r"((?:19|20)\d\d)|((?:19|20)\d\d)[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)")
    parts = ["1", "12", "3", "19", "20", "1985", "2031", "2024", "123", "0", "-", ".", "/",
             " ", "  ", "mei", "maart", "Jan.", "x", "\n", "tot ", "geldig ", "é", "١٢",
             "12-03-1985", "3 mei 2024", "2024-03-12", "1999/1/2", "01.02.2030"]
    rng = random.Random(SEED)
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 40)))
             for _ in range(20_000)]
    found = 0
    for text in texts:
        expected = [(m.start(), m.end(), int(m.group(1) or m.group(2)))
                    for m in before.finditer(text)]
        assert [(m.start(), m.end(), int(m.group(1) or text[m.start() : m.start() + 4]))
                for m in _DATED_YEAR.finditer(text)] == expected, repr(text)
        found += len(expected)
    assert found > 10_000
    assert born_by("Verslag 2031-03-12, geboren 12-03-2014") == 2016


def test_nine_digit_fields_are_those_of_the_look_behind_first_pattern() -> None:
    from detectors.record_fields import _NINE

    before = re.compile(r"(?<![\w.\-/])\d{9}(?![\w\-/]|[.,]\d)")
    parts = ["123456782", "12345678", "1", "0", "x", "-", ".", ",", "/", " ", ";", "\n", "é",
             "١", "_", "1234567890"]
    rng = random.Random(SEED)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 20)))
        expected = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in _NINE.finditer(text)] == expected, repr(text)
        found += len(expected)
    assert found > 1_000
