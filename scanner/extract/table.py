"""Tables read as tables: each cell labelled by its column header, located by row and column.

Shared by every format that has tables (delimited text, DOCX, ODT, HTML, PDF). Cells go to
detection in blocks, a line a cell: ``header: value``, so the detectors read the header as
the value's label, as they read a form ("BSN: 123456782"); ``TextChunk.cells`` keeps each
cell's own location (``row 4, column bsn``). An export (delimited text) goes one column block
at a time, so an order-number column beside a BSN column does not borrow its context. Tables
in documents go row by row: a CV's personal details are often a two-column table of labels
and values, and a table without a header row has only its rows for context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain, islice

from scanner.models import TextChunk

Row = Sequence[str | None]
# a cell's own location from its row number and 0-based column (a spreadsheet's 'Blad1!B4');
# without one a cell is 'row 4, column bsn'
CellRef = Callable[[int, int], str]

SAMPLE_ROWS = 50  # rows read ahead to find the header row and test it against the data
BLOCK_CHARS = 50_000  # text of the blocks of one batch of rows: one detection window
BATCH_ROWS = 2_000
LABEL_CHARS = 36  # of a header in a cell's line: detectors look for a label 40 chars back
NAME_CHARS = 60  # of a header in a location
# a long number, or a decimal one (a measurement or an amount: "1,74 m", "15,00"), is a
# value, never a column's name: a form's "Lengte  1,74 m" is no header over the lines below;
# nor is a period of years, a CV's "2020–2026  Production operator, Plukon, Boxmeer" (an
# experience line whose commas split it as a row would)
_VALUE = re.compile(r"\d{5}|\d,\d|(?<!\d)(?:19|20)\d\d[^\S\n]*[–—-][^\S\n]*(?:(?:19|20)?\d\d(?!\d)|[a-z])",
                    re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"[-•*·▪–]\s")  # a list item's bullet opens a line of prose, not a header
_LIST_SEPS = ("\t", ";", "|", ",", "/")


def table_chunks(rows: Iterable[Row], where: str = "", page: int | None = None,
                 header: bool | None = None, by_row: bool = False,
                 cell_ref: CellRef | None = None, special_by_row: bool = False
                 ) -> Iterator[TextChunk]:
    """The chunks of one table: lines before it, its header row, then blocks of cells.

    ``where`` prefixes every location ("page 2, table 1, "); ``header`` is True or False
    when the format marks its header row (HTML ``<th>``), None to judge from the cells;
    ``by_row`` reads a table with a header row by row too. Rows are numbered from 1 as
    given, so row 4 of a CSV is its fourth record. ``cell_ref`` names a cell's location
    (a spreadsheet's own references); ``where`` then only prefixes the blocks' names.
    ``special_by_row``: a table read by column is read by row as well, for special
    categories only (TextChunk.reading): a list of people's allergies or fingerprint
    templates states them of the person its row names, whom a column block never sees.
    """
    it = iter(rows)
    sample = [[_clean(c) for c in r] for r in islice(it, SAMPLE_ROWS)]
    start = _first_full_row(sample)
    for n, row in enumerate(sample[:start], 1):  # a title line above the table
        if any(row):
            yield TextChunk(_line(row), _row_location(row, n, where, cell_ref), page)
    body = sample[start:]
    if not body:
        return
    if header is None and by_row and max(len(r) for r in body) == 2:
        header = False  # a two-column table in a document is a form: labels beside values
    has_header = header if header is not None else is_header(body[0], body[1:])
    rest = map(_clean_row, it)
    if not has_header:
        # the title line may list the columns ("Export - velden: datum, naam, bsn")
        title = next((_line(r) for r in reversed(sample[:start]) if any(r)), "")
        listed = listed_columns(title, len(body[0])) if title else None
        if listed and header is None and is_header(listed, body):
            blocks = _row_blocks if by_row else _column_blocks
            yield from blocks(chain(body, rest), listed, start + 1, where, page, cell_ref)
            return
        yield from _row_blocks(chain(body, rest), [], start + 1, where, page, cell_ref)
        return
    yield TextChunk(_line(body[0]), _row_location(body[0], start + 1, where, cell_ref), page)
    if special_by_row and not by_row:
        yield from _both_blocks(chain(body[1:], rest), body[0], start + 2, where, page, cell_ref)
        return
    blocks = _row_blocks if by_row else _column_blocks
    yield from blocks(chain(body[1:], rest), body[0], start + 2, where, page, cell_ref)


def is_header(first: Sequence[str], data: Sequence[Sequence[str]]) -> bool:
    """A first row that names its columns: label-shaped cells (not 'Naam:', a form's
    label), unlike the cells below them in at least one column (a lower-case 'bsn' over
    numbers, 'E-mail' over addresses), over columns most of which hold one kind of value
    (a form's values column holds a name, a date, an address...).

    >>> is_header(["bsn", "naam"], [["111222333", "Jan Jansen"]])
    True
    >>> is_header(["Jan", "Jansen"], [["Piet", "Bakker"]])
    False
    >>> is_header(["Naam", "Jan Jansen"], [["BSN", "111222333"], ["E-mail", "j@x.nl"],
    ...                                    ["Woonplaats", "Utrecht"]])
    False
    """
    if not label_shaped(first):
        return False
    columns = [[row[k] for row in data if k < len(row) and row[k]] for k in range(len(first))]
    uniform = [_is_uniform(col) for col in columns if len(col) >= 2]
    if uniform and sum(uniform) * 2 <= len(uniform):
        return False
    return not data or any(_unlike(head, col) for head, col in zip(first, columns) if head)


def label_shaped(row: Sequence[str]) -> bool:
    """Every filled cell reads as a column label (letters, short, no long digit run, not a
    form's 'Naam:')."""
    cells = [c for c in row if c]
    return bool(cells) and all(_is_label(c) and not c.endswith(":") for c in cells)


def listed_columns(line: str, width: int) -> list[str] | None:
    """The ``width`` column names a line lists after its lead-in, or None: a title or note
    above rows that says what they hold ("Kolommen: bsn | naam", "velden: datum, naam").

    >>> listed_columns("Export juni - velden: datum, naam, bsn", 3)
    ['datum', 'naam', 'bsn']
    >>> listed_columns("Beste Jan, dank je, tot morgen", 3)
    """
    part = line.rsplit(":", 1)[-1] if ":" in line else line
    for sep in _LIST_SEPS:
        if sep in ",/" and part is line:
            continue  # a comma list without a lead-in is a sentence as often as not
        names = [c.strip() for c in part.split(sep)]
        if len(names) == width and label_shaped(names) and all(
                len(c.split()) <= 3 for c in names):
            return names
    return None


def column_names(header: Sequence[str]) -> list[str]:
    """Header cells as names for locations: the column number where a cell is empty, and
    the number added where two columns share a name.

    >>> column_names(["naam", "", "naam"])
    ['naam', '2', 'naam (3)']
    """
    names = [c[:NAME_CHARS] or str(k) for k, c in enumerate(header, 1)]
    return [f"{n} ({k})" if names.index(n) < k - 1 else n for k, n in enumerate(names, 1)]


def _is_label(cell: str) -> bool:
    return (any(ch.isalpha() for ch in cell) and "@" not in cell and len(cell) <= NAME_CHARS
            and not _VALUE.search(cell) and not _BULLET.match(cell))


def _shape(cell: str) -> tuple[bool, bool]:
    """(digits, capital); an e-mail address is (False, False) whatever its letters."""
    if "@" in cell:
        return False, False
    return any(ch.isdigit() for ch in cell), cell[:1].isupper()


def _is_uniform(column: list[str]) -> bool:
    shapes = [_shape(c) for c in column]
    return max(shapes.count(s) for s in set(shapes)) * 5 >= len(shapes) * 3


def _unlike(head: str, below: list[str]) -> bool:
    """Most cells below differ in shape from the header cell (digits, '@', capital)."""
    shape = _shape(head)
    return bool(below) and sum(_shape(c) != shape for c in below) * 2 > len(below)


def _first_full_row(sample: list[list[str]]) -> int:
    """Index of the first row with two cells when most rows have two or more, and at least
    half as many as most: a single cell above it is a title line, not the header, and so
    are a title's few cells over a wide table ("Overzicht Q1 | geëxporteerd 01-02 | bron").

    >>> _first_full_row([[], ["Export juni"], ["bsn", "naam"], ["111222333", "Jan"]])
    2
    >>> _first_full_row([["Overzicht", "1-2-2026", "bron: x"], ["nr", "naam", "bsn", "geb",
    ...     "in", "uit", "afd", "uren"], ["1", "Jan", "111222333", "x", "x", "x", "x", "8"]])
    1
    """
    widths = [sum(1 for c in row if c) for row in sample]
    filled = [w for w in widths if w]  # empty rows above a table (a sheet's margin) are no rows
    common = max(set(filled), key=filled.count) if filled else 0
    wide = next((i for i, w in enumerate(widths) if w >= min(2, common) and 2 * w > common),
                None)
    if wide is None:
        return next((i for i, w in enumerate(widths) if w and w >= min(2, common)), 0)
    return _past_titles(sample, widths, wide)


def _past_titles(sample: list[list[str]], widths: list[int], i: int) -> int:
    """The header row from ``i`` on: a title with fewer fields than the rows ("Export |
    aangemaakt 2025-02-14 | door: x" over five columns) is passed over when the next row
    has every field the rows have, more of them filled, and reads as their header.

    >>> _past_titles([["Export", "1-2-2026", "door: x"], ["nr", "naam", "geb", "tel"],
    ...     ["1", "Jan", "1-2-1990", "0612345678"]], [3, 4, 4], 0)
    1
    """
    fields = [len(r) for r in sample if any(r)]
    full = max(set(fields), key=fields.count)
    while len(sample[i]) < full:
        nxt = next((j for j in range(i + 1, len(sample)) if widths[j]), None)
        if nxt is None or len(sample[nxt]) != full or widths[nxt] <= widths[i] \
                or not is_header(sample[nxt], sample[nxt + 1:]):
            break
        i = nxt
    return i


def _row_location(row: list[str], n: int, where: str, cell_ref: CellRef | None) -> str:
    """A title or header line's location: its first filled cell's own, else 'row n'."""
    if cell_ref is None:
        return f"{where}row {n}"
    return cell_ref(n, next((k for k, c in enumerate(row) if c), 0))


def _line(row: list[str]) -> str:
    """A header or title row as one line: its cells must not label each other."""
    return " | ".join(c for c in row if c)


def _clean(cell: str | None) -> str:
    return _SPACE.sub(" ", cell).strip() if cell else ""


def _clean_row(row: Row) -> list[str]:
    return [_clean(c) for c in row]


Batch = list[tuple[int, list[str]]]  # (row number, cells) of a run of rows


def _batches(rows: Iterable[list[str]], first: int) -> Iterator[Batch]:
    """(row number, cells) in batches of at most BATCH_ROWS rows or BLOCK_CHARS characters."""
    batch: Batch = []
    size = 0
    for n, row in enumerate(rows, first):
        batch.append((n, row))
        size += sum(len(c) for c in row) + 20 * len(row)
        if len(batch) >= BATCH_ROWS or size >= BLOCK_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _column_blocks(rows: Iterable[list[str]], header: list[str], first: int, where: str,
                   page: int | None, cell_ref: CellRef | None = None) -> Iterator[TextChunk]:
    return _read(rows, first, (_column_reader(header, where, page, cell_ref), ""))


def _row_blocks(rows: Iterable[list[str]], header: list[str], first: int, where: str,
                page: int | None, cell_ref: CellRef | None = None) -> Iterator[TextChunk]:
    return _read(rows, first, (_row_reader(header, where, page, cell_ref), ""))


def _both_blocks(rows: Iterable[list[str]], header: list[str], first: int, where: str,
                 page: int | None, cell_ref: CellRef | None = None) -> Iterator[TextChunk]:
    """Each batch read by column for identifiers, then by row for special categories
    (TextChunk.reading)."""
    return _read(rows, first, (_column_reader(header, where, page, cell_ref), "identifiers"),
                 (_row_reader(header, where, page, cell_ref), "special"))


def _read(rows: Iterable[list[str]], first: int,
          *readers: tuple[Callable[[int, Batch], Iterator[TextChunk]], str]
          ) -> Iterator[TextChunk]:
    """The rows batch by batch, each batch given to every reader in turn (its chunks marked
    with the reader's TextChunk.reading): one pass over the rows, one batch held, so a
    table of any size streams."""
    for n_batch, batch in enumerate(_batches(rows, first)):
        for reader, reading in readers:
            for chunk in reader(n_batch, batch):
                yield replace(chunk, reading=reading) if reading else chunk


def _column_reader(header: list[str], where: str, page: int | None,
                   cell_ref: CellRef | None = None
                   ) -> Callable[[int, Batch], Iterator[TextChunk]]:
    """Read one batch after another as a block a column; the first batch's rows decide what
    the columns hold."""
    names = column_names(header)
    kind = _kind_column(header)
    nat = _nationality_column(header)
    form = False  # a form read across: its first column names each row's field
    abroad: set[int] = set()  # columns of other countries' document numbers

    def read(n_batch: int, batch: Batch) -> Iterator[TextChunk]:
        nonlocal kind, form, abroad
        if n_batch == 0:
            sample = [cells for _, cells in batch[:SAMPLE_ROWS]]
            abroad = _abroad_columns(header, sample)
            if kind is None:
                kind = _kind_by_values(sample)
                form = kind is None and _field_labels(sample)
        width = max(len(cells) for _, cells in batch)
        for k in range(width):
            name = names[k] if k < len(names) else str(k + 1)
            label = header[k][:LABEL_CHARS] if k < len(header) else ""
            cells = [(n, f"{row[0][:LABEL_CHARS]}: {row[k]}" if form and k and row[0]
                      else _labelled(label, row, k, kind, nat, k in abroad)) for n, row in batch
                     if k < len(row) and row[k]]
            if cells:
                at = _cell_at(k, f"column {name}", where, cell_ref)
                yield _block(cells, f"{where}column {name}", at, page)

    return read


def _row_reader(header: list[str], where: str, page: int | None,
                cell_ref: CellRef | None = None
                ) -> Callable[[int, Batch], Iterator[TextChunk]]:
    """Rows a line a cell, 'label: value', under a header. Without one a row of three or
    more cells is one line, its cells split by tabs as it was pasted: a bare number's only
    context is its row (a name and a birth date beside it), which a line a cell would lose;
    a row of two is a form's label and value, a line each as before."""
    names = column_names(header)
    kind, nat = _kind_column(header), _nationality_column(header)
    abroad: set[int] = set()

    def read(n_batch: int, batch: Batch) -> Iterator[TextChunk]:
        nonlocal abroad
        if n_batch == 0:
            abroad = _abroad_columns(header, [cells for _, cells in batch[:SAMPLE_ROWS]])
        text: list[str] = []
        spans: list[tuple[int, str]] = []
        offset = 0
        for n, row in batch:
            filled = [(k, cell) for k, cell in enumerate(row) if cell]
            for i, (k, cell) in enumerate(filled):
                name = names[k] if k < len(names) else str(k + 1)
                label = header[k][:LABEL_CHARS] if k < len(header) and header[k] else ""
                line = _labelled(label, row, k, kind, nat, k in abroad)
                spans.append((offset, cell_ref(n, k) if cell_ref
                              else f"{where}row {n}, column {name}"))
                # a cell ends its line under a header or in a form's row (a label
                # beside its value); a record's row of three or more ends it without one
                sep = "\t" if not header and len(filled) > 2 and i < len(filled) - 1 \
                    else "\n"
                text.append(line + sep)
                offset += len(line) + 1
        if text:
            yield TextChunk("".join(text)[:-1], f"{where}rows {batch[0][0]}-{batch[-1][0]}",
                            page, cells=tuple(spans))

    return read


def _cell_at(k: int, column: str, where: str, cell_ref: CellRef | None
             ) -> Callable[[int], str]:
    """The location of column k's cell in row n."""
    if cell_ref is not None:
        return lambda n: cell_ref(n, k)
    return lambda n: f"{where}row {n}, {column}"


def _kind_column(header: Sequence[str]) -> int | None:
    """The column that says what each row is ("Soort document | Nummer": Rijbewijs,
    Paspoort), by its header (the detectors' label data); its cell qualifies a generic number
    cell of the row, so a number column read on its own still knows its kind.

    >>> _kind_column(["Soort document", "Nummer"]), _kind_column(["naam", "bsn"])
    (0, None)
    """
    from detectors.context import kind_header

    return next((k for k, head in enumerate(header) if head and kind_header(head)), None)


def _nationality_column(header: Sequence[str]) -> int | None:
    """The column of the holders' nationality ("Nationaliteit", "Nat."), by its header.

    >>> _nationality_column(["Naam", "Nat.", "Paspoort"]), _nationality_column(["naam"])
    (1, None)
    """
    from detectors.doc_abroad import nationality_header

    return next((k for k, head in enumerate(header) if head and nationality_header(head)), None)


def _abroad_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> set[int]:
    """The columns of other countries' document numbers (doc_abroad.abroad_column), read
    from a sample of the rows.

    >>> _abroad_columns(["Naam", "Passport/ID"], [["A", "EA4019273"], ["B", "FT9182741"]])
    {1}
    """
    from detectors.doc_abroad import abroad_column  # the detectors' country data

    return {k for k, head in enumerate(header) if head and abroad_column(
        head, [r[k].replace(" ", "") for r in rows if k < len(r) and r[k]])}


def _kind_by_values(rows: Sequence[Sequence[str]]) -> int | None:
    """The column most of whose cells name a document type ("paspoort", "ID-kaart",
    "rijbewijs") under a header that does not say so ("Document", "Wat"): a kind column
    all the same, read from a sample of its rows.

    >>> _kind_by_values([["paspoort", "X"], ["ID-kaart", "Y"], ["rijbewijs", "Z"]])
    0
    """
    from detectors.context import names_a_kind

    for k in range(max((len(r) for r in rows), default=0)):
        cells = [r[k] for r in rows if k < len(r) and r[k]]
        if len(cells) >= 2 and sum(map(names_a_kind, cells)) * 2 > len(cells):
            return k
    return None


def _field_labels(rows: Sequence[Sequence[str]]) -> bool:
    """The first column holds an identifier's field label in most rows ("Geboortedatum",
    "BSN", "Telefoon"): a form set in columns with spaces and read as a table, whose header
    line is no header of its values ("Gegevens  zie s.  Ingevoerd").

    >>> _field_labels([["Geboortedatum", "2 7 - 0 8 - 1 9 9 4"], ["BSN", "1"], ["Naam", "Jan"]])
    True
    >>> _field_labels([["Jan de Vries", "1"], ["Sanne Bakker", "2"]])
    False
    >>> _field_labels([["1", "BSN"], ["2", "Naam"]])
    False
    """
    from detectors.context import names_a_field

    cells = [r[0] for r in rows if r and r[0]]
    return len(cells) >= 2 and sum(map(names_a_field, cells)) * 2 > len(cells)


def _labelled(label: str, row: Sequence[str], k: int, kind: int | None,
              nat: int | None = None, abroad: bool = False) -> str:
    """Cell k as a line, 'label: value' (the bare value without a label); where the table
    has a kind column, the row's kind joins a generic number header: "Nummer (Rijbewijs):
    4857261930". Where it has none but a nationality column, another country there joins
    a document's header: "Passport/ID (PL): EA4019273" (a list of staff from abroad holds
    their own countries' documents; a column read on its own would not know). A column of
    other countries' numbers (``abroad``: doc_abroad.abroad_column) says so of each.

    >>> _labelled("Nummer", ["Rijbewijs", "4857261930"], 1, 0)
    'Nummer (Rijbewijs): 4857261930'
    >>> _labelled("BSN", ["Paspoort", "123456782"], 1, 0)
    'BSN: 123456782'
    >>> _labelled("id", ["4410", "NRJ44L0X1"], 0, 1)
    'id: 4410'
    >>> _labelled("Paspoort", ["PL", "EA4019273"], 1, None, 0)
    'Paspoort (PL): EA4019273'
    >>> _labelled("Paspoort", ["NL", "NW92BR3K4"], 1, None, 0)
    'Paspoort: NW92BR3K4'
    >>> _labelled("Paspoort", ["Jan Kos", "EA4019273"], 1, None, abroad=True)
    'Paspoort (buitenlands): EA4019273'
    """
    if kind is None and nat is not None and k != nat and nat < len(row) and label:
        from detectors.doc_abroad import foreign_holder  # the detectors' country data

        if foreign_holder(label, row[nat], row[k]):
            return f"{label} ({row[nat][:LABEL_CHARS]}): {row[k]}"
    if abroad and label:
        from detectors.doc_abroad import foreign_shape

        if foreign_shape(row[k]):
            return f"{label} (buitenlands): {row[k]}"
    # (a kind names no number: a "Document" column holding the numbers themselves lends none)
    if label and kind is not None and k != kind and kind < len(row) and row[kind] \
            and _generic(label) and not any(c.isdigit() for c in row[kind]):
        label = f"{label} ({row[kind][:LABEL_CHARS]})"
    return f"{label}: {row[k]}" if label else row[k]


def _generic(header: str) -> bool:
    """A header that names no kind of number ("Nummer"): only such a column takes its row's
    kind; a header that names its values ("BSN", "Geldig tot") keeps its own word."""
    from detectors.context import generic_number_header  # the detectors' label data

    return generic_number_header(header)


def _block(cells: list[tuple[int, str]], location: str,
           at: Callable[[int], str], page: int | None) -> TextChunk:
    """One column's cells as their lines ('label: value', see _labelled); ``at`` gives the
    cell of row n its location."""
    lines, spans, offset = [], [], 0
    for n, line in cells:
        spans.append((offset, at(n)))
        lines.append(line)
        offset += len(line) + 1
    return TextChunk("\n".join(lines), location, page, cells=tuple(spans))
