"""Classification kinds read at stop 55 (special-doctype-rules-50 and the DEV sets), tested with
texts of our own:

- a data-subject request that asks after the sick reports a file holds is a request, no
  medical record;
- an accident's or an incident's report tells what happened (writers type 101 of 114 such
  reports `other`), whatever absence and injury words it holds, unless its title names the
  sick report too; the injury it records is still the injured person's health data.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item
from tests.policy.scanned import classified as _type

WHEN = datetime(2026, 5, 1, tzinfo=UTC)


def _scan(text: str, name: str) -> tuple[str, set[str], set[str]]:
    data = text.encode()
    item = SourceItem(path=f"/share/{name}", member=None, size=len(data), modified=WHEN)
    cfg = ScanConfig(key=b"test-key-not-secret", policy_path=None, limits=Limits(), now=WHEN)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return (result.file.doc_type, {f.entity for f in result.findings},
            {f.rule for f in result.findings if f.rule})


@pytest.mark.parametrize("text", [
    ("Van: p.kramer77@example.com\nAan: privacy@uitzendbureau.example\nOnderwerp: verzoek "
     "inzage\n\nGoedendag,\n\nIk heb tot 2024 via jullie in een koelhuis gewerkt. Graag wil ik "
     "weten welke gegevens jullie van mij hebben (artikel 15 AVG), vooral of mijn ziekmeldingen "
     "en het verzuimgesprek van 2023 nog bewaard worden.\n\nMet vriendelijke groet,\n"
     "Peter Kramer\n"),
    ("Dear privacy officer,\n\nThis is a data subject access request. Please tell me whether "
     "you still keep my sick leave records and the occupational health reports from 2022, "
     "and send me a copy.\n\nKind regards,\nAnna Kowalczyk\n"),
])
def test_a_request_about_sick_reports_is_no_medical_record(text: str) -> None:
    assert _type(text) != "medical", text


ACCIDENT = ("ONGEVALSRAPPORT (intern)          nr. OR-2026-114\n"
            "Locatie: inpakhal 3, Bakkerij Noord, Zwolle\nDatum/tijd: 03-03-2026, 10:15\n"
            "Betrokkene: Sem de Haan (uitzendkracht, persnr 50211)\n\n"
            "Wat gebeurde er: bij het wisselen van een mes aan de snijmachine sneed de medewerker "
            "zich in de linkerhand. EHBO ter plaatse, daarna naar de huisarts: drie hechtingen.\n"
            "Verzuim: medewerker is de rest van de dag ziek gemeld, morgen hersteld verwacht.\n"
            "Maatregel: snijbestendige handschoenen verplicht bij meswissel.\n")
INCIDENT_EN = ("INCIDENT REPORT - pallet truck\nSite: cross-dock Venlo, aisle 4\nDate: 12-02-2026\n"
               "Injured person: Tom Visser (temp worker)\n\nWhat happened: his foot was caught "
               "under a pallet truck. First aid on site, X-ray at the hospital: a fractured "
               "toe. Absent for two days, then back on adjusted work.\n"
               "Action: safety shoes checked at the gate.\n")


@pytest.mark.parametrize("text, name", [(ACCIDENT, "ongevalsrapport_or114.txt"),
                                        (INCIDENT_EN, "incident_report_venlo.txt")])
def test_an_accident_report_is_other_and_its_injury_still_health_data(
        text: str, name: str) -> None:
    doc_type, entities, _ = _scan(text, name)
    assert doc_type == "other"
    assert "SPECIAL_HEALTH" in entities


def test_an_accident_report_that_is_also_the_sick_report_stays_medical() -> None:
    text = ACCIDENT.replace("ONGEVALSRAPPORT (intern)", "Melding arbeidsongeval + verzuim")
    assert _type(text, "melding_ongeval_verzuim.txt") == "medical"
