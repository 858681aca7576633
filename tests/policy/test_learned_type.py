"""The learned second opinion on the document type, combined with the rules: our own
documents of the kinds the classifier confused, the decision's constraints, the shipped
model file."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from scanner.extract import extract
from scanner.extract.limits import Limits
from scanner.models import DOC_TYPES, SourceItem, TextChunk
from scanner.policy.classify import Verdict, classify, rule_verdict
from scanner.policy.learned_type import (
    CV_SURE,
    MIN_WORDS,
    MODEL,
    RULES_SURE,
    RULES_UNLIKELY,
    SURE,
    VERY_SURE,
    decide_with,
    model,
    type_probabilities,
)
from tests.policy.confused_docs import (
    ALL,
    CVS_WITH_PASSPORT,
    PAYROLL_EXPORTS,
    SHORT_CVS_WITH_ID_SCAN,
)

DAY = datetime(2026, 3, 1, tzinfo=UTC)


def _read(text: str, name: str) -> tuple[SourceItem, list[TextChunk]]:
    """A document as a scan reads it (a neutral file name: the text decides)."""
    data = text.encode("utf-8")
    item = SourceItem(path=f"/share/archief/{name}", member=None, size=len(data), modified=DAY)
    return item, [c for c in extract(item, data, Limits()) if isinstance(c, TextChunk)]


@pytest.mark.parametrize("n", range(len(ALL)))
def test_confused_kinds_get_their_type(n: int) -> None:
    expected, text = ALL[n]
    item, chunks = _read(text, f"document-{n:02}.txt")
    assert classify(item, chunks)[0] == expected


def test_the_model_overrules_the_rules_where_they_are_unsure() -> None:
    # an English payroll export: no signal word of the rules' payslip, the model knows it
    # (its pay columns named "gross amount", "net amount": a "gross pay" column is the
    # rules' own, doc_signals.toml payslip patterns)
    text = PAYROLL_EXPORTS[1][1].replace("gross pay", "gross amount").replace("net pay",
                                                                              "net amount")
    item, chunks = _read(text, "export-0326.csv.txt")
    verdict = rule_verdict(item, chunks)
    assert verdict.doc_type == "other" and max(verdict.scores.values()) < RULES_SURE
    doc_type, reason = classify(item, chunks)
    assert doc_type == "payslip"
    assert reason.startswith("learned model: payslip") and "the rules said other" in reason
    assert not any(ch.isdigit() for ch in reason.split("words:")[1])  # words, no numbers


@pytest.mark.parametrize("text", [t for _, t in SHORT_CVS_WITH_ID_SCAN])
def test_a_short_cv_carrying_an_id_scan_is_the_cv(text: str) -> None:
    # the MRZ outweighs a short CV's sections for the rules; the model tells it is a CV, so
    # id-document-on-cv (a rule of CVs) applies
    item, chunks = _read(text, "document.txt")
    assert rule_verdict(item, chunks).doc_type == "id_copy"
    doc_type, reason = classify(item, chunks)
    assert doc_type == "cv" and "the rules said id_copy" in reason


def test_the_model_agrees_with_the_rules_on_a_plain_cv() -> None:
    item, chunks = _read(CVS_WITH_PASSPORT[1][1], "document.txt")
    verdict = rule_verdict(item, chunks)
    assert verdict.doc is not None
    p = type_probabilities(verdict.doc)
    assert max(p, key=p.__getitem__) == "cv" == verdict.doc_type
    assert classify(item, chunks) == (verdict.doc_type, verdict.reason)


LIKELY_PAYSLIP = {"payslip": 0.8, "other": 0.05, "cv": 0.15}


def _verdict(rules: str, points: int, mrz: bool = False, fixed: bool = False,
             vetoed: frozenset[str] = frozenset()) -> Verdict:
    return Verdict(rules, "the rules' reason", {rules: points}, mrz, fixed, vetoed=vetoed)


@pytest.mark.parametrize("verdict, p, expected", [
    (_verdict("other", 2), LIKELY_PAYSLIP, "payslip"),  # unsure rules: the model
    (_verdict("other", RULES_SURE), LIKELY_PAYSLIP, "other"),  # sure rules stay
    (_verdict("other", 2, mrz=True), LIKELY_PAYSLIP, "other"),  # an MRZ is the rules'
    # but for a CV carrying a scan of an ID: an MRZ leaves id_copy or cv
    (_verdict("id_copy", 12, mrz=True), LIKELY_PAYSLIP, "id_copy"),
    (_verdict("id_copy", 12, mrz=True), {"cv": SURE, "id_copy": RULES_UNLIKELY / 2}, "cv"),
    (_verdict("id_copy", 12, mrz=True), {"cv": SURE, "id_copy": RULES_UNLIKELY}, "id_copy"),
    (_verdict("cv", 12, mrz=True), {"id_copy": 0.9, "cv": 0.1}, "cv"),
    (_verdict("other", 2, fixed=True), LIKELY_PAYSLIP, "other"),  # a video or genre title
    (_verdict("other", 2, vetoed=frozenset({"payslip"})), LIKELY_PAYSLIP, "other"),
    (_verdict("other", 2), {"payslip": SURE - 0.01, "other": 0.0, "cv": 0.41},
     "other"),  # the model not sure enough
    (_verdict("other", 2), {"payslip": 0.7, "other": RULES_UNLIKELY}, "other"),
    (_verdict("cv", 2), {"payslip": 0.65, "cv": RULES_UNLIKELY}, "cv"),  # not unlikely
    (_verdict("other", 2), {"cv": CV_SURE - 0.01, "other": 0.01}, "other"),
    (_verdict("other", 2), {"cv": CV_SURE, "other": 0.01}, "cv"),  # a CV needs more
    (_verdict("payslip", 0), LIKELY_PAYSLIP, "payslip"),  # agreeing: the rules' reason
    # sure rules give way only to a model very sure of another type (minutes full of absence
    # words), never to or from a CV, nor where an MRZ is
    (_verdict("medical", 9), {"other": VERY_SURE, "medical": 1 - VERY_SURE}, "other"),
    (_verdict("medical", 9), {"other": VERY_SURE - 0.01, "medical": 0.0}, "medical"),
    (_verdict("medical", 9), {"other": VERY_SURE, "medical": 1.01 - VERY_SURE}, "medical"),
    (_verdict("other", 9), {"cv": 0.99, "other": 0.0}, "other"),
    (_verdict("cv", 9), {"other": 0.99, "cv": 0.0}, "cv"),
    (_verdict("id_copy", 12, mrz=True), {"other": 0.99, "id_copy": 0.0}, "id_copy"),
    (_verdict("medical", 9, vetoed=frozenset({"payslip"})), {"payslip": 0.99}, "medical"),
])
def test_when_the_model_decides(verdict: Verdict, p: dict[str, float], expected: str) -> None:
    doc_type, why = decide_with(verdict, p, MIN_WORDS)
    assert doc_type == expected
    assert (why is None) == (expected == verdict.doc_type)


def test_a_short_note_is_the_rules_alone() -> None:
    assert decide_with(_verdict("other", 2), LIKELY_PAYSLIP, MIN_WORDS - 1) == ("other", None)
    assert decide_with(_verdict("other", 2), LIKELY_PAYSLIP, MIN_WORDS)[0] == "payslip"


def test_the_shipped_model_is_small_and_knows_the_spec_types() -> None:
    from tests.eval.eval_blind import TRAIN

    m = model()
    assert set(m.classes) <= set(DOC_TYPES) and {"cv", "other", "medical"} <= set(m.classes)
    assert MODEL.stat().st_size < 400_000
    # the eval marks exactly the sets the model learned from (their figures are training's)
    assert tuple(m.meta["trained_on"]) == TRAIN
    assert json.loads(MODEL.read_text("utf-8"))["format"] == "privacyscan-bow-1"
