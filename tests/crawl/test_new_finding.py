"""Workers build their Findings without the frozen dataclass's per-field setattr
(scanner.models.new_finding): the same fields, equality, hash, repr, pickling and replace."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from scanner.models import FileRecord, Finding, TextChunk, new_finding
from scanner.scan_item import detect_findings

FIELDS: dict[str, Any] = {
    "path": "/s/HR/cv.pdf", "member": None, "page": 2, "location": "page 2",
    "entity": "NL_BSN", "confidence": 0.85, "masked": "******782", "fingerprint": "ab" * 32,
    "doc_type": "cv", "rule": None, "severity": "info", "finding_id": "f" * 20,
    "explanation": "label 'BSN'", "rules": (), "label": "bsn"}


def test_a_finding_is_built_as_the_dataclass_builds_it() -> None:
    assert not hasattr(Finding, "__post_init__") and not hasattr(Finding, "__slots__")
    assert set(FIELDS) == {f.name for f in dataclasses.fields(Finding)}
    fast, slow = new_finding(**FIELDS), Finding(**FIELDS)
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow) == FIELDS
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    judged = {"rule": "bsn-on-cv", "severity": "high", "rules": ("bsn-on-cv",)}
    assert dataclasses.replace(fast, **judged) == dataclasses.replace(slow, **judged)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.rule = "x"  # type: ignore[misc]


def test_detected_findings_are_whole() -> None:
    """Every field set on each finding a worker makes (none left to a class default)."""
    record = FileRecord(path="/s/HR/cv.txt", member=None, status="scanned", error=None,
                        doc_type="cv", size=10, modified=datetime(2024, 1, 1, tzinfo=UTC),
                        ocr=False)
    chunk = TextChunk(text="BSN: 123456782, IBAN NL91 ABNA 0417 1643 00", location="page 1",
                      page=1)
    found = detect_findings(record, [chunk], b"k" * 32)
    assert {x.entity for x in found} >= {"NL_BSN", "IBAN_CODE"}
    for x in found:
        assert set(vars(x)) == set(FIELDS)
        assert x == Finding(**dataclasses.asdict(x))


def test_a_field_left_out_takes_its_default_as_the_dataclass_gives_it() -> None:
    given = {k: v for k, v in FIELDS.items() if k not in ("finding_id", "explanation",
                                                            "rules", "label")}
    assert new_finding(**given) == Finding(**given)
