"""PERSON: a hall, a chapel or a collection named after someone is no person (issue #14,
stop 77): a name glued to "-zaal" or "-kapel" (person.toml org_suffixes), a name after
"Collectie" or "collection" (org_before). A surname on "-zaal" under a person's field stays
a person (surname_suffixes). Synthetic names."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ("De rondleiding begint om tien uur in de Tooropzaal op de eerste verdieping.", "nl"),
    ("Overleg flexpool, 3 maart, Hendrik Bergerzaal, kantoor Zwolle.", "nl"),
    ("Rondvraag: de Julianazaal is donderdag dubbel geboekt.", "nl"),
    ("De uitvaart is in de Sint-Servaaskapel aan de markt.", "nl"),
    ("Drie dozen uit de Collectie Lidewij Brouwer zijn verplaatst naar depot C.", "nl"),
    ("The boxes of the Collection Pieter Kloosterman are back in the reading room.", "en"),
])
def test_a_hall_or_collection_named_after_someone_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Naam: Gerrit Verzaal\nAfdeling: depot", "Gerrit Verzaal"),
    ("Medewerker: Gerrit Verzaal, suppoost", "Gerrit Verzaal"),
    ("Vanmorgen sprak ik Lidewij Brouwer over haar rooster.", "Lidewij Brouwer"),
])
def test_the_person_stays(text: str, name: str) -> None:
    assert name in _names(text)


# (stop 77) a work's or an event's title in quotes after its noun: a name among its words is
# the title's (person.toml quoted_thing_nouns, person_things.in_quoted_thing)
@pytest.mark.parametrize(("text", "lang", "title_name"), [
    ('De verkoop van catalogus "Frans Hals in Haarlem" loopt goed, meldt Petra de Boer.',
     "nl", "Frans Hals"),
    ('Het educatieproject "Kijken als Rembrandt" is genomineerd, zegt Petra de Boer.', "nl",
     "Rembrandt"),
    ('Log of the evening event "Supper with Rembrandt", by Petra de Boer', "en", "Rembrandt"),
])
def test_a_name_in_a_quoted_title_is_no_person(text: str, lang: str, title_name: str) -> None:
    names = _names(text, lang)
    assert "Petra de Boer" in names
    assert not any(title_name in n or n in title_name for n in names if n != "Petra de Boer")


@pytest.mark.parametrize(("text", "name"), [
    ('Kandidaat "Jan Jansen" belde terug over het project.', "Jan Jansen"),
    # an elision's apostrophe opens no quotes; quotes closed before the name
    ("Hij werkte vaak 's nachts. Volgens haar is Lieke Verbeek \"altijd op tijd\".",
     "Lieke Verbeek"),
    ('Het boek "Stille wateren" las ze niet, zegt Lieke Verbeek "tot nu toe".', "Lieke Verbeek"),
])
def test_a_person_beside_quotes_stays(text: str, name: str) -> None:
    assert name in _names(text)
