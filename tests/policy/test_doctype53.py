"""Classification kinds read at stop 53 (special-doctype-rules-49), tested with texts of our
own: "hij of zij", "he or she", "his or her" mean anyone (a guide's, a workshop's or a
policy's reader), not the one person a record is about; a singular "hij" still is. An
intake form or report about a participant lists work and languages as a CV does: it is the
adviser's record, no CV.
"""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("text", [
    ("Training: omgaan met verzuim en ziekte\n\nVoor: alle consulenten en planners\n"
     "Wanneer: dinsdag 9 maart, 09.30 uur\n\nIn deze training leer je hoe je met een "
     "uitzendkracht bespreekt wat hij of zij nodig heeft na een ziekmelding, zonder naar de "
     "diagnose te vragen. Je leert wat je wel en niet vastlegt: de werkgever registreert dat "
     "iemand ziek is. We bespreken ook de rol van de bedrijfsarts en het UWV.\n"),
    ("Webinar: returning to work after an illness\n\nFor: all recruiters and planners\n\n"
     "You will learn how to talk with a worker about what he or she needs after sick leave, "
     "without asking for a diagnosis. We discuss what you may record about his or her "
     "absence, the role of the company doctor and what our clients expect of you.\n"),
])
def test_anyone_as_he_or_she_is_no_record(text: str) -> None:
    assert _type(text) != "medical", text


def test_one_person_as_he_is_still_a_record() -> None:
    text = ("Verzuimnotitie\n\nHij meldt zich vandaag ziek en verwacht twee weken uit te "
            "vallen. De bedrijfsarts ziet hem op 12 maart op het spreekuur. Wij houden "
            "wekelijks contact over zijn herstel en de re-integratie.\n")
    assert _type(text) == "medical"


@pytest.mark.parametrize("text", [
    ("OUTPLACEMENT INTAKE FORM\n\nParticipant:      Ruud Kramer\nDate of birth:    03-02-1975\n"
     "Career advisor:   Sanne Verbeek\n\nWork history:     warehouse lead 2001-2026\n"
     "Skills:           forklift, planning, Excel\nLanguages:        Dutch, English, German\n"
     "Advisor notes:    motivated, start with a CV and a LinkedIn profile.\n"),
    ("Intakeformulier loopbaantraject\n\nDeelnemer: Fenna Smit\nWerkervaring: kassa, "
     "magazijn 2015-2025\nVaardigheden: klantcontact, Excel\nTalen: Nederlands, Engels\n"
     "Afspraken: cv bijwerken, vacatures zoeken in de regio Zwolle.\n"),
])
def test_an_intake_form_is_no_cv(text: str) -> None:
    assert _type(text) != "cv", text


def test_a_cv_that_names_intake_work_stays_a_cv() -> None:
    text = ("Curriculum vitae\n\nFenna Smit\n\nWerkervaring\n2019 - heden  Recruiter, "
            "Uitzendbureau Noord: intakegesprekken, matching, plaatsing\n\nOpleiding\n"
            "2015 - 2019  HBO Personeel en Arbeid\n\nVaardigheden\nExcel, klantcontact\n"
            "\nTalen\nNederlands, Engels\n")
    assert _type(text) == "cv"


@pytest.mark.parametrize("text", [
    ("Absence record\n\nCalled in sick at 07:00; she and her daughter have the flu. Expected "
     "back on Monday; the company doctor has been informed. You must report absences before "
     "07:00, our employees know this.\n"),
    ("Verzuimnotitie\n\nZiek gemeld om 07.00 uur: hij en haar zoon hebben griep. Verwacht "
     "terug maandag, de bedrijfsarts is ingelicht. Medewerkers moeten zich voor 07.00 uur "
     "melden, wij bellen u terug.\n"),
])
def test_he_and_another_is_still_one_person(text: str) -> None:
    assert _type(text) == "medical", text


def test_she_or_he_is_anyone_too() -> None:
    text = ("Absence guide\n\nWhen she or he calls in sick, you must record the date. Our "
            "employees report before 07:00; we inform the company doctor.\n")
    assert _type(text) != "medical"
