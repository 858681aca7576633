"""The column label of a value in a delimited row of plain text.

An export pasted into a note ("persnr;naam;bsn" over rows of numbers) labels its values
with the header cell of their column, not with the cells before them on their line: in
"1234;Jansen;123456782" the number's label is "bsn" three lines up, and in a
"Personeelsnr" column a nine-digit number is a personnel number. The extractor reads such
tables as tables (scanner/extract/text_tables.py); this is the same reading for text that
reaches detect() as it is. Only ever run on the few candidates, over a bounded stretch.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from functools import lru_cache

from detectors import row_runs
from detectors.literal_rows import literal_column
from detectors.markup_rows import markup_column
from detectors.sql_columns import sql_column

# a comma, bar or tilde only with two or more in the line (a tilde: legacy payroll and
# planning exports, "id~naam~geboortedatum")
DELIMITERS = ("\t", ";", "|", ",", "~")
MAX_LINES = 200  # lines set in columns with spaces walked up to their header
# A delimited row walks up its whole run, however long: an export of 5,000 rows is one table.
# What ends a run is its shape (row_runs.run_above), never its length.
RUN_BOUNDS = (sys.maxsize, sys.maxsize)
MAX_ALIGNED = 40  # lines set in columns walked up (a CV's layout is full of them)
MAX_CHARS = 40_000
MAX_LINE = 2_000  # characters of a row
# A rule of dashes, equals signs, underscores or box-drawing lines ("|---|", "=====", "───").
_RULE = re.compile(r"^[\s|+:=\-_─━═]*(?:-{3,}|={3,}|_{3,}|[─━═]{3,})[\s|+:=\-_─━═]*$")
_LEAD_IN = re.compile(r"^[^\W\d_][^:]*:\s*")
_NUMBER = re.compile(r"\d{5}")
_MAYBE_ROW = re.compile(r"[;\t|,~]|  ")
_ALIGNED = re.compile(r"\S+(?: \S+)*")  # a cell: words apart by single spaces
# the header lines above a space-aligned row, nearest first: (start, text) of each cell
Heads = tuple[tuple[tuple[int, str], ...], ...]
_QUOTED = re.compile(r'(^|(?<=[,;|\t])\s*)"[^"\n]*"')
_QUOTED_BODY = re.compile(r'(?:^|(?<=[,;|\t])\s*)("[^"\n]*")')  # _QUOTED's matches, quotes only


def _unquoted(line: str, delimiter: str) -> str:
    """The line with quoted fields blanked: a delimiter inside quotes ("Jansen, K.") splits
    nothing. Quotes only count at a field's start, as in CSV."""
    if '"' not in line:
        return line
    return _QUOTED.sub(lambda m: m.group(1) + "x" * (len(m.group(0)) - len(m.group(1))),
                       line)


def _count(line: str, delimiter: str) -> int:
    """The delimiters of the unquoted line (``_unquoted``): those outside quoted fields,
    counted without writing the blanked line out (a CSV export quotes every field)."""
    if delimiter == "|":
        line = _single_bars(line)
    n = line.count(delimiter)
    if n and '"' in line:
        n -= sum(field.count(delimiter) for field in _QUOTED_BODY.findall(line))
    return n


def _single_bars(line: str) -> str:
    """A Confluence (wiki markup) header row, "|| Naam || Geb.datum ||", as the "|" row its
    data rows are ("| Jan | 12-03-1985 |"): its cells open with "||"."""
    return line.replace("||", "|") if line.lstrip().startswith("||") else line


def _line_at(text: str, start: int) -> tuple[int, str]:
    """(start, text) of the line holding ``start``; (-1, "") when it is longer than
    MAX_LINE (no row of a table is: a long line of prose is read in bounded time)."""
    lo = text.rfind("\n", max(0, start - MAX_LINE), start) + 1
    hi = text.find("\n", start, start + MAX_LINE)
    if (lo == 0 and start > MAX_LINE) or (hi < 0 and len(text) - start > MAX_LINE):
        return -1, ""
    return lo, text[lo : hi if hi >= 0 else len(text)]


@lru_cache(maxsize=4096)  # every row of a run reads the same header: split it once
def _header_cell(line: str, delimiter: str, column: int) -> str | None:
    """The ``column``-th cell of a header line, or None when the line is no header (a
    cell that holds a number, or no letters) or a table's title ("| MEDEWERKERGEGEVENS |
    |" over a grid of fields and values: one cell named, the others empty)."""
    cells = _cells(line, delimiter)
    if column >= len(cells) or _NUMBER.search(line) or sum(map(bool, cells)) < 2:
        return None
    cell = _LEAD_IN.sub("", cells[column]) if column == 0 else cells[column]
    if len(cell) > 1 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1].strip()  # a CSV export's quoted name: "Docnr" is the label docnr
    return cell if any(map(str.isalpha, cell)) else None


def _delimiter(line: str) -> str | None:
    """The row's delimiter: the first of DELIMITERS it holds enough of, unless a table's own
    ("|", a tab) stands more often (stop 67: a "|" table's note cell with a ";" in it is
    still a "|" row; a sentence's commas beside its one ";" are no columns)."""
    first = next((d for d in DELIMITERS if _count(line, d) >= 1 + (d in "|,~")), None)
    if first is None or first in _TABLE_OWN:
        return first
    n = _count(line, first)
    return next((d for d in _TABLE_OWN if _count(line, d) > max(n, d == "|")), first)


_TABLE_OWN = ("\t", "|")  # the delimiters no cell's text holds: a table's, not a sentence's


@lru_cache(maxsize=4096)
def column_label(text: str, start: int) -> str | None:
    """The header cell above the value at ``start`` when its line is a delimited row: the
    topmost line of the run of rows as wide as its own whose cells read as names.

    >>> column_label("persnr;naam;bsn\\n1234;Jansen;123456782", 28)
    'bsn'
    >>> column_label("| bsn | naam |\\n|---|---|\\n| 123456782 | Jan |", 28)
    'bsn'
    >>> column_label("Naam: Jan; BSN: 123456782", 16) is None
    True
    >>> column_label("Naam       Geboren      Nummer\\nJan Smit   01-02-1990   123456782", 55)
    'Nummer'

    """
    # a dump's value: its statement's column list names it; a markup table's cell: its
    # first row's; a script's row literal: its list of field names
    named = sql_column(text, start) or markup_column(text, start) or literal_column(text, start)
    if named is not None:
        return named
    lo, line = _line_at(text, start)
    head = _row_of(text, lo, line) if lo >= 0 else None
    if head is None:
        return None  # most values: no delimiter and no column gap on their line
    delimiter, header, listing = head
    if delimiter is None:
        return _aligned_label(text, lo, line, start - lo)
    if header is not None and _count(line, delimiter) == 1 and _field_row(line, delimiter):
        return None  # "Roepnaam<TAB>Ravi" under "Achternaam<TAB>Ramdin": a form's own row
    found = None
    if header is not None or (listing is not None and ":" in listing):  # else none names it
        column = _count_before(line, start - lo, delimiter) - (
            delimiter == "|" and line.lstrip()[:1] == "|")
        found = None if header is None else _header_cell(header, delimiter, column)
        if found is None and listing is not None:
            found = _listed(listing, _count(line, delimiter) + 1, column)
    if found is None and delimiter in ",~" and "  " in line:
        # columns set with spaces whose cells hold commas or tildes ("Vries, J. de
        # 123456782", a signature "~AW~"): no such header over it, so its header is the
        # one the spaced cells stand under
        return _aligned_label(text, lo, line, start - lo)
    return found


@lru_cache(maxsize=4)  # the chunk being analysed (as row_runs.lines_of)
def _rows(text: str) -> dict[int, tuple[str | None, str | None, str | None] | None]:
    return {}


def _row_of(text: str, lo: int, line: str) -> tuple[str | None, str | None, str | None] | None:
    """_row_head of the line at ``lo``, or None when it holds no delimiter and no column
    gap: decided once per line of the chunk, however many values it holds (an export's
    row holds several, and each recognizer asks for each)."""
    rows = _rows(text)
    if lo not in rows:
        rows[lo] = _row_head(text, lo, line) if _MAYBE_ROW.search(line) else None
    return rows[lo]


def _count_before(line: str, x: int, delimiter: str) -> int:
    """``_count(line[:x], delimiter)``, without the copy where no quote or "||" row makes
    the count more than a count of the delimiter."""
    if '"' in line or (delimiter == "|" and line.lstrip().startswith("||")):
        return _count(line[:x], delimiter)
    return line.count(delimiter, 0, x)


@lru_cache(maxsize=4096)  # each recognizer walks the chunk in turn: hold all its rows
def _row_head(text: str, lo: int, line: str) -> tuple[str | None, str | None, str | None]:
    """(delimiter, topmost header line, the line that ends the run above) of the row at
    ``lo``: the same for every value of a row (an export row holds several), so the walk
    up runs once per row."""
    delimiter = _delimiter(line)
    if delimiter is None:
        return None, None, None
    count = _count(line, delimiter)
    t = _lines(text)
    k = t.index(lo)
    if k is None:  # a line cut short by _line_at: no row
        return delimiter, None, None
    end, top = row_runs.run_above(
        t, ("up", delimiter, count), k, lambda above: _line_count(above, delimiter) == count,
        lambda above: _is_header_line(above, delimiter), RUN_BOUNDS)
    if top is not None:
        top = _header_under_title(t, top, k, delimiter)
    return (delimiter, None if top is None else t.lines[top],
            None if end is None else t.lines[end])


def _field_row(line: str, delimiter: str) -> bool:
    """A two-cell row whose first cell names a field ("Voorletters<TAB>R.S.", "BSN;123456782"):
    a form set in two columns, each value labelled by its own row, not by the first row's
    value above it."""
    from detectors.context import FIELD_ENTITIES, names_a_field  # (context reads columns)

    first = _cells(line, delimiter)[0].rstrip(" :")
    return bool(first) and names_a_field(first, (*FIELD_ENTITIES, "PERSON"))


def _header_under_title(t: row_runs.Lines, top: int, k: int, delimiter: str) -> int:
    """A spreadsheet's title rows and empty rows exported with the table's empty cells
    ("Verzuimoverzicht regio Oost;;;;", ";;;;") over its header: the header is the first line
    under them whose cells are names, when the line under it is a data row. Over a grid of
    fields and values ("| Achternaam | Kowalczyk |" under "| MEDEWERKERGEGEVENS | |") the
    title stays on top, and no cell is a column's label."""
    if not _sparse(t.lines[top], delimiter):
        return top
    below = [j for j in range(top + 1, min(k, top + _TITLE_LINES) + 1)
             if t.kinds[j] == row_runs.TEXT]
    for n, j in enumerate(below[:-1]):
        if j >= k:
            break
        if _sparse(t.lines[j], delimiter):
            continue  # another title row, or an empty one
        if _is_header_line(t.lines[j], delimiter) and not _is_header_line(
                t.lines[below[n + 1]], delimiter):
            return j
        break
    return top


_TITLE_LINES = 12  # lines of titles and empty rows walked over to a header


def _sparse(line: str, delimiter: str) -> bool:
    """A row with at most one cell filled, or fewer than half: a title or an empty row."""
    cells = _cells(line, delimiter)
    filled = sum(map(bool, cells))
    return filled <= 1 or 2 * filled < len(cells)


def _cells(line: str, delimiter: str) -> list[str]:
    """The stripped cells of a delimited line (a '|' row without its outer bars)."""
    body = line.strip()
    if delimiter == "|":
        body = _single_bars(body).removeprefix("|").removesuffix("|")
    return [c.strip() for c in body.split(delimiter)]


@lru_cache(maxsize=4)  # the chunk being analysed: keyed by the text alone, since a
# compiled pattern's hash (lines_of's key holds _RULE) reads its whole program each call
def _lines(text: str) -> row_runs.Lines:
    return row_runs.lines_of(text, MAX_LINE, _RULE)


@lru_cache(maxsize=8192)  # a line above is read by every row below it (up to MAX_LINES)
def _line_count(line: str, delimiter: str) -> int:
    return _count(line, delimiter)


def _lines_above(text: str, lo: int, max_lines: int) -> Iterator[str]:
    """The lines above the one starting at ``lo``, nearest first, without blank lines and
    rules; the walk ends at two blank lines in a row, after ``max_lines`` lines or MAX_CHARS
    characters, or at an over-long line (bounded time on prose).

    The lines come from the chunk's line table, the same strings ``_line_at`` cuts: a
    row of an export walks up to MAX_LINES lines, and the rows below it read them again.
    """
    lines, starts, kinds = _lines(text)[:3]
    k = bisect.bisect_left(starts, lo)
    pos, walked, blanks = lo, 0, 0
    while pos > 0 and walked < max_lines and lo - pos < MAX_CHARS and blanks < 2:
        k -= 1
        if 0 <= k < len(starts) - 1 and starts[k + 1] == pos and len(lines[k]) < MAX_LINE:
            pos, above = starts[k], lines[k]  # what _line_at(text, pos - 1) returns
            kind = kinds[k]  # (the table's kind: its blank and rule tests, made once)
        else:  # a line of MAX_LINE or more: _line_at's own bounds decide
            pos, above = _line_at(text, pos - 1)
            if pos < 0:
                return
            k = bisect.bisect_left(starts, pos)
            kind = (row_runs.BLANK if not above.strip()
                    else row_runs.RULED if _RULE.match(above) else row_runs.TEXT)
        walked += 1
        blanks = blanks + 1 if kind == row_runs.BLANK else 0
        if blanks or kind == row_runs.RULED:
            continue
        yield above


def _listed(line: str, width: int, column: int) -> str | None:
    """The ``column``-th of the ``width`` names a title line lists after its lead-in
    ("Export - velden: datum, naam, bsn"), or None."""
    if ":" not in line:
        return None
    part = line.rsplit(":", 1)[1]
    for sep in (",", ";", "|", "/"):
        names = [c.strip() for c in part.split(sep)]
        if len(names) == width and all(n and len(n) <= 40 and n[0].isalpha() for n in names):
            return names[column]
    return None


@lru_cache(maxsize=8192)  # a line above is read by every row below it, as _line_count
def _segments(line: str) -> tuple[tuple[int, str], ...]:
    """(start, text) of the cells of a line set in columns with runs of spaces; a line
    kept as a JSON string (a notebook's printed output, '"  bsn  naam\\n",') without
    its quotes, each cell where it stands.

    >>> _segments('   "  bsn   naam\\\\n",')
    ((6, 'bsn'), (12, 'naam'))
    """
    quoted = _JSON_LINE.match(line)
    if quoted is not None:
        line = " " * quoted.start(1) + quoted.group(1)
    return tuple((m.start(), m.group()) for m in _ALIGNED.finditer(line))


# a JSON string that ends its line with the escaped newline ('"...\\n",'): not a quoted
# CSV row, whose last field closes its quote without one
_JSON_LINE = re.compile(r'\s*"(.*)\\n",?\s*$')


def _aligned_label(text: str, lo: int, line: str, x: int) -> str | None:
    """The header cell over character column ``x`` of a space-aligned row: the topmost
    line above, in the run of lines set in columns, whose cells all read as names. A header
    with as many cells as the row names them in order (a header set wider or narrower than
    its values); otherwise the header cell that starts at or left of ``x`` does."""
    row = _segments(line)
    # a number with one cell beside it ("383314598  -- vrij --"): a row left half empty,
    # under the header the full rows around it read; not a form's line
    half = len(row) == 2 and x == 0 and row[0][1][0].isdigit()
    if len(row) < 3 and not half:
        return None
    if not (x == 0 or line[max(0, x - 2):x] == "  "):
        return _field_in_run(text, lo, line, x)
    if _FORM_LABEL.search(line, 0, x):
        return None  # "Geboortedatum  :  12-03-1990": a form's label and its value, no row
    heads, named = _aligned_heads(text, lo, line)
    index = next((i for i, (s, _) in enumerate(row) if s == x), None)
    if named is not None and index is not None:
        return named[index]  # "Naam | BSN | Geboortedatum" over rows set with spaces
    if not heads:
        return None
    if half:
        # a half-empty row reads the header nearest above it: a form's pairs of label and
        # value lines ("laatste werkdag  functie" over "01-03-2026  orderpicker")
        heads = heads[:1]
    # a title above the header is no header: the topmost line as wide as the row (one with
    # an empty cell is narrower than its header) names the columns
    full = [cells for cells in heads if len(cells) >= len(row)]
    head = full[-1] if full else heads[-1]
    found = _right_over(head, row, x) or _over(head, row, x)
    value = dict(row).get(x, "")
    if found is None or not _overlap(head, found, x, len(value)):
        found = _words_over(head, value, x) or found
    wide = [cells for cells in heads if len(cells) == len(row)]
    by_index = wide[-1][index][1] if index is not None and wide else None
    name = by_index or found
    return None if name is None else _narrowed(head, name, value, x, line)


def _narrowed(head: tuple[tuple[int, str], ...], name: str, value: str, x: int,
              line: str) -> str:
    """The words of the header cell ``name`` that stand over the value at ``x``, when its
    other words stand over the row's other values: a fixed-width header sets two names a
    single space apart ("DEELNEMERNR BSN" over "102442770   387233556 VOS, J.H."), and its
    rows glue a number to the next field the same way (a number, a space, a name's
    letters): such a number is measured alone, and a cell over none of it gives way to the
    words that are. A header wider than its values ("Citizen service no.", "Given name")
    keeps all its words.

    >>> head = ((0, "DEELNEMERNR BSN"), (22, "NAAM"))
    >>> row = "102442770   387233556 VOS, J.H."
    >>> _narrowed(head, "DEELNEMERNR BSN", "102442770", 0, row)
    'DEELNEMERNR'
    >>> _narrowed(head, "NAAM", "387233556 VOS, J.H.", 12, row)
    'BSN'
    >>> _narrowed(((0, "Given name"), (12, "Born")), "Given name", "ANDREI", 0, "ANDREI      1994")
    'Given name'
    """
    first, _, rest = value.partition(" ")
    glued = first.isdigit() and rest[:1].isalpha()
    end = x + len(first if glued else value)
    for s, cell in head:
        if cell != name:
            continue
        over, beside = [], []
        for w in _HEAD_WORD.finditer(cell):
            (over if s + w.start() < end and x < s + w.end() else beside).append(
                (s + w.start(), s + w.end(), w.group()))
        if not over:
            return (_words_over(head, first, x) or name) if glued else name
        others = [m.span() for m in _HEAD_WORD.finditer(line) if not (x <= m.start() < end)]
        apart = all(any(a < hi and lo < b for lo, hi in others) for a, b, _ in beside)
        return " ".join(w for _, _, w in over) if beside and apart else name
    return name


_FORM_LABEL = re.compile(r"[:=][ \t]*$")


def _field_in_run(text: str, lo: int, line: str, x: int) -> str | None:
    """The header words over the number at ``x`` of the row ``line`` (at ``lo``), set one
    space from the field before it: a fixed-width
    record whose fields fill their columns ("19830517 245747527 0653227710" under "GEBDAT
    BSN  TELEFOON"), where no run of spaces parts the cells.

    A field of letters is the header's only after an id (a word with a digit) and where a
    header word starts in its very column (an id filling its column, then "Okafor,
    Chidubem" under "naam"); a word one space after another is otherwise the same cell's
    next word ("Jan Smit").

    >>> t = ("PERSNR  NAAM     GEBDAT   BSN        TELEFOON\\n"
    ...      "1234    Jan Smit 19830517 123456782 0612345678")
    >>> row = t[46:]
    >>> [_field_in_run(t, 46, row, row.index(v)) for v in ("1234567", "1983", "0612", "Smit")]
    ['BSN', 'GEBDAT', 'TELEFOON', None]
    >>> t = "persnr  naam              bsn\\n10-2231 Okafor, Chidubem  111222333"
    >>> _field_in_run(t, 30, t[30:], 8)
    'naam'
    """
    if line[x - 1 : x] != " " or not line[x : x + 1].strip():
        return None
    word = _HEAD_WORD.match(line, x)
    heads = _aligned_heads(text, lo, line)[0] if word is not None else ()
    if not heads:
        return None
    full = [cells for cells in heads if len(cells) >= len(_segments(line))]
    head = full[-1] if full else heads[-1]
    if not line[x].isdigit():
        # letters: after an id (a word with a digit), under a header word that starts there
        if not any(ch.isdigit() for ch in line[line.rfind(" ", 0, x - 1) + 1 : x - 1]):
            return None
        return next((w.group() for s, c in head for w in _HEAD_WORD.finditer(c)
                     if s + w.start() == x), None)
    return _words_over(head, word.group(), x)


def _right_over(head: tuple[tuple[int, str], ...], row: tuple[tuple[int, str], ...],
                x: int) -> str | None:
    """The header cell that ends where the value at ``x`` ends, when none starts where it
    starts: columns set flush right, as pandas prints a DataFrame (its index column has no
    header, so counting cells from the left misses by one).

    >>> head = ((5, "id"), (17, "naam"), (27, "bsn"))
    >>> _right_over(head, ((0, "0"), (3, "1001"), (13, "Jan Smit"), (21, "123456782")), 21)
    'bsn'
    >>> _right_over(((15, "naam"), (26, "bsn geboortedatum")), ((0, "1"), (11, "Jan Smit"),
    ...             (20, "123456782"), (33, "1990-02-03")), 20)
    'bsn'
    """
    if any(s == x for s, _ in head):
        return None
    # (the words of the header: a name set one space from the next, "bsn geboortedatum")
    ends = {s + w.end(): w.group() for s, c in head for w in _HEAD_WORD.finditer(c)}
    if not all(s + len(c) in ends for s, c in row[1:]):
        return None  # not every column flush right under a name: a table set otherwise
    cells = dict(row)
    # a value that ends under no header word is in no column (a KeyError lost the file)
    return ends.get(x + len(cells[x])) if x in cells else None


_HEAD_WORD = re.compile(r"\S+")


def _overlap(head: tuple[tuple[int, str], ...], name: str, x: int, width: int) -> bool:
    """The header cell ``name`` stands over part of the value at ``x``."""
    return any(c == name and s < x + width and x < s + len(c) for s, c in head)


def _words_over(head: tuple[tuple[int, str], ...], value: str, x: int) -> str | None:
    """The words of the one header cell that stand over most of the value at ``x``, when no
    cell found by its start stands over any of it: a frame set by hand, neither flush left
    nor flush right ("Naam        BSN" over "Rik Veenstra  142378057"), or two names a
    single space apart ("bsn geboortedatum").

    >>> _words_over(((8, "Naam"), (20, "BSN"), (26, "Geb. datum")), "142378057", 17)
    'BSN'
    >>> _words_over(((25, "naam"), (37, "bsn geboortedatum")), "123456782", 30)
    'bsn'
    """
    end = x + len(value)
    # most overlap; of two as much, the one that starts nearest the value
    words = [(min(end, s + w.end()) - max(x, s + w.start()), -abs(s + w.start() - x), k,
              w.group()) for k, (s, c) in enumerate(head) for w in _HEAD_WORD.finditer(c)]
    best = max(words, default=None)
    if best is None or best[0] <= 0:
        return None
    return " ".join(w for n, _, k, w in words if k == best[2] and n > 0)


def _over(head: tuple[tuple[int, str], ...], row: tuple[tuple[int, str], ...],
          x: int) -> str | None:
    """The header cell that starts at or left of ``x``; but when another cell of the row
    stands under that one, the next header cell if it starts just right of ``x`` (a row
    with an empty cell, set a little left of its header: "Geb.datum  Eerste ziektedag"
    over "12-03-85   01-02-2024").

    >>> head = ((0, "Naam"), (40, "Geb.datum"), (52, "Eerste ziektedag"), (70, "Hersteld"))
    >>> _over(head, ((0, "Jan"), (40, "12-03-85"), (50, "01-02-2024")), 50)
    'Eerste ziektedag'
    >>> _over(head, ((0, "Jan"), (40, "12-03-85")), 40)
    'Geb.datum'
    """
    k = next((i for i in range(len(head) - 1, -1, -1) if head[i][0] <= x + 1), None)
    if k is None:
        return None
    taken = any(s != x and abs(s - head[k][0]) < abs(x - head[k][0]) for s, _ in row)
    if taken and k + 1 < len(head) and head[k + 1][0] - x <= 3:
        return head[k + 1][1]
    return head[k][1]


@lru_cache(maxsize=4096)  # once per row: every value of a row shares its walk up
def _aligned_heads(text: str, lo: int, line: str) -> tuple[Heads, tuple[str, ...] | None]:
    """The cells of each line above a space-aligned row that reads as a header (no number,
    every cell a name), nearest first, in the run of lines set in columns; and the names of a
    header split by '|', ';' or a tab that ends the run, if one does."""
    width, heads = len(_segments(line)), []
    for walked, above in enumerate(_lines_above(text, lo, MAX_LINES)):
        cells, named_cells = _aligned_cells(above)
        if len(cells) < 2 and (named := _split_names(above, width)):
            return tuple(heads), tuple(named)
        if len(cells) < 2 or (walked >= MAX_ALIGNED and len(cells) != width):
            break  # past MAX_ALIGNED lines only a run of rows as wide leads up to a header
        if named_cells:
            heads.append(cells)
    return tuple(heads), None


@lru_cache(maxsize=8192)  # a line above is read by every row below it (up to MAX_LINES)
def _aligned_cells(line: str) -> tuple[tuple[tuple[int, str], ...], bool]:
    """(the line's cells, whether they read as a header: no number, no date or clock time,
    every cell a name). A batch file's first record ("HDR CMG-PAYROLL  BETAALRUN 2026-W46
    AANGEMAAKT 2026-11-13T16:02:11") is set in columns too, over the header that names them."""
    cells = _segments(line)
    return cells, not _NUMBER.search(line) and not _DATE_OR_TIME.search(line) and all(
        _is_name(c) for _, c in cells)


_DATE_OR_TIME = re.compile(r"\d{4}-\d\d-\d\d|\b\d\d?[-/.]\d\d?[-/.]\d{2,4}\b|\b\d\d?:\d\d\b")


def _split_names(line: str, width: int) -> list[str] | None:
    """The ``width`` column names of a header line whose cells are split by '|', ';' or a
    tab (set over rows aligned with spaces), or None.

    >>> _split_names("| Naam | BSN | Geb.datum |", 3)
    ['Naam', 'BSN', 'Geb.datum']
    """
    delimiter = _delimiter(line)
    if delimiter is None or delimiter == "," or _NUMBER.search(line):
        return None
    body = line.strip()
    if delimiter == "|":
        body = _single_bars(body).removeprefix("|").removesuffix("|")
    names = [c.strip() for c in body.split(delimiter)]
    if len(names) != width or not all(_is_name(c) and len(c) <= 40 for c in names):
        return None
    return names


def in_header_row(text: str, start: int) -> bool:
    """True when ``start`` lies in a table's header row: a Confluence "||" row, or a "|"
    row above a Markdown rule ("|---|---|"). A header cell names a column; it is no value
    of the header cell before it ("|| Naam || Ploegleider ||").

    >>> in_header_row("|| Naam || Ploegleider ||", 11), in_header_row("| Naam | Jan |", 9)
    (True, False)
    >>> in_header_row("| Naam | Functie |\\n|---|---|", 9)
    True
    >>> in_header_row("Naam | Persnr | Geb.dat", 7), in_header_row("Naam | Jan Jansen", 7)
    (True, False)
    """
    lo, line = _line_at(text, start)
    delimiter = _delimiter(line) if lo >= 0 else None
    if delimiter is None:
        return False
    if line.lstrip().startswith("||"):
        return True
    below = _line_at(text, lo + len(line) + 1)[1] if lo + len(line) < len(text) else ""
    if delimiter == "|" and _RULE.match(below) is not None:
        return True
    # a line of three column names or more over a row as wide, below none: "Naam\tAchternaam\t..."
    count = _count(line, delimiter)
    if delimiter == "|" and line == text.strip() and sum(1 for c in line.split("|") if c.strip()) >= 3 \
            and _is_header_line(line, delimiter):
        return True  # three column names or more read alone: a table's header row as the
        # scanner reads it apart from its rows ("Naam | Persnr | Geb.dat")
    above = _line_at(text, lo - 1)[1] if lo > 0 else ""
    return (count >= 2 + (delimiter == "|") and _is_header_line(line, delimiter)
            and _count(below, delimiter) == count and _count(above, delimiter) != count)


def row_cells(text: str, start: int) -> list[str]:
    """The other cells of the delimited or space-aligned row that holds ``start`` (none
    when its line is no row).

    >>> row_cells("Naam;Soort;Nummer\\nJan;Rijbewijs;1234567890", 32)
    ['Jan', 'Rijbewijs']
    """
    return [c for _, c in row_cell_spans(text, start)]


def row_cell_spans(text: str, start: int) -> list[tuple[int, str]]:
    """(offset in the text, cell) of row_cells: where a cell stands, so its column's header
    can be read (column_label)."""
    lo, line = _line_at(text, start)
    if lo < 0 or not _MAYBE_ROW.search(line):
        return []
    x, delimiter = start - lo, _delimiter(line)
    if delimiter is None:
        return [(lo + s, c) for s, c in _segments(line) if not s <= x < s + len(c)]
    cells, pos = [], 0
    for cell in _unquoted(line, delimiter).split(delimiter):
        if not pos <= x <= pos + len(cell):
            raw = line[pos:pos + len(cell)]
            value = raw.strip().strip('"')
            if value:
                cells.append((lo + pos + raw.index(value), value))
        pos += len(cell) + 1
    return cells


def _is_name(cell: str) -> bool:
    """A header cell: short, with letters, not opening with a number ("1e werkdag", an
    ordinal, and "30%-regeling", a share that names a scheme, are names); or the "#" (or
    "№") that heads a column of row numbers."""
    return cell in _ROW_NUMBER_HEADS or len(cell) <= 60 and any(map(str.isalpha, cell)) and (
        not cell[:1].isdigit() or _NAMED_NUMBER.match(cell) is not None)


_ROW_NUMBER_HEADS = frozenset({"#", "№"})


_NAMED_NUMBER = re.compile(r"\d{1,2}(?:e|ste|de|st|nd|rd|th)(?![^\W_])"  # an ordinal
                           r"|\d{1,3} ?%[ _-]?[^\W\d_]{2}",  # a share naming a scheme
                           re.IGNORECASE)


def run_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where the run of delimited rows that holds ``pos`` ends (``pos``'s line end when it
    is none): a context word in a header reaches the whole column under it, however long.
    ``limit``: stop at the first line ending that many characters past ``pos``."""
    lo, line = _line_at(text, pos)
    delimiter = _delimiter(line)
    if lo < 0:
        return pos
    if delimiter is None:
        return _aligned_end(text, lo, line, limit or MAX_CHARS) if "  " in line else pos
    end = lo + len(line)
    count = _count(line, delimiter)
    t = _lines(text)
    k = t.index(lo)
    if k is not None and len(t.lines[k]) == len(line):
        # The walk below stops at the run's break (found once per run) or at ``limit``.
        j = row_runs.run_below(t, ("down", delimiter, count), k,
                               lambda j: _breaks_run(text, t, j, delimiter, count))
        if limit is not None:
            j = min(j, bisect.bisect_left(t.starts, pos + limit + 1) - 1)
        return min(t.starts[j] + len(t.lines[j]), len(text))
    limit = limit or MAX_CHARS  # a line cut short by _line_at: a bounded plain walk
    while end < len(text) and end - pos < limit:
        nxt, below = _line_at(text, end + 1)
        if nxt < 0:
            break
        if _count(below, delimiter) != count and below.strip() and not _RULE.match(below):
            break
        end += 1 + len(below)
    return min(end, len(text))


def _breaks_run(text: str, t: row_runs.Lines, j: int, delimiter: str, count: int) -> bool:
    """Line ``j`` ends run_end's walk as it ends run_above's: over-long, of another width
    (not blank, no rule), the second of two blank lines, or a header under a blank line."""
    below, kind = t.lines[j], t.kinds[j]
    if kind == row_runs.BLANK:
        return t.kinds[j - 1] == row_runs.BLANK
    if kind == row_runs.LONG:
        return _line_at(text, t.starts[j])[0] < 0
    return kind == row_runs.TEXT and (
        _line_count(below, delimiter) != count
        or (t.blank[j] > t.prev[j] and _is_header_line(below, delimiter)))


def _aligned_end(text: str, lo: int, line: str, limit: int) -> int:
    """Where the run of lines set in columns as wide as ``line`` (3 cells or more) ends."""
    width = len(_segments(line))
    end = lo + len(line)
    if width < 3:
        return lo + len(line)
    t = _lines(text)
    k = t.index(lo)
    if k is not None and len(t.lines[k]) == len(line):  # as run_end: once per run
        j = min(row_runs.run_below(t, ("aligned", width), k,
                                   lambda j: _breaks_aligned(text, t, j, width)),
                bisect.bisect_left(t.starts, lo + limit + 1) - 1)
        return min(t.starts[j] + len(t.lines[j]), len(text))
    full, gap = _segments(line), 0  # the last line of the run as wide, lines since
    while end < len(text) and end - lo < limit:
        nxt, below = _line_at(text, end + 1)
        cells, gap = (_segments(below) if nxt >= 0 else ()), gap + 1
        if nxt < 0 or (len(cells) != width and below.strip() and not _RULE.match(below)
                       and not _under(cells, full if gap <= _FULL_ABOVE else ())):
            break
        full, gap = (cells, 0) if len(cells) == width else (full, gap)
        end += 1 + len(below)
    return min(end, len(text))


def _breaks_aligned(text: str, t: row_runs.Lines, j: int, width: int) -> bool:
    """Line ``j`` ends _aligned_end's walk: over-long, or of another width (not blank, no
    rule), unless its cells stand under those of the nearest line above as wide."""
    below = t.lines[j]
    if len(below) >= MAX_LINE and _line_at(text, t.starts[j])[0] < 0:
        return True
    cells = _segments(below)
    if len(cells) == width or not below.strip() or _RULE.match(below):
        return False
    return not _under(cells, _full_above(t, j, width))


def _full_above(t: row_runs.Lines, j: int, width: int) -> tuple[tuple[int, str], ...]:
    """The cells of the nearest line above ``j`` that is ``width`` cells wide (a few lines
    up at most: rows with empty cells, blank lines and rules between)."""
    for q in range(j - 1, max(-1, j - 1 - _FULL_ABOVE), -1):
        cells = _segments(t.lines[q])
        if len(cells) == width:
            return cells
    return ()


_FULL_ABOVE = 8  # lines a row with empty cells looks up for one as wide as the run


def _under(cells: tuple[tuple[int, str], ...], full: tuple[tuple[int, str], ...]) -> bool:
    """A row with empty cells: at least two cells, fewer than ``full``, each starting under
    a cell of its own (two characters' slack): "3 mei 1979  5012...  C1  (no BSN)  01-02-2030"
    is still a row of the table."""
    if not 2 <= len(cells) < len(full):
        return False
    cols = [next((k for k, (s, _) in enumerate(full) if abs(s - x) <= 2), -1) for x, _ in cells]
    return -1 not in cols and len(set(cols)) == len(cols)


@lru_cache(maxsize=8192)  # read by every row below it, as _line_count
def _is_header_line(line: str, delimiter: str) -> bool:
    """Every cell reads as a column name: letters, short, no digit run."""
    body = (_single_bars(line.strip()).removeprefix("|").removesuffix("|") if delimiter == "|"
            else line)
    cells = [_LEAD_IN.sub("", c.strip()) for c in body.split(delimiter)]
    return all(not c or _is_name(c) for c in cells)
