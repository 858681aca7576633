"""Classification keeps its measured quality on the labelled set, and explains itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy import classify
from tests.eval.eval_classify import evaluate


def test_classification_targets_on_the_labelled_set() -> None:
    accuracy, cv_precision, _ = evaluate()
    assert accuracy >= 0.95 and cv_precision >= 0.97


@pytest.mark.parametrize("name, text, doc_type, reason", [
    ("a.mp4", "", "camera_footage", "video file"),
    ("scan.png", ("P<NLDJANSEN<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                  "XN01234564NLD8001014F3001015<<<<<<<<<<<<<<02"), "id_copy", "MRZ line found"),
    ("x.docx", "Curriculum vitae\nWerkervaring\nOpleiding", "cv", "content: curriculum vitae"),
    ("loonstrook_maart.pdf", "", "payslip", "file name: loonstrook"),
    ("notes.txt", "boodschappen", "other", "no document-type signals"),
])
def test_classify_with_reason(name: str, text: str, doc_type: str, reason: str) -> None:
    item = SourceItem(path=f"/s/{name}", member=None, size=1, modified=datetime.now(UTC))
    got, why = classify(item, [TextChunk(text, "body")])
    assert got == doc_type and reason in why
