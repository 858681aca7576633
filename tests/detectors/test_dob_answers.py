"""Issue #14, DATE_OF_BIRTH in dialogue: a date given in answer to a birth question in the
turn before (a transcript, a chat, interview notes), however many words the answer says
first; not a date answering another question, nor one the asker gives itself."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


# (kind: the question in one turn, the date opening the digits of the next speaker's turn)
@pytest.mark.parametrize(("text", "lang", "want"), [
    (("Q: And when were you born, for the file?\nA: Oh, that would be the spring of "
     "eighty-eight, April. 14/04/1988 to be exact.\nQ: Thanks."), "en", "14/04/1988"),
    (("Intercedent: Wat is je geboortedatum nog even?\nSanne de Wit: Even denken hoor, mijn "
     "moeder zegt altijd de tweede. 2 juli 1993.\n"), "nl", "2 juli 1993"),
    (("[10:02:11] Recruiter: Datum van geboorte, graag.\n[10:02:15] Kemal Aydın: Tja, "
     "vijftien augustus negentien negentig, dus 1990-08-15.\n"), "nl", "1990-08-15"),
    (("09:14 - Fleur: en je geb. datum?\n09:15 - Piotr Nowak: hmm wait, I check my "
     "passport... 03.11.1986\n"), "nl", "03.11.1986"),
    (("Interviewer (I): Date of birth?\nKandidaat (K): Twenty-first of March in the year "
     "two thousand, so 21-03-2000.\n"), "en", "21-03-2000"),
    (("M: Wanneer ben jij jarig en in welk jaar ben je geboren?\n\nJ: De zeventiende, "
     "december dus, en dan 1979. Voluit 17 december 1979.\n"), "nl", "17 december 1979"),
    (("Dhr. Visser: Uw geboortedatum alstublieft.\nMw. El Idrissi: Die heb ik hier, het "
     "staat op mijn pas: 30/06/1968.\n"), "nl", "30/06/1968"),
    (("Agent: and the date of birth of the candidate?\nLisa: let me look it up in the "
     "system real quick, ok there it is 1995/01/09\n"), "en", "1995/01/09"),
    ("Anna: Data urodzenia?\nTomasz: Dwunasty maja, osiemdziesiąty siódmy. 12.05.1987\n",
     "nl", "12.05.1987"),
])
def test_the_answer_to_a_birth_question(text: str, lang: str, want: str) -> None:
    assert want in _dobs(text, lang)


# (no birth question before, the asker's own date, a date after another number, a year no
# worker is born in)
@pytest.mark.parametrize(("text", "lang"), [
    (("Q: And when can you start, for the file?\nA: Well, after my notice period, so "
     "around the first of March. 01/03/2025.\n"), "en"),
    (("Intercedent: Wanneer ben je beschikbaar?\nSanne de Wit: Even denken hoor, in "
     "principe vanaf 2 juli 2024.\n"), "nl"),
    (("Recruiter: Wat is je geboortedatum?\nRecruiter: En wanneer kun je beginnen? Ik "
     "noteer alvast als startdatum de 12-03-1990 hier.\n"), "nl"),
    (("Fleur: wanneer ben je geboren?\nPiotr: wacht, eerst mijn nummer 0612345678, "
     "en het contract loopt tot en met 03.11.1986\n"), "nl"),
    (("Agent: date of birth of your child, if you have one?\nLisa: yes, she arrived just "
     "after new year, so that is 2024/01/09\n"), "en"),
    (("Fleur: wanneer is de geboorte van de kleine gepland?\nPiotr: volgens de "
     "verloskundige rond 3 november 2026\n"), "nl"),
])
def test_no_answer_to_a_birth_question(text: str, lang: str) -> None:
    assert _dobs(text, lang) == []
