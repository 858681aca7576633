"""PERSON: the review of stop 38's person changes (person_prose.py roles_before and
after_time, person_repeats.py possessives), each a table of synthetic cases.

1. A relation that is a role too (oma, opa, oom, tante) takes a name that is a common word
   ("oom Mark", "oma Roos"): the seat veto is a role's only.
2. A role takes a gazetteer name that is no seat: not a club, a firm, a country or a city
   ("coach Ajax", "driver Nvidia", "kandidaat Nederland", "the candidate London office").
3. An occupation's plural is no possessive of the surname ("Bakkers openen" after "Anna
   Bakker"), nor 4. a language or a region's adjective ("Engels vloeiend", "Brabants bier").
5. After a clock time only a gazetteer name that is no firm or brand acts ("09:00 Philips
   belt", "14:05 Redis says OK" are a firm and a program)."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text) if d.entity == "PERSON"}


@pytest.mark.parametrize(("text", "names"), [
    ("Ik logeer bij oom Mark.", {"Mark"}),
    ("Morgen gaat oma Roos mee naar het ziekenhuis.", {"Roos"}),
    ("Zondag komen oma Roos en opa Bas op bezoek.", {"Roos", "Bas"}),
    ("Volgende week past tante Iris op de kinderen.", {"Iris"}),
])
def test_relation_takes_a_common_word_name(text: str, names: set[str]) -> None:
    assert names <= _names(text)


@pytest.mark.parametrize(("text", "word"), [
    ("coach Ajax won gisteren.", "Ajax"),
    ("Trainer Feyenoord reageert boos.", "Feyenoord"),
    ("Download driver Nvidia voor je kaart.", "Nvidia"),
    ("kandidaat Nederland won het songfestival.", "Nederland"),
    ("The candidate London office will open.", "London"),
    ("chauffeur Uber en Bolt rijden.", "Uber"),
])
def test_role_before_a_club_firm_or_place(text: str, word: str) -> None:
    assert word not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Coach Verbeek belt morgen terug.", "Verbeek"),
    ("Gisteren was chauffeur Pietersen te laat bij het depot.", "Pietersen"),
])
def test_role_before_a_gazetteer_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "word"), [
    ("Contact: Anna Bakker. Bakkers openen om zes uur hun winkel.", "Bakkers"),
    ("Contact: Jan Visser. Vissers vangen vis op de Noordzee.", "Vissers"),
    ("Contact: Tom Kok. Koks gezocht voor de keuken.", "Koks"),
    ("Contact: Piet Schilder. Schilders verven het huis.", "Schilders"),
    ("Contact: Els Boer. Boers mest ligt op het land.", "Boers"),
    ("Naam: Sophie Engel\nTalen\nEngels vloeiend\n", "Engels"),
    ("Contact: Anna Holland. Hollands glorie is terug.", "Hollands"),
    ("Contact: Peter Brabant. Brabants bier is lekker.", "Brabants"),
    ("Contact: Piet Friesland. Frieslands meren zijn mooi.", "Frieslands"),
])
def test_s_form_that_is_a_plural_or_adjective(text: str, word: str) -> None:
    found = _names(text)
    assert word not in found
    assert any(" " in n for n in found)  # (the name in full stays)


@pytest.mark.parametrize(("text", "name"), [
    ("Contact: Eva Jansen. Jansens rooster is klaar.", "Jansens"),
    ("Contact: Anna Bakker. Bakker's rooster is klaar.", "Bakker"),
])
def test_possessive_of_a_name_stays(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Om 09:00 Philips belt over de offerte.",
    "Om 09:00 Vodafone belt de klant.",
    "Timeline\n14:03 Docker daemon restarted\n14:05 Redis says OK\n",
    "14:00 Mercedes ophalen bij garage",
])
def test_firm_after_a_clock_time(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("09:12 Roos vraagt om de sleutel.", "Roos"),
    ("14:03 Mark says the build is green.", "Mark"),
])
def test_name_after_a_clock_time(text: str, name: str) -> None:
    assert name in _names(text)
