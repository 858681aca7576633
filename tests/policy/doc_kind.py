"""The classifier's reading as a test names it: a document type, or the employer's absence
record, which is typed `other` since stop 40 (classify.by_doctor) and still records one
person's sickness (an HR record, engine.is_subject_record)."""

from __future__ import annotations

from scanner.policy.classify import ABSENCE_RECORD

ABSENCE = "other: absence record"


def kind(doc_type: str, reason: str) -> str:
    """``doc_type``, or ABSENCE for an `other` document the classifier read as an absence
    record (its reason says so)."""
    return ABSENCE if doc_type == "other" and reason.startswith(ABSENCE_RECORD) else doc_type
