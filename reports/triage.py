"""The DPO's triage, read back from a previous report: Status and Comment by finding id.

The index stores the decisions (``Index.save_triage``); the next report shows them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reports.labels import CANONICAL, STATUSES
from scanner.extract.sniff import OLE2


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


def read_triage(path: Path, password: str | None = None) -> Iterator[tuple[str, str, str]]:
    """(finding id, canonical status, comment) of every Findings row of a previous report,
    in either language, streamed (read-only mode) so a million rows stay flat."""
    to_canonical = {label: c for labels in STATUSES.values()
                    for label, c in zip(labels, CANONICAL)}
    wb = open_previous(path, password)
    try:
        for ws in wb.worksheets:
            if not ws.title.startswith(("Bevindingen", "Findings")):
                continue
            for row in ws.iter_rows(min_row=2, values_only=True):
                if len(row) >= 14 and row[13]:
                    status = to_canonical.get(str(row[11] or "open"), "open")
                    yield str(row[13]), status, str(row[12] or "")
    finally:
        wb.close()
