"""Who a letter's or a note's sentence is about (issue #15, stop 75).

- A sentence that opens by pointing back at the one before ("Dit is diefstal.", "This is
  fraud.") is about that sentence's person: in a letter to one person, the reader. A general
  text's sentence before names no one, and neither does the term.
- A letter whose greeting names one person speaks to that person with "je", "u", "you":
  those words are its reader, not a protocol's anyone, so the letter is about someone. A
  protocol's "je" stays anyone's, and a hedge after a term ("a record, if any") states
  nothing."""

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


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Betreft: schriftelijke waarschuwing\n\nBeste Tinus,\n\nOp 3 maart ben je in de "
            "bestelbus van de klant staande gehouden en opgepakt vanwege rijden onder invloed; "
            "je had ons dat direct moeten melden, en je hebt dat pas na twee weken gedaan. Wij "
            "geven je daarom een schriftelijke waarschuwing. Gebeurt het nog eens, dan kan je "
            "plaatsing eindigen volgens de gedragscode. Je kunt ons bellen als je vragen hebt "
            "over deze brief.\n\nMet vriendelijke groet,\nHR\n")),
    ("en", ("Subject: written warning\n\nDear Tinus,\n\nOn 3 March you were stopped by the "
            "police in the client's van and charged with drink driving. You should have told "
            "us that day, and you told us two weeks later. We therefore give you a written "
            "warning under the code of conduct; if it happens again your placement may end. "
            "Call us with any question on this letter.\n\nRegards,\nHR\n")),
])
def test_letter_to_one_reader_is_about_them(lang: str, text: str) -> None:
    assert _criminal(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Protocol alcohol en drugs\n\nKrijg je een boete voor rijden onder invloed met "
            "een auto van de zaak, dan meld je dit nog diezelfde dag aan je teamleider. Je leest "
            "dit protocol bij je start.\n")),
    ("en", ("Hi Tinus,\n\nThe certificate tells the client whether a criminal record, if "
            "there is one, stands in the way of this job. You apply online and we pay the fee."
            "\n\nBest,\nHR\n")),
])
def test_anyone_or_a_hedge_states_nothing(lang: str, text: str) -> None:
    assert not _criminal(text, lang)
