"""DATE_OF_BIRTH of an animal: a stable, a zoo or a shelter writes a horse's, a foal's or a
pet's birth date beside its name ("Merrie Tosca (geb. 23-05-2011)", "a filly (born 2
June 2026)"); the animal's noun in the clause before the date says it is no person's
(dates._an_animals, person_animals' nouns). A person's birth date beside an animal's word
elsewhere, or a surname that is an animal's noun, stays one. Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Dekplan 2027\nMerrie Tosca (geb. 23-05-2011) gaat in maart naar de hengst.", "nl"),
    ("Update: the mare's foal, a filly (born 2 June 2026), drinks well and is still unnamed.", "en"),
    ("The zebra stallion Kobus (born 14.08.2015) moves to the new paddock.", "en"),
    ("In het verblijf: de jonge olifant Saar, geboren 30-01-2025, drinkt nog bij haar moeder.", "nl"),
    ("Opvang: de kater Moos, geboren 17-10-2020, is gechipt en ingeënt.", "nl"),
])
def test_an_animals_birth_date_is_no_persons(text: str, lang: str) -> None:
    assert _dobs(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("Jan de Vries (geb. 12-04-1990) rijdt op de pony van zijn zus.", "nl", "12-04-1990"),
    ("Naam: Jan Paard, geboren 12-04-1990 te Ede", "nl", "12-04-1990"),
    ("Hondentrainer Anna Smit, geboren 12-04-1990, begint maandag.", "nl", "12-04-1990"),
    ("Groom: Tom Baker (born 3 May 1994) starts on Monday with the horses.", "en",
     "3 May 1994"),
    # a surname in capitals that is an animal's noun, and an animal's word in another field
    ("PERSNR  NAAM        GEBDATUM\n20511   HAAN, P.K.  19750921\n20512   BOK, A.     19720304",
     "nl", "19750921"),
    (("naam,certificaat,geboortedatum\n\"Osei, Kwame\",koeltechniek cat II,1988-07-15\n"
     "\"Bakker, Eva\",VCA-basis,1990-02-03"), "nl", "1988-07-15"),
])
def test_a_persons_birth_date_beside_animals_stays(text: str, lang: str, date: str) -> None:
    assert date in _dobs(text, lang)
