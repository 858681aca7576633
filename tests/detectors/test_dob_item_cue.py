"""Issue #18, the list item's cue of DATE_OF_BIRTH (dob_cues): a "Name, digit" line is
searched for dates only where a date may open right after its comma, the one place
dob_lists reads an item's date. Kind: a list or roster whose items end in a count, an age,
hours, a rank or a score ("Team Noord, 14", "Jansen, 3 dagen") holds no item date, so its
lines are no cue lines; a list whose items give a date after the comma, in any written form,
keeps every line (and dob_lists its birth dates). Names and numbers are our own."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.dates import DateOfBirthRecognizer
from detectors.dob_cues import cue_lines

_ANCHOR = DateOfBirthRecognizer()._anchor  # the recognizer's own "a date may start here"


def _date_at(text: str, at: int) -> bool:
    return _ANCHOR.match(text, at) is not None


# (kind: "Name, number" rows whose number opens no date: a count, an age, hours, a rank)
@pytest.mark.parametrize("text", [
    "Naam, 12\nNaam, 7\nNaam, 30\n",
    "Ploeg Noord, 14\nPloeg Zuid, 9\nPloeg West, 21",
    "Ilse Brouwer, 3 dagen\nKoen Dijkstra, 11 dagen\n",
    "Ranking:\nMila Verhoef, 1\nStijn Hermans, 2\nNoor Kuipers, 3\n",
    "Hours this week\nOlga Petrenko, 38 hours\nTiago Ramos, 24 hours\n",
    "| Wouter Smeets, 5 | ok |\n| Lisa Maas, 16 | ok |\n",
    "Aanwezig: Gijs Verwey, 2 kinderen; Roos Lammers, 4 kinderen\n",
    "Puntentelling quiz, ronde 3,\nSem Wolters, 17 punten\nFenna Blom, 15 punten\n",
])
def test_an_items_number_that_opens_no_date_cues_no_line(text: str) -> None:
    assert cue_lines(text, _date_at) == []
    assert cue_lines(text) != []  # (the item cue alone, without the anchor, takes each line)


# (kind: "Name, date" rows, the date in any form right after the comma, however spaced)
@pytest.mark.parametrize("text", [
    "- Anouk de Wit, 3 maart 1990\n- Bram Peeters, 17 januari 1986\n",
    "Bram Peeters,1990-03-12\nJoris Aalbers,1979-11-30\n",
    "Fleur Jansen, 12.03.1990\nThijs Bos, 01.07.1984\n",
    "1. Daan Smit, 12/3/1990\n2. Evi Hoekstra, 4/11/1988\n",
    "* Julia Bakker, 3rd of March 1990\n* Omar Haddad, 21st of May 1992\n",
    "Lars Mulder, 19900312\nRuben Kok, 19851104\n",
    "Jonas Vermeer, 5 mei '89\nAnna Huisman, 28 okt. 1991\n",
    "Katarzyna Lewandowska, 1.IX.1987\nMarek Nowak, 12-06-1983\n",
])
def test_an_items_date_right_after_its_comma_keeps_its_line(text: str) -> None:
    assert sorted(cue_lines(text, _date_at)) == sorted(cue_lines(text))


# dob_lists still reads such a list under a birth-date lead-in (a guard: the lines it reads
# are the ones kept above)
@pytest.mark.parametrize(("text", "lang", "want"), [
    (("Voor de toegangspassen: naam en geboortedatum van de ploeg.\n- Anouk de Wit, "
     "3 maart 1990\n- Bram Peeters, 17 januari 1986\n"), "nl", "17 januari 1986"),
    (("Birth dates for the insurer, one a line:\nJoris Aalbers, 1979-11-30\n"
     "Fleur Jansen, 1990-03-12\n"), "en", "1990-03-12"),
    (("Geboortedata nieuwe uitzendkrachten:\n1. Thijs Bos, 01.07.1984\n"
     "2. Evi Hoekstra, 04.11.1988\n"), "nl", "04.11.1988"),
    (("Dates of birth (for the coach tickets):\n* Omar Haddad, 21/05/1992\n"
     "* Julia Bakker, 03/03/1990\n"), "en", "03/03/1990"),
])
def test_a_list_under_a_birth_lead_in_keeps_its_dates(text: str, lang: str, want: str) -> None:
    found = [text[d.start:d.end] for d in detect(text, lang, document=True)
             if d.entity == "DATE_OF_BIRTH"]
    assert want in found
