"""Identify a file's format from its content, the extension only as a tie-breaker."""

from __future__ import annotations

import zipfile
from io import BytesIO

# Format key -> module in scanner/extract/. Placeholder: the extraction issue fills this in.


def sniff(data: bytes, name: str) -> str | None:
    """Return the extractor module name for ``data``, or None when unsupported.

    >>> sniff(b"%PDF-1.7 ...", "x.txt")
    'pdf'
    """
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "archive"
        return "docx" if "word/document.xml" in names else "archive"
    return "text"
