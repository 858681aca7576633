"""OLE2 (CFB) files: encrypted OOXML, Outlook .msg, legacy .doc (antiword), .xls, .ppt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from io import BytesIO

import olefile

from scanner.extract.errors import CorruptDocument, UnsupportedFormat
from scanner.extract.external import ToolFailed, run_tool
from scanner.extract.limits import Limits
from scanner.extract.office_crypto import raise_if_encrypted_ole
from scanner.models import FileError, SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits
            ) -> Iterator[TextChunk | SourceItem | FileError]:
    raise_if_encrypted_ole(data)
    try:
        ole = olefile.OleFileIO(BytesIO(data))
        streams = {"/".join(s) for s in ole.listdir()}
    except (OSError, ValueError) as e:  # ValueError: absurd sector sizes in the header
        raise CorruptDocument("unreadable OLE2 file") from e
    if any(s.startswith("__substg1.0_") for s in streams):
        from scanner.extract import msg

        yield from msg.extract(item, data, limits)
    elif "WordDocument" in streams:
        yield from _doc(data, limits)
    elif streams & {"Workbook", "Book"}:  # BIFF8 and BIFF5 workbook stream names
        from scanner.extract import xls

        yield from xls.extract(item, data, limits)
    elif "PowerPoint Document" in streams:
        from scanner.extract import ppt

        yield from ppt.extract(item, data, limits)
    else:
        raise UnsupportedFormat("OLE2 file without a known Office stream")


def _doc(data: bytes, limits: Limits) -> Iterator[TextChunk]:
    antiword = shutil.which("antiword")
    if not antiword:
        raise UnsupportedFormat("antiword is not installed")
    try:
        out = run_tool([antiword, "-m", "UTF-8.txt", "-"], data, limits.timeout_s)
    except ToolFailed as e:
        raise CorruptDocument("antiword could not read the document") from e
    yield TextChunk(out.decode("utf-8", "replace"), "body", None)
