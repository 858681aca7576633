"""Readings of one long line in bounded work (stop 35's mend): a heading's blanks, a CV
timeline entry's line, a row's separators and a value's cell. Each answers as its plain
definition on cases of our own, and the characters a reading is given per value on one
long line are counted at n and 2n (the same per value, not twice as many), never timed."""

from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

import pytest

from detectors import dob_layout
from detectors.context import _cell_before
from detectors.special_lexicon import load_lexicon
from detectors.special_rules import HEADING
from detectors.special_sections import break_entry
from detectors.special_terms import TermHit

# HEADING before stop 35's mend: two blank runs around an optional colon backtrack
_PLAIN_HEADING = re.compile(r"[ \t]*#*[ \t]*([^\W\d][\w'’ &/-]{2,40}?)[ \t]*:?[ \t]*$")


@pytest.mark.parametrize("line", [
    "Hobbys", "Hobbys  ", "Hobbys :", "Hobbys:  ", "## Werkervaring", "  #  Opleiding :\t",
    "Hobby's en interesses", "Ab  x", "Ab \t x :", "1990 Utrecht", "x", "Ik ben lid van de FNV.",
    "Nevenfuncties: raadslid", "# # Kop", "Kop ::", "\tKop\t:\t", "Kop : x", "a" * 45,
])
def test_a_heading_reads_as_its_plain_pattern(line: str) -> None:
    for text in (line, "Intro\n" + line + "\nlid van de FNV"):
        lo = text.find(line)
        old, new = _PLAIN_HEADING.match(text, lo, lo + len(line)), HEADING.match(
            text, lo, lo + len(line))
        assert (old and old.group(1)) == (new and new.group(1)), line


def test_a_heading_s_random_lines_read_as_its_plain_pattern() -> None:
    rng = random.Random(35)
    pieces = ("Ab", "Hobbys", " ", "  ", "\t", ":", "#", "x", "1", "&", "-", "’")
    for _ in range(2000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        old, new = _PLAIN_HEADING.match(line), HEADING.match(line)
        assert (old and old.group(1)) == (new and new.group(1)), line


@pytest.mark.parametrize("gap", [" " * 200_000, "\t " * 100_000])
def test_a_line_of_a_word_and_200_kb_of_blanks_reads_as_one_with_a_long_gap(gap: str) -> None:
    """A word, a long blank run and a word: as a gap past a heading's length, no heading
    (the plain pattern split the run between its two blank runs at every length)."""
    for head in ("Ab", "Hobbys", "  # Hobbys"):
        long, short = HEADING.match(head + gap + "x"), _PLAIN_HEADING.match(head + gap[:60] + "x")
        assert long is None and short is None
        # a heading and its trailing blanks
        assert (HEADING.match(head + gap) is None) == (_PLAIN_HEADING.match(head + gap[:60]) is None)


class _Counting:
    """A lexicon pattern that counts the characters it is given to read (the real pattern
    reads them): what a reading of a term's line costs per term on a long line."""

    read = 0

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        endpos = len(text) if endpos is None or endpos < 0 else endpos
        _Counting.read += max(0, endpos - pos)
        return self.pattern.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _break_entries(text: str, term: str) -> tuple[list[str | None], float]:
    lex = load_lexicon("nl")
    counted = dataclasses.replace(
        lex, triggers=_Counting(lex.triggers),
        phrases={**lex.phrases, "break_words": _Counting(lex.phrases["break_words"])})
    hits = [TermHit(m.start(), m.end(), "SPECIAL_HEALTH", term, True)
            for m in re.finditer(re.escape(term), text)]
    _Counting.read = 0
    found = [break_entry(text, hit, counted) for hit in hits]
    return found, _Counting.read / len(hits)


_ENTRY = "2019-2021 Loopbaanonderbreking: herstel van een burn-out en depressie."


def test_a_break_entry_is_read_once_per_cv_line_as_before() -> None:
    text = "Werkervaring\n\n" + "\n".join([_ENTRY] * 5) + "\n2022 Fysiotherapeut, burn-out\n"
    found, _ = _break_entries(text, "burn-out")
    assert found[:5] == [found[0]] * 5 and found[0] is not None and found[5] is None
    items = "2019 - 2021 Career break\n  - herstel van een burn-out\n  - burn-out\n"
    assert all(f is not None for f in _break_entries(items, "burn-out")[0])


@pytest.mark.parametrize("make", [
    lambda n: " ".join([_ENTRY] * n),  # one line of entries, no break
    lambda n: "2019 " + "x " * (60 * n) + "\n" + "\n".join(["  - burn-out"] * 8),  # a long entry
])
def test_a_break_entry_on_a_long_line_reads_the_same_per_term_at_n_and_2n(make) -> None:  # type: ignore[no-untyped-def]
    (_, one), (_, two) = _break_entries(make(200), "burn-out"), _break_entries(make(400), "burn-out")
    assert two <= one * 1.2 + 100, (one, two)


class _CountingSep:
    read = 0

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        endpos = len(text) if endpos is None else endpos
        _CountingSep.read += max(0, endpos - pos)
        return self.pattern.findall(text, pos, endpos)


def _plain_row_chars(text: str, lo: int, hi: int) -> int:
    if hi - lo <= dob_layout._ROW_CHARS:
        return dob_layout._ROW_CHARS
    return (dob_layout._LONG_ROW_CHARS if len(dob_layout._FIELD_SEP.findall(text, lo, hi)) >= 3
            else dob_layout._ROW_CHARS)


@pytest.mark.parametrize("cells", [1, 2, 3, 10, 30, 40, 200])
def test_a_row_s_length_decides_as_its_separators_counted(cells: int) -> None:
    for sep in ("\t", ";", ", ", " "):
        text = sep.join(["Jansen", "123456782", "12-03-1990"] * cells)[: cells * 25]
        for lo, hi in ((0, len(text)), (3, len(text) - 2)):
            assert (hi - lo > dob_layout.row_chars(text, lo, hi)) == (
                hi - lo > _plain_row_chars(text, lo, hi))


def test_a_row_s_separators_are_not_counted_on_a_line_longer_than_any_row(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dob_layout, "_FIELD_SEP", _CountingSep(dob_layout._FIELD_SEP))
    per_date = []
    for n in (500, 1000):
        text = "\t".join(f"Jansen\t{100000000 + k}\t12-03-1990" for k in range(n))
        dates = [m.start() for m in re.finditer("12-03-1990", text)]
        _CountingSep.read = 0
        for _ in dates:
            dob_layout.row_chars(text, 0, len(text))
        per_date.append(_CountingSep.read / len(dates))
    assert per_date[1] <= per_date[0] * 1.2 + 600, per_date


class _Cut(str):
    """A text that counts the characters cut from it."""

    cut = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        part = str.__getitem__(self, key)
        _Cut.cut += len(part)
        return part


def _plain_cell(text: str, start: int, n: int) -> str:
    line = text[text.rfind("\n", 0, start) + 1 : start]
    cell = re.split(r"[;|\t,~]", line)[-1]
    return (cell.rsplit(">", 1)[-1] if "<" in cell else cell)[-n:]


def _notes(n: int) -> str:
    pad = "overdracht -> team B " * 26  # a '>' within reach of each value, no '<', no cell
    return " ".join(f"{pad}bsn {100000000 + k} geboren 12-03-1990" for k in range(n))


@pytest.mark.parametrize("n", [3, 40, 600, 1000])
def test_a_value_s_cell_after_a_lone_tag_end_reads_as_its_line_split(n: int) -> None:
    rng = random.Random(n)
    pieces = ("x" * 300, "overdracht -> ", ">", "<", "<td>", ";", "\t", " ", "a b c ", "\n")
    for text in [_notes(4), "<td>" + _notes(3), "a;" + _notes(3) + "<b"] + [
            "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40))) for _ in range(40)]:
        for start in range(0, len(text) + 1, 37):
            assert _cell_before(text, start, n) == _plain_cell(text, start, n), (n, start)


def test_a_value_s_cell_after_a_lone_tag_end_cuts_the_same_per_value_at_n_and_2n() -> None:
    per_value = []
    for n in (40, 80):
        text = _Cut(_notes(n))
        starts = [m.start() for m in re.finditer(r"\d{9}", text)]
        _Cut.cut = 0
        for start in starts:
            _cell_before(text, start, 40)
        per_value.append(_Cut.cut / len(starts))
    assert per_value[1] <= per_value[0] * 1.2 + 100, per_value
