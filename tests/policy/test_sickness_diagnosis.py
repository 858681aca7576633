"""The sickness-diagnosis rule reads the document type and the field label; the pipeline
reads a record about one person with detect(record=True)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from scanner.extract.limits import Limits
from scanner.models import FileRecord, Finding, SourceItem
from scanner.policy import Policy, apply_policy, is_subject_record, load_policy
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _judged(doc_type: str, label: str, entity: str = "SPECIAL_HEALTH", masked: str = "hernia",
            policy: Policy | None = None) -> tuple:
    record = FileRecord(path="/share/x.xlsx", member=None, status="scanned", error=None,
                        doc_type=doc_type, size=1, modified=NOW, ocr=False)
    finding = Finding(path="/share/x.xlsx", member=None, page=None, location="Blad1!C2",
                      entity=entity, confidence=0.85, masked=masked, fingerprint="f" * 64,
                      doc_type=doc_type, rule=None, severity="info", label=label)
    _, [x] = apply_policy(policy or load_policy(), record, [finding], NOW)
    return x.rule, x.severity


@pytest.mark.parametrize("doc_type, label, expected", [
    ("medical", "", ("sickness-diagnosis", "high")),
    ("medical", "toelichting", ("sickness-diagnosis", "high")),
    ("other", "reden uitval", ("sickness-diagnosis", "high")),  # a verzuim export, an e-mail
    ("other", "oorzaak", ("sickness-diagnosis", "high")),
    ("other", "cause of absence", ("sickness-diagnosis", "high")),
    ("other", "", ("special-category", "medium")),
    ("other", "hobby's", ("special-category", "medium")),
    ("cv", "", ("special-category", "high")),
])
def test_rule_reads_doc_type_and_label(doc_type: str, label: str, expected: tuple) -> None:
    assert _judged(doc_type, label) == expected


def test_only_health_is_a_diagnosis() -> None:
    assert _judged("other", "oorzaak", "SPECIAL_RELIGION") == ("special-category", "medium")


def test_subject_records_are_the_rule_doc_types() -> None:
    pol = load_policy()
    assert is_subject_record(pol, "medical") and not is_subject_record(pol, "cv")
    off = replace(pol, rules={k: v for k, v in pol.rules.items() if k != "sickness-diagnosis"})
    assert not is_subject_record(off, "medical")


def _scan(tmp_path, name: str, text: str) -> tuple[str, set[tuple[str, str | None]]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return first.file.doc_type, {(f.entity, f.rule) for f in first.findings
                                 if f.entity.startswith("SPECIAL_")}


def test_absence_record_with_a_cause_breaks_the_rule(tmp_path) -> None:
    doc_type, found = _scan(tmp_path, "verzuimregistratie-jansen.txt", (
        "Verzuimregistratie\nMedewerker: personeelsnummer 1042\nEerste ziektedag: 3 maart 2025\n"
        "Oorzaak: longontsteking\nToelichting: daarna nog vermoeid, fysiotherapie gestart.\n"))
    assert doc_type == "medical"
    assert found == {("SPECIAL_HEALTH", "sickness-diagnosis")}


def test_absence_record_without_a_cause_has_no_finding(tmp_path) -> None:
    doc_type, found = _scan(tmp_path, "verzuimregistratie-de-vries.txt", (
        "Verzuimregistratie\nMedewerker: personeelsnummer 1043\nZiekgemeld per 3 maart 2025\n"
        "Verwachte duur: 2 weken\nHersteld gemeld op 17 maart 2025.\nArbeidsongeschikt: 100%\n"))
    assert doc_type == "medical"
    assert found == set()


def test_the_same_words_in_a_cv_need_a_person(tmp_path) -> None:
    doc_type, found = _scan(tmp_path, "cv-jansen.txt", (
        "Curriculum vitae\nWerkervaring\n2019-2024 Verpleegkundige longziekten, Rijnstate\n"
        "Vaardigheden: wondzorg, longontsteking en COPD-zorg\n"))
    assert doc_type == "cv"
    assert found == set()


def test_a_message_about_an_employees_absence_names_its_cause(tmp_path) -> None:
    """Not a record by its type, but about one employee's absence: the cause is a diagnosis."""
    _, found = _scan(tmp_path, "bericht.txt", (
        "Van: teamleider\nAan: personeelszaken\nOnderwerp: planning week 12\n\n"
        "Jan is uitgevallen door een hernia en blijft voorlopig thuis.\n"))
    assert found == {("SPECIAL_HEALTH", "sickness-diagnosis")}


def test_a_message_about_absence_without_a_cause_has_no_finding(tmp_path) -> None:
    _, found = _scan(tmp_path, "bericht.txt", (
        "Van: teamleider\nAan: personeelszaken\nOnderwerp: planning week 12\n\n"
        "Jan is ziek gemeld en blijft voorlopig thuis. Ik pas het rooster aan.\n"))
    assert found == set()


@pytest.mark.parametrize("term", ["zwangerschapsverlof", "Zwanger",
                                  "zwangerschaps- en bevallingsverlof",
                                  "zwangerschapsverlof en bevallingsverlof", "maternity leave",
                                  "pregnancy", "zwangerschaps", "zwangere"])
def test_a_pregnancy_is_no_diagnosis_even_in_an_absence_record(term: str) -> None:
    """Health data (special-category), but no illness: the policy's except_terms."""
    assert _judged("medical", "", masked=term) == ("special-category", "medium")
    assert _judged("other", "reden", masked=term) == ("special-category", "medium")


@pytest.mark.parametrize("term", ["zwangerschapsdiabetes", "zwangerschapsgerelateerde klachten",
                                  "bekkeninstabiliteit na de bevalling", "hernia", ""])
def test_a_condition_of_pregnancy_or_any_other_term_stays_a_diagnosis(term: str) -> None:
    assert _judged("medical", "", masked=term) == ("sickness-diagnosis", "high")


@pytest.mark.parametrize("doc_type", ["medical", "other"])
def test_a_pregnancy_under_a_cause_label_is_the_cause(doc_type: str) -> None:
    assert _judged(doc_type, "oorzaak", masked="zwangerschap") == ("sickness-diagnosis", "high")


def test_a_policy_can_count_a_pregnancy_again(tmp_path) -> None:
    path = tmp_path / "beleid.toml"
    path.write_text("[rules.sickness-diagnosis]\nexcept_terms = []\n", encoding="utf-8")
    assert _judged("medical", "", masked="zwangerschapsverlof", policy=load_policy(path)
                   ) == ("sickness-diagnosis", "high")


def test_a_pregnancy_leave_register_breaks_no_diagnosis_rule(tmp_path) -> None:
    """A leave register of one employee, read as an absence record: her pregnancy is found as
    health (special-category) and is never a sickness cause."""
    doc_type, found = _scan(tmp_path, "verlof-de-vries.txt", (
        "Verlofregistratie\nMedewerker: personeelsnummer 20431\nSoort verlof: "
        "zwangerschapsverlof\nReden: zwangerschap\nIngangsdatum: 3 maart 2026\n"
        "Einddatum: 23 juni 2026\n"))
    assert doc_type == "medical"  # the rules' type today; the rule holds whatever it is
    assert found == {("SPECIAL_HEALTH", "special-category")}


def test_a_pregnancy_and_a_diagnosis_in_one_record_are_judged_each() -> None:
    """The policy judges once per entity and label; an excepted term is a key of its own."""
    record = FileRecord(path="/share/x.txt", member=None, status="scanned", error=None,
                        doc_type="medical", size=1, modified=NOW, ocr=False)
    found = [Finding(path="/share/x.txt", member=None, page=None, location="page 1",
                     entity="SPECIAL_HEALTH", confidence=0.85, masked=term, fingerprint="f" * 64,
                     doc_type="medical", rule=None, severity="info")
             for term in ("zwangerschapsverlof", "hernia", "Zwangerschapsverlof", "migraine")]
    _, judged = apply_policy(load_policy(), record, found, NOW)
    assert [x.rule for x in judged] == ["special-category", "sickness-diagnosis",
                                        "special-category", "sickness-diagnosis"]


def test_pregnancy_in_the_forms_the_detector_reports_breaks_no_diagnosis_rule(tmp_path) -> None:
    """The detector reports "zwangerschaps- en bevallingsverlof" as two terms and inflects
    "zwangere": each is judged as the pregnancy it is."""
    _, found = _scan(tmp_path, "verlof-2.txt", (
        "Verlofregistratie\nMedewerker: personeelsnummer 20517\nSoort verlof: "
        "zwangerschaps- en bevallingsverlof\nToelichting: de zwangere medewerker werkt tot "
        "week 34 halve dagen.\nIngangsdatum: 3 maart 2026\n"))
    assert ("SPECIAL_HEALTH", "special-category") in found
    assert not {rule for _, rule in found} & {"sickness-diagnosis"}
