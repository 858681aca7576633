"""Records the detectors return: text in, detections out (no dependency on scanner/)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Detection:
    """One detected occurrence in a text chunk.

    ``normalized`` is the SPEC's normalized value, kept in memory only to compute the
    fingerprint; it is excluded from ``repr`` and never serialized.
    """

    entity: str  # "NL_BSN", "IBAN_CODE", "SPECIAL_HEALTH" (SPEC.md)
    start: int
    end: int
    score: float
    masked: str  # never the raw value
    normalized: str = field(repr=False, compare=False)
    explanation: str = ""  # why: context word, term and rule ("term 'diabetes', first person")
    label: str = ""  # the field label the value sits under ("oorzaak", "reden uitval"), if any
    # a special-category statement that holds only in a document that names someone (not a
    # brochure, a policy, a law text): the scan decides that for the whole document
    # (scanner.scan_item)
    needs_subject: bool = field(default=False, repr=False, compare=False)
