"""A health declaration or a fitness statement about one person (a CBR driver's declaration,
a food handler's, an offshore or pre-placement check, a drug and alcohol check's result) is a
`medical` document, and like any fitness examination it records what was declared or found,
not why a worker is off sick: no sickness-diagnosis unless under a cause label. A leaflet
that explains the declaration to every driver is about no one. Cases written here (synthetic
names, stop 59)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

DECLARATIONS = {
    "gezondheidsverklaring-chauffeur.txt": (
        "Gezondheidsverklaring rijbewijs C/CE (ingevulde versie)\n\n"
        "Achternaam: Verbeek\nVoornamen: Joris Adriaan\nGeboortedatum: 04-03-1969\n\n"
        "1. Heeft u een ziekte of aandoening van het hart of de bloedvaten?   nee\n"
        "2. Gebruikt u medicijnen die het rijden beïnvloeden?                  nee\n"
        "3. Heeft u last van slaapapneu?                                         ja\n"
        "   Nadere uitleg: slaapapneu sinds 2022, CPAP-apparaat 's nachts\n\n"
        "Handtekening: J.A. Verbeek, 02-11-2026\n"),
    "food-handler-declaration.txt": (
        "Kitchen health declaration (food safety)\nName: Marloes Kuipers\n"
        "Location: canteen, Veghel   Date: 14-10-2026\n\n"
        "In the past week, have you had diarrhoea or vomiting?      yes\n"
        "Do you have an infected wound on your hands or arms?        no\n"
        "Remarks: gastroenteritis last weekend, symptom-free since Monday.\n"
        "Signed: M. Kuipers\n"),
    "offshore-medical.txt": (
        "OFFSHORE MEDICAL - CERTIFICATE OF FITNESS\nName: Henrik Dahlberg   "
        "Date of birth: 12-09-1982\nExamining doctor: offshore medical centre Den Helder\n\n"
        "Findings: mild hypertension, treated with amlodipine.\n"
        "Outcome: fit for offshore work, review in 12 months.\n"),
    "fit-for-work.txt": (
        "FIT-FOR-WORK STATEMENT\nEmployee: Sanne Hoogland\nPlacement: distribution centre "
        "Tiel\n\nThe occupational physician saw the employee on 03-11-2026 and considers her "
        "fit to resume her full duties as of 05-11-2026, including night shifts.\n"
        "No restrictions.\n"),
    "drugscontrole.txt": (
        "Alcohol- en drugscontrole - uitslag\nDatum: 12-10-2026, bouwplaats Zuidas\n"
        "Medewerker: Dennis Groeneveld, kraanmachinist\nTest: ademtest en speekseltest\n\n"
        "Uitslag: negatief, mag aan het werk.\n"),
}
LEAFLET = (
    "Uitleg: zo werkt de Gezondheidsverklaring\n\n"
    "Rijd je met een groot rijbewijs? Bij elke verlenging vul je bij het CBR een "
    "Gezondheidsverklaring in. Wij helpen je daarbij. Vul de vragen eerlijk in; bij twijfel "
    "kun je met je huisarts overleggen. De kosten vergoeden wij als je via ons werkt. Vraag je "
    "planner of je consulent als je vragen hebt.\n")
LABELLED = (
    "Gezondheidsverklaring (aanvulling bij verzuimdossier)\nMedewerker: Kees Dijkman\n"
    "Ziek gemeld: 10-11-2026\n\nOorzaak uitval: hernia, operatie gepland.\n")


@pytest.mark.parametrize("name", sorted(DECLARATIONS))
def test_a_declaration_about_one_person_is_medical(tmp_path: Path, name: str) -> None:
    doc_type, _, _ = scan_text(tmp_path / name, DECLARATIONS[name])
    assert doc_type == "medical"


@pytest.mark.parametrize("name", sorted(DECLARATIONS))
def test_what_a_declaration_states_is_no_sickness_cause(tmp_path: Path, name: str) -> None:
    _, _, rules = scan_text(tmp_path / name, DECLARATIONS[name])
    assert "sickness-diagnosis" not in rules


def test_an_illness_asked_about_is_no_absence(tmp_path: Path) -> None:
    """"Heeft u een ziekte ...?" names an illness, it reports no one absent: the declaration
    stays an examination, its sleep apnoea is health data, not a sickness's cause."""
    _, entities, rules = scan_text(tmp_path / "gv.txt",
                                   DECLARATIONS["gezondheidsverklaring-chauffeur.txt"])
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules


def test_a_leaflet_about_the_declaration_is_about_no_one(tmp_path: Path) -> None:
    doc_type, _, _ = scan_text(tmp_path / "infoblad.txt", LEAFLET)
    assert doc_type == "other"


def test_a_declaration_in_an_absence_file_with_a_cause_is_a_diagnosis(tmp_path: Path) -> None:
    _, _, rules = scan_text(tmp_path / "gv-verzuim.txt", LABELLED)
    assert "sickness-diagnosis" in rules
