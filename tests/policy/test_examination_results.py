"""Kinds found on special-doctype-rules-37 (stop 47: rail and infrastructure), tested with
cases of our own (synthetic names and examining bodies): a medical examination's result
about one person (a fitness-for-duty check, a hearing or eyesight test, a periodic
examination) is a medical record, so the condition it finds ("kleurenblindheid",
"lawaaislechthorendheid", "myopia") is health data about that person; a programme that
announces such examinations to everyone stays `other`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

RESULTS = {
    "keuring-en.txt": (
        "ROAD SAFETY MEDICAL EXAMINATION - RESULT\nExamining body: KeurPunt Oost   Date: "
        "03-02-2026\nCandidate: Ruben Mahabier   Function: traffic controller\n\n"
        "Result: FIT WITH RESTRICTIONS\nFinding: colour blindness (red-green), no night work "
        "on signals.\nExamining physician: dr. P. Zwart\n"),
    "gehoortest.txt": (
        "Gehoortest - periodiek onderzoek lawaaiwerk\nNaam: Ilse Brouwer   Geb.: 12-04-1984\n"
        "Datum onderzoek: 10-02-2026   Onderzoeker: M. de Jong, arboverpleegkundige\n\n"
        "Conclusie: lawaaislechthorendheid rechts. Advies: gehoorbescherming dragen.\n"),
    "oogtest.txt": (
        "Oogtest spoorkeuring\nKandidaat: Sem Verhoef\nUitslag: myopie -3,0 links en rechts, "
        "geschikt met bril.\nKeuringsarts: drs. A. Mol\n"),
}
PROGRAMME = {
    "aankondiging.txt": (
        "Periodiek medisch onderzoek 2026\n\nAlle medewerkers die met lawaai werken krijgen "
        "dit jaar een gehoortest. U ontvangt een uitnodiging van de arbodienst. De uitslag "
        "krijgt u zelf; de werkgever hoort alleen of u geschikt bent.\n"),
}


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_an_examination_result_is_a_medical_record_of_its_person(tmp_path: Path,
                                                                name: str) -> None:
    doc_type, entities, _ = scan_text(tmp_path / name, RESULTS[name])
    assert doc_type == "medical"
    assert "SPECIAL_HEALTH" in entities


@pytest.mark.parametrize("name", sorted(PROGRAMME))
def test_an_examination_programme_is_no_record(tmp_path: Path, name: str) -> None:
    _doc_type, entities, _ = scan_text(tmp_path / name, PROGRAMME[name])
    assert "SPECIAL_HEALTH" not in entities
