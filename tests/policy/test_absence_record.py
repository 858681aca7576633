"""sickness-diagnosis on documents that are no `medical` record by type: a report or an
e-mail about one employee's absence that another type won (its own absence-record points
decide), minutes that mention an absence in passing (no record), and an absence text
without a cause (the learned diagnosis class names no word fragment as its cause)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import FileRecord, Finding, SourceItem
from scanner.policy import apply_policy, is_subject_record, load_policy
from scanner.policy.engine import RECORD_POINTS
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _judged(doc_type: str, term: str, subject_record: bool = False) -> tuple[str | None, str]:
    record = FileRecord(path="/share/x.txt", member=None, status="scanned", error=None,
                        doc_type=doc_type, size=1, modified=NOW, ocr=False)
    finding = Finding(path="/share/x.txt", member=None, page=None, location="body",
                      entity="SPECIAL_HEALTH", confidence=0.85, masked=term,
                      fingerprint="f" * 64, doc_type=doc_type, rule=None, severity="info")
    _, [x] = apply_policy(load_policy(), record, [finding], NOW, subject_record)
    return x.rule, x.severity


@pytest.mark.parametrize("doc_type, points, expected", [
    ("other", RECORD_POINTS, True),  # a report or e-mail the absence signals call a record
    ("other", RECORD_POINTS - 1, False),  # minutes that mention an absence in passing
    ("cv", RECORD_POINTS + 5, False),  # a casemanager's CV says the same words
    ("motivation_letter", RECORD_POINTS + 5, False),
    ("medical", 0, True),
])
def test_an_other_document_is_a_record_by_its_absence_points(doc_type: str, points: int,
                                                              expected: bool) -> None:
    assert is_subject_record(load_policy(), doc_type, {"medical": points}) is expected


def test_a_subject_record_of_type_other_breaks_the_rule() -> None:
    assert _judged("other", "hernia", subject_record=True) == ("sickness-diagnosis", "high")
    assert _judged("other", "hernia") == ("special-category", "medium")


def _scan(tmp_path: Path, name: str, text: str) -> tuple[str, set[str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return first.file.doc_type, {f.rule for f in first.findings if f.entity == "SPECIAL_HEALTH"}


MT_REPORT = (
    "Verslag MT-overleg 14 maart\nAanwezig: Peter Smit, Sanne Bos, Ahmed Yilmaz\n\n"
    "1. Verzuim: Mark de Boer is sinds 3 februari ziek thuis. {cause}De bedrijfsarts verwacht "
    "herstel{after} en de re-integratie start in april met aangepast werk.\n"
    "2. Planning: de bezetting voor week 12 is rond.\n")


def test_a_meeting_report_about_one_employees_absence_names_its_cause(tmp_path: Path) -> None:
    text = MT_REPORT.format(cause="Hij heeft een hernia; ", after=" na fysiotherapie")
    doc_type, rules = _scan(tmp_path, "verslag-mt.txt", text)
    assert doc_type == "other"  # a meeting's report, by its title
    assert "sickness-diagnosis" in rules


def test_the_same_report_without_a_cause_has_no_diagnosis(tmp_path: Path) -> None:
    doc_type, rules = _scan(tmp_path, "verslag-mt.txt", MT_REPORT.format(cause="", after=""))
    assert doc_type == "other" and "sickness-diagnosis" not in rules


@pytest.mark.parametrize("text", [
    ("Notulen werkoverleg ploeg Noord\nAanwezig: Peter, Sanne, Ahmed, Lisa\nAfwezig: Mark (ziek)"
    "\n\n1. Planning week 12: de bezetting is rond.\n2. Veiligheid: nieuwe helmen besteld; Lisa"
    " was vorige week ziek, de toolbox is verplaatst.\n3. Rondvraag: geen."),
    ("Minutes team meeting North\nPresent: Peter, Sanne, Ahmed\nApologies: Mark (off sick)\n\n"
    "1. Rota for week 12 agreed; Lisa was off sick last week.\n2. Safety: new helmets ordered."
    "\n3. Any other business: none."),
])
def test_minutes_mentioning_an_absence_in_passing_are_no_record(tmp_path: Path,
                                                                 text: str) -> None:
    doc_type, rules = _scan(tmp_path, "notulen.txt", text)
    assert doc_type == "other" and "sickness-diagnosis" not in rules


def test_a_condition_of_pregnancy_is_a_diagnosis(tmp_path: Path) -> None:
    _, rules = _scan(tmp_path, "verzuim.txt", "Verzuimregistratie\nMedewerker: personeelsnummer "
                     "1042\nZiek gemeld per 3 maart 2025\nOorzaak: zwangerschapsdiabetes\n")
    assert rules == {"sickness-diagnosis"}


@pytest.mark.parametrize("text", [
    MT_REPORT.format(cause="", after=""),
    ("Absence record\nEmployee: staff number 1043\nCalled in sick on 3 March 2025. The occupational"
    " physician expects recovery; the reintegration plan starts in April with adapted work and "
    "a phased return to work after that. Fit to work again on 17 April 2025.\n"),
])
def test_the_learned_diagnosis_names_no_fragment_as_a_cause(text: str) -> None:
    from detectors.special_learned import is_cause_word, second_opinion

    op = second_opinion(text, set(), set())
    assert op.diagnosis_evidence is None or is_cause_word(op.diagnosis_evidence.word)


TOOLBOX = ("Toolbox minutes – LAWAAI\nProject: viaduct A16, heiwerk · 6 november 2026\n\n"
           "- Gehoorbescherming verplicht in de zone; gehoorschade komt langzaam en gaat niet "
           "weg.\n- Oorsuizen (tinnitus) na het werk: meld het bij de bedrijfsarts, niet bij "
           "de uitvoerder.\n- Gehoortest: de testbus komt 27 november, uitslagen zijn "
           "vertrouwelijk (arbodienst).\n- Klachten of verzuim door lawaai altijd melden.\n\n"
           "Aanwezig: Tomasz Nowak, Jan de Groot, Ali Yilmaz, Piet Kok (uitvoerder)\n")


def test_a_toolbox_talks_minutes_are_no_record_about_one_person(tmp_path: Path) -> None:
    doc_type, rules = _scan(tmp_path, "toolbox.txt", TOOLBOX)
    assert doc_type == "other" and "sickness-diagnosis" not in rules


def test_minutes_of_an_absence_meeting_stay_a_record(tmp_path: Path) -> None:
    text = ("Notulen verzuimoverleg vestiging Breda — 4 maart\n1. Ruud K.: na knieoperatie, "
            "re-integratie vanaf week 12.\n2. Fenna D.: ziek, bedrijfsarts inschakelen.\n")
    _, rules = _scan(tmp_path, "notulen-verzuim.txt", text)
    assert rules  # the knee operation is Ruud's, whatever rule judges it
