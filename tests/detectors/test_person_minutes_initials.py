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


# Minutes that list those present by their letters and close on an action list after a
# label, its items of two words each ("Acties: KV offerte; ...").
LISTED = """Overleg redactie, 4 april
Aanwezig: KV, MJ, RdH (vz), Nadia
Notulist: MJ

1. RdH opent. KV meldt dat de folder af is.

Acties: KV offerte; Nadia roosters; MJ nieuwsbrief.
"""


def test_attendees_letters_in_an_action_list_after_a_label() -> None:
    hits = found(LISTED, "PERSON")
    assert hits.count("KV") == 3 and hits.count("MJ") == 3


def test_a_record_of_two_word_cells_stays_a_record() -> None:
    # a delimited export's row with no label before it: its letters are a code, not a person
    text = LISTED + "\nKV 12; MJ Leeuwarden; RdH 14\n"
    hits = found(text, "PERSON")
    assert hits.count("KV") == 3 and hits.count("MJ") == 3
