"""Extraction errors: each maps to one of the SPEC's per-file error codes."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base of every extraction failure; ``code`` is the SPEC error code."""

    code = "corrupt"


class CorruptDocument(ExtractionError):
    code = "corrupt"


class EncryptedDocument(ExtractionError):
    code = "encrypted"


class TooLarge(ExtractionError):
    code = "too_large"


class UnsupportedFormat(ExtractionError):
    code = "unsupported"


class ArchiveBomb(ExtractionError):
    """Ratio, total size, member count or nesting depth over the configured limit."""

    code = "bomb"


class ArchiveTooDeep(ArchiveBomb):
    code = "bomb"


class UnsafePath(ExtractionError):
    code = "unsafe_path"


class ExtractionTimeout(ExtractionError):
    code = "timeout"
