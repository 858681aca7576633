"""NL_BSN and DATE_OF_BIRTH in headerless records: a field known by its place in the row.

An exchange file with a payroll provider or a pension fund, a dump pasted from a console, a
script's rows: one record a line, fields set apart by spaces, commas, bars or quotes, and
no header naming them ("DTL01 123456782 19800101 JANSEN", "0001 Jansen p 123456782",
"('Jansen', '123456782', '1980-01-01')"). What names the field is the file itself: on each
line of a run, the same field (the k-th field holding a digit, counted from the left or from
the right) holds nine digits that pass the BSN's 11-check, a different number on each line,
and nearly every line dates a birth year (people's records, not a log's ids). Random
nine-digit fields pass at one place on three lines once in 1,331; two such fields (a
personnel number made 11-check-valid too) name neither, unless one is a zero-padded amount
or rises line by line (a record's number given in turn).
In a run with such a field, the field of dates of a birth year that is the earliest date of
every line is the birth date (a record identifies someone by BSN and dates their birth
before their entry). A label or a header decides before this rule is asked.
https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/standaard_functies/prive/contact/rechten_en_plichten_bij_de_belastingdienst/bsn/
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from detectors.nl_bsn_number import is_valid

__all__ = ["RecordFields", "record_fields"]

# a field: what stands between spaces and delimiters (quotes and brackets around it cut off)
_FIELD = re.compile(r"""[^\s,;|~=:()\[\]{}"']+""")
# a line that may hold a BSN field (the first digit read before the look-behind: re skips
# from digit to digit in C instead of trying every character, ~3x faster on prose)
_NINE = re.compile(r"\d(?<![\w.\-/]\d)\d{8}(?![\w\-/]|[.,]\d)")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_CELL_SEP = re.compile(r"[|;,\t]")
# a short digit group right before it: the number may be a longer one's end ("12 123456782")
_GROUP_BEFORE = re.compile(r"(?<![\w.,/\-])\d{1,3} $")
_HEADER_GAP = re.compile(r"[|;,\t]|[ ]{2,}")
_MIN_LINES = 3  # 11**3: a column of random digits passes once in 1,331 runs
_MAX_LINE = 600  # longer is prose or a minified dump, not a record
_PADDED = "00"  # an amount field, zero-padded to nine digits ("000198730")


class RecordFields(NamedTuple):
    """The spans of the BSN field and of the birth-date field of each headerless run."""

    bsn: frozenset[tuple[int, int]]
    birth: frozenset[tuple[int, int]]


_NONE = RecordFields(frozenset(), frozenset())
Line = list[tuple[int, int]]  # (start, end) of each field holding a digit
_MIN_FIELDS = 3  # an id, a name, a number: a line of two is a label and its value


@lru_cache(maxsize=4)  # the chunk being analysed: asked for candidates and for evidence
def record_fields(text: str) -> RecordFields:
    """The BSN and birth-date fields of the headerless record runs of ``text``.

    >>> rows = ["DTL01 111222333 19800101 JANSEN  m", "DTL01 123456782 19751231 BAKKER  v",
    ...         "DTL01 232262536 19910615 YILMAZ  v"]
    >>> t = "\\n".join(rows)
    >>> found = record_fields(t)
    >>> sorted(t[s:e] for s, e in found.bsn), sorted(t[s:e] for s, e in found.birth)
    (['111222333', '123456782', '232262536'], ['19751231', '19800101', '19910615'])
    >>> record_fields("\\n".join(rows[:2])).bsn  # two lines: chance's as likely
    frozenset()
    """
    if _NINE.search(text) is None:
        return _NONE  # most texts: no nine-digit field at all
    bsn: set[tuple[int, int]] = set()
    birth: set[tuple[int, int]] = set()
    born_by = -1
    for whole in _runs(text):
        for run in _trimmed(whole):
            column = _bsn_column(text, run)
            born_by = _born_by(text) if column and born_by < 0 else born_by
            if column and _about_people(text, run, born_by):
                bsn.update(column)
                birth.update(_birth_column(text, run, born_by))
                break
    return RecordFields(frozenset(bsn), frozenset(birth))


def _born_by(text: str) -> int:
    from detectors.dob_layout import born_by

    return born_by(text)


def _runs(text: str) -> list[list[Line]]:
    """Runs of consecutive lines of three fields or more, a word and a nine-digit field,
    under no table header: the fields holding a digit of each line. (Lines are told by
    cheap tests first; only a run's are split into fields.)"""
    runs: list[list[Line]] = []
    for lines in _line_runs(text):
        if _under_header(text, lines[0][0]):  # a table's header names its columns
            continue  # (columns.py), unless its words stand where fixed-width fields start
        run: list[Line] = []
        for lo, hi in lines:
            digits = [m.span() for m in _DIGIT_FIELD.finditer(text, lo, hi)]
            if len(digits) >= _MIN_FIELDS or len(_FIELD.findall(text, lo, hi)) >= _MIN_FIELDS:
                run.append(digits)
                continue
            if len(run) >= _MIN_LINES:
                runs.append(run)
            run = []
        if len(run) >= _MIN_LINES:
            runs.append(run)
    return runs


def _line_runs(text: str) -> list[list[tuple[int, int]]]:
    """(start, end) of the lines of each run of consecutive lines that may be records."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) <= _MAX_LINE and _NINE.search(line) and _LETTERS.search(line):
            run.append((pos, pos + len(line)))
        else:
            if len(run) >= _MIN_LINES:
                runs.append(run)
            run = []
        pos += len(line) + 1
    if len(run) >= _MIN_LINES:
        runs.append(run)
    return runs


_DIGIT = re.compile(r"\d")
# _FIELD's fields that hold a digit, found at once: a field's start (a delimiter or the
# line's start before it), letters, the first digit, the rest of the field (linear: tried
# only where a field starts)
_DIGIT_FIELD = re.compile(r"""(?<![^\s,;|~=:()\[\]{}"'])[^\s,;|~=:()\[\]{}"'\d]*\d"""
                          r"""[^\s,;|~=:()\[\]{}"']*""")


def _trimmed(run: list[Line]) -> list[list[Line]]:
    """The run, then without its first or last line or both: a header or a trailer record
    of another layout ("HDR01 ...", "TRL01 0004 000906380") may close a run of records."""
    cuts = (run, run[1:], run[:-1], run[1:-1])
    return [c for c in cuts if len(c) >= _MIN_LINES]


def _places(n: int) -> list[int]:
    """The places a field may be known by in a line of ``n`` digit fields: k from the left
    (0, 1, ...) and from the right (-1, -2, ...)."""
    return [*range(n), *range(-n, 0)]


def _bsn_column(text: str, run: list[Line]) -> list[tuple[int, int]]:
    """The one field that holds a different valid BSN, a cell of its own, on every line
    (nine digits, or eight with the leading zero dropped)."""
    heads = [(_head_kind(text, c), c) for c in _bsn_fields(text, run)]
    named = [c for k, c in heads if k == "context"]
    if named:  # a header word over the field names it
        columns = named
    else:  # not another kind's; a zero-padded amount or a record's sequence number is none
        columns = [c for k, c in heads if k != "decoy"]
        if len(columns) > 1:
            columns = [c for c in columns if not _padded(text, c) and not _ascending(text, c)]
    if len(columns) != 1 or not all(_own_cell(text, s, e) and not _GROUP_BEFORE.search(
            text, max(0, s - 5), s) for s, e in columns[0]):
        return []
    return columns[0]


def _bsn_fields(text: str, run: list[Line]) -> list[list[tuple[int, int]]]:
    """Each field (its span on every line) that holds a different BSN on every line, one
    of nine digits at least."""
    found: dict[frozenset[tuple[int, int]], list[tuple[int, int]]] = {}
    for k in _places(min(len(line) for line in run)):
        if not _bsn_cell(text, *run[0][k]):
            continue  # (the first line's field is none: most places, at the cost of one)
        spans = [line[k] for line in run]
        cells = [text[s:e] for s, e in spans]
        if (all(8 <= len(c) <= 9 and c.isdigit() and is_valid(c.zfill(9)) for c in cells)
                and any(len(c) == 9 for c in cells) and len(set(cells)) == len(cells)):
            found.setdefault(frozenset(spans), spans)
    return list(found.values())


def _bsn_cell(text: str, start: int, end: int) -> bool:
    """The field is a BSN of its own: nine digits, or eight with the leading zero dropped,
    that pass the 11-check."""
    return 8 <= end - start <= 9 and text[start:end].isdigit() and is_valid(
        text[start:end].zfill(9))


def _head_kind(text: str, column: list[tuple[int, int]]) -> str:
    """What the word standing over the field on the line above the run says: "context"
    (a BSN word: "BSN", "SOFINR"), "decoy" (another kind's: "PERSNR", "POLISNR") or "".
    A fixed-width file's header sets its words at its fields' offsets, one space apart
    ("SEQ  PERSNR    BSN       NAAM"), where a header with gaps between cells is read as
    a table's (columns.py)."""
    from detectors.context import patterns
    from detectors.labels import decisive_hit

    start = column[0][0]
    lo, _ = _line(text, start)
    if lo == 0:
        return ""
    up = text.rfind("\n", 0, lo - 1) + 1
    off = start - lo  # (the word starts where the field does: a wide one may span two)
    word = next((m.group() for m in _HEAD_WORD.finditer(text, up, lo - 1)
                 if abs(m.start() - up - off) <= 1), None)
    hit = None if word is None else decisive_hit(*patterns("NL_BSN"), word)
    return "" if hit is None else hit.kind


_HEAD_WORD = re.compile(r"[^\W\d][\w.\-]*")


def _padded(text: str, column: list[tuple[int, int]]) -> bool:
    return all(text.startswith(_PADDED, s) for s, _ in column)


def _ascending(text: str, column: list[tuple[int, int]]) -> bool:
    """Numbers that go up line by line: a record's or an employee's number given in turn
    (a file's BSNs come in no order)."""
    values = [int(text[s:e]) for s, e in column]
    return all(a < b for a, b in pairwise(values))


def _under_header(text: str, lo: int) -> bool:
    """The line right above the run at ``lo`` is a table's header: cells of words apart by
    delimiters ("id|naam|nummer"), or by gaps and no BSN word among them ("Seq  Persnr  Naam
    Datum"); no digits. Its reading decides (columns.py), not this rule. A fixed-width
    file's header that holds a BSN word is read here by its words' places (``_head_kind``)."""
    if lo == 0:
        return False
    above = text[text.rfind("\n", 0, lo - 1) + 1:lo - 1]
    if any(map(str.isdigit, above)) or _LETTERS.search(above) is None:
        return False
    if len(_CELL_SEP.findall(above)) >= 2:
        return True
    if len(_HEADER_GAP.findall(above.strip())) < 2:
        return False
    from detectors.context import patterns

    bsn_word = patterns("NL_BSN")[0]
    return bsn_word is None or bsn_word.search(above) is None


def _line(text: str, start: int) -> tuple[int, int]:
    hi = text.find("\n", start)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


def _own_cell(text: str, start: int, end: int) -> bool:
    """In a delimited row the number is its cell's whole value ("| 123456782 |", not
    "| deelnemer 123456782 |"); a row set with spaces has no cells to read."""
    lo, hi = _line(text, start)
    if len(_CELL_SEP.findall(text, lo, hi)) < 2:
        return True
    left = text.rfind("|", lo, start), text.rfind(";", lo, start), text.rfind(",", lo, start)
    cell_lo = max(*left, text.rfind("\t", lo, start)) + 1
    right = [p for p in (text.find(c, end, hi) for c in "|;,\t") if p >= 0]
    cell = text[max(cell_lo, lo):min(right, default=hi)]
    return cell.strip().strip("'\"") == text[start:end]


def _about_people(text: str, run: list[Line], born_by: int) -> bool:
    """Nearly every line dates a birth year: a list of people's records, not a log's or an
    order list's ids (whose dates are recent)."""
    need = max(_MIN_LINES, len(run) - len(run) // 4)
    cued = 0
    for n, line in enumerate(run):
        cued += any(d.year <= born_by for _, d in _dates(text, line))
        if cued >= need:
            return True
        if cued + len(run) - n - 1 < need:
            return False
    return False


# a field that may be a date: eight digits, or three groups with a date's separators
_DATE_SHAPED = re.compile(r"\d{8}|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:T[\d:.]+Z?)?")


def _dates(text: str, line: Line) -> list[tuple[tuple[int, int], date]]:
    """The fields of ``line`` that are dates, parsed (only date-shaped fields are read)."""
    from detectors.dates import parse

    return [(span, d) for span in line
            if _DATE_SHAPED.fullmatch(text, *span) and (d := parse(text[span[0]:span[1]]))]


def _birth_column(text: str, run: list[Line], born_by: int) -> list[tuple[int, int]]:
    """The field of birth years' dates that is the earliest date of every line."""
    dated = [_dates(text, line) for line in run]
    for k in _places(min(len(line) for line in run)):
        spans = []
        for line, dates in zip(run, dated, strict=True):
            span = line[k]
            born = next((d for s, d in dates if s == span), None)
            if born is None or born.year > born_by or any(
                    d <= born for s, d in dates if s != span):
                break
            spans.append(span)
        else:
            return spans
    return []
