"""PERSON: a thing named after a person in quotes (a product line, a model, a hall, a bar,
a project, a group chat; person_things.py) is no person, beside people quoted by name.
Cases written here, in the shapes of order lines, venue notes and minutes; the blind sets
that showed the kind are scored by make eval."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "thing"), [
    # the noun before the opening quote
    ("Bestelling 4412: twee kasten uit de collectie \"Frans Hals\", eiken.", "nl", "Frans Hals"),
    ("The award dinner is in Banquet Hall \"Thomas Schuurman\" on the ground floor.", "en",
     "Thomas Schuurman"),
    ("Kassaverschil van 8 euro bij outlet 'Henny Vos' na de late dienst.", "nl", "Henny Vos"),
    ("Nieuwe bewoners melden zich via groepsapp \"Marieke Zuid\" bij de beheerder.", "nl",
     "Marieke"),
    ("Het bouwproject \"Willem Dreesen\" loopt tot maart, daarna de tweede fase.", "nl",
     "Willem Dreesen"),
    # a compound's last part before the quote
    ("Klant belde over het showroommodel \"Karel Doorman\": de deur klemt.", "nl",
     "Karel Doorman"),
    # the noun after the closing quote
    ("Fronten van de \"Julia Bakker\" lijn zijn uitverkocht tot week 12.", "nl",
     "Julia Bakker"),
    ("Customer wants the \"Hendrik Sterk\" range in oak, delivery in May.", "en",
     "Hendrik Sterk"),
])
def test_a_quoted_things_name_is_no_person(text: str, lang: str, thing: str) -> None:
    assert not [n for n in _names(text, lang) if thing in n or n in thing]


@pytest.mark.parametrize(("text", "lang", "person"), [
    # quoted after a person's noun, a verb or a cue: a person's name or call name
    ("Bij de intake bleek dat kandidaat \"Ruben Kwakernaak\" al ingeschreven stond.", "nl",
     "Ruben Kwakernaak"),
    ("Her colleagues call her \"Ineke\" and she prefers that in mails.", "en", "Ineke"),
    ("From: \"Tamara Verheul\" <t.verheul@example.org>\nSubject: rooster", "en",
     "Tamara Verheul"),
    # a thing's noun with no quotes: the person ("model Sanne Bos" may be one)
    ("Op de fotoshoot werkte model Sanne Bos mee, ze kwam via het bureau.", "nl", "Sanne Bos"),
    # a quoted name, then an ordinary word
    ("Hij stelde zich voor als \"Jeroen Hartsema\" en vroeg naar de vacature.", "nl", "Jeroen Hartsema"),
])
def test_quoted_people_stay(text: str, lang: str, person: str) -> None:
    assert person in " | ".join(_names(text, lang))
