"""PERSON: an animal a shelter, a stable, a dog walker or a zoo names after people is no
person. Its kind right before the name ("de merrie Anneke", "our goat Emma", "okapi-
vrouwtje Fleur", 'kater "Meneer Hakkert"'), glossed right after ("Rocky (labrador, 4 jaar)",
"Luna, border collie,") or a group's list ("mijn twee honden, Max en Bella") says so, and the
same name elsewhere in the document is the animal again. Names of people beside them stay,
and a word that is an animal's noun and a surname too stays a surname ("van Leeuwen,
Hubert", "IV (Ineke Vos)"). Cases written here."""

from __future__ import annotations

import pytest

from detectors.person_animals import is_animal_noun
from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    (("Dagrapport stal: de merrie Anneke is kreupel, de hoefsmid komt morgen. Anneke staat "
     "tot dan binnen."), "nl"),
    ("Incident at the petting farm: our goat Emma butted a child. Emma is calm again now.",
     "en"),
    ("Nieuws uit het park: ons okapi-vrouwtje Fleur is drachtig. Fleur krijgt extra voer.",
     "nl"),
    ('08:10 Kater "Meneer Ter Kuile" eet weer. Meneer Ter Kuile mag vrijdag naar de kattenkamer.',
     "nl"),
    ("Pony Lotte liep vannacht los over het erf. Lotte is teruggebracht.", "nl"),
    ("Opvang: Rocky (labrador, 4 jaar) is gechipt. Rocky mag vrijdag naar zijn nieuwe baas.",
     "nl"),
    ("- nieuwe gast: Luna, border collie, blijft tot 3 januari. Luna krijgt geen brokken.",
     "nl"),
    ("Bram (de herder uit hok 2) hoest nog. Bram krijgt antibiotica.", "nl"),
    ("Ik laat al twee jaar mijn twee honden, Max en Bella, uitlaten. Max trekt aan de lijn.",
     "nl"),
    ("I have been walking my dogs Milo and Daisy every morning. Daisy is deaf.", "en"),
    ("De jonge giraffe Sophie liep mank; de stier Joris bleef bij haar.", "nl"),
])
def test_an_animal_named_after_a_person_is_no_person(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []


@pytest.mark.parametrize(("text", "lang", "names"), [
    # a person beside the animal, and a fuller name that holds the animal's
    ("De pony Bertha is ziek; Bertha de Wit van de manege belt de dierenarts.", "nl",
     ["Bertha de Wit"]),
    ("Our goat Emma bit Mr. Peter Collins on the hand.", "en", ["Peter Collins"]),
    # "herder" before a name is a shepherd; a group's noun written capitalised is a surname
    ("De herder Gijs Hoefnagel brengt de schapen morgen.", "nl", ["Gijs Hoefnagel"]),
    ("Rooster:\nvan Leeuwen, Hubert   ochtend\nMulder, Petra   middag", "nl",
     ["van Leeuwen, Hubert", "Mulder, Petra"]),
    # an animal's noun that is a surname stays one in a gloss and before a hyphen
    ("Gesprek op dinsdag, IV (Ineke Vos) noteert.", "nl", ["IV", "Ineke Vos"]),
    ("Aanwezig: Orhan Keskin, Karel Pet en Obi Nwosu. Om 01:10 sloot Keskin de kast af.",
     "nl", ["Orhan Keskin", "Obi Nwosu", "Keskin"]),
    ("Ik probeer Wilma Harkema morgen te bellen.", "nl", ["Wilma Harkema"]),
])
def test_people_beside_animals_stay(text: str, lang: str, names: list[str]) -> None:
    got = found(text, "PERSON", lang)
    assert all(n in got for n in names), got


@pytest.mark.parametrize(("word", "animal"), [
    ("pony", True), ("waakhond", True), ("okapi-vrouwtje", True), ("Giraffe", True),
    ("probeer", False), ("regel", False), ("Vos", False), ("Hond", False), ("Wolf", False),
    ("Vos-de", False), ("herder", False),
])
def test_animal_nouns(word: str, animal: bool) -> None:
    assert is_animal_noun(word) is animal


# A groomer's, a beauty parlour's or a vet's practice named after its owner or a pet word,
# and a tram or a train named after someone in quotes, are no person either.
@pytest.mark.parametrize("text", [
    "Per 1 maart werkt ze bij Trimsalon Mira in Delft en op zaterdag bij Kapsalon Anouk.",
    "Ze werkte vier jaar bij Tandkliniek Dr. Molenaar in Zeist als assistent.",
    'Een foto bij de oude tram "Kees Verwey" op de Dam.',
])
def test_a_shop_or_a_tram_named_after_someone_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_person_at_a_salon_stays() -> None:
    text = "Fenna Brouwersma knipt sinds maart bij Kapsalon Anouk in Breda."
    assert found(text, "PERSON") == ["Fenna Brouwersma"]


# (stop 78) more ways a stable writes an animal's name: a horse's sex or age before it, a
# field labelled by its kind, a bracket after its kind (and after its owner), a group's list
# after a colon or "called", an owner's or a breeder's phrase before it, and a gloss after a
# name of several words
@pytest.mark.parametrize(("text", "lang"), [
    ("Stalrapport: de ruin Bartholomeus liep kreupel. Bartholomeus krijgt rust.", "nl"),
    ("Log: the gelding Rocco bit a groom. Rocco is back in his box.", "en"),
    ("Lesverslag\nPaard: Odin\nDuur: 45 minuten\nOdin liep goed door.", "nl"),
    ("Horse name: Sir Lancelot\nLesson: Tuesday\nSir Lancelot was calm.", "en"),
    ("Melding: de teckel van de overburen (Rakker) blaft elke nacht. Rakker is nu binnen.", "nl"),
    ("De kat (Pluis, van de buren) zat weer in de bak.", "nl"),
    ("Vier paarden op de trailer: Bo, Fenna en Lex. Fenna zweette een beetje.", "nl"),
    ("We have two ponies called Sofie and Tim. Tim is lame today.", "en"),
    ("De eigenaar van Brego belde over de transport. Brego gaat zaterdag mee.", "nl"),
    ("Mail from the owner of Jolly Jumper about the farrier.", "en"),
    ("Merrie Isa is drachtig van Amadeus, uitgerekend in maart.", "nl"),
    ("Our mare is in foal to Kasimir, due in April.", "en"),
    ("Met Prins van de Hoeve (de hengst) werkt zij nog niet alleen.", "nl"),
])
def test_more_ways_a_stable_names_an_animal(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []


@pytest.mark.parametrize(("text", "lang", "names"), [
    # "rooster" is a Dutch schedule, not the English cock: its field's value is a person
    ("Rooster: Gülsen Aydemir past de diensten aan.", "nl", ["Gülsen Aydemir"]),
    # the owner before the animal's bracket is a person
    ("Melding: de teckel van Wiebe Hoekstra (Rakker) blaft.", "nl", ["Wiebe Hoekstra"]),
    # a group's word, a comma and one name going on: the person, not the group's list
    ("Ik poets graag de merries, Ilse Wijnstra liever niet.", "nl", ["Ilse Wijnstra"]),
    # a chat speaker whose name is an animal's word: the next name is no field value
    ("Wolf: Jan de Groot komt morgen", "nl", ["Jan de Groot"]),
    # a shepherd glossed after a full name stays a person
    ("Jan Smit (herder) komt morgen de schapen halen.", "nl", ["Jan Smit"]),
])
def test_people_beside_the_new_animal_readings_stay(text: str, lang: str,
                                                     names: list[str]) -> None:
    got = found(text, "PERSON", lang)
    assert all(n in got for n in names), got
