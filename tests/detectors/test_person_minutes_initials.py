"""PERSON: initials in a meeting's attendance list with a long role and employer in
brackets ("W.K. (projectleider Aannemersbedrijf Oostendorp)") and initials whose particles
keep no stops of their own ("B.vW.", "J.tH."), found there and where they come back in the
minutes (detectors/person_initials.py). Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect

MINUTES = (
    "Notulen bouwoverleg blok D, 3 maart\n"
    "Aanwezig: W.K. (projectleider Aannemersbedrijf Oostendorp), B.vW. (werkvoorbereiding), "
    "J.tH. (uitvoerder Schildersbedrijf Kwakernaak), E.P. (bewonerscommissie)\n\n"
    "1. Planning\nB.vW. meldt dat de steigers vrijdag komen. Actie J.tH.\n"
)


def test_attendance_initials_with_long_roles_and_glued_particles() -> None:
    found = {MINUTES[d.start:d.end] for d in detect(MINUTES, "nl") if d.entity == "PERSON"}
    assert {"W.K.", "B.vW.", "J.tH.", "E.P."} <= found, found


def test_a_body_among_others_stays_no_person() -> None:
    text = "Aanwezig: HR, OR (voorzitter), MT\n"
    assert [d for d in detect(text, "nl") if d.entity == "PERSON"] == []


@pytest.mark.parametrize(("text", "letters"), [
    (("Verslag OR\nAanwezig: G. Posthumus (vz), A. Brinkhuis, E. Smid\n\n2. Reiskosten\n"
      "AB meldt dat de bus te laat is. ES steunt dit."), "AB"),
    (("Notulen teamoverleg\nAanwezig: N. Breukink, D. Verhoeks\n\n3. Klacht school\n"
      "NB licht toe wat er misging."), "NB"),
])
def test_initials_that_spell_an_acronym_speak_in_minutes(text: str, letters: str) -> None:
    # (stop 76) an attendee's initials opening a sentence with a verb after them, though
    # they spell an acronym too ("AB" algemeen bestuur, "NB" nota bene)
    assert letters in [text[d.start:d.end] for d in detect(text, "nl", document=True)
                       if d.entity == "PERSON"]


def test_an_acronym_after_an_article_stays_a_body() -> None:
    text = ("Verslag OR\nAanwezig: G. Posthumus (vz), A. Brinkhuis\n\n2. Begroting\n"
            "Het AB besluit de begroting goed te keuren.")
    assert "AB" not in [text[d.start:d.end] for d in detect(text, "nl", document=True)
                        if d.entity == "PERSON"]
