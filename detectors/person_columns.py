"""PERSON: a column of names in a delimited export that no header names as such.

An exchange file often has no header, or one in its own words ("deelnemer", "flex"):
"100234|Jansen|Pieter|01-01-1980" over more rows of the same shape. No label then tells
the surname from any other word, but the column does: a column most of whose cells are
gazetteer first names is one of first names, and beside it (or beside initials) a column
of name-shaped words most of them gazetteer names is one of surnames. A column of towns
has no first names beside it ("Utrecht", "Tilburg" are surnames too), a column of words
has common words. Only runs of at least _MIN_ROWS rows of one delimiter and one width are
read, each line once.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from detectors.context import Evidence, scores
from detectors.person_names import (
    alone_first_names,
    is_known,
    is_name_shaped,
    is_org_word,
    person_words,
)

_DELIMITERS = ("|", ";", "\t")
_MIN_ROWS = 3
_SHARE = 0.6  # of a column's filled cells
_KNOWN = 0.4  # of a surname column's cells gazetteer names (the labour market's are not all)
_MAX_ROWS = 20_000
_SAMPLE = 50  # rows a run's columns are read from (an export's columns hold one kind)
# A cell holding a name: up to three words of letters (particles typed small), no digits;
# a word in capitals of four letters or more (two or three: a code, "NL", "ZZP"), no
# capital inside a word but after an apostrophe ("O'Brien"; "HelloFresh" is a brand).
_NAME_WORD = r"(?:\p{Lu}['’])?\p{Lu}[\p{Ll}'’]+|\p{Lu}{4,}"
_CELL_NAME = regex.compile(
    rf"(?:(?:van|de|der|den|ten|ter|te|von|da|el|al)[ ]+){{0,3}}"
    rf"(?:{_NAME_WORD})(?:[ -](?:{_NAME_WORD})){{0,2}}")
_INITIALS = regex.compile(r"(?:\p{Lu}\.[ ]?){1,5}")
Cell = tuple[int, int, str]  # start, end, the cell's text stripped


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each name in a column of names of a delimited run.

    >>> t = "1|Jansen|Pieter\\n2|Nowak|Marta\\n3|Bakker|Sanne"
    >>> [t[s:e] for s, e, _ in names(t)]
    ['Jansen', 'Pieter', 'Nowak', 'Marta', 'Bakker', 'Sanne']
    """
    if not any(d in text for d in _DELIMITERS):
        return
    ev = Evidence(scores("PERSON").extra["column"], "column of names")
    for delimiter, rows in _runs(text):
        wanted = _name_columns([_cells(line, pos, delimiter) for pos, line in rows[:_SAMPLE]])
        if not wanted:
            continue  # (most runs: the rest of their rows are never split)
        for row, (pos, line) in enumerate(rows):
            cells = _cells(line, pos, delimiter)
            header = row == 0 and _header_row(cells)
            yield from ((cells[k][0], cells[k][1], ev) for k, initials in wanted
                        if (_two_initials(cells[k][2]) if initials else _is_name(cells[k][2]))
                        and not (header and _header_word(cells[k][2])))


def _header_row(cells: list[Cell]) -> bool:
    """A run's first row with no digit in any cell: its header ("Naam|Voornaam|Geb.datum")."""
    return not any(c.isdigit() for _, _, v in cells for c in v)


def _header_word(value: str) -> bool:
    """A header row's cell that is no listed name: the column's title ("Casemanager",
    "Chauffeur"), not a first row's name ("Jansen")."""
    return not any(is_known(_cased(w)) for w in value.split(" "))


def _two_initials(value: str) -> bool:
    """Initials of two letters or more, the cell of a column of initials reported as a name
    ("J.W."; a lone "M." is as often a code or a sex as a person's letter)."""
    return value.count(".") >= 2 and _INITIALS.fullmatch(value) is not None


def _name_columns(sample: list[list[Cell]]) -> list[tuple[int, bool]]:
    """The columns of names, read from a run's first rows: one of first names, and one of
    surnames beside it or beside initials; none under a header of places or firms. Each
    (column, whether it holds initials): initials of two letters or more beside a column of
    names are the person's too ("Bakker;J.W.;", "Asante|Kofi|K.A.")."""
    columns = list(zip(*sample, strict=True))
    kinds = [_kind(column) for column in columns]
    head = sample[0]
    if _header_row(head):
        kinds = ["" if _places(v) else k for (_, _, v), k in zip(head, kinds, strict=True)]

    def near(k: int) -> list[str]:
        return [kinds[j] for j in range(max(0, k - 2), min(len(kinds), k + 3)) if j != k]

    names = [k for k, kind in enumerate(kinds) if kind == "first" or (
        kind == "surname" and any(n in ("first", "initials") for n in near(k)))]
    initials = [k for k, kind in enumerate(kinds) if kind == "initials"
                and any(abs(j - k) <= 2 for j in names)]
    return sorted([(k, False) for k in names] + [(k, True) for k in initials])


def _runs(text: str) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """(delimiter, rows) of each run of _MIN_ROWS or more lines holding as many of one
    delimiter; each row (where it starts, its line)."""
    run: list[tuple[int, str]] = []
    delimiter, width, pos = "", -1, 0
    for line in text.split("\n", _MAX_ROWS):
        d = next((x for x in _DELIMITERS if x in line), "")
        n = line.count(d) if d else -1
        if d and d == delimiter and n == width:
            run.append((pos, line))
        else:
            if len(run) >= _MIN_ROWS:
                yield delimiter, run
            run, delimiter, width = ([(pos, line)] if d else []), d, n
        pos += len(line) + 1
    if len(run) >= _MIN_ROWS:
        yield delimiter, run


def _cells(line: str, pos: int, delimiter: str) -> list[Cell]:
    """Each cell's span and text, without its blanks and a CSV export's quotes."""
    out, start = [], 0
    for part in line.split(delimiter):
        lead = len(part) - len(part.lstrip())
        value = part.strip()
        if len(value) > 1 and value[0] == value[-1] == '"':
            value, lead = value[1:-1], lead + 1
        out.append((pos + start + lead, pos + start + lead + len(value), value))
        start += len(part) + 1
    return out


def _kind(column: tuple[Cell, ...]) -> str:
    """"first", "initials", "surname" or "" for a column's cells."""
    values = [v for _, _, v in column if v]
    if len(values) < _MIN_ROWS:
        return ""
    need = _SHARE * len(values)
    if sum(_cased(v.split(" ")[0]) in alone_first_names() and v.count(" ") <= 1
           for v in values) >= need:
        return "first"
    if sum(_INITIALS.fullmatch(v) is not None for v in values) >= need:
        return "initials"
    named = [v for v in values if _is_name(v)]
    if len(named) >= need and sum(any(is_known(_cased(w)) for w in v.split(" ")) for v in
                                  named) >= _KNOWN * len(values):
        return "surname"
    return ""


def _places(header: str) -> bool:
    """True for a header cell of places, firms or teams ("Plaats", "Werkgever")."""
    return names_column(header, "place_columns")


@lru_cache(maxsize=1024)  # (a column's header, read for each of its cells)
def names_column(header: str, key: str) -> bool:
    """True for a header cell one of whose words is in person.toml's list ``key``
    ("place_columns": "Plaats", "Werkgever"; "town_columns": "Woonplaats")."""
    return any(w in person_words()[key] for w in regex.findall(r"\w+", header.lower()))


@lru_cache(maxsize=8192)  # (a column's names repeat: "Jan", "Jansen")
def _is_name(value: str) -> bool:
    """A cell that reads as a name: letters in up to three words, none a common word or a
    firm's word."""
    if _CELL_NAME.fullmatch(value) is None:
        return False
    words = [_cased(w) for w in regex.split(r"[ -]", value) if w[:1].isupper()]
    return all(is_name_shaped(w) and not is_org_word(w) for w in words)


def _cased(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 1 else word
