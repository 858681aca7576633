"""`sickness-diagnosis` in the payroll and HR records of an HR type (issue #15, stop 36).

The SPEC's rule is the cause of an illness "in an absence or other HR record". A payslip, a
payroll mutation or a contract addendum is one worker's record; a remark in it that ties a
condition to that worker ("ziekte-uren ivm zijn astma") writes why they are ill into the
personnel file, as an absence record does. A pregnancy, a work-capacity status and a
relative's illness in such a record name no illness of the worker's. All names are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

DIAGNOSES = {
    "loonstrook-astma.txt": ("LOONSTROOK periode 04 2026\nWerknemer: Daan Verhoeven\n"
                             "Salarisadministratie\nBruto loon 2.410,00\nLoonheffing 312,40\n"
                             "Netto 1.988,15\nOpmerking: 16 ziekte-uren, Daan heeft een "
                             "astma-aanval gehad\n"),
    "payslip-surgery.txt": ("PAYSLIP March 2026\nEmployee: Chloe Bennett\nGross pay 2,950.00\n"
                            "Tax 410.20\nNet pay 2,380.55\nNote: 24 sick hours, Chloe had knee "
                            "surgery\n"),
    "addendum-ms.txt": ("Addendum arbeidsovereenkomst\nWerknemer: Ruud Smeets\nIngangsdatum: "
                        "1 mei 2026\nPartijen komen overeen dat de arbeidsduur wordt "
                        "teruggebracht naar 24 uur per week, omdat Ruud multiple sclerose "
                        "heeft.\nGetekend werkgever en werknemer\n"),
    "contract-epilepsy.txt": ("Employment contract - addendum\nEmployer: Dekker Logistics B.V.\n"
                              "Employee: Hannah Kowalski\nThe employee will not operate "
                              "forklifts because she has epilepsy; all other terms of the "
                              "employment contract remain in force.\n"),
    # a payslip's remark in English on a Dutch layout
    "salarisstrook-copd.txt": ("Salarisstrook mei 2026\nMedewerker: Gert Jan Willems\n"
                               "Loonheffing 298,10\nBruto 2.380,00   Netto 1.955,40\n"
                               "Remarks: wage continued during COPD exacerbation\n"),
    # a payslip's column of notes, the worker named by "his"
    "payslip-column.txt": ("Payslip week 22\nEmployee: Kevin Osei\nGross pay 812.00 | Tax "
                           "96.30 | Net pay 690.12\nComments: paid sick leave, his "
                           "depression\n"),
    # a contract addendum's reason field
    "aanvulling-reden.txt": ("Aanvulling op de arbeidsovereenkomst\nWerkgever: Bouwbedrijf "
                             "Hofstede\nWerknemer: Marloes Janssen\nWijziging: geen "
                             "nachtdiensten meer\nReden: reumatoïde artritis\n"),
    # a contract's special term in a list
    "contract-clause.txt": ("Employment contract\nEmployer: Vermeer Foods B.V.\nEmployee: Luca "
                            "Rossi\nSalary: 2,600.00 gross per month\nSpecial terms:\n- "
                            "seated workstation because of his hip replacement\n- hours as "
                            "agreed\n"),
}
NOT_DIAGNOSES = {
    # a pregnancy's leave on a payslip is health data but no illness
    "loonstrook-verlof.txt": ("LOONSTROOK periode 06 2026\nWerknemer: Iris de Lange\n"
                              "Salarisadministratie\nBruto loon 2.410,00\nNetto 1.990,00\n"
                              "Toelichting: uitkering zwangerschapsverlof via UWV\n"),
    # a work-capacity status in a contract names no illness
    "contract-doelgroep.txt": ("Arbeidsovereenkomst voor bepaalde tijd\nWerkgever: Groen "
                               "Hoveniers B.V.\nWerknemer: Stijn Peters\nWerknemer is "
                               "opgenomen in het doelgroepregister banenafspraak; de "
                               "werkgever vraagt de no-riskpolis aan.\nLoon: 2.100,00 bruto "
                               "per maand\n"),
    # a relative's illness is the reason for a care leave, no illness of the worker's
    "loonstrook-zorgverlof.txt": ("LOONSTROOK periode 08 2026\nWerknemer: Wouter Claes\n"
                                  "Salarisadministratie\nBruto loon 2.700,00\nNetto "
                                  "2.150,00\nOpmerking: 16 uur zorgverlof omdat zijn vader "
                                  "longkanker heeft\n"),
}


def _scan(path: Path, text: str) -> tuple[str, set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return result.file.doc_type, {r for f in result.findings for r in f.rules}


@pytest.mark.parametrize("name", sorted(DIAGNOSES))
def test_a_condition_in_a_payroll_or_contract_record_is_a_diagnosis(tmp_path: Path,
                                                                    name: str) -> None:
    doc_type, rules = _scan(tmp_path / name, DIAGNOSES[name])
    assert doc_type in ("payslip", "employment_contract")
    assert {"sickness-diagnosis", "special-category"} <= rules


@pytest.mark.parametrize("name", sorted(NOT_DIAGNOSES))
def test_a_pregnancy_or_status_in_such_a_record_is_no_diagnosis(tmp_path: Path,
                                                               name: str) -> None:
    doc_type, rules = _scan(tmp_path / name, NOT_DIAGNOSES[name])
    assert doc_type in ("payslip", "employment_contract")
    assert "sickness-diagnosis" not in rules
