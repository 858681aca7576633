"""Kinds of hard negatives (a special-category word that states nothing about a person) seen
on the DEV blind sets, each with its positive twin (detectors/special_rules.py)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

NOTHING = [
    # a field that says a feature is switched off is a setting, no one's data
    ("nl", "Camera 3 ingang\nGezichtsherkenning: functie staat UIT (conform privacyverklaring)\n"),
    ("en", "Camera 2 lobby\nFace recognition: disabled (per privacy notice)\n"),
    # biometric know-how in a CV's skills or work section is work, not anyone's data
    ("nl", ("Vaardigheden\n- Installatie van toegangscontrole en biometrie (vingerafdruk, "
           "gezichtsherkenning)\n")),
    ("en", ("Experience\nLab technician, Genome Center\n- Genetic testing of samples, DNA "
           "profile analysis\n")),
    # a product line of a quote: a quantity before the device
    ("nl", ("Offerte\nArtikelen: 2x ProFace-X (gezichts- en vingerafdrukherkenning), 4x "
           "toegangspas.\n")),
    ("en", "Quote\nItems: 3 pcs FaceStation (face recognition, fingerprint), 10 cards.\n"),
    # "aangehouden" as a decision: postponed, no arrest
    ("nl", "Besluitenlijst\nInstemmingsaanvraag roosters: aangehouden\n"),
    # a long sentence under a label that is no field about someone, in no form
    ("nl", "Agenda\nAanvraag nieuwe werktijden: aangehouden tot de volgende vergadering.\n"),
    # the term as a modifier of a job title
    ("nl", "Profiel: Kerkelijk werker / jongerenwerker\n"),
    ("en", "I have worked 3 years in elderly care on dementia wards and loved it."),
]

FOUND = [
    ("nl", "Medewerker: S. de Vries\nGezichtsherkenning: template opgeslagen 12-03\n",
     "SPECIAL_BIOMETRIC"),
    # a log line opening with a full date is no CV timeline
    ("en", ("Access log\n2024-03-05 14:22:10  face match  subject_id=10234 name=Jansen P.  "
           "confidence=0.987\n"), "SPECIAL_BIOMETRIC"),
    # a field about the form's person still states it
    ("nl", "Medewerker: Sanne de Vries\nOpmerking: aangehouden door de politie op 3 maart\n",
     "SPECIAL_CRIMINAL"),
    ("nl", "Notities recruiter: Surinaams-Javaans, wil geen varkensvlees in de kantine\n",
     "SPECIAL_ETHNICITY"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}
