"""Minutes that list who was there by initial and surname ("Aanwezig: H. Dekker, ...") then
write them by their letters: opening a sentence with a verb ("HD meldt ...") or as a speaker
after an agenda item ("Rondvraag. PB: ..."). Capitals that are no attendee's are no one."""

from __future__ import annotations

from tests.detectors.found import found

MINUTES = """Notulen werkgroep planning, 3 maart
Aanwezig: B. Kramer (voorzitter), H. Dekker, L. Smit, T. Yilmaz, P. de Boer (secretaris)
Namens directie: R. Visser

1. Opening.

2. Roosters. HD meldt dat de roosters te laat komen. LS stelt voor om eerder te plannen.

3. Budget. RV geeft een toelichting op de cijfers. TY wil weten of er ruimte is.

4. Rondvraag. PB: graag de notulen eerder. IT meldt dat de update volgt.
"""


def test_attendees_by_their_letters() -> None:
    hits = found(MINUTES, "PERSON")
    for letters in ("HD", "LS", "RV", "TY", "PB"):
        assert letters in hits


def test_capitals_of_no_attendee() -> None:
    assert "IT" not in found(MINUTES, "PERSON")


def test_no_attendance_no_bare_letters() -> None:
    text = ("Verslag planning\nH. Dekker en L. Smit waren er ook.\n\n"
            "Punt 2. HD meldt dat het rooster klaar is.")
    # no list of who was there, no cue: two bare capitals stay an acronym's
    assert "HD" not in found(text, "PERSON")
