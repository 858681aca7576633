"""A description of a job is about the post, not a person (doc_signals.toml genre_heads).

A job profile for an absence coordinator is full of absence words, one for a screening
officer of VOG words, one for a camera operator of camera words: each was typed as the
record its topic names. Synthetic texts, written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify


def _classify(text: str, name: str = "document.txt") -> str:
    item = SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 11, 30, tzinfo=UTC))
    return classify(item, [TextChunk(text, "body")])[0]


@pytest.mark.parametrize("text", [
    ("Functieomschrijving casemanager verzuim\n\nJe begeleidt zieke medewerkers van de eerste "
     "ziektedag tot herstel. Je voert verzuimgesprekken, stelt met de bedrijfsarts een plan van "
     "aanpak op en bewaakt de termijnen van de Wet verbetering poortwachter en de WIA."),
    ("Job description - Absence Coordinator (part-time)\n\nYou record sickness absence, keep "
     "in touch with employees who are off sick, arrange return-to-work meetings with the "
     "occupational physician and follow each absence until recovery."),
    ("Competentieprofiel re-integratiecoach\n\nBegeleidt werknemers die arbeidsongeschikt zijn "
     "naar werkhervatting in het tweede spoor. Werkt samen met de arbeidsdeskundige, het UWV "
     "en de bedrijfsarts. Kent de ziektewet en de loondoorbetaling bij ziekte."),
    ("Functiebeschrijving - medewerker screening en VOG\n\nVraagt de verklaring omtrent het "
     "gedrag aan via Justis, controleert het screeningsprofiel en de afgiftedatum en houdt "
     "het overzicht van ontvangen VOG's bij."),
    ("Role profile: CCTV operator, distribution centre\n\nWatches the camera feeds, exports "
     "footage on request of security, keeps the camera log and the recording schedule, "
     "and checks the NVR every shift."),
    ("Functieprofiel recruiter - cv-screening\n\nBeoordeelt binnenkomende cv's op werkervaring, "
     "opleiding en vaardigheden, voert intakegesprekken en stelt kandidaten voor aan "
     "opdrachtgevers."),
    ("Taakomschrijving verzuimadministrateur\n\nVerwerkt ziekmeldingen en hersteldmeldingen in "
     "het verzuimsysteem, meldt langdurig zieken bij het UWV en plant spreekuren bij de "
     "arbodienst."),
    ("Position description - Payroll officer\n\nPrepares the monthly payslips, checks gross "
     "pay, net pay and tax deducted, files the payroll tax return and answers questions "
     "about the payslip."),
])
def test_a_description_of_a_job_is_no_record_of_its_topic(text: str) -> None:
    assert _classify(text) == "other"


@pytest.mark.parametrize("text, doc_type", [
    # a CV's own profile section is no job profile; an absence record that names the job
    (("Curriculum vitae\n\nProfiel\nErvaren casemanager verzuim.\n\nWerkervaring\n"
     "2019 - heden casemanager verzuim, ArboPlus\n\nOpleiding\nhbo Personeel en Arbeid"), "cv"),
    (("Ziekmelding\n\nNaam medewerker: Jan Bos\nFunctie: casemanager\nEerste ziektedag: 3 maart\n"
     "Ziek gemeld door: zichzelf, griep; verwacht herstel binnen een week."), "medical"),
])
def test_the_job_of_a_person_leaves_the_document_its_type(text: str, doc_type: str) -> None:
    assert _classify(text) == doc_type


# (stop 75) a guide or a handout for staff tells how to treat anyone's case: the same genre
# by itself, whatever its topic's words
@pytest.mark.parametrize("text", [
    ("Guide for supervisors: when a temp reports sick\n\nAsk when they expect to be back and "
     "whether adjusted work is possible. Do not ask about the illness or the treatment and do "
     "not write down a diagnosis. Enter only the first day of absence in the absence system."),
    ("Leidraad verzuimgesprek voor leidinggevenden\n\nVraag naar de verwachte duur en de "
     "mogelijkheden voor aangepast werk. Vraag niet naar de ziekte, de behandeling of de "
     "medicatie; de bedrijfsarts beoordeelt de belastbaarheid."),
    ("Handout: terugkeer na langdurig verzuim\n\nBespreek het re-integratieplan, de opbouw van "
     "de uren en wat de bedrijfsarts adviseert. Leg geen medische gegevens vast."),
])
def test_a_guide_for_staff_is_no_record_of_its_topic(text: str) -> None:
    assert _classify(text) == "other"


def test_a_filled_in_sick_report_under_a_guide_word_later_stays_medical() -> None:
    text = ("Ziekmelding\n\nNaam medewerker: Jan Bolt\nEerste ziektedag: 3 maart\nZiek gemeld "
            "door: zichzelf, griep.\nVolgens de guide van het team gebeld op dag 2.")
    assert _classify(text) == "medical"
