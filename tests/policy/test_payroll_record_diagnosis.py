"""A payslip or payroll export is a payroll record (SPEC, bsn-outside-hr) about the employees
it pays: a condition in it, however it is set down (a sick-pay line's reason in brackets, a
pay code's description, an export's remarks column), says why someone was ill, so it breaks
`sickness-diagnosis` as in an absence record, with no pronoun or name beside it. Sick hours or
sick pay with no condition, and a pregnancy's leave pay, name no illness. Names made up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

CAUSES = {
    "strook-reden.txt": ("Loonstrook periode 09-2026\nWerknemer: Iris Kuipers  pers.nr 40211\n"
                         "Salaris 2.512,00\nZiekteloon 100% (reden: hernia)   412,30\n"
                         "Loonheffing 301,75\nNetto uitbetaald 2.040,10\n"),
    "payslip-code.txt": ("PAYSLIP period 7 / 2026\nEmployee: Tomasz Nowicki  no. 8812\n"
                         "Gross salary 2,210.00\nCode 312 sick pay 70% - pneumonia   388.40\n"
                         "Wage tax 244.10\nNet pay 1,795.05\n"),
    "loonjournaal.csv": ("personeelsnr;naam;bruto;loonheffing;netto;opmerking\n"
                         "10231;Sanne Visser;2410,00;312,40;1988,15;\n"
                         "10232;Ahmed Bouzid;2390,00;305,10;1971,20;ziekteloon i.v.m. burn-out\n"
                         "10233;Lieke de Boer;2455,00;320,00;2011,30;\n"),
}
NO_CAUSE = {
    "strook-ziek.txt": ("Loonstrook periode 09-2026\nWerknemer: Iris Kuipers  pers.nr 40211\n"
                        "Salaris 2.512,00\nZiekteloon 100% (16 ziekte-uren)   412,30\n"
                        "Loonheffing 301,75\nNetto uitbetaald 2.040,10\n"),
    "payslip-sick.txt": ("PAYSLIP period 7 / 2026\nEmployee: Tomasz Nowicki  no. 8812\n"
                         "Gross salary 2,210.00\nSick pay 70% (3 days)   388.40\n"
                         "Wage tax 244.10\nNet pay 1,795.05\n"),
    "strook-verlof.txt": ("Salarisstrook oktober 2026\nMedewerker: Fenna Mulder\n"
                          "Bruto 2.380,00\nZwangerschapsverlof (uitkering UWV) -2.380,00\n"
                          "Loonheffing 0,00\nNetto 0,00\n"),
}


def _scan(path: Path, text: str) -> tuple[str, set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 10, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 10, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return result.file.doc_type, {r for f in result.findings for r in f.rules}


@pytest.mark.parametrize("name", sorted(CAUSES))
def test_a_condition_in_a_payroll_record_is_a_diagnosis(tmp_path: Path, name: str) -> None:
    doc_type, rules = _scan(tmp_path / name, CAUSES[name])
    assert doc_type == "payslip"
    assert "sickness-diagnosis" in rules


@pytest.mark.parametrize("name", sorted(NO_CAUSE))
def test_sick_pay_without_a_condition_is_no_diagnosis(tmp_path: Path, name: str) -> None:
    doc_type, rules = _scan(tmp_path / name, NO_CAUSE[name])
    assert doc_type == "payslip"
    assert "sickness-diagnosis" not in rules
