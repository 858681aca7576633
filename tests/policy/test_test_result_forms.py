"""Kinds found on special-doctype-rules-33/34 (stop 45: contact centre, airport), tested with
cases of our own (synthetic names and labs):

- a drug or alcohol test's result form about one employee ("Uitslag alcohol- en drugstest",
  "Drug test result") is a medical record (doc_signals.toml: its title is a `require` word),
  so its positive result is health data about the record's person, and no diagnosis; a
  testing programme, a protocol or a vendor's offer stays `other`;
- an offence named by a compound ("identiteitsfraude", "fietsdiefstal") is criminal data as
  its head is (criminal.toml heads); a word that opens with it ("fraudepreventie") is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import detect
from tests.policy.scanned import scan_text

RESULT_FORMS = {
    "uitslag-steekproef.txt": (
        "VERTROUWELIJK - Uitslag alcohol- en drugstest (steekproef hal 3)\n\n"
        "Medewerker: Dennis Kuipers (orderpicker, pnr 51230)\n"
        "Datum test: 03-03-2026, 06:20\nAfgenomen door: TestLab Oost B.V.\n\n"
        "Ademtest: 0,00 promille - negatief\nUrine: positief op cocaïne, bevestigd door het lab\n"
        "Gevolg: vandaag niet ingezet, gesprek met HR op 05-03.\n"),
    "result-en.txt": (
        "CONFIDENTIAL - Drug and alcohol test result\n\nEmployee: Marta Lis (loader, no. 8812)\n"
        "Sample taken: 2 March 2026, 14:05, gate B\n\nBreath alcohol: 0.00 - negative\n"
        "Urine: positief op amfetamine (lab code AMP)\nOutcome: removed from airside duty.\n"),
}
NOT_RECORDS = {
    "programma.txt": (
        "Alcohol- en drugstestprogramma luchthaven\n\nIedere medewerker airside kan worden "
        "getest. Bij een positieve uitslag volgt verwijdering van airside en een gesprek met "
        "HR. De uitslag van een drugstest delen wij alleen met de bedrijfsarts.\n"),
    "aanbod.txt": (
        "LabSnel - drugstesten op locatie\n\nWij testen uw medewerkers op THC, cocaïne en "
        "amfetamine. Uitslag binnen 24 uur. Vraag een offerte aan.\n"),
}


@pytest.mark.parametrize("name", sorted(RESULT_FORMS))
def test_a_test_result_form_is_a_medical_record_of_its_person(tmp_path: Path,
                                                              name: str) -> None:
    doc_type, entities, rules = scan_text(tmp_path / name, RESULT_FORMS[name])
    assert doc_type == "medical"
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(NOT_RECORDS))
def test_a_testing_programme_or_offer_is_no_record(tmp_path: Path, name: str) -> None:
    doc_type, entities, _ = scan_text(tmp_path / name, NOT_RECORDS[name])
    assert doc_type == "other"
    assert "SPECIAL_HEALTH" not in entities


def _criminal(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl", document=True)
            if d.entity == "SPECIAL_CRIMINAL"]


@pytest.mark.parametrize("text, term", [
    ("Justis meldt dat hij in 2022 een strafbeschikking kreeg voor identiteitsfraude.",
     "identiteitsfraude"),
    ("Zij is vorig jaar veroordeeld voor fietsdiefstal.", "fietsdiefstal"),
])
def test_an_offence_named_by_a_compound(text: str, term: str) -> None:
    assert any(term in found for found in _criminal(text)), _criminal(text)


@pytest.mark.parametrize("text", [
    "De afdeling fraudepreventie zoekt een medewerker klantcontact.",
    "Onze training gaat over fraudebestrijding en diefstalpreventie in de winkel.",
])
def test_a_word_that_opens_with_an_offence_is_none(text: str) -> None:
    assert _criminal(text) == []


# (special-doctype-rules-34, stop 45) an airport's security clearance about one candidate (a
# Verklaring van Geen Bezwaar) is a screening declaration as the VOG is: type vog, an HR
# record, so its BSN breaks no bsn-outside-hr; a vacancy or a pass office's letter that
# names a VGB is none.
CLEARANCES = {
    "vgb-uitslag.txt": (
        "Screening & Compliance\n\nBetreft: uitslag Verklaring van Geen Bezwaar (VGB)\n"
        "Kandidaat: Tiago Moreira Lopes\nGeboortedatum: 03-02-1994\nBSN: 111222333\n"
        "Functie: bagageafhandelaar, luchthaven\n\nJustis heeft op 02-03-2027 een Verklaring "
        "van Geen Bezwaar afgegeven. Het VGB-kenmerk staat in het personeelsdossier.\n"),
    "clearance-en.txt": (
        "Screening result - airport security clearance (VGB)\nCandidate: Amara Diallo\n"
        "Result: VGB granted on 1 March 2027 by the screening authority.\n"
        "Action: pass application can be submitted.\n"),
}
NAMING_A_VGB = {
    "vacature.txt": (
        "Vacature beveiliger luchthaven (32-40 uur)\n\nWat vragen wij: een geldige VGB of de "
        "bereidheid die aan te vragen, diploma beveiliging, goede Engelse taal.\nSolliciteer via "
        "de website.\n"),
}


@pytest.mark.parametrize("name", sorted(CLEARANCES))
def test_a_security_clearance_is_a_vog_type_declaration(tmp_path: Path, name: str) -> None:
    doc_type, _, rules = scan_text(tmp_path / name, CLEARANCES[name])
    assert doc_type == "vog"
    assert "bsn-outside-hr" not in rules


@pytest.mark.parametrize("name", sorted(NAMING_A_VGB))
def test_a_text_naming_a_vgb_is_no_declaration(tmp_path: Path, name: str) -> None:
    doc_type, _, _ = scan_text(tmp_path / name, NAMING_A_VGB[name])
    assert doc_type != "vog"
