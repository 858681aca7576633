"""The DPO's triage, read back from a previous report: Status and Comment by finding id.

The index stores the decisions (``Index.save_triage``); the next report shows them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reports.labels import LABELS, status_code
from scanner.extract.sniff import OLE2

STATUS_HEADERS = {cols[8] for cols in (lab["finding_cols"] for lab in LABELS.values())}
COMMENT_HEADERS = {cols[9] for cols in (lab["finding_cols"] for lab in LABELS.values())}
ID_HEADERS = {cols[13] for cols in (lab["finding_cols"] for lab in LABELS.values())}


class PreviousReportError(ValueError):
    """The --previous-report cannot be read; the message is safe to show (no content)."""


def open_previous(path: Path, password: str | None = None) -> Any:
    """A previous report, read-only; an encrypted one (an OLE2 wrapper, see
    ``--report-password``) is decrypted in memory, never to disk."""
    import io
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    source: Any = path
    with open(path, "rb") as fh:
        encrypted = fh.read(len(OLE2)) == OLE2
    if encrypted:
        import msoffcrypto
        from msoffcrypto.exceptions import (
            DecryptionError,
            FileFormatError,
            InvalidKeyError,
            ParseError,
        )

        if not password:
            raise PreviousReportError("the previous report is encrypted: give --report-password")
        source = io.BytesIO()
        try:
            with open(path, "rb") as fh:
                office = msoffcrypto.OfficeFile(fh)
                office.load_key(password=password)
                office.decrypt(source)
        except InvalidKeyError as e:
            raise PreviousReportError("wrong password for the previous report") from e
        except (DecryptionError, FileFormatError, ParseError) as e:
            raise PreviousReportError("the previous report cannot be decrypted") from e
    try:
        return load_workbook(source, read_only=True)
    except (OSError, KeyError, ValueError, BadZipFile, InvalidFileException) as e:
        raise PreviousReportError("the previous report is not an Excel workbook") from e


@dataclass(frozen=True)
class TriageRow:
    """A Status cell that was not one of the statuses: where it is, and what it said."""

    sheet: str
    row: int
    status: str


def read_triage(path: Path, password: str | None = None,
                not_understood: list[TriageRow] | None = None
                ) -> Iterator[tuple[str, str, str]]:
    """(finding id, canonical status, comment) of every Findings row of a previous report,
    in either language and any letter case, streamed (read-only mode) so a million rows stay
    flat. A status that is none of them counts as open and is added to ``not_understood``."""
    wb = open_previous(path, password)
    try:
        for ws in wb.worksheets:
            if not ws.title.startswith(("Bevindingen", "Findings")):
                continue
            rows = ws.iter_rows(values_only=True)
            cols = _columns(next(rows, ()))
            for n, row in enumerate(rows, 2):
                fid = row[cols[2]] if len(row) > cols[2] else None
                if not fid:
                    continue
                status = status_code(row[cols[0]])
                if status is None and not_understood is not None:
                    not_understood.append(TriageRow(ws.title, n, str(row[cols[0]])))
                yield str(fid), status or "open", str(row[cols[1]] or "")
    finally:
        wb.close()


def _columns(header: tuple[Any, ...]) -> tuple[int, int, int]:
    """(status, comment, finding id) columns, found by their headers in either language;
    a report without them has the first layout's places (L, M, N)."""
    names = [str(h or "") for h in header]
    found = []
    for options, fallback in ((STATUS_HEADERS, 11), (COMMENT_HEADERS, 12), (ID_HEADERS, 13)):
        found.append(next((i for i, h in enumerate(names) if h in options), fallback))
    return found[0], found[1], found[2]
