"""A table that text extraction left one cell a line: its header cells one a line, then each
record's cells in the same order, one a line.

A PDF's table without ruling, copied from a viewer or read by a text-layer tool, and a
spreadsheet pasted as plain cells, come out so ("Naam\\nGeboortedatum\\nBSN\\nK. de Wit\\n
1987-04-12\\n123456782\\n..."): a value's label is the header cell in its place in the record,
however many lines up, not the line above it (the record's previous cell).
https://www.xpdfreader.com/pdftotext-man.html (without -layout: cells in reading order)
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

_MAX_CELL = 60  # a cell's line; a longer one is prose and ends the run
_MAX_HEADER = 40  # a header cell, no digit in it
_MAX_COLS = 12
_MAX_LEAD = 3  # a title or two above the header cells
_MIN_LABELS = 2  # header cells that name a field or a number, or else records
_MAX_RUN = 4000  # lines of one run read (a bound for hostile text)


class CellTable(NamedTuple):
    """One table: where its value lines start (sorted), and the header of each."""

    header_start: int  # where its first header cell's line starts
    header_end: int
    end: int  # where its last value line ends
    starts: tuple[int, ...]
    labels: tuple[str, ...]


def cell_label(text: str, line_start: int) -> str | None:
    """The header cell over the value line that starts at ``line_start``, when it is a
    line of a table set one cell a line; else None.

    >>> t = "Naam\\nGeboortedatum\\nBSN\\nK. de Wit\\n1987-04-12\\n111222333\\nP. Smit\\n"
    >>> t += "1990-01-02\\n123456782"
    >>> cell_label(t, t.index("1990")), cell_label(t, t.index("1234")), cell_label(t, 0)
    ('Geboortedatum', 'BSN', None)
    """
    table = _table_at(text, line_start)
    if table is None or line_start > table.end:
        return None
    i = bisect_right(table.starts, line_start) - 1
    return table.labels[i] if i >= 0 and table.starts[i] == line_start else None


def table_end(text: str, at: int) -> int:
    """The end of the table whose header cells hold ``at`` (a gated label word's column
    reaches its last record), or -1."""
    lo, hi = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    cell = text[lo:len(text) if hi < 0 else hi]
    if len(cell) > _MAX_CELL or any(map(str.isdigit, cell)):
        return -1  # no header cell's line (most words: the tables are not read at all)
    table = _table_at(text, at)
    return table.end if table is not None and at < table.header_end else -1


def _table_at(text: str, at: int) -> CellTable | None:
    """The last table whose header starts at or before ``at`` (the tables are disjoint and
    in order: the only one that can hold it), found by bisection, not a walk over all."""
    i = bisect_right(_header_starts(text), at) - 1
    return tables(text)[i] if i >= 0 else None


@lru_cache(maxsize=4)
def _header_starts(text: str) -> tuple[int, ...]:
    return tuple(table.header_start for table in tables(text))


@lru_cache(maxsize=4)
def tables(text: str) -> tuple[CellTable, ...]:
    """Every table of the text set one cell a line (the cache holds the chunk analysed)."""
    if text.count("\n") < 2 * _MIN_LABELS - 1:  # a header of two over one record
        return ()
    out = []
    for run in _runs(text):
        table = _read(run)
        if table is not None:
            out.append(table)
    return tuple(out)


def _runs(text: str) -> list[list[tuple[int, str]]]:
    """Runs of short lines, no blank one between: (start, stripped line) each."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        cell = line.strip()
        if cell and len(cell) <= _MAX_CELL and len(run) < _MAX_RUN:
            run.append((pos, cell))
        else:
            if len(run) >= 2 * _MIN_LABELS:
                runs.append(run)
            run = [(pos, cell)] if cell and len(cell) <= _MAX_CELL else []
        pos += len(line) + 1
    if len(run) >= 2 * _MIN_LABELS:
        runs.append(run)
    return runs


def _read(run: list[tuple[int, str]]) -> CellTable | None:
    """The run as a header of k cells (after up to _MAX_LEAD title lines) over records of
    k lines: the reading whose records fill the run exactly first, then the one with the
    fewest title lines and columns. None when no reading holds."""
    cells = [c for _, c in run]
    head = min(len(cells), _MAX_LEAD + _MAX_COLS)
    plain = [len(c) <= _MAX_HEADER and not any(map(str.isdigit, c)) for c in cells]
    kinds = [_header_kind(c) if plain[i] else None for i, c in enumerate(cells[:head])]
    if "field" not in kinds:
        return None  # (most runs of short lines: a few label reads each, nothing more)
    kinds += [_header_kind(c) if plain[i] else None for i, c in enumerate(cells[head:], head)]
    # a label among the values is a form's label over its value, not a table's
    last_label = max(i for i, kind in enumerate(kinds) if kind is not None)
    best: tuple[int, int, int] | None = None
    for lead in range(min(_MAX_LEAD, len(cells)) + 1):
        # header cells hold no digit: the header ends before the first cell that does
        most = next((i for i in range(lead, len(cells)) if not plain[i]), len(cells)) - lead
        for k in range(max(_MIN_LABELS, last_label - lead + 1), min(most, _MAX_COLS) + 1):
            if lead + 2 * k > len(cells):
                break
            if _holds(cells, kinds[lead:lead + k], lead + k):
                rank = (int((len(cells) - lead) % k != 0), lead, k)
                best = rank if best is None or rank < best else best
    if best is None:
        return None
    _, lead, k = best
    values = run[lead + k:]
    header = cells[lead:lead + k]
    last_start, last = run[-1]
    return CellTable(run[lead][0], run[lead + k - 1][0] + len(header[-1]) + 1,
                     last_start + len(last), tuple(s for s, _ in values),
                     tuple(header[i % k] for i in range(len(values))))


def _holds(cells: list[str], kinds: list[str | None], first: int) -> bool:
    """A header of these ``kinds`` (one naming a field and another a field or a number,
    or one over two whole records) over the value lines from ``first``, each header of a
    named column over values only (a digit or an '@')."""
    k = len(kinds)
    values = cells[first:]
    named = sum(kind is not None for kind in kinds)
    if "field" not in kinds or named < _MIN_LABELS and len(values) < _MIN_LABELS * k:
        return False  # one named header cell: two whole records say it is a table
    return all(_is_value(values[i]) for i in range(len(values)) if kinds[i % k] is not None)


def _is_value(cell: str) -> bool:
    return "@" in cell or any(map(str.isdigit, cell))


@lru_cache(maxsize=2048)
def _header_kind(cell: str) -> str | None:
    """"field" for an identifier's label ("Geboortedatum", "BSN"), "number" for another
    number's ("Personeelsnr", "Polisnummer"), else None."""
    from detectors.context import names_a_field, patterns  # context imports this module
    from detectors.labels import decisive_hit

    if names_a_field(cell):
        return "field"
    hit = decisive_hit(*patterns("NL_BSN"), cell)
    if hit is not None and hit.kind == "decoy" and len(hit.word) * 2 >= len(cell):
        return "number"
    return None
