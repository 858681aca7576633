"""Where DATE_OF_BIRTH looks (detectors/dob_cues.py): the anchor loses no date the full scan
of the pattern finds, and the cue lines are the lines each cue's plain scan finds."""

from __future__ import annotations

import random
import re

import regex

from detectors.dates import _MONTH, MONTHS, DateOfBirthRecognizer
from detectors.dob_cues import cue_lines, months_abroad
from detectors.dob_layout import DATE_LINE
from detectors.pattern_scan import _anchored_spans

SEED = 20261201
# Pieces of dates and of the numbers around them in dense text (phone numbers, IBANs, BSNs,
# ages), glued at random: every written form, and every near miss of one.
_PIECES = [
    *(str(n) for n in range(40)), "19", "20", "1990", "2024", "1985", "0417", "1643", "06",
    "12345678", "19900203", "03021990", "111222333", "'85", "'", "-", "/", ".", " ", " ", "  ",
    ",", ", ", ";", "\n", "(", ")", "e", "ste", "de", "st", "nd", "rd", "th", "ND", " of ",
    "the ", "jaar", " jr", "years", "yrs", "y/o", " van ", "*", "° ", "x", "Jan", "NL91 ABNA",
    "Sanne ", "Utrecht, ", "+31 ", "1 2", "1 9 9 0", *list(MONTHS)[:48], "MAA/MAR", "Februari",
    "SEPT.",
    # a few of the months abroad (data/months.toml: 400 names would crowd out the rest), a
    # seeded sample of them below, and the short ones that are words too, and the Turkish
    # dotted and dotless i in both cases (IGNORECASE folds them apart from i/I)
    "października", "юли", "október", "m.", "liepos", "Şubat", "março", "lip", "set", "out",
    "pro", "uno", "LIP", "Set", "MAYIS", "Mayis", "KASIM", "Kasim", "ARALIK", "aralik", "İ", "ı",
]
_PIECES += random.Random(SEED).sample(sorted(months_abroad()), 40)


def _fuzz(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(" \n(") + _date(rng) + rng.choice(" \n,)")
                   if rng.random() < 0.3 else rng.choice(_PIECES) for _ in range(n))


def _date(rng: random.Random) -> str:
    """A date in one of the written forms, or one part off (a separator, a digit, an order)."""
    def pick(*options: str) -> str:
        return rng.choice(options)

    day = pick(str(rng.randint(0, 39)), f"{rng.randint(1, 31):02d}", "1 2", "0 3")
    month = pick(str(rng.randint(0, 19)), f"{rng.randint(1, 12):02d}", "1 1",
                 *(m.upper() if rng.random() < 0.3 else m for m in rng.sample(list(MONTHS), 3)))
    month += pick("", "", ".", ".,")
    year = pick(str(rng.randint(1890, 2110)), f"{rng.randint(0, 99):02d}", "'85", "1 9 9 0")
    sep = pick("-", "/", ".", " ", " - ", "", "  ", ", ")
    day += pick("", "", "e", "ste", "nd", "TH") + pick("", "", " of")
    order = rng.randrange(4)
    parts = ([day, month, year], [year, month, day], [month, day, year], [year, day, month])
    return sep.join(parts[order]) if rng.random() < 0.8 else "".join(parts[order])


# The anchor before it read what each form opens with: digits and a month name only. (A
# quote counts as glued on unless it opens a value: "'1990-02-03'" in code, N'...' in SQL.)
# (and the year before a month's name: "1990. március 12.", "1990 m. kovo 12 d.")
# (stop 58: an abbreviation's full stop may stand right before, "geb.10-10-1973", as in the
# pattern's own look-behind)
_PLAIN_ANCHOR = regex.compile(rf"(?<![\w\-/])(?<![\W\d_]\.)(?<![^\s(\[,;:=N]')(?=\d{{1,2}}(?!\d)|\d{{4}}(?:[-/.]|,?[ ]+\d"
                              rf"|[ ]m\.|,?[ ]+(?:{_MONTH}))|\d{{8}}(?!\d)|(?:{_MONTH}))",
                              regex.MULTILINE | regex.IGNORECASE)


def test_the_anchor_finds_every_date_the_plain_anchor_finds() -> None:
    r = DateOfBirthRecognizer()
    pattern, anchor = r._compiled[0], r._anchor
    assert anchor is not None
    rng = random.Random(SEED)
    found = 0
    for _ in range(2_000):
        text = _fuzz(rng, rng.randint(1, 30))
        plain = _anchored_spans(pattern, _PLAIN_ANCHOR, text, 0, len(text))
        assert _anchored_spans(pattern, anchor, text, 0, len(text)) == plain, repr(text)
        found += len(plain)
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        plain = _anchored_spans(pattern, _PLAIN_ANCHOR, text, lo, hi)
        assert _anchored_spans(pattern, anchor, text, lo, hi) == plain, (repr(text), lo, hi)
    assert found > 500  # the fuzz writes dates, not only near misses


def test_the_anchor_finds_every_date_the_pattern_finds() -> None:
    """Tried only at the anchor's places, the pattern finds what its own scan finds: also a
    year with its day more than one space after it ("1922  29  JUN", once missed)."""
    r = DateOfBirthRecognizer()
    pattern, anchor = r._compiled[0], r._anchor
    assert anchor is not None
    rng = random.Random(SEED + 1)
    for _ in range(3_000):
        text = _fuzz(rng, rng.randint(1, 30))
        full = [m.span() for m in pattern.finditer(text)]
        assert _anchored_spans(pattern, anchor, text, 0, len(text)) == full, repr(text)
    for text in ["Geboortedatum: 1922  29  JUN", "Geb.datum 1985,  3 maart", "Born 1990   2 May"]:
        assert [text[s:e] for s, e in _anchored_spans(pattern, anchor, text, 0, len(text))] == [
            text[text.index("19"):]]


# Each cue as a plain scan (the recognizer's cues before they were split and reordered).
_PLAIN_CUES = [
    re.compile(r"\(\d\d,|\d[ ]?(?:jaar|jr|years|yrs|y/o)\b|,[ ]\d\d,[ ]?\d|\(\d\d\)[ ,]*\d"),
    re.compile(r" van \d"),
    re.compile(r"(?<![\d.\-])(?:\d{8,9}|\d{3}([. \-])\d{2,3}\1\d{3,4})(?![\d\-])"),
    re.compile(r"[*°][ ]?\d{1,2}[-./ ]"),
    # a list item's name and date (dob_lists), or a name's dash and date (dob_apposed)
    re.compile(r"(?<=[^\W\d_]),[ ]?\d|(?<=[^\W\d_])[ ][-\u2013][ ]?\d"),
]
_NAME_BRACKET = re.compile(r"\([ ]?(?:[A-Z][a-z]+,[ ])?\d")


def _plain_lines(text: str) -> set[tuple[int, int]]:
    starts = [m.start() for p in _PLAIN_CUES for m in p.finditer(text)]
    starts += [m.start() for m in _NAME_BRACKET.finditer(text)
               if text[m.start() - 2 : m.start() - 1].isalpha() and text[m.start() - 1] == " "]
    lines = {(text.rfind("\n", 0, s) + 1, _end(text, s)) for s in starts}
    return lines | {m.span() for m in DATE_LINE.finditer(text)}


def _end(text: str, pos: int) -> int:
    hi = text.find("\n", pos)
    return len(text) if hi < 0 else hi


def test_cue_lines_are_the_lines_of_each_cue() -> None:
    rng = random.Random(SEED)
    found = 0
    for _ in range(2_000):
        text = _fuzz(rng, rng.randint(1, 60))
        lines = set(cue_lines(text))
        assert lines == _plain_lines(text), repr(text)
        found += len(lines)
    assert found > 1_000
    assert set(cue_lines("Sanne (34) 12-03-1990\nx\n34 jaar, 1-2-1990")) == {(0, 21), (24, 41)}
