"""A `regex` pattern scanned by `re` (detectors/plain_scan.py) only where both read the text
alike, and the date recognizer finds the same spans either way."""

from __future__ import annotations

import random

import regex

from detectors import nl_bsn
from detectors.dates import DateOfBirthRecognizer, _merged
from detectors.nl_bsn import NlBsnRecognizer
from detectors.pattern_scan import _anchored_spans
from detectors.plain_scan import alike, as_re
from tests.detectors.test_dob_cues import _fuzz

# Characters the two modules read otherwise: a combining diaeresis (\w to `regex` only), a
# superscript two (\w to `re` only), the long s and the Kelvin sign (an ASCII letter,
# case-insensitively), an information separator (whitespace to `re` only), digits of scripts
# whose Unicode versions differ; and characters both read alike.
UNLIKE = ["e\u0308", "²", "ſ", "\u212a", "\x1c", "\U00010d40"]
ALIKE = ["ë", "é", "ß", "€", "–", "’", "İ", "ı", "٣", "３", "\u00a0", "\u200b"]


def test_alike_only_where_both_modules_read_every_character_alike() -> None:
    assert alike("Daniëlle Müller, geb. 3 mrt 1985")
    assert not any(alike(f"geb. 3 mrt 1985 {ch}") for ch in UNLIKE)


def test_ascii_texts_are_alike_unless_they_hold_an_information_separator() -> None:
    assert alike("Jan de Vries; BSN 123456782; geb. 3-2-1985")
    assert not any(alike(f"Jan;{chr(c)};123456782") for c in range(0x1C, 0x20))
    assert alike("Jan\t\x1b\x7f 123456782")  # control characters both read alike


def test_only_plain_patterns_are_compiled_for_re() -> None:
    assert as_re(r"(?<![\w\-])(?=\d)", regex.IGNORECASE) is not None
    for pattern in [r"\p{Lu}", r"(?|a|b)", r"[[a-z]--[aeiou]]", r"\mword", "é", r"(?r)x"]:
        assert as_re(pattern, 0) is None, pattern
    assert as_re("a", regex.FULLCASE | regex.IGNORECASE) is None


def test_the_date_recognizer_finds_the_same_spans_by_either_module() -> None:
    r = DateOfBirthRecognizer()
    pattern, anchor = r._compiled[0], r._anchor
    assert anchor is not None and r._plain_anchor is not None
    rng = random.Random(7)
    plain = 0
    for odd in UNLIKE + ALIKE:  # glued before a date, inside a month name, after a date
        for text in [f"{odd}12-03-1990", f"x {odd}3 mrt 1990", f"3 {odd}ep 1990",
                     f"3 o{odd}t 1990", f"12-03-1990{odd}", f"{odd}\n1990-02-03"]:
            expected = _anchored_spans(pattern, anchor, text, 0, len(text))
            assert r._spans(pattern, text, 0, len(text)) == expected, repr(text)
    for _ in range(1_500):
        text = _fuzz(rng, rng.randint(1, 20))
        if rng.random() < 0.5:  # an odd character glued to a date, or standing alone
            odd = rng.choice(UNLIKE + ALIKE)
            text = rng.choice([text + odd, odd + text, f"{odd}{text}{odd}", text.replace(
                rng.choice("sk1 "), odd, 1)])
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        expected = _anchored_spans(pattern, anchor, text, lo, hi)
        assert r._spans(pattern, text, lo, hi) == expected, repr(text)
        plain += alike(text)
    assert plain > 500  # the `re` path was taken, and so was the other


# The BSN patterns' look-behind as one alternation (a digit group of 1-5 digits before it is
# more of one number), before it was split into one look-behind a width for the `re` module.
_BSN_PRE = r"(?<![\w+/\-]|(?<![\w.,/\-])\+?\d{1,5}[ .]|\d\)\s?|[.,]\d|\d\.)"
_BSN_PIECES = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "123456782", "11222333",
               "1234.56.782", "123 456 782", "1 2 3 4 5 6 7 8 2", "|1|2|3|", "1234. 56. 782",
               "123 - 456 - 782", "123 456  782", "12-03-1990", "06-12345678", " ", "  ", ".",
               "-", " - ", "|", " | ", ",", ")", "(", "+", "/", "€", "L01", "a", "BSN: ", "\n",
               "[1][2][3]", "[", "]", "1234\n56782", "12345-\n6782", "1  2  3"]


def test_the_bsn_recognizer_finds_each_patterns_spans_from_one_anchor_scan() -> None:
    """One anchor scan tried for all six patterns (by `re` where it reads the text alike)
    gives the spans each pattern's own finditer gives, with the look-behind as it was."""
    r = NlBsnRecognizer()
    own = [regex.compile(p.regex.replace(nl_bsn._PRE, _BSN_PRE), r.FLAGS) for p in r.PATTERNS]
    rng = random.Random(11)
    plain = 0
    for _ in range(3_000):
        text = "".join(rng.choice(_BSN_PIECES) for _ in range(rng.randint(1, 25)))
        if rng.random() < 0.2:
            text = text.replace(rng.choice("1 .-"), rng.choice(UNLIKE + ALIKE), 1)
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        expected = [m.span() for p in own for m in p.finditer(text, lo, hi)]
        assert list(r._scan(text, [(lo, hi)])) == expected, repr(text)
        plain += alike(text)
    assert plain > 1_000


# The BSN anchor as it was: zero-width, its look-behind tried at every character (with the
# separators of boxed and wrapped numbers: brackets, a line break).
_ZERO_WIDTH_BSN_ANCHOR = r"(?<![\w+/\-])(?=\d(?:[ .|\-\[\]\n]{0,3}\d){7})"


def test_the_bsn_anchor_that_opens_on_its_digit_finds_the_zero_width_anchors_places() -> None:
    """The anchor consumes the digit it stands on (a scan then skips to digits in C): the
    places it finds in text[lo:hi] are the zero-width form's, by either module."""
    r = NlBsnRecognizer()
    assert r._anchor is not None and r._plain_anchor is not None
    old = (regex.compile(_ZERO_WIDTH_BSN_ANCHOR, r.FLAGS), as_re(_ZERO_WIDTH_BSN_ANCHOR, r.FLAGS))
    assert old[1] is not None
    rng = random.Random(17)
    for _ in range(5_000):
        text = "".join(rng.choice(_BSN_PIECES) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.2:
            text = text.replace(rng.choice("1 .-"), rng.choice(UNLIKE + ALIKE), 1)
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        for was, now in zip(old, (r._anchor, r._plain_anchor), strict=True):
            expected = [m.start() for m in was.finditer(text, lo, hi)]
            assert [m.start() for m in now.finditer(text, lo, hi)] == expected, repr(text)

def test_every_bsn_match_opens_with_a_digit_run_its_pattern_allows() -> None:
    """OPENING_RUNS is a necessary condition: each pattern's own matches (every place, no
    anchor) open with as many digits, up to the end of the searched part, as it names."""
    r = NlBsnRecognizer()
    assert {p.name for p in r.PATTERNS} == set(r.OPENING_RUNS)
    rng = random.Random(23)
    seen = {name: 0 for name in r.OPENING_RUNS}
    for _ in range(4_000):
        text = "".join(rng.choice(_BSN_PIECES) for _ in range(rng.randint(1, 30)))
        if rng.random() < 0.2:
            text = text.replace(rng.choice("1 .-"), rng.choice(UNLIKE + ALIKE), 1)
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        for p, pattern in zip(r.PATTERNS, r._compiled, strict=True):
            least, most = r.OPENING_RUNS[p.name]
            for m in pattern.finditer(text, lo, hi):
                run = regex.match(r"\d*", text[m.start():hi]).end()
                assert least <= run <= most, (p.name, repr(text))
                seen[p.name] += 1
    assert min(seen.values()) > 0, seen

def test_date_regions_parted_by_a_line_break_are_scanned_as_one() -> None:
    """The cue lines of an export's rows merged into one region (dates._merged) give the
    dates the lines give one by one: no form holds a line break."""
    r = DateOfBirthRecognizer()
    rng = random.Random(5)
    for _ in range(500):
        text = "\n".join(_fuzz(rng, rng.randint(1, 6)) for _ in range(rng.randint(2, 8)))
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        ends = [s - 1 for s in starts[1:]] + [len(text)]
        lines = [span for span in zip(starts, ends, strict=True) if rng.random() < 0.7]
        expected = [span for line in lines for span in r._scan(text, [line])]
        assert list(r._scan(text, _merged(text, lines))) == expected, repr(text)
