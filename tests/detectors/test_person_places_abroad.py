"""PERSON: a continent ("Azië", "Asia", "Zuid-Amerika") is a place wherever it stands; a
city abroad of one word (data/names/cities_abroad_one.txt, from GeoNames) is a place after a
word of travel ("terug naar Konya", "arrived from Paris"). A city that is a first name too
counts only when it is a big city ("Paris", not "Orlando"); a name after a label, a title,
or in brackets after a kin word stays a person. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Zij deed de inkoop voor vestigingen in Europa en Azië.", "nl"),
    ("I sold group tours to Asia and South America for six years.", "en"),
    ("Na het seizoen gaat hij terug naar Konya bij zijn ouders.", "nl"),
    ("The bus from Paris is late, the crew arrives after midnight.", "en"),
    ("Vlucht vertrekt vanaf Antalya om 06:10.", "nl"),
    # (stop 71) from 100,000 inhabitants, a Romanian city in its comma-below spelling too
    ("De bus vanaf Pitești komt zaterdag aan, zes mensen.", "nl"),
    ("Two of the new drivers come from Olsztyn, the third from Timișoara.", "en"),
])
def test_a_continent_or_a_city_abroad_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Orlando plant deze week. Stuur de nieuwe wensen naar Orlando, graag voor vrijdag.",
     "Orlando", "nl"),
    ("Today her grandmother (Adelaide) picked her up at four.", "Adelaide", "en"),
    ("Naam: Paris Jovanović", "Paris Jovanović", "nl"),
    ("Gesprek met mevrouw Asia Rahimi over de planning.", "Asia Rahimi", "nl"),
    ("Gesprek met Ana Braga over haar rooster.", "Ana Braga", "nl"),
])
def test_a_person_named_like_a_place_stays(text: str, name: str, lang: str) -> None:
    assert any(name in n for n in _names(text, lang))


# (stop 74) A country that is a first name too ("Kenya", "Georgia", "Jordan", "India"): a
# place after a town and a comma, and after a word of travel; a person where a surname or a
# label names one.
@pytest.mark.parametrize(("text", "lang"), [
    ("He ran the packing shed for a rose grower near Nakuru, Kenya until 2023.", "en"),
    ("Referentie: teamleider bij een kwekerij (Eldoret, Kenya), 2019-2022.", "nl"),
    ("Zij werkte drie jaar in Tbilisi, Georgia voor een hotelketen.", "nl"),
    ("The crew flew back from Jordan on Sunday night.", "en"),
    ("The night drivers prefer France (Lyon) runs over Germany.", "en"),
])
def test_a_country_named_like_a_person_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Naam: Kenya Okoth", "Kenya Okoth", "nl"),
    ("Gesprek met Jordan Pieters over het rooster van volgende week.", "Jordan Pieters", "nl"),
])
def test_a_person_named_like_a_country_stays(text: str, name: str, lang: str) -> None:
    assert any(name in n for n in _names(text, lang))
