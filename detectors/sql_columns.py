"""The column a value of an SQL dump stands in: named by its statement's column list.

``INSERT INTO t (id, bsn, geboortedatum) VALUES (1, '123456782', '1990-02-03'), (...)``
and PostgreSQL's ``COPY t (id, bsn) FROM stdin;`` (tab-separated rows up to ``\\.``) name
a value by its place, far from it: the label a form puts before its value is there the
column list's name at the value's index.
https://dev.mysql.com/doc/refman/8.0/en/insert.html
https://www.postgresql.org/docs/current/sql-copy.html

One reader for every detector that reads dumps: ``sql_values`` gives each literal with its
column and its row (person_fields reads a record's names from it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["SqlValue", "sql_column", "sql_values", "statement_end"]

# The column list right before VALUES; names quoted as each dialect quotes them (`a`, "a",
# [a]) or bare. The table may be schema-qualified and quoted too.
# ("INSERT [dbo].[T] ([A], [B]) VALUES (N'..', ..)": MSSQL's scripts leave INTO out.)
# (A dump seen through a unified diff marks each tuple's line '+' or '-': "VALUES\n+  (1, ..")
_INSERT = re.compile(r"\bINSERT\s+(?:IGNORE\s+)?(?:INTO\s+)?([^\s(;]+)\s*(?:\(([^()]{1,4000})\)\s*)?"
                     r"VALUES(?:\s*\n[-+])?\s*(?=\()", re.IGNORECASE)
# A table's columns from its CREATE TABLE, for an INSERT without a column list (mysqldump's):
# each definition's first name, not a key or constraint line.
_CREATE = re.compile(r"\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([^\s(;]+)\s*\(",
                     re.IGNORECASE)
_DEFINITION = re.compile(r"\s*([`\"\[]?[^\W\d][\w ]*?[`\"\]]?)\s+\w")
_NOT_COLUMNS = frozenset({"primary", "key", "unique", "index", "constraint", "foreign", "check",
                          "fulltext", "spatial"})
_COPY = re.compile(r"^COPY\s+[^\s(;]+\s*\(([^()]{1,4000})\)\s+FROM\s+stdin[^\n]*\n", re.IGNORECASE
                   | re.MULTILINE)
_NAME_QUOTES = "`\"[] \t\r\n"
_MAX_STATEMENT = 2_000_000  # characters of one statement's values read


@dataclass(frozen=True)
class SqlValue:
    """One literal of a dump's row: its span without quotes, its column, its row's number."""

    start: int
    end: int
    column: str
    row: int
    string: bool  # a string ('..', "..", N'..', a COPY cell), not a number, NULL or a call


class _Fields:
    """Value spans (sorted starts, ends), the column name and row number of each; and where
    each statement's names stand (its column list, or its table's CREATE) with the end of
    its values, so a region around a name reaches its rows."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.names: list[str] = []
        self.rows: list[int] = []
        self.copied: list[bool] = []
        self.row = -1  # (the first row is 0)
        self.reach: list[tuple[int, int, int]] = []

    def add(self, start: int, end: int, name: str, copied: bool = False) -> None:
        self.copied.append(copied)
        self.starts.append(start)
        self.ends.append(end)
        self.names.append(name)
        self.rows.append(self.row)


def sql_column(text: str, start: int) -> str | None:
    """The column name of the SQL value holding ``start``, or None outside one.

    >>> t = "INSERT INTO `p` (`id`, `bsn`) VALUES (1, '123456782'), (2, '111222333');"
    >>> sql_column(t, t.index("1234")), sql_column(t, t.index("1112")), sql_column(t, 0)
    ('bsn', 'bsn', None)
    >>> t = "COPY public.p (id, bsn) FROM stdin;\\n7\\t123456782\\n\\\\.\\n"
    >>> sql_column(t, t.index("1234"))
    'bsn'
    """
    if not _has_dump(text):
        return None  # almost every text: no dump
    fields = _fields(text)
    k = bisect_right(fields.starts, start) - 1
    if k < 0 or start >= fields.ends[k]:
        return None
    return fields.names[k]


def statement_end(text: str, at: int) -> int:
    """The end of the values a column name at ``at`` names (its INSERT's or COPY's column
    list, or its table's CREATE TABLE), or -1: a region around the name reaches its rows.

    >>> t = "INSERT INTO p (id, bsn) VALUES\\n(1, '123456782'),\\n(2, '111222333');"
    >>> statement_end(t, t.index("bsn")) == t.index(");"), statement_end(t, len(t) - 1)
    (True, -1)
    """
    if not _has_dump(text):
        return -1
    return max((end for lo, hi, end in _fields(text).reach if lo <= at < hi), default=-1)


def sql_values(text: str) -> Iterator[SqlValue]:
    """Each value of the dump's rows, in text order, its quotes and spaces trimmed off.

    >>> t = "CREATE TABLE p (id int, naam text);\\nINSERT INTO P VALUES (1,'Jan'),(2,\\"Piet\\");"
    >>> [(t[v.start:v.end], v.column, v.row, v.string) for v in sql_values(t)][1:]
    [('Jan', 'naam', 0, True), ('2', 'id', 1, False), ('Piet', 'naam', 1, True)]
    """
    if not _has_dump(text):
        return
    fields = _fields(text)
    for start, end, name, row, copied in zip(fields.starts, fields.ends, fields.names,
                                             fields.rows, fields.copied, strict=True):
        yield _trimmed(text, start, end, name, row, copied)


# a string (N'..' Unicode, E'..' escaped), a PostgreSQL cast after it ('x'::varchar(40))
_LITERAL = re.compile(r"\s*[NnEe]?(['\"])(.*)\1(?:\s*::\s*[\w ]+(?:\(\d+\))?)?\s*$", re.DOTALL)


def _trimmed(text: str, start: int, end: int, name: str, row: int, copied: bool) -> SqlValue:
    m = None if copied else _LITERAL.match(text, start, end)
    if m is not None:
        return SqlValue(m.start(2), m.end(2), name, row, True)
    if copied:  # a COPY cell is the text itself, spaces and all
        return SqlValue(start, end, name, row, True)
    cell = text[start:end]
    lead = len(cell) - len(cell.lstrip())
    return SqlValue(start + lead, start + len(cell.rstrip()), name, row, False)


@lru_cache(maxsize=4)  # asked once per candidate: the text's scan once per chunk
def _has_dump(text: str) -> bool:
    return _DUMP_HINT.search(text) is not None and _DUMP_WORD.search(text) is not None


_DUMP_WORD = re.compile(r"values|from stdin", re.IGNORECASE)  # as _INSERT reads them
# What every match of _DUMP_WORD holds, without IGNORECASE: no letter of "alue" or "rom"
# matches a non-ASCII one case-insensitively, so the sets say the same. One pass at ~25x
# _DUMP_WORD's speed on a text without a dump (an IGNORECASE alternation is tried at every
# position; ~2 ms per 100 KB of HR notes, for almost every text).
_DUMP_HINT = re.compile(r"[aA][lL][uU][eE]|[rR][oO][mM] ")


@lru_cache(maxsize=4)  # the chunk being analysed: each recognizer asks for its values
def _fields(text: str) -> _Fields:
    fields = _Fields()
    tables = {_bare(m.group(1)): (m.start(), *_created(text, m.end()))
              for m in _CREATE.finditer(text)}
    spans = [(m.end(), m.span(2), _names(m.group(2)), _values) if m.group(2) else
             (m.end(), tables[t][:2], tables[t][2], _values)
             for m in _INSERT.finditer(text) if m.group(2) or (t := _bare(m.group(1))) in tables]
    spans += [(m.end(), m.span(1), _names(m.group(1)), _copy_rows) for m in _COPY.finditer(text)]
    for at, (lo, hi), names, read in sorted(spans, key=lambda s: s[0]):
        if not fields.starts or at >= fields.ends[-1]:
            read(text, at, names, fields)
            if fields.ends and fields.ends[-1] > at:
                fields.reach.append((lo, hi, fields.ends[-1]))
    return fields


def _names(columns: str) -> list[str]:
    return [c.strip(_NAME_QUOTES) for c in columns.split(",")]


def _bare(table: str) -> str:
    """A table's name without schema and quotes: `hr`.`p`, [dbo].[p] and p are one table."""
    return table.rsplit(".", 1)[-1].strip(_NAME_QUOTES).lower()


def _created(text: str, at: int) -> tuple[int, list[str]]:
    """(end, column names) of a CREATE TABLE whose definitions open at ``at``: each
    definition's first word (a type's own brackets, "DECIMAL(10,2)", split nothing)."""
    depth, i, parts, part = 1, at, [], at
    while depth and i < min(len(text), at + 20_000):
        ch = text[i]
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if (ch == "," and depth == 1) or depth == 0:
            parts.append(text[part:i])
            part = i + 1
        i += 1
    names = [m.group(1).strip(_NAME_QUOTES) for p in parts if (m := _DEFINITION.match(p))]
    return i, [n for n in names if n.split()[0].lower() not in _NOT_COLUMNS]


def _values(text: str, at: int, names: list[str], fields: _Fields) -> None:
    """The values of the tuples from ``at`` to the statement's end: a comma at depth one
    moves to the next column, a quoted string (doubled or escaped quotes inside) is one
    value, a function's brackets (CAST(...), STR_TO_DATE(...)) are inside the value."""
    depth, column, value_start, i = 0, 0, -1, at
    end = min(len(text), at + _MAX_STATEMENT)
    while i < end:
        ch = text[i]
        if ch == "'" or ch == '"':
            i = _string_end(text, i, ch, end)
            continue
        if ch == "(":
            depth += 1
            if depth == 1:
                column, value_start, fields.row = 0, i + 1, fields.row + 1
        elif ch == ")" or (ch == "," and depth == 1):
            if depth == 1 and column < len(names):
                fields.add(value_start, i, names[column])
            if ch == ",":
                column, value_start = column + 1, i + 1
            else:
                depth -= 1
        elif ch == ";" and depth == 0 and not _removed_line(text, i):
            return
        i += 1


def _removed_line(text: str, i: int) -> bool:
    """The ';' at ``i`` is on a line a unified diff removed ("-  (4, 'x');"), its statement
    going on in the lines that replace it ("+  (4, 'x'),"); an SQL comment is no such line.

    >>> t = "-  (1, 'a');\\n+  (1, 'a'),\\n+  (2, 'b');"
    >>> _removed_line(t, t.index(";")), _removed_line(t, t.rindex(";"))
    (True, False)
    """
    line = text[text.rfind("\n", 0, i) + 1 : i]
    return line.startswith("-") and not line.startswith("--")


def _string_end(text: str, i: int, quote: str, end: int) -> int:
    """The index after the string opening at ``i`` (SQL doubles a quote, MySQL escapes it)."""
    j = i + 1
    while j < end:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            if j + 1 < end and text[j + 1] == quote:
                j += 2
                continue
            return j + 1
        j += 1
    return end


def _copy_rows(text: str, at: int, names: list[str], fields: _Fields) -> None:
    """The tab-separated rows of a COPY ... FROM stdin, up to its ``\\.`` line."""
    stop = text.find("\n\\.", at - 1)
    stop = len(text) if stop < 0 else stop
    for line in re.finditer(r"[^\n]+", text[at:stop]):
        pos, fields.row = at + line.start(), fields.row + 1
        for column, cell in enumerate(line.group().split("\t")):
            if column < len(names):
                fields.add(pos, pos + len(cell), names[column], copied=True)
            pos += len(cell) + 1
