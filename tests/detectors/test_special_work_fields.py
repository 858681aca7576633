"""A care field as work, not as care received (issue #15, stop 75): a temp's placement, the
job wished for in an export's column, a field moved into or studied, a post applied for are
no one's health; a bullet of notes about one person with its subject left out is that
person's statement. Each kind has a twin that must still fire."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

HEALTH = "SPECIAL_HEALTH"
RELIGION = "SPECIAL_RELIGION"
NL_SIGN = "\n\nMet vriendelijke groet,\nSanne Bos\n"
EN_SIGN = "\n\nKind regards,\nTom Hale\n"


def _found(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "text"), [
    # a placement's field names the client, not a condition
    ("nl", "Naam: Kees Vonk\nHuidige plaatsing: Fysiotherapie Oost, Zwolle\nUren: 24\n"),
    ("nl", ("Verlofaanvraag\n\nNaam: Kees Vonk\nPersoneelsnr: 10293\n"
            "Plaatsing: Revalidatiecentrum De Brink, Arnhem\nSoort verlof: vakantie\n")),
    ("en", "Name: Tom Hale\nPlacement: Physiotherapy practice Noordwijk\nHours: 32\n"),
    # an export's column of the work wished for, its name written with an underscore
    ("nl", ("kandidaatnr,voornaam,achternaam,functie_wens,status\n"
            "K-1,Els,Bos,assistent fysiotherapie,nieuw\n"
            "K-2,Joris,Lam,receptie revalidatie,intake\n")),
    # a field moved into, studied or applied for
    ("nl", "Na acht jaar kraamzorg wil ik nu overstappen naar de revalidatie." + NL_SIGN),
    ("en", "I graduated in Physiotherapy from Fontys in 2024 and now look for my first job."
           + EN_SIGN),
    ("en", "Would the physiotherapy assistant position in Leiden still be open?" + EN_SIGN),
    # an organisation that runs a workplace is no one's faith
    ("en", "My last job was at a hostel for homeless men run by a congregation of brothers in "
           "Breda." + EN_SIGN),
])
def test_work_field_is_no_special_data(lang: str, text: str) -> None:
    assert _found(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "entity"), [
    ("nl", "Na mijn knieoperatie moest ik maanden naar de fysiotherapie." + NL_SIGN, HEALTH),
    ("en", "I had physiotherapy for my back after the accident." + EN_SIGN, HEALTH),
    ("en", "After my stroke I spent three months in rehabilitation." + EN_SIGN, HEALTH),
    ("nl", "Naam: Kees Vonk\nReden afwezigheid: revalidatie na knieoperatie\n", HEALTH),
])
def test_care_received_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in _found(text, lang)


def test_bullet_with_subject_left_out_is_the_notes_person() -> None:
    notes = ("Gespreksnotitie intake - Ruben Mulder (K-20211)\n\n- wil in de horeca werken\n"
             "- draagt een keppel, vraagt of dat mag bij de klant\n- heeft een auto\n")
    assert RELIGION in _found(notes, "nl")


def test_bullet_under_a_general_heading_stays_unlinked() -> None:
    handout = ("Kledingvoorschriften bij de klant\n\n- een keppel of hoofddoek is toegestaan\n"
               "- sieraden zo min mogelijk\n")
    assert RELIGION not in _found(handout, "nl")
