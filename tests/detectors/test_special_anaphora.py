"""A sentence that opens by pointing back at the one before ("Dit is diefstal.", "This is
fraud.") is about that sentence's person (issue #15, stop 75): in a letter to one person, the
reader. A general text's sentence before names no one, and neither does the term."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

CRIMINAL = "SPECIAL_CRIMINAL"


def _criminal(text: str, lang: str) -> bool:
    return CRIMINAL in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Beste Fenneke,\n\nVolgens de voorraadcontrole nam je twee flessen uit het "
            "magazijn mee. Dit is diefstal en wij nemen dit zeer serieus.\n\n"
            "Met vriendelijke groet,\nHR\n")),
    ("en", ("Dear Mr Hale,\n\nYou paid for your own car with the company fuel card on three "
            "days. This is fraud, and we have ended your placement.\n\nRegards,\nHR\n")),
])
def test_pointing_back_at_the_readers_act(lang: str, text: str) -> None:
    assert _criminal(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Toolbox magazijn\n\nEen medewerker neemt een fles mee naar huis zonder te betalen. "
            "Dit is diefstal, ook als het om kleine dingen gaat.\n")),
    ("nl", ("Beste Fenneke,\n\nEr verdwenen vorige week flessen uit het magazijn. Dit is diefstal "
            "en wij doen aangifte.\n\nMet vriendelijke groet,\nHR\n")),
])
def test_pointing_back_at_no_ones_act(lang: str, text: str) -> None:
    assert not _criminal(text, lang)
