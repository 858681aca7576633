"""Special categories: a "hij"/"he" whose sentence opens with everyone ("iedereen mag zijn
pauze verschuiven als hij naar het gebed gaat") is anyone, no one person (special_rules.
_generic_antecedent). A time ("elke vrijdag gaat hij ...") or an object ("in front of
everyone he said ...") names no such antecedent: the person stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _categories(text: str, lang: str) -> set[str]:
    return {d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("text", "lang"), [
    (("Werkoverleg chauffeurs, 3 maart\nAanwezig: 9 chauffeurs, Karim (teamleider)\n\n"
      "1. Nieuwe jassen komen in april.\n2. Vrijdag: iedereen mag zelf weten of hij de "
      "middagpauze voor het gebed gebruikt.\n"), "nl"),
    (("Werkoverleg chauffeurs, 3 maart\nAanwezig: 9 chauffeurs, Karim (teamleider)\n\n"
      "1. Nieuwe jassen komen in april.\n2. Iedereen die wil, mag zijn pauze verschuiven als "
      "hij naar het gebed gaat.\n"), "nl"),
    (("Team meeting, laundry night shift\n\n"
      "Breaks: everyone can take his break when he likes, also for prayer, if the line "
      "keeps running.\nNext meeting in two weeks.\n"), "en"),
])
def test_a_rule_for_everyone_states_nothing(text: str, lang: str) -> None:
    assert "SPECIAL_RELIGION" not in _categories(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a time before the pronoun: one man's habit
    (("Gespreksnotitie Karim Ouali, chauffeur\n\nElke vrijdag gaat hij tussen de middag naar "
      "de moskee voor het gebed; graag daar rekening mee houden in het rooster.\n"), "nl"),
])
def test_one_persons_habit_stays(text: str, lang: str) -> None:
    assert "SPECIAL_RELIGION" in _categories(text, lang)
