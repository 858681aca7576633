"""The label of a value in a line of values under a line of as many labels.

A form or a letter's heading sets two or more fields side by side, labels over values:
"Personeelsnummer      Burgerservicenummer" over "634566933      355245140". Tesseract and
a PDF's text layer often read such a block across, one space between the cells ("Ons
kenmerk Uw kenmerk Burgerservicenummer Geboortedatum" over "287859058 PJ/2024/017
649911635 14-03-1987"), and may glue two labels ("BurgerservicenummePersoneelsnummer").
Each value's label is the header cell in its own place, not the last word of the header
line (the first column's value would read the last column's label) nor the values before
it on its own line. Tables of three or more columns set with spaces are columns.py's; this
reading is for the pairs it leaves and for cells apart by a single space.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import methodcaller

from detectors.glued_keys import unglued
from detectors.label_above import QUOTE
from detectors.spans import line_end, line_start, line_start_within

_GAP = re.compile(r"[ \t]{2,}|\t")
# The word that ends a label read across with single spaces: a number's, a date's, a
# place's or a name's word, alone or as a compound's tail ("Burgerservicenummer",
# "Geb.datum", "Pers.nr.", "Date of birth").
_LABEL_END = re.compile(
    r"(?:nummer|nummr|numme|nr|no|number|num|kenmerk|referentie|reference|ref|code|id|datum"
    r"|date|birth|plaats|place|naam|name|nationaliteit|nationality|geslacht|sex|telefoon"
    r"|phone|mobiel|mobile|e-?mail|bsn|sofi|kvk|btw|iban|vat|ssn)\.?:?$", re.IGNORECASE)
_OWN_LABEL = re.compile(r"[^\W\d_][.)]?:(?:\s|$)")
_MAX_CELLS = 8
_MAX_CELL = 40
_MAX_ROWS = 400  # rows walked up to their header at once (then each row reads the one above)


def holds_digits(text: str, start: int) -> bool:
    """The value at ``start`` holds a digit in its first characters (an identifier, a
    date, a phone number; not a name): these readings are for such values only.

    >>> holds_digits("BSN 123", 4), holds_digits("Naam Jan", 5)
    (True, False)
    """
    return _HAS_DIGIT.match(text, start, start + 12) is not None


def header_cell(text: str, start: int) -> str | None:
    """The header cell over the value at ``start``, when its line is a row of values (two
    to eight) under a line of as many labels; else None.

    >>> t = "Ons kenmerk Uw kenmerk Burgerservicenummer\\n287859058 PJ/2024/017 649911635"
    >>> header_cell(t, t.index("2878")), header_cell(t, t.index("6499"))
    ('Ons kenmerk', 'Burgerservicenummer')
    >>> t = "Personeelsnummer      Burgerservicenummer\\n634566933             355245140"
    >>> header_cell(t, t.index("355"))
    'Burgerservicenummer'
    >>> header_cell("Naam: Jan de Vries 12\\n634566933 355245140", 22) is None
    True
    >>> header_cell("naam      Lies van Dijk\\ngeb.datum      3-7-1985", 39) is None
    True
    """
    lo = line_start(text, start)
    if lo == 0 or start - lo > _MAX_LINE:
        return None
    read = _read_row(text, lo)
    return None if read is None else _paired(read[2], read[1], start - lo - read[0])


def _read_row(text: str, lo: int) -> tuple[int, str, str] | None:
    """(quote markers' length, the row, its header line) of the line at ``lo``: a row
    under a line of labels, or under rows of as many values under one (a table read across
    with single spaces: "Relatienummer Burgerservicenummer" over two rows of two numbers);
    None when it is neither. Read once per line, the rows above first."""
    rows = _lines(text)
    chain = []  # the lines not yet read, this one and the value rows above it
    while lo not in rows and len(chain) < _MAX_ROWS:
        chain.append(lo)
        above = text.rfind("\n", max(0, lo - 1 - _MAX_LINE), lo - 1) + 1
        if lo == 0 or not _DIGIT.search(text, above, lo - 1):
            break  # a line without a value above (or none): a header, or no row at all
        lo = above
    for lo in reversed(chain):
        hi = text.find("\n", lo)  # the row is its line, however long (never the lines after)
        row_skip, row = _unquoted(text[lo : hi if hi >= 0 else len(text)])
        read = _row_under(text, lo, row)
        rows[lo] = None if read is None else (row_skip, row, read[2])
    return rows.get(lo)


def _row_under(text: str, lo: int, row: str) -> tuple[int, str, str] | None:
    """The row's reading under the line above it: that line as its header when it holds
    labels and no value, else the header of the row above when that is a row of as many
    cells (single spaces, or gaps, both alike)."""
    if lo == 0:
        return None
    above = text.rfind("\n", max(0, lo - 1 - _MAX_LINE), lo - 1) + 1
    if not _DIGIT.search(text, above, lo - 1):
        if not _LETTER.search(text, above, lo - 1):
            return None  # no label above: no header (most rows)
        head = _unquoted(text[above : lo - 1])[1]
        return None if _no_row(head, row) else (0, row, head)
    prev = _lines(text).get(above)
    if prev is None or _GAP.search(prev[1]) is not None or _GAP.search(row) is not None:
        return None  # (a table set with gaps is columns.py's)
    if len(prev[1].split()) != len(row.split()) or _no_row(prev[2], row):
        return None
    return (0, row, prev[2])


@lru_cache(maxsize=4)  # the chunk being analysed (as columns._rows): per line, what its values share
def _lines(text: str) -> dict:
    return {}


def _no_row(head: str, row: str) -> bool:
    """True when ``row`` under ``head`` is no row of values, whichever value is asked about:
    _paired's first two tests, which read the lines only."""
    return not head.strip() or (_GAP.search(row) is None and len(row.split()) > _MAX_CELLS)


_MAX_LINE = 200
_HAS_DIGIT = re.compile(r"[^\d\n]*\d")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _unquoted(line: str) -> tuple[int, str]:
    """(length of the quote markers, the rest) of a line of a quoted reply."""
    m = QUOTE.match(line)
    return (m.end(), line[m.end():]) if m is not None and ">" in m.group() else (0, line)


def _paired(head: str, row: str, x: int) -> str | None:
    """The cell of ``head`` in the place of the row's cell at ``x``."""
    if not head.strip():
        return None
    gapped = _GAP.search(row) is not None
    if not gapped and len(row.split()) > _MAX_CELLS:
        return None  # a line of prose, more words than a row has cells (most such lines)
    values = _cells(row, gapped)
    index = next((i for i, (s, c) in enumerate(values) if s <= x < s + len(c)), None)
    if index is None or not 2 <= len(values) <= _MAX_CELLS:
        return None
    if not any(map(str.isdigit, values[index][1])):
        return None  # a name under its label is person.py's reading
    if not gapped and not all(any(map(str.isdigit, c)) for _, c in values):
        return None  # single spaces: a row of numbers and dates only, never words
    if _OWN_LABEL.search(row) or any(
            _LABEL_END.search(c) and not any(map(str.isdigit, c)) for _, c in values[:index]):
        return None  # "Geboortedatum:  3 feb 1990", "geb.datum   3-7-1985": its own label
    labels = _labels(head, gapped)
    if labels is None or len(labels) != len(values):
        return None
    return labels[index]


def _cells(line: str, gapped: bool) -> list[tuple[int, str]]:
    """(start, text) of the cells of a row: apart by two spaces or a tab when it has such a
    gap (``gapped``: _GAP finds one in it), else by single spaces (its split() words)."""
    return [(m.start(), m.group()) for m in (_GAPPED_CELL if gapped else _WORD).finditer(line)]


_GAPPED_CELL = re.compile(r"\S(?:(?!(?:[ \t]{2,}|\t)).)*")
_WORD = re.compile(r"\S(?:(?!\s).)*")


def _labels(head: str, gapped: bool) -> list[str] | None:
    """The labels of a header line: its cells apart by gaps (a row with gaps), or read
    across word by word, each label ending on a label word; None when the words do not all
    fall into labels or a label is too long to be one."""
    if gapped and _GAP.search(head.strip()):
        cells = [c for _, c in _cells(head.strip(), True)]
    else:
        cells, words = [], []
        for word in unglued(head).split():  # "BurgerservicenummerPersoneelsnummer"
            words.append(word)
            if _LABEL_END.search(word):
                cells.append(" ".join(words))
                words = []
        if words:
            return None
    if not all(len(c) <= _MAX_CELL and any(map(str.isalpha, c)) for c in cells):
        return None
    return cells


def paired_cell(text: str, start: int) -> str | None:
    """The label of the value at ``start`` in a sentence or line that lists as many labels
    as values, each in its place: "Personeelsnummer/BSN: 123456782 / 111222333", "Hierbij
    mijn BSN en personeelsnummer: 111222333 en 123456782", "the BSN and personnel number
    are 111222333 and 123456782 respectively" (over a line break too); None for one value,
    or counts that differ (one value under a label in two languages, "BSN/Sofinummer: ...",
    stays as it is read).

    >>> t = "Personeelsnummer/BSN: 123456782 / 111222333"
    >>> paired_cell(t, 22), paired_cell(t, t.index("111"))
    ('Personeelsnummer', 'BSN')
    >>> paired_cell("BSN/Sofinummer: 111222333", 16) is None
    True
    """
    if _unmarked(text, start):
        return None  # no colon or copula on the line or the one above: no list of values
    end = _list_end(text, start)
    lo = line_start_within(text, start, _MAX_LINE)
    if _ANY_SEP.search(text, lo, end) is None:
        return None  # no separator on the line: one value (most values), read as before
    lo = _sentence_lines(text, start)
    mark = max((m for m in _LISTED.finditer(text, lo, start)), key=_END, default=None)
    if mark is None or _ANY_SEP.search(text, mark.end(), end) is None:
        return None
    values = _parts(_VALUE_SEP, text[mark.end() : end])
    if not 2 <= len(values) <= _MAX_CELLS or not all(_DIGIT.search(c) for _, c in values):
        return None  # "..., klantnr in het dossier: 123456782, klopt.": one value, a word
    # the labels after the sentence's start and after an earlier label's value
    head = _SENTENCE.split(text[lo:mark.start()])[-1].rsplit(":", 1)[-1]
    labels = [c for _, c in _parts(_LABEL_SEP, head)]
    while labels and not _LABEL_END.search(labels[0].split()[-1]):
        labels = labels[1:]  # "As discussed, the BSN and personnel number are": prose first
    index = next((i for i, (s, c) in enumerate(values)
                  if mark.end() + s <= start < mark.end() + s + len(c)), None)
    if index is None or len(labels) != len(values) or any(len(c) > _MAX_CELL for c in labels):
        return None
    return labels[index]


def _unmarked(text: str, start: int) -> bool:
    """True when no _LISTED mark stands on the line of ``start`` or the line above it (a
    mark paired_cell reads lies between them: its sentence's lines), decided once per line:
    a line of an export or an HR note holds several values, each asked about."""
    lo = line_start(text, start)
    key = ("mark", lo)
    rows = _lines(text)
    found = rows.get(key)
    if found is None:
        above = line_start(text, max(0, lo - 1))
        hi = line_end(text, start)
        found = rows[key] = _LISTED.search(text, above, len(text) if hi < 0 else hi) is None
    return found


def _sentence_lines(text: str, start: int) -> int:
    """Where the value's line starts, or the line's above when the sentence runs on from
    it (not ended, not blank)."""
    lo = line_start_within(text, start, _MAX_LINE)
    if lo < 2 or text[lo - 1] != "\n":
        return lo  # the text's first line, or a line longer than the reach: no line above
    above = text.rfind("\n", max(0, lo - 1 - _MAX_LINE), lo - 1) + 1
    line = text[above : lo - 1].rstrip()
    return above if line and line[-1] not in ".:;!?" and _LISTED.search(line) else lo


_END = methodcaller("end")  # the key of the last mark
# What opens a list of values: a colon, or a copula ("are", "zijn": "... nummer zijn x en y").
_LISTED = re.compile(r":|\s(?:are|were|zijn|waren)\s", re.IGNORECASE)
_STOP = re.compile(r"[.;!?](?:\s|$)")
_NEXT_LABEL = re.compile(r"(?<=\s)[^\W\d_]+(?:[ ][^\W\d_]+){0,2}:(?=\s)")
_RUNS_ON = re.compile(r"(?:,|/|&|\s(?:en|and))[ \t]*$", re.IGNORECASE)


def _list_end(text: str, start: int) -> int:
    """Where the list of values holding ``start`` ends: its sentence's end or its line's,
    or the next line's when the line breaks after a separator ("... are 111222333 and").
    """
    hi = text.find("\n", start, start + _MAX_LINE)
    hi = start + _MAX_LINE if hi < 0 else hi
    if _RUNS_ON.search(text, max(start, hi - 8), hi):
        nxt = text.find("\n", hi + 1, hi + 1 + _MAX_LINE)
        hi = min(len(text), hi + 1 + _MAX_LINE) if nxt < 0 else nxt
    stop = _STOP.search(text, start, hi)
    hi = min(len(text), stop.start() if stop else hi)
    # (stop 77) the next field's label on the line ends the values ("Date of birth:
    # 1992-03-14    Mobile: +31 6 ... / 06-..."): its values are its own
    field = _NEXT_LABEL.search(text, start, hi)
    return field.start() if field else hi
_LABEL_SEP = re.compile(r"\s*(?:/|,|&|\s(?:en|and|of|or)\s)\s*", re.IGNORECASE)
# Values listed apart by a ',' (not a date's before its year: "June 14, 1990"), '&',
# "en"/"and", or a '/' with a space on a side (a date's own slashes split nothing:
# "12/03/1990 / 111222333").
_VALUE_SEP = re.compile(r"\s*(?:,(?!\s*\d{4}\b)|&|\s(?:en|and)\s)\s*|\s+/\s*|\s*/\s+"
                        r"|(?<=\d{6})/(?=\d{6})", re.IGNORECASE)
_ANY_SEP = re.compile(r"[,/&]|\s(?:en|and)\s", re.IGNORECASE)  # a cheap first look
_SENTENCE = re.compile(r"[.;!?]\s+(?=[A-Z])")  # not after an abbreviation ("no. and")


def _parts(sep: re.Pattern[str], s: str) -> list[tuple[int, str]]:
    """(start, text) of the stripped, non-empty parts of ``s`` between separators."""
    out, pos = [], 0
    for m in [*sep.finditer(s), None]:
        end = len(s) if m is None else m.start()
        part = s[pos:end]
        if part.strip():
            out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos = len(s) if m is None else m.end()
    return out
