"""Delimited text (CSV, TSV, ';' or '|' separated) read as a table, streaming.

The dialect is sniffed from the first MiB: the delimiter that splits nearly every record into
the same number of fields (quoted fields respected), and the encoding as for plain text. Rows
are read from a file object, so a file of any size is read in bounded memory.
https://docs.python.org/3/library/csv.html
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import PurePosixPath
from typing import BinaryIO

from scanner.extract.encoding import encoding_of, errors_for
from scanner.extract.errors import CorruptDocument

SAMPLE = 1 << 20  # bytes sniffed
SAMPLE_RECORDS = 50
DELIMITERS = ("\t", ";", "|", ",", "~")  # ties go to the rarer one in prose
TABLE_EXT = {".csv", ".tsv", ".tab", ".psv"}
NOT_TABLE_EXT = {".json", ".jsonl", ".xml", ".html", ".htm", ".md", ".ini", ".yaml", ".yml"}
FIELD_LIMIT = 1 << 20  # characters in one field: an unbalanced quote must not swallow a GB

csv.field_size_limit(FIELD_LIMIT)


@dataclass(frozen=True)
class Dialect:
    encoding: str
    delimiter: str


def sniff_table(head: bytes, name: str, complete: bool) -> Dialect | None:
    """The dialect of a text file starting with ``head`` when it is a table, else None.

    >>> sniff_table('bsn;naam\\n111222333;"Jansen; J."\\n'.encode("cp1252"), "x.csv", True)
    Dialect(encoding='utf-8-sig', delimiter=';')
    """
    ext = PurePosixPath(name.lower()).suffix
    if ext in NOT_TABLE_EXT:
        return None
    encoding = encoding_of(head, complete)
    text = head.decode(encoding, "replace")
    if text.lstrip()[:1] in ("{", "[", "<"):  # JSON, XML, HTML
        return None
    delimiter = delimiter_of(text, complete, lenient=ext in TABLE_EXT)
    return Dialect(encoding, delimiter) if delimiter else None


def delimiter_of(text: str, complete: bool = True, lenient: bool = True) -> str | None:
    """The delimiter that splits (nearly) every record into the same number of fields.

    ``lenient`` (a .csv or .tsv name): two fields and two records suffice; otherwise a
    letter with a comma in each line must not pass for a table.

    >>> delimiter_of('bsn,naam\\n111222333,"Jansen, J."\\n')
    ','
    >>> delimiter_of("Beste Jan,\\nDank voor je brief, die ik las.\\nGroet, Piet\\n", lenient=False)
    """
    scores = [(_score(text, d, complete, lenient), d) for d in DELIMITERS]
    best = max(scores, key=lambda s: s[0])
    return best[1] if best[0] > (0.0, 0) else None


def _score(text: str, delimiter: str, complete: bool, lenient: bool) -> tuple[float, int]:
    """(share of records of the common width, that width); (0, 0) when not a table."""
    try:
        records = list(islice(csv.reader(io.StringIO(text), delimiter=delimiter),
                              SAMPLE_RECORDS + 1))
    except csv.Error:
        return 0.0, 0
    if not complete or len(records) > SAMPLE_RECORDS:
        records = records[:-1]  # the sample may end inside its last record
    widths = [len(r) for r in records if any(c.strip() for c in r)]
    if not widths:
        return 0.0, 0
    width = max(set(widths), key=widths.count)
    share = widths.count(width) / len(widths)
    strict = not lenient and (delimiter == "," or width < 2)
    least = (2, 2, 0.8) if not strict else (3, 5, 0.9)  # width, records, share
    if width < least[0] or len(widths) < least[1] or share < least[2]:
        return 0.0, 0
    return share, width


def rows(fh: BinaryIO, dialect: Dialect) -> Iterator[list[str]]:
    """The records of the whole file, decoded as they are read."""
    fh.seek(0)
    text = io.TextIOWrapper(fh, encoding=dialect.encoding,
                            errors=errors_for(dialect.encoding), newline="")
    try:
        yield from csv.reader(text, delimiter=dialect.delimiter)
    except csv.Error as e:
        raise CorruptDocument("malformed delimited text") from e
    finally:
        text.detach()  # the caller owns the file
