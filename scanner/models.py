"""Typed, frozen records passed between the pipeline stages (see STYLE.md §2)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import MISSING, dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from functools import cached_property
from typing import Any

__all__ = [
    "ErrorCode",
    "FileError",
    "FileRecord",
    "Finding",
    "ScanResult",
    "SkippedEntry",
    "SourceItem",
    "TextChunk",
]

# The SPEC's per-file error codes.
ErrorCode = str
ERROR_CODES = (
    "encrypted",
    "corrupt",
    "too_large",
    "timeout",
    "unsupported",
    "permission_denied",
    "bomb",
    "unsafe_path",
)
DOC_TYPES = (
    "cv",
    "motivation_letter",
    "id_copy",
    "payslip",
    "employment_contract",
    "medical",
    "vog",
    "camera_footage",
    "other",
)
SEVERITIES = ("high", "medium", "low", "info")
# The SPEC's entity names (SPEC.md, Entities): what a policy rule may name.
ENTITIES = (
    "NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
    "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
    "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
    "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC",
)


@dataclass(frozen=True)
class SourceItem:
    """A file or an archive member / e-mail attachment to scan.

    ``path`` is the file as reached (the PATH argument joined with the relative path, or an
    ``smb://`` URL). ``member`` is None for a file, else the '/'-separated path inside it,
    nested with '!/'. ``data`` holds the bytes of members and uploads; files are read by the
    extractor from ``path`` (``opener`` is the fsspec protocol, "file" or "smb").
    """

    path: str
    member: str | None
    size: int
    modified: datetime
    data: bytes | None = field(default=None, repr=False)
    depth: int = 0  # archive nesting depth: 0 for a file on the share
    protocol: str = "file"
    # identity of the file the walk listed (0: unknown, e.g. members): the reader checks that
    # what it opened is this file, so a file swapped mid-scan is never read in its place
    dev: int = 0
    ino: int = 0

    @property
    def name(self) -> str:
        """The file name of the innermost item (member name or path basename)."""
        inner = self.member.rsplit("!/", 1)[-1] if self.member else self.path
        return inner.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class SkippedEntry:
    """What a walk reached that is not a regular file: never read, never followed."""

    path: str
    reason: str  # symlink | fifo | device | socket (SPEC: skipped)
    size: int
    modified: datetime


@dataclass(frozen=True)
class TextChunk:
    """Text from one place in a document: a page, a header, a cell, a metadata field."""

    text: str
    location: str  # "page 2", "header", "Sheet1!B4", "comment", "metadata:author"
    page: int | None = None
    ocr: bool = False  # the text was read by OCR from an image
    # A block of table cells, one a line: (offset, location) of each cell, ascending. One
    # detection call reads a whole column block; each finding keeps its own cell's place.
    cells: tuple[tuple[int, str], ...] = ()
    # What a table's block is read for, when its table is read twice (table_chunks
    # ``special_by_row``): "identifiers" (its column blocks: a number borrows no other
    # column's label) or "special" (its rows: a cell's condition or belief is its row's
    # person's; classification never reads these again). Empty: everything.
    reading: str = ""

    def location_at(self, offset: int) -> str:
        """The location of the text at ``offset``: its cell's in a table block.

        >>> TextChunk("bsn: 1\\nbsn: 2", "column bsn", cells=((0, "row 2"), (7, "row 3"))
        ...           ).location_at(12)
        'row 3'
        """
        if not self.cells:
            return self.location
        i = bisect_right(self._offsets, offset)
        return self.cells[max(i - 1, 0)][1]

    @cached_property
    def _offsets(self) -> tuple[int, ...]:
        """The cells' offsets, once a chunk: a table block's thousands of findings each
        looked up their cell with a key function called at every step of the search."""
        return tuple(offset for offset, _ in self.cells)


@dataclass(frozen=True)
class FileError:
    path: str  # as reached (like SourceItem.path); records show it with display_path
    member: str | None
    stage: str  # "source", "extract", "detect", "policy"
    error_type: ErrorCode
    message: str  # never contains document text or identifiers


@dataclass(frozen=True)
class FileRecord:
    """The SPEC's file record, plus the classification reason for the DPO."""

    path: str
    member: str | None
    status: str  # scanned | unchanged | error | skipped
    error: ErrorCode | None
    doc_type: str
    size: int
    modified: datetime
    ocr: bool
    rules: tuple[str, ...] = ()
    doc_reason: str = ""
    error_message: str = ""
    reason: str = ""  # why a `skipped` record was not read (symlink, fifo, device, socket)
    # a payroll/HR record (SPEC, bsn-outside-hr): the HR types, or e.g. a timesheet of type other
    hr_record: bool = False


@dataclass(frozen=True)
class Finding:
    """The SPEC's finding record, plus a stable id and an explanation for triage."""

    path: str
    member: str | None
    page: int | None
    location: str
    entity: str
    confidence: float
    masked: str
    fingerprint: str
    doc_type: str
    rule: str | None
    severity: str
    finding_id: str = ""
    explanation: str = ""
    # every statement rule the finding breaks, `rule` (the most specific) first: a BSN on a
    # CV breaks bsn-on-cv and, a CV being no HR record, bsn-outside-hr too
    rules: tuple[str, ...] = ()
    label: str = ""  # the field label the value sits under ("oorzaak"); read by the policy


def new_finding(**fields: Any) -> Finding:
    """``Finding(**fields)`` with every field given, at about half the cost (2.6 against
    5.0 µs): a frozen dataclass sets each of its 15 fields through object.__setattr__, and a
    worker makes one a finding (a dense file, thousands). The same object: its fields are
    all of its state (no __post_init__, no slots; tests/crawl/test_new_finding.py)."""
    finding = _new(Finding)
    finding.__dict__.update(_DEFAULTS)  # a field added later with a default is never missing
    finding.__dict__.update(fields)
    return finding


_new = object.__new__
_DEFAULTS = {f.name: f.default for f in dataclass_fields(Finding) if f.default is not MISSING}


@dataclass(frozen=True)
class ScanResult:
    """Everything one file (or member) produced."""

    file: FileRecord
    findings: tuple[Finding, ...] = ()
