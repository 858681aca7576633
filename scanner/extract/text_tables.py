"""Tables inside a text document: an export pasted into a note or an e-mail.

A file that is a table as a whole is read by delimited.py. A note, an e-mail or minutes may
hold one too: a run of lines split by one delimiter (tab, ';', '|', ',') into the same number
of cells, or set in columns with runs of spaces, under a header line that names the columns
("persnr;naam;bsn;geboortedatum"); in columns set with spaces a row with an empty cell
keeps its cells under the header cells they stand under. Such a run is read as a table
(table.py): each cell
labelled by its column header, so "bsn" labels the numbers under it and "personeelsnr" labels
its own. The prose around it stays one text, with the table's lines left out (kept as blank
lines, so paragraphs stay apart).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from scanner.extract.table import (
    SAMPLE_ROWS,
    is_header,
    label_shaped,
    listed_columns,
    table_chunks,
)
from scanner.models import TextChunk

# A Markdown or ASCII-art rule under a header ("|---|:--:|", "-----  ------"): part of the
# table, not a row.
# A rule of dashes, equals signs, underscores or box-drawing lines ("|---|", "=====", "───").
_RULE = re.compile(r"^[\s|+:=\-_─━═]*(?:-{3,}|={3,}|_{3,}|[─━═]{3,})[\s|+:=\-_─━═]*$")
_DIGITS = re.compile(r"\d{5}")  # a header names columns; it holds no number
# a line that closes a bracket ends a statement or a structure (an SQL dump's ") ENGINE=...;"
# over its INSERT lines, a JSON "}," over the next record): it names no columns
_CLOSES = re.compile(r"\s*[)\]}]")
_ALIGNED = re.compile(r"\S(?:[ ]?\S)*")  # a cell of a space-aligned line: no double space
# data rows under the header, cells a row ("~": legacy payroll and planning exports)
MIN_ROWS = {"\t": 1, ";": 1, "|": 1, ",": 2, "~": 2, "  ": 2}
MIN_WIDTH = {"\t": 2, ";": 2, "|": 2, ",": 3, "~": 3, "  ": 3}


@dataclass(frozen=True)
class Table:
    line: int  # 1-based line of its header in the text
    rows: tuple[tuple[str, ...], ...]  # the header row first


def cells(line: str, delimiter: str) -> list[str]:
    """The cells of one line split by ``delimiter`` ("  ": columns set with spaces).

    >>> cells("| bsn | naam |", "|"), cells('1;"Jansen; J."', ";"), cells("a b  c", "  ")
    (['bsn', 'naam'], ['1', 'Jansen; J.'], ['a b', 'c'])
    """
    if delimiter == "  ":
        return _ALIGNED.findall(line) if "  " in line else []
    if delimiter not in line:
        return []
    if delimiter == "|":
        line = line.strip().removeprefix("|").removesuffix("|")
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]
    except (csv.Error, StopIteration):
        return []


def _run(lines: list[str], first: int, delimiter: str, width: int,
         limit: int, header: str = "") -> tuple[int, list[list[str]]]:
    """(end, rows) of the run of lines from ``first`` that are ``width`` cells wide (at most
    ``limit`` rows: the header is judged on a sample, so a long run is read once). In
    columns set with spaces a row with empty cells is fewer cells wide: its cells are put
    under the header cells they stand under (``header``, the header line)."""
    rows: list[list[str]] = []
    end = first
    while end < len(lines) and len(rows) < limit:
        if _RULE.match(lines[end]) and lines[end].strip():
            end += 1
            continue
        row = cells(lines[end], delimiter)
        if len(row) == width + 1 and not row[-1]:
            row = row[:-1]  # a trailing delimiter
        if len(row) == width - 1 and _open_bar(lines[end], delimiter):
            row = [*row, ""]  # its last cell empty: the bar ending it was taken for a border
        if len(row) != width and delimiter == "  " and header and len(row) >= 2:
            row = _aligned(lines[end], header, width) or row
        if len(row) != width:
            break
        rows.append(row)
        end += 1
    return end, rows


def _open_bar(line: str, delimiter: str) -> bool:
    """A '|' row that ends in a bar but does not start with one: no Markdown border, so the
    bar ends an empty last cell ("Jansen|12-03-1990|")."""
    line = line.strip()
    return delimiter == "|" and line.endswith("|") and not line.startswith("|")


def _aligned(line: str, header: str, width: int) -> list[str] | None:
    """The cells of a space-aligned row with empty cells, each under the header cell whose
    column it starts in (the last header cell starting at or before it, two characters'
    slack); None when two cells fall in one column or the header is not ``width`` wide."""
    starts = [m.start() for m in _ALIGNED.finditer(header)]
    if len(starts) != width:
        return None
    row = [""] * width
    for m in _ALIGNED.finditer(line):
        col = max((k for k, s in enumerate(starts) if s <= m.start() + 2), default=None)
        if col is None or row[col]:
            return None
        row[col] = m.group()
    return row


def _first_row(lines: list[str], i: int) -> int | None:
    """The line of the first row under a header at ``i``: the next one, past a rule
    ("|---|") and one blank line."""
    j = i + 1
    while j < len(lines) and j <= i + 3 and (not lines[j].strip() or _RULE.match(lines[j])):
        j += 1
    blanks = sum(1 for k in range(i + 1, j) if not lines[k].strip())
    return j if j < len(lines) and blanks <= 1 else None


def _header(line: str, delimiter: str, width: int) -> list[str] | None:
    """The column names of a header line over rows ``width`` cells wide: its cells (after
    a lead-in such as "Kolommen: "), or the names it lists after one."""
    head = cells(line, delimiter)
    if head and ":" in head[0]:
        head[0] = head[0].rsplit(":", 1)[-1].strip()
    if len(head) == width and label_shaped(head) and not (
            delimiter == "," and any(len(c.split()) > COMMA_HEADER_WORDS for c in head)):
        return head
    return listed_columns(line, width)


# (stop 78) the most words a column's name has in a comma-separated header: a title or a
# sentence split by its commas ("Wij zoeken een chauffeur voor 40 uur, in Ede, per direct")
# names no columns
COMMA_HEADER_WORDS = 4


def _table_at(lines: list[str], i: int) -> tuple[int, int, list[list[str]]] | None:
    """The table whose header is line ``i``, if there is one."""
    if not lines[i].strip() or _DIGITS.search(lines[i]) or _CLOSES.match(lines[i]):
        return None
    first = _first_row(lines, i)
    if first is None:
        return None
    for delimiter, min_rows in MIN_ROWS.items():
        width = len(cells(lines[first], delimiter))
        if _open_bar(lines[first], delimiter) and len(cells(lines[i], delimiter)) == width + 1:
            width += 1  # the first row's last cell is empty
        if width < MIN_WIDTH[delimiter]:
            continue
        head = _header(lines[i], delimiter, width)
        if head is None:
            continue
        end, rows = _run(lines, first, delimiter, width, SAMPLE_ROWS, lines[i])
        if len(rows) < min_rows or not is_header(head, rows):
            continue
        if not lines[i + 1].strip() and len(rows) > min_rows and is_header(rows[0], rows[1:]):
            return None  # a title line, a blank line, then the header: the table opens there
        if end < len(lines) and len(rows) == SAMPLE_ROWS:
            end, rows = _run(lines, first, delimiter, width, len(lines), lines[i])
        if delimiter == "  ":
            head, rows = _fixed_width(lines[i], lines[first:end], head, rows)
        return i, end, [head, *rows]
    return None


_HEADER_WORD = re.compile(r"(?<=[ ])\S+")


def _inside(line: str, p: int) -> bool:
    """Position ``p`` falls inside a space-aligned cell of ``line``, one space after a word."""
    return line[p - 2 : p - 1].strip() != "" and line[p - 1 : p] == " "


def _fixed_width(header: str, body: list[str], head: list[str], rows: list[list[str]]
                 ) -> tuple[list[str], list[list[str]]]:
    """The header and rows cut where a fixed-width export sets two fields a single space
    apart: a header cell of two names ("DEELNEMERNR BSN") whose second name starts where
    every row has a value start after one space ("102442770 387233556"); read as one cell,
    the one column's label would name the other's values. Unchanged where a row has an
    empty cell (its cells were placed by the header) or no such place exists.

    >>> text = ("PERSNR BSN       NAAM          JAAR\\n"
    ...         "1122   123456782 Jan Smit      1990\\n"
    ...         "1123   111222333 Piet de Wit   1985")
    >>> split_tables(text)[1][0].rows[:2]
    (('PERSNR', 'BSN', 'NAAM', 'JAAR'), ('1122', '123456782', 'Jan Smit', '1990'))
    """
    lines = [line for line in body if not (_RULE.match(line) and line.strip())]
    if len(lines) != len(rows) or any(cells(line, "  ") != row for line, row in zip(
            lines, rows, strict=True)):
        return head, rows
    # every header word's start where each row has a value start after a space: a cell's
    # own start, or a place inside a cell that one space parts (in the header or a row)
    cuts = [w.start() for w in _HEADER_WORD.finditer(header)
            if all(line[w.start() - 1 : w.start()] == " " and line[w.start()].strip()
                   for line in lines if len(line) > w.start())]
    if not any(_inside(header, p) or any(_inside(line, p) for line in lines) for p in cuts):
        return head, rows
    new_head, new_rows = _cut(header, cuts), [_cut(line, cuts) for line in lines]
    if any(len(row) != len(new_head) for row in new_rows):
        return head, rows
    return new_head, new_rows


def _cut(line: str, cuts: list[int]) -> list[str]:
    """A space-aligned line's cells, each also cut at the positions ``cuts``."""
    out = []
    for m in _ALIGNED.finditer(line):
        at = [m.start(), *(p for p in cuts if m.start() < p < m.end()), m.end()]
        out.extend(line[a:b].strip() for a, b in itertools.pairwise(at))
    return out


def find_tables(lines: list[str]) -> Iterator[tuple[int, int, list[list[str]]]]:
    """(first line index, end index, rows) of each table in ``lines``, in order."""
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            i += 1
            continue
        yield found
        i = found[1]


def split_tables(text: str) -> tuple[str, list[Table]]:
    """The prose of ``text`` (tables' lines blanked) and the tables in it.

    >>> prose, tables = split_tables("Hoi,\\nnaam;bsn\\nJan;111222333\\nGroet")
    >>> prose.splitlines(), tables[0].line, tables[0].rows
    (['Hoi,', '', '', 'Groet'], 2, (('naam', 'bsn'), ('Jan', '111222333')))
    """
    lines = text.split("\n")
    tables = []
    for start, end, rows in find_tables(lines):
        tables.append(Table(start + 1, tuple(tuple(r) for r in rows)))
        lines[start:end] = [""] * (end - start)
    if not tables:
        return text, []
    return "\n".join(lines), tables


def text_chunks(text: str, location: str, page: int | None = None) -> Iterator[TextChunk]:
    """A text as chunks: its prose at ``location``, then each table in it, its cells at
    "<location>, table at line N, row R, column <header>" ("text, " is left out)."""
    prose, tables = split_tables(text)
    yield TextChunk(prose, location, page)
    prefix = "" if location == "text" else f"{location}, "
    for table in tables:
        yield from table_chunks(table.rows, f"{prefix}table at line {table.line}, ", page,
                                header=True, special_by_row=True)
