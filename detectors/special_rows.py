"""Special-category terms in table rows: a register, an export or a leave list.

A row of a delimited table ("Jansen, P. | 10-04-2024 | Suikerfeest | vrij") is about the
person its name cell names, so a term in another cell of it is stated about that person;
a header cell that names a category ("inhouding_vakbond", "Religie") states it of every
row whose cell under it holds a value (not empty, "nee", "n.v.t." or 0). A term that is a
code ("SP-204113") is no statement at all.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import NamedTuple

DELIMITERS = ("|", ";", "\t")
MIN_CELLS = 3  # "a | b" is prose with a bar in it; a register row has three cells or more
# a person's name cell: "Jansen, P.", "El Amrani, Fatima", "Anna de Vries", "J. Bakker"
NAME_CELL = re.compile(
    r"\s*\"?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*(?:[A-Z]\.\s*)+(?:[a-z]{1,3}\s+)*|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*[A-Z][a-zà-ÿ'’-]+|"
    r"(?:[A-Z]\.\s*)+(?:(?:van|de|der|den|el|al|ten|ter)\s+){0,2}[A-Z][a-zà-ÿ'’-]+|"
    r"[A-Z][a-zà-ÿ'’-]+\s+(?:(?:van|de|der|den|el|al|ten|ter)\s+){0,2}[A-Z][a-zà-ÿ'’-]+)"
    r"\s*\"?\s*$")
CODE_AFTER = re.compile(r"-?\d")


def is_code(text: str, end: int) -> bool:
    """The term runs into digits: an identifier ("SP-204113", "CDA2019"), not a name."""
    return CODE_AFTER.match(text, end) is not None


class _Row(NamedTuple):
    """What a delimited line holds, read once however many terms it holds."""

    delim: str
    starts: tuple[int, ...]  # where each cell starts in the line
    names: tuple[int, ...]  # the cells that hold a person's name
    digits: bool  # any digit in the line


class _Chunk(NamedTuple):
    """The chunk being judged: its line breaks, and each line's reading once made."""

    breaks: list[int]
    rows: dict[int, _Row | None]  # by line start
    headers: dict[int, bool]  # by line start
    cells: dict[tuple[int, str], tuple[int, ...]]  # by line start and a delimiter not its own


@lru_cache(maxsize=4)  # keyed by the text: its str hash is computed once
def _chunk(text: str) -> _Chunk:
    return _Chunk([m.start() for m in _NEWLINE.finditer(text)], {}, {}, {})


def _breaks(text: str) -> list[int]:
    return _chunk(text).breaks


_NEWLINE = re.compile("\n")


def _line(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``, from the chunk's table of line breaks: a
    term of a long line never scans the line again (each of thousands would)."""
    breaks = _breaks(text)
    k = bisect.bisect_left(breaks, pos)
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(text))


def _delimiter(line: str) -> str | None:
    return next((d for d in DELIMITERS if line.count(d) >= MIN_CELLS - 1), None)


def _row(text: str, lo: int, hi: int) -> _Row | None:
    """The line's cells, read once however many terms it holds (thousands on one line)."""
    rows = _chunk(text).rows
    if lo not in rows:
        rows[lo] = _read_row(text[lo:hi])
    return rows[lo]


def _read_row(line: str) -> _Row | None:
    delim = _delimiter(line)
    if delim is None:
        return None
    cells = line.split(delim)
    starts = tuple(itertools.accumulate((len(c) + 1 for c in cells[:-1]), initial=0))
    names = tuple(i for i, c in enumerate(cells) if NAME_CELL.match(c))
    return _Row(delim, starts, names, any(ch.isdigit() for ch in line))


def _cell_at(row: _Row, offset: int) -> int:
    """The index of the cell at ``offset`` of its line: the delimiters before it."""
    return bisect.bisect_right(row.starts, offset) - 1


# a list's line "<name> — <value>" ("Sanne de Vries — halal", "J. Bakker – vegetarisch"): the
# value after the dash is that person's
DASH_ROW = re.compile(r"[^\S\n]*(?:[-•*][^\S\n]+)?(?P<name>[^\n—–]{3,40}?)[^\S\n]+(?:—|–|--?)"
                      r"[^\S\n]+")
INITIAL = re.compile(r"[A-Z]\.")


def _dash_row_person(text: str, start: int, lo: int) -> bool:
    """The term follows "<a person's name> — " at its line's start: a first name a gazetteer
    knows or initials, and a surname ("Menu Vrijdag — halal" names no one)."""
    from detectors.person_names import alone_first_names

    m = DASH_ROW.match(text, lo, start)
    if m is None or not NAME_CELL.match(m.group("name")):
        return False
    first = m.group("name").split()[0]
    return first in alone_first_names() or INITIAL.match(first) is not None


def row_person(text: str, start: int, end: int) -> bool:
    """The term sits in a delimited row whose other cells hold a person's name, or after a
    person's name and a dash at its line's start."""
    lo, hi = _line(text, start)
    row = _row(text, lo, hi)
    if row is None:
        return _dash_row_person(text, start, lo)
    here = _cell_at(row, start - lo)
    return any(i != here for i in row.names)


def record_person(text: str, start: int, name_labels: re.Pattern[str]) -> bool:
    """The term is a field's value in a record of "label: value" lines that a name field
    opens ("Naam: Lotte Hermans⏎Vakantie: -⏎Overig verlof: zwangerschapsverlof ..."): a
    form about one person, or one row of a table read row by row. Read up from the term's
    line, line by line with none blank, to a name label (rules.toml record_name_labels)
    whose value is a person's name; the term's own label met first is an earlier row's."""
    lo, _ = _line(text, start)
    own = FIELD.match(text, lo, start)
    if own is None:
        return False
    label = own.group(1).strip().lower()
    for _ in range(RECORD_LINES):
        if lo == 0:
            return False
        lo, hi = _line(text, lo - 1)
        field = FIELD.match(text, lo, hi)
        if field is None:
            return False  # a blank line or prose: the record ends
        name = field.group(1).strip().lower()
        if name == label:
            return False  # the same field of the row above
        # (the value up to a wide gap: "Naam: J. Bakker   Pers.nr: 4411", two fields a line)
        value = _WIDE_GAP.split(text[field.end() : hi], 1)[0]
        if name_labels.fullmatch(name) and NAME_CELL.match(value):
            return True
    return False


# a "label: value" line: a label of a few words, a colon (its value after it)
FIELD = re.compile(r"[ \t]*([^\W\d][\w .%/()'’-]{0,40}?)[ \t]*:[ \t]*")
RECORD_LINES = 12  # fields a record holds above the term at most
_WIDE_GAP = re.compile(r"[ ]{3,}|\t")


HEADER_CELL = re.compile(r"\s*[^\W\d][\w .%/()-]{0,40}\s*")


def is_header_row(text: str, start: int) -> bool:
    """The term is a column name in a header row: the table's first line, cells shaped like
    names of columns, no digits, no person's name. A header names a column, never one person's data: its cells
    are judged where they come ("inhouding_vakbond: 14,20" in their column's chunk; an
    export's header arrives as its own chunk), or by header_values on the rows under it.

    >>> is_header_row("personeelsnr | naam | inhouding_vakbond | netto", 23)
    True
    >>> is_header_row("Jansen, P. | vakbondslid | ja", 13)
    False
    >>> is_header_row("naam | reden | status\\nAhmed | Suikerfeest | vrij", 30)
    False
    """
    lo, hi = _line(text, start)
    return _is_header_line(text, lo, hi)


def _is_header_line(text: str, lo: int, hi: int) -> bool:
    """is_header_row of the line at ``lo``, decided once whichever of its terms asks."""
    headers = _chunk(text).headers
    if lo not in headers:
        headers[lo] = _reads_as_header(text, lo, hi)
    return headers[lo]


def _reads_as_header(text: str, lo: int, hi: int) -> bool:
    row = _row(text, lo, hi)
    if row is None or row.digits:
        return False
    line = text[lo:hi]
    above = text[text.rfind("\n", 0, max(0, lo - 1)) + 1 : max(0, lo - 1)]
    if lo > 0 and above.count(row.delim) == line.count(row.delim):
        return False  # a row under another row: data, not the header
    return all(HEADER_CELL.fullmatch(c) and not NAME_CELL.match(c) for c in line.split(row.delim))


def header_values(text: str, start: int, has_value: object) -> bool:
    """The term is a header cell of a delimited table and a row below it holds a value in
    its column (``has_value(cell)``): "naam;inhouding_vakbond" over "Jansen, P.;14,20"."""
    lo, hi = _line(text, start)
    row = _row(text, lo, hi)
    if row is None or row.digits:
        return False  # a data row, not a header
    delim, column, width = row.delim, _cell_at(row, start - lo), len(row.starts)
    for row_lo in _next_lines(text, hi, _ROWS_BELOW):
        row_hi = _line(text, row_lo)[1]
        starts = _starts(text, row_lo, row_hi, delim)
        if len(starts) != width:
            break
        cell_hi = row_lo + starts[column + 1] - 1 if column + 1 < width else row_hi
        cell = text[row_lo + starts[column] : cell_hi].strip().strip('"')
        if callable(has_value) and has_value(cell):
            return True
    return False


_ROWS_BELOW = 50  # rows under a header read for a value in its column


def _starts(text: str, lo: int, hi: int, delim: str) -> tuple[int, ...]:
    """Where each ``delim`` cell of the line starts, read once per line however many
    header terms ask (a header of thousands of columns over 50 rows)."""
    row = _row(text, lo, hi)
    if row is not None and row.delim == delim:
        return row.starts
    cells = _chunk(text).cells
    if (lo, delim) not in cells:
        cells[lo, delim] = tuple(itertools.accumulate(
            (len(c) + 1 for c in text[lo:hi].split(delim)[:-1]), initial=0))
    return cells[lo, delim]


def _next_lines(text: str, hi: int, count: int) -> list[int]:
    """The starts of the ``count`` lines after the line that ends at ``hi`` (one empty
    line when it is the last: the rest of the text is the empty string)."""
    breaks = _breaks(text)
    k = bisect.bisect_left(breaks, hi)
    return [hi + 1] + [b + 1 for b in breaks[k + 1 : k + count]]
