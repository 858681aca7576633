"""Tables that reach detect() as plain text (a .txt/.log export, a CSV pasted in an e-mail,
text out of a PDF) of more than a thousand rows: every row's value is read under its
column's header however far below it the row is, as long as the run of rows is unbroken.

What breaks a run (detectors/row_runs.py, columns.run_end): a line of another shape (a
sentence, a row of another width), two blank lines in a row, an over-long line, or a header
line under a blank line (a second table). A single blank line or a rule inside a run does
not: an export pasted with an empty line between some rows is still one table.
"""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import columns, detect
from tests.eval import synth

ROWS = 1_200
SHAPES = {
    "semicolon": ";".join,
    "tab": "\t".join,
    "quoted comma": lambda cells: ",".join(f'"{c}"' for c in cells),
    "bar": lambda cells: "| " + " | ".join(cells) + " |",
}


def _table(join, header: list[str], n: int, seed: int) -> tuple[str, list[str]]:
    """A header and ``n`` rows (name, 11-check-valid number, date); the rows' numbers."""
    fake, rng = Faker("nl_NL"), random.Random(seed)
    fake.seed_instance(seed)
    numbers = [synth.bsn(rng) for _ in range(n)]
    rows = [join(header)] + [
        join([fake.name(), number, fake.date_of_birth().strftime("%d-%m-%Y")])
        for number in numbers]
    return "\n".join(rows), numbers


def _positions(text: str, numbers: list[str], after: int = 0) -> list[int]:
    found, pos = [], after
    for number in numbers:
        pos = text.index(number, pos)
        found.append(pos)
        pos += len(number)
    return found


def _reported(text: str, entity: str) -> set[int]:
    return {d.start for d in detect(text, "nl") if d.entity == entity}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_row_of_a_long_export_is_labelled_and_reported(shape: str) -> None:
    text, numbers = _table(SHAPES[shape], ["Naam", "BSN", "Geboortedatum"], ROWS, 1)
    starts = _positions(text, numbers)
    labels = {columns.column_label(text, s) for s in starts}
    assert {label.strip('"') for label in labels} == {"BSN"}  # a quoted header: '"BSN"'
    assert set(starts) <= _reported(text, "NL_BSN")  # all 1,200, the last as the first
    born = sorted(_reported(text, "DATE_OF_BIRTH"))
    assert len(born) == ROWS and all(s < b < s + 16 for s, b in zip(starts, born, strict=True))


def test_a_table_after_a_paragraph() -> None:
    intro = ("Beste collega,\n\nHieronder de export uit het salarissysteem van vorige week, "
             "zoals gevraagd. Graag voor vrijdag controleren.\n\n")
    table, numbers = _table(";".join, ["Naam", "BSN", "Geboortedatum"], ROWS, 2)
    text = intro + table + "\n\nMet vriendelijke groet,\nAfdeling HR"
    starts = _positions(text, numbers)
    assert {columns.column_label(text, s) for s in starts} == {"BSN"}
    assert set(starts) <= _reported(text, "NL_BSN")


def test_two_tables_in_one_text_keep_their_own_headers() -> None:
    """A second table as wide as the first, a blank line under it: its header names its
    rows, not the first table's (a personnel number is no BSN there)."""
    first, bsns = _table("\t".join, ["Naam", "BSN", "Geboortedatum"], ROWS, 3)
    second, staff = _table("\t".join, ["Naam", "Personeelsnr", "Datum in dienst"], ROWS, 4)
    text = first + "\n\n" + second
    lower = _positions(text, staff, after=len(first))
    assert {columns.column_label(text, s) for s in _positions(text, bsns)} == {"BSN"}
    assert {columns.column_label(text, s) for s in lower} == {"Personeelsnr"}
    assert columns.run_end(text, text.index("BSN")) == len(first) + 1  # to the blank line
    assert not set(lower) & _reported(text, "NL_BSN")


def test_a_break_in_the_run_ends_the_headers_reach() -> None:
    """A sentence between rows breaks the run: the rows below it are no longer under the
    header. A single blank line does not: the rows under it still are."""
    table, numbers = _table(";".join, ["Naam", "BSN", "Geboortedatum"], 600, 5)
    rows = table.split("\n")
    text = "\n".join([*rows[:301], "", *rows[301:450], "Vervolg van de lijst:", *rows[450:]])
    starts = _positions(text, numbers)
    labels = [columns.column_label(text, s) for s in starts]
    assert labels[:449] == ["BSN"] * 449  # across the blank line after row 300
    assert labels[449:] == [None] * (600 - 449)
    for gap in ("\n\n\n", "\n" + "x" * (columns.MAX_LINE + 10) + "\n"):
        broken = "\n".join(rows[:301]) + gap + "\n".join(rows[301:])
        assert columns.column_label(broken, broken.index(numbers[-1])) is None
