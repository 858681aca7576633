"""Special-category terms in table rows: a register, an export or a leave list.

A row of a delimited table ("Jansen, P. | 10-04-2024 | Suikerfeest | vrij") is about the
person its name cell names, so a term in another cell of it is stated about that person;
a header cell that names a category ("inhouding_vakbond", "Religie") states it of every
row whose cell under it holds a value (not empty, "nee", "n.v.t." or 0). A term that is a
code ("SP-204113") is no statement at all.
"""

from __future__ import annotations

import re

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


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _delimiter(line: str) -> str | None:
    return next((d for d in DELIMITERS if line.count(d) >= MIN_CELLS - 1), None)


def _cell_index(line: str, delim: str, offset: int) -> int:
    return line.count(delim, 0, offset)


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
    line = text[lo:hi]
    delim = _delimiter(line)
    if delim is None:
        return _dash_row_person(text, start, lo)
    cells = line.split(delim)
    here = _cell_index(line, delim, start - lo)
    return any(NAME_CELL.match(c) for i, c in enumerate(cells) if i != here)


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
    line = text[lo:hi]
    delim = _delimiter(line)
    if delim is None or any(ch.isdigit() for ch in line):
        return False
    above = text[text.rfind("\n", 0, max(0, lo - 1)) + 1 : max(0, lo - 1)]
    if lo > 0 and above.count(delim) == line.count(delim):
        return False  # a row under another row: data, not the header
    return all(HEADER_CELL.fullmatch(c) and not NAME_CELL.match(c) for c in line.split(delim))


def header_values(text: str, start: int, has_value: object) -> bool:
    """The term is a header cell of a delimited table and a row below it holds a value in
    its column (``has_value(cell)``): "naam;inhouding_vakbond" over "Jansen, P.;14,20"."""
    lo, hi = _line(text, start)
    line = text[lo:hi]
    delim = _delimiter(line)
    if delim is None or any(ch.isdigit() for ch in line):
        return False  # a data row, not a header
    column, width = _cell_index(line, delim, start - lo), line.count(delim)
    for row in text[hi + 1 :].split("\n")[:50]:
        if row.count(delim) != width:
            break
        cell = row.split(delim)[column].strip().strip('"')
        if callable(has_value) and has_value(cell):
            return True
    return False
