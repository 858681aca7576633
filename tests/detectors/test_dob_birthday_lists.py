"""A birthday list under its heading, and an age turned on a day (issue #14, stop 74).

A staff newsletter writes its birthdays as a list under a heading line ("Jarig deze maand",
"Birthdays in May") with each day in brackets after a name; a farewell or an anniversary
note writes "hij wordt 60 op 2 maart" / "turns 40 on 3 May", where the age gives the year.
The same day in brackets outside such a list is a meeting's or a leave's. All names are
made up.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, language: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, language, dates", [
    (("Personeelsblad maart\n\nJarig deze maand\nJoop Brouwer (4 maart), Fenna, onze "
      "planner, (19 maart) en Okan Sezer (30 maart). Gebak bij de koffie!\n\nVerder\n"
      "Op 12 maart (dinsdag) is de tent dicht."), "nl", ["4 maart", "19 maart", "30 maart"]),
    (("Site news\n\nBirthdays in May:\nJoanna Lis (3 May), Pedro (17 May)\n\nSafety\n"
      "Toolbox talk moved (9 May)."), "en", ["3 May", "17 May"]),
])
def test_a_birthday_list_under_its_heading(text: str, language: str, dates: list[str]) -> None:
    assert sorted(_dobs(text, language)) == sorted(dates)


@pytest.mark.parametrize("text, language, date", [
    ("Na 41 jaar stopt Gerrit ermee. Hij wordt 67 op 2 maart en gaat dan vissen.", "nl",
     "2 maart"),
    ("Good news for the night crew: Aylin turns 40 on 3 May, cake in the canteen.", "en",
     "3 May"),
])
def test_an_age_turned_on_a_day(text: str, language: str, date: str) -> None:
    assert date in _dobs(text, language)


@pytest.mark.parametrize("text, language", [
    ("Overleg rooster\nPiet (17 mei) en Sanne (24 mei) zijn vrij, zet dat in de planning.",
     "nl"),
    ("Het wordt 25 jaar op 1 juni dat de vestiging opende, dat vieren we.", "nl"),
    ("The site turns 10 on 1 June; the crew gets a lunch.", "en"),
])
def test_a_day_in_brackets_or_an_anniversary_is_no_birthday(text: str, language: str) -> None:
    assert _dobs(text, language) == []


# (stop 76) the same said the other way round: the day first, then the age turned, an age
# reached on the day, or the day before "jarig"
@pytest.mark.parametrize("text, language, date", [
    ("Nieuws\nOp 9 oktober wordt onze langst werkende sluiswachter, Ids Hoekman, 64. Taart!",
     "nl", "9 oktober"),
    ("Onze jongste deelnemer is pas 11 geworden op 6 augustus, dus feest.", "nl", "6 augustus"),
    ("Gerda is 23 april jarig en trakteert dan.", "nl", "23 april"),
    ("Team news: on 14 June she turns 50, so cake on Friday.", "en", "14 June"),
    ("Pieter turned 45 on 2 March and nobody knew.", "en", "2 March"),
])
def test_a_birthday_said_day_first(text: str, language: str, date: str) -> None:
    assert _dobs(text, language) == [date]


@pytest.mark.parametrize("text", [
    "Op 9 oktober wordt versie 3 van het rooster uitgerold.",
    "Op 9 oktober wordt het contract verlengd met 6 maanden.",
    "Hij is ziek geworden op 6 augustus en nog niet terug.",
])
def test_a_day_with_a_number_that_is_no_age_is_no_birthday(text: str) -> None:
    assert _dobs(text) == []
