"""Special categories: a text whose first line says it is a handout, a leaflet, a fact sheet
or training material for staff ("Factsheet burn-out voor leidinggevenden", "Training
handout - Ramadan at work", a compound's end too: "Scholingshandout") speaks of people in
general: the examples it quotes and the "she" it describes are no one's. The same sentences
in a note about one person stay that person's. Cases written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.found import special_in_file


@pytest.mark.parametrize(("text", "entity"), [
    (("Factsheet burn-out voor leidinggevenden\n\nSignalen: een medewerker zegt \"ik slaap "
     "slecht en ik heb een burn-out\". Bespreek dan samen wat er nodig is.\n"), "SPECIAL_HEALTH"),
    (("Training handout - Ramadan at work\n\nA colleague may fast during Ramadan. She is "
     "exempt in Islam when she is ill, and the choice stays hers.\n"), "SPECIAL_RELIGION"),
    (("Scholingshandout tillen en rugklachten\n\nZe vertelt: \"mijn hernia speelt weer op\". "
     "Verwijs dan naar de bedrijfsarts.\n"), "SPECIAL_HEALTH"),
    # (stop 76) a trainer's exercise for a group, its case invented
    (("Werkvorm: omgaan met geloof op de werkvloer (teamdag)\n\nCasus: een collega vertelt "
      "dat hij moslim is en op vrijdag wil bidden. Wat zeg je?\n"), "SPECIAL_RELIGION"),
    (("Worksheet - talking about sexual orientation at the desk\n\nCase: a client says he "
      "is gay and fled his country for it. How do you respond?\n"),
     "SPECIAL_SEXUAL_ORIENTATION"),
])
def test_a_handout_states_nothing_of_anyone(tmp_path: Path, text: str, entity: str) -> None:
    assert entity not in special_in_file(tmp_path, "doc.txt", text)


@pytest.mark.parametrize(("text", "entity"), [
    (("Gespreksverslag 3 maart\n\nWilma Harkema zegt: ik slaap slecht en ik heb een burn-out. "
     "Afspraak: zij belt zelf de bedrijfsarts.\n"), "SPECIAL_HEALTH"),
    (("Intake note, 4 March\n\nAmina Oukili told me she fasts during Ramadan as a "
     "practising Muslim and asks for an early shift.\n"), "SPECIAL_RELIGION"),
])
def test_the_same_words_about_one_person_stay(tmp_path: Path, text: str, entity: str) -> None:
    assert entity in special_in_file(tmp_path, "doc.txt", text)
