"""sickness-diagnosis and a fitness examination's result (hr_record.is_examination): an
entry or periodic check, a hearing or eyesight test, a health questionnaire before a
placement records what the check found, not why a worker is off sick; only what stands
under a cause label ("Klachten:", "Diagnose:") is one. The same findings in an absence
record are its diagnosis. Cases written here (synthetic names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

EXAMS = {
    "gehoortest.txt": (
        "Gehoortest - periodiek onderzoek lawaaiwerkers (PMO)\n"
        "Naam: Ruben Kooistra   Geb.: 11-04-1984   Functie: heftruckchauffeur hal 2\n"
        "Datum onderzoek: 12-02-2026   Onderzoeker: T. Wijers, arboverpleegkundige\n\n"
        "Rechts: dip 35 dB bij 4 kHz. Links: dip 45 dB bij 4 kHz.\n"
        "Conclusie: beginnende lawaaislechthorendheid, links meer dan rechts.\n"
        "Advies: gehoorbescherming op maat, hertest over 12 maanden.\n"),
    "eyesight.txt": (
        "EYESIGHT AND COLOUR VISION TEST - crane operators\n"
        "Name: Tomasz Wrona   Date of birth: 3 May 1979   Date: 4 February 2026\n\n"
        "Visual acuity: right 0.6, left 0.8 without glasses.\n"
        "Colour vision (Ishihara): red-green colour blindness, 9 of 17 plates read.\n"
        "Outcome: fit for crane work with corrective lenses; no signalling duties.\n"),
}
ABSENCE = (
    "Verzuimmelding\nMedewerker: Ruben Kooistra, heftruckchauffeur hal 2\n"
    "Ziek gemeld: 12-02-2026\n\n"
    "Toelichting: lawaaislechthorendheid en oorsuizen, kan de hal voorlopig niet in.\n")
LABELLED = (
    "Keuringsverslag aanstellingskeuring beveiliger\n"
    "Kandidaat: Ilse Wagenaar   Geb.: 09-09-1991   Datum keuring: 20-01-2026\n\n"
    "Visus normaal, gehoor normaal.\nKlachten: migraine, twee keer per maand.\n"
    "Oordeel: geschikt.\n")


@pytest.mark.parametrize("name", sorted(EXAMS))
def test_an_examinations_findings_are_no_sickness_cause(tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, EXAMS[name])
    assert "SPECIAL_HEALTH" in entities  # still health data about the examined person
    assert "sickness-diagnosis" not in rules


def test_the_same_finding_in_an_absence_record_is_its_diagnosis(tmp_path: Path) -> None:
    _, _, rules = scan_text(tmp_path / "verzuim.txt", ABSENCE)
    assert "sickness-diagnosis" in rules


def test_an_examinations_cause_label_still_counts(tmp_path: Path) -> None:
    _, _, rules = scan_text(tmp_path / "keuring.txt", LABELLED)
    assert "sickness-diagnosis" in rules
