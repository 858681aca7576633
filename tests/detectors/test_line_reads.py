"""Readings of a value's line in bounded time answer as the whole-line readings they
replaced: a line's start and end, a value's cell, the cells of a row set with gaps and a
date's column under its header. Each is compared with its plain definition on texts of
our own (random lines, short and longer than any reach), and the characters a long line
of values is cut into are counted at n and 2n, never timed."""

from __future__ import annotations

import random
import re

import pytest
import regex

from detectors import cell_gaps
from detectors.context import _cell_before, label_before, patterns, scores
from detectors.dob_layout import ENTITY, under_header
from detectors.labels import decisive_hit
from detectors.spans import line_end, line_start
from tests.bench.hostile import dump_line, tabbed_rows_line, values_line

_PIECES = ("Naam", "BSN", "geb.datum", "12-03-1990", "Jan de Vries", " ", "  ", "\t", "\n",
           ";", ",", "|", "~", "<td>", "</td>", ">", "<", "\xa0", "x" * 300, " " * 40, "\n\n")


def _text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(pieces))


def _texts() -> list[str]:
    rng = random.Random(35)
    return [_text(rng, rng.randrange(1, 60)) for _ in range(80)] + [
        "a" * 2000, "a" * 700 + "\n" + "b" * 700, "\n" * 5, "", "x\n"]


def test_a_line_start_and_end_answer_as_a_search_over_the_whole_text() -> None:
    for text in _texts():
        for pos in range(0, len(text) + 2, 7):
            assert line_start(text, pos) == text.rfind("\n", 0, pos) + 1, (len(text), pos)
            assert line_end(text, pos) == text.find("\n", pos), (len(text), pos)


def _plain_cell(text: str, start: int, n: int) -> str:
    """What label_before read before stop 35: the line cut at the value, split at cells."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    cell = re.split(r"[;|\t,~]", line)[-1]
    return (cell.rsplit(">", 1)[-1] if "<" in cell else cell)[-n:]


def test_a_value_s_cell_reads_as_its_line_split() -> None:
    for text in _texts():
        for start in range(0, len(text) + 1, 5):
            for n in (3, 40):
                assert _cell_before(text, start, n) == _plain_cell(text, start, n)


_GAP = regex.compile(r"[ ]{2,}|\t")


def _stretches(text: str) -> list[tuple[int, int]]:
    """Stretches within one line, from anywhere on it to anywhere after on it."""
    out = []
    for a in range(0, len(text) + 1, 13):
        hi = text.find("\n", a)
        hi = len(text) if hi < 0 else hi
        out += [(a, b) for b in range(a, hi + 1, 11)] + [(a, hi)]
    return out


def test_the_cells_of_a_stretch_answer_as_its_split() -> None:
    for text in _texts():
        for a, b in _stretches(text):
            split = _GAP.split(text[a:b].strip())
            assert cell_gaps.count(text, a, b) == len(split)
            assert [cell_gaps.cell(text, a, b, k) for k in range(len(split))] == split
            assert cell_gaps.has_gap(text, a, b) == (_GAP.search(text, a, b) is not None)
            assert cell_gaps.is_blank(text, a, b) == (not text[a:b].strip())


def _plain_under_header(text: str, start: int) -> bool:
    """dob_layout.under_header before stop 35: the row, the text before the date and the
    header split anew for each date."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", lo)
    row = _GAP.split(text[lo : len(text) if hi < 0 else hi].strip())
    before = text[lo:start].strip()
    if len(row) < 2 or not _GAP.search(text, lo, start):
        return False
    top = text.rfind("\n\n", max(0, start - 20_000), lo)
    top = max(0, start - 20_000) if top < 0 else top + 2
    end = text.find("\n", top)
    header = _GAP.split(text[top : len(text) if end < 0 else end].strip())
    idx = len(_GAP.split(before)) if before else 0
    if top == lo or len(header) != len(row) or idx >= len(header):
        return False
    hit = decisive_hit(*patterns(ENTITY), header[idx])
    return hit is not None and hit.kind == "context"


@pytest.mark.parametrize("header, row", [
    ("Naam  Geboortedatum  BSN", "Jan Smit  12-03-1990  {bsn}"),
    ("Naam\tGeb.datum\tIn dienst", "Jan\t12-03-1990\t01-02-2020"),
    ("  Medewerker    Date of birth   ", "  P. Jansen    03/12/1990   "),
    ("Naam  In dienst  Geboren", "Sloot-Huijben Petra  01-02-2020  12-03-1990"),
    ("Geboortedatum  Naam", "\t12-03-1990  Jan"),
    ("Naam Geboortedatum", "Jan  12-03-1990"),  # a header of one cell: no column
    ("Kandidaat  Verjaardag  Telefoon", "Eva  12-03-1990  0612345678"),
    ("Naam  Datum  Plaats", "Kees  12-03-1990  Ede"),
])
def test_a_date_under_its_header_reads_as_each_row_split(header: str, row: str) -> None:
    rng = random.Random(header)
    bsn = f"{rng.randrange(10**8, 10**9)}"
    for lead in ("", "Overzicht\n\n", "x" * 600 + "\n", "Intro  tekst\n"):
        for rows in (1, 3):
            text = lead + header + "\n" + "\n".join([row.format(bsn=bsn)] * rows) + "\n"
            for m in re.finditer(r"\d{1,2}[-/]\d{2}[-/]\d{4}", text):
                assert (under_header(text, m.start()) is not None) == _plain_under_header(
                    text, m.start()), (text, m.start())
    assert scores(ENTITY).label > 0


class _Counted(str):
    """A text that counts the characters cut from it: a reading that cuts its value's
    whole line cuts a long line once per value (the work these readings did before)."""

    cut = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        part = str.__getitem__(self, key)
        _Counted.cut += len(part)
        return part


def _cut_per_value(make, read, value: str, n: int) -> float:  # type: ignore[no-untyped-def]
    text = _Counted(make(n))
    starts = [m.start() for m in re.finditer(value, text)]
    _Counted.cut = 0
    for start in starts:
        read(text, start)
    return _Counted.cut / len(starts)


@pytest.mark.parametrize("make, read, value", [
    (dump_line, label_before, r"(?<=')\d{9}"),
    (values_line, label_before, r"(?<=BSN: )\d"),
    (values_line, label_before, r"06-1234"),
    (tabbed_rows_line, under_header, r"\d\d-\d\d-\d{4}"),
])
def test_a_long_line_of_values_is_read_in_bounded_work_per_value(make, read, value) -> None:  # type: ignore[no-untyped-def]
    """Each value on a line of thousands reads as much of it at n as at 2n (each value cut
    its line from the line's start before: twice the characters at twice the text)."""
    one, two = (_cut_per_value(make, read, value, n) for n in (200, 400))
    assert two < 1.1 * one + 50, (one, two)
